"""Turns table rows into strikes (id, date, actor, confidence, precision, position) or reasons."""

from collections import Counter
from dataclasses import dataclass, field

from . import coordinates as coords
from .dates import DETECT, parse_date_column
from .messages import QT_TRANSLATE_NOOP, InputError, Message, quoted
from .strike_columns import (
    DEFAULT_PRECISION_KM,
    confidence,
    find_columns,
    parse_precision_table,
    precision_from_code,
    precision_from_km,
)

COLUMNS, TEXT, GEOMETRY = "columns", "text", "geometry"
_SAMPLE = 500


def _tr(text):
    return QT_TRANSLATE_NOOP("StrikeCheck", text)


@dataclass
class CoordinatePlan:
    """Where positions are read: lat/lon columns, one text column, or the layer's geometry."""

    kind: str
    lat: str = None
    lon: str = None
    text: str = None
    explicit: bool = False  # chosen by the user: used as given, never exchanged


@dataclass
class StrikeOptions:
    """The user's choices; every one may be left to detection."""

    lat: str = None
    lon: str = None
    text: str = None
    columns: dict = field(default_factory=dict)  # role -> column name (see strike_columns.ROLES)
    date_order: str = DETECT
    precision_table: dict = None
    confidence_mapping: dict = None
    extent: tuple = None  # (xmin, ymin, xmax, ymax) in degrees


@dataclass
class Strike:
    index: int  # position of the row in the rows given
    strike_id: str
    date: object
    actor: str
    confidence: str
    precision_km: float
    source: str
    parts: list  # [(lon, lat), ...] in WGS84 degrees


@dataclass
class StrikeImport:
    strikes: list = field(default_factory=list)
    rejected: list = field(default_factory=list)  # (row index, Message)
    notes: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    plan: CoordinatePlan = None
    columns: dict = None


def _resolve(names, wanted, setting):
    if not wanted:
        return None
    if wanted in names:
        return wanted
    lowered = {name.lower(): name for name in names}
    if wanted.lower() in lowered:
        return lowered[wanted.lower()]
    raise InputError(
        Message(
            _tr(
                "{setting} names column '{column}', which the input does not have; its columns "
                "are: {names}."
            ),
            setting=setting,
            column=wanted,
            names=", ".join(names),
        )
    )


def _column(names, rows, name, limit=_SAMPLE):
    index = names.index(name)
    return [row[index] for row in rows[:limit]]


def plan_coordinates(names, rows, has_geometry, options):
    """Decides where positions come from; InputError when nowhere, naming what was tried."""
    lat = _resolve(names, options.lat, "LAT_FIELD")
    lon = _resolve(names, options.lon, "LON_FIELD")
    text = _resolve(names, options.text, "GEOMETRY_FIELD")
    if bool(lat) != bool(lon):
        raise InputError(
            Message(
                _tr("Set both LAT_FIELD and LON_FIELD, or neither to let StrikeCheck find them.")
            )
        )
    if lat:
        return CoordinatePlan(COLUMNS, lat=lat, lon=lon, explicit=True)
    if text:
        return CoordinatePlan(TEXT, text=text, explicit=True)
    if has_geometry:
        return CoordinatePlan(GEOMETRY)
    lat = coords.find_named(names, coords.LAT_NAMES)
    lon = coords.find_named(names, coords.LON_NAMES)
    if lat and lon and lat != lon:
        return CoordinatePlan(COLUMNS, lat=lat, lon=lon)
    named = coords.find_named(names, coords.TEXT_NAMES)
    hinted = [n for n in names if n != named and coords.hints_position(n)]
    candidates = ([named] if named else []) + hinted
    candidates += [n for n in names if n not in candidates]
    for name in candidates:
        minimum = 0.5 if name in ([named] + hinted) else 0.8
        if coords.looks_like_positions(_column(names, rows, name), minimum):
            return CoordinatePlan(TEXT, text=name)
    raise InputError(
        Message(
            _tr(
                "No positions found: the input has no latitude/longitude columns under a usual "
                "name (such as latitude/longitude, lat/lon, y/x), no column of WKT points or "
                "'lat, lon' text, and no point geometry. Set LAT_FIELD and LON_FIELD, or "
                "GEOMETRY_FIELD. Columns: {names}."
            ),
            names=", ".join(names) or "-",
        )
    )


def _raw_positions(plan, names, rows, geometries, geometry_problems):
    """[(parts or None, Message or None)] for every row, before range checks."""
    out = []
    if plan.kind == COLUMNS:
        ilat, ilon = names.index(plan.lat), names.index(plan.lon)
        for row in rows:
            lat, lat_problem = coords.parse_degrees(row[ilat], "lat")
            lon, lon_problem = coords.parse_degrees(row[ilon], "lon")
            problems = [p for p in (lat_problem, lon_problem) if p]
            if problems:
                out.append((None, problems))
            else:
                out.append(([(lon, lat)], []))
    elif plan.kind == TEXT:
        itext = names.index(plan.text)
        for row in rows:
            parts, problem = coords.parse_position_text(row[itext])
            out.append((parts, [problem] if problem else []))
    else:
        for i, parts in enumerate(geometries):
            if i in geometry_problems:
                out.append((None, [geometry_problems[i]]))
            elif not parts:
                out.append((None, [Message(_tr("no geometry"))]))
            else:
                out.append((list(parts), []))
    return out


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
    names, rows, options=None, geometries=None, geometry_problems=None, fallback_ids=None
):
    """Reads every row into a Strike or a rejection with its reasons; nothing is dropped.

    `rows` are lists of values in the order of `names` (str, numbers, dates or None).
    `geometries` gives, when the input is a layer with point geometry, each row's point parts
    as (lon, lat) in WGS84 (None for no geometry); `geometry_problems` {row: Message} says why a
    row's geometry could not be read. `fallback_ids` (default: 1, 2, ...) become the strike_id
    of rows with no id of their own. Raises InputError for mistakes that concern the whole input
    (no coordinates found, ambiguous date order, bad settings).
    """
    options = options or StrikeOptions()
    geometry_problems = geometry_problems or {}
    names = list(names)
    rows = [list(row) for row in rows]
    fallback_ids = list(fallback_ids) if fallback_ids else list(range(1, len(rows) + 1))
    has_geometry = geometries is not None and any(geometries)
    result = StrikeImport()
    result.plan = plan = plan_coordinates(names, rows, has_geometry, options)
    result.columns = columns = find_columns(names, options.columns)
    table = options.precision_table
    if table is None:
        table = parse_precision_table(DEFAULT_PRECISION_KM)
    _describe(result, plan, columns)

    positions = _raw_positions(plan, names, rows, geometries or [], geometry_problems)
    verdict = coords.detect_swap([parts[0] for parts, _ in positions if parts], options.extent)
    if verdict.swapped and not plan.explicit:
        positions = [
            ([(lat, lon) for lon, lat in parts] if parts else None, problems)
            for parts, problems in positions
        ]
        result.warnings.append(
            Message(
                _tr(
                    "Latitude and longitude are exchanged in the whole input ({why}): read "
                    "{where} the other way round."
                ),
                why=verdict.reason,
                where=_where(plan),
            )
        )
    elif verdict.swapped:
        result.warnings.append(
            Message(
                _tr(
                    "Latitude and longitude look exchanged ({why}), but {where} was chosen "
                    "explicitly and is used as given."
                ),
                why=verdict.reason,
                where=_where(plan),
            )
        )

    def values_of(role):
        column = columns.get(role)
        if not column:
            return [None] * len(rows)
        index = names.index(column)
        return [row[index] for row in rows]

    date_column = parse_date_column(values_of("date"), options.date_order, columns["date"] or "")
    if date_column.note:
        result.notes.append(date_column.note)
    ids, actors, sources = values_of("id"), values_of("actor"), values_of("source")
    confidences, codes, kms = (
        values_of("confidence"),
        values_of("precision_code"),
        values_of("precision_km"),
    )
    unknown_confidence, unknown_precision, no_date = Counter(), Counter(), 0
    seen_ids = Counter()
    for i in range(len(rows)):
        parts, reasons = positions[i]
        reasons = list(reasons)
        if parts:
            for lon, lat in parts:
                problem = coords.check_position(lon, lat, options.extent)
                if problem:
                    reasons.append(problem)
                    break
        if i in date_column.problems:
            reasons.append(date_column.problems[i])
        if reasons:
            result.rejected.append((i, _joined(reasons)))
            continue
        level, not_understood = confidence(confidences[i], options.confidence_mapping)
        if not_understood:
            unknown_confidence[not_understood] += 1
        if columns["precision_km"]:
            km, not_understood = precision_from_km(kms[i])
        else:
            km, not_understood = precision_from_code(codes[i], table)
        if not_understood:
            unknown_precision[not_understood] += 1
        strike_id = _text(ids[i]) or str(fallback_ids[i])
        seen_ids[strike_id] += 1
        if columns["date"] and date_column.dates[i] is None:
            no_date += 1
        result.strikes.append(
            Strike(
                index=i,
                strike_id=strike_id,
                date=date_column.dates[i],
                actor=_text(actors[i]),
                confidence=level,
                precision_km=km,
                source=_text(sources[i]),
                parts=parts,
            )
        )
    _warn(result, columns, no_date, unknown_confidence, unknown_precision, seen_ids)
    return result


def _joined(reasons):
    if len(reasons) == 1:
        return reasons[0]
    template = "; ".join(f"{{r{i}}}" for i in range(len(reasons)))
    return Message(template, **{f"r{i}": reason for i, reason in enumerate(reasons)})


def _where(plan):
    if plan.kind == COLUMNS:
        return f"'{plan.lat}'/'{plan.lon}'"
    if plan.kind == TEXT:
        return f"'{plan.text}'"
    return "geometry"


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


def _warn(result, columns, no_date, unknown_confidence, unknown_precision, seen_ids):
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
    if unknown_precision:
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
