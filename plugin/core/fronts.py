"""Front lines between factions, and each strike's distance to the front of the ground it is on."""

import functools

import numpy as np
import shapely

from .build_cache import geometry_key
from .codes import member_codes
from .parallel import run_all

# A degree of latitude in km: turns the front tolerance into the buffer width shapely needs.
_KM_PER_DEGREE = 111.32
# The most km a lon/lat-straight step of one degree can span on WGS84 (the largest radius of
# curvature, 6399.6 km, per degree), with a little to spare.
_MAX_KM_PER_DEGREE = 111.7
# Areas with this many vertices in all are buffered two at a time (parallel.py).
_THREADED_VERTICES = 20000


def faction_areas(codes, geometries, cache=None):
    """{code: the union of that faction's polygons}, repaired; non-polygonal parts ignored.
    cache: optional build_cache.BuildCache (a faction's area is reused for the same geometry)."""
    by_code = {}
    for code, geometry in zip(codes, geometries):
        if geometry is None or shapely.is_empty(geometry):
            continue
        by_code.setdefault(code, []).append(geometry)
    areas = {}
    for code, parts in by_code.items():
        key = None if cache is None else ("area", code, geometry_key(parts))
        hit = None if key is None else cache.get(key)
        if hit is None:
            hit = (_area(parts),)
            if key is not None:
                cache.put(key, hit)
        if hit[0] is not None:
            areas[code] = hit[0]
    return areas


def _area(parts):
    parts = shapely.make_valid(shapely.force_2d(np.asarray(parts, dtype=object)))
    parts = shapely.get_parts(parts)  # one level, in order, as a loop over each would
    polygons = parts[shapely.get_type_id(parts) == 3]
    return shapely.union_all(list(polygons)) if polygons.size else None


def front_lines(areas, tolerance_km=0.5, cache=None):
    """[(code_a, code_b), ...] and their front lines: where a's border runs along (within
    `tolerance_km` of) b's territory, both ways. The coast and borders with nobody's land are not
    fronts. Hand-drawn maps rarely share vertices exactly, hence the tolerance. cache: optional
    build_cache.BuildCache (a pair's front is reused when both areas are the same again)."""
    tolerance = degrees_for_km(tolerance_km)
    codes = sorted(areas)
    keys = {c: shapely.to_wkb(areas[c]) for c in codes} if cache is not None else None
    found, todo = {}, []
    for i, a in enumerate(codes):
        for b in codes[i + 1 :]:
            key = None if cache is None else ("front", keys[a], keys[b], tolerance)
            hit = None if key is None else cache.get(key)
            if hit is None:
                todo.append(((a, b), key))
            else:
                found[a, b] = hit[0]
    if todo:
        # Buffers only for the areas a new front needs; large ones two at a time (each task
        # reads its own area only).
        needed = sorted({c for pair, _ in todo for c in pair})
        tasks = [functools.partial(shapely.buffer, areas[c], tolerance) for c in needed]
        if sum(shapely.get_num_coordinates(areas[c]) for c in needed) >= _THREADED_VERTICES:
            grown = dict(zip(needed, run_all(tasks, lambda: None, 1.0)))
        else:
            grown = {c: task() for c, task in zip(needed, tasks)}
        # Prepared, the buffers answer "do a and b touch?" without a full scan (about half the
        # time on a snapshot-sized map); the cuts below do not use the preparation.
        shapely.prepare(list(grown.values()))
        boundary = {c: areas[c].boundary for c in needed}
        for pair, key in todo:
            found[pair] = _front(grown, boundary, *pair)
            if key is not None:
                cache.put(key, (found[pair],))
    pairs = [pair for pair in sorted(found) if found[pair] is not None]
    return pairs, [found[pair] for pair in pairs]


def _front(grown, boundary, a, b):
    """The front line between a and b, or None."""
    if not shapely.intersects(grown[a], grown[b]):
        return None
    line = shapely.union_all(
        [shapely.intersection(boundary[a], grown[b]), shapely.intersection(boundary[b], grown[a])]
    )
    line = shapely.line_merge(_linework(line)) if not line.is_empty else line
    return None if line.is_empty else line


def degrees_for_km(tolerance_km):
    """The front tolerance as a buffer width in degrees (the database engine uses it too)."""
    return max(tolerance_km, 1e-6) / _KM_PER_DEGREE


def front_reach_km(tolerance_km):
    """No point of a front line (a, b) from front_lines is further (geodesic km) than this
    from a's territory or from b's: it lies on one's border and in the other's buffer."""
    return degrees_for_km(tolerance_km) * _MAX_KM_PER_DEGREE


def _linework(geometry):
    # Vectorised: a front can have thousands of parts, and geom_type costs a call per part.
    parts = shapely.get_parts(geometry)
    kind = shapely.get_type_id(parts)
    parts = parts[(kind == 1) | (kind == 2)]
    return shapely.multilinestrings(parts) if parts.size else shapely.from_wkt("LINESTRING EMPTY")


def membership(controlled_by, codes):
    """bool (n, len(codes)): whether each strike's controlled_by names each code."""
    values = np.asarray(controlled_by, dtype=object).ravel()
    out = np.zeros((values.size, len(codes)), dtype=bool)
    # Few distinct combinations: numbered through a dict (np.unique sorts a million strings).
    number = {}
    back = np.fromiter(
        (number.setdefault(v, len(number)) for v in values.tolist()), np.int64, values.size
    )
    for key, k in number.items():
        held = set(member_codes(key)) if key else set()
        columns = [j for j, c in enumerate(codes) if c in held]
        if columns:
            rows = back == k
            out[np.ix_(rows, columns)] = True
    return out


def pair_codes(pairs):
    """The factions of the front pairs, sorted: the columns of their membership()."""
    return sorted({c for pair in pairs for c in pair})


def front_distances(controlled_by, pairs, pair_km, nearest_other, nearest_other_km, held=None):
    """(front_km, front_faction) per strike; `held`: membership(controlled_by, pair_codes(pairs))
    when the caller has it already.

    For a held strike: the nearest front between one of its controllers and another faction,
    and who is across. A strike held by both sides of a front (on the line itself, or where
    their territories overlap) measures to that front too, and across names both ('a+b'). For a
    strike nobody holds: the nearest faction's border, i.e. nearest_other and its distance.
    NaN / None where no front is known (or beyond the search).
    """
    n = len(controlled_by)
    codes = pair_codes(pairs)
    held = membership(controlled_by, codes) if held is None else held
    col = {c: j for j, c in enumerate(codes)}
    best = np.full(n, np.inf)
    across = np.full(n, None, dtype=object)
    for j, (a, b) in enumerate(pairs):
        in_a, in_b = held[:, col[a]], held[:, col[b]]
        valid = (in_a | in_b) & np.isfinite(pair_km[:, j])
        better = valid & (pair_km[:, j] < best)
        best[better] = pair_km[better, j]
        across[better & in_a] = b
        across[better & in_b] = a
        across[better & in_a & in_b] = f"{a}+{b}"
    nobody = np.array([not v for v in controlled_by], dtype=bool)
    best[nobody] = np.asarray(nearest_other_km, dtype=float)[nobody]
    across[nobody] = np.asarray(nearest_other, dtype=object)[nobody]
    best[~np.isfinite(best)] = np.nan
    return best, across
