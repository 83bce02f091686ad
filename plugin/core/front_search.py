"""Distances from strikes to the fronts of their own controllers, skipping those that cannot win."""

import numpy as np

from .fronts import membership, pair_codes
from .nearest import nearest_factions
from .territory import Territories

# The engine's distances are exact to well under a metre: this margin (km) keeps the pruning
# bound safe whatever their last digits.
_MARGIN_KM = 0.01
# Strike features measured at a time: the search holds several (features, fronts) arrays, a
# million strikes at once took 390 MB over the rest of the analysis.
BLOCK = 200_000


def pair_distances(
    result, here, pairs, lines, lon, lat, reach_km=None, cache=None, held=None, block=BLOCK,
    **kwargs,
):  # fmt: skip
    """(n_features, len(pairs)) km from each strike to each front line (a, b); NaN where the
    front cannot be the strike's answer in front_distances.

    Only fronts of a strike's own controller(s) are measured. With reach_km (no point of a
    front (a, b) is further than this from a's or b's territory), a front is also no nearer
    than max(distance to a, distance to b) - reach_km, those distances read from `result`
    (an engine result whose columns are the factions `here`): each strike is measured first to
    the front with the lowest such bound, then only to the fronts whose bound does not exceed
    that answer. A front left out is strictly further than one measured, so it never wins (not
    even a tie). kwargs go to nearest_factions (part_feature, n_features, max_distance_km);
    cache: optional build_cache.BuildCache for the lines' territories; held: membership of the
    strikes in pair_codes(pairs), when the caller has it already; block: strike features
    measured at a time.
    """
    codes = pair_codes(pairs)
    held = membership(result.controlled_by, codes) if held is None else held
    n = result.controlled_by.size
    part_feature = kwargs.pop("part_feature", None)
    part_feature = np.arange(lon.size) if part_feature is None else np.asarray(part_feature)
    kwargs.pop("n_features", None)
    names = [f"{a}|{b}" for a, b in pairs]
    territories = Territories.from_geometries(names, lines, cache=cache)
    pair_km = np.empty((n, len(pairs)))
    for a in range(0, n, block):
        b = min(a + block, n)
        parts = (part_feature >= a) & (part_feature < b) if a or b < n else slice(None)
        kwargs.update(part_feature=part_feature[parts] - a, n_features=b - a)
        pair_km[a:b] = _block(
            result.rows(a, b), here, (pairs, codes), (names, territories), lon[parts],
            lat[parts], reach_km, held[a:b], kwargs,
        )  # fmt: skip
    return pair_km


def _block(result, here, pairs, lines, lon, lat, reach_km, held, kwargs):
    """pair_distances for one block of strike features."""
    pairs, codes = pairs
    names, territories = lines
    wanted = np.stack([held[:, codes.index(a)] | held[:, codes.index(b)] for a, b in pairs], axis=1)
    pair_km = np.full(wanted.shape, np.nan)
    lower = None if reach_km is None else _lower_bounds(result, here, pairs, reach_km)
    if lower is None:
        _measure(territories, names, wanted, pair_km, lon, lat, kwargs)
        return pair_km
    first = np.zeros_like(wanted)
    some = wanted.any(axis=1)
    pick = np.argmin(np.where(wanted, lower, np.inf), axis=1)
    first[some, pick[some]] = True
    _measure(territories, names, first, pair_km, lon, lat, kwargs)
    best = np.where(np.isnan(pair_km), np.inf, pair_km).min(axis=1)
    rest = wanted & ~first & (lower <= best[:, None])
    _measure(territories, names, rest, pair_km, lon, lat, kwargs)
    return pair_km


def _lower_bounds(result, here, pairs, reach_km):
    """km no front can beat, per strike and pair (-inf where a distance is unknown)."""
    n = result.controlled_by.size
    known = np.where(np.isnan(result.dist_km), 0.0, result.dist_km)
    lower = np.empty((n, len(pairs)))
    for j, (a, b) in enumerate(pairs):
        da = known[:, here.index(a)] if a in here else np.zeros(n)
        db = known[:, here.index(b)] if b in here else np.zeros(n)
        lower[:, j] = np.maximum(da, db) - reach_km - _MARGIN_KM
    return lower


def _measure(territories, names, mask, pair_km, lon, lat, kwargs):
    """Fills pair_km where mask: one engine run over the pairs asked for."""
    if not mask.any():
        return
    columns = [names.index(code) for code in territories.factions]
    measured = nearest_factions(
        territories, lon, lat, wanted=mask[:, columns], containment=False, **kwargs
    )
    for k, j in enumerate(columns):
        pair_km[mask[:, j], j] = measured.dist_km[mask[:, j], k]
