"""Nearest boundary for strikes far from a faction: exact anchors, Taylor bounds of the distance."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from .geodesic import circle_curvature_bound, closest_on_edges, inverse

# Far away, straight-line (chord) bounds lose too much against the ellipsoid's flattening (tens
# of km at 10,000 km): instead, the boundary is cut into groups of consecutive vertices, each
# with an anchor vertex. One geodesic inverse from the strike to an anchor gives the exact
# distance s and direction of travel u there; any point at offset δ from the anchor (in the
# anchor's own azimuthal equidistant frame) is then s + δ·u ± κ|δ|²/2 away, κ bounding the
# curvature of geodesic circles (the Hessian of the distance). The groups and pieces whose
# lower bound beats the best distance found are measured exactly.
GROUP = 160
_TOL_KM = 1e-6
_STRIKES_PER_BATCH = 256


@dataclass
class FarIndex:
    """Groups of GROUP pieces: vertices first[g] .. first[g] + GROUP, anchored at anchor[g]."""

    first: np.ndarray  # (n_g,)
    anchor: np.ndarray  # (n_g,) vertex index
    x: np.ndarray  # (n_g, GROUP + 1) km east in the anchor's azimuthal equidistant frame
    y: np.ndarray  # (n_g, GROUP + 1) km north
    d: np.ndarray  # (n_g, GROUP + 1) km from the anchor
    piece: np.ndarray  # bool (n_g, GROUP): slot j starts a piece
    dev: np.ndarray  # (n_g, GROUP) km, bend of that piece
    reach: np.ndarray  # (n_g, GROUP) km: no point of the piece is further from the anchor
    radius: np.ndarray  # (n_g,) km: no point of the group is further from the anchor
    hull_x: np.ndarray  # (n_g, h) convex hull of the group's vertices in that frame (padded)
    hull_y: np.ndarray
    dev_max: np.ndarray  # (n_g,)


def build_far_index(lon, lat, piece_ok, dev, len2) -> FarIndex | None:
    n = lon.size
    if n == 0:
        return None
    n_g = max(1, -(-(n - 1) // GROUP))
    first = np.arange(n_g) * GROUP
    slots = np.minimum(first[:, None] + np.arange(GROUP + 1), n - 1)
    anchor = slots[:, GROUP // 2]
    az, d = inverse(
        lon[anchor][:, None], lat[anchor][:, None], lon[slots], lat[slots], with_azimuth=True
    )
    d = np.where(slots == anchor[:, None], 0.0, d)
    x = d * np.sin(np.radians(az))
    y = d * np.cos(np.radians(az))
    starts = slots[:, :-1]
    piece = piece_ok[starts] & (first[:, None] + np.arange(GROUP) < n - 1)
    reach = np.where(piece, np.maximum(d[:, :-1], d[:, 1:]) + dev[starts], 0.0)
    # The anchor's frame bends a piece a little too (by about L^2 d / 4R^2): part of its bend.
    pdev = np.where(piece, dev[starts] + len2[starts] * reach / (4 * 6300.0**2), 0.0)
    radius = np.maximum(reach.max(axis=1), d.max(axis=1))
    hulls = shapely.convex_hull(
        shapely.multipoints(
            np.c_[x.ravel(), y.ravel()], indices=np.repeat(np.arange(n_g), GROUP + 1)
        )
    )
    hxy, which = shapely.get_coordinates(hulls, return_index=True)
    count = np.bincount(which, minlength=n_g)
    width = int(count.max())
    pos = np.arange(which.size) - np.repeat(np.cumsum(count) - count, count)
    hull_x = np.repeat(hxy[np.cumsum(count) - count, 0][:, None], width, axis=1)
    hull_y = np.repeat(hxy[np.cumsum(count) - count, 1][:, None], width, axis=1)
    hull_x[which, pos] = hxy[:, 0]
    hull_y[which, pos] = hxy[:, 1]
    return FarIndex(
        first, anchor, x, y, d, piece, pdev, reach, radius, hull_x, hull_y, pdev.max(axis=1)
    )


def far_search(layer, plon, plat, limit, best, piece, tpar, rows):
    """Exact nearest boundary for strikes `rows` (indices into plon/plat/best...), in place."""
    for begin in range(0, rows.size, _STRIKES_PER_BATCH):
        _batch(
            layer, plon, plat, limit, best, piece, tpar, rows[begin : begin + _STRIKES_PER_BATCH]
        )


def _batch(layer, plon, plat, limit, best, piece, tpar, rows):
    idx = layer.far
    lon, lat = plon[rows][:, None], plat[rows][:, None]
    back, s = inverse(
        lon, lat, layer.lon[idx.anchor][None, :], layer.lat[idx.anchor][None, :], back=True
    )
    # Direction of travel at the anchor, away from the strike: the distance's gradient there.
    gamma = np.radians(back + 180.0)
    ux, uy = np.sin(gamma), np.cos(gamma)
    kappa = np.maximum(
        circle_curvature_bound(s - idx.radius), circle_curvature_bound(s + idx.radius)
    )
    lowest = np.min(idx.hull_x[None] * ux[..., None] + idx.hull_y[None] * uy[..., None], axis=2)
    lower = s + lowest - idx.dev_max - kappa * idx.radius**2 / 2 - _TOL_KM
    # The anchors are vertices: the nearest of them is a first answer.
    g = np.argmin(s, axis=1)
    _take(layer, best, piece, tpar, rows, s[np.arange(rows.size), g], idx.anchor[g])
    bound = np.minimum(best[rows], limit)
    r, gg = np.nonzero(lower < bound[:, None])
    if r.size == 0:
        return
    near_antipode = ~np.isfinite(kappa[r, gg])
    if near_antipode.any():
        _exhaustive(
            layer, plon, plat, limit, best, piece, tpar, rows, r[near_antipode], gg[near_antipode]
        )
        r, gg = r[~near_antipode], gg[~near_antipode]
        bound = np.minimum(best[rows], limit)
    # Pieces of the surviving groups, bounded the same way with their own offsets.
    lin = idx.x[gg] * ux[r, gg][:, None] + idx.y[gg] * uy[r, gg][:, None]
    low = (
        s[r, gg][:, None]
        + np.minimum(lin[:, :-1], lin[:, 1:])
        - idx.dev[gg]
        - kappa[r, gg][:, None] * idx.reach[gg] ** 2 / 2
        - _TOL_KM
    )
    _refine(layer, plon, plat, limit, best, piece, tpar, rows, r, gg, low, bound, far=True)


def _exhaustive(layer, plon, plat, limit, best, piece, tpar, rows, r, gg):
    """Near the antipode no Taylor bound holds: measure every vertex of the groups, and bound
    each piece by its ends (a point between two ends lies within half the piece of one)."""
    idx = layer.far
    slots = np.minimum(idx.first[gg][:, None] + np.arange(GROUP + 1), layer.n_vertices - 1)
    p = rows[r][:, None]
    _, d = inverse(plon[p], plat[p], layer.lon[slots], layer.lat[slots])
    j = np.argmin(d, axis=1)
    nearest = d[np.arange(r.size), j]
    order = np.lexsort((nearest, r))  # each strike's nearest vertex over all its groups
    first = order[np.r_[True, r[order][1:] != r[order][:-1]]]
    _take(layer, best, piece, tpar, rows[r[first]], nearest[first], slots[first, j[first]])
    length = np.sqrt(
        np.divide(
            1.0,
            layer.inv_len2[slots[:, :-1]],
            out=np.zeros(slots[:, :-1].shape),
            where=layer.inv_len2[slots[:, :-1]] > 0,
        )
    )
    # The piece's path is at most its chord stretched by its bend (and a hair for the ellipsoid).
    path = length * 1.001 + 4 * idx.dev[gg] + _TOL_KM
    low = (d[:, :-1] + d[:, 1:] - path) / 2 - _TOL_KM
    _refine(
        layer,
        plon,
        plat,
        limit,
        best,
        piece,
        tpar,
        rows,
        r,
        gg,
        low,
        np.minimum(best[rows], limit),
        far=False,
    )


def _refine(layer, plon, plat, limit, best, piece, tpar, rows, r, gg, low, bound, far):
    """Measures exactly the pieces whose lower bound `low` (pairs x GROUP) beats the best."""
    idx = layer.far
    low = np.where(idx.piece[gg], low, np.inf)
    start = idx.first[gg][:, None] + np.arange(low.shape[1])
    keep = low < bound[r][:, None]
    strike, _ = np.nonzero(keep)
    strike = r[strike]
    start, low = start[keep], low[keep]
    # First the most promising piece of each strike, then those that may still beat it.
    order = np.lexsort((low, strike))
    strike, start, low = strike[order], start[order], low[order]
    lead = np.r_[True, strike[1:] != strike[:-1]] if strike.size else strike.astype(bool)
    _measure(layer, plon, plat, best, piece, tpar, rows, strike[lead], start[lead], far)
    rest = ~lead & (low < np.minimum(best[rows[strike]], limit))
    _measure(layer, plon, plat, best, piece, tpar, rows, strike[rest], start[rest], far)


def _measure(layer, plon, plat, best, piece, tpar, rows, strike, start, far):
    if strike.size == 0:
        return
    p = rows[strike]
    # Near the antipode (not `far`) the azimuthal frame itself is unreliable: search the piece.
    curved = (layer.dev[start] > 2e-4) | (not far)
    s, t = closest_on_edges(
        plon[p],
        plat[p],
        layer.lon[start],
        layer.lat[start],
        layer.lon[start + 1],
        layer.lat[start + 1],
        np.zeros(strike.size),
        np.full(strike.size, far),
        curved,
    )
    # Several pieces per strike: keep each strike's smallest.
    order = np.lexsort((s, strike))
    lead = order[np.r_[True, strike[order][1:] != strike[order][:-1]]]
    better = s[lead] < best[p[lead]]
    won = lead[better]
    best[p[won]] = s[won]
    piece[p[won]] = start[won]
    tpar[p[won]] = t[won]


def _take(layer, best, piece, tpar, rows, s, vertex):
    """Record a vertex as the best point where it is better: as the start of its piece, or the
    end of the previous one."""
    better = s < best[rows]
    p, v = rows[better], vertex[better]
    starts = layer.piece_ok[v]
    best[p] = s[better]
    piece[p] = np.where(starts, v, v - 1)
    tpar[p] = np.where(starts, 0.0, 1.0)
