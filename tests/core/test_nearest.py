"""nearest_factions on cases checkable by hand: borders, holes, poles, antimeridian, multipart."""

import numpy as np
import pytest
import shapely
from geographiclib.geodesic import Geodesic
from scipy.optimize import minimize_scalar

from strikecheck.plugin.core.nearest import Cancelled, NearestResult, nearest_factions
from strikecheck.plugin.core.territory import Territories

MM = 1e-6  # km


def km(lon1, lat1, lon2, lat2):
    """GeographicLib's geodesic distance in km."""
    return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2)["s12"] / 1000.0


def km_to_edge(lon, lat, a, b):
    """Minimum over the lon/lat-straight edge a->b, by a bounded 1-D search (edge is short)."""
    f = lambda t: km(lon, lat, a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))  # noqa: E731
    found = minimize_scalar(f, bounds=(0, 1), method="bounded", options={"xatol": 1e-10})
    return min(found.fun, f(0.0), f(1.0))


def run(codes, geometries, lon, lat, **kw):
    territories = Territories.from_geometries(codes, geometries)
    return nearest_factions(territories, np.atleast_1d(lon), np.atleast_1d(lat), **kw)


def square(x0, y0, x1, y1):
    return shapely.box(x0, y0, x1, y1)


def test_point_in_a_hole_is_outside_and_measured_to_the_hole_ring():
    hole = [(35.9, 33.95), (36.1, 33.95), (36.1, 34.05), (35.9, 34.05)]
    donut = shapely.Polygon(square(35, 33, 37, 35).exterior.coords, [hole])
    r = run(["a"], [donut], 36.0, 34.0)
    assert not r.inside[0, 0]
    assert r.controlled_by[0] is None
    # Due north or south to the ring's nearest east-west edge (a parallel is symmetric about
    # the meridian through the strike), whichever is shorter.
    expected = min(km(36, 34, 36, 34.05), km(36, 34, 36, 33.95))
    assert r.dist_km[0, 0] == pytest.approx(expected, abs=MM)
    assert r.nearest_other[0] == "a"
    assert r.nearest_other_km[0] == pytest.approx(expected, abs=MM)


def test_point_on_a_shared_border_belongs_to_both():
    r = run(["a", "b"], [square(35, 33, 36, 34), square(36, 33, 37, 34)], 36.0, 33.5)
    assert r.controlled_by[0] == "a+b"
    assert r.inside[0].tolist() == [True, True]
    assert r.dist_km[0].tolist() == [0.0, 0.0]
    assert r.nearest_other[0] is None and np.isnan(r.nearest_other_km[0])


def test_point_inside_two_overlapping_factions():
    r = run(
        ["b", "a", "c"],
        [square(35, 33, 36, 34), square(35.5, 33, 36.5, 34), square(38, 33, 39, 34)],
        35.7,
        33.5,
    )
    assert r.factions == ["a", "b", "c"]
    assert r.controlled_by[0] == "a+b"
    assert r.nearest_other[0] == "c"
    assert r.nearest_other_km[0] == pytest.approx(
        km_to_edge(35.7, 33.5, (38, 33), (38, 34)), abs=MM
    )


def test_point_in_nobodys_land_gets_the_nearest_faction():
    r = run(["a", "b"], [square(35, 33, 36, 34), square(37, 33, 38, 34)], 36.3, 33.5)
    assert r.controlled_by[0] is None
    assert not r.inside.any()
    assert r.nearest_other[0] == "a"
    assert r.nearest_other_km[0] == pytest.approx(r.dist_km[0, 0])
    assert r.dist_km[0, 0] < r.dist_km[0, 1]


def test_due_north_of_a_square_is_the_meridian_arc():
    r = run(["a"], [square(35, 33, 36, 34)], 35.5, 34.1, with_nearest_points=True)
    assert r.dist_km[0, 0] == pytest.approx(km(35.5, 34.1, 35.5, 34.0), abs=MM)
    assert r.nearest_lon[0, 0] == pytest.approx(35.5, abs=1e-7)
    assert r.nearest_lat[0, 0] == pytest.approx(34.0, abs=1e-12)


def test_across_the_antimeridian():
    territory = square(179.5, 10, 180, 11)
    r = run(["a"], [territory], -179.9, 10.5, with_nearest_points=True)
    expected = km_to_edge(-179.9, 10.5, (180, 10), (180, 11))
    assert expected == pytest.approx(10.95, abs=0.05)  # 0.1 deg of longitude at 10.5 N
    assert r.dist_km[0, 0] == pytest.approx(expected, abs=MM)
    assert r.nearest_lon[0, 0] == pytest.approx(180.0)
    assert not r.inside[0, 0]  # QGIS draws -179.9 at the other end of the map


def test_near_the_north_pole():
    # A band around the pole up to 89.5 N: its northern edge is the whole 89.5 N parallel.
    band = shapely.Polygon([(-180, 85), (180, 85), (180, 89.5), (-180, 89.5)])
    cap = shapely.Polygon([(-180, 85), (180, 85), (180, 90), (-180, 90)])
    r = run(["band", "cap"], [band, cap], [30.0, 30.0], [89.9, 84.0])
    assert r.controlled_by.tolist() == ["cap", None]
    assert r.dist_km[0, 0] == pytest.approx(km(30, 89.9, 30, 89.5), abs=MM)
    assert r.dist_km[1, 0] == pytest.approx(km(30, 84, 30, 85), abs=MM)
    assert r.dist_km[1, 1] == pytest.approx(km(30, 84, 30, 85), abs=MM)


def test_a_lon_lat_straight_edge_near_the_pole_is_a_curve():
    # The edge from (0, 89) to (90, 89) follows the parallel, not the great circle: from the
    # pole every point of it is 1 degree of meridian away.
    r = run(["a"], [shapely.LineString([(0, 89), (90, 89)])], 45.0, 90.0)
    assert r.dist_km[0, 0] == pytest.approx(km(45, 90, 45, 89), abs=MM)
    # From below the middle, the parallel is nearer than the great circle through its ends.
    r = run(["a"], [shapely.LineString([(0, 89), (90, 89)])], 45.0, 88.5)
    assert r.dist_km[0, 0] == pytest.approx(km(45, 88.5, 45, 89), abs=MM)


def test_line_and_point_territories():
    codes = ["road", "town"]
    geometries = [shapely.LineString([(35, 33), (36, 33)]), shapely.Point(35, 34)]
    r = run(codes, geometries, [35.5, 35.5, 35.1, 35.0], [33.2, 33.0, 34.0, 34.0])
    assert r.dist_km[0, 0] == pytest.approx(km(35.5, 33.2, 35.5, 33.0), abs=MM)
    assert r.controlled_by.tolist() == [None, "road", None, "town"]
    assert r.dist_km[1, 0] == 0.0
    assert r.dist_km[2, 1] == pytest.approx(km(35.1, 34, 35, 34), abs=MM)
    assert r.dist_km[3, 1] == 0.0


def test_repaired_bow_tie_is_measured_as_its_two_lobes():
    bow_tie = shapely.Polygon([(35, 33), (36, 34), (36, 33), (35, 34), (35, 33)])
    r = run(["a"], [bow_tie], [35.5, 35.1], [33.2, 33.5])
    # (35.5, 33.2) is in the gap below the crossing: nearest is a lobe's slanted edge.
    assert r.controlled_by.tolist() == [None, "a"]
    expected = min(
        km_to_edge(35.5, 33.2, (35, 33), (35.5, 33.5)),
        km_to_edge(35.5, 33.2, (36, 33), (35.5, 33.5)),
    )
    assert r.dist_km[0, 0] == pytest.approx(expected, abs=MM)


def test_multipart_strikes_take_any_holder_and_the_nearest_part():
    codes = ["a", "b"]
    geometries = [square(35, 33, 36, 34), square(37, 33, 38, 34)]
    lon = np.array([35.5, 36.5, 36.2, 36.9])
    lat = np.array([33.5, 33.5, 33.5, 33.5])
    part_feature = np.array([0, 0, 1, 1])
    r = run(
        codes,
        geometries,
        lon,
        lat,
        part_feature=part_feature,
        n_features=3,
        with_nearest_points=True,
    )
    assert r.controlled_by.tolist() == ["a", None, None]
    assert r.dist_km[0, 0] == 0.0
    # Feature 0's distance to b is that of its part at 36.5, the nearer one.
    assert r.dist_km[0, 1] == pytest.approx(km_to_edge(36.5, 33.5, (37, 33), (37, 34)), abs=MM)
    assert r.nearest_other[0] == "b"
    assert r.dist_km[1, 0] == pytest.approx(km_to_edge(36.2, 33.5, (36, 33), (36, 34)), abs=MM)
    assert r.dist_km[1, 1] == pytest.approx(km_to_edge(36.9, 33.5, (37, 33), (37, 34)), abs=MM)
    assert r.nearest_lon[1, 1] == pytest.approx(37.0)
    # Feature 2 has no parts.
    assert np.isnan(r.dist_km[2]).all() and r.controlled_by[2] is None
    assert r.nearest_other[2] is None and np.isnan(r.nearest_other_km[2])


def test_a_subset_of_factions_is_measured_but_control_looks_at_all():
    codes = ["a", "b", "c"]
    geometries = [square(35, 33, 36, 34), square(37, 33, 38, 34), square(39, 33, 40, 34)]
    r = run(codes, geometries, [35.5, 36.5], [33.5, 33.5], factions=["c", "b"])
    assert r.factions == ["b", "c"]
    assert r.dist_km.shape == (2, 2) and r.inside.shape == (2, 2)
    assert r.controlled_by.tolist() == ["a", None]
    assert r.nearest_other.tolist() == ["b", "b"]
    with pytest.raises(ValueError):
        run(codes, geometries, [35.5], [33.5], factions=["z"])


def test_beyond_the_maximum_distance_is_nan():
    geometries = [square(35, 33, 36, 34), square(38, 33, 39, 34)]
    lon, lat = [36.5, 35.5], [33.5, 33.5]
    r = run(["a", "b"], geometries, lon, lat, max_distance_km=100.0, with_nearest_points=True)
    near = km_to_edge(36.5, 33.5, (36, 33), (36, 34))
    assert r.dist_km[0, 0] == pytest.approx(near, abs=MM)
    assert np.isnan(r.dist_km[0, 1]) and np.isnan(r.nearest_lon[0, 1])  # ~140 km away
    assert r.nearest_other[0] == "a"
    assert r.dist_km[1, 0] == 0.0 and np.isnan(r.dist_km[1, 1])
    assert r.nearest_other[1] is None and np.isnan(r.nearest_other_km[1])
    r = run(["a", "b"], geometries, lon, lat, max_distance_km=1000.0)
    assert np.isfinite(r.dist_km).all()


def test_cancelled_propagates_from_progress():
    calls = []

    def progress(fraction):
        calls.append(fraction)
        if len(calls) == 2:
            raise Cancelled()

    lon = np.random.default_rng(0).uniform(35, 36, 1000)
    with pytest.raises(Cancelled):
        run(["a"], [square(35, 33, 36, 34)], lon, np.full(1000, 33.5), progress=progress)
    assert len(calls) == 2


def test_progress_runs_from_zero_to_one():
    calls = []
    lon = np.random.default_rng(0).uniform(34, 37, 5000)
    run(
        ["a", "b"],
        [square(35, 33, 36, 34), square(36, 33, 37, 34)],
        lon,
        np.full(5000, 33.5),
        progress=calls.append,
    )
    assert calls[0] == 0.0 and calls[-1] == 1.0
    assert all(0.0 <= f <= 1.0 for f in calls) and calls == sorted(calls)


def test_inputs_are_not_modified():
    lon = np.array([35.5, 36.5])
    lat = np.array([33.5, 33.5])
    part_feature = np.array([0, 0])
    geometry = square(35, 33, 36, 34)
    before = (lon.copy(), lat.copy(), shapely.to_wkb(geometry))
    run(["a"], [geometry], lon, lat, part_feature=part_feature)
    np.testing.assert_array_equal(lon, before[0])
    np.testing.assert_array_equal(lat, before[1])
    assert shapely.to_wkb(geometry) == before[2]
    assert part_feature.tolist() == [0, 0]


def test_no_strikes_and_unusable_coordinates():
    r = run(["a"], [square(35, 33, 36, 34)], np.empty(0), np.empty(0))
    assert isinstance(r, NearestResult)
    assert r.dist_km.shape == (0, 1) and r.controlled_by.shape == (0,)
    r = run(["a"], [square(35, 33, 36, 34)], [np.nan, 35.5], [33.5, np.inf])
    assert np.isnan(r.dist_km).all() and r.controlled_by.tolist() == [None, None]


def test_nearest_points_are_on_the_territory_and_at_that_distance():
    rng = np.random.default_rng(2)
    lon, lat = rng.uniform(34, 38, 50), rng.uniform(32, 36, 50)
    shape = shapely.Polygon([(35, 33), (36.5, 33.2), (36, 34.5), (35.2, 34)])
    r = run(["a"], [shape], lon, lat, with_nearest_points=True)
    on_border = shapely.distance(
        shape.boundary, shapely.points(r.nearest_lon[:, 0], r.nearest_lat[:, 0])
    )
    inside = r.inside[:, 0]
    assert np.all(on_border[~inside] < 1e-9)
    np.testing.assert_array_equal(r.nearest_lon[inside, 0], lon[inside])
    for i in np.flatnonzero(~inside):
        reached = km(lon[i], lat[i], r.nearest_lon[i, 0], r.nearest_lat[i, 0])
        assert reached == pytest.approx(r.dist_km[i, 0], abs=MM)


def test_a_long_edge_nearer_than_a_cluster_of_vertices():
    # The nearest vertices of the faction are all on a small many-sided ring 0.8 km away, but
    # the middle of a long straight edge is 0.5 km away: the search must look past them.
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    lon0, lat0 = 36.0, 34.0
    edge = shapely.LineString([(lon0 - 0.5, lat0 - 0.0045), (lon0 + 0.5, lat0 - 0.0045)])
    clon, clat, _ = geod.fwd(lon0, lat0, 0.0, 800.0)
    angles = np.linspace(0, 360, 64, endpoint=False)
    x, y, _ = geod.fwd(np.full(64, clon), np.full(64, clat), angles, np.full(64, 10.0))
    ring = shapely.Polygon(np.c_[x, y])
    r = run(["a", "a"], [edge, ring], lon0, lat0)
    expected = km(lon0, lat0, lon0, lat0 - 0.0045)
    assert expected == pytest.approx(0.5, abs=0.01)
    assert r.dist_km[0, 0] == pytest.approx(expected, abs=MM)


def test_nearest_by_geodesic_not_by_straight_line():
    # Two points of one faction 3,000 km away, one due north and one due east. The northern one
    # is nearer in a straight line through the Earth (the meridian is more curved), but the
    # eastern one is nearer along the ground: the answer must be the eastern one.
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    north = geod.fwd(20.0, 0.0, 0.0, 3_000_000.0)[:2]
    east = geod.fwd(20.0, 0.0, 90.0, 2_999_700.0)[:2]
    r = run(["a"], [shapely.MultiPoint([north, east])], 20.0, 0.0, with_nearest_points=True)
    assert r.dist_km[0, 0] == pytest.approx(km(20, 0, *east), abs=MM)
    assert r.nearest_lon[0, 0] == pytest.approx(east[0])


def test_wanted_measures_only_the_pairs_asked_for():
    codes, shapes = ["a", "b"], [square(35, 33, 36, 34), square(37, 33, 38, 34)]
    lon, lat = np.array([35.5, 36.5, 39.0]), np.array([33.5, 33.5, 33.5])
    full = run(codes, shapes, lon, lat)
    wanted = np.array([[False, True], [True, False], [False, False]])
    part = run(codes, shapes, lon, lat, wanted=wanted, with_nearest_points=True)
    assert np.array_equal(np.where(wanted, full.dist_km, np.nan), part.dist_km, equal_nan=True)
    assert np.isnan(part.nearest_lon[~wanted]).all()
    assert part.controlled_by.tolist() == ["a", None, None]
    assert part.nearest_other[0] == "b" and part.nearest_other[2] is None


def test_factions_searched_side_by_side_give_the_same_answers(monkeypatch):
    from strikecheck.plugin.core import nearest
    from tests.synthetic import strikes_around, syria_like_control

    codes, shapes = syria_like_control(seed=5, n_sites=40, depth=4)
    lon, lat = strikes_around(20000, seed=6)
    answers = []
    for rows in (10**9, 1000):  # never threaded, then threaded from 1000 strikes a chunk
        monkeypatch.setattr(nearest, "_THREADED_ROWS", rows)
        monkeypatch.setattr(nearest, "CHUNK", 4096)
        answers.append(run(codes, shapes, lon, lat, with_nearest_points=True))
    serial, threaded = answers
    for name in ("inside", "dist_km", "nearest_lon", "nearest_lat", "nearest_other_km"):
        assert np.array_equal(getattr(serial, name), getattr(threaded, name), equal_nan=True)
    assert serial.controlled_by.tolist() == threaded.controlled_by.tolist()
    assert serial.nearest_other.tolist() == threaded.nearest_other.tolist()
