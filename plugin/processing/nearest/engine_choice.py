"""strikecheck:nearestfaction's ENGINE: which engine runs, and why not the database.

ENGINE=auto runs the analysis in the database when STRIKES and CONTROL are layers of the same
PostGIS database and every option asked for can be answered there; otherwise it runs locally and
says why. ENGINE=database stops with that reason instead. The answers are the local engine's:
same fields, same values (distances within a metre). Results go to a new PostGIS table written in
one transaction when OUTPUT names a table of that database, else back to QGIS through the same
output code as the local engine.
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core.vocabulary import ENGINE_AUTO as AUTO
from ...core.vocabulary import ENGINE_DATABASE as DATABASE
from ...core.vocabulary import ENGINE_LOCAL as LOCAL
from ...database import layers
from ...database.connection import place_of, psycopg2_missing
from ...layer_io.values import is_null


def tr(text):
    return QCoreApplication.translate("NearestFactionAlgorithm", text)


@dataclass
class Choice:
    engine: str  # LOCAL or DATABASE
    reason: str = ""  # why not the database (when it was asked for or possible)
    strikes: object = None  # QgsVectorLayer
    control: object = None
    destination: tuple | None = None  # (QgsDataSourceUri, text) of a PostGIS table to write


def _filtered(value):
    """Whether a source parameter narrows the layer in QGIS (selection, limit, filter)."""
    if not isinstance(value, QgsProcessingFeatureSourceDefinition):
        return False
    limit = getattr(value, "featureLimit", -1)
    expression = getattr(value, "filterExpression", "")
    return bool(value.selectedFeaturesOnly or (limit is not None and limit >= 0) or expression)


def _layer(alg, parameters, context, name):
    """The layer behind a source parameter, also when given as a source definition (the panel
    gives one, with or without 'selected features only')."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return QgsProcessingUtils.mapLayerFromString(str(value.source.staticValue()), context)
    return alg.parameterAsVectorLayer(parameters, name, context)


def _layer_problem(parameters, layer, name, label):
    if not layers.is_postgis(layer):
        return tr("{label} is not a PostGIS layer").format(label=label)
    if _filtered(parameters.get(name)):
        return tr(
            "only selected (or filtered) features of {label} are used: the selection lives in QGIS"
        ).format(label=label)
    return layers.wgs84_datum_problem(layer, label)


def _option_problem(request, strikes, control, destination):
    """Why an option asked for cannot (yet) be answered in the database, or None.
    destination: _table_destination's answer (None: the answers go back to QGIS)."""
    if request.want_lines:
        return tr("LINES (lines to the nearest territory) are drawn by the local engine")
    date_field = request.control_date_field
    if date_field:
        index = control.fields().lookupField(date_field)
        first = control.minimumValue(index) if index >= 0 else None
        if not is_null(first) and first != "":
            return tr(
                "the control map has dated snapshots ('{field}'): time-aware runs are local"
            ).format(field=date_field)
    if request.front_lines is not None:
        return tr("FRONT_LINES (a layer of front lines) is read by the local engine")
    field = request.faction_field
    if not _is_key_type(control.fields().field(field)):
        return tr("the faction field '{field}' is neither text nor whole numbers").format(
            field=field
        )
    precision = request.precision_field
    if precision and not strikes.fields().field(precision).isNumeric():
        return tr("the precision field '{field}' is not numeric").format(field=precision)
    if destination is None:
        keys = layers.key_fields(strikes)
        if not keys:
            return tr(
                "the strike table has no primary key to send the answers back to QGIS by "
                "(write OUTPUT to a PostGIS table instead)"
            )
        if not all(_is_key_type(strikes.fields().field(k)) for k in keys):
            return tr("the strike table's primary key is neither text nor whole numbers")
    return None


# PostgreSQL type names (what the postgres provider reports as a field's typeName()).
_TEXT = {"text", "varchar", "bpchar", "char", "character varying", "character", "name"}
_WHOLE = {"int2", "int4", "int8", "smallint", "integer", "bigint"}


def _is_key_type(field):
    return field.typeName().lower() in _TEXT | _WHOLE


def choose(alg, request, context) -> Choice:
    """Which engine runs, and why (see the module docstring)."""
    parameters, wanted = request.parameters, request.engine
    if wanted == LOCAL:
        return Choice(LOCAL)
    strikes = _layer(alg, parameters, context, alg.STRIKES)
    control = _layer(alg, parameters, context, alg.CONTROL)
    if wanted == AUTO and not (layers.is_postgis(strikes) or layers.is_postgis(control)):
        return Choice(LOCAL)  # files or memory layers: nothing to say
    problem = _layer_problem(parameters, strikes, alg.STRIKES, tr("STRIKES"))
    if problem is None:
        problem = _layer_problem(parameters, control, alg.CONTROL, tr("CONTROL"))
    if problem is None and layers.place(strikes) != layers.place(control):
        problem = tr("STRIKES and CONTROL are in different databases")
    problem = problem or psycopg2_missing()
    destination = None
    if problem is None:
        destination = _table_destination(alg, parameters, strikes)
        problem = _option_problem(request, strikes, control, destination)
    if problem is not None:
        if wanted == DATABASE:
            raise QgsProcessingException(
                tr("ENGINE=database cannot be used: {reason}. Use ENGINE=auto or local.").format(
                    reason=problem
                )
            )
        return Choice(LOCAL, problem)
    return Choice(DATABASE, "", strikes, control, destination)


def _table_destination(alg, parameters, strikes):
    """OUTPUT as (uri, text) when it names a table in the strikes' database (written there by
    SQL); None otherwise (another database, a file, memory: written through QGIS)."""
    destination = layers.postgis_destination(parameters.get(alg.OUTPUT))
    if destination is None or layers.place(strikes) != place_of(destination[0]):
        return None
    return destination


def say(feedback, choice: Choice):
    """Tells which engine runs (and, when the database was possible or asked for, why not)."""
    if choice.engine == DATABASE:
        feedback.pushInfo(
            tr("Engine: database (the analysis runs as SQL in PostGIS, {place}).").format(
                place=layers.place(choice.strikes).describe()
            )
        )
    elif choice.reason:
        feedback.pushInfo(tr("Engine: local ({reason}).").format(reason=choice.reason))
