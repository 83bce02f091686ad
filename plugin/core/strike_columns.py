"""Which input columns feed StrikeCheck's strike fields, for ACLED exports and hand-made tables."""

import math
import re

from .coordinates import find_named, name_key
from .event_sources import GENERIC_PRECISION_KM
from .messages import QT_TRANSLATE_NOOP, InputError, Message, quoted
from .pairs import parse_pairs

ROLES = (
    "id", "date", "date_end", "time_precision", "actor", "source", "confidence", "precision_km",
    "precision_code",
)  # fmt: skip
NAMES = {
    "id": (
        "event_id_cnty", "strike_id", "event_id", "incident_id", "incident_code", "strike_code",
        "id", "uid", "code",
    ),
    "date": (
        "event_date", "date", "strike_date", "incident_date", "date_of_strike",
        "date_of_incident", "attack_date", "datetime", "date_time", "day", "when", "timestamp",
        "date_start", "start_date",
    ),
    "date_end": ("date_end", "end_date", "date_to", "to_date"),
    "time_precision": (),  # ACLED's, read only in ACLED exports (event_sources)
    "actor": (
        "actor1", "actor_1", "actor", "belligerent", "suspected_belligerent", "perpetrator",
        "attacker", "strike_by", "air_force",
    ),
    "source": (
        "source", "sources", "source_url", "source_link", "reference", "references", "url", "link",
    ),
    "confidence": (
        "confidence", "confidence_level", "reporting_confidence", "reporting", "grade", "grading",
        "reliability",
    ),
    "precision_km": ("precision_km", "accuracy_km", "uncertainty_km", "radius_km", "error_km"),
    "precision_code": (
        "geo_precision", "geoprecision", "geo_accuracy", "location_precision",
        "location_accuracy", "geolocation_accuracy", "precision", "accuracy",
    ),
}  # fmt: skip

ACLED_STRIKES = "Air/drone strike"
# StrikeCheck's assumption of how far a strike may be from the coordinates given, for a table
# that is no known event dataset (each known one has its own: event_sources).
DEFAULT_PRECISION_KM = GENERIC_PRECISION_KM
_CONFIDENCE = {
    "high": "high", "h": "high", "high confidence": "high", "high confidence reporting": "high",
    "low": "low", "l": "low", "low confidence": "low", "low confidence reporting": "low",
}  # fmt: skip
_NULLS = {"", "null", "none", "na", "n a", "unknown"}


def _tr(text):
    return QT_TRANSLATE_NOOP("StrikeCheck", text)


def is_acled(names):
    """True when the columns are those of an ACLED export (2023+ or the older upper-case one)."""
    keys = {name_key(name) for name in names}
    return {"event_id_cnty", "event_date"} <= keys


def acled_filter_column(names):
    """The sub_event_type column of an ACLED export (any case), or None."""
    return find_named(names, ("sub_event_type",))


def find_columns(names, overrides=None, preferred=None):
    """{role: column name or None} for every role in ROLES; `overrides` wins where given, then
    the names a recognised source `preferred` for the role {role: names}, then the usual names.

    An override naming a column the input does not have is an InputError that lists the columns.
    """
    overrides = {role: name for role, name in (overrides or {}).items() if name}
    lowered = {name.lower(): name for name in names}
    found = {}
    for role in ROLES:
        wanted = overrides.get(role)
        if wanted:
            if wanted not in names and wanted.lower() not in lowered:
                raise InputError(
                    Message(
                        _tr("Column '{column}' is not in the input; its columns are: {names}."),
                        column=wanted,
                        names=", ".join(names),
                    )
                )
            found[role] = wanted if wanted in names else lowered[wanted.lower()]
        else:
            found[role] = find_named(names, (preferred or {}).get(role, ()) + NAMES[role])
    if overrides.get("precision_code") and not overrides.get("precision_km"):
        found["precision_km"] = None
    elif found["precision_km"]:
        found["precision_code"] = None  # a column in km says more than a code
    return found


def precision_role(column):
    """'precision_km' for a column named in km (e.g. 'accuracy_km'), else 'precision_code'."""
    return "precision_km" if name_key(column).endswith("km") else "precision_code"


def _key(text):
    return re.sub(r"[^0-9a-z]+", " ", str(text).strip().lower()).strip()


def parse_precision_table(text):
    """{code or word: km} from '1=2;2=15;village=3'; InputError for a value that is not a number."""
    table = {}
    for key, value in parse_pairs(text, "PRECISION_KM"):
        try:
            km = float(value.replace(",", "."))
        except ValueError:
            km = float("nan")
        if not math.isfinite(km) or km < 0:  # 1e400 reads as inf
            raise InputError(
                Message(
                    _tr(
                        "PRECISION_KM gives '{value}' for '{key}'; write a distance in km, e.g. "
                        "'1=2;2=15;3=50'."
                    ),
                    key=key,
                    value=quoted(value),
                )
            )
        table[_key(key)] = km
    return table


def precision_from_code(value, table):
    """(km, None), (None, None) when empty, or (None, value) when the table does not know it."""
    if value is None or _key(value) in _NULLS:
        return None, None
    key = _key(value)
    if isinstance(value, float) and value.is_integer():
        key = str(int(value))
    if key in table:
        return table[key], None
    return None, str(value).strip()


def precision_from_km(value):
    """(km, None), (None, None) when empty, or (None, value) when not a distance."""
    if value is None or _key(value) in _NULLS:
        return None, None
    try:
        km = float(str(value).strip().replace(",", "."))
    except ValueError:
        return None, str(value).strip()
    if not math.isfinite(km) or km < 0:  # 1e400 reads as inf
        return None, str(value).strip()
    return km, None


def parse_confidence_mapping(text):
    """{normalised raw value: 'high' | 'low' | None} from 'Fair=high;Weak=low;Contested=null'."""
    mapping = {}
    for key, value in parse_pairs(text, "CONFIDENCE_MAPPING"):
        target = _key(value)
        if target in _NULLS:
            mapping[_key(key)] = None
        elif _CONFIDENCE.get(target) is not None:
            mapping[_key(key)] = _CONFIDENCE[target]
        else:
            raise InputError(
                Message(
                    _tr(
                        "CONFIDENCE_MAPPING maps '{key}' to '{value}'; the confidence can only "
                        "be high, low or null."
                    ),
                    key=key,
                    value=quoted(value),
                )
            )
    return mapping


def confidence(value, mapping=None):
    """('high' | 'low' | None, None), or (None, value) when the value is not understood."""
    if value is None:
        return None, None
    key = _key(value)
    if mapping and key in mapping:
        return mapping[key], None
    if key in _NULLS:
        return None, None
    for suffix in (" reporting", " confidence"):
        if key.endswith(suffix) and key[: -len(suffix)] in _CONFIDENCE:
            key = key[: -len(suffix)]
    if key in _CONFIDENCE:
        return _CONFIDENCE[key], None
    return None, str(value).strip()
