"""Full copies of a layer, to give them other properties (a map series' time) than the user's."""

from .lookups import filtered_copy


def full_copy(layer, name):
    """A layer showing the same features as `layer` with its style, to change without touching
    it: a clone where the provider shares its data, else a memory copy (memory layers)."""
    if layer.providerType() == "memory":  # a memory layer's clone has no features
        return filtered_copy(layer, "TRUE", name)
    copy = layer.clone()
    copy.setName(name)
    # Other providers' clones read the same data. No featureCount() on the clone: on a
    # GeoPackage in a map series it made GDAL print "ERROR 1: ... unable to open database file".
    if copy.isValid():
        return copy
    return filtered_copy(layer, "TRUE", name)
