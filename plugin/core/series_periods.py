"""The pages of a map series: calendar periods (day, week, month) or control snapshots spanned by
the strikes, and the snapshot each page draws; plain dates in, plain dates out (no QGIS)."""

import datetime
from dataclasses import dataclass

from .map_snapshot import in_force

KINDS = ("snapshot", "day", "week", "month")
SERIES_CHOICES = ("none",) + KINDS  # exportmap's SERIES: none is one map
ONE_DAY = datetime.timedelta(days=1)


@dataclass
class Period:
    """One page: strikes dated `start` <= day < `end`, drawn over the snapshot `snapshot`
    (the valid_from in force on the period's last day; None: the control is not dated)."""

    start: datetime.date
    end: datetime.date  # exclusive
    first: datetime.date  # the first day the page's date names
    last: datetime.date  # the last day it names
    snapshot: object = None
    strikes: int = 0


def period_start(day, kind):
    """The first day of the calendar period of `kind` holding `day` (weeks start on Monday)."""
    if kind == "week":
        return day - datetime.timedelta(days=day.weekday())
    if kind == "month":
        return day.replace(day=1)
    return day


def period_end(start, kind):
    """The day after the calendar period of `kind` starting on `start`."""
    if kind == "week":
        return start + datetime.timedelta(days=7)
    if kind == "month":
        return (start.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return start + ONE_DAY


def calendar_periods(strike_days, kind):
    """(periods holding at least one dated strike, in order; how many periods of the span
    between the first and last strike held none and were left out)."""
    dated = sorted(d for d in strike_days if d is not None)
    if not dated:
        return [], 0
    counts = {}
    for day in dated:
        start = period_start(day, kind)
        counts[start] = counts.get(start, 0) + 1
    periods = []
    for start in sorted(counts):
        end = period_end(start, kind)
        periods.append(Period(start, end, start, end - ONE_DAY, strikes=counts[start]))
    spanned, start = 0, periods[0].start
    while start <= periods[-1].start:
        spanned, start = spanned + 1, period_end(start, kind)
    return periods, spanned - len(periods)


def snapshot_periods(snapshot_days, strike_days):
    """One period per dated snapshot, from its valid_from to the next one's; strikes before the
    first snapshot count in the first (as the analysis measures them) and the last runs to the
    latest strike. Every snapshot gets a page, with strikes or none."""
    days = sorted({d for d in snapshot_days if d is not None})
    dated = sorted(d for d in strike_days if d is not None)
    if not days:
        return []
    periods = []
    for i, day in enumerate(days):
        end = days[i + 1] if i + 1 < len(days) else None
        start = min(day, dated[0]) if i == 0 and dated else day
        if end is None:
            end = max(day, dated[-1]) + ONE_DAY if dated else day + ONE_DAY
        count = sum(1 for d in dated if start <= d < end)
        periods.append(Period(start, end, start, end - ONE_DAY, day, count))
    return periods


def assign_snapshots(periods, snapshot_days):
    """Sets each period's snapshot: the one in force on its last day (before the first: the
    first), as a single map draws the one in force on its latest strike."""
    days = sorted({d for d in snapshot_days if d is not None})
    for period in periods:
        period.snapshot = (in_force(days, period.last) or days[0]) if days else None
    return periods


def spans_a_change(period, snapshot_days):
    """Does a snapshot other than the one drawn come into force during the period?"""
    return any(period.start < d <= period.last for d in snapshot_days if d is not None)


def snapshot_intervals(periods, snapshot_days):
    """{snapshot day: (from, to)}: the time each snapshot is drawn in the series, the pages
    that draw it end to end; a snapshot no page draws gets None."""
    intervals = {d: None for d in snapshot_days if d is not None}
    for period in periods:
        if period.snapshot is None:
            continue
        shown = intervals.get(period.snapshot)
        if shown is None:
            intervals[period.snapshot] = (period.start, period.end)
        else:
            intervals[period.snapshot] = (min(shown[0], period.start), max(shown[1], period.end))
    return intervals


def in_period(days, period):
    """Per strike day: whether it is on the period's page (undated ones never are)."""
    return [d is not None and period.start <= d < period.end for d in days]
