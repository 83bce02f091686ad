"""Temporal Controller settings: strikes shown on their day (the whole day), each control
snapshot from its valid_from to the next snapshot's, so scrubbing time shows the map in force
under the strikes.

Only the layer's temporal properties change, never its data. The control layer's start and end
are expressions that are never NULL (undated features hold from 1900 to 9999, the latest
snapshot to 9999): QGIS 3.22's temporal filter drops features whose start or end is NULL.
"""

from qgis.core import QgsExpression

from ..compat import TEMPORAL_BEGIN_NOT_END, TEMPORAL_START_END_EXPRESSIONS
from ..core.vocabulary import DATE_FIELD_NAMES, VALID_FROM, first_field
from ..layer_io.values import as_date

EARLIEST, LATEST = "1900-01-01", "9999-12-31"


def _date(text):
    return f"to_date({QgsExpression.quotedString(text)})"


def _moment(expression):
    """As a datetime: QGIS compares a date with the filter's datetimes as text ('2022-10-01' <
    '2022-10-01T00:00:00'), which would show a snapshot on the day before it starts."""
    return f"to_datetime({expression})"


def snapshot_days(layer, field=VALID_FROM):
    """The distinct dates of `field` (sorted), or None when the layer has no such field."""
    index = layer.fields().lookupField(field)
    if index < 0:
        return None
    return sorted({d for d in (as_date(v) for v in layer.uniqueValues(index)) if d is not None})


def control_end_expression(field, days):
    """Each snapshot's end: the next snapshot's valid_from (the latest and undated: LATEST)."""
    column = f"to_date({QgsExpression.quotedColumnRef(field)})"
    cases = " ".join(
        f"WHEN {column} = {_date(day.isoformat())} THEN {_date(later.isoformat())}"
        for day, later in zip(days, days[1:])
    )
    if not cases:
        return _moment(_date(LATEST))
    return _moment(f"coalesce(CASE {cases} END, {_date(LATEST)})")


def set_control_time(layer, field=VALID_FROM):
    """Each snapshot of a time-aware control layer in force from its `field` to the next one's;
    returns the snapshot dates, or None (nothing set) when the layer has no dated snapshot."""
    days = snapshot_days(layer, field)
    if not days:
        return None
    properties = layer.temporalProperties()
    properties.setMode(TEMPORAL_START_END_EXPRESSIONS)
    column = QgsExpression.quotedColumnRef(field)
    properties.setStartExpression(_moment(f"coalesce(to_date({column}), {_date(EARLIEST)})"))
    properties.setEndExpression(control_end_expression(field, days))
    properties.setLimitMode(TEMPORAL_BEGIN_NOT_END)
    properties.setIsActive(True)
    return days


def set_strike_time(layer, field=None):
    """Strikes shown for the day of their date `field` (default: the first of date,
    event_date, strike_date); returns the field used, or None when there is none."""
    field = field or first_field(layer.fields().names(), DATE_FIELD_NAMES)
    if field is None or layer.fields().lookupField(field) < 0:
        return None
    properties = layer.temporalProperties()
    # Start and end expressions rather than an instant from the field: QGIS would compare the
    # field's dates with its datetimes as text. Each strike lasts its whole day, whatever the
    # controller's step; an undated one is shown at no time (1900).
    day = _moment(f"coalesce(to_date({QgsExpression.quotedColumnRef(field)}), {_date(EARLIEST)})")
    properties.setMode(TEMPORAL_START_END_EXPRESSIONS)
    properties.setStartExpression(day)
    properties.setEndExpression(f"{day} + to_interval('1 day')")
    properties.setLimitMode(TEMPORAL_BEGIN_NOT_END)
    properties.setIsActive(True)
    return field


def _case(column, cases, undated, other):
    whens = " ".join(f"WHEN {column} = {_date(day)} THEN {_date(value)}" for day, value in cases)
    return _moment(
        f"CASE WHEN {column} IS NULL THEN {_date(undated)} {whens} ELSE {_date(other)} END"
    )


def set_interval_time(layer, field, intervals):
    """Each snapshot of a control layer in force over its interval of a map series:
    `intervals` {valid_from day: (from, to) or None (drawn on no page)}, datetime.dates, `to`
    excluded; undated features always."""
    column = f"to_date({QgsExpression.quotedColumnRef(field)})"
    shown = [(day.isoformat(), span) for day, span in sorted(intervals.items()) if span]
    starts = [(day, span[0].isoformat()) for day, span in shown]
    ends = [(day, span[1].isoformat()) for day, span in shown]
    properties = layer.temporalProperties()
    properties.setMode(TEMPORAL_START_END_EXPRESSIONS)
    # A snapshot no page draws starts and ends at LATEST: no time range reaches it.
    properties.setStartExpression(_case(column, starts, EARLIEST, LATEST))
    properties.setEndExpression(_case(column, ends, LATEST, LATEST))
    properties.setLimitMode(TEMPORAL_BEGIN_NOT_END)
    properties.setIsActive(True)
