"""Who holds each strike's ground, and the geodesic distance from it to each faction's territory."""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass

import numpy as np

from .boundary_search import nearest_on_boundary
from .cancelled import Cancelled  # noqa: F401 (where callers have always found it)
from .codes import join_codes
from .geodesic import ecef_km
from .parallel import run_all

# Strikes are processed in chunks: bounded memory, and a progress call between chunks.
CHUNK = 32768
_TICK_S = 0.25
# Chunks with at least this many strikes search their factions side by side (parallel.py).
_THREADED_ROWS = 8192


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

    def rows(self, begin, end):
        """The result of strike features begin..end-1 (views, not copies)."""
        points = [None if a is None else a[begin:end] for a in (self.nearest_lon, self.nearest_lat)]
        return NearestResult(
            self.factions, self.inside[begin:end], self.dist_km[begin:end], *points,
            self.controlled_by[begin:end], self.nearest_other[begin:end],
            self.nearest_other_km[begin:end],
        )  # fmt: skip


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
    containment=True,
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
    containment=False: only distances are wanted (to lines: fronts, borders), no strike is
    tested for being inside (one on a line is 0 km from it all the same).
    """
    lon, lat, part_feature, n_features = _checked_points(lon, lat, part_feature, n_features)
    all_codes, measured, columns = _measured(territories, factions)
    if wanted is not None:
        wanted = np.asarray(wanted, dtype=bool).reshape(n_features, len(measured))
    parts = _parts_in_order(lon, lat, part_feature, n_features, wanted)
    n_parts, n_cols = parts.size, len(measured)
    out = _PartAnswers.empty(n_parts, len(all_codes), n_cols, with_nearest_points)
    # Work units: per part, its containment, each faction measured, and folding into features.
    tracker = _Progress(progress, n_parts * (2 + n_cols))
    tracker.tick(force=True)
    for begin in range(0, n_parts, CHUNK):
        rows = parts[begin : begin + CHUNK]
        want = None if wanted is None else wanted[part_feature[rows]]
        chunk = (rows, begin, want)
        _measure_chunk(
            territories, measured, columns, lon, lat, chunk, max_distance_km, out, tracker,
            containment,
        )  # fmt: skip
    feature = part_feature[parts]
    result = _by_feature(measured, all_codes, columns, feature, n_features, out, tracker)
    tracker.step(n_parts)
    return result


@dataclass
class _PartAnswers:
    """Per strike part (rows, in search order): held by each faction, and per measured faction
    the distance and nearest point (None: not asked for)."""

    held: np.ndarray
    dist: np.ndarray
    near_lon: np.ndarray | None
    near_lat: np.ndarray | None

    @classmethod
    def empty(cls, n_parts, n_codes, n_cols, with_points):
        """Nothing held, no distance (NaN) yet; nearest points only `with_points`."""
        points = [np.full((n_parts, n_cols), np.nan) if with_points else None for _ in "xy"]
        return cls(
            np.zeros((n_parts, n_codes), dtype=bool), np.full((n_parts, n_cols), np.nan), *points
        )


def _checked_points(lon, lat, part_feature, n_features):
    """The points as flat float arrays, each one's feature index, and the number of features."""
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
    return lon, lat, part_feature, n_features


def _measured(territories, factions):
    """(every faction of the map, the measured ones in map order, their columns in the map)."""
    all_codes = list(territories.factions)
    if factions is None:
        measured = all_codes
    else:
        unknown = set(factions) - set(all_codes)
        if unknown:
            raise ValueError(f"unknown faction codes: {sorted(unknown)}")
        measured = [c for c in all_codes if c in set(factions)]
    return all_codes, measured, [all_codes.index(c) for c in measured]


def _parts_in_order(lon, lat, part_feature, n_features, wanted):
    """The usable parts (finite, of a known feature that wants some distance), neighbours next
    to each other."""
    ok = np.isfinite(lon) & np.isfinite(lat) & (part_feature >= 0) & (part_feature < n_features)
    if wanted is not None:
        ok[ok] &= wanted[part_feature[ok]].any(axis=1)
    parts = np.flatnonzero(ok)
    # Neighbouring strikes one after another: the index searches hit warm memory (~30% faster).
    return parts[np.argsort(_z_order(lon[parts], lat[parts]), kind="stable")]


def _measure_chunk(
    territories, measured, columns, lon, lat, chunk, max_km, out, tracker, containment=True
):
    """Containment and distances of one chunk of parts into `out`: chunk is (the parts, their
    first position in `out`, the distances each wants or None)."""
    rows, begin, want = chunk
    sl = slice(begin, begin + rows.size)
    plon, plat = lon[rows], lat[rows]
    if containment:
        out.held[sl] = territories.contains(plon, plat)
    tracker.step(rows.size)
    pxyz = ecef_km(plon, plat)
    jobs = _start_columns(out, sl, columns, plon, plat, want)
    # Large chunks: the factions are searched two at a time (each search on one thread).
    threaded = rows.size >= _THREADED_ROWS and len(jobs) > 1
    tasks = [
        functools.partial(
            nearest_on_boundary,
            territories[measured[col]],
            pxyz[outside],
            plon[outside],
            plat[outside],
            max_km,
            _QUIET if threaded else tracker,
        )
        for col, outside in jobs
    ]
    if threaded:
        answers = run_all(tasks, tracker.tick, _TICK_S)
    else:
        answers = []
        for task in tasks:
            answers.append(task())
            tracker.step(rows.size)
    for (col, outside), (s, nlon, nlat) in zip(jobs, answers):
        out.dist[begin + outside, col] = s
        if out.near_lon is not None:
            out.near_lon[begin + outside, col] = nlon
            out.near_lat[begin + outside, col] = nlat
    if threaded:
        tracker.step(rows.size * len(jobs))


def _start_columns(out, sl, columns, plon, plat, want):
    """Parts inside a faction get 0 km (their own point the nearest), unwanted ones NaN: the
    (column, parts to search) of each measured faction."""
    jobs = []
    for col, j in enumerate(columns):
        inside = out.held[sl, j]
        skip = None if want is None else ~want[:, col]
        outside = np.flatnonzero(~inside if skip is None else ~inside & ~skip)
        d = np.zeros(plon.size)
        if skip is not None:
            d[skip] = np.nan
        out.dist[sl, col] = d
        if out.near_lon is not None:
            here = inside if skip is None else inside & ~skip
            out.near_lon[sl, col] = np.where(here, plon, np.nan)
            out.near_lat[sl, col] = np.where(here, plat, np.nan)
        jobs.append((col, outside))
    return jobs


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


def _by_feature(measured, all_codes, columns, feature, n_features, out, tracker):
    """Folds parts into features (multipart rule) and derives controlled_by / nearest_other."""
    held_f, dist_f, lon_f, lat_f = _fold_parts(feature, n_features, out, tracker)
    inside = held_f[:, columns] if columns else np.zeros((n_features, 0), dtype=bool)
    tracker.tick()
    controlled_by = _holders(held_f, all_codes)
    tracker.tick()
    nearest_other, nearest_other_km = _nearest_other(inside, dist_f, measured)
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


def _fold_parts(feature, n_features, out, tracker):
    """Per feature: held by any of its parts; distance and nearest point of its closest part."""
    held, dist, near_lon, near_lat = out.held, out.dist, out.near_lon, out.near_lat
    n_cols = dist.shape[1]
    held_f = np.zeros((n_features, held.shape[1]), dtype=bool)
    dist_f = np.full((n_features, n_cols), np.nan)
    lon_f = np.full((n_features, n_cols), np.nan) if near_lon is not None else None
    lat_f = np.full((n_features, n_cols), np.nan) if near_lat is not None else None
    if not feature.size:
        return held_f, dist_f, lon_f, lat_f
    for j in range(held.shape[1]):
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
    return held_f, dist_f, lon_f, lat_f


def _holders(held_f, all_codes):
    """controlled_by: the 'a+b' code of the factions holding each feature, or None."""
    n_features = held_f.shape[0]
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
    return controlled_by


def _nearest_other(inside, dist_f, measured):
    """(nearest measured faction not holding each feature, its km): None/NaN when none is."""
    n_features = dist_f.shape[0]
    others = np.where(inside | np.isnan(dist_f), np.inf, dist_f)
    nearest_other = np.full(n_features, None, dtype=object)
    nearest_other_km = np.full(n_features, np.nan)
    if len(measured):
        j = np.argmin(others, axis=1)  # ties: the first in faction order
        km = others[np.arange(n_features), j]
        found = np.isfinite(km)
        nearest_other[found] = np.asarray(measured, dtype=object)[j[found]]
        nearest_other_km[found] = km[found]
    return nearest_other, nearest_other_km
