"""The rims of a map image's classes judged as JPEG keeps them: lightness at every pixel, colour
blurred over two, so that a border's line is shared by the two sides it separates."""

import numpy as np
from scipy import ndimage

from .image_colours import OTHER, srgb_to_lab

# A legend colour with less chroma than this (delta E) is a grey: its rim is judged by lightness.
_GREY = 5.0


def _rim(classes, radius):
    """Pixels within `radius` of a pixel of another value."""
    size = 2 * radius + 1
    return ndimage.minimum_filter(classes, size) != ndimage.maximum_filter(classes, size)


def _faded(lab, colour, limit):
    """True where a pixel is `colour` with its chroma faded towards grey by less than half
    (lightness within `limit`, hue along the colour's, off it by under `limit`)."""
    chroma = colour[1:]
    norm = chroma @ chroma
    if norm < _GREY**2:
        return np.zeros(len(lab), dtype=bool)
    share = lab[:, 1:] @ chroma / norm
    off = np.linalg.norm(lab[:, 1:] - share[:, None] * chroma, axis=1)
    near = (np.abs(lab[:, 0] - colour[0]) <= limit) & (off <= limit)
    return near & (share > 0.5) & (share <= 1.5)


def refine_rims(rgb, classes, legend_rgb, tolerance):
    """Classes (in place) with their rims re-judged: a rim pixel whose lightness is off its
    colour's by more than half the tolerance is a blend with a line drawn along the border
    (OTHER); an OTHER pixel beside a class whose colour it is with the chroma half faded (JPEG
    spreads a line's grey into the colour beside it) is that class. Without this a grey
    faction takes the whole of a dark border line and a saturated one loses it."""
    rim = _rim(classes, 1)
    if not rim.any():
        return classes
    rows, cols = np.nonzero(rim)
    lab = srgb_to_lab(rgb[rows, cols])
    values = classes[rows, cols]
    legend = srgb_to_lab(np.asarray(legend_rgb, dtype=float).reshape(-1, 3))
    limit = tolerance / 2
    classed = values != OTHER
    lightness = legend[np.maximum(values, 1) - 1, 0]
    dark_or_light = classed & (np.abs(lab[:, 0] - lightness) > limit)
    result = values.copy()
    result[dark_or_light] = OTHER
    other = ~classed
    for k, colour in enumerate(legend):
        candidates = other & (result == OTHER)
        if not candidates.any():
            break
        beside = ndimage.binary_dilation(classes == k + 1, iterations=2)[rows, cols]
        take = candidates & beside
        take[take] = _faded(lab[take], colour, limit)
        result[take] = k + 1
    classes[rows, cols] = result
    return classes
