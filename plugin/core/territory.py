"""Faction territories from a control map: repaired, merged, indexed for containment, distance."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from functools import cached_property
from typing import Sequence

import numpy as np
import shapely
from scipy.spatial import cKDTree

from .build_cache import geometry_key
from .far import FarIndex, build_far_index
from .geodesic import ecef_km, edge_point
from .subdivide import MAX_VERTICES, CoverIndex, Subdivision, subdivide

# Edges longer than this (km, along the edge) are cut into lon/lat-linear pieces. Short pieces
# keep the bounds of the nearest search tight (a piece can come no closer than its ends allow
# by about its half length) and keep each piece nearly straight in 3D.
MAX_PIECE_KM = 2.0
# Point-in-territory tests each point against every shape whose box holds it until the pieces
# would have paid: building them costs about as much as this many such tests per vertex of the
# polygons to cut (measured: ~2.6 us a vertex, ~0.5 us a test). Until then (a snapshot with a
# few strikes, a first chunk) the plain tests are cheaper; after, at most twice the best.
PAIRS_PER_VERTEX = 5.0
# An upper bound of the length of a lon/lat-straight edge uses this radius (km): larger than
# every radius of curvature of WGS84 (6399.6 km at the poles).
_RADIUS_BOUND_KM = 6400.0


@dataclass
class FactionTerritory:
    """One faction's territory: shapes for containment, boundary pieces for distance.

    Pieces are lon/lat-straight edges between consecutive vertices: vertex v and v + 1 form the
    piece `v` where `piece_ok[v]`. A point territory is a piece whose two ends coincide.
    """

    code: str
    shapes: list  # prepared polygons, lines and points (containment)
    lon: np.ndarray
    lat: np.ndarray
    xyz: np.ndarray  # (n, 3) Earth-centred km
    xyz_t: np.ndarray  # (3, n) the same, one row per axis
    piece_ok: np.ndarray  # bool (n,)
    step_t: np.ndarray  # (3, n): xyz[v + 1] - xyz[v], zero where not a piece
    len2: np.ndarray  # |step|^2
    inv_len2: np.ndarray  # 1 / |step|^2, zero for degenerate pieces
    dev: np.ndarray  # km: how far the real (curved) piece strays from its 3D chord
    max_len: float  # km: longest 3D chord of a piece
    max_dev: float
    tree: cKDTree | None

    @property
    def n_vertices(self):
        return int(self.lon.size)

    @cached_property
    def far(self) -> FarIndex | None:
        """The index for strikes far away (see far.py)."""
        # Built on first use: most runs have no strike that far, and a time-aware run builds
        # a territory per faction per snapshot, where this build was the largest cost.
        return build_far_index(self.lon, self.lat, self.piece_ok, self.dev, self.len2)

    @cached_property
    def subdivision(self) -> Subdivision:
        """The shapes cut into small pieces for point-in-territory (see subdivide.py)."""
        # Built on first use and kept with this object, so a BuildCache hit (the same faction
        # geometry in the next snapshot) reuses it too.
        return subdivide(self.shapes)


class Territories:
    """The control map, one `FactionTerritory` per faction code (sorted)."""

    def __init__(self, layers, skipped_empty=0, repaired=0, skipped_no_code=0):
        self._layers = {layer.code: layer for layer in layers}
        self.factions = sorted(self._layers)
        self.skipped_empty = skipped_empty
        self.repaired = repaired
        self.skipped_no_code = skipped_no_code
        counts = [len(self._layers[code].shapes) for code in self.factions]
        self._shape_owner = np.repeat(np.arange(len(self.factions), dtype=np.intp), counts)
        self._tested = 0  # point-shape tests made without the pieces

    def __getitem__(self, code) -> FactionTerritory:
        return self._layers[code]

    @property
    def vertex_count(self):
        """Vertices of all faction boundaries after merging and cutting long edges."""
        return sum(layer.n_vertices for layer in self._layers.values())

    @classmethod
    def from_geometries(
        cls,
        codes: Sequence[str],
        geometries: Sequence,
        max_piece_km: float = MAX_PIECE_KM,
        cache=None,
    ) -> Territories:
        """Territories from one faction code per feature and its lon/lat (EPSG:4326) geometry.

        Geometries may be shapely geometries or WKB bytes: polygons, lines or points, multi or
        collections, with Z/M (ignored). None or empty geometries are skipped and counted in
        `skipped_empty`; features whose code is None or blank are skipped and counted in
        `skipped_no_code`. Invalid geometries (bow-ties, self-intersections; unclosed rings in
        WKB) are repaired with make_valid's 'structure' method (shells bound area, holes remove
        it) and counted in `repaired`. The inputs are never modified. cache: optional
        build_cache.BuildCache; a faction whose geometries were built before is reused.
        """
        if len(codes) != len(geometries):
            raise ValueError(f"{len(codes)} faction codes for {len(geometries)} geometries")
        skipped_empty = skipped_no_code = repaired = 0
        by_code: dict[str, list] = {}
        for code, geometry in zip(codes, geometries):
            if code is None or str(code).strip() == "":
                skipped_no_code += 1
                continue
            if isinstance(geometry, (bytes, bytearray, memoryview)):
                geometry, fixed = _from_wkb(bytes(geometry))
                repaired += fixed
            if geometry is None or shapely.is_empty(geometry):
                skipped_empty += 1
                continue
            by_code.setdefault(str(code), []).append(geometry)
        items, layers = [], []
        for code in sorted(by_code):
            key = None
            if cache is not None:
                key = ("territory", code, max_piece_km, geometry_key(by_code[code]))
                hit = cache.get(key)
                if hit is not None:
                    layer, fixed, empty = hit
                    repaired, skipped_empty = repaired + fixed, skipped_empty + empty
                    layers += [layer] if layer is not None else []
                    continue
            # force_2d copies: everything below works on our own objects, never the caller's.
            parts = shapely.force_2d(np.asarray(by_code[code], dtype=object))
            invalid = ~shapely.is_valid(parts)
            fixed = int(invalid.sum())
            if fixed:
                repaired += fixed
                parts[invalid] = _make_valid(parts[invalid])
            items.append((code, parts, key, fixed))
        built, empty = _factions([(code, parts) for code, parts, _, _ in items], max_piece_km)
        skipped_empty += empty
        layers += built
        if cache is not None:
            by_code_built = {layer.code: layer for layer in built}
            for code, parts, key, fixed in items:
                layer = by_code_built.get(code)
                cache.put(key, (layer, fixed, 0 if layer is not None else len(parts)))
        return cls(layers, skipped_empty, repaired, skipped_no_code)

    @cached_property
    def _all_shapes(self):
        return np.asarray(
            [shape for code in self.factions for shape in self._layers[code].shapes], dtype=object
        )

    @cached_property
    def _shape_tree(self):
        return shapely.STRtree(self._all_shapes)

    @cached_property
    def _cut_cost(self):
        """Vertices of the polygons that the pieces would cut (none where already cut)."""
        todo = [
            layer.shapes
            for layer in self._layers.values()
            if "subdivision" not in layer.__dict__  # built before (BuildCache): nothing to pay
        ]
        shapes = np.asarray([shape for group in todo for shape in group], dtype=object)
        if not shapes.size:
            return 0.0
        n = shapely.get_num_coordinates(shapes)
        return float(n[(shapely.get_type_id(shapes) == 3) & (n > MAX_VERTICES)].sum())

    @cached_property
    def _cover(self) -> CoverIndex:
        # One index of every faction's pieces, built when it pays (see PAIRS_PER_VERTEX).
        layers = [self._layers[code] for code in self.factions]
        return CoverIndex(self._all_shapes, [layer.subdivision for layer in layers])

    def contains(self, lon, lat):
        """bool (n, n_factions): which factions' territory covers each point (borders count)."""
        lon = np.asarray(lon, dtype=float).ravel()
        lat = np.asarray(lat, dtype=float).ravel()
        inside = np.zeros((lon.size, len(self.factions)), dtype=bool)
        if not self.factions or lon.size == 0:
            return inside
        if "_cover" in self.__dict__:
            point, shape = self._cover.pairs(lon, lat)
        else:
            point, shape = self._shape_tree.query(shapely.points(lon, lat))
            self._tested += point.size
            if self._tested >= PAIRS_PER_VERTEX * self._cut_cost:
                point, shape = self._cover.pairs(lon, lat)
            else:
                point, shape = _covering(self._all_shapes, point, shape, lon, lat)
        inside[point, self._shape_owner[shape]] = True
        return inside


def _covering(shapes, point, shape, lon, lat):
    """The (point, shape) pairs, of those whose boxes meet, where the shape covers the point."""
    order = np.argsort(shape, kind="stable")
    point, shape = point[order], shape[order]
    # Prepared shapes answer point-in-polygon from their own index, a shape's points together.
    hit = shapely.intersects_xy(shapes[shape], lon[point], lat[point])
    return point[hit], shape[hit]


def _make_valid(geometries):
    try:
        return shapely.make_valid(geometries, method="structure", keep_collapsed=True)
    except (TypeError, ValueError, shapely.errors.UnsupportedGEOSVersionError):
        # shapely 2.0 or GEOS < 3.10: only the 'linework' repair (alternate areas may become
        # holes where rings overlap themselves).
        return shapely.make_valid(geometries)


def _from_wkb(wkb):
    try:
        return shapely.from_wkb(wkb), 0
    except shapely.errors.GEOSException:
        try:
            fixed = shapely.from_wkb(wkb, on_invalid="fix")  # closes unclosed rings
        except (TypeError, ValueError, shapely.errors.UnsupportedGEOSVersionError):
            fixed = None  # shapely 2.0 / GEOS < 3.11 cannot: the feature is skipped
        return fixed, int(fixed is not None)


def _flatten(geometries):
    """Polygons, lines and points of (possibly nested) collections."""
    parts = shapely.get_parts(geometries)
    while True:
        nested = shapely.get_type_id(parts) == 7
        if not nested.any():
            break
        parts = np.concatenate([parts[~nested], shapely.get_parts(parts[nested])])
    parts = parts[~shapely.is_empty(parts)]
    kind = shapely.get_type_id(parts)
    return parts[kind == 3], parts[(kind == 1) | (kind == 2)], parts[kind == 0]


def _shapes(geometries):
    """(polygons, lines, points) of one faction, its own polygons merged."""
    polygons, lines, points = _flatten(geometries)
    if polygons.size:
        # Merging removes the borders between a faction's own polygons: fewer pieces, and only
        # real frontiers left to measure to. Should GEOS fail, they stay apart: same distances.
        with contextlib.suppress(shapely.errors.GEOSException):
            polygons = shapely.get_parts(shapely.union_all(polygons))
    return polygons, lines, points


def _outline(polygons, lines, points):
    """Coordinates of the rings and lines (and points, doubled) and the path of each."""
    rings = shapely.get_rings(polygons) if polygons.size else np.empty(0, dtype=object)
    paths = np.concatenate([rings, lines]).astype(object)
    xy, path = shapely.get_coordinates(paths, return_index=True)
    if points.size:
        # A point is a piece from itself to itself.
        pxy = np.repeat(shapely.get_coordinates(points), 2, axis=0)
        ppath = np.repeat(np.arange(len(pxy) // 2) + len(paths), 2)
        xy, path = np.vstack([xy, pxy]), np.concatenate([path, ppath])
    return xy, path, len(paths) + points.size


def _factions(items, max_piece_km):
    """FactionTerritory of each (code, geometries) with any shape, and how many features were
    left without one. The vertex arithmetic runs once over all factions: a snapshot's map is
    rebuilt for every snapshot, where per-faction calls cost more than the arithmetic."""
    kept, shapes, xys, paths, skipped = [], [], [], [], 0
    offset = 0
    for code, geometries in items:
        polygons, lines, points = _shapes(geometries)
        if not (polygons.size or lines.size or points.size):
            skipped += len(geometries)
            continue
        xy, path, n_paths = _outline(polygons, lines, points)
        kept.append(code)
        shapes.append([*polygons, *lines, *points])
        xys.append(xy)
        paths.append(path + offset)  # paths of different factions never join
        offset += n_paths
    if not kept:
        return [], skipped
    shapely.prepare(np.asarray([shape for group in shapes for shape in group], dtype=object))
    xy = np.concatenate(xys)
    owner = np.repeat(np.arange(len(kept)), [len(v) for v in xys])
    lon, lat, piece_ok, start = _densify(xy[:, 0], xy[:, 1], np.concatenate(paths), max_piece_km)
    bounds = np.searchsorted(owner[start], np.arange(len(kept) + 1))
    xyz = ecef_km(lon, lat)
    step = np.zeros_like(xyz)
    step[:-1] = xyz[1:] - xyz[:-1]
    step[~piece_ok] = 0.0
    len2 = np.einsum("ij,ij->i", step, step)
    inv_len2 = np.divide(1.0, len2, out=np.zeros_like(len2), where=len2 > 0)
    dev = _deviation(lon, lat, xyz, step, inv_len2, piece_ok)
    layers = []
    for j, code in enumerate(kept):
        v = slice(bounds[j], bounds[j + 1])
        layers.append(
            FactionTerritory(
                code=code,
                shapes=shapes[j],
                lon=lon[v],
                lat=lat[v],
                xyz=xyz[v],
                xyz_t=np.ascontiguousarray(xyz[v].T),
                piece_ok=piece_ok[v],
                step_t=np.ascontiguousarray(step[v].T),
                len2=len2[v],
                inv_len2=inv_len2[v],
                dev=dev[v],
                max_len=float(np.sqrt(len2[v].max())) if len2[v].size else 0.0,
                max_dev=float(dev[v].max()) if dev[v].size else 0.0,
                tree=_tree(xyz[v]),
            )
        )
    return layers, skipped


def _tree(xyz):
    # Unbalanced trees with 32 points a leaf query fastest here (measured; balanced ones build
    # and query several times slower on vertices strung along lines).
    if not len(xyz):
        return None
    return cKDTree(xyz, leafsize=32, balanced_tree=False, compact_nodes=False)


def _densify(lon, lat, path, max_km):
    """Cut edges into lon/lat-linear pieces of at most `max_km`; the territory stays the same."""
    n = lon.size
    edge = np.zeros(n, dtype=bool)
    edge[:-1] = path[1:] == path[:-1]
    nxt = np.minimum(np.arange(n) + 1, n - 1)
    dlat = np.radians(np.abs(lat[nxt] - lat))
    dlon = np.radians(np.abs(lon[nxt] - lon))
    # Along a lon/lat-straight edge cos(lat) is at most its largest value at an end, or 1 if
    # the edge crosses the equator: this bounds the edge's length from above.
    cos_max = np.maximum(np.cos(np.radians(lat)), np.cos(np.radians(lat[nxt])))
    cos_max = np.where(lat * lat[nxt] < 0, 1.0, cos_max)
    length = _RADIUS_BOUND_KM * np.hypot(dlat, dlon * cos_max)
    cuts = np.where(edge, np.maximum(np.ceil(length / max_km), 1), 1).astype(np.intp)
    start = np.repeat(np.arange(n), cuts)
    t = np.arange(start.size) - np.repeat(np.cumsum(cuts) - cuts, cuts)
    t = t / cuts[start]
    out_lon, out_lat = edge_point(lon[start], lat[start], lon[nxt][start], lat[nxt][start], t)
    # Exact vertices stay exact (t = 0): a point on a border stays on it.
    out_lon[t == 0] = lon[start][t == 0]
    out_lat[t == 0] = lat[start][t == 0]
    piece_ok = edge[start] | (t > 0)
    return out_lon, out_lat, piece_ok, start


def _deviation(lon, lat, xyz, step, inv_len2, piece_ok):
    """Bound (km) of the gap between each real piece (lon/lat-straight) and its 3D chord."""
    dev = np.zeros(lon.size)
    v = np.flatnonzero(piece_ok)
    worst = np.zeros(v.size)
    # Gathered once for the three samples (a snapshot's map is rebuilt many times).
    alon, alat, blon, blat = lon[v], lat[v], lon[v + 1], lat[v + 1]
    xyz_v, step_v, inv_v = xyz[v], step[v], inv_len2[v]
    for f in (0.25, 0.5, 0.75):
        p = ecef_km(*edge_point(alon, alat, blon, blat, f))
        w = p - xyz_v
        t = np.minimum(np.maximum(np.einsum("ij,ij->i", w, step_v) * inv_v, 0.0), 1.0)
        gap = np.linalg.norm(w - t[:, None] * step_v, axis=1)
        worst = np.maximum(worst, gap)
    # A short piece bends like a parabola, furthest from its chord near the middle; the
    # margin covers the rest (and rounding).
    dev[v] = worst * 1.25 + 1e-9
    return dev
