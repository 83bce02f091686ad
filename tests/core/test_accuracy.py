"""Engine distances against an exhaustive GeographicLib search over every edge (within 1 m)."""

import numpy as np
import pytest
import shapely
from geographiclib.geodesic import Geodesic
from pyproj import Geod

from strikecheck.plugin.core.nearest import nearest_factions
from strikecheck.plugin.core.territory import Territories
from tests.reference import metres_from
from tests.synthetic import BBOX, strikes_around, syria_like_control

WGS84 = Geodesic.WGS84
GEOD = Geod(ellps="WGS84")  # only to sample densely; every answer is GeographicLib's
_R_BOUND_KM = 6400.0  # above every radius of curvature of WGS84: bounds a path's length
_SAMPLE_KM = 0.002
_GOLDEN = (np.sqrt(5.0) - 1.0) / 2.0
TOLERANCE_M = 1.0


def _edges(geometries):
    """Start and end (lon, lat) of every edge of the raw features (rings, lines; points a = b)."""
    starts, ends = [], []
    for geometry in geometries:
        for part in shapely.get_parts(geometry):
            if part.geom_type == "Polygon":
                paths = [part.exterior, *part.interiors]
            elif part.geom_type == "Point":
                xy = np.asarray(part.coords)[:, :2]
                starts.append(xy)
                ends.append(xy)
                continue
            else:
                paths = [part]
            for path in paths:
                xy = np.asarray(path.coords)[:, :2]
                starts.append(xy[:-1])
                ends.append(xy[1:])
    return np.vstack(starts), np.vstack(ends)


def _length_bound_km(a, b):
    """An upper bound of the length of the lon/lat-straight path a->b."""
    dphi = np.radians(np.abs(b[:, 1] - a[:, 1]))
    dlam = np.radians(np.abs(b[:, 0] - a[:, 0]))
    cos_max = np.maximum(np.cos(np.radians(a[:, 1])), np.cos(np.radians(b[:, 1])))
    cos_max = np.where(a[:, 1] * b[:, 1] < 0, 1.0, cos_max)
    return _R_BOUND_KM * np.hypot(dphi, dlam * cos_max)


def _km(lon, lat, x, y):
    return metres_from(lon, lat, x, y) / 1000.0


def _exact_km(lon, lat, x, y):
    return WGS84.Inverse(lat, lon, y, x, Geodesic.DISTANCE)["s12"] / 1000.0


def _golden_km(lon, lat, a, b, lo, hi, steps=30):
    """Golden-section minimum of the GeographicLib distance along a->b for t in [lo, hi]."""

    def f(u):
        return _exact_km(lon, lat, a[0] + u * (b[0] - a[0]), a[1] + u * (b[1] - a[1]))

    x1, x2 = hi - _GOLDEN * (hi - lo), lo + _GOLDEN * (hi - lo)
    f1, f2 = f(x1), f(x2)
    for _ in range(steps):
        if f1 < f2:
            hi, x2, f2 = x2, x1, f1
            x1 = hi - _GOLDEN * (hi - lo)
            f1 = f(x1)
        else:
            lo, x1, f1 = x1, x2, f2
            x2 = lo + _GOLDEN * (hi - lo)
            f2 = f(x2)
    return min(f(lo), f(hi), f1, f2)


def brute_force_km(lon, lat, a, b, split=8):
    """Geodesic km from (lon, lat) to the nearest point of the edges a->b (lon/lat-straight).

    Branch and bound over every edge: a stretch whose ends are d0 and d1 away and whose path is
    at most L long holds no point nearer than (d0 + d1 - L) / 2. Stretches that might hold a
    point nearer than the best sample are cut in `split` until 2 m long; what is left is
    minimised by golden-section search with GeographicLib. Nothing that could be nearer is
    ever dropped, and no index, projection or candidate list of the engine is involved.
    """
    edge = np.arange(a.shape[0])
    t0, t1 = np.zeros(edge.size), np.ones(edge.size)
    d0 = _km(lon, lat, a[:, 0], a[:, 1])
    d1 = _km(lon, lat, b[:, 0], b[:, 1])
    length = _length_bound_km(a, b)
    best = min(d0.min(), d1.min())
    while True:
        span = length[edge] * (t1 - t0)
        keep = (d0 + d1 - span) / 2 <= best
        edge, t0, t1, d0, d1, span = edge[keep], t0[keep], t1[keep], d0[keep], d1[keep], span[keep]
        long_ = span > _SAMPLE_KM
        if not long_.any():
            break
        # Cut the long stretches in `split`; short ones stay as they are.
        e, lo, hi, dlo, dhi = edge[long_], t0[long_], t1[long_], d0[long_], d1[long_]
        f = np.arange(1, split) / split
        tm = lo[:, None] + (hi - lo)[:, None] * f
        dm = _km(
            lon,
            lat,
            a[e, 0, None] + tm * (b[e, 0] - a[e, 0])[:, None],
            a[e, 1, None] + tm * (b[e, 1] - a[e, 1])[:, None],
        )
        best = min(best, dm.min())
        ts = np.c_[lo, tm, hi]
        ds = np.c_[dlo, dm, dhi]
        edge = np.r_[edge[~long_], np.repeat(e, split)]
        t0 = np.r_[t0[~long_], ts[:, :-1].ravel()]
        t1 = np.r_[t1[~long_], ts[:, 1:].ravel()]
        d0 = np.r_[d0[~long_], ds[:, :-1].ravel()]
        d1 = np.r_[d1[~long_], ds[:, 1:].ravel()]
    # Neighbouring stretches of one edge form one bracket (one minimum along a short stretch).
    order = np.lexsort((t0, edge))
    edge, t0, t1 = edge[order], t0[order], t1[order]
    starts = np.r_[True, (edge[1:] != edge[:-1]) | (t0[1:] != t1[:-1])]
    first = np.flatnonzero(starts)
    last = np.r_[first[1:] - 1, edge.size - 1]
    return min(
        _golden_km(lon, lat, a[edge[i]], b[edge[i]], t0[i], t1[k]) for i, k in zip(first, last)
    )


def _check(codes, geometries, lon, lat, tolerance_m=TOLERANCE_M):
    """Max |engine - brute force| in metres over every strike outside a faction, and checks the
    inside flags against shapely and the nearest points against the distances."""
    territories = Territories.from_geometries(codes, geometries)
    result = nearest_factions(territories, lon, lat, with_nearest_points=True)
    worst = 0.0
    for j, code in enumerate(result.factions):
        mine = [g for c, g in zip(codes, geometries) if c == code]
        a, b = _edges(mine)
        covered = shapely.intersects_xy(shapely.union_all(mine), lon, lat)
        np.testing.assert_array_equal(result.inside[:, j], covered)
        for i in np.flatnonzero(~covered):
            expected = brute_force_km(lon[i], lat[i], a, b)
            error = abs(result.dist_km[i, j] - expected) * 1000.0
            assert error < tolerance_m, (code, lon[i], lat[i], result.dist_km[i, j], expected)
            worst = max(worst, error)
            # The nearest point reported is a point that far away.
            reached = _exact_km(lon[i], lat[i], result.nearest_lon[i, j], result.nearest_lat[i, j])
            assert abs(reached - result.dist_km[i, j]) * 1000.0 < 1e-3
    return worst


def _ring_of_strikes(n, rng, centre, km_lo, km_hi):
    az = rng.uniform(-180, 180, n)
    dist = rng.uniform(km_lo, km_hi, n) * 1000.0
    lon, lat, _ = GEOD.fwd(np.full(n, centre[0]), np.full(n, centre[1]), az, dist)
    return lon, lat


@pytest.fixture(scope="module")
def small_map():
    return syria_like_control(seed=3, n_sites=70, depth=4)


def test_brute_force_finds_a_known_answer():
    # The reference itself: distance to a meridian segment from a point due east on the equator
    # is the equatorial arc (symmetry), which GeographicLib gives directly.
    a, b = np.array([[10.0, -1.0]]), np.array([[10.0, 1.0]])
    assert brute_force_km(10.5, 0.0, a, b) == pytest.approx(
        _exact_km(10.5, 0.0, 10.0, 0.0), abs=1e-7
    )


def test_near_and_inside_a_control_map(small_map):
    codes, geometries = small_map
    lon, lat = strikes_around(160, seed=11, near=(codes, geometries), near_fraction=0.6)
    assert _check(codes, geometries, lon, lat) < TOLERANCE_M


def test_strikes_2000_km_and_more_away(small_map):
    codes, geometries = small_map
    centre = ((BBOX[0] + BBOX[2]) / 2, (BBOX[1] + BBOX[3]) / 2)
    lon, lat = _ring_of_strikes(24, np.random.default_rng(5), centre, 2000, 4500)
    assert _check(codes, geometries, lon, lat) < TOLERANCE_M


def test_world_wide_strikes(small_map):
    codes, geometries = small_map
    rng = np.random.default_rng(6)
    lon = rng.uniform(-180, 180, 24)
    lat = np.degrees(np.arcsin(rng.uniform(-1, 1, 24)))
    assert _check(codes, geometries, lon, lat) < TOLERANCE_M


def test_near_the_antipode(small_map):
    # Around the map's antipode every direction leads back to it: the hardest geodesics.
    codes, geometries = small_map
    centre = ((BBOX[0] + BBOX[2]) / 2, (BBOX[1] + BBOX[3]) / 2)
    antipode = (centre[0] - 180.0, -centre[1])
    lon, lat = _ring_of_strikes(16, np.random.default_rng(4), antipode, 0, 900)
    assert _check(codes, geometries, lon, lat) < TOLERANCE_M


def _polar(sign):
    """Territories around a pole: a band with a gap, a wedge reaching near the pole, a line
    and a point; lon/lat-straight edges there are strongly curved on the ground."""
    lat = lambda v: sign * v  # noqa: E731
    band = shapely.Polygon([(-180, lat(80)), (120, lat(80)), (120, lat(84)), (-180, lat(84))])
    wedge = shapely.Polygon([(-30, lat(86)), (60, lat(86)), (15, lat(89.6))])
    line = shapely.LineString([(130, lat(85)), (-170, lat(88)), (-100, lat(89.9))])
    point = shapely.Point(150, lat(89.95))
    return ["band", "wedge", "line", "point"], [band, wedge, line, point]


@pytest.mark.parametrize("sign", [1, -1])
def test_near_the_poles(sign):
    codes, geometries = _polar(sign)
    rng = np.random.default_rng(7)
    lon = rng.uniform(-180, 180, 36)
    lat = sign * rng.uniform(78, 90, 36)
    lat[:4] = sign * np.array([90.0, 89.99, 89.9, 86.5])
    assert _check(codes, geometries, lon, lat) < TOLERANCE_M


def test_across_the_antimeridian():
    codes = ["east", "west", "fiji"]
    geometries = [
        shapely.Polygon([(179.5, 10), (180, 10), (180, 11), (179.5, 11)]),
        shapely.Polygon([(-180, 12), (-179.2, 12), (-179.2, 13.5), (-180, 13.5)]),
        shapely.Polygon([(177, -18), (179.99, -18.5), (179.9, -16), (178, -15.5)]),
    ]
    rng = np.random.default_rng(8)
    lon = np.r_[rng.uniform(178, 180, 18), rng.uniform(-180, -178, 18), -179.9]
    lat = np.r_[rng.uniform(-20, 15, 36), 10.5]
    assert _check(codes, geometries, lon, lat) < TOLERANCE_M


def test_full_size_map_spot_check():
    codes, geometries = syria_like_control(seed=7)
    lon, lat = strikes_around(6, seed=9, near=(codes, geometries), near_fraction=0.5)
    assert _check(codes, geometries, lon, lat) < TOLERANCE_M


def test_long_edges_among_dense_clusters():
    # Strikes a few hundred metres from long straight edges (cut into pieces of up to 2 km by
    # the engine), each with a small many-sided ring just beyond it: the ring's vertices are
    # nearer than any vertex of the edge, but the edge itself is nearer still.
    rng = np.random.default_rng(12)
    codes, geometries, lon, lat = [], [], [], []
    for _ in range(6):
        x, y, angle = rng.uniform(30, 40), rng.uniform(30, 40), rng.uniform(0, np.pi)
        direction = np.array([np.cos(angle), np.sin(angle)])
        geometries.append(
            shapely.LineString([(x, y), (x + 3 * direction[0], y + 3 * direction[1])])
        )
        codes.append("a")
        normal = np.array([-direction[1], direction[0]])
        for _ in range(10):
            foot = np.array([x, y]) + direction * rng.uniform(0.2, 2.8)
            scale = np.array([1 / (111.3 * np.cos(np.radians(foot[1]))), 1 / 111.1])  # deg/km
            off = rng.uniform(0.1, 0.6)  # km from the edge
            strike = foot + normal * off * scale
            radius = rng.uniform(0.01, 0.1)
            gap = rng.uniform(off * 1.02, np.hypot(off, 0.6))  # km from strike to the ring
            centre = strike + normal * (gap + radius) * scale
            ring = np.linspace(0, 2 * np.pi, 48, endpoint=False)
            geometries.append(
                shapely.Polygon(centre + radius * np.c_[np.cos(ring), np.sin(ring)] * scale)
            )
            codes.append("a")
            lon.append(strike[0])
            lat.append(strike[1])
    assert _check(codes, geometries, np.array(lon), np.array(lat)) < TOLERANCE_M
