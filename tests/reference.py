"""Independent geodesic answers for tests: brute force over densely sampled edges with pyproj."""

import numpy as np
import shapely
from pyproj import Geod

GEOD = Geod(ellps="WGS84")


def brute_force_km(lon, lat, geometry, step_deg=0.0005):
    """Geodesic km from (lon, lat) to the nearest sampled point of a lon/lat geometry's boundary.

    Edges are sampled every `step_deg` along the straight lon/lat line (as QGIS draws them), so the
    answer is an upper bound within (step/2)^2 / (2 d) of the truth: millimetres at these steps.
    """
    if geometry.geom_type in ("Polygon", "MultiPolygon"):
        geometry = geometry.boundary
    dense = shapely.segmentize(geometry, step_deg)
    points = shapely.get_coordinates(dense)
    _, _, dist = GEOD.inv(np.full(len(points), lon), np.full(len(points), lat), points[:, 0],
                          points[:, 1])
    return float(dist.min()) / 1000.0
