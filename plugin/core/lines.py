"""Geodesic polylines from each strike to the nearest point of each faction's territory."""

import numpy as np

from .geodesic import geod_fwd, inverse


def nearest_lines(result, lon, lat, part_feature, step_km=10.0, max_vertices=64):
    """Lines from strikes to territories they are not inside, as flat arrays.

    `result` is a NearestResult computed with nearest points. A multipart strike's line starts at
    the part nearest to that territory. Returns (feature, faction, km, vertices, starts):
    vertices an (m, 2) lon/lat array of every line's vertices one line after the other,
    following the geodesic (a vertex about every `step_km`), starts the index of each line's
    first vertex in it (one flat array: a million lines are not a million small arrays).
    """
    n_features, n_factions = result.dist_km.shape
    wanted = np.isfinite(result.dist_km) & (result.dist_km > 0)
    features, factions = np.nonzero(wanted)
    if features.size == 0:
        return features, factions, np.empty(0), np.empty((0, 2)), np.empty(0, dtype=np.int64)
    # For every part and faction, the distance from the part to its feature's nearest point.
    part_index = np.arange(lon.size)
    target_lon = result.nearest_lon[part_feature]
    target_lat = result.nearest_lat[part_feature]
    _, part_dist = inverse(
        np.repeat(lon, n_factions),
        np.repeat(lat, n_factions),
        target_lon.ravel(),
        target_lat.ravel(),
    )
    part_dist = part_dist.reshape(lon.size, n_factions)
    # Best part per (feature, faction): sort parts by (feature, distance), take the first of each.
    best_part = np.full((n_features, n_factions), -1, dtype=np.int64)
    for j in range(n_factions):  # a handful of factions, vectorised over strikes
        order = np.lexsort((part_dist[:, j], part_feature))
        first = np.ones(order.size, dtype=bool)
        first[1:] = part_feature[order][1:] != part_feature[order][:-1]
        best_part[part_feature[order][first], j] = part_index[order][first]
    start = best_part[features, factions]
    lon1, lat1 = lon[start], lat[start]
    lon2 = result.nearest_lon[features, factions]
    lat2 = result.nearest_lat[features, factions]
    azimuth, km = inverse(lon1, lat1, lon2, lat2, with_azimuth=True)
    dist_m = km * 1000.0
    segments = np.clip(np.ceil(km / step_km), 1, max_vertices - 1).astype(np.int64)
    line_of_vertex = np.repeat(np.arange(segments.size), segments + 1)
    first_vertex = np.concatenate(([0], np.cumsum(segments + 1)[:-1]))
    step = np.arange(line_of_vertex.size) - first_vertex[line_of_vertex]
    fraction = step / segments[line_of_vertex]
    vx, vy, _ = geod_fwd(
        lon1[line_of_vertex],
        lat1[line_of_vertex],
        azimuth[line_of_vertex],
        dist_m[line_of_vertex] * fraction,
    )
    # The last vertex is the nearest point itself, not a forward computation of it.
    last = first_vertex + segments
    vx[last], vy[last] = lon2, lat2
    # Keep longitudes continuous from the start, so a line across the antimeridian does not
    # jump the whole way round the world when drawn in longitude/latitude.
    start_lon = lon1[line_of_vertex]
    vx = start_lon + (vx - start_lon + 180.0) % 360.0 - 180.0
    vertices = np.column_stack((vx, vy))
    return features, factions, result.dist_km[features, factions], vertices, first_vertex
