"""Location uncertainty: which factions a strike's disc of possible positions touches."""

import numpy as np

from .codes import join_codes


def disc_answers(factions, dist_km, depth_km, radius_km):
    """(possible_factions, controlled_by_certain) per strike.

    dist_km (n, f): distance to each faction's territory (0 inside); depth_km (n, f): distance
    from the strike to that faction's border (used where it is inside); radius_km (n,): how far
    the true position may be from the point (NaN: unknown). possible_factions joins with '+' every
    faction whose territory the disc touches (None when none does). controlled_by_certain is True
    only when one faction holds the whole disc: the strike is inside exactly one faction and its
    border is at least the radius away. None when the radius is unknown.
    """
    radius = np.asarray(radius_km, dtype=float)
    n = radius.size
    known = np.isfinite(radius)
    r = np.where(known, np.maximum(radius, 0.0), 0.0)
    touches = np.asarray(dist_km, dtype=float) <= r[:, None]  # NaN distances compare False
    inside = np.asarray(dist_km, dtype=float) == 0.0
    possible = np.full(n, None, dtype=object)
    # Few distinct combinations: name each once, not once per strike.
    keys = touches.astype(np.int64) @ (np.int64(1) << np.arange(len(factions), dtype=np.int64))
    for key in np.unique(keys[known & (keys > 0)]):
        names = join_codes(c for j, c in enumerate(factions) if key >> j & 1)
        possible[known & (keys == key)] = names
    single = inside.sum(axis=1) == 1
    own_depth = np.where(inside, np.asarray(depth_km, dtype=float), np.inf).min(axis=1)
    others = touches.sum(axis=1) == 1
    certain = np.full(n, None, dtype=object)
    certain[known] = (single & others & (own_depth >= r))[known]
    return possible, certain
