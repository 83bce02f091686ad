"""Reads strikecheck:nearestfaction's inputs into the arrays the core analysis takes."""

import contextlib
import datetime
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from .layer_arrays import check_cancel, read_control, read_strike_parts


def tr(text):
    return QCoreApplication.translate("NearestFactionAlgorithm", text)


@dataclass
class Inputs:
    parts: object  # layer_arrays.StrikeParts
    codes: list
    geometries: list
    control_days: np.ndarray | None
    strike_days: np.ndarray | None
    radius_km: np.ndarray | None
    null_values: int


def day_of(value):
    """Days since 1970-01-01 of a date, datetime or ISO text; NaN when there is none."""
    from ..core.timeline import day_number

    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = datetime.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return np.nan
    return day_number(value) if isinstance(value, datetime.date) else np.nan


def pick_field(source, chosen, usual):
    """The chosen field, else the usual one when the layer has it (e.g. importstrikes' 'date')."""
    if chosen:
        if source.fields().lookupField(chosen) < 0:
            raise QgsProcessingException(
                tr("Field '{field}' not found in layer; fields: {names}.").format(
                    field=chosen, names=", ".join(source.fields().names())
                )
            )
        return chosen
    return usual if source.fields().lookupField(usual) >= 0 else None


def _numbers(values):
    out = np.full(len(values), np.nan)
    for i, value in enumerate(values):
        with contextlib.suppress(TypeError, ValueError):  # no number: precision unknown
            out[i] = float(value)
    return out


def read_inputs(strikes, control, field, options, context, feedback):
    """Control codes, geometries and snapshot days; strike parts, days and precision radii."""
    feedback.pushInfo(tr("Reading the control map..."))
    control_date = options["control_date_field"]
    codes, geometries, null_values, dates = read_control(
        control, field, context, feedback, date_field=control_date
    )
    if control.featureCount() == 0:
        raise QgsProcessingException(
            tr("The control layer is empty: there is no territory to measure against.")
        )
    if not codes:
        raise QgsProcessingException(
            tr(
                "Every value of field '{field}' in the control layer is empty (NULL), so no "
                "feature says which faction holds it; choose the field that holds faction names."
            ).format(field=field)
        )
    control_days = None
    if dates is not None:
        control_days = np.array([day_of(v) for v in dates])
        if not np.isfinite(control_days).any():
            feedback.pushWarning(
                tr("Field '{field}' of the control layer holds no date: one static map.").format(
                    field=control_date
                )
            )
            control_days = None
    feedback.pushInfo(tr("Reading the strikes..."))
    wanted = [f for f in (options["strike_date_field"], options["precision_field"]) if f]
    parts, values = read_strike_parts(strikes, context, feedback, attribute_fields=wanted)
    check_cancel(feedback)
    strike_days = None
    if options["strike_date_field"] and control_days is not None:
        strike_days = np.array([day_of(v) for v in values[options["strike_date_field"]]])
    radius = None
    if options["precision_field"] or options["precision_km"] is not None:
        radius = np.full(parts.fids.size, np.nan)
        if options["precision_field"]:
            radius = _numbers(values[options["precision_field"]])
        if options["precision_km"] is not None:
            radius[~np.isfinite(radius)] = options["precision_km"]
    return Inputs(parts, codes, geometries, control_days, strike_days, radius, null_values)


def read_front_lines(source, label_field, context, feedback):
    """(labels or None, WGS84 line geometries) of a front-line layer."""
    if label_field:
        labels, geometries, _, _ = read_control(source, label_field, context, feedback)
        return labels, geometries
    from .layer_arrays import read_geometries

    return None, read_geometries(source, context, feedback)
