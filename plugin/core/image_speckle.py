"""Speckle of a class raster removed: patches under a minimum area take the classes around them."""

import numpy as np
from scipy import ndimage

_EIGHT = np.ones((3, 3), dtype=bool)


def remove_speckle(classes, min_pixels):
    """Classes (in place) with every connected patch of one class (OTHER included: a hole left
    by a town symbol) under `min_pixels` given the class of the nearest pixel outside such
    patches, so that a speck on a border is shared by the two sides. Returns the classes."""
    if min_pixels <= 1:
        return classes
    small = np.zeros(classes.shape, dtype=bool)
    for value in np.flatnonzero(np.bincount(classes.ravel(), minlength=256)):
        labels, count = ndimage.label(classes == value, structure=_EIGHT)
        if count == 0:
            continue
        sizes = np.bincount(labels.ravel())
        tiny = sizes < min_pixels
        tiny[0] = False  # label 0 is "not this class"
        small |= tiny[labels]
    if not small.any() or small.all():
        return classes
    rows, cols = ndimage.distance_transform_edt(small, return_distances=False, return_indices=True)
    classes[small] = classes[rows[small], cols[small]]
    return classes
