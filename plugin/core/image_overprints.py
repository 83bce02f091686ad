"""Overprints of a map image (labels, roads, rivers, borders, symbols) bridged by the classes
around them, and strips too thin to be territory taken out first."""

import numpy as np
from scipy import ndimage

from .image_colours import OTHER


def _regrown(kept, classes, steps):
    """`kept` grown `steps` pixels into the pixels of its own class: a faction's sharp tip,
    which no square fits, comes back; a river of a faction's colour comes back only as a stub."""
    height, width = classes.shape
    for _ in range(steps):
        grown = kept.copy()
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if not (dy or dx):
                    continue
                here = np.s_[max(dy, 0) : height + min(dy, 0), max(dx, 0) : width + min(dx, 0)]
                there = np.s_[max(-dy, 0) : height + min(-dy, 0), max(-dx, 0) : width + min(-dx, 0)]
                grown[here] |= kept[there] & (classes[there] == classes[here])
        kept = grown
    return kept


def remove_thin(classes, width=5, regrow=0):
    """Classes without their strips under `width` pixels wide, set to OTHER (in place): a river
    whose blue is near a faction's colour, the blend of two colours along a border or round a
    label. A pixel stays when some width x width square of its class holds it: an opening of
    every class at once (a square whose minimum and maximum are equal is one class's)."""
    low = ndimage.minimum_filter(classes, width)
    high = ndimage.maximum_filter(classes, width)
    full = (low == high) & (classes != OTHER)
    kept = _regrown(ndimage.maximum_filter(full, width), classes, regrow) & (classes != OTHER)
    classes[~kept] = OTHER
    return classes


def opened(mask, radius):
    """`mask` without its parts narrower than 2 * radius + 1 pixels (an opening by a square:
    minimum and maximum filters are separable, far faster than a disc on 12 million pixels)."""
    size = 2 * int(round(radius)) + 1
    if size < 2:
        return mask
    return ndimage.maximum_filter(ndimage.minimum_filter(mask, size), size)


def _small_parts(mask, max_pixels):
    """The connected parts of `mask` under `max_pixels` that do not touch the image's edge."""
    labels, count = ndimage.label(mask)
    if count == 0:
        return mask
    small = np.bincount(labels.ravel()) < max_pixels
    edge = np.unique(np.r_[labels[0], labels[-1], labels[:, 0], labels[:, -1]])
    small[edge] = False
    small[0] = False
    return small[labels]


def _joined_to_wide(wide, ground, other, max_gap):
    """`wide` and every patch of one backdrop colour (`ground`: k per colour, 0 none) joined to
    a part of that colour wide in itself (2 * max_gap + 1 across): a strip of land between a
    road and a coast, narrower than any opening keeps, is land where it runs on from wider
    land. Per colour, so the white halo of a name across a coast does not join the beige land
    beside it, and a river, wide only with the land around it, does not join the land."""
    grown = wide.copy()
    for k in np.flatnonzero(np.bincount(ground.ravel(), minlength=2))[1:]:
        colour = (ground == k) & other
        patches, count = ndimage.label(colour)
        if count == 0:
            continue
        seeds = np.zeros(count + 1, dtype=bool)
        seeds[np.unique(patches[opened(colour, max_gap) & wide])] = True
        seeds[0] = False
        grown |= seeds[patches]
    return grown


def bridge(classes, max_gap, max_hole, blank=None, ground=None):
    """Classes with the OTHER pixels of overprints given the class of the nearest classed
    pixel or wide blank (in place): lines and text up to 2 * max_gap pixels across, the patches
    enclosed in territory under `max_hole` pixels (a block of labels). Wide OTHER areas (sea,
    land outside every faction, a legend box) stay OTHER, and so do the lines crossing them.
    `blank`: the pixels near no legend colour as the image was read: what is wide is judged on
    them, so that a sliver of territory between two roads, too thin to keep, does not join the
    roads into one wide blank; `ground`, the backdrop colour of each pixel (see
    _joined_to_wide). Returns the classes."""
    other = classes == OTHER
    if not other.any() or other.all():
        return classes
    blank = other if blank is None else blank & other
    hole = _small_parts(other, max_hole)
    wide = opened(blank, max_gap) & ~hole
    if ground is not None:
        wide = _joined_to_wide(wide, ground, other & ~hole, max_gap)
    # Each overprint pixel takes what is nearest: a faction, or the wide blank (which gives
    # OTHER), so that a river crossing the sea stays out of the territory it runs past.
    fill = other & ~wide
    rows, cols = ndimage.distance_transform_edt(fill, return_distances=False, return_indices=True)
    classes[fill] = classes[rows[fill], cols[fill]]
    return classes
