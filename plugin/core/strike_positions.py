"""Where strike positions come from (lat/lon columns, one text column, the layer's geometry),
and each row's position read from there."""

from dataclasses import dataclass

from . import coordinates as coords
from .messages import QT_TRANSLATE_NOOP, InputError, Message

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


def raw_positions(plan, names, rows, geometries, geometry_problems):
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


def swap_checked(result, plan, positions, extent):
    """The positions, lat and lon exchanged when the whole input has them the wrong way round
    (unless the columns were chosen explicitly); either way a warning says so."""
    verdict = coords.detect_swap([parts[0] for parts, _ in positions if parts], extent)
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
                where=where(plan),
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
                where=where(plan),
            )
        )
    return positions


def where(plan):
    """Where the positions are read, as sentences name it."""
    if plan.kind == COLUMNS:
        return f"'{plan.lat}'/'{plan.lon}'"
    if plan.kind == TEXT:
        return f"'{plan.text}'"
    return "geometry"
