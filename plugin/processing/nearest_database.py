"""strikecheck:nearestfaction's ENGINE: which engine runs, and the run inside PostGIS.

ENGINE=auto runs the analysis in the database when STRIKES and CONTROL are layers of the same
PostGIS database and every option asked for can be answered there; otherwise it runs locally and
says why. ENGINE=database stops with that reason instead. The answers are the local engine's:
same fields, same values (distances within a metre). Results go to a new PostGIS table written in
one transaction when OUTPUT names a table of that database, else back to QGIS through the same
output code as the local engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import REQUEST_NO_GEOMETRY

AUTO, LOCAL, DATABASE = "auto", "local", "database"


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
    from qgis.core import QgsProcessingUtils

    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return QgsProcessingUtils.mapLayerFromString(str(value.source.staticValue()), context)
    return alg.parameterAsVectorLayer(parameters, name, context)


def _layer_problem(parameters, layer, name, label):
    from ..database import layers

    if not layers.is_postgis(layer):
        return tr("{label} is not a PostGIS layer").format(label=label)
    if _filtered(parameters.get(name)):
        return tr(
            "only selected (or filtered) features of {label} are used: the selection lives in QGIS"
        ).format(label=label)
    return layers.wgs84_datum_problem(layer, label)


def _option_problem(alg, parameters, strikes, control, field, options, destination):
    """Why an option asked for cannot (yet) be answered in the database, or None.
    destination: _table_destination's answer (None: the answers go back to QGIS)."""
    from ..database.layers import key_fields

    if parameters.get(alg.LINES) not in (None, ""):
        return tr("LINES (lines to the nearest territory) are drawn by the local engine")
    date_field = options["control_date_field"]
    if date_field:
        index = control.fields().lookupField(date_field)
        first = control.minimumValue(index) if index >= 0 else None
        if first not in (None, "") and not (hasattr(first, "isNull") and first.isNull()):
            return tr(
                "the control map has dated snapshots ('{field}'): time-aware runs are local"
            ).format(field=date_field)
    if options["fronts"] and parameters.get(alg.FRONT_LINES) not in (None, ""):
        return tr("FRONT_LINES (a layer of front lines) is read by the local engine")
    if not _is_key_type(control.fields().field(field)):
        return tr("the faction field '{field}' is neither text nor whole numbers").format(
            field=field
        )
    precision = options["precision_field"]
    if precision and not strikes.fields().field(precision).isNumeric():
        return tr("the precision field '{field}' is not numeric").format(field=precision)
    if destination is None:
        keys = key_fields(strikes)
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


def choose(alg, parameters, context, field, options) -> Choice:
    """Which engine runs, and why (see the module docstring)."""
    from ..database.connection import psycopg2_missing
    from ..database.layers import is_postgis, place

    wanted = alg.parameterAsEnumString(parameters, alg.ENGINE, context) or AUTO
    if wanted == LOCAL:
        return Choice(LOCAL)
    strikes = _layer(alg, parameters, context, alg.STRIKES)
    control = _layer(alg, parameters, context, alg.CONTROL)
    if wanted == AUTO and not (is_postgis(strikes) or is_postgis(control)):
        return Choice(LOCAL)  # files or memory layers: nothing to say
    problem = _layer_problem(parameters, strikes, alg.STRIKES, tr("STRIKES"))
    if problem is None:
        problem = _layer_problem(parameters, control, alg.CONTROL, tr("CONTROL"))
    if problem is None and place(strikes) != place(control):
        problem = tr("STRIKES and CONTROL are in different databases")
    problem = problem or psycopg2_missing()
    destination = None
    if problem is None:
        destination = _table_destination(alg, parameters, strikes)
        problem = _option_problem(alg, parameters, strikes, control, field, options, destination)
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
    from ..database.connection import place_of
    from ..database.layers import place, postgis_destination

    destination = postgis_destination(parameters.get(alg.OUTPUT))
    if destination is None or place(strikes) != place_of(destination[0]):
        return None
    return destination


def say(feedback, choice: Choice):
    """Tells which engine runs (and, when the database was possible or asked for, why not)."""
    if choice.engine == DATABASE:
        from ..database.layers import place

        feedback.pushInfo(
            tr("Engine: database (the analysis runs as SQL in PostGIS, {place}).").format(
                place=place(choice.strikes).describe()
            )
        )
    elif choice.reason:
        feedback.pushInfo(tr("Engine: local ({reason}).").format(reason=choice.reason))


# -- the run -----------------------------------------------------------------------------


def run(alg, parameters, context, feedback, choice: Choice, field, options):
    """The analysis in the database; returns the algorithm's results."""
    import psycopg2

    from ..core.nearest import Cancelled
    from ..database import engine
    from ..database.connection import DatabaseError, Secrets, connect
    from ..database.layers import relation_of, uri_of
    from .layer_arrays import check_cancel

    secrets = Secrets()
    try:
        conn = connect(uri_of(choice.strikes), secrets)
    except DatabaseError as error:
        raise QgsProcessingException(str(error)) from None
    feedback.canceled.connect(conn.cancel)  # stops a running statement at once

    def progress(fraction):
        check_cancel(feedback)
        feedback.setProgress(5.0 + 90.0 * fraction)

    try:
        job = engine.Job(
            strikes=relation_of(choice.strikes),
            control=relation_of(choice.control),
            faction_field=field,
            max_km=options["max_km"],
            fronts=options["fronts"],
            tolerance_km=options["tolerance"],
            precision_field=options["precision_field"],
            precision_km=options["precision_km"],
        )
        values = engine.control_values(conn.cursor(), job)
        _check_control(choice.control, values, field)
        factions = alg._requested_factions(parameters, context, values.present)
        job.codes, job.measured = engine.factions_of(values, factions)
        if choice.destination is not None:
            return _into_table(alg, conn, job, values, choice, feedback, progress)
        return _into_qgis(alg, parameters, context, conn, job, values, choice, feedback, progress)
    except (Cancelled, psycopg2.extensions.QueryCanceledError):
        feedback.reportError(tr("Cancelled: nothing was written."))
        return {}
    except (psycopg2.OperationalError, psycopg2.InterfaceError) as error:
        raise QgsProcessingException(
            tr(
                "The connection to the database was lost during the analysis ({reason}). "
                "Nothing was written; run it again."
            ).format(reason=secrets.scrub(_first_line(error)))
        ) from None
    except psycopg2.Error as error:
        raise QgsProcessingException(
            tr("The database could not run the analysis: {reason}").format(
                reason=secrets.scrub(_first_line(error))
            )
        ) from None
    except DatabaseError as error:
        raise QgsProcessingException(secrets.scrub(str(error))) from None
    finally:
        feedback.canceled.disconnect(conn.cancel)
        if not conn.closed:
            conn.rollback()  # after a commit: nothing left to undo
            conn.close()


def _first_line(error):
    text = (getattr(error, "pgerror", None) or str(error) or type(error).__name__).strip()
    return " ".join(text.splitlines()[:2])


def _check_control(control, values, field):
    if not values.codes and not values.null_values and not values.skipped_empty:
        raise QgsProcessingException(
            tr("The control layer is empty: there is no territory to measure against.")
        )
    if not values.codes and not values.skipped_empty:
        raise QgsProcessingException(
            tr(
                "Every value of field '{field}' in the control layer is empty (NULL), so no "
                "feature says which faction holds it; choose the field that holds faction names."
            ).format(field=field)
        )
    if not values.codes:
        raise QgsProcessingException(
            tr("The control layer has no usable geometry (all are empty or NULL).")
        )


def _empty_analysis(job):
    """An Analysis without rows: the output columns (names, kinds) the local engine would give."""
    from ..core.analysis import Analysis

    f = len(job.measured)
    none = np.empty(0, dtype=object)
    return Analysis(
        factions=job.measured,
        inside=np.zeros((0, f), bool),
        dist_km=np.zeros((0, f)),
        nearest_lon=None,
        nearest_lat=None,
        controlled_by=none,
        nearest_other=none,
        nearest_other_km=np.zeros(0),
        snapshot_day=np.zeros(0),
        snapshot_note=none,
        front_km=np.zeros(0) if job.fronts else None,
        front_faction=none if job.fronts else None,
        possible_factions=none if job.uncertain else None,
        controlled_by_certain=none if job.uncertain else None,
        snapshots=1,
        repaired=0,
        skipped_empty=0,
    )


def _into_table(alg, conn, job, values, choice, feedback, progress):
    from ..database.engine import columns_of, run
    from . import nearest_outputs

    uri, text = choice.destination
    target = (uri.schema(), uri.table())
    for relation, label in ((job.strikes, "STRIKES"), (job.control, "CONTROL")):
        if (relation.schema or "public", relation.table) == (target[0] or "public", target[1]):
            raise QgsProcessingException(
                tr("OUTPUT names the {label} table itself; choose a new table name.").format(
                    label=label
                )
            )
    columns = nearest_outputs.result_columns(_empty_analysis(job))
    geometry = uri.geometryColumn() or job.strikes.geometry
    job.strike_columns = columns_of(conn.cursor(), job.strikes)
    taken = [geometry if name == job.strikes.geometry else name for name in job.strike_columns]
    job.output = (*target, geometry)
    job.output_names = nearest_outputs.result_names(taken, columns)
    answer = run(conn, job, values, progress)
    summary = _summary(conn)
    conn.commit()
    feedback.pushInfo(
        tr("Results written to the new table {table} in one transaction.").format(
            table=".".join(p for p in target if p)
        )
    )
    _report(alg, feedback, values, answer, summary)
    return {alg.OUTPUT: text}


def _summary(conn):
    cursor = conn.cursor()
    cursor.execute(
        "SELECT count(*) FILTER (WHERE controlled_by IS NOT NULL), "
        "count(*) FILTER (WHERE controlled_by_certain), "
        "count(*) FILTER (WHERE controlled_by_certain IS NOT NULL) FROM pg_temp.sc_answer"
    )
    return cursor.fetchone()


def _report(alg, feedback, values, answer, summary):
    """The local engine's closing messages, from the database's counts."""
    held, kept, judged = summary
    n = answer.features
    controlled = np.full(n, None, dtype=object)
    controlled[:held] = "x"
    certain = None
    if judged:
        certain = np.full(judged, False, dtype=object)
        certain[:kept] = True
    result = SimpleNamespace(
        factions=answer.factions,
        controlled_by=controlled,
        controlled_by_certain=certain,
        snapshots=1,
        repaired=values.repaired,
        skipped_empty=values.skipped_empty,
    )
    alg._report_control(feedback, result, values.null_values)
    alg._report_result(feedback, SimpleNamespace(fids=np.zeros(n), empty=answer.empty), result)


def _into_qgis(alg, parameters, context, conn, job, values, choice, feedback, progress):
    from ..core.analysis import Analysis
    from ..database.engine import run
    from ..database.layers import key_fields
    from . import nearest_outputs
    from .layer_arrays import check_cancel

    strikes = alg.parameterAsSource(parameters, alg.STRIKES, context)
    job.key_columns = key_fields(choice.strikes)
    answer = run(conn, job, values, progress)
    summary = _summary(conn)
    # QGIS's feature ids and the keys they stand for, in QGIS's reading order.
    request = QgsFeatureRequest()
    request.setFlags(REQUEST_NO_GEOMETRY)
    request.setSubsetOfAttributes(job.key_columns, strikes.fields())
    fids, row_of = [], {}
    for i, feature in enumerate(strikes.getFeatures(request)):
        if i % 10000 == 0:
            check_cancel(feedback)
        row_of[tuple(feature[k] for k in job.key_columns)] = len(fids)
        fids.append(feature.id())
    n, f = len(fids), len(answer.factions)
    analysis = _empty_analysis(job)
    km = np.full((n, f), np.nan)
    cols = {
        name: np.full(n, None, dtype=object)
        for name in ("controlled_by", "nearest_other", "front_faction", "possible", "certain")
    }
    other_km, front_km = np.full(n, np.nan), np.full(n, np.nan)
    nk = len(job.key_columns)
    for row in answer.rows:
        i = row_of.get(tuple(row[:nk]))
        if i is None:
            continue  # a row QGIS does not show (changed meanwhile): nothing to write it to
        by, dist, other, okm, fkm, across, possible, certain = row[nk:]
        cols["controlled_by"][i] = by
        if dist is not None:
            km[i] = [np.nan if d is None else d for d in dist]
        cols["nearest_other"][i] = other
        other_km[i] = np.nan if okm is None else okm
        front_km[i] = np.nan if fkm is None else fkm
        cols["front_faction"][i] = across
        cols["possible"][i] = possible
        cols["certain"][i] = certain
    analysis = Analysis(
        **{
            **analysis.__dict__,
            "inside": km == 0,
            "dist_km": km,
            "controlled_by": cols["controlled_by"],
            "nearest_other": cols["nearest_other"],
            "nearest_other_km": other_km,
            "snapshot_day": np.full(n, np.nan),
            "snapshot_note": np.full(n, None, dtype=object),
            "front_km": front_km if job.fronts else None,
            "front_faction": cols["front_faction"] if job.fronts else None,
            "possible_factions": cols["possible"] if job.uncertain else None,
            "controlled_by_certain": cols["certain"] if job.uncertain else None,
        }
    )
    conn.rollback()  # the temporary tables go; nothing was written to the database
    columns = nearest_outputs.result_columns(analysis)
    fields = nearest_outputs.output_fields(strikes.fields(), columns)
    sink, dest_id = alg.parameterAsSink(
        parameters, alg.OUTPUT, context, fields, strikes.wkbType(), strikes.sourceCrs()
    )
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, alg.OUTPUT))
    if not nearest_outputs.write_strikes(
        sink, fields, strikes, np.asarray(fids, dtype=np.int64), columns, feedback
    ):
        return {}
    _report(alg, feedback, values, answer, summary)
    return {alg.OUTPUT: dest_id}
