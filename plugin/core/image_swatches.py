"""A map's legend swatches left out: small upright rectangles of a legend colour in a blank box."""

import numpy as np
from scipy import ndimage

from .image_colours import OTHER

# A swatch fills its bounding box (but for JPEG-ragged edges); territory rarely does.
MIN_FILL = 0.9
MIN_SIDE = 4  # pixels
MAX_AROUND = 0.05  # of the ring round it: JPEG leaves a few stray pixels of colour there
MAX_SHARE = 0.02  # of the image: a rectangle larger than this is a map's own frame of territory


def remove_swatches(classes):
    """Classes (in place) without the patches that are upright rectangles of one class with
    nothing but OTHER around them: the colour boxes of a legend. Returns the mask of the
    pixels taken out."""
    limit = MAX_SHARE * classes.size
    taken = np.zeros(classes.shape, dtype=bool)
    for value in np.flatnonzero(np.bincount(classes.ravel(), minlength=256)):
        if value == OTHER:
            continue
        labels, count = ndimage.label(classes == value)
        sizes = np.bincount(labels.ravel())
        for index, box in enumerate(ndimage.find_objects(labels), start=1):
            rows, cols = box[0].stop - box[0].start, box[1].stop - box[1].start
            area = sizes[index]
            if min(rows, cols) < MIN_SIDE or area > limit or area < MIN_FILL * rows * cols:
                continue
            ring = (
                slice(max(box[0].start - 2, 0), box[0].stop + 2),
                slice(max(box[1].start - 2, 0), box[1].stop + 2),
            )
            around = classes[ring][labels[ring] != index]
            if np.mean(around != OTHER) < MAX_AROUND:
                taken[box] |= labels[box] == index
    classes[taken] = OTHER
    return taken
