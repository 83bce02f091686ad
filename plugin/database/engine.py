"""Runs the nearest-faction analysis inside PostGIS, in one transaction, step by step.

Nothing is written to the user's database until the very end: the work happens in temporary
tables, and a new output table (when asked for) is created and committed last. A connection that
drops half way leaves nothing behind; a cancelled run is rolled back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.analysis import measured_factions
from ..core.codes import member_codes
from ..core.fronts import degrees_for_km
from . import sql_answers, sql_targets
from . import sql_builder as q
from .connection import DatabaseError, tr

# Strikes measured per statement: progress and cancellation between them.
BATCH = 20000


@dataclass
class ControlValues:
    """What the control layer's faction field holds (read before the run, to check FACTIONS)."""

    raw: list  # distinct values as text, with a usable geometry
    codes: list  # the same, stripped (as the local engine reads them)
    present: set  # members of every non-empty value (geometry or not): what FACTIONS may name
    null_values: int
    skipped_empty: int
    repaired: int


@dataclass
class Job:
    strikes: q.Relation
    control: q.Relation
    faction_field: str
    codes: list = field(default_factory=list)  # every faction of the map, sorted
    measured: list = field(default_factory=list)  # the factions measured (FACTIONS, or all)
    max_km: float | None = None
    fronts: bool = True
    tolerance_km: float = 0.5
    precision_field: str | None = None
    precision_km: float | None = None
    key_columns: list | None = None  # return answers to QGIS keyed by these strike columns
    output: tuple | None = None  # (schema, table, geometry column): write a new table instead
    strike_columns: list = field(default_factory=list)  # output: the strike columns it copies
    output_names: list = field(default_factory=list)  # answer column names, in output order

    @property
    def uncertain(self):
        """Whether a location precision is given (possible_factions, controlled_by_certain)."""
        return bool(self.precision_field) or self.precision_km is not None


@dataclass
class Answer:
    factions: list  # measured, sorted
    features: int
    empty: int
    rows: list | None  # QGIS mode: (key..., controlled_by, km[], other, other_km, front_km,
    #                    front_faction, possible, certain) per strike


def columns_of(cursor, relation: q.Relation):
    """Names of a relation's columns, in order."""
    cursor.execute(q.sql.SQL("SELECT * FROM {} AS s LIMIT 0").format(relation.source()))
    return [c.name for c in cursor.description]


def factions_of(values: ControlValues, factions=None):
    """(every faction of the map; the measured ones: those of FACTIONS, or all of them when it
    is empty), decided as the local engine decides."""
    return measured_factions(values.codes, factions or None)


def control_values(cursor, job: Job) -> ControlValues:
    cursor.execute(q.control_values(job.control, job.faction_field))
    raw, codes, present = [], [], set()
    null_values = skipped_empty = repaired = 0
    for value, has_geometry, invalid, count in cursor.fetchall():
        code = None if value is None else value.strip()
        if not code:
            null_values += count
            continue
        present.update(member_codes(code))
        if has_geometry:
            raw.append(value)
            codes.append(code)
            repaired += invalid
        else:
            skipped_empty += count
    return ControlValues(raw, codes, present, null_values, skipped_empty, repaired)


def _structure_repair(cursor):
    """Whether ST_MakeValid knows method=structure (GEOS >= 3.10), as the local engine uses."""
    cursor.execute("SAVEPOINT sc_probe")
    try:
        cursor.execute(
            "SELECT ST_MakeValid('POLYGON((0 0,1 1,1 0,0 1,0 0))'::geometry, 'method=structure')"
        )
        cursor.execute("RELEASE SAVEPOINT sc_probe")
        return True
    except Exception:  # noqa: BLE001 (any failure: the older repair)
        cursor.execute("ROLLBACK TO SAVEPOINT sc_probe")
        return False


def _precision_sql(job: Job):
    """Each strike's precision radius (km): its field's value, else PRECISION_KM, else NULL."""
    if job.precision_km is None:
        default = q.sql.SQL("NULL::float8")
    else:
        default = q.sql.Literal(job.precision_km)
    if not job.precision_field:
        return default
    value = q.sql.SQL("s.{}::float8").format(q.sql.Identifier(job.precision_field))
    return q.sql.SQL(
        "CASE WHEN {v} IS NOT NULL AND abs({v}) < 'Infinity' THEN {v} ELSE {d} END"
    ).format(v=value, d=default)


def run(conn, job: Job, values: ControlValues, progress) -> Answer:
    """The whole analysis; `progress(fraction)` may raise core.nearest.Cancelled between steps."""
    cursor = conn.cursor()
    cursor.execute("SET LOCAL jit = off")
    structure = _structure_repair(cursor)
    cursor.execute(q.functions())
    cursor.execute(sql_answers.across_function())
    # Factions: the index of each in job.codes, and the members every raw value stands for.
    index = {c: k for k, c in enumerate(job.codes)}
    _send_members(cursor, values, index)
    progress(0.01)
    n_features, empty = _copy_strikes(cursor, job)
    progress(0.04)

    # The control map: repaired pieces, the cover for point-in-territory, targets.
    cursor.execute(q.control_pieces(job.control, job.faction_field, structure))
    cursor.execute(q.cover())
    progress(0.07)
    targets, slices, pairs, border_at = _targets(cursor, job, index)
    for i, target in enumerate(targets):
        cursor.execute(sql_targets.target_table(target), target.params)
        progress(0.07 + 0.05 * (i + 1) / len(targets))

    # Who holds each strike, then the distances, batch by batch.
    cursor.execute(sql_targets.held())
    progress(0.15)
    cursor.execute(sql_targets.distance_table(targets))
    statement = sql_targets.distances(targets, None if job.max_km is None else job.max_km * 1000.0)
    for lo in range(1, n_features + 1, BATCH):
        cursor.execute(statement, {"lo": lo, "hi": lo + BATCH})
        progress(0.15 + 0.75 * min(lo + BATCH - 1, n_features) / max(n_features, 1))
    cursor.execute(sql_answers.results(slices, _precision_sql(job)))
    parameters = {
        "codes": job.codes,
        "measured": [index[c] for c in job.measured],
        "pair_a": [a for a, _ in pairs],
        "pair_b": [b for _, b in pairs],
        "border_at": border_at,
    }
    cursor.execute(sql_answers.answers(job.max_km), parameters)
    progress(0.93)
    answer = Answer(job.measured, n_features, empty, None)
    if job.output is not None:
        _write_table(cursor, job)
    else:
        answer.rows = _fetch(conn, job)
    progress(1.0)
    return answer


def _send_members(cursor, values: ControlValues, index):
    """sc_member: each raw faction value with the index of every faction it stands for."""
    raw_of, k_of = [], []
    for raw, code in zip(values.raw, values.codes):
        for member in member_codes(code):
            raw_of.append(raw)
            k_of.append(index[member])
    cursor.execute(q.members(), {"raw": raw_of, "k": k_of})


def _copy_strikes(cursor, job: Job):
    """The strikes copied with our row number, split into points: (features, without a point)."""
    geometry = job.strikes.geometry
    if job.output is not None:
        keep = None
    else:
        keep = list(dict.fromkeys([*job.key_columns, geometry]))
        if job.precision_field:
            keep.append(job.precision_field)
        keep = list(dict.fromkeys(keep))
    cursor.execute(q.copy_strikes(job.strikes, keep))
    cursor.execute(q.strike_parts(geometry))
    cursor.execute(q.strike_counts())
    return cursor.fetchone()


def _target(targets, lines, k, condition, **options):
    """A target of faction k, named after its place in `targets`; condition: SQL with {} for k."""
    return sql_targets.Target(
        f"sc_t{len(targets)}",
        lines,
        {"k": k},
        q.sql.SQL(condition).format(q.sql.Literal(k)),
        **options,
    )


def _targets(cursor, job: Job, index):
    """(targets, their slices per kind, the front pairs, per measured faction its border's
    1-based place among the border targets or None): the measured factions' territory, then
    the fronts of the factions having one, then (with a precision) the measured borders."""
    targets = []
    for code in job.measured:
        targets.append(
            _target(targets, sql_targets.faction_lines(), index[code], "NOT h.held @> ARRAY[{}]")
        )
    slices = {"faction": (0, len(targets))}
    pairs = []
    border_at = [None] * len(job.measured)
    if job.fronts or job.uncertain:
        cursor.execute(q.areas(job.control, job.faction_field))
    start = len(targets)
    if job.fronts:
        cursor.execute(q.fronts(), {"tolerance_deg": degrees_for_km(job.tolerance_km)})
        cursor.execute("SELECT ka, kb FROM pg_temp.sc_front ORDER BY ka, kb")
        pairs = cursor.fetchall()
        for k in sorted({k for pair in pairs for k in pair}):
            targets.append(
                _target(targets, sql_targets.front_lines(), k, "h.held @> ARRAY[{}]", tagged=True)
            )
    slices["front"] = (start, len(targets))
    start = len(targets)
    if job.uncertain:
        cursor.execute("SELECT k FROM pg_temp.sc_area")
        with_area = {k for (k,) in cursor.fetchall()}
        for j, code in enumerate(job.measured):
            k = index[code]
            if k not in with_area:
                continue
            border_at[j] = len(targets) - start + 1
            border = sql_targets.border_lines()
            targets.append(_target(targets, border, k, "h.held @> ARRAY[{}]", use_max=False))
    slices["border"] = (start, len(targets))
    return targets, slices, pairs, border_at


def _answer_expressions(job: Job):
    expressions = [q.sql.SQL("a.controlled_by")]
    expressions += [
        q.sql.SQL("a.km[{}]").format(q.sql.Literal(j + 1)) for j in range(len(job.measured))
    ]
    expressions += [q.sql.SQL("a.nearest_other"), q.sql.SQL("a.nearest_other_km")]
    if job.fronts:
        expressions += [q.sql.SQL("a.front_km"), q.sql.SQL("a.front_faction")]
    if job.uncertain:
        expressions += [q.sql.SQL("a.possible_factions"), q.sql.SQL("a.controlled_by_certain")]
    return expressions


def _write_table(cursor, job: Job):
    schema, table, geometry_as = job.output
    expressions = _answer_expressions(job)
    if len(expressions) != len(job.output_names):
        raise DatabaseError(tr("Internal error: output columns do not match the answers."))
    target = q.ident(schema, table) if schema else q.ident(table)
    cursor.execute(q.sql.SQL("DROP TABLE IF EXISTS {}").format(target))
    cursor.execute(
        q.output_table(
            schema,
            table,
            job.strike_columns,
            list(zip(job.output_names, expressions)),
            job.strikes.geometry,
            geometry_as,
        )
    )


def _fetch(conn, job: Job):
    keys = [q.sql.SQL("s.") + q.sql.Identifier(c) for c in job.key_columns]
    query = q.sql.SQL(
        "SELECT {keys}, a.controlled_by, a.km, a.nearest_other, a.nearest_other_km, "
        "a.front_km, a.front_faction, a.possible_factions, a.controlled_by_certain "
        "FROM pg_temp.sc_strike AS s LEFT JOIN pg_temp.sc_answer AS a ON a.r = s.{row}"
    ).format(keys=q.sql.SQL(", ").join(keys), row=q.sql.Identifier(q.ROW))
    cursor = conn.cursor(name="sc_answers")
    cursor.itersize = 50000
    cursor.execute(query)
    rows = list(cursor)
    cursor.close()
    return rows
