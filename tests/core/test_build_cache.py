"""Snapshots that repeat geometry reuse what was built for them, with the same answers."""

import numpy as np
import shapely

from strikecheck.plugin.core import territory
from strikecheck.plugin.core.analysis import analyse
from strikecheck.plugin.core.build_cache import BuildCache, geometry_key
from strikecheck.plugin.core.options import ControlMap, StrikePoints

A = shapely.box(0, 0, 1, 1)
B = shapely.box(1, 0, 2, 1)
B_MOVED = shapely.box(1.2, 0, 2, 1)
C = shapely.box(0, 1, 2, 2)  # undated: in every snapshot


def test_repeated_snapshots_are_built_once_and_answer_as_alone(monkeypatch):
    built = []
    real = territory._factions
    monkeypatch.setattr(
        territory,
        "_factions",
        lambda items, km: built.extend(c for c, _ in items) or real(items, km),
    )
    codes = ["a", "b", "a", "b", "a", "b", "c"]
    geometries = [A, B, A, B, A, B_MOVED, C]
    days = np.array([0.0, 0.0, 1.0, 1.0, 2.0, 2.0, np.nan])
    lon = np.array([0.5, 1.1, 0.9, 1.5, 0.5, 1.1])
    lat = np.array([0.5, 0.5, 0.5, 0.5, 1.5, 0.5])
    strike_days = np.array([0.0, 0.0, 1.0, 1.0, 2.0, 2.0])
    timed = analyse(
        ControlMap(codes, geometries, days),
        StrikePoints.of_points(lon, lat, days=strike_days, radius_km=[5] * 6),
    )
    # Day 0 builds each territory, front and border (for the discs) once; day 1 repeats it
    # all; on day 2 only b moved, so only b and the fronts it is part of are built again.
    assert [built.count(c) for c in ("a", "c", "a|c", "b", "b|c")] == [2, 2, 1, 4, 2]
    for day, maps in ((0, [A, B, C]), (1, [A, B, C]), (2, [A, B_MOVED, C])):
        rows = np.flatnonzero(strike_days == day)
        alone = analyse(
            ControlMap(["a", "b", "c"], maps),
            StrikePoints.of_points(lon[rows], lat[rows], radius_km=[5] * rows.size),
        )
        assert np.array_equal(timed.dist_km[rows], alone.dist_km)
        assert np.array_equal(timed.front_km[rows], alone.front_km, equal_nan=True)
        assert timed.front_faction[rows].tolist() == alone.front_faction.tolist()
        assert timed.possible_factions[rows].tolist() == alone.possible_factions.tolist()


def test_cache_keeps_only_what_recent_snapshots_used():
    cache = BuildCache()
    cache.put("x", 1)
    cache.put("y", 2)
    cache.next_snapshot()
    assert cache.get("x") == 1  # used again: kept
    cache.next_snapshot()
    cache.next_snapshot()
    assert cache.get("x") is None and cache.get("y") is None


def test_geometry_key_tells_coordinates_apart():
    assert geometry_key([A, B]) == geometry_key([shapely.box(0, 0, 1, 1), B])
    assert geometry_key([A, B]) != geometry_key([A, B_MOVED])
    assert geometry_key([shapely.to_wkb(A)]) == geometry_key([shapely.to_wkb(A)])
