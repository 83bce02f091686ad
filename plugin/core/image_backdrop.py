"""The backdrop of a map image: the colours of the wide areas outside every faction (land, sea,
the legend's box), so that roads and borders drawn on them are not taken for backdrop."""

import numpy as np

from .image_colours import classify_pixels
from .image_overprints import opened

# A colour is backdrop when it covers this share of the wide blank areas: land and sea do,
# the grey of roads drawn across them does not.
MIN_SHARE = 0.005
MAX_COLOURS = 8


def backdrop(rgb, blank, max_gap, tolerance):
    """uint8 (h, w): k for the pixels near (within half of `tolerance`) the k-th colour that
    fills the wide parts of `blank` (the pixels near no legend colour), 0 elsewhere."""
    wide = opened(blank, max_gap)
    if not wide.any():
        return np.zeros(blank.shape, dtype=np.uint8)
    quantised = (rgb[wide] >> 4).astype(np.int32)  # 16 levels: JPEG noise falls in one bin
    bins = (quantised[:, 0] << 8) | (quantised[:, 1] << 4) | quantised[:, 2]
    counts = np.bincount(bins, minlength=4096)
    top = np.argsort(counts)[::-1][:MAX_COLOURS]
    top = top[counts[top] >= MIN_SHARE * len(bins)]
    colours = [(((b >> 8) & 15) * 16 + 8, ((b >> 4) & 15) * 16 + 8, (b & 15) * 16 + 8) for b in top]
    if not colours:
        return np.zeros(blank.shape, dtype=np.uint8)
    return classify_pixels(rgb, colours, tolerance / 2)
