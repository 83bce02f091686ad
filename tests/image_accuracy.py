"""Measures of a control map read from an image against the truth it was drawn from."""

import numpy as np
import shapely


def iou(truth, found):
    """Area intersection over union of two geometries (1.0 when both are empty)."""
    union = shapely.union(truth, found).area
    return 1.0 if union == 0 else shapely.intersection(truth, found).area / union


def boundary_within(truth, found, limit, step, hidden=None):
    """Share of the truth's boundary (sampled every `step`; outside `hidden` when given)
    within `limit` of found's boundary."""
    line = shapely.boundary(truth)
    n = max(int(line.length / step), 10)
    points = shapely.line_interpolate_point(line, np.linspace(0, line.length, n))
    if hidden is not None:
        points = points[~shapely.intersects(hidden, points)]
    if found.is_empty or not len(points):
        return 0.0
    distances = shapely.distance(points, shapely.boundary(found))
    return float(np.mean(distances <= limit))


def near_border(points, truth_by_code, limit):
    """True for the points within `limit` of any faction's truth boundary."""
    borders = shapely.union_all([shapely.boundary(g) for g in truth_by_code.values()])
    return shapely.distance(points, borders) <= limit
