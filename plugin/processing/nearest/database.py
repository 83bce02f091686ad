"""strikecheck:nearestfaction inside PostGIS: the run as SQL, answers to a table or to QGIS.

Results go to a new PostGIS table written in one transaction when OUTPUT names a table of that
database, else back to QGIS through layer_io like the local engine's.
"""

from __future__ import annotations

import numpy as np
import psycopg2
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ...core.analysis import Analysis
from ...core.cancelled import Cancelled
from ...database import engine
from ...database.connection import DatabaseError, Secrets, connect, shown_destination
from ...database.layers import key_fields, relation_of, uri_of
from ...layer_io.progress import check_cancel
from ...layer_io.tables import read_keys
from . import columns as result_columns
from .engine_choice import Choice
from .local import write_output
from .reporting import RunSummary, report_control, report_result
from .request import NearestRequest, factions_to_measure


def tr(text):
    return QCoreApplication.translate("NearestFactionAlgorithm", text)


def run_database(alg, request: NearestRequest, context, feedback, choice: Choice):
    """The analysis in the database; returns the algorithm's results."""
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
        job = _job(request, choice)
        values = engine.control_values(conn.cursor(), job)
        _check_control(values, request.faction_field)
        job.codes, job.measured = engine.factions_of(
            values, factions_to_measure(request, values.present)
        )
        if choice.destination is not None:
            return _into_table(alg, context, conn, job, values, choice, feedback, progress)
        return _into_qgis(alg, request, context, conn, job, values, choice, feedback, progress)
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


def _job(request, choice):
    """The database engine's job for the request (its options under the engine's names)."""
    options = request.options
    return engine.Job(
        strikes=relation_of(choice.strikes),
        control=relation_of(choice.control),
        faction_field=request.faction_field,
        max_km=options.max_distance_km,
        fronts=options.fronts,
        tolerance_km=options.front_tolerance_km,
        precision_field=request.precision_field,
        precision_km=request.precision_km,
    )


def _check_control(values, field):
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


def _into_table(alg, context, conn, job, values, choice, feedback, progress):
    uri, text = choice.destination
    target = (uri.schema(), uri.table())
    for relation, label in ((job.strikes, "STRIKES"), (job.control, "CONTROL")):
        if (relation.schema or "public", relation.table) == (target[0] or "public", target[1]):
            raise QgsProcessingException(
                tr("OUTPUT names the {label} table itself; choose a new table name.").format(
                    label=label
                )
            )
    columns = result_columns.result_columns(_empty_analysis(job))
    geometry = uri.geometryColumn() or job.strikes.geometry
    job.strike_columns = engine.columns_of(conn.cursor(), job.strikes)
    taken = [geometry if name == job.strikes.geometry else name for name in job.strike_columns]
    job.output = (*target, geometry)
    job.output_names = result_columns.result_names(taken, columns)
    answer = engine.run(conn, job, values, progress)
    summary = _summary(conn)
    conn.commit()
    feedback.pushInfo(
        tr("Results written to the new table {table} in one transaction.").format(
            table=".".join(p for p in target if p)
        )
    )
    said = _report(feedback, values, answer, summary, job.faction_field)
    return {alg.OUTPUT: shown_destination(context, uri, text), alg.SUMMARY: said}


def _summary(conn):
    cursor = conn.cursor()
    cursor.execute(
        "SELECT count(*) FILTER (WHERE controlled_by IS NOT NULL), "
        "count(*) FILTER (WHERE controlled_by_certain), "
        "count(*) FILTER (WHERE controlled_by_certain IS NOT NULL) FROM pg_temp.sc_answer"
    )
    return cursor.fetchone()


def _report(feedback, values, answer, counts, field):
    """The local engine's closing messages, from the database's counts; returns the result's
    sentences (SUMMARY)."""
    held, kept, judged = counts
    summary = RunSummary(
        factions=answer.factions,
        present=sorted(values.present)
        if len(values.present) != len(answer.factions)
        else answer.factions,
        faction_field=field,
        strikes=answer.features,
        held=held,
        empty=answer.empty,
        repaired=values.repaired,
        skipped_empty=values.skipped_empty,
        null_values=values.null_values,
        certain=kept if judged else None,
        judged=judged or None,
    )
    report_control(feedback, summary)
    return report_result(feedback, summary)


def _into_qgis(alg, request, context, conn, job, values, choice, feedback, progress):
    strikes = request.strikes
    job.key_columns = key_fields(choice.strikes)
    answer = engine.run(conn, job, values, progress)
    counts = _summary(conn)
    # QGIS's feature ids and the keys they stand for, in QGIS's reading order.
    fids, row_of = read_keys(strikes, job.key_columns, feedback)
    analysis = _analysis_of_rows(job, answer, len(fids), row_of)
    conn.rollback()  # the temporary tables go; nothing was written to the database
    dest_id = write_output(alg, request, context, feedback, fids, analysis)
    said = _report(feedback, values, answer, counts, job.faction_field)
    return {alg.OUTPUT: dest_id, alg.SUMMARY: said}


def _analysis_of_rows(job, answer, n, row_of):
    """The database's answer rows as the local engine's Analysis, row i for feature i."""
    f = len(answer.factions)
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
    return Analysis(
        **{
            **_empty_analysis(job).__dict__,
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
