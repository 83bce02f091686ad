"""Hatched areas of a map image: where two legend classes alternate at a fine scale."""

import numpy as np
from scipy import ndimage

from .image_colours import OTHER
from .image_overprints import opened

# A window a few hatch periods wide: publishers' hatching repeats every 4-12 pixels at 150 dpi.
WINDOW = 11
# Class changes per pixel: a straight border between two classes makes about 1/WINDOW of them in a
# window, diagonal hatching with a period of 8 pixels about 0.5. Between the two, with margin
# for a border roughened by JPEG noise.
MIN_CHANGES = 0.2
# Each of the two classes covers at least this much of the window (a 50/50 hatch: 0.5 each).
MIN_SHARE = 0.2
# A hatched area is wider than this (pixels): thinner strips of change are borders and noise.
MIN_HALF_WIDTH = 4
# ... and larger than this (pixels): where a river crosses a border the changes are dense too.
MIN_PIXELS = 4 * WINDOW * WINDOW


def _changes(classes):
    """Per pixel, how many of its right and lower neighbours hold another legend class (0-2)."""
    change = np.zeros(classes.shape, dtype=np.uint8)
    for a, b, where in (
        (classes[:, :-1], classes[:, 1:], np.s_[:, :-1]),
        (classes[:-1, :], classes[1:, :], np.s_[:-1, :]),
    ):
        change[where] += (a != b) & (a != OTHER) & (b != OTHER)
    return change


def hatch_pairs(classes, n_classes):
    """(mask, first, second): the pixels of hatched areas and, for each, the two classes (1..K)
    that alternate there; an empty mask when the image has none."""
    density = ndimage.uniform_filter(_changes(classes).astype(np.float32), WINDOW)
    candidate = opened(density > MIN_CHANGES, MIN_HALF_WIDTH)
    labels, count = ndimage.label(candidate)
    if count:
        big = np.bincount(labels.ravel()) >= MIN_PIXELS
        big[0] = False
        candidate = big[labels]
    where = np.nonzero(candidate)
    if not len(where[0]):
        return candidate, np.zeros(0, np.uint8), np.zeros(0, np.uint8)
    # Shares of every class in the candidates' box only: the hatched part of a map is small.
    top, left = max(where[0].min() - WINDOW, 0), max(where[1].min() - WINDOW, 0)
    box = classes[top : where[0].max() + WINDOW + 1, left : where[1].max() + WINDOW + 1]
    inside = (where[0] - top, where[1] - left)
    shares = np.empty((n_classes, len(where[0])), dtype=np.float32)
    for k in range(n_classes):
        share = ndimage.uniform_filter((box == k + 1).astype(np.float32), WINDOW)
        shares[k] = share[inside]
    order = np.argsort(shares, axis=0)
    first, second = order[-1], order[-2]
    columns = np.arange(len(first))
    both = (shares[first, columns] >= MIN_SHARE) & (shares[second, columns] >= MIN_SHARE)
    mask = np.zeros(classes.shape, dtype=bool)
    mask[where[0][both], where[1][both]] = True
    low = np.minimum(first, second)[both] + 1
    high = np.maximum(first, second)[both] + 1
    return mask, low.astype(np.uint8), high.astype(np.uint8)
