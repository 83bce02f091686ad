"""The exact nearest point of one faction's boundary to each strike, and its geodesic distance."""

from __future__ import annotations

import numpy as np

from .far import far_search
from .geodesic import chord_for_geodesic_km, closest_on_edges, edge_point
from .parallel import in_task

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
# Rows of candidate pieces handled at once: small arrays stay in the CPU cache.
_SUB = 4096
# scipy starts Python threads per query with workers > 1: they only pay for themselves from
# several thousand points (measured: 100 points take 0.4 ms alone, 2.2 ms on two threads).
_THREADED_QUERY = 8192


def nearest_on_boundary(layer, pxyz, plon, plat, max_km, tracker):
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
    _measure_candidates(layer, plon, plat, batch, starts, near, t, limit, best, piece, tpar)
    # Pieces not among the candidates have both ends beyond the k-th vertex: no nearer than
    # sqrt(c_k^2 - (L/2)^2) to a chord, less the bend.
    if k >= nv:
        return batch[:0], far_rows
    ck = chord[:, -1]
    reach = np.sqrt(np.maximum(ck * ck - layer.max_len**2 / 4, 0.0)) - layer.max_dev
    bound = chord_for_geodesic_km(np.minimum(best[batch], limit) - _TOL_KM)
    return batch[np.isfinite(ck) & (reach < bound)], far_rows


def _measure_candidates(layer, plon, plat, batch, starts, near, t, limit, best, piece, tpar):
    """Measures exactly the candidate pieces that may beat the best so far; updates best/piece/
    tpar in place. The nearest chord first, then every piece whose bound still beats it."""
    rows = np.arange(batch.size)
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
