"""Date windows of imported strikes: a first and a last day when the date is not one day
(UCDP GED's date_start to date_end, ACLED's time_precision 2 = a week and 3 = a month)."""

import calendar
import datetime
from collections import Counter
from dataclasses import dataclass, field

from .dates import DETECT, parse_date_column
from .messages import QT_TRANSLATE_NOOP, Message

# ACLED time_precision: 1 the day, 2 the week (event_date is in its middle: +-3 days),
# 3 the month (the calendar month of event_date). StrikeCheck's reading of ACLED's codebook.
ACLED_DAY, ACLED_WEEK, ACLED_MONTH = "1", "2", "3"
_WEEK = datetime.timedelta(days=3)


def _tr(text):
    return QT_TRANSLATE_NOOP("StrikeCheck", text)


@dataclass
class DateWindows:
    """Per row: the first day (`starts`) and the last (`ends`) of its date; None when undated."""

    starts: list
    ends: list
    problems: dict = field(default_factory=dict)  # row -> Message (the row is rejected)
    notes: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


def _code(value):
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() or None


def acled_window(day, code):
    """(first, last) day of an ACLED event_date with this time_precision code."""
    if code == ACLED_WEEK:
        return day - _WEEK, day + _WEEK
    if code == ACLED_MONTH:
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    return day, day


def read_windows(dates, end_values=None, end_column="", time_precision=None, order=DETECT):
    """The window of every row from its date and either an end-date column (`end_values`, read
    in the date column's day/month `order`) or ACLED time_precision codes. An end date before
    the date, or one that cannot be read, is a problem of that row."""
    windows = DateWindows(list(dates), list(dates))
    if time_precision is not None:
        _acled_windows(windows, time_precision)
    elif end_values is not None:
        _end_column(windows, end_values, end_column, order or DETECT)
    return windows


def _acled_windows(windows, codes):
    counts, unknown = Counter(), Counter()
    for i, day in enumerate(windows.starts):
        code = _code(codes[i])
        if day is None:
            continue
        if code not in (None, ACLED_DAY, ACLED_WEEK, ACLED_MONTH):
            unknown[code] += 1
            continue
        windows.starts[i], windows.ends[i] = acled_window(day, code)
        counts[code] += 1
    if counts[ACLED_WEEK] or counts[ACLED_MONTH]:
        windows.notes.append(
            Message(
                _tr(
                    "ACLED time_precision: {week} strikes dated within a week (event_date "
                    "± 3 days) and {month} within a month (its calendar month); date and "
                    "date_end hold each window."
                ),
                week=counts[ACLED_WEEK],
                month=counts[ACLED_MONTH],
            )
        )
    if unknown:
        windows.warnings.append(
            Message(
                _tr("time_precision values ACLED does not define, read as exact dates: {values}."),
                values=", ".join(f"'{v}' ({k})" for v, k in unknown.most_common(5)),
            )
        )


def _end_column(windows, values, column, order):
    read = parse_date_column(values, order, column)
    longer = 0
    for i, start in enumerate(windows.starts):
        end = read.dates[i]
        if i in read.problems:
            windows.problems[i] = Message("{column}: {problem}", column=column,
                                          problem=read.problems[i])  # fmt: skip
        elif start is None or end is None:
            windows.ends[i] = start
        elif end < start:
            windows.problems[i] = Message(
                _tr("'{column}' {end} is before the date {start}"),
                column=column,
                end=end.isoformat(),
                start=start.isoformat(),
            )
        else:
            windows.ends[i] = end
            longer += end > start
    if longer:
        windows.notes.append(
            Message(
                _tr(
                    "{n} strikes are dated over more than one day (date to '{column}'): date is "
                    "the first day, date_end the last."
                ),
                n=longer,
                column=column,
            )
        )
