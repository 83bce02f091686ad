"""Reads dates as analysts write them, deciding day/month order once for a whole column."""

import datetime as dt
import re
from dataclasses import dataclass, field

from .messages import QT_TRANSLATE_NOOP, InputError, Message, quoted

DETECT, DAY_FIRST, MONTH_FIRST = "detect", "day-first", "month-first"
ORDERS = (DETECT, DAY_FIRST, MONTH_FIRST)
YEARS = (1900, 2100)

_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
_ISO = re.compile(r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + _TIME + "$", re.IGNORECASE)
_NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})" + _TIME + "$", re.IGNORECASE)
_SHORT_YEAR = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{2})$")
_WORD = re.compile(r"[A-Za-z]+\.?|\d+(?:st|nd|rd|th)?", re.IGNORECASE)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur",
    "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
}  # fmt: skip
_ORDER_NAMES = {
    DAY_FIRST: QT_TRANSLATE_NOOP("StrikeCheck", "day first (dd/mm/yyyy)"),
    MONTH_FIRST: QT_TRANSLATE_NOOP("StrikeCheck", "month first (mm/dd/yyyy)"),
}


def _tr(text):
    return QT_TRANSLATE_NOOP("StrikeCheck", text)


@dataclass
class DateColumn:
    """The dates of a column (None where empty or unreadable) and what went wrong where."""

    dates: list
    problems: dict = field(default_factory=dict)  # value index -> Message
    order: str = None  # the day/month order used for numeric dates, when any were seen
    note: Message = None


def _make(year, month, day):
    if not YEARS[0] <= year <= YEARS[1]:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _from_words(text):
    """'16 May 2025', 'May 16, 2025', 'Wed 30 Sept. 2015', '16-May-2025' -> date or None."""
    tokens = [t.rstrip(".").lower() for t in _WORD.findall(text)]
    if not tokens or re.sub(r"[\w\s,.\-/]", "", text):
        return None
    tokens = [t for t in tokens if t not in _WEEKDAYS]
    months = [t for t in tokens if t in _MONTHS]
    numbers = [t for t in tokens if t not in _MONTHS]
    if len(months) != 1 or len(numbers) != 2 or len(tokens) != 3:
        return None
    numbers = [re.sub(r"\D", "", t) for t in numbers]
    if not all(numbers):
        return None
    day, year = (numbers[0], numbers[1]) if len(numbers[1]) == 4 else (None, None)
    if day is None or len(day) > 2:
        return None
    return _make(int(year), _MONTHS[months[0]], int(day))


def _python_date(value):
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


def _classify(value):
    """('date', d), ('pair', (a, b, year)) or (kind, None) for 'short', 'empty' and 'bad'."""
    if value is None:
        return "empty", None
    known = _python_date(value)
    if known is not None:
        return "date", known
    text = str(value).strip()
    if not text:
        return "empty", None
    match = _ISO.match(text)
    if match:
        day = _make(int(match.group(1)), int(match.group(3)), int(match.group(4)))
        return ("date", day) if day else ("bad", None)
    match = _NUMERIC.match(text)
    if match:
        return "pair", (int(match.group(1)), int(match.group(3)), int(match.group(4)))
    if _SHORT_YEAR.match(text):
        return "short", None
    day = _from_words(text)
    return ("date", day) if day else ("bad", None)


def _read_pair(pair, order):
    a, b, year = pair
    return _make(year, b, a) if order == DAY_FIRST else _make(year, a, b)


def _decide_order(pairs, values, column):
    """The one day/month order every numeric date of the column is consistent with."""
    day_only = [
        i for i, p in pairs.items() if _read_pair(p, DAY_FIRST) and not _read_pair(p, MONTH_FIRST)
    ]
    month_only = [
        i for i, p in pairs.items() if _read_pair(p, MONTH_FIRST) and not _read_pair(p, DAY_FIRST)
    ]
    if day_only and month_only:
        raise InputError(
            Message(
                _tr(
                    "Dates in column '{column}' mix day-first ('{day}') and month-first "
                    "('{month}') writing, so their order cannot be decided for the column. Set "
                    "DATE_ORDER to the order most rows use; rows written the other way will be "
                    "listed as errors."
                ),
                column=column,
                day=quoted(values[day_only[0]]),
                month=quoted(values[month_only[0]]),
            )
        )
    if day_only:
        return DAY_FIRST, values[day_only[0]]
    if month_only:
        return MONTH_FIRST, values[month_only[0]]
    ambiguous = [i for i, (a, b, _) in pairs.items() if a != b and _read_pair(pairs[i], DAY_FIRST)]
    if ambiguous:
        raise InputError(
            Message(
                _tr(
                    "Dates in column '{column}' can be read day-first or month-first (e.g. "
                    "'{example}') and none of them settles which. Set DATE_ORDER to day-first "
                    "(dd/mm/yyyy) or month-first (mm/dd/yyyy)."
                ),
                column=column,
                example=quoted(values[ambiguous[0]]),
            )
        )
    return DAY_FIRST, None  # every numeric date reads the same either way (e.g. 05/05/2015)


def parse_date_column(values, order=DETECT, column="date"):
    """Reads a column of dates; numeric d/m dates are read in one order for the whole column.

    `order` is DETECT (decided from the values that can only be read one way; an InputError when
    nothing decides it or the column mixes both), DAY_FIRST or MONTH_FIRST. Times and time-zone
    suffixes are ignored: the date is the one written. Empty values give None without a problem.
    """
    if order not in ORDERS:
        raise ValueError(order)
    values = list(values)
    dates = [None] * len(values)
    problems, pairs = {}, {}
    for i, value in enumerate(values):
        kind, result = _classify(value)
        if kind == "date":
            dates[i] = result
        elif kind == "pair":
            pairs[i] = result
        elif kind == "short":
            problems[i] = Message(
                _tr("no date in '{value}': write the year with four digits"), value=quoted(value)
            )
        elif kind == "bad":
            problems[i] = Message(_tr("no date in '{value}'"), value=quoted(value))
    note, used = None, None
    if pairs:
        if order == DETECT:
            used, evidence = _decide_order(pairs, values, column)
            if evidence is not None:
                note = Message(
                    _tr("Dates in column '{column}' are read {order}, as '{example}' shows."),
                    column=column,
                    order=Message(_ORDER_NAMES[used]),
                    example=quoted(evidence),
                )
        else:
            used = order
        for i, pair in pairs.items():
            day = _read_pair(pair, used)
            other = MONTH_FIRST if used == DAY_FIRST else DAY_FIRST
            if day is None and _read_pair(pair, other) is None:
                problems[i] = Message(_tr("no date in '{value}'"), value=quoted(values[i]))
            elif day is None:
                problems[i] = Message(
                    _tr("no date in '{value}' read {order}"),
                    value=quoted(values[i]),
                    order=Message(_ORDER_NAMES[used]),
                )
            dates[i] = day
    return DateColumn(dates=dates, problems=problems, order=used, note=note)


def parse_one_date(text):
    """A single unambiguous date (ISO or written with a month name), or an InputError."""
    kind, result = _classify(text)
    if kind == "date":
        return result
    if kind == "pair":
        a, b, year = result
        if a == b or a > 12 or b > 12:
            column = parse_date_column([text])
            if column.dates[0] is not None:
                return column.dates[0]
    raise InputError(
        Message(
            _tr(
                "'{value}' is not a date StrikeCheck can read unambiguously; write it as "
                "yyyy-mm-dd."
            ),
            value=quoted(text),
        )
    )
