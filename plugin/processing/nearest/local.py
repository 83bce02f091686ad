"""strikecheck:nearestfaction on this machine: layers read into arrays, the core, results out."""

from __future__ import annotations

import dataclasses

import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ...core.analysis import analyse
from ...core.codes import member_codes
from ...core.collector import release_free_memory
from ...core.lines import nearest_lines
from ...core.options import ControlMap, FrontLines, StrikePoints
from ...layer_io.appended import write_appended, write_polylines
from ...layer_io.control import read_control, read_front_lines
from ...layer_io.crs import from_wgs84
from ...layer_io.progress import check_cancel, phase
from ...layer_io.strikes import read_strike_parts
from ...layer_io.tables import read_columns
from . import columns as result_columns
from .reporting import RunSummary, report_control, report_inputs, report_result
from .request import NearestRequest, factions_to_measure


def tr(text):
    return QCoreApplication.translate("NearestFactionAlgorithm", text)


def _tr_run(text):  # the messages the algorithm itself used to say
    return QCoreApplication.translate("StrikeCheck", text)


def run_local(alg, request: NearestRequest, context, feedback):
    """The analysis in Python; returns the algorithm's results (raises core Cancelled)."""
    control, null_values = _read_control(request, context, feedback)
    phase(feedback, tr("Reading the strikes..."), 5, 5)
    strikes, parts = _read_strikes(request, context, feedback, control.days is not None)
    present = {m for code in control.codes for m in member_codes(code)}
    options = request.options
    factions = factions_to_measure(request, present)
    if factions is not None:
        options = dataclasses.replace(options, factions=tuple(factions))
    front_lines = None
    if request.front_lines is not None:
        labels, geometries = read_front_lines(
            request.front_lines, request.front_label_field, context, feedback
        )
        front_lines = FrontLines(geometries, labels)
    report_inputs(feedback, request, control.codes, control.days, strikes.radius_km)

    text = tr("Measuring {n} strikes against {k} factions' territory...")
    progress = phase(feedback, text.format(n=int(parts.fids.size), k=len(present)), 10, 80)
    analysis = analyse(control, strikes, options, front_lines, progress)
    if not analysis.factions:
        raise QgsProcessingException(
            _tr_run("The control layer has no usable geometry (all are empty or NULL).")
        )
    # With FACTIONS, the map's other factions are named too (they still hold ground).
    named = sorted(present) if request.factions else analysis.factions
    summary = _summary(
        analysis, parts, null_values, strikes.radius_km, named, request.faction_field
    )
    report_control(feedback, summary)
    _report_windows(feedback, analysis)
    written = 88.0 if request.want_lines else 100.0
    del strikes  # its positions, like the analysis's garbage, go before the output grows
    if not request.want_lines:
        parts = dataclasses.replace(parts, lon=None, lat=None, part_feature=None)
    release_free_memory()
    phase(
        feedback, tr("Writing {n} strikes with their results...").format(n=parts.fids.size), 80, 80
    )
    outputs = {
        alg.OUTPUT: write_output(
            alg, request, context, feedback, parts.fids, analysis, (80.0, written)
        )
    }
    if request.want_lines:
        outputs[alg.LINES] = _write_lines(alg, request, context, feedback, parts, analysis)
    outputs[alg.SUMMARY] = report_result(feedback, summary)
    return outputs


def _read_control(request, context, feedback):
    """(ControlMap, features without a faction value) of the request's control layer."""
    phase(feedback, tr("Reading the control map..."), 0, 0)
    read = read_control(
        request.control, request.faction_field, context, feedback, request.control_date_field
    )
    if request.control.featureCount() == 0:
        raise QgsProcessingException(
            tr("The control layer is empty: there is no territory to measure against.")
        )
    if not read.codes:
        raise QgsProcessingException(
            tr(
                "Every value of field '{field}' in the control layer is empty (NULL), so no "
                "feature says which faction holds it; choose the field that holds faction names."
            ).format(field=request.faction_field)
        )
    days = None
    if read.days is not None:
        days = np.asarray(read.days, dtype=float)
        if not np.isfinite(days).any():
            feedback.pushWarning(
                tr("Field '{field}' of the control layer holds no date: one static map.").format(
                    field=request.control_date_field
                )
            )
            days = None
    return ControlMap(read.codes, read.geometries, days), read.null_values


def _read_strikes(request, context, feedback, time_aware):
    """(StrikePoints, layer_io StrikeParts): dates only for a time-aware run, radii when a
    precision field or radius is given."""
    day_field = request.strike_date_field if time_aware else None
    end_field = request.strike_date_end_field if time_aware and day_field else None
    parts = read_strike_parts(
        request.strikes, context, feedback, day_field=day_field,
        number_field=request.precision_field, end_day_field=end_field,
    )  # fmt: skip
    check_cancel(feedback)
    radius = None
    if request.precision_field or request.precision_km is not None:
        radius = parts.numbers if parts.numbers is not None else np.full(parts.fids.size, np.nan)
        if request.precision_km is not None:
            radius[~np.isfinite(radius)] = request.precision_km
    points = StrikePoints(
        parts.lon, parts.lat, parts.part_feature, parts.fids.size, parts.days, radius,
        parts.end_days,
    )  # fmt: skip
    return points, parts


def _report_windows(feedback, analysis):
    """How many strikes dated over a window saw the controlling faction change inside it."""
    if analysis.windowed:
        feedback.pushInfo(
            tr(
                "{n} strikes are dated over a window of days and were checked against every "
                "control snapshot in force during it: for {changed} of them the controlling "
                "faction changes inside the window (controlled_by_certain false, the reason in "
                "snapshot_note)."
            ).format(n=analysis.windowed, changed=analysis.window_changes)
        )


def _summary(analysis, parts, null_values, radius_km, present, faction_field):
    certain = judged = None
    if analysis.controlled_by_certain is not None and radius_km is not None:
        # Only strikes with a known precision: the summary speaks of their discs.
        known = np.isfinite(np.asarray(radius_km, float)).tolist()
        flags = [c for c, k in zip(analysis.controlled_by_certain.tolist(), known) if k]
        flags = [c for c in flags if c is not None]
        certain, judged = sum(1 for c in flags if c), len(flags)
    return RunSummary(
        factions=analysis.factions,
        present=present,
        faction_field=faction_field,
        strikes=int(parts.fids.size),
        held=sum(1 for value in analysis.controlled_by.tolist() if value),
        empty=parts.empty,
        snapshots=analysis.snapshots,
        repaired=analysis.repaired,
        skipped_empty=analysis.skipped_empty,
        null_values=null_values,
        certain=certain,
        judged=judged,
        unmeasured=analysis.unmeasured,
        before_first=analysis.before_first,
        undated=analysis.undated,
    )


def write_output(alg, request, context, feedback, fids, analysis, span=(85.0, 100.0)):
    """OUTPUT: the strikes with the analysis' columns appended (both engines write it so),
    progress over `span` percent."""
    strikes = request.strikes
    columns = result_columns.result_columns(analysis)
    fields = result_columns.output_fields(strikes.fields(), columns)
    sink, dest_id = alg.open_sink(
        request.parameters, alg.OUTPUT, context, fields, strikes.wkbType(), strikes.sourceCrs()
    )
    write_appended(sink, fields, strikes, fids, [c for _, _, c in columns], feedback, *span)
    return dest_id


def _write_lines(alg, request, context, feedback, parts, analysis):
    """Geodesic lines from each strike to every faction it is not inside."""
    fields = result_columns.line_fields()
    crs = request.strikes.sourceCrs()
    sink, dest_id = alg.open_sink(
        request.parameters, alg.LINES, context, fields, result_columns.LINE_WKB_TYPE, crs
    )
    phase(feedback, tr("Tracing the lines to the nearest territory..."), 88, 88)
    features, factions, km, vertices, starts = nearest_lines(
        analysis, parts.lon, parts.lat, parts.part_feature
    )
    phase(
        feedback, tr("Writing {n} lines to the nearest territory...").format(n=starts.size), 90, 90
    )
    fids = parts.fids[features].tolist()
    name_of = _strike_names(request)
    attributes = [
        [name_of.get(fid, str(fid)), fid, analysis.factions[j], d]
        for fid, j, d in zip(fids, factions.tolist(), km.tolist())
    ]
    transform = from_wgs84(crs, context)
    write_polylines(sink, fields, (vertices, starts), attributes, transform, feedback, 90.0, 100.0)
    return dest_id


def _strike_names(request):
    """{feature id: the strike's own id as text} from STRIKE_ID_FIELD (empty: feature ids)."""
    if not request.strike_id_field:
        return {}
    fids, columns = read_columns(request.strikes, [request.strike_id_field])
    values = columns.get(request.strike_id_field, [None] * len(fids))
    return {fid: str(value) for fid, value in zip(fids, values) if value is not None}
