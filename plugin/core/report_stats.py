"""The numbers behind a StrikeCheck report: counts per controlling faction, distance bins, weeks."""

import datetime
import math

import numpy as np

from .codes import member_codes

NOBODY = None  # controlled_by of a strike no mapped faction holds


def counts_by_controller(controlled_by):
    """[(controlled_by value or None, strikes)], most strikes first, ties by value."""
    counts = {}
    for value in controlled_by:
        key = value if value else NOBODY
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0] or "\uffff"))


def nice_bin_width(span, target_bins=8):
    """A round bin width (1, 2, 5 x 10^n km) giving about `target_bins` bins over `span`."""
    if not span or span <= 0:
        return 1.0
    raw = span / target_bins
    power = 10.0 ** math.floor(math.log10(raw))
    for step in (1.0, 2.0, 5.0, 10.0):
        if raw <= step * power:
            return step * power
    return 10.0 * power


# A chart's range ends at this percentile when the farthest strikes lie beyond TAIL_FACTOR times
# it: one strike 7,000 km away would otherwise make 1,000 km bins of a 60 km median.
TAIL_PERCENTILE = 95
TAIL_FACTOR = 2.0


def distance_bins(km, width=None):
    """(edges, counts, beyond) of the finite distances in round bins starting at 0 km.

    Strikes inside the faction's territory (0 km) fall in the first bin; NaN (unknown) are left
    out and counted by the caller if needed. A long tail is cut off at the 95th percentile:
    `beyond` counts the distances past the last edge (0 when every distance is in a bin).
    """
    values = np.asarray(km, dtype=float)
    values = values[np.isfinite(values)]
    if values.size == 0:
        return np.array([0.0, 1.0]), np.array([0]), 0
    top = float(values.max())
    cut = float(np.percentile(values, TAIL_PERCENTILE))
    if cut > 0 and top > TAIL_FACTOR * cut:
        top = cut
    width = width or nice_bin_width(top)
    n_bins = max(1, int(math.floor(top / width)) + 1)
    edges = np.arange(n_bins + 1) * width
    # np.histogram closes the last bin; a value exactly on an inner edge goes to the upper bin.
    counts, _ = np.histogram(values, bins=edges)
    beyond = int(np.sum(values > edges[-1]))
    return edges, counts, beyond


def week_start(day):
    """The Monday of the ISO week holding `day`."""
    return day - datetime.timedelta(days=day.weekday())


def weekly_counts(dates, controlled_by):
    """(weeks, {controller: counts per week}) over every week from the first strike to the last.

    Weeks start on Monday; strikes without a date are left out. Empty weeks stay in (a gap in
    the bars is information). Returns ([], {}) when no strike has a date.
    """
    pairs = [(d, c if c else NOBODY) for d, c in zip(dates, controlled_by) if d is not None]
    if not pairs:
        return [], {}
    first = week_start(min(d for d, _ in pairs))
    last = week_start(max(d for d, _ in pairs))
    n_weeks = (last - first).days // 7 + 1
    weeks = [first + datetime.timedelta(weeks=i) for i in range(n_weeks)]
    series = {}
    for day, controller in pairs:
        row = series.setdefault(controller, np.zeros(n_weeks, dtype=int))
        row[(week_start(day) - first).days // 7] += 1
    return weeks, series


MAX_WEEKS = 520  # ten years of weekly bars; a longer span is counted per month
MAX_MONTHS = 1200  # a hundred years; beyond, no chart over time (the dates are likely wrong)


def _months_from(first, day):
    return (day.year - first.year) * 12 + day.month - first.month


def time_counts(dates, controlled_by):
    """(unit, starts, {controller: counts}) for the chart over time: unit 'week' (as
    weekly_counts) while the strikes span at most MAX_WEEKS weeks, else 'month' (every month
    from the first strike's to the last's), else None with starts [first day, last day] and no
    counts: 0001-01-01 and 9999-12-31 in one layer must not draw 500,000 bars. ([], {}) and
    unit None when no strike has a date."""
    pairs = [(d, c if c else NOBODY) for d, c in zip(dates, controlled_by) if d is not None]
    if not pairs:
        return None, [], {}
    low, high = min(d for d, _ in pairs), max(d for d, _ in pairs)
    if (week_start(high) - week_start(low)).days // 7 + 1 <= MAX_WEEKS:
        return ("week", *weekly_counts(dates, controlled_by))
    first = month_start(low)
    n_months = _months_from(first, high) + 1
    if n_months > MAX_MONTHS:
        return None, [low, high], {}
    starts = [
        datetime.date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1)
        for i in range(n_months)
    ]
    series = {}
    for day, controller in pairs:
        series.setdefault(controller, np.zeros(n_months, dtype=int))[_months_from(first, day)] += 1
    return "month", starts, series


def inside_share(controlled_by, faction):
    """(strikes held by `faction` alone or with others, all strikes)."""
    inside = sum(1 for v in controlled_by if v and faction in member_codes(v))
    return inside, len(controlled_by)


def month_start(day):
    """The first day of the month holding `day`."""
    return day.replace(day=1)


def period_breakdown(snapshots, dates, controlled_by):
    """Strikes per period and controlling faction: (kind, periods, controllers, counts).

    The periods are the control snapshots the strikes were read against (`kind` 'snapshot')
    when any strike has one, else the months of the strike dates ('month'); a strike without
    one is counted under the period None, listed last. `controllers` come most strikes first
    (NOBODY for a strike nobody holds); counts[period][controller] is a number of strikes.
    Returns (None, [], [], {}) when no strike has a snapshot or a date.
    """
    if any(s is not None for s in snapshots):
        kind, keys = "snapshot", list(snapshots)
    elif any(d is not None for d in dates):
        kind, keys = "month", [None if d is None else month_start(d) for d in dates]
    else:
        return None, [], [], {}
    controllers = [value for value, _ in counts_by_controller(controlled_by)]
    counts = {}
    for key, value in zip(keys, controlled_by):
        row = counts.setdefault(key, dict.fromkeys(controllers, 0))
        row[value if value else NOBODY] += 1
    periods = sorted(p for p in counts if p is not None)
    if None in counts:
        periods.append(None)
    return kind, periods, controllers, counts
