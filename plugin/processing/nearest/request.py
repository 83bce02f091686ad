"""strikecheck:nearestfaction's parameters read once into a typed request for either engine."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ...compat import GEOMETRY_LINE, GEOMETRY_POINT
from ...core import vocabulary as v
from ...core.options import AnalysisOptions
from ...core.vocabulary import (
    ENGINE_AUTO,
    ID_FIELD_NAMES,
    PRECISION_KM,
    RULE_NEAREST,
    STRIKE_DATE,
    STRIKE_DATE_END,
    VALID_FROM,
    first_field,
)
from ...layer_io.crs import require_crs, require_degrees
from ...layer_io.tables import source_geometry_type
from ..base import output_wanted


def tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


def _tr_fields(text):  # the field messages' own context in the catalogues
    return QCoreApplication.translate("NearestFactionAlgorithm", text)


@dataclass(frozen=True)
class NearestRequest:
    """Everything one run needs, with the parameter values checked and defaults applied."""

    parameters: dict  # as given: the engines' sinks and layer lookups are made from them
    strikes: object  # QgsProcessingFeatureSource
    control: object
    faction_field: str
    factions: tuple  # faction values asked for (empty: every one present)
    options: AnalysisOptions
    strike_date_field: str | None
    strike_date_end_field: str | None  # the last day of each strike's date window
    control_date_field: str | None
    precision_field: str | None
    precision_km: float | None
    front_lines: object | None  # QgsProcessingFeatureSource of drawn front lines
    front_label_field: str | None
    engine: str
    want_lines: bool
    strike_id_field: str | None  # what names each strike in LINES (None: its feature id)


def read_request(alg, parameters, context) -> NearestRequest:
    """The request of `alg` (a NearestFactionAlgorithm) for these parameters."""
    strikes, control, field = _sources(alg, parameters, context)

    def number(name):
        if parameters.get(name) in (None, ""):
            return None
        return alg.parameterAsDouble(parameters, name, context)

    def chosen(name, source, usual):
        return pick_field(source, alg.parameterAsString(parameters, name, context), usual)

    want_lines = output_wanted(parameters, alg.LINES, context)
    fronts = alg.parameterAsBoolean(parameters, alg.FRONT_DISTANCE, context)
    front_lines = alg.parameterAsSource(parameters, alg.FRONT_LINES, context) if fronts else None
    options = AnalysisOptions(
        max_distance_km=number(alg.MAX_DISTANCE_KM),
        with_nearest_points=want_lines,
        rule=alg.parameterAsEnumString(parameters, alg.SNAPSHOT_RULE, context) or RULE_NEAREST,
        fronts=fronts,
        front_tolerance_km=number(alg.FRONT_TOLERANCE_KM) or 0.5,
    )
    return NearestRequest(
        parameters=parameters,
        strikes=strikes,
        control=control,
        faction_field=field,
        factions=_asked_factions(alg, parameters, context),
        options=options,
        strike_date_field=chosen(alg.STRIKE_DATE_FIELD, strikes, STRIKE_DATE),
        strike_date_end_field=chosen(alg.STRIKE_DATE_END_FIELD, strikes, STRIKE_DATE_END),
        control_date_field=chosen(alg.CONTROL_DATE_FIELD, control, VALID_FROM),
        precision_field=chosen(alg.PRECISION_FIELD, strikes, PRECISION_KM),
        precision_km=number(alg.PRECISION_KM),
        front_lines=front_lines,
        front_label_field=alg.parameterAsString(parameters, alg.FRONT_LABEL_FIELD, context) or None,
        engine=alg.parameterAsEnumString(parameters, alg.ENGINE, context) or ENGINE_AUTO,
        want_lines=want_lines,
        strike_id_field=alg.parameterAsString(parameters, alg.STRIKE_ID_FIELD, context)
        or first_field(strikes.fields().names(), ID_FIELD_NAMES),
    )


def pick_field(source, chosen, usual):
    """The chosen field, else the usual one when the layer has it (e.g. importstrikes' 'date')."""
    if chosen:
        if source.fields().lookupField(chosen) < 0:
            raise QgsProcessingException(
                _tr_fields("Field '{field}' not found in layer; fields: {names}.").format(
                    field=chosen, names=", ".join(source.fields().names())
                )
            )
        return chosen
    return usual if source.fields().lookupField(usual) >= 0 else None


def _sources(alg, parameters, context):
    strikes = alg.parameterAsSource(parameters, alg.STRIKES, context)
    control = alg.parameterAsSource(parameters, alg.CONTROL, context)
    if strikes is None:
        raise QgsProcessingException(tr("The strike layer could not be opened."))
    if control is None:
        raise QgsProcessingException(tr("The control layer could not be opened."))
    if source_geometry_type(strikes) != GEOMETRY_POINT:
        raise QgsProcessingException(
            tr(
                "The strike layer must hold points, but it holds lines or polygons. "
                "Convert it first, e.g. with 'Centroids' or 'Point on surface'."
            )
        )
    require_crs(strikes, tr("The strike layer"))
    require_crs(control, tr("The control layer"))
    _not_lines_output(control)
    # The control map only: a strike beyond any place is one rejected strike, not a failed run.
    require_degrees(control, tr("The control layer"))
    field = alg.parameterAsString(parameters, alg.FACTION_FIELD, context)
    if not field or control.fields().lookupField(field) < 0:
        names = ", ".join(control.fields().names()) or tr("none")
        raise QgsProcessingException(
            tr(
                "Field '{field}' not found in the control layer; choose the field that "
                "holds faction names (fields: {names})."
            ).format(field=field, names=names)
        )
    return strikes, control, field


def _not_lines_output(control):
    """A LINES output chosen as the control map would 'answer' from lines drawn to strikes
    (every strike 'inside' a line's faction at 0 km): said, not run."""
    lines = {v.LINE_STRIKE_FID, v.LINE_FACTION, v.LINE_KM}
    if source_geometry_type(control) == GEOMETRY_LINE and lines <= set(control.fields().names()):
        raise QgsProcessingException(
            tr(
                "The control layer is the 'lines to nearest territory' output of an earlier "
                "run, not a control map: choose the territorial control layer (polygons, front "
                "lines or town points) the strikes were analysed against."
            )
        )


def _asked_factions(alg, parameters, context):
    raw = parameters.get(alg.FACTIONS)
    if isinstance(raw, (list, tuple)):
        wanted = [str(v).strip() for v in raw]
    else:
        text = alg.parameterAsString(parameters, alg.FACTIONS, context) or ""
        wanted = [v.strip() for v in text.split(";")]
    return tuple(v for v in wanted if v)


def factions_to_measure(request, present):
    """The asked factions (None: all), checked against the values `present` in the map."""
    if not request.factions:
        return None
    unknown = [v for v in request.factions if v not in present]
    if unknown:
        raise QgsProcessingException(
            tr(
                "Faction(s) {unknown} are not in the control layer's faction field; "
                "values present: {present}."
            ).format(unknown=", ".join(unknown), present=", ".join(sorted(present)))
        )
    return list(request.factions)
