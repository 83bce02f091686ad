"""A map image's pixels to a clean class raster: legend colours, hatching, overprints, speckle."""

from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from .image_backdrop import backdrop
from .image_colours import OTHER, classify_pixels
from .image_hatch import hatch_pairs
from .image_majority import majority
from .image_overprints import bridge, remove_thin
from .image_rims import refine_rims
from .image_speckle import remove_speckle
from .image_swatches import remove_swatches
from .vocabulary import MIXED_SEPARATOR


@dataclass
class ImageSettings:
    tolerance: float = 20.0  # CIELAB delta E from a legend colour
    max_gap: float = 6.0  # pixels: overprints up to twice as wide are bridged
    max_hole: int = 20_000  # pixels: wider OTHER patches smaller than this are bridged too
    min_width: int = 5  # pixels: strips of a class narrower than this are overprints
    # pixels: how far a tip too sharp for the opening grows back (a thin contested band's
    # corners: measured, 2 takes its IoU as drawn from 0.950 to 0.957 on the fractal front map)
    regrow: int = 2
    smoothing: int = 3  # pixels: the window of the last majority filter
    min_pixels: int = 16  # speckle: patches under this many pixels are absorbed
    hatching: bool = True


def mixed_of(first, second):
    """The code of the class held by both (mixed codes' members merged, sorted, '+')."""
    members = set(first.split(MIXED_SEPARATOR)) | set(second.split(MIXED_SEPARATOR))
    return MIXED_SEPARATOR.join(sorted(members))


def _add_hatching(classes, codes):
    """Hatched pixels given their mixed class (in place); codes grows with the new mixed codes."""
    mask, low, high = hatch_pairs(classes, len(codes))
    if not mask.any():
        return classes, codes
    codes = list(codes)
    index = {code: i + 1 for i, code in enumerate(codes)}
    pairs = low.astype(np.int32) * 256 + high
    values = np.empty(len(pairs), dtype=np.uint8)
    for pair in np.unique(pairs):
        code = mixed_of(codes[pair // 256 - 1], codes[pair % 256 - 1])
        if code not in index:
            if len(codes) >= 254:
                continue
            codes.append(code)
            index[code] = len(codes)
        values[pairs == pair] = index[code]
    classes[mask] = values
    return classes, codes


def class_raster(rgb, legend, settings):
    """((h, w) uint8 classes, codes): class i + 1 is codes[i]; 0 is no faction. `legend` is
    [(code, (r, g, b))]; the codes are the legend's, then mixed codes found as hatching."""
    codes = [code for code, _ in legend]
    colours = [colour for _, colour in legend]
    classes = classify_pixels(rgb, colours, settings.tolerance)
    refine_rims(rgb, classes, colours, settings.tolerance)
    # A legend's swatches are found on a copy without thin strips (JPEG's ragged edges), and
    # taken out before hatching: stacked swatches alternate colours like a hatch.
    swatches = remove_swatches(remove_thin(classes.copy(), settings.min_width))
    swatches = ndimage.binary_dilation(swatches, iterations=2)
    classes[swatches] = OTHER
    blank = classes == OTHER
    # Roads, rivers and borders drawn across the land are overprints, not land; but a line
    # more than 2 px from every faction's colour is no faction's either: with it, the land
    # between a river and a coast can be wide enough to stay land (measured: the sample map's
    # outlines within 2 px 86.9-99.3%, from 83.1-97.7%).
    away = ~ndimage.maximum_filter(~blank, 5)
    ground = backdrop(rgb, blank, settings.max_gap, settings.tolerance)
    blank &= (ground > 0) | away
    if settings.hatching:
        # Before the thin strips go: a hatch is made of them.
        classes, codes = _add_hatching(classes, codes)
    remove_thin(classes, settings.min_width, settings.regrow)
    bridge(classes, settings.max_gap, settings.max_hole, blank, ground)
    remove_speckle(classes, settings.min_pixels)
    return majority(classes, settings.smoothing), codes


def legend_counts(classes, n_codes):
    """Pixels per class 1..n_codes (index 0: no faction)."""
    return np.bincount(classes.ravel(), minlength=n_codes + 1)
