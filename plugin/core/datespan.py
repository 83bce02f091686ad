"""Dates as conflict maps print them: '30 SEPT 2015', '30 SEPT - 1 OCT 2015'."""

import datetime
import re

_ISO_SPAN = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?:\s*(?:/|--?|–|to)\s*(\d{4}-\d{2}-\d{2}))?\s*$")

# ISW's map titles abbreviate this way ("Russian Airstrikes 30 SEPT 2015").
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUNE", "JULY", "AUG", "SEPT", "OCT", "NOV", "DEC")


def map_date(day):
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def date_span_text(dates):
    """The span of the dates present ('' when none): one day, or first - last."""
    days = sorted(d for d in dates if d is not None)
    if not days:
        return ""
    first, last = days[0], days[-1]
    if first == last:
        return map_date(first)
    if first.year == last.year:
        if first.month == last.month:
            return f"{first.day} - {map_date(last)}"
        return f"{first.day} {MONTHS[first.month - 1]} - {map_date(last)}"
    return f"{map_date(first)} - {map_date(last)}"


def display_date(text):
    """An ISO date or span ('2015-09-30', '2015-09-30/2015-10-01') as a map prints it; any
    other text ('30 SEPT 2015', 'late September') unchanged."""
    match = _ISO_SPAN.match(text or "")
    if not match:
        return text
    try:
        days = [datetime.date.fromisoformat(d) for d in match.groups() if d]
    except ValueError:
        return text
    return date_span_text(days)
