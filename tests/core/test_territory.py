"""Territories: repair, skipping, merging, cutting long edges and containment, checked by hand."""

import struct

import numpy as np
import pytest
import shapely

from strikecheck.plugin.core.territory import MAX_PIECE_KM, Territories


def square(x0, y0, x1, y1):
    return shapely.box(x0, y0, x1, y1)


def _unclosed_square_wkb():
    """WKB of a polygon whose ring does not return to its start (shapely cannot build one)."""
    ring = [(10.0, 10.0), (11.0, 10.0), (11.0, 11.0), (10.0, 11.0)]
    body = struct.pack("<I", len(ring)) + b"".join(struct.pack("<dd", *p) for p in ring)
    return struct.pack("<BII", 1, 3, 1) + body


def test_factions_are_sorted_codes_present():
    t = Territories.from_geometries(["b", "a", "b"], [square(0, 0, 1, 1)] * 3)
    assert t.factions == ["a", "b"]


def test_none_and_empty_geometries_are_skipped_and_counted():
    t = Territories.from_geometries(
        ["a", "b", "c", "a"],
        [None, shapely.Polygon(), shapely.GeometryCollection(), square(0, 0, 1, 1)],
    )
    assert t.factions == ["a"]
    assert t.skipped_empty == 3
    assert t.repaired == 0


def test_features_without_a_code_are_skipped_and_counted():
    t = Territories.from_geometries([None, " ", "a"], [square(0, 0, 1, 1)] * 3)
    assert t.factions == ["a"]
    assert t.skipped_no_code == 2


def test_codes_and_geometries_must_pair_up():
    with pytest.raises(ValueError):
        Territories.from_geometries(["a"], [])


def test_bow_tie_is_repaired_into_its_two_lobes():
    bow_tie = shapely.Polygon([(0, 0), (2, 2), (2, 0), (0, 2), (0, 0)])
    assert not bow_tie.is_valid
    t = Territories.from_geometries(["a"], [bow_tie])
    assert t.repaired == 1
    inside = t.contains(np.array([0.3, 1.7, 1.0, 1.0]), np.array([1.0, 1.0, 0.3, 1.0]))
    # Left and right lobes are held, the gaps above and below the crossing are not, and the
    # crossing point itself is on the border.
    assert inside[:, 0].tolist() == [True, True, False, True]


def test_self_overlapping_polygon_keeps_its_whole_area():
    # A shell that runs over itself: the 'structure' repair keeps every area it bounds.
    loop = shapely.Polygon([(0, 0), (3, 0), (3, 3), (1, 3), (1, 1), (2, 1), (2, 4), (0, 4)])
    t = Territories.from_geometries(["a"], [loop])
    assert t.repaired == 1
    assert t.contains(np.array([1.5, 0.5, 2.5]), np.array([2.0, 0.5, 0.5]))[:, 0].all()


def test_unclosed_ring_in_wkb_is_closed():
    t = Territories.from_geometries(["a"], [_unclosed_square_wkb()])
    assert t.repaired == 1
    assert t.contains(np.array([10.5, 12.0]), np.array([10.5, 10.5]))[:, 0].tolist() == [
        True,
        False,
    ]


def test_valid_wkb_is_read_without_repair():
    t = Territories.from_geometries(["a"], [shapely.to_wkb(square(0, 0, 1, 1))])
    assert t.repaired == 0
    assert t.contains(np.array([0.5]), np.array([0.5]))[0, 0]


def test_z_coordinates_are_ignored():
    flat = square(35, 33, 36, 34)
    high = shapely.force_3d(flat, 1500.0)
    t_flat = Territories.from_geometries(["a"], [flat])
    t_high = Territories.from_geometries(["a"], [high])
    np.testing.assert_array_equal(t_flat["a"].xyz, t_high["a"].xyz)
    assert t_high.contains(np.array([35.5]), np.array([33.5]))[0, 0]


def test_inputs_are_not_modified():
    bow_tie = shapely.Polygon([(0, 0), (2, 2), (2, 0), (0, 2), (0, 0)])
    valid = square(5, 5, 6, 6)
    line = shapely.LineString([(7, 7, 1), (8, 8, 2)])
    point = shapely.Point(9, 9)
    inputs = [bow_tie, valid, line, point]
    before = [shapely.to_wkb(g) for g in inputs]
    Territories.from_geometries(["a", "a", "b", "c"], inputs)
    assert [shapely.to_wkb(g) for g in inputs] == before
    assert not any(shapely.is_prepared(g) for g in inputs)


def test_a_factions_polygons_are_merged():
    # Two touching squares: the border between them is no longer a boundary to measure to.
    t = Territories.from_geometries(["a", "a"], [square(0, 0, 1, 1), square(1, 0, 2, 1)])
    layer = t["a"]
    assert len(layer.shapes) == 1
    v = np.flatnonzero(layer.piece_ok)
    mid_lon = (layer.lon[v] + layer.lon[v + 1]) / 2
    mid_lat = (layer.lat[v] + layer.lat[v + 1]) / 2
    outline = square(0, 0, 2, 1).boundary
    assert np.all(shapely.distance(outline, shapely.points(mid_lon, mid_lat)) < 1e-12)


def test_shared_border_and_holes_in_containment():
    a = shapely.Polygon(
        [(0, 0), (1, 0), (1, 1), (0, 1)], [[(0.4, 0.4), (0.6, 0.4), (0.6, 0.6), (0.4, 0.6)]]
    )
    b = square(1, 0, 2, 1)
    t = Territories.from_geometries(["a", "b"], [a, b])
    inside = t.contains(np.array([1.0, 0.5, 0.4, 0.2, 1.5]), np.array([0.5, 0.5, 0.5, 0.2, 0.5]))
    assert inside.tolist() == [
        [True, True],  # on the shared border: both
        [False, False],  # in the hole: neither
        [True, False],  # on the hole's ring: a border of a
        [True, False],
        [False, True],
    ]


def test_lines_and_points_contain_what_lies_on_them():
    t = Territories.from_geometries(
        ["road", "town"], [shapely.LineString([(35, 33), (36, 33)]), shapely.Point(35, 34)]
    )
    inside = t.contains(np.array([35.5, 35.5, 35.0, 35.0]), np.array([33.0, 33.1, 34.0, 34.001]))
    assert inside.tolist() == [[True, False], [False, False], [False, True], [False, False]]


def test_long_edges_are_cut_into_short_pieces_on_the_same_line():
    # A 10-degree edge along the equator (about 1,113 km).
    t = Territories.from_geometries(["a"], [shapely.LineString([(0, 0), (10, 0)])])
    layer = t["a"]
    assert layer.max_len <= MAX_PIECE_KM
    assert layer.n_vertices >= 1113 / MAX_PIECE_KM
    np.testing.assert_array_equal(layer.lat, 0.0)
    assert np.all(np.diff(layer.lon) > 0)
    assert layer.lon[0] == 0 and layer.lon[-1] == 10


def test_cut_pieces_follow_the_lon_lat_straight_edge():
    # A slanted edge: the cut points lie on the straight lon/lat line between its ends.
    t = Territories.from_geometries(["a"], [shapely.LineString([(20, 60), (25, 65)])])
    layer = t["a"]
    np.testing.assert_allclose(layer.lat - 60, layer.lon - 20, atol=1e-12)


def test_vertex_count_counts_all_factions():
    t = Territories.from_geometries(["a", "b"], [square(0, 0, 0.001, 0.001), shapely.Point(5, 5)])
    assert t.vertex_count == t["a"].n_vertices + t["b"].n_vertices
