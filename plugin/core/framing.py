"""Map framing arithmetic: padded extents, a projection for the framed area, a round scale bar
segment."""

import math


def padded_extent(xmin, ymin, xmax, ymax, padding=0.2, min_span=50_000.0):
    """The box grown by `padding` x its larger side on every side, and at least `min_span` wide
    and high (so a single strike still gets a map around it). Units are the caller's (metres)."""
    width, height = xmax - xmin, ymax - ymin
    pad = padding * max(width, height, 0.0)
    xmin, ymin, xmax, ymax = xmin - pad, ymin - pad, xmax + pad, ymax + pad
    cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
    half_w = max(xmax - xmin, min_span) / 2
    half_h = max(ymax - ymin, min_span) / 2
    return cx - half_w, cy - half_h, cx + half_w, cy + half_h


def utm_epsg(lon, lat):
    """EPSG code of the WGS84 UTM zone holding (lon, lat): 326zz north, 327zz south."""
    lon = ((lon + 180.0) % 360.0) - 180.0
    zone = min(int((lon + 180.0) // 6.0) + 1, 60)
    return (32600 if lat >= 0 else 32700) + zone


# UTM keeps distances within about 1.5% up to 10 degrees of longitude from its central meridian;
# far from it Transverse Mercator folds the globe back (South America drawn over Siberia).
UTM_MAX_SPAN_DEG = 20.0


def map_projection(xmin, ymin, xmax, ymax):
    """The map's CRS for a WGS84 box, as text QGIS reads: the UTM zone of its centre ('EPSG:326zz')
    for a regional box, else a Lambert azimuthal equal-area projection centred on it ('+proj=...'),
    which puts every place of the globe somewhere, once."""
    lon, lat = (xmin + xmax) / 2, (ymin + ymax) / 2
    if xmax - xmin <= UTM_MAX_SPAN_DEG and ymin >= -80.0 and ymax <= 84.0:
        return f"EPSG:{utm_epsg(lon, lat)}"
    return f"+proj=laea +lat_0={lat:.4f} +lon_0={lon:.4f} +datum=WGS84 +units=m +no_defs"


def nice_segment(span, segments=2, fraction=0.3):
    """A round segment length (1, 2, 2.5 or 5 x 10^n) so `segments` of them cover about
    `fraction` of `span`: a scale bar of 2 x 25 km rather than 2 x 23.7 km."""
    if span <= 0:
        return 1.0
    target = span * fraction / segments
    power = 10.0 ** math.floor(math.log10(target))
    for step in (5.0, 2.5, 2.0, 1.0):
        if step * power <= target:
            return step * power
    return power
