"""The numbers behind the report: counts per controller, distance bins, weekly series."""

import datetime

import numpy as np

from strikecheck.plugin.core import report_stats as stats


def test_counts_by_controller_most_first_nobody_last_on_ties():
    counts = stats.counts_by_controller(["rebel", None, "isis", "rebel", "", "isis+jn"])
    assert counts == [("rebel", 2), (None, 2), ("isis", 1), ("isis+jn", 1)]


def test_nice_bin_width():
    assert stats.nice_bin_width(101) == 20
    assert stats.nice_bin_width(8) == 1
    assert stats.nice_bin_width(0) == 1


def test_distance_bins_start_at_zero_and_skip_unknown():
    edges, counts, beyond = stats.distance_bins([43.1, 42.7, 57.0, 59.5, 100.9, float("nan")])
    assert edges[0] == 0 and edges[1] == 20
    assert counts.sum() == 5 and beyond == 0
    assert list(counts) == [0, 0, 4, 0, 0, 1]
    assert edges[-1] > 100.9


def test_one_faraway_strike_does_not_set_the_bins():
    # Real DeepState run: median 64 km, one strike 7,488 km away made 1,000 km bins.
    rng = np.random.default_rng(7)
    near = rng.uniform(10, 120, 199)
    edges, counts, beyond = stats.distance_bins([*near, 7488.0])
    assert beyond == 1 and counts.sum() == 199
    assert edges[-1] < 200 and edges[1] - edges[0] <= 20
    assert edges[-1] >= np.percentile([*near, 7488.0], stats.TAIL_PERCENTILE)


def test_weekly_counts_keep_empty_weeks():
    d = datetime.date
    dates = [d(2015, 9, 30), d(2015, 10, 1), d(2015, 10, 14), None]
    weeks, series = stats.weekly_counts(dates, ["rebel", "isis", "rebel", "rebel"])
    assert weeks == [d(2015, 9, 28), d(2015, 10, 5), d(2015, 10, 12)]
    assert list(series["rebel"]) == [1, 0, 1]
    assert list(series["isis"]) == [1, 0, 0]
    assert stats.weekly_counts([None], ["x"]) == ([], {})


def test_inside_share_counts_mixed_holders():
    assert stats.inside_share(["isis", "isis+jn", "jn", None], "isis") == (2, 4)
    assert np.isclose(stats.week_start(datetime.date(2015, 10, 4)).weekday(), 0)


def test_time_counts_switch_to_months_then_refuse_centuries():
    day = datetime.date
    unit, weeks, series = stats.time_counts([day(2015, 9, 30), day(2015, 10, 20)], ["a", None])
    assert unit == "week" and len(weeks) == 4 and list(series["a"]) == [1, 0, 0, 0]
    unit, months, series = stats.time_counts([day(2001, 1, 31), day(2020, 12, 1)], ["a", "b"])
    assert unit == "month" and len(months) == 240
    assert months[0] == day(2001, 1, 1) and months[-1] == day(2020, 12, 1)
    assert list(series["a"]).index(1) == 0 and list(series["b"]).index(1) == 239
    unit, span, series = stats.time_counts([day(1, 1, 1), day(9999, 12, 31)], ["a", "a"])
    assert unit is None and span == [day(1, 1, 1), day(9999, 12, 31)] and series == {}
    assert stats.time_counts([None], ["a"]) == (None, [], {})
