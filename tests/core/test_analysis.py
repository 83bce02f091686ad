"""Time-aware control, distance to the front and location uncertainty, on hand-checkable maps."""

import datetime as dt

import numpy as np
import pytest
import shapely
from pyproj import Geod

from strikecheck.plugin.core.analysis import analyse
from strikecheck.plugin.core.options import AnalysisOptions, ControlMap, FrontLines, StrikePoints
from strikecheck.plugin.core.timeline import SKIP, day_number
from tests.reference import brute_force_km

GEOD = Geod(ellps="WGS84")
A = shapely.box(0, 0, 1, 1)
B = shapely.box(1, 0, 2, 1)
C = shapely.box(0, 1, 2, 2)


def km(lon1, lat1, lon2, lat2):
    return GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000.0


def test_front_is_the_border_between_factions_not_the_coast():
    lon = np.array([1.0, 0.5, 0.5, 3.0])
    lat = np.array([0.5, 0.5, 0.05, 0.5])
    result = analyse(ControlMap(["a", "b"], [A, B]), StrikePoints.of_points(lon, lat))
    # On the shared border: held by both, on the front itself.
    assert result.controlled_by[0] == "a+b"
    assert result.front_km[0] == pytest.approx(0.0, abs=1e-6)
    assert result.front_faction[0] == "a+b"
    # Inside a: the front with b runs along lon 1, 0.5 degree east (not the "coast" at lat 0).
    front = shapely.LineString([(1, 0), (1, 1)])
    assert result.front_faction[1] == "b"
    assert result.front_km[1] == pytest.approx(brute_force_km(0.5, 0.5, front), abs=0.001)
    # 5.5 km from the coast, 55 km from the front: the front it is (stubs of the coast within
    # the 0.5 km tolerance of b count as front, hence the looser bound).
    assert result.front_km[2] == pytest.approx(brute_force_km(0.5, 0.05, front), abs=0.5)
    # Nobody holds 3,0.5: its front is the nearest faction's border (b, 1 degree west).
    assert result.controlled_by[3] is None and result.front_faction[3] == "b"
    assert result.front_km[3] == pytest.approx(km(3.0, 0.5, 2.0, 0.5), abs=0.001)


def test_front_from_given_lines():
    line = shapely.LineString([(1, -1), (1, 3)])
    result = analyse(
        ControlMap(["a", "b"], [A, B]),
        StrikePoints.of_points([0.5], [0.5]),
        front_lines=FrontLines([line], ["a/b front"]),
    )
    assert result.front_km[0] == pytest.approx(brute_force_km(0.5, 0.5, line), abs=0.001)
    assert result.front_faction[0] == "a/b front"


def test_disc_touching_three_factions():
    lon = np.array([0.99, 0.5, 0.5, 0.5])
    lat = np.array([0.99, 0.5, 0.5, 0.5])
    radius = np.array([5.0, 1.0, 60.0, np.nan])
    result = analyse(
        ControlMap(["a", "b", "c"], [A, B, C]), StrikePoints.of_points(lon, lat, radius_km=radius)
    )
    # 0.99,0.99 is about 1.1 km from b and from c: a 5 km disc touches all three.
    assert result.possible_factions[0] == "a+b+c"
    assert result.controlled_by_certain[0] is False
    # Deep inside a, a 1 km disc stays in a: the conclusion survives.
    assert result.possible_factions[1] == "a" and result.controlled_by_certain[1] is True
    # 60 km reaches b and c (about 55 km away): no longer certain.
    assert result.possible_factions[2] == "a+b+c" and result.controlled_by_certain[2] is False
    # No precision: nothing claimed.
    assert result.possible_factions[3] is None and result.controlled_by_certain[3] is None


def test_disc_reaching_nobodys_land_is_not_certain():
    # 0.5,0.02 is 2.2 km from a's edge at lat 0 (nobody beyond): a 5 km disc is not all a's.
    result = analyse(ControlMap(["a"], [A]), StrikePoints.of_points([0.5], [0.02], radius_km=[5.0]))
    assert result.possible_factions[0] == "a" and result.controlled_by_certain[0] is False


def day(y, m, d):
    return day_number(dt.date(y, m, d))


def test_strike_dated_between_two_snapshots():
    moved = shapely.box(10, 0, 11, 1)
    codes, geometries = ["a", "a", "b"], [A, moved, B]
    control_days = [day(2015, 9, 1), day(2015, 10, 1), np.nan]  # b holds in every snapshot
    lon, lat = np.full(4, 0.5), np.full(4, 0.5)
    strike_days = [day(2015, 9, 15), day(2015, 10, 2), day(2015, 8, 1), np.nan]
    result = analyse(
        ControlMap(codes, geometries, control_days),
        StrikePoints.of_points(lon, lat, days=strike_days),
    )
    assert result.snapshots == 2
    # Between the snapshots: the September map, where a held 0.5,0.5.
    assert result.snapshot_day[0] == day(2015, 9, 1) and result.controlled_by[0] == "a"
    # After the second: a has moved 9.5 degrees east; b (undated) is still there.
    assert result.snapshot_day[1] == day(2015, 10, 1) and result.controlled_by[1] is None
    assert result.dist_km[1, 0] == pytest.approx(brute_force_km(0.5, 0.5, moved), abs=0.001)
    assert result.dist_km[1, 1] == pytest.approx(brute_force_km(0.5, 0.5, B), abs=0.001)
    # Before the first snapshot (rule 'nearest'): the first snapshot, and the note says so.
    assert result.snapshot_day[2] == day(2015, 9, 1)
    assert "before the first" in result.snapshot_note[2]
    # Undated: the latest snapshot.
    assert result.snapshot_day[3] == day(2015, 10, 1) and "undated" in result.snapshot_note[3]
    skipped = analyse(
        ControlMap(codes, geometries, control_days),
        StrikePoints.of_points(lon, lat, days=strike_days),
        AnalysisOptions(rule=SKIP),
    )
    assert np.isnan(skipped.snapshot_day[2]) and np.isnan(skipped.dist_km[2]).all()
    assert skipped.snapshot_note[2].startswith("skipped") and skipped.controlled_by[2] is None
    assert skipped.snapshot_note[3].startswith("skipped")
    assert skipped.controlled_by[0] == "a"


def test_mixed_codes_and_static_map_notes():
    result = analyse(ControlMap(["a+b"], [A]), StrikePoints.of_points([0.5], [0.5]))
    assert result.factions == ["a", "b"] and result.controlled_by[0] == "a+b"
    assert result.snapshot_note[0] is None and result.snapshots == 1


def test_fronts_drawn_aside_give_the_same_answers(monkeypatch):
    from strikecheck.plugin.core import analysis
    from tests.synthetic import strikes_around, syria_like_control

    codes, shapes = syria_like_control(seed=5, n_sites=40, depth=4)
    lon, lat = strikes_around(2000, seed=6)
    answers = []
    for rows in (10**9, 0):  # never aside, then always
        monkeypatch.setattr(analysis, "_ASIDE", rows)
        answers.append(
            analyse(
                ControlMap(codes, shapes),
                StrikePoints.of_points(lon, lat, radius_km=np.full(lon.size, 2.0)),
            )
        )
    inline, aside = answers
    assert np.array_equal(inline.front_km, aside.front_km, equal_nan=True)
    assert inline.front_faction.tolist() == aside.front_faction.tolist()
    assert inline.controlled_by_certain.tolist() == aside.controlled_by_certain.tolist()
