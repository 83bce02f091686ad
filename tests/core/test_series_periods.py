"""The pages of a map series: calendar periods with strikes, snapshot periods, the snapshot each
draws and the time each snapshot is shown."""

import datetime

from strikecheck.plugin.core import series_periods as sp

D = datetime.date


def test_months_weeks_and_days_with_strikes_only():
    days = [D(2022, 11, 30), D(2022, 12, 1), D(2023, 2, 3), None]
    months, skipped = sp.calendar_periods(days, "month")
    assert [(p.start, p.end, p.strikes) for p in months] == [
        (D(2022, 11, 1), D(2022, 12, 1), 1),
        (D(2022, 12, 1), D(2023, 1, 1), 1),
        (D(2023, 2, 1), D(2023, 3, 1), 1),
    ]
    assert skipped == 1  # January 2023
    weeks, _ = sp.calendar_periods([D(2022, 10, 2), D(2022, 10, 3)], "week")
    assert [(p.first, p.last) for p in weeks] == [
        (D(2022, 9, 26), D(2022, 10, 2)),
        (D(2022, 10, 3), D(2022, 10, 9)),
    ]
    days_, skipped = sp.calendar_periods([D(2022, 1, 1), D(2022, 1, 4)], "day")
    assert len(days_) == 2 and skipped == 2


def test_snapshot_periods_cover_early_and_late_strikes():
    snapshots = [D(2022, 9, 1), D(2022, 10, 1), None]
    periods = sp.snapshot_periods(snapshots, [D(2022, 8, 20), D(2022, 10, 9)])
    assert [(p.start, p.end, p.snapshot, p.strikes) for p in periods] == [
        (D(2022, 8, 20), D(2022, 10, 1), D(2022, 9, 1), 1),
        (D(2022, 10, 1), D(2022, 10, 10), D(2022, 10, 1), 1),
    ]


def test_the_snapshot_in_force_on_the_last_day_and_its_time_in_the_series():
    snapshots = [D(2022, 9, 1), D(2022, 9, 15), D(2022, 10, 1)]
    periods, _ = sp.calendar_periods([D(2022, 9, 5), D(2022, 10, 20)], "month")
    sp.assign_snapshots(periods, snapshots)
    assert [p.snapshot for p in periods] == [D(2022, 9, 15), D(2022, 10, 1)]
    assert sp.spans_a_change(periods[0], snapshots) and not sp.spans_a_change(periods[1], snapshots)
    intervals = sp.snapshot_intervals(periods, snapshots)
    assert intervals == {
        D(2022, 9, 1): None,  # drawn on no page
        D(2022, 9, 15): (D(2022, 9, 1), D(2022, 10, 1)),
        D(2022, 10, 1): (D(2022, 10, 1), D(2022, 11, 1)),
    }
    assert sp.in_period([D(2022, 9, 30), D(2022, 10, 1), None], periods[0]) == [True, False, False]
