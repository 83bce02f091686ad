"""Point-in-territory through pieces, checked against plain shapely.intersects_xy per shape."""

import numpy as np
import pytest
import shapely

from strikecheck.plugin.core import territory
from strikecheck.plugin.core.build_cache import BuildCache
from strikecheck.plugin.core.subdivide import CoverIndex, subdivide
from strikecheck.plugin.core.territory import Territories
from tests.realistic import _fractal_line, control_map, strikes


def expected(codes, geometries, lon, lat):
    """The independent answer: each feature's own geometry (fresh, unprepared), per faction."""
    factions = sorted(set(codes))
    inside = np.zeros((lon.size, len(factions)), dtype=bool)
    for code, geometry in zip(codes, geometries):
        fresh = shapely.from_wkb(shapely.to_wkb(geometry))
        inside[:, factions.index(code)] |= shapely.intersects_xy(fresh, lon, lat)
    return inside


def hard_points(geometries, subdivision, rng, n_random=20000):
    """Random points over the map, every vertex, points on axis-parallel edges, and points on
    the cuts: seam ends and middles, the corners and sides of inner boxes."""
    geometries = np.asarray(geometries, dtype=object)
    x0, y0, x1, y1 = shapely.total_bounds(geometries)
    xy = [np.c_[rng.uniform(x0, x1, n_random), rng.uniform(y0, y1, n_random)]]
    vertices = shapely.get_coordinates(geometries)
    xy.append(vertices)
    a, b = vertices[:-1], vertices[1:]
    straight = (a[:, 0] == b[:, 0]) | (a[:, 1] == b[:, 1])
    xy.append((a[straight] + b[straight]) / 2)
    seams = shapely.get_coordinates(subdivision.seams).reshape(-1, 2, 2)
    xy += [seams[:, 0], seams[:, 1], seams.mean(axis=1)]
    boxes = subdivision.boxes
    mid_x, mid_y = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    xy += [boxes[:, :2], boxes[:, 2:], np.c_[mid_x, boxes[:, 1]], np.c_[boxes[:, 0], mid_y]]
    # Points on the cut lines (and just either side), along each seam's direction.
    xy += [seams[:, 0] + d for d in (1e-12, -1e-12)]
    points = np.vstack(xy)
    return points[:, 0].copy(), points[:, 1].copy()


def fractal_front_polygon(seed=3, depth=12):
    """A side of a fractal front: thousands of vertices, with a hole and an island."""
    rng = np.random.default_rng(seed)
    line = _fractal_line([(0.0, 0.0), (4.0, 1.0), (10.0, 0.0)], depth, 0.25, rng)
    side = shapely.make_valid(shapely.Polygon(np.vstack([line, [(10.0, -6.0), (0.0, -6.0)]])))
    hole = shapely.Point(5.0, -4.0).buffer(0.7, quad_segs=64)
    island = shapely.Point(5.0, -4.0).buffer(0.3, quad_segs=64)
    return shapely.union(shapely.difference(side, hole), island)


def holed_squares():
    """A densified square with square holes (axis-parallel edges: borders exactly on cuts)."""
    outer = shapely.segmentize(shapely.box(0.0, 0.0, 8.0, 8.0), 0.05)
    holes = [shapely.box(x, y, x + 1.0, y + 1.0) for x in (1.0, 4.0) for y in (1.0, 4.5)]
    holed = shapely.difference(outer, shapely.union_all(holes))
    other = shapely.segmentize(shapely.box(9.0, 0.0, 12.0, 3.0), 0.01)
    return shapely.MultiPolygon([holed, other])


def compare(codes, geometries, max_vertices, seed=0):
    territories = Territories.from_geometries(codes, geometries)
    layers = [territories[code] for code in territories.factions]
    subs = [subdivide(layer.shapes, max_vertices) for layer in layers]
    index = CoverIndex([s for layer in layers for s in layer.shapes], subs)
    owner = np.repeat(np.arange(len(layers)), [len(layer.shapes) for layer in layers])
    merged = _merged(subs)
    lon, lat = hard_points(geometries, merged, np.random.default_rng(seed))
    point, shape = index.pairs(lon, lat)
    got = np.zeros((lon.size, len(layers)), dtype=bool)
    got[point, owner[shape]] = True
    want = expected(codes, geometries, lon, lat)
    assert (got == want).all(), f"{(got != want).any(axis=1).sum()} points differ"
    return merged


def _merged(subs):
    class All:
        seams = np.concatenate([s.seams for s in subs])
        boxes = np.concatenate([s.boxes for s in subs])

    return All


@pytest.mark.parametrize("max_vertices", [8, 32, 128])
def test_fractal_front_with_hole_and_island(max_vertices):
    front = fractal_front_polygon()
    assert shapely.get_num_coordinates(front) > 4000
    other = shapely.difference(shapely.box(0.0, -6.0, 10.0, 3.0), front)
    merged = compare(["a", "b"], [front, other], max_vertices)
    assert len(merged.seams) > 0


@pytest.mark.parametrize("max_vertices", [8, 64])
def test_holes_and_multipolygons_with_borders_on_cuts(max_vertices):
    merged = compare(["a"], [holed_squares()], max_vertices)
    assert len(merged.seams) > 0


def test_overlapping_territories_and_shared_borders_give_both():
    front = fractal_front_polygon(depth=9)
    overlap = shapely.Point(5.0, 0.0).buffer(1.5, quad_segs=128)
    other = shapely.difference(shapely.box(0.0, -6.0, 10.0, 3.0), front)
    compare(["a", "b", "c"], [front, other, overlap], 16)


@pytest.fixture(params=["pieces", "plain"])
def path(request, monkeypatch):
    """Territories.contains through the pieces at once, or through plain tests throughout."""
    monkeypatch.setattr(territory, "PAIRS_PER_VERTEX", 0.0 if request.param == "pieces" else 1e30)
    return request.param


def test_lines_and_points_work_as_territories(path):
    line = shapely.LineString(np.c_[np.linspace(0, 5, 400), np.sin(np.linspace(0, 5, 400))])
    codes = ["a", "b", "c"]
    geometries = [line, shapely.MultiPoint([(1.0, 1.0), (2.5, 0.5)]), holed_squares()]
    t = Territories.from_geometries(codes, geometries)
    lon = np.r_[shapely.get_coordinates(line)[:, 0], 1.0, 2.5, 2.5001, 0.5]
    lat = np.r_[shapely.get_coordinates(line)[:, 1], 1.0, 0.5, 0.5, 0.5]
    assert (t.contains(lon, lat) == expected(codes, geometries, lon, lat)).all()


def test_real_shaped_map_agrees_with_each_feature(path):
    codes, geometries = control_map(seed=4, depth=9, n_contested=20, n_enclaves=20, n_belts=6)
    lon, lat, _ = strikes(20000, seed=5, front_seed=4)
    t = Territories.from_geometries(codes, geometries)
    assert (t.contains(lon, lat) == expected(codes, geometries, lon, lat)).all()
    assert ("_cover" in t.__dict__) == (path == "pieces")


def test_pieces_are_built_once_the_plain_tests_would_cost_more(monkeypatch):
    monkeypatch.setattr(territory, "PAIRS_PER_VERTEX", 0.01)
    front = fractal_front_polygon(depth=10)  # about 3000 vertices: 30 tests' worth
    t = Territories.from_geometries(["a"], [front])
    t.contains(np.full(10, 5.0), np.full(10, -1.0))
    assert "_cover" not in t.__dict__
    t.contains(np.full(25, 5.0), np.full(25, -1.0))
    assert "_cover" in t.__dict__


def test_inner_boxes_answer_without_a_test():
    # A square with a many-vertex notch in one corner: the half away from it is a whole box.
    notch = shapely.Point(4.0, 4.0).buffer(0.5, quad_segs=256)
    shape = shapely.difference(shapely.box(0.0, 0.0, 4.0, 4.0), notch)
    sub = subdivide([shape], 128)
    assert len(sub.boxes) >= 1
    t = Territories.from_geometries(["a"], [shape])
    lon, lat = np.array([0.0, 1.0, 2.0, 0.0, -1e-9, 3.9]), np.array([0.0, 1.0, 0.0, 4.0, 1.0, 3.9])
    assert t.contains(lon, lat)[:, 0].tolist() == [True, True, True, True, False, False]


def test_subdivision_is_built_once_and_reused_by_the_build_cache(monkeypatch):
    monkeypatch.setattr(territory, "PAIRS_PER_VERTEX", 0.0)
    cache = BuildCache()
    front = fractal_front_polygon(depth=9)
    first = Territories.from_geometries(["a"], [front], cache=cache)
    first.contains(np.array([5.0]), np.array([-1.0]))
    cache.next_snapshot()
    second = Territories.from_geometries(["a"], [front], cache=cache)
    assert second["a"].subdivision is first["a"].subdivision


def test_no_points_and_no_shapes():
    t = Territories.from_geometries(["a"], [shapely.box(0, 0, 1, 1)])
    assert t.contains(np.array([]), np.array([])).shape == (0, 1)
    empty = Territories.from_geometries([], [])
    assert empty.contains(np.array([0.5]), np.array([0.5])).shape == (1, 0)


def test_borders_and_multipart_shapes_are_cut_into_small_pieces():
    # A faction's border (the boundary of its union: a MultiLineString of thousands of vertices)
    # stayed whole: each point-in-border test cost all its vertices, 55 s of a 50k-strike run.
    codes, geometries = control_map(seed=4, depth=9, n_contested=20, n_enclaves=20, n_belts=6)
    areas = [
        shapely.union_all([g for c, g in zip(codes, geometries) if c == code])
        for code in ("occupied", "ukraine")
    ]
    borders = [shapely.boundary(area) for area in areas]
    assert max(shapely.get_num_coordinates(borders)) > 2000
    for max_vertices in (8, 128):
        pieces = subdivide(np.asarray(borders + areas, dtype=object), max_vertices).pieces
        assert shapely.get_num_coordinates(pieces).max() <= max_vertices
    lon, lat, _ = strikes(5000, seed=5, front_seed=4)
    on_border = shapely.get_coordinates(borders[0])
    on_border = np.r_[on_border, (on_border[1:] + on_border[:-1]) / 2]  # vertices, mid-edges
    lon, lat = np.r_[lon, on_border[:, 0]], np.r_[lat, on_border[:, 1]]
    for shapes in (borders, areas):
        compare_codes = ["a", "b"]
        t = Territories.from_geometries(compare_codes, shapes)
        assert (t.contains(lon, lat) == expected(compare_codes, shapes, lon, lat)).all()
