"""The words on the map: dates read from the strikes, the verdict sentence, the source credit."""

from qgis.PyQt.QtCore import QCoreApplication

from ..core import vocabulary
from ..core.datespan import date_span_text
from ..core.naming import faction_slug
from ..core.summary import verdict
from ..core.vocabulary import CONTROLLED_BY
from ..layer_io.tables import read_columns
from ..layer_io.values import as_date, is_blank, number

DATE_FIELDS = vocabulary.DATE_FIELD_NAMES
NAME_FIELDS = vocabulary.PLACE_FIELD_NAMES


def tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


class MissingResultsError(Exception):
    """The strike layer lacks the fields strikecheck:nearestfaction writes."""

    def __init__(self, missing):
        super().__init__(", ".join(missing))
        self.missing = missing


def strike_dates(layer):
    """The dates of the strikes, from the first date-like field found (empty when none)."""
    field = vocabulary.first_field(layer.fields().names(), DATE_FIELDS)
    if field is None:
        return []
    _, columns = read_columns(layer, [field])
    return [as_date(value) for value in columns[field]]


def map_date(layer):
    """'30 SEPT 2015' (or a span) from the strike layer's dates; '' when it has none."""
    return date_span_text(strike_dates(layer), tr)


def name_field(layer, wanted=None):
    """The field naming each strike: `wanted`, or the first usual name present, or None."""
    return wanted or vocabulary.first_field(layer.fields().names(), NAME_FIELDS)


def distance_field(target):
    """The field strikecheck:nearestfaction writes for a faction: 'isis' -> 'dist_isis_km'."""
    return vocabulary.distance_field(faction_slug(target))


def verdict_sentence(layer, target, name):
    """The summary sentence (plugin/core/summary) for the target faction over the layer."""
    fields = (CONTROLLED_BY, distance_field(target))
    missing = [f for f in fields if layer.fields().lookupField(f) < 0]
    if missing:
        raise MissingResultsError(missing)
    _, columns = read_columns(layer, fields)
    controlled = [None if is_blank(v) else str(v) for v in columns[fields[0]]]
    km = [number(v) for v in columns[fields[1]]]
    # Codes in controlled_by are the control layer's values: match the target as written there.
    return verdict(controlled, km, target, name, translate=tr) + "."


def credits_text(control_source, strikes_source, note="", control_date=None):
    """'Control: ...; Strikes: ...; Analysis: StrikeCheck.' and the basemap's source;
    `control_date` ('1 OCT 2022') names the snapshot a time-aware control map shows."""
    parts = []
    if control_source and control_date:
        parts.append(
            tr("Control: {source}, {date}").format(source=control_source, date=control_date)
        )
    elif control_source:
        parts.append(tr("Control: {source}").format(source=control_source))
    parts.append(tr("Strikes: {source}").format(source=strikes_source or tr("not stated")))
    parts.append(tr("Analysis: StrikeCheck"))
    text = "; ".join(parts) + ". " + tr("Country outlines: Natural Earth (bundled with QGIS).")
    return f"{text}\n{note}" if note else text
