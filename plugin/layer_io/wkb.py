"""WKB from QGIS into shapely geometries for the core (repairing what OGR hands over)."""

import numpy as np
import shapely


def from_wkb(wkb_list):
    """Shapely 2D geometries of WKB blobs (None stays None)."""
    array = np.array(wkb_list, dtype=object)
    try:  # shapely >= 2.1 closes the unclosed rings OGR can hand over
        geometries = shapely.from_wkb(array, on_invalid="fix")
    except (TypeError, ValueError):  # shapely 2.0: unreadable geometries become None (skipped)
        geometries = shapely.from_wkb(array, on_invalid="ignore")
    # The core works in 2D: Z and M play no part in who holds the ground.
    return shapely.force_2d(geometries)
