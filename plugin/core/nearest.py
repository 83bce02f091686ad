"""Who holds each strike's ground, and the geodesic distance from it to each faction's territory."""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass

import numpy as np

from .codes import join_codes
from .far import far_search
from .geodesic import chord_for_geodesic_km, closest_on_edges, ecef_km, edge_point
from .parallel import in_task, run_all

# Strikes are processed in chunks: bounded memory, and a progress call between chunks.
CHUNK = 32768
# Start with this many nearest vertices per strike; strikes whose answer cannot yet be proven
# exact are asked again with 4 times as many (only those strikes).
K_FIRST = 4
# Memory bound of one batch of candidate pieces (strikes x pieces).
_BATCH_CELLS = 1 << 21
# Pieces whose lower bound is within this of the best exact distance are measured exactly (km).
_TOL_KM = 1e-6
# Beyond this (km) the chord foot is no longer a good enough guess along a piece: use the
# strike's azimuthal equidistant frame instead.
_FAR_KM = 1500.0
# Pieces bent further than this from their 3D chord (km: near the poles) are searched.
_CURVED_KM = 2e-4
# Strikes further than this (straight line, km) from a faction's nearest vertex are measured by
# far.py: there, bounds from straight lines are too loose to be cheap.
_FAR_CHORD_KM = 2000.0
_TICK_S = 0.25
# Rows of candidate pieces handled at once: small arrays stay in the CPU cache.
_SUB = 4096
# scipy starts Python threads per query with workers > 1: they only pay for themselves from
# several thousand points (measured: 100 points take 0.4 ms alone, 2.2 ms on two threads).
_THREADED_QUERY = 8192
# Chunks with at least this many strikes search their factions side by side (parallel.py).
_THREADED_ROWS = 8192


class Cancelled(Exception):  # noqa: N818 (the public name)
    """Raised by a progress callback to stop `nearest_factions`; it propagates unchanged."""


@dataclass
class NearestResult:
    """Per strike feature (rows) and measured faction (columns, in `factions` order)."""

    factions: list
    inside: np.ndarray  # bool (n_features, n_factions)
    dist_km: np.ndarray  # 0 inside; NaN beyond the maximum distance or for features without parts
    nearest_lon: np.ndarray | None
    nearest_lat: np.ndarray | None
    controlled_by: np.ndarray  # object: 'a+b' codes holding the strike, or None
    nearest_other: np.ndarray  # object: nearest faction not holding it, or None
    nearest_other_km: np.ndarray


class _Quiet:
    """A tracker for work on another thread: progress is told by the calling thread."""

    def tick(self, force=False):
        pass


_QUIET = _Quiet()


class _Progress:
    def __init__(self, callback, total):
        self.callback = callback
        self.total = max(total, 1)
        self.done = 0
        self.last = time.perf_counter()

    def step(self, units):
        self.done += units
        self.tick(force=True)

    def tick(self, force=False):
        if self.callback is None:
            return
        now = time.perf_counter()
        if force or now - self.last > _TICK_S:
            self.last = now
            self.callback(min(self.done / self.total, 1.0))


def nearest_factions(
    territories,
    lon,
    lat,
    part_feature=None,
    n_features=None,
    factions=None,
    max_distance_km=None,
    with_nearest_points=False,
    progress=None,
    wanted=None,
) -> NearestResult:
    """Control and nearest-territory distances of strikes, exact to the millimetre on WGS84.

    lon, lat: strike points (parts) in degrees, WGS84. part_feature: the feature index of each
    part (default: every point is its own feature); n_features: number of features (features
    without parts get NaN / None). factions: the codes to measure (default: all), kept in
    `territories.factions` order.

    Multipart rule: a feature is controlled by every faction holding any of its parts, and its
    distance to a faction is the minimum over its parts (0 when any part is inside); its nearest
    point is that of the closest part.

    `controlled_by` looks at every faction of the map, measured or not (who holds the ground does
    not depend on what is measured); `nearest_other` is the nearest measured faction not holding
    the strike. Parts with non-finite coordinates or a feature index outside 0..n_features-1
    are ignored. Distances are geodesic on WGS84 to the territory as QGIS draws EPSG:4326 data
    (edges straight in lon/lat); the strike is inside when a polygon, line or point of the
    faction covers it in lon/lat (a border belongs to both sides, a hole to neither).
    `progress(fraction)` is called between pieces of work (at least every ~0.5 s); an exception
    it raises, such as Cancelled, stops the run and propagates. wanted: optional bool
    (n_features, n_measured): only these distances are measured, the others are NaN (and play
    no part in nearest_other); parts of features wanting none are skipped altogether.
    """
    lon = np.asarray(lon, dtype=np.float64).ravel()
    lat = np.asarray(lat, dtype=np.float64).ravel()
    if lon.shape != lat.shape:
        raise ValueError("lon and lat differ in length")
    if part_feature is None:
        part_feature = np.arange(lon.size)
    part_feature = np.asarray(part_feature, dtype=np.int64).ravel()
    if part_feature.shape != lon.shape:
        raise ValueError("part_feature must give one feature per point")
    if n_features is None:
        n_features = int(part_feature.max()) + 1 if part_feature.size else 0
    all_codes = list(territories.factions)
    if factions is None:
        measured = all_codes
    else:
        unknown = set(factions) - set(all_codes)
        if unknown:
            raise ValueError(f"unknown faction codes: {sorted(unknown)}")
        measured = [c for c in all_codes if c in set(factions)]
    columns = [all_codes.index(c) for c in measured]

    ok = np.isfinite(lon) & np.isfinite(lat) & (part_feature >= 0) & (part_feature < n_features)
    if wanted is not None:
        wanted = np.asarray(wanted, dtype=bool).reshape(n_features, len(measured))
        ok[ok] &= wanted[part_feature[ok]].any(axis=1)
    parts = np.flatnonzero(ok)
    # Neighbouring strikes one after another: the index searches hit warm memory (~30% faster).
    parts = parts[np.argsort(_z_order(lon[parts], lat[parts]), kind="stable")]
    n_parts, n_cols = parts.size, len(measured)
    held = np.zeros((n_parts, len(all_codes)), dtype=bool)
    dist = np.full((n_parts, n_cols), np.nan)
    near_lon = np.full((n_parts, n_cols), np.nan) if with_nearest_points else None
    near_lat = np.full((n_parts, n_cols), np.nan) if with_nearest_points else None
    # Work units: per part, its containment, each faction measured, and folding into features.
    tracker = _Progress(progress, n_parts * (2 + n_cols))
    tracker.tick(force=True)
    for begin in range(0, n_parts, CHUNK):
        rows = parts[begin : begin + CHUNK]
        sl = slice(begin, begin + rows.size)
        plon, plat = lon[rows], lat[rows]
        held[sl] = territories.contains(plon, plat)
        tracker.step(rows.size)
        pxyz = ecef_km(plon, plat)
        want = None if wanted is None else wanted[part_feature[rows]]
        jobs = []
        for col, j in enumerate(columns):
            inside = held[sl, j]
            skip = None if want is None else ~want[:, col]
            out = np.flatnonzero(~inside if skip is None else ~inside & ~skip)
            d = np.zeros(rows.size)
            if skip is not None:
                d[skip] = np.nan
            dist[sl, col] = d
            if with_nearest_points:
                here = inside if skip is None else inside & ~skip
                near_lon[sl, col] = np.where(here, plon, np.nan)
                near_lat[sl, col] = np.where(here, plat, np.nan)
            jobs.append((col, out))
        # Large chunks: the factions are searched two at a time (each search on one thread).
        threaded = rows.size >= _THREADED_ROWS and len(jobs) > 1
        tasks = [
            functools.partial(
                _distances,
                territories[measured[col]],
                pxyz[out],
                plon[out],
                plat[out],
                max_distance_km,
                _QUIET if threaded else tracker,
            )
            for col, out in jobs
        ]
        if threaded:
            answers = run_all(tasks, tracker.tick, _TICK_S)
        else:
            answers = []
            for task in tasks:
                answers.append(task())
                tracker.step(rows.size)
        for (col, out), (s, nlon, nlat) in zip(jobs, answers):
            dist[begin + out, col] = s
            if with_nearest_points:
                near_lon[begin + out, col] = nlon
                near_lat[begin + out, col] = nlat
        if threaded:
            tracker.step(rows.size * len(jobs))
    result = _by_feature(
        measured,
        all_codes,
        columns,
        part_feature[parts],
        n_features,
        held,
        dist,
        near_lon,
        near_lat,
        tracker,
    )
    tracker.step(n_parts)
    return result


def _z_order(lon, lat, bits=16):
    """Morton (Z-order) key of each point in the points' bounding box."""
    if lon.size == 0:
        return np.zeros(0, dtype=np.uint64)
    keys = []
    for v in (lon, lat):
        lo, span = v.min(), max(np.ptp(v), 1e-12)
        q = ((v - lo) / span * (2**bits - 1)).astype(np.uint64)
        for shift, mask in ((8, 0x00FF00FF), (4, 0x0F0F0F0F), (2, 0x33333333), (1, 0x55555555)):
            q = (q | (q << np.uint64(shift))) & np.uint64(mask)
        keys.append(q)
    return keys[0] | (keys[1] << np.uint64(1))


def _distances(layer, pxyz, plon, plat, max_km, tracker):
    """Exact geodesic km from points to one faction's boundary pieces (inf beyond max_km).

    The k nearest vertices in 3D (Earth-centred) give candidate pieces; each is bounded below
    by its straight-line distance (less its bend), turned into the shortest geodesic that
    straight line allows. The most promising piece is measured exactly, then every piece whose
    bound still beats it. Pieces not among the candidates are bounded by the k-th vertex's
    distance; where that bound does not clear the answer, the strike is asked again with 4k.
    Strikes far from the faction go to far.py, where straight-line bounds are too loose.
    """
    n = plon.size
    best = np.full(n, np.inf)
    piece = np.zeros(n, dtype=np.intp)
    tpar = np.zeros(n)
    if n == 0 or layer.tree is None:
        return _finish(layer, best, piece, tpar, max_km)
    limit = np.inf if max_km is None else float(max_km)
    # The nearest point within `limit` has a vertex within half a piece (and its bend) of it.
    radius = limit + layer.max_len / 2 + layer.max_dev + 1e-6
    todo = np.arange(n)
    k = K_FIRST
    far = []
    while todo.size:
        kk = min(k, layer.n_vertices)
        again = []
        for batch in np.array_split(todo, max(1, todo.size * kk // _BATCH_CELLS)):
            if batch.size == 0:
                continue
            unproven, distant = _search(
                layer,
                pxyz,
                plon,
                plat,
                batch,
                kk,
                radius,
                limit,
                best,
                piece,
                tpar,
                route_far=k == K_FIRST,
            )
            again.append(unproven)
            far.append(distant)
            tracker.tick()
        todo = np.concatenate(again) if again else todo[:0]
        k *= 4
    far = np.concatenate(far) if far else todo[:0]
    for begin in range(0, far.size, 512):  # ~0.1 s each: progress stays responsive
        far_search(layer, plon, plat, limit, best, piece, tpar, far[begin : begin + 512])
        tracker.tick()
    return _finish(layer, best, piece, tpar, max_km)


def _search(layer, pxyz, plon, plat, batch, k, radius, limit, best, piece, tpar, route_far):
    """One round of the nearest search with k vertices; updates best/piece/tpar in place.

    Returns the strikes of `batch` whose answer is not yet proven (ask again with more), and
    with `route_far` those to hand to far.py instead.
    """
    nv = layer.n_vertices
    workers = 2 if batch.size >= _THREADED_QUERY and not in_task() else 1
    chord, vert = layer.tree.query(pxyz[batch], k=k, distance_upper_bound=radius, workers=workers)
    chord = chord.reshape(batch.size, k)
    vert = vert.reshape(batch.size, k)
    distant = np.zeros(batch.size, dtype=bool)
    if route_far:
        distant = np.isfinite(chord[:, 0]) & (chord[:, 0] > _FAR_CHORD_KM)
        if distant.any():
            chord, vert = chord[~distant], vert[~distant]
    far_rows, batch = batch[distant], batch[~distant]
    m = batch.size
    starts = np.empty((m, 2 * k), dtype=np.intp)
    near = np.empty((m, 2 * k))
    t = np.empty((m, 2 * k))
    for a in range(0, m, _SUB):
        b = min(a + _SUB, m)
        starts[a:b], near[a:b], t[a:b] = _chords(layer, pxyz[batch[a:b]], vert[a:b])
    rows = np.arange(m)
    far_chord = chord_for_geodesic_km(_FAR_KM)

    # First the piece whose chord is nearest, then every piece that might still beat it.
    first = np.argmin(near, axis=1)
    todo = np.zeros(near.shape, dtype=bool)
    todo[rows, first] = near[rows, first] <= chord_for_geodesic_km(np.minimum(best[batch], limit))
    exact = np.full(near.shape, np.inf)
    exact_t = np.zeros(near.shape)
    for _ in range(2):
        r, c = np.nonzero(todo)
        if r.size:
            start = starts[r, c]
            exact[r, c], exact_t[r, c] = closest_on_edges(
                plon[batch[r]],
                plat[batch[r]],
                layer.lon[start],
                layer.lat[start],
                layer.lon[start + 1],
                layer.lat[start + 1],
                t[r, c],
                far=near[r, c] > far_chord,
                curved=layer.dev[start] > _CURVED_KM,
            )
            j = np.argmin(exact, axis=1)
            value = exact[rows, j]
            better = value < best[batch]
            won = batch[better]
            best[won] = value[better]
            piece[won] = starts[rows, j][better]
            tpar[won] = exact_t[rows, j][better]
        bound = chord_for_geodesic_km(np.minimum(best[batch], limit) - _TOL_KM)
        todo = (near < bound[:, None]) & np.isinf(exact)
        # A piece whose chord foot is the end it shares with the best point so far (the other
        # piece at a corner) would be measured at that very point: its value is known.
        r, c = np.nonzero(todo)
        known = _same_point(layer, starts[r, c], t[r, c], piece[batch[r]], tpar[batch[r]])
        known &= near[r, c] <= far_chord
        todo[r[known], c[known]] = False
    # Pieces not among the candidates have both ends beyond the k-th vertex: no nearer than
    # sqrt(c_k^2 - (L/2)^2) to a chord, less the bend.
    if k >= nv:
        return batch[:0], far_rows
    ck = chord[:, -1]
    reach = np.sqrt(np.maximum(ck * ck - layer.max_len**2 / 4, 0.0)) - layer.max_dev
    bound = chord_for_geodesic_km(np.minimum(best[batch], limit) - _TOL_KM)
    return batch[np.isfinite(ck) & (reach < bound)], far_rows


def _same_point(layer, start, t, best_piece, best_t):
    """Whether a candidate's chord foot is an end of it that is also the best point found."""
    end = np.where(t == 0.0, start, np.where(t == 1.0, start + 1, -1))
    ref = np.where(best_t == 0.0, best_piece, np.where(best_t == 1.0, best_piece + 1, -1))
    same = (end >= 0) & (ref >= 0)
    end, ref = np.maximum(end, 0), np.maximum(ref, 0)
    same &= (layer.lon[end] == layer.lon[ref]) & (layer.lat[end] == layer.lat[ref])
    # Bent pieces are not measured at the chord foot (nor far strikes, see the caller).
    return same & (layer.dev[start] <= _CURVED_KM)


def _chords(layer, pxyz, vert):
    """Candidate pieces (those touching the given vertices), each once, and for each a lower
    bound (km) of the straight-line distance from the point to the real piece, and the
    parameter of the foot on its 3D chord. Invalid entries get an infinite bound."""
    nv = layer.n_vertices
    starts = np.concatenate([vert - 1, vert], axis=1)
    starts.sort(axis=1)
    valid = (starts >= 0) & (starts < nv)
    valid[:, 1:] &= starts[:, 1:] != starts[:, :-1]  # each piece once
    starts[~valid] = 0
    valid &= layer.piece_ok[starts]
    # Components one by one: small contiguous arrays, much faster than (m, k, 3) gathers.
    x, y, z = layer.xyz_t
    sx, sy, sz = layer.step_t[0][starts], layer.step_t[1][starts], layer.step_t[2][starts]
    wx = pxyz[:, 0, None] - x[starts]
    wy = pxyz[:, 1, None] - y[starts]
    wz = pxyz[:, 2, None] - z[starts]
    t = (wx * sx + wy * sy + wz * sz) * layer.inv_len2[starts]
    np.maximum(t, 0.0, out=t)  # not np.clip: the same, without its costly checks
    np.minimum(t, 1.0, out=t)
    wx -= t * sx
    wy -= t * sy
    wz -= t * sz
    near = np.sqrt(wx * wx + wy * wy + wz * wz)
    # No point of the real piece is nearer than its chord less its bend.
    near -= layer.dev[starts]
    np.maximum(near, 0.0, out=near)
    near[~valid] = np.inf
    return starts, near, t


def _finish(layer, best, piece, tpar, max_km):
    dist = best.copy()
    if max_km is not None:
        dist[dist > max_km] = np.inf
    found = np.isfinite(dist)
    dist[~found] = np.nan
    if layer.n_vertices == 0:
        return dist, np.full(dist.shape, np.nan), np.full(dist.shape, np.nan)
    end = np.minimum(piece + 1, layer.n_vertices - 1)
    nlon, nlat = edge_point(
        layer.lon[piece], layer.lat[piece], layer.lon[end], layer.lat[end], tpar
    )
    nlon[~found] = np.nan
    nlat[~found] = np.nan
    return dist, nlon, nlat


def _by_feature(
    measured, all_codes, columns, feature, n_features, held, dist, near_lon, near_lat, tracker
):
    """Folds parts into features (multipart rule) and derives controlled_by / nearest_other."""
    n_cols = len(measured)
    held_f = np.zeros((n_features, len(all_codes)), dtype=bool)
    dist_f = np.full((n_features, n_cols), np.nan)
    lon_f = np.full((n_features, n_cols), np.nan) if near_lon is not None else None
    lat_f = np.full((n_features, n_cols), np.nan) if near_lat is not None else None
    if feature.size:
        for j in range(len(all_codes)):
            held_f[feature[held[:, j]], j] = True
        # Most features have one part: copied straight; the others fold over their parts.
        alone = np.bincount(feature, minlength=n_features)[feature] == 1
        dist_f[feature[alone]] = dist[alone]
        if lon_f is not None:
            lon_f[feature[alone]] = near_lon[alone]
            lat_f[feature[alone]] = near_lat[alone]
        multi = np.flatnonzero(~alone)
        tracker.tick()
        for col in range(n_cols):
            if multi.size == 0:
                break
            d = dist[multi, col]
            # Per feature, its closest part first (NaN last), then keep the first of each run.
            order = np.lexsort((np.where(np.isnan(d), np.inf, d), feature[multi]))
            f = feature[multi][order]
            first = multi[order[np.r_[True, f[1:] != f[:-1]]]]
            dist_f[feature[first], col] = dist[first, col]
            if lon_f is not None:
                lon_f[feature[first], col] = near_lon[first, col]
                lat_f[feature[first], col] = near_lat[first, col]
    inside = held_f[:, columns] if columns else np.zeros((n_features, 0), dtype=bool)

    tracker.tick()
    controlled_by = np.full(n_features, None, dtype=object)
    anyone = held_f.any(axis=1)
    if anyone.any():
        # One label per distinct set of holders, not per feature.
        bits = np.packbits(held_f[anyone], axis=1, bitorder="little")
        keys = np.zeros(bits.shape[0], dtype=object if bits.shape[1] > 8 else np.uint64)
        if bits.shape[1] > 8:
            keys[:] = [row.tobytes() for row in bits]
        else:
            for b in range(bits.shape[1]):
                keys |= bits[:, b].astype(np.uint64) << np.uint64(8 * b)
        combos, first, which = np.unique(keys, return_index=True, return_inverse=True)
        rows = held_f[anyone][first]
        labels = np.array(
            [join_codes(c for c, h in zip(all_codes, row) if h) for row in rows], dtype=object
        )
        controlled_by[anyone] = labels[which.ravel()]

    tracker.tick()
    others = np.where(inside | np.isnan(dist_f), np.inf, dist_f)
    nearest_other = np.full(n_features, None, dtype=object)
    nearest_other_km = np.full(n_features, np.nan)
    if n_cols:
        j = np.argmin(others, axis=1)  # ties: the first in faction order
        km = others[np.arange(n_features), j]
        found = np.isfinite(km)
        nearest_other[found] = np.asarray(measured, dtype=object)[j[found]]
        nearest_other_km[found] = km[found]
    return NearestResult(
        factions=list(measured),
        inside=inside,
        dist_km=dist_f,
        nearest_lon=lon_f,
        nearest_lat=lat_f,
        controlled_by=controlled_by,
        nearest_other=nearest_other,
        nearest_other_km=nearest_other_km,
    )
