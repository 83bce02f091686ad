"""Independent geodesic answers for tests and the benchmark: brute force with GeographicLib."""

import numpy as np
import shapely
from pyproj import Geod

GEOD = Geod(ellps="WGS84")
_GOLDEN = (np.sqrt(5.0) - 1.0) / 2.0


def _pieces(geometry, step_deg):
    """Start and end points of every piece of the boundary, edges cut every `step_deg`."""
    if geometry.geom_type in ("Polygon", "MultiPolygon", "GeometryCollection"):
        geometry = geometry.boundary
    starts, ends = [], []
    for line in shapely.get_parts(shapely.segmentize(geometry, step_deg)):
        if line.geom_type == "Point":
            xy = np.array(line.coords)
            starts.append(xy)
            ends.append(xy)
            continue
        xy = np.asarray(line.coords)[:, :2]
        starts.append(xy[:-1])
        ends.append(xy[1:])
    return np.vstack(starts), np.vstack(ends)


def metres_from(lon, lat, x, y):
    """Geodesic metres from one point to each point (x, y), in the shape of x."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    lons, lats = np.full(x.shape, lon), np.full(x.shape, lat)
    if x.size == 1:  # pyproj's one-point path would take a one-element array as a number
        return np.full(x.shape, GEOD.inv(lon, lat, x.item(), y.item())[2])
    return GEOD.inv(lons, lats, x, y)[2]


def _distance(lon, lat, a, b, t):
    """Geodesic metres from (lon, lat) to the point at t along the lon/lat-straight piece a->b."""
    x = a[:, 0] + (b[:, 0] - a[:, 0]) * t
    y = a[:, 1] + (b[:, 1] - a[:, 1]) * t
    return metres_from(lon, lat, x, y)


def brute_force_km(lon, lat, geometry, step_deg=0.002, refine=12):
    """Geodesic km from (lon, lat) to the nearest point of a lon/lat geometry's boundary.

    Every edge is sampled every `step_deg` along its straight lon/lat line (as QGIS draws it);
    the `refine` best pieces are then minimised by golden-section search (60 steps). Independent
    of StrikeCheck's engine: no index, no projection, no pruning beyond the samples.
    """
    a, b = _pieces(geometry, step_deg)
    at_start = _distance(lon, lat, a, b, np.zeros(len(a)))
    at_end = _distance(lon, lat, a, b, np.ones(len(a)))
    best = np.argsort(np.minimum(at_start, at_end))[:refine]
    a, b = a[best], b[best]
    lo, hi = np.zeros(len(a)), np.ones(len(a))
    for _ in range(60):
        m1 = hi - _GOLDEN * (hi - lo)
        m2 = lo + _GOLDEN * (hi - lo)
        left_better = _distance(lon, lat, a, b, m1) < _distance(lon, lat, a, b, m2)
        hi = np.where(left_better, m2, hi)
        lo = np.where(left_better, lo, m1)
    refined = _distance(lon, lat, a, b, (lo + hi) / 2)
    return float(min(refined.min(), at_start.min(), at_end.min())) / 1000.0
