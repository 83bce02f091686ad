"""Pruned front search: the same fronts and distances as measuring every front of the controller."""

import numpy as np
from pyproj import Geod

from strikecheck.plugin.core.front_search import pair_distances
from strikecheck.plugin.core.fronts import (
    faction_areas,
    front_distances,
    front_lines,
    front_reach_km,
)
from strikecheck.plugin.core.nearest import nearest_factions
from strikecheck.plugin.core.territory import Territories
from tests.synthetic import strikes_around, syria_like_control


def test_pruning_changes_no_answer():
    codes, geometries = syria_like_control(seed=3, n_sites=40, depth=4)
    # Near the borders, where several fronts compete, and a multipart strike across two of them.
    lon, lat = strikes_around(3000, seed=4, near=(codes, geometries), near_fraction=0.6)
    part_feature = np.arange(lon.size)
    part_feature[1::2] = part_feature[0::2][: part_feature[1::2].size]
    n = int(part_feature.max()) + 1
    territories = Territories.from_geometries(codes, geometries)
    result = nearest_factions(territories, lon, lat, part_feature=part_feature, n_features=n)
    pairs, lines = front_lines(faction_areas(codes, geometries), 0.5)
    kw = {"part_feature": part_feature, "n_features": n}
    here = result.factions
    every = pair_distances(result, here, pairs, lines, lon, lat, **kw)
    pruned = pair_distances(result, here, pairs, lines, lon, lat, front_reach_km(0.5), **kw)
    # Pruned fronts are left out (NaN) only; what is measured is the same.
    assert np.isnan(pruned[np.isnan(every)]).all()
    measured = ~np.isnan(pruned)
    assert np.array_equal(pruned[measured], every[measured])
    assert measured.sum() < 0.6 * (~np.isnan(every)).sum()
    answers = [
        front_distances(
            result.controlled_by, pairs, km, result.nearest_other, result.nearest_other_km
        )
        for km in (every, pruned)
    ]
    assert np.array_equal(answers[0][0], answers[1][0], equal_nan=True)
    assert answers[0][1].tolist() == answers[1][1].tolist()
    # Measured a block of features at a time (parts of one feature in the same block): the same.
    for reach in (None, front_reach_km(0.5)):
        whole = every if reach is None else pruned
        blocks = pair_distances(result, here, pairs, lines, lon, lat, reach, block=333, **kw)
        assert np.array_equal(blocks, whole, equal_nan=True)


def test_reach_covers_the_buffer_in_every_direction():
    # A front point can sit a whole tolerance (in degrees) north of the other side: the reach
    # must cover that many km even where a degree of latitude is longest (near the poles).
    tol_deg = 0.5 / 111.32
    _, _, metres = Geod(ellps="WGS84").inv(0.0, 89.0, 0.0, 89.0 + tol_deg)
    assert front_reach_km(0.5) >= metres / 1000.0
