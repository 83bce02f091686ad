"""The words on the map: dates read from the strikes, the verdict sentence, the source credit."""

import datetime

from qgis.PyQt.QtCore import QCoreApplication

from ..core.datespan import date_span_text
from ..core.naming import faction_slug
from ..core.summary import verdict
from ..styling.factions import is_null

DATE_FIELDS = ("date", "event_date", "strike_date")
NAME_FIELDS = ("site", "location", "name", "place", "town")


def tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


class MissingResultsError(Exception):
    """The strike layer lacks the fields strikecheck:nearestfaction writes."""

    def __init__(self, missing):
        super().__init__(", ".join(missing))
        self.missing = missing


def _as_date(value):
    if is_null(value):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if hasattr(value, "toPyDate"):  # QDate
        return value.toPyDate() if value.isValid() else None
    if hasattr(value, "toPyDateTime"):  # QDateTime
        return value.toPyDateTime().date() if value.isValid() else None
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def strike_dates(layer):
    """The dates of the strikes, from the first date-like field found (empty when none)."""
    names = {name.lower(): name for name in layer.fields().names()}
    for wanted in DATE_FIELDS:
        if wanted in names:
            field = names[wanted]
            return [_as_date(feature[field]) for feature in layer.getFeatures()]
    return []


def map_date(layer):
    """'30 SEPT 2015' (or a span) from the strike layer's dates; '' when it has none."""
    return date_span_text(strike_dates(layer), tr)


def name_field(layer, wanted=None):
    """The field naming each strike: `wanted`, or the first usual name present, or None."""
    if wanted:
        return wanted
    names = {n.lower(): n for n in layer.fields().names()}
    return next((names[n] for n in NAME_FIELDS if n in names), None)


def distance_field(target):
    """The field strikecheck:nearestfaction writes for a faction: 'isis' -> 'dist_isis_km'."""
    return f"dist_{faction_slug(target)}_km"


def verdict_sentence(layer, target, name):
    """The summary sentence (plugin/core/summary) for the target faction over the layer."""
    fields = ("controlled_by", distance_field(target))
    missing = [f for f in fields if layer.fields().lookupField(f) < 0]
    if missing:
        raise MissingResultsError(missing)
    controlled, km = [], []
    for feature in layer.getFeatures():
        value = feature[fields[0]]
        controlled.append(None if is_null(value) or value == "" else str(value))
        distance = feature[fields[1]]
        km.append(float("nan") if is_null(distance) else float(distance))
    # Codes in controlled_by are the control layer's values: match the target as written there.
    return verdict(controlled, km, target, name, translate=tr) + "."


def credits_text(control_source, strikes_source, note=""):
    """'Control: ...; Strikes: ...; Analysis: StrikeCheck.' and the basemap's source."""
    parts = []
    if control_source:
        parts.append(tr("Control: {source}").format(source=control_source))
    parts.append(tr("Strikes: {source}").format(source=strikes_source or tr("not stated")))
    parts.append(tr("Analysis: StrikeCheck"))
    text = "; ".join(parts) + ". " + tr("Country outlines: Natural Earth (bundled with QGIS).")
    return f"{text}\n{note}" if note else text
