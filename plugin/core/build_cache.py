"""What one control snapshot built, reused by the next when the same geometry comes again."""

import numpy as np
import shapely


class BuildCache:
    """Builds keyed by the geometry they came from. An entry lives while snapshots use it: one
    not used by the latest snapshot is dropped at the next, so memory stays that of about two
    snapshots however many there are."""

    def __init__(self):
        self._now, self._before = {}, {}

    def get(self, key):
        if key in self._now:
            return self._now[key]
        if key in self._before:
            self._now[key] = self._before.pop(key)
            return self._now[key]
        return None

    def put(self, key, value):
        self._now[key] = value

    def next_snapshot(self):
        self._before, self._now = self._now, {}


def geometry_key(geometries):
    """A hashable key equal exactly when the geometries (shapely or WKB bytes) are the same,
    coordinate for coordinate and in the same order."""
    return tuple(
        bytes(g) if isinstance(g, (bytes, bytearray, memoryview)) else w
        for g, w in zip(geometries, _wkb(geometries))
    )


def _wkb(geometries):
    shapes = np.asarray(
        [None if isinstance(g, (bytes, bytearray, memoryview)) else g for g in geometries],
        dtype=object,
    )
    return shapely.to_wkb(shapes, include_srid=False).tolist() if shapes.size else []
