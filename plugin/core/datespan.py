"""Dates as conflict maps print them: '30 SEPT 2015', '30 SEPT - 1 OCT 2015'."""

import datetime
import re

from .messages import QT_TRANSLATE_NOOP

_ISO_SPAN = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?:\s*(?:/|--?|–|to)\s*(\d{4}-\d{2}-\d{2}))?\s*$")


def _tr(text):
    return QT_TRANSLATE_NOOP("StrikeCheck", text)


# ISW's map titles abbreviate this way ("Russian Airstrikes 30 SEPT 2015"); each language has its
# own abbreviations in the catalogues.
MONTHS = (
    _tr("JAN"), _tr("FEB"), _tr("MAR"), _tr("APR"), _tr("MAY"), _tr("JUNE"),
    _tr("JULY"), _tr("AUG"), _tr("SEPT"), _tr("OCT"), _tr("NOV"), _tr("DEC"),
)  # fmt: skip


def _month(day, translate):
    name = MONTHS[day.month - 1]
    return translate(name) if translate else name


def map_date(day, translate=None):
    """'30 SEPT 2015'; `translate` gives the month in the interface language."""
    return f"{day.day} {_month(day, translate)} {day.year}"


def date_span_text(dates, translate=None):
    """The span of the dates present ('' when none): one day, or first - last."""
    days = sorted(d for d in dates if d is not None)
    if not days:
        return ""
    first, last = days[0], days[-1]
    if first == last:
        return map_date(first, translate)
    if first.year == last.year:
        if first.month == last.month:
            return f"{first.day} - {map_date(last, translate)}"
        return f"{first.day} {_month(first, translate)} - {map_date(last, translate)}"
    return f"{map_date(first, translate)} - {map_date(last, translate)}"


def display_date(text, translate=None):
    """An ISO date or span ('2015-09-30', '2015-09-30/2015-10-01') as a map prints it; any
    other text ('30 SEPT 2015', 'late September') unchanged."""
    match = _ISO_SPAN.match(text or "")
    if not match:
        return text
    try:
        days = [datetime.date.fromisoformat(d) for d in match.groups() if d]
    except ValueError:
        return text
    return date_span_text(days, translate)
