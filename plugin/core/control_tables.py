"""Point control over time from tables: VIINA-style wide tables (a column per date) and
Carter-Center-style long tables (a row per place per date) as dated control records."""

import datetime
import re
from dataclasses import dataclass

from .dates import parse_one_date
from .messages import QT_TRANSLATE_NOOP, InputError, Message
from .vocabulary import first_field

# VIINA's own codes, mapped before the preset's aliases (the user's MAPPING comes first).
TABLE_CODES = {"ua": "ukraine_held", "ru": "russia_occupied", "contested": "contested"}
_WIDE = re.compile(r"^[a-z]*_?(\d{8})$", re.IGNORECASE)
LAT_NAMES = ("lat", "latitude", "y")
LON_NAMES = ("lon", "long", "longitude", "lng", "x")
PLACE_NAMES = ("place", "name", "locality", "town", "settlement", "asciiname", "geonameid")
CONTROL_NAMES = ("control", "status", "controlled_by", "faction", "side")


def _tr(text):
    return QT_TRANSLATE_NOOP("StrikeCheck", text)


@dataclass
class ControlRecord:
    """One place's control from a date: place, lon, lat, date, the table's control text."""

    place: str
    lon: float
    lat: float
    date: datetime.date
    raw: str


def table_mapping(raw_values, user=""):
    """The MAPPING for a table's values: its UA/RU/CONTESTED codes (those present), then the
    user's own pairs, which win."""
    present = {str(v).strip().casefold() for v in raw_values}
    pairs = [f"{code}={target}" for code, target in TABLE_CODES.items() if code in present]
    return ";".join([*pairs, user] if user.strip() else pairs)


def date_columns(header):
    """(column index, date) of the wide table's date columns ('ctr_20220301', '20220301')."""
    found = []
    for i, name in enumerate(header):
        match = _WIDE.match(str(name).strip())
        if match:
            try:
                found.append((i, datetime.datetime.strptime(match.group(1), "%Y%m%d").date()))
            except ValueError:
                continue
    return found


def _required(header, names, what):
    name = first_field(header, names)
    if name is None:
        raise InputError(
            Message(
                _tr("No {what} column found (looked for {tried}; columns: {columns})."),
                what=what, tried=", ".join(names), columns=", ".join(header),
            )
        )  # fmt: skip
    return header.index(name)


def _number(text):
    try:
        return float(str(text).strip())
    except ValueError:
        return None


def _records(header, rows, control_at):
    """Records of each row: `control_at(values)` gives [(date, raw)] of a row."""
    lat, lon = _required(header, LAT_NAMES, "latitude"), _required(header, LON_NAMES, "longitude")
    place = first_field(header, PLACE_NAMES)
    place = header.index(place) if place else None
    records, rejected = [], []
    for line, values in rows:
        x, y = _number(values[lon]), _number(values[lat])
        if x is None or y is None:
            rejected.append(line)
            continue
        name = values[place] if place is not None else f"{y:.5f},{x:.5f}"
        for day, raw in control_at(values):
            records.append(ControlRecord(name, x, y, day, raw))
    return records, rejected


def read_control_table(header, rows):
    """(records, rejected lines, shape) of a wide or a long table; rows are (line, values).
    Empty control cells are left out."""
    wide = date_columns(header)
    if wide:

        def control_at(values):
            return [(day, values[i].strip()) for i, day in wide if values[i].strip()]

        return (*_records(header, rows, control_at), "wide")
    date = _required(header, ("date", "day", "valid_from"), "date")
    control = _required(header, CONTROL_NAMES, "control")
    bad = []

    def control_at(values):
        if not values[control].strip():
            return []
        try:
            return [(parse_one_date(values[date]), values[control].strip())]
        except InputError:
            bad.append(values[date])
            return []

    records, rejected = _records(header, rows, control_at)
    return records, rejected + bad, "long"


def only_changes(records):
    """The records where a place's control changes (its first one kept), in place/date order;
    a place is its name and coordinates."""
    ordered = sorted(records, key=lambda r: (r.place, r.lon, r.lat, r.date))
    kept, last = [], {}
    for record in ordered:
        key = (record.place, record.lon, record.lat)
        if last.get(key) != record.raw.casefold():
            kept.append(record)
            last[key] = record.raw.casefold()
    return kept
