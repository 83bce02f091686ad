"""Pixels of a map image classed by their nearest legend colour in CIELAB, within a tolerance."""

import numpy as np

# Colours are looked up in a table of 64 levels per channel: 262,144 entries are computed once,
# not 12 million pixels; a level is 4 sRGB steps, under 2 delta E, far below any tolerance.
_BITS = 6
_SHIFT = 8 - _BITS
# D65 white point of sRGB, as CIELAB's reference white.
_WHITE = np.array([0.95047, 1.0, 1.08883])
_RGB_TO_XYZ = np.array(
    [
        [0.4124564, 0.3575761, 0.1804375],
        [0.2126729, 0.7151522, 0.0721750],
        [0.0193339, 0.1191920, 0.9503041],
    ]
)
OTHER = 0  # the class of pixels near no legend colour: labels, roads, rivers, symbols


def parse_colour(text):
    """(r, g, b) of '#rrggbb' or 'rrggbb' (an alpha byte '#rrggbbaa' ignored); None if not one."""
    text = text.strip().lstrip("#")
    if len(text) not in (6, 8):
        return None
    try:
        value = int(text[:6], 16)
    except ValueError:
        return None
    return (value >> 16) & 255, (value >> 8) & 255, value & 255


def colour_text(rgb):
    """'#rrggbb' of an (r, g, b)."""
    return "#{:02x}{:02x}{:02x}".format(*(int(v) for v in rgb))


def srgb_to_lab(rgb):
    """CIELAB (L*, a*, b*) of sRGB values 0-255, any shape (..., 3)."""
    c = np.asarray(rgb, dtype=float) / 255.0
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    xyz = linear @ _RGB_TO_XYZ.T / _WHITE
    eps, kappa = 216 / 24389, 24389 / 27
    f = np.where(xyz > eps, np.cbrt(xyz), (kappa * xyz + 16) / 116)
    return np.stack(
        [116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])],
        axis=-1,
    )


def _lookup_table(legend_rgb, tolerance):
    """Class (1..K, or OTHER) of every quantised colour: the nearest legend colour (CIE76
    delta E) when it is within `tolerance`."""
    levels = (np.arange(2**_BITS) << _SHIFT) + (1 << _SHIFT) // 2  # each level's centre
    r, g, b = np.meshgrid(levels, levels, levels, indexing="ij")
    lab = srgb_to_lab(np.stack([r, g, b], axis=-1).reshape(-1, 3))
    legend = srgb_to_lab(np.asarray(legend_rgb, dtype=float).reshape(-1, 3))
    distance = np.linalg.norm(lab[:, None, :] - legend[None, :, :], axis=-1)
    nearest = np.argmin(distance, axis=1)
    within = distance[np.arange(len(lab)), nearest] <= tolerance
    return np.where(within, nearest + 1, OTHER).astype(np.uint8)


def classify_pixels(rgb, legend_rgb, tolerance, rows=512):
    """(h, w) uint8 classes of an (h, w, 3) uint8 image: i + 1 for the pixels nearest legend
    colour i within `tolerance` delta E, OTHER elsewhere. Done in bands of `rows` to keep the
    temporary index array small."""
    if len(legend_rgb) > 254:
        raise ValueError("at most 254 legend colours")
    table = _lookup_table(legend_rgb, tolerance)
    height = rgb.shape[0]
    classes = np.empty(rgb.shape[:2], dtype=np.uint8)
    for top in range(0, height, rows):
        band = rgb[top : top + rows] >> _SHIFT
        index = (band[..., 0].astype(np.uint32) << (2 * _BITS)) | (
            band[..., 1].astype(np.uint32) << _BITS
        )
        index |= band[..., 2]
        classes[top : top + rows] = table[index]
    return classes
