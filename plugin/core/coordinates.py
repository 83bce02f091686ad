"""Finds where each row's position is written and reads it: lat/lon columns, WKT, 'lat, lon'."""

import math
import re
from dataclasses import dataclass

from .messages import QT_TRANSLATE_NOOP, Message, quoted

LAT_NAMES = (
    "latitude", "lat", "y", "lat_dd", "latitude_dd", "lat_deg", "point_y", "y_coord", "ycoord",
    "decimallatitude", "decimal_latitude", "gps_latitude", "lat_wgs84", "latitude_wgs84",
)  # fmt: skip
LON_NAMES = (
    "longitude", "lon", "lng", "long", "x", "lon_dd", "longitude_dd", "lon_deg", "long_dd",
    "point_x", "x_coord", "xcoord", "decimallongitude", "decimal_longitude", "gps_longitude",
    "lon_wgs84", "longitude_wgs84",
)  # fmt: skip
MIN_ROWS_FOR_SWAP = 3
TEXT_HINTS = ("geoloc", "coord", "wkt", "geom", "latlon", "lat_lon", "latlng", "position")
TEXT_NAMES = (
    "wkt", "geometry", "geom", "the_geom", "wkt_geom", "shape", "coordinates", "coords",
    "geolocation", "latlon", "lat_lon", "lat_long", "latlng", "lat_lng", "position", "point",
    "location_coordinates", "gps",
)  # fmt: skip

_DECIMAL_COMMA = re.compile(r"^[-+]?\d+,\d+$")
_DMS = re.compile(
    r"^([-+]?\d+(?:[.,]\d+)?)\s*[°º˚d:\s]\s*(?:(\d+(?:[.,]\d+)?)\s*['′’m:\s]?\s*)?"
    r"(?:(\d+(?:[.,]\d+)?)\s*(?:\"|″|”|''|s)?\s*)?$",
    re.IGNORECASE,
)
_WKT = re.compile(
    r"^\s*(?:SRID=\d+;\s*)?([A-Za-z]+?)\s*(?:Z|M|ZM)?\s*\((.*)\)\s*$", re.DOTALL | re.IGNORECASE
)
_WKT_EMPTY = re.compile(r"^\s*([A-Za-z]+)\s*(?:Z|M|ZM)?\s+EMPTY\s*$", re.IGNORECASE)
_HEMISPHERE = re.compile(r"^(.*?)\s*([NSEW])$|^([NSEW])\s*(.*?)$", re.IGNORECASE)


def _tr(text):
    return QT_TRANSLATE_NOOP("StrikeCheck", text)


def name_key(name):
    """A column name reduced for matching: lower case, no '(...)' note, '_' between words."""
    text = re.sub(r"\(.*?\)|\[.*?\]", "", str(name)).strip().lower()
    return re.sub(r"[^0-9a-z]+", "_", text).strip("_")


def find_named(names, candidates):
    """The first of `names` whose key is in `candidates` (in the candidates' order), or None."""
    keys = {}
    for name in names:
        keys.setdefault(name_key(name), name)
    for candidate in candidates:
        if candidate in keys:
            return keys[candidate]
    return None


# -- one number -----------------------------------------------------------------------------


def parse_degrees(value, axis):
    """(degrees, None) or (None, Message) for one latitude ('lat') or longitude ('lon') value.

    Takes numbers, decimal commas ('34,83'), a degree sign, N/S/E/W letters and
    degrees-minutes-seconds ('35°48′45″N'). Range is checked by check_position, not here.
    """
    name = "latitude" if axis == "lat" else "longitude"
    if value is None:
        return None, Message(_tr("no {axis}"), axis=name)
    if isinstance(value, bool):
        return None, Message(_tr("{axis} '{value}' is not a number"), axis=name, value=value)
    if isinstance(value, (int, float)):
        number = float(value)
        if math.isnan(number) or math.isinf(number):
            return None, Message(_tr("no {axis}"), axis=name)
        return number, None
    text = str(value).strip()
    if not text:
        return None, Message(_tr("no {axis}"), axis=name)
    sign = 1.0
    match = _HEMISPHERE.match(text)
    if match and not re.fullmatch(r"[NSEW]", text, re.IGNORECASE):
        body = (match.group(1) if match.group(2) else match.group(4)).strip()
        letter = (match.group(2) or match.group(3)).upper()
        if (letter in "NS") != (axis == "lat"):
            return None, Message(
                _tr("{axis} '{value}' carries the hemisphere letter of the other axis"),
                axis=name,
                value=quoted(text),
            )
        if body.startswith("-"):
            return None, Message(
                _tr("{axis} '{value}' has both a minus sign and a hemisphere letter"),
                axis=name,
                value=quoted(text),
            )
        sign = -1.0 if letter in "SW" else 1.0
        text = body
    text = text.rstrip("°º˚ ").strip()
    number = None
    if re.fullmatch(r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?", text):
        number = float(text)
    elif _DECIMAL_COMMA.match(text):
        number = float(text.replace(",", "."))
    else:
        match = _DMS.match(text)
        if match and (match.group(2) or match.group(3)):
            degrees = float(match.group(1).replace(",", "."))
            minutes = float((match.group(2) or "0").replace(",", "."))
            seconds = float((match.group(3) or "0").replace(",", "."))
            if minutes < 60 and seconds < 60:
                magnitude = abs(degrees) + minutes / 60 + seconds / 3600
                number = -magnitude if text.startswith("-") else magnitude
    if number is None:
        return None, Message(
            _tr("{axis} '{value}' is not a number"), axis=name, value=quoted(value)
        )
    return sign * number, None


# -- a position written in one text value ---------------------------------------------------


def _wkt_points(text):
    """[(lon, lat), ...] of a WKT point or multipoint; (None, Message) for other WKT."""
    if _WKT_EMPTY.match(text):
        return None, Message(_tr("empty geometry '{value}'"), value=quoted(text))
    match = _WKT.match(text)
    if not match:
        return None, None
    kind, body = match.group(1).upper(), match.group(2)
    if kind not in ("POINT", "MULTIPOINT"):
        return None, Message(
            _tr("geometry is a {kind}, not a point: '{value}'"), kind=kind, value=quoted(text)
        )
    parts = []
    for piece in body.split(","):
        numbers = piece.replace("(", " ").replace(")", " ").split()
        if piece.strip().upper() == "EMPTY":
            continue
        try:
            x, y = float(numbers[0]), float(numbers[1])
        except (IndexError, ValueError):
            return None, Message(_tr("unreadable WKT '{value}'"), value=quoted(text))
        parts.append((x, y))
    if not parts:
        return None, Message(_tr("empty geometry '{value}'"), value=quoted(text))
    return parts, None


def _pair_pieces(text):
    for separator in (";", ", ", ",", "/"):
        pieces = [p.strip() for p in text.split(separator)]
        if len(pieces) == 2 and all(pieces):
            yield pieces
    hemispheres = re.fullmatch(r"(.+?[NS])\s+(.+?[EW])|(.+?[EW])\s+(.+?[NS])", text, re.I)
    if hemispheres:
        groups = [g for g in hemispheres.groups() if g]
        yield groups
    pieces = text.split()
    if len(pieces) == 2:
        yield pieces


def parse_position_text(value):
    """([(lon, lat), ...], None) from WKT or 'lat, lon' text; (None, Message) when unreadable.

    WKT is x y (longitude first) by definition; a two-number text is latitude first, as Airwars
    and most gazetteers write it, unless hemisphere letters say otherwise ('36.3 E, 35.8 N').
    """
    if value is None or not str(value).strip():
        return None, Message(_tr("no position"))
    text = str(value).strip()
    parts, problem = _wkt_points(text)
    if parts or problem:
        return parts, problem
    text = text.strip("()[] ")
    for first, second in _pair_pieces(text):
        first_is_lon = bool(re.search(r"[EW]\s*$", first, re.I)) or bool(
            re.match(r"^[EW]", first, re.I)
        )
        lat_text, lon_text = (second, first) if first_is_lon else (first, second)
        lat, _ = parse_degrees(lat_text, "lat")
        lon, _ = parse_degrees(lon_text, "lon")
        if lat is not None and lon is not None:
            return [(lon, lat)], None
    return None, Message(
        _tr("no position in '{value}' (expected 'lat, lon' or WKT such as 'POINT (lon lat)')"),
        value=quoted(text),
    )


# -- checks over a row and over a whole column ----------------------------------------------


def check_position(lon, lat, extent=None):
    """None when (lon, lat) is a usable WGS84 position, else a Message saying why not.

    `extent` is an optional (xmin, ymin, xmax, ymax) in degrees where positions are expected.
    """
    if not -90.0 <= lat <= 90.0:
        return Message(_tr("latitude {value} outside -90..90"), value=_short(lat))
    if not -180.0 <= lon <= 180.0:
        return Message(_tr("longitude {value} outside -180..180"), value=_short(lon))
    if lat == 0.0 and lon == 0.0:
        return Message(_tr("position 0, 0 (a common placeholder for a missing position)"))
    if extent is not None and not _inside(lon, lat, extent):
        return Message(
            _tr("position {lat}, {lon} (lat, lon) outside the expected area"),
            lat=_short(lat),
            lon=_short(lon),
        )
    return None


def _short(number):
    if not abs(number) < 1e7:  # 1e308 in full is 309 digits; inf and nan as themselves
        return f"{number:.6g}"
    return f"{number:.6f}".rstrip("0").rstrip(".")


def _inside(lon, lat, extent):
    xmin, ymin, xmax, ymax = extent
    return xmin <= lon <= xmax and ymin <= lat <= ymax


@dataclass
class SwapVerdict:
    """Whether a whole column of positions has latitude and longitude exchanged, and why."""

    swapped: bool
    reason: Message = None


def detect_swap(positions, extent=None):
    """Looks at every (lon, lat) read from a column for signs that the two are exchanged.

    Swapped when most latitudes are beyond ±90 while every longitude is within ±90 (so every row
    is a valid position once exchanged; at least MIN_ROWS_FOR_SWAP rows), or, given an expected
    `extent`, when at least half of the positions fall inside it once exchanged and at least three
    times as many as fall inside it as written. Never decided row by row.
    """
    positions = [(lon, lat) for lon, lat in positions if lon is not None and lat is not None]
    if not positions:
        return SwapVerdict(False)
    beyond = sum(1 for lon, lat in positions if abs(lat) > 90 and abs(lon) <= 90)
    straight_only = sum(1 for lon, lat in positions if abs(lat) <= 90 and abs(lon) > 90)
    fits_swapped = all(abs(lon) <= 90 and abs(lat) <= 180 for lon, lat in positions)
    # With one or two rows a typo is as likely as exchanged columns: those rows are rejected.
    enough = len(positions) >= MIN_ROWS_FOR_SWAP
    if enough and beyond * 2 > len(positions) and not straight_only and fits_swapped:
        return SwapVerdict(
            True,
            Message(
                _tr("{n} of {total} latitudes are beyond ±90 while every longitude is within ±90"),
                n=beyond,
                total=len(positions),
            ),
        )
    if extent is not None:
        inside = sum(1 for lon, lat in positions if _inside(lon, lat, extent))
        inside_swapped = sum(1 for lon, lat in positions if _inside(lat, lon, extent))
        if inside_swapped * 2 >= len(positions) and inside_swapped >= 3 * inside:
            return SwapVerdict(
                True,
                Message(
                    _tr(
                        "{inside} of {total} positions fall in the expected area as written, "
                        "{n} with latitude and longitude exchanged"
                    ),
                    inside=inside,
                    n=inside_swapped,
                    total=len(positions),
                ),
            )
    return SwapVerdict(False)


def hints_position(name):
    """True when a column's name suggests it holds positions ('Geolocation', 'coords (WGS84)')."""
    key = name_key(name)
    return any(hint in key for hint in TEXT_HINTS)


def looks_like_positions(values, minimum=0.8):
    """True when most non-empty values read as WKT points or 'lat, lon' text."""
    filled = [v for v in values if v is not None and str(v).strip()]
    if not filled:
        return False
    readable = sum(1 for v in filled if parse_position_text(v)[0] is not None)
    return readable >= minimum * len(filled)
