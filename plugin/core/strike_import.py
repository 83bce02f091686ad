"""Turns table rows into strikes (id, date, actor, confidence, precision, position) or reasons."""

from collections import Counter
from dataclasses import dataclass, field

from . import coordinates as coords
from .dates import DETECT, parse_date_column
from .event_sources import TABLE, recognise
from .messages import QT_TRANSLATE_NOOP, Message, quoted
from .strike_columns import (
    confidence,
    find_columns,
    parse_precision_table,
    precision_from_code,
    precision_from_km,
)
from .strike_dates import read_windows
from .strike_positions import (
    COLUMNS,
    TEXT,
    CoordinatePlan,
    plan_coordinates,
    raw_positions,
    swap_checked,
)


def _tr(text):
    return QT_TRANSLATE_NOOP("StrikeCheck", text)


@dataclass
class StrikeOptions:
    """The user's choices; every one may be left to detection."""

    lat: str = None
    lon: str = None
    text: str = None
    columns: dict = field(default_factory=dict)  # role -> column name (see strike_columns.ROLES)
    date_order: str = DETECT
    precision_table: dict = None  # the user's {code: km}, over the recognised source's table
    confidence_mapping: dict = None
    extent: tuple = None  # (xmin, ymin, xmax, ymax) in degrees


@dataclass
class Strike:
    index: int  # position of the row in the rows given
    strike_id: str
    date: object  # the first day of its date window (datetime.date or None)
    actor: str
    confidence: str
    precision_km: float
    source: str
    parts: list  # [(lon, lat), ...] in WGS84 degrees
    date_end: object = None  # the last day of its date window (= date for a plain day)


@dataclass
class StrikeImport:
    strikes: list = field(default_factory=list)
    rejected: list = field(default_factory=list)  # (row index, Message)
    notes: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    plan: CoordinatePlan = None
    columns: dict = None
    source: object = None  # the event_sources.EventSource recognised by the columns


def _text(value):
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _summary(counter, limit=5):
    items = [f"'{quoted(value, 40)}' ({n})" for value, n in counter.most_common(limit)]
    if len(counter) > limit:
        items.append("…")
    return ", ".join(items)


def read_strikes(
    names, rows, options=None, geometries=None, geometry_problems=None, fallback_ids=None,
    progress=None,
):  # fmt: skip
    """Reads every row into a Strike or a rejection with its reasons; nothing is dropped.

    `rows` are lists of values in the order of `names` (str, numbers, dates or None).
    `geometries` gives, when the input is a layer with point geometry, each row's point parts
    as (lon, lat) in WGS84 (None for no geometry); `geometry_problems` {row: Message} says why a
    row's geometry could not be read. `fallback_ids` (default: 1, 2, ...) become the strike_id
    of rows with no id of their own. Raises InputError for mistakes that concern the whole input
    (no coordinates found, ambiguous date order, bad settings). `progress(fraction)` is called
    as rows are read and may raise to stop.
    """
    options = options or StrikeOptions()
    geometry_problems = geometry_problems or {}
    names = list(names)
    rows = [list(row) for row in rows]
    fallback_ids = list(fallback_ids) if fallback_ids else list(range(1, len(rows) + 1))
    has_geometry = geometries is not None and any(geometries)
    result = StrikeImport()
    result.plan = plan = plan_coordinates(names, rows, has_geometry, options)
    result.source = source = recognise(names)
    result.columns = columns = find_columns(names, options.columns, source.columns)
    table = parse_precision_table(source.precision_km)
    table.update(options.precision_table or {})
    _describe(result, plan, columns)
    _describe_source(result, source, columns, table, options.precision_table)

    report = progress or (lambda fraction: None)
    positions = raw_positions(plan, names, rows, geometries or [], geometry_problems)
    positions = swap_checked(result, plan, positions, options.extent)
    report(0.3)
    reader = _RowReader(names, rows, columns, options, table, fallback_ids)
    report(0.5)
    every = max(len(rows) // 50, 5000)
    if reader.date_column.note:
        result.notes.append(reader.date_column.note)
    result.notes.extend(reader.windows.notes)
    result.warnings.extend(reader.windows.warnings)
    for i in range(len(rows)):
        if i % every == 0:
            report(0.5 + 0.5 * i / len(rows))
        parts, reasons = positions[i]
        reasons = reader.problems(i, parts, reasons)
        if reasons:
            result.rejected.append((i, _joined(reasons)))
            continue
        result.strikes.append(reader.strike(i, parts))
    _warn(result, columns, reader.tally)
    return result


@dataclass
class _Tally:
    """What the rows left unread or empty, for the warnings at the end."""

    unknown_confidence: Counter = field(default_factory=Counter)
    unknown_precision: Counter = field(default_factory=Counter)
    seen_ids: Counter = field(default_factory=Counter)
    no_date: int = 0


class _RowReader:
    """Reads each row's values besides its position: id, date, actor, confidence, precision."""

    def __init__(self, names, rows, columns, options, table, fallback_ids):
        def values_of(role):
            column = columns.get(role)
            if not column:
                return [None] * len(rows)
            index = names.index(column)
            return [row[index] for row in rows]

        self.columns = columns
        self.options = options
        self.table = table
        self.fallback_ids = fallback_ids
        self.date_column = parse_date_column(
            values_of("date"), options.date_order, columns["date"] or ""
        )
        self.windows = read_windows(
            self.date_column.dates,
            values_of("date_end") if columns["date_end"] else None,
            columns["date_end"] or "",
            values_of("time_precision") if columns["time_precision"] else None,
            self.date_column.order or options.date_order,
        )
        roles = ("id", "actor", "source", "confidence", "precision_code", "precision_km")
        self.values = {role: values_of(role) for role in roles}
        self.tally = _Tally()

    def problems(self, i, parts, reasons):
        """Why row i cannot be a strike: its position's and date's problems (none: [])."""
        reasons = list(reasons)
        if parts:
            for lon, lat in parts:
                problem = coords.check_position(lon, lat, self.options.extent)
                if problem:
                    reasons.append(problem)
                    break
        if i in self.date_column.problems:
            reasons.append(self.date_column.problems[i])
        elif i in self.windows.problems:
            reasons.append(self.windows.problems[i])
        return reasons

    def strike(self, i, parts):
        """Row i as a Strike; what it leaves unread is counted in the tally."""
        values, tally = self.values, self.tally
        level, not_understood = confidence(values["confidence"][i], self.options.confidence_mapping)
        if not_understood:
            tally.unknown_confidence[not_understood] += 1
        if self.columns["precision_km"]:
            km, not_understood = precision_from_km(values["precision_km"][i])
        else:
            km, not_understood = precision_from_code(values["precision_code"][i], self.table)
        if not_understood:
            tally.unknown_precision[not_understood] += 1
        strike_id = _text(values["id"][i]) or str(self.fallback_ids[i])
        tally.seen_ids[strike_id] += 1
        if self.columns["date"] and self.date_column.dates[i] is None:
            tally.no_date += 1
        return Strike(
            index=i,
            strike_id=strike_id,
            date=self.windows.starts[i],
            actor=_text(values["actor"][i]),
            confidence=level,
            precision_km=km,
            source=_text(values["source"][i]),
            parts=parts,
            date_end=self.windows.ends[i],
        )


def _joined(reasons):
    if len(reasons) == 1:
        return reasons[0]
    template = "; ".join(f"{{r{i}}}" for i in range(len(reasons)))
    return Message(template, **{f"r{i}": reason for i, reason in enumerate(reasons)})


def _describe(result, plan, columns):
    if plan.kind == COLUMNS:
        result.notes.append(
            Message(
                _tr("Positions from columns '{lat}' (latitude) and '{lon}' (longitude)."),
                lat=plan.lat,
                lon=plan.lon,
            )
        )
    elif plan.kind == TEXT:
        result.notes.append(
            Message(
                _tr("Positions from the WKT / 'lat, lon' text of column '{column}'."),
                column=plan.text,
            )
        )
    else:
        result.notes.append(Message(_tr("Positions from the layer's point geometry.")))
    shown = {"id": "strike_id", "precision_code": "precision_km"}
    used = [f"{shown.get(role, role)} <- '{column}'" for role, column in columns.items() if column]
    if used:
        result.notes.append(Message(_tr("Fields from columns: {used}."), used=", ".join(used)))


def _describe_source(result, source, columns, table, overrides):
    """Which event dataset the columns are, and the precision table used for it."""
    if source is not TABLE:
        result.notes.append(
            Message(_tr("Event dataset recognised by its columns: {source}."), source=source.name)
        )
    if columns["precision_code"]:
        shown = ";".join(f"{code}={km:g}" for code, km in table.items())
        result.notes.append(
            Message(
                _tr("Location precision of '{column}' in km: {table}{overridden}."),
                column=columns["precision_code"],
                table=shown,
                overridden=Message(_tr(" (PRECISION_KM given)")) if overrides else "",
            )
        )


def _warn(result, columns, tally):
    no_date, unknown_confidence = tally.no_date, tally.unknown_confidence
    unknown_precision, seen_ids = tally.unknown_precision, tally.seen_ids
    if not columns["date"]:
        result.warnings.append(
            Message(
                _tr(
                    "No date column found: every strike's date is NULL. Set DATE_FIELD to "
                    "the column that holds the dates."
                )
            )
        )
    elif no_date:
        result.warnings.append(
            Message(_tr("{n} strikes have an empty date: imported with date NULL."), n=no_date)
        )
    if unknown_confidence:
        result.warnings.append(
            Message(
                _tr(
                    "Confidence values not understood, imported as NULL: {values}. Map them "
                    "with CONFIDENCE_MAPPING, e.g. 'Fair=high;Weak=low'."
                ),
                values=_summary(unknown_confidence),
            )
        )
    codes = result.source.codes if result.source is not None else None
    if unknown_precision and codes:
        result.warnings.append(
            Message(
                _tr(
                    "Location precision codes that {source} does not define ({codes}), imported "
                    "with precision NULL: {values}. Give them a distance in PRECISION_KM if you "
                    "know what they mean."
                ),
                source=result.source.name,
                codes=", ".join(codes),
                values=_summary(unknown_precision),
            )
        )
    elif unknown_precision:
        result.warnings.append(
            Message(
                _tr(
                    "Location precision values with no distance, imported as NULL: {values}. "
                    "Give them one in PRECISION_KM, e.g. '1=2;2=15;3=50'."
                ),
                values=_summary(unknown_precision),
            )
        )
    repeated = Counter({k: n for k, n in seen_ids.items() if n > 1})
    if repeated:
        result.warnings.append(
            Message(
                _tr("{n} strike_id values appear more than once: {values}."),
                n=len(repeated),
                values=_summary(repeated),
            )
        )
