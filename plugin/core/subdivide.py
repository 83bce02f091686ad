"""Point-in-territory through small pieces of the shapes: one index query, exact on borders."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

# Shapes with more vertices than this are cut in two, again and again, until no piece has more
# (as PostGIS's ST_Subdivide). Measured on a real-shaped front map: 64-256 cost about the same
# to query; smaller pieces cost more to build.
MAX_VERTICES = 128
# Degrees. A point this close to an edge that the cutting made (not one of the shape's own) is
# tested against the whole shape instead: the cut moved that edge by rounding (1e-15 degrees
# or so, more should GEOS fall back on snapping), so only the whole shape answers there exactly.
SEAM_TOLERANCE = 1e-7


@dataclass
class Subdivision:
    """Pieces of one faction's shapes; `*_shape` index the shapes they came from."""

    pieces: np.ndarray  # prepared polygons (or whole lines, points, small polygons)
    piece_shape: np.ndarray
    boxes: np.ndarray  # (m, 4): boxes the shape covers, borders included
    box_shape: np.ndarray
    seams: np.ndarray  # segments of pieces' boundaries that are not the shapes' own edges
    seam_shape: np.ndarray
    n_shapes: int


def subdivide(shapes, max_vertices=MAX_VERTICES) -> Subdivision:
    """Cuts the shapes' big polygons into pieces of at most `max_vertices` vertices."""
    shapes = np.asarray(shapes, dtype=object)
    polygons, polygon_owner = _polygons(shapes, max_vertices)
    big = (shapely.get_type_id(polygons) == 3) & (
        shapely.get_num_coordinates(polygons) > max_vertices
    )
    done, owners, boxes, box_owner = [polygons[~big]], [polygon_owner[~big]], [], []
    todo, owner = polygons[big], polygon_owner[big]
    while todo.size:
        parts, part_owner, cells = _halves(todo, owner)
        full = _full_boxes(shapes, parts, part_owner, cells)
        boxes.append(cells[full])
        box_owner.append(part_owner[full])
        parts, part_owner = parts[~full], part_owner[~full]
        cells = cells[~full]
        small = shapely.get_num_coordinates(parts) <= max_vertices
        done.append(_repair(shapes, parts[small], part_owner[small], cells[small]))
        owners.append(part_owner[small])
        todo, owner = parts[~small], part_owner[~small]
    pieces = np.concatenate(done)
    piece_shape = np.concatenate(owners).astype(np.intp)
    cut = np.arange(pieces.size) >= done[0].size  # the first are whole polygons, uncut
    seams, seam_shape = _seams(shapes, pieces[cut], piece_shape[cut])
    shapely.prepare(pieces)
    return Subdivision(
        pieces=pieces,
        piece_shape=piece_shape,
        boxes=np.concatenate(boxes) if boxes else np.empty((0, 4)),
        box_shape=np.concatenate(box_owner).astype(np.intp) if boxes else np.empty(0, np.intp),
        seams=seams,
        seam_shape=seam_shape,
        n_shapes=len(shapes),
    )


def _polygons(shapes, max_vertices):
    """(geometries, owner): the shapes, with a big multipart shape as its parts and a big line
    as runs of at most `max_vertices` vertices, so that no test costs as much as a whole shape:
    a faction's union, a disc's reach or a border (a union's boundary) has thousands of
    vertices, and a point-in-shape test on one costs as much as all of them. The runs share
    their end vertices: together they are the line, exactly."""
    kind, size = shapely.get_type_id(shapes), shapely.get_num_coordinates(shapes)
    multi = np.isin(kind, (4, 5, 6)) & (size > max_vertices)
    owner = np.arange(len(shapes))
    if multi.any():
        parts, index = shapely.get_parts(shapes[multi], return_index=True)
        shapes = np.concatenate([shapes[~multi], parts])
        owner = np.concatenate([owner[~multi], owner[multi][index]])
        kind, size = shapely.get_type_id(shapes), shapely.get_num_coordinates(shapes)
    long = np.isin(kind, (1, 2)) & (size > max_vertices)
    if not long.any():
        return shapes, owner
    runs, run_owner = _runs(shapes[long], owner[long], max_vertices)
    return np.concatenate([shapes[~long], runs]), np.concatenate([owner[~long], run_owner])


def _runs(lines, owner, max_vertices):
    """Each line cut into consecutive runs of at most `max_vertices` vertices."""
    xy, line = shapely.get_coordinates(lines, return_index=True)
    starts = np.r_[0, np.flatnonzero(np.diff(line)) + 1]
    ends = np.r_[starts[1:], line.size]
    step = max_vertices - 1  # runs overlap by one vertex
    pieces = [
        shapely.linestrings(xy[a : min(a + max_vertices, end)])
        for start, end in zip(starts.tolist(), ends.tolist())
        for a in range(start, end - 1, step)
    ]
    counts = [len(range(a, b - 1, step)) for a, b in zip(starts.tolist(), ends.tolist())]
    return np.asarray(pieces, dtype=object), np.repeat(owner, counts)


def _clip(geometries, cells):
    """Each geometry's part in its cell. clip_by_rect: about three times as fast as
    intersection here (measured); its output may be invalid where a ring runs along the cell's
    border, which only points at the border (seams, tested against the whole shape) could
    notice. _repair replaces any final piece that is still invalid."""
    return np.array(
        [shapely.clip_by_rect(g, *cell) for g, cell in zip(geometries, cells.tolist())],
        dtype=object,
    )


def _repair(shapes, pieces, owner, cells):
    """Invalid pieces cut again from their whole shape by intersection (valid output)."""
    bad = np.flatnonzero(~shapely.is_valid(pieces))
    if bad.size:
        pieces = pieces.copy()
        pieces[bad] = shapely.intersection(shapes[owner[bad]], shapely.box(*cells[bad].T))
    return pieces


def _halves(geometries, owner):
    """Each geometry cut in two across the middle of its longer side: (polygons, owner, cell
    (n, 4) each polygon was cut from)."""
    x0, y0, x1, y1 = shapely.bounds(geometries).T
    wide = (x1 - x0) >= (y1 - y0)
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    low = np.c_[x0, y0, np.where(wide, mx, x1), np.where(wide, y1, my)]
    high = np.c_[np.where(wide, mx, x0), np.where(wide, y0, my), x1, y1]
    cells = np.stack([low, high], axis=1).reshape(-1, 4)
    halves = _clip(np.repeat(geometries, 2), cells)
    parts, index = shapely.get_parts(halves, return_index=True)
    # Lines and points where a shape only touches a cut: the other half holds that border.
    keep = (shapely.get_type_id(parts) == 3) & ~shapely.is_empty(parts)
    return parts[keep], np.repeat(owner, 2)[index[keep]], cells[index[keep]]


def _full_boxes(shapes, parts, owner, cells):
    """Which parts are their whole cell, covered by the shape: any point of the cell (its
    border too) is inside, without a test."""
    candidate = np.flatnonzero(
        (shapely.get_num_coordinates(parts) == 5)
        & (shapely.get_num_interior_rings(parts) == 0)
        & np.isclose(shapely.area(parts), (cells[:, 2] - cells[:, 0]) * (cells[:, 3] - cells[:, 1]))
    )
    full = np.zeros(len(parts), dtype=bool)
    if candidate.size:
        # Robust predicate on the whole shape: the area test above is only a filter.
        boxes = shapely.box(*cells[candidate].T)
        full[candidate] = shapely.covers(shapes[owner[candidate]], boxes)
    return full


def _edges(geometries, owner):
    """(m, 2) complex x + iy of the two ends of each edge of the polygons' rings, and owner."""
    # get_rings reads Polygons only: a MultiPolygon's rings are those of its parts.
    polygons, part = shapely.get_parts(geometries, return_index=True)
    rings, index = shapely.get_rings(polygons, return_index=True)
    index = part[index]
    xy, ring = shapely.get_coordinates(rings, return_index=True)
    same = np.flatnonzero(ring[1:] == ring[:-1])
    z = xy[:, 0] + 1j * xy[:, 1]
    return np.c_[z[same], z[same + 1]], owner[index[ring[same]]]


def _seams(shapes, pieces, piece_shape):
    """Edges of the pieces that are not edges of the shape they came from, as segments."""
    if not pieces.size:
        return np.empty(0, dtype=object), np.empty(0, dtype=np.intp)
    cut_shapes = np.unique(piece_shape)
    own, own_owner = _edges(shapes[cut_shapes], cut_shapes)
    edges, edge_owner = _edges(pieces, piece_shape)
    # Vertices numbered by value (complex numbers sort by x, then y): an edge is the shape's
    # own when both its ends are the shape's vertices and the shape joins them, either way
    # round (a cut may turn a ring round).
    vertices = np.unique(own.ravel())
    m = np.int64(vertices.size + 1)
    at = np.minimum(np.searchsorted(vertices, edges), vertices.size - 1)
    known = (vertices[at] == edges).all(axis=1)
    own_at = np.searchsorted(vertices, own)
    rank = lambda who: np.searchsorted(cut_shapes, who).astype(np.int64)  # noqa: E731
    key = lambda ids, who: (rank(who) * m + ids.min(axis=1)) * m + ids.max(axis=1)  # noqa: E731
    made = ~known
    made[known] = ~np.isin(key(at[known], edge_owner[known]), key(own_at, own_owner))
    ends = np.stack([edges[made].real, edges[made].imag], axis=-1)
    return shapely.linestrings(ends), edge_owner[made].astype(np.intp)


class CoverIndex:
    """Which shapes cover each point (borders included), over several factions' subdivisions."""

    def __init__(self, shapes, subdivisions):
        """shapes: every faction's shapes, one after another; subdivisions: one per faction,
        in the same order."""
        self._shapes = np.asarray(shapes, dtype=object)
        offsets = np.cumsum([0] + [s.n_shapes for s in subdivisions])
        join = lambda name: np.concatenate(  # noqa: E731
            [getattr(s, name) + o for s, o in zip(subdivisions, offsets)]
        )
        self._pieces = np.concatenate([s.pieces for s in subdivisions])
        self._piece_shape = join("piece_shape")
        self._box_shape = join("box_shape")
        self._seam_shape = join("seam_shape")
        boxes = np.concatenate([s.boxes for s in subdivisions])
        seams = np.concatenate([s.seams for s in subdivisions])
        self._piece_tree = shapely.STRtree(self._pieces)
        self._box_tree = shapely.STRtree(shapely.box(*boxes.T)) if len(boxes) else None
        self._seams = seams
        # The seams' boxes grown by the tolerance: a plain box query finds the few candidates
        # (about three times as fast as the tree's own dwithin predicate, measured).
        x0, y0, x1, y1 = shapely.bounds(seams).T if len(seams) else np.empty((4, 0))
        e = SEAM_TOLERANCE
        grown = shapely.box(x0 - e, y0 - e, x1 + e, y1 + e)
        self._seam_tree = shapely.STRtree(grown) if len(seams) else None

    def pairs(self, lon, lat):
        """(point, shape) index pairs: shape covers point. Each pair once."""
        points = shapely.points(lon, lat)
        n_shapes = np.int64(max(len(self._shapes), 1))
        point, piece = self._piece_tree.query(points)
        # Prepared pieces answer from their own index (the tree's predicate would not use it),
        # each piece's points together (warm memory) and straight from the coordinates: about
        # 3.5 times as fast as intersects on the pairs as the tree gives them (measured).
        order = np.argsort(piece, kind="stable")
        point, piece = point[order], piece[order]
        hit = shapely.intersects_xy(self._pieces[piece], lon[point], lat[point])
        found = [point[hit] * n_shapes + self._piece_shape[piece[hit]]]
        if self._box_tree is not None:
            point, box = self._box_tree.query(points)  # a box is its own envelope
            found.append(point * n_shapes + self._box_shape[box])
        found = np.unique(np.concatenate(found))
        if self._seam_tree is not None:
            found = self._at_seams(points, found, n_shapes)
        return found // n_shapes, found % n_shapes

    def _at_seams(self, points, found, n_shapes):
        """Points next to a cut: the answer of their whole shape replaces the pieces' one."""
        point, seam = self._seam_tree.query(points)
        close = shapely.dwithin(self._seams[seam], points[point], SEAM_TOLERANCE)
        point, seam = point[close], seam[close]
        if not point.size:
            return found
        near = np.unique(point * n_shapes + self._seam_shape[seam])
        point, shape = near // n_shapes, near % n_shapes
        exact = shapely.intersects(self._shapes[shape], points[point])
        return np.union1d(np.setdiff1d(found, near, assume_unique=True), near[exact])
