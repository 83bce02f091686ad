"""strikecheck:exportmap's control map on a time-aware layer: only the snapshot in force at the
map's date, drawn from a filtered clone (the user's layer never changes), and what the log says."""

import datetime

from qgis.core import QgsExpression
from qgis.PyQt.QtCore import QCoreApplication, QDate

from ..core import map_snapshot
from ..core.datespan import map_date
from ..core.vocabulary import VALID_FROM
from ..layer_io.lookups import filtered_copy
from ..layer_io.tables import read_columns
from ..layer_io.values import as_date


def _tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


def control_dates(layer, field=VALID_FROM):
    """The date of each control feature (None: undated), or None when the layer has no such
    field."""
    if layer is None or layer.fields().lookupField(field) < 0:
        return None
    _, columns = read_columns(layer, [field])
    return [as_date(value) for value in columns[field]]


def snapshot_expression(field, day, as_dates=False):
    """The features of the snapshot of `day` plus the undated ones, the value quoted by
    QgsExpression; `as_dates` compares through to_date() (text or datetime fields, in QGIS
    expressions only; the plain form also works as SQL in OGR and PostGIS subsets)."""
    column = QgsExpression.quotedColumnRef(field)
    value = QDate(day.year, day.month, day.day)
    if as_dates:
        quoted = QgsExpression.quotedValue(value.toString("yyyy-MM-dd"))
        equal = f"to_date({column}) = to_date({quoted})"
    else:
        equal = QgsExpression.createFieldEqualityExpression(field, value)
    return f"({equal}) OR {column} IS NULL"


def snapshot_layer(control, field, day, expected):
    """A clone of `control` showing the snapshot of `day` (and undated features); `expected`:
    how many features that is, to check the provider understood the subset."""
    name = f"{control.name()}, {day.isoformat()}"
    copy = control.clone()
    copy.setName(name)
    expression = snapshot_expression(field, day)
    existing = control.subsetString()
    subset = f"({existing}) AND ({expression})" if existing else expression
    if copy.setSubsetString(subset) and copy.featureCount() == expected:
        return copy
    return filtered_copy(control, snapshot_expression(field, day, as_dates=True), name)


def parse_day(text):
    """A date from 'YYYY-MM-DD' (or the last day of 'YYYY-MM-DD/YYYY-MM-DD'); None otherwise."""
    text = (text or "").strip()
    for part in reversed(text.replace(" to ", "/").split("/")):
        try:
            return datetime.date.fromisoformat(part.strip()[:10])
        except ValueError:
            continue
    return None


def control_in_force(control, strike_days, map_day, feedback):
    """(layer to draw, MapSnapshot or None): with dated snapshots, a clone showing only the one
    in force on `map_day` (default: the latest strike date); the log says which and warns
    when the strikes span several snapshots."""
    days = control_dates(control)
    if not days:
        return control, None
    chosen = map_snapshot.choose(days, strike_days, map_day)
    if chosen is None:
        return control, None
    distinct = sorted({d for d in days if d is not None})
    if len(distinct) < 2:
        return control, chosen
    expected = sum(1 for d in days if d is None or d == chosen.day)
    layer = snapshot_layer(control, VALID_FROM, chosen.day, expected)
    _log(chosen, len(distinct), (layer.featureCount(), len(days)), feedback)
    return layer, chosen


def _log(chosen, total, counts, feedback):
    day = map_date(chosen.day, _tr)
    feedback.pushInfo(
        _tr(
            "Control map: the snapshot of {date}, in force on the map's date ({shown} of "
            "{count} features; {total} snapshots in the layer)."
        ).format(date=day, shown=counts[0], count=counts[1], total=total)
    )
    if chosen.before_first:
        feedback.pushWarning(
            _tr(
                "The map's date is before the control map's first snapshot: the first one, "
                "{date}, is drawn."
            ).format(date=day)
        )
    if len(chosen.spanned) > 1:
        feedback.pushWarning(
            _tr(
                "The strikes span {n} control snapshots ({first} to {last}), but the map "
                "draws only the one of {date}: strikes of other periods appear over a control "
                "map that was not in force on their day. Map each period apart "
                "(strikecheck:exportmap with SERIES 'snapshot' gives one page per snapshot; or "
                "filter the strikes by date, or set exportmap's CONTROL_DATE) to compare like "
                "with like."
            ).format(
                n=len(chosen.spanned),
                first=map_date(chosen.spanned[0], _tr),
                last=map_date(chosen.spanned[-1], _tr),
                date=day,
            )
        )
