"""A class raster smoothed by majority: notches and bumps a few pixels deep, left where roads
and rivers cross a border, take the class most of their neighbourhood has."""

import numpy as np
from scipy import ndimage


def majority(classes, size=5):
    """Each pixel's most frequent class in a size x size window (ties: its own class)."""
    present = np.flatnonzero(np.bincount(classes.ravel(), minlength=256))
    if len(present) < 2 or size < 2:
        return classes
    best = np.zeros(classes.shape, dtype=np.float32)
    result = classes.copy()
    for value in present:
        share = ndimage.uniform_filter((classes == value).astype(np.float32), size)
        # Its own class wins a tie: a share equal to the best is not taken from it.
        own = classes == value
        share[own] += 1e-3
        better = share > best
        result[better] = value
        best = np.maximum(best, share)
    return result
