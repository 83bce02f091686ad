"""Date windows against dated control snapshots: which snapshots a window spans, and the
certainty when the controller changes inside it (expectations written out by hand)."""

import datetime as dt

import numpy as np
import shapely

from strikecheck.plugin.core.analysis import analyse
from strikecheck.plugin.core.date_windows import window_spans
from strikecheck.plugin.core.options import AnalysisOptions, ControlMap, StrikePoints
from strikecheck.plugin.core.timeline import choose_snapshots, day_number, iso_day

MARCH_1, MARCH_10 = dt.date(2022, 3, 1), dt.date(2022, 3, 10)
SQUARE = shapely.box(30.0, 48.0, 31.0, 49.0)  # 'ua' on 1 March, 'ru' from 10 March
ELSEWHERE = shapely.box(40.0, 48.0, 41.0, 49.0)  # 'ru' in both snapshots


def control():
    return ControlMap(
        ["ua", "ru", "ru", "ru"],
        [SQUARE, ELSEWHERE, SQUARE, ELSEWHERE],
        np.array([day_number(MARCH_1), day_number(MARCH_1)] + [day_number(MARCH_10)] * 2),
    )


def d(month, day):
    return dt.date(2022, month, day)


# (lon, lat, first day, last day, snapshots in force during the window: worked out by hand)
STRIKES = [
    (30.5, 48.5, d(3, 2), d(3, 5), [MARCH_1]),  # ends before the change
    (30.5, 48.5, d(3, 5), d(3, 12), [MARCH_1, MARCH_10]),  # the change falls inside
    (30.5, 48.5, d(3, 11), d(3, 20), [MARCH_10]),  # starts after it
    (30.5, 48.5, d(3, 5), d(3, 5), [MARCH_1]),  # one day: no window
    (30.5, 48.5, d(2, 20), d(3, 5), [MARCH_1]),  # before the first snapshot (rule nearest)
    (35.0, 48.5, d(3, 1), d(3, 31), [MARCH_1, MARCH_10]),  # nobody's land throughout
    (30.5, 48.5, d(3, 9), d(3, 10), [MARCH_1, MARCH_10]),  # the last day is the change day
]


def points(radius=None):
    lon = [s[0] for s in STRIKES]
    lat = [s[1] for s in STRIKES]
    days = np.array([day_number(s[2]) for s in STRIKES])
    ends = np.array([day_number(s[3]) for s in STRIKES])
    return StrikePoints.of_points(lon, lat, days=days, end_days=ends, radius_km=radius)


def test_which_snapshots_each_window_spans():
    strikes = points()
    snapshot_days = [day_number(MARCH_1), day_number(MARCH_10)]
    choice = choose_snapshots(strikes.days, snapshot_days)
    windowed, first, last = window_spans(choice, strikes.days, strikes.end_days)
    for i, (*_, expected) in enumerate(STRIKES):
        spanned = [iso_day(choice.days[g]) for g in range(first[i], last[i] + 1)]
        assert spanned == [day.isoformat() for day in expected], i
    assert windowed.tolist() == [True, True, True, False, True, True, True]


def test_controller_change_inside_the_window_is_not_certain():
    result = analyse(control(), points(), AnalysisOptions(fronts=False))
    # Measured against the snapshot in force on the first day, as before.
    assert result.controlled_by.tolist() == ["ua", "ua", "ru", "ua", "ua", None, "ua"]
    assert result.controlled_by_certain.tolist() == [True, False, True, None, True, True, False]
    assert result.possible_factions.tolist() == ["ua", "ru+ua", "ru", None, "ua", None, "ru+ua"]
    notes = result.snapshot_note.tolist()
    assert notes[0] is None and notes[2] is None and notes[3] is None
    assert notes[1] == (
        "not certain: control changes within the date window 2022-03-05 to 2022-03-12: "
        "ua from 2022-03-01, ru from 2022-03-10"
    )
    assert notes[4].startswith("dated before the first control snapshot")
    assert "spans 2 control snapshots, same controller" in notes[5]
    assert "2022-03-09 to 2022-03-10" in notes[6]


def test_location_and_window_must_both_agree():
    # 1 km disc: well inside the square (50 km from its border) for every strike.
    radius = np.full(len(STRIKES), 1.0)
    result = analyse(control(), points(radius), AnalysisOptions(fronts=False))
    assert result.controlled_by_certain.tolist() == [True, False, True, True, True, False, False]
    # 800 km around the first strike reaches the other square (about 700 km east): the location
    # already says no, although its window spans one snapshot.
    radius[0] = 800.0
    result = analyse(control(), points(radius), AnalysisOptions(fronts=False))
    assert result.controlled_by_certain[0] is not None and not result.controlled_by_certain[0]
    assert result.possible_factions[0] == "ru+ua"


def test_static_map_ignores_windows():
    static = ControlMap(["ua"], [SQUARE])
    result = analyse(static, points(), AnalysisOptions(fronts=False))
    assert result.controlled_by_certain is None and result.possible_factions is None
