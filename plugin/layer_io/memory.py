"""Full copies of a layer, to give them other properties (a map series' time) than the user's."""

from .lookups import filtered_copy


def full_copy(layer, name):
    """A layer showing the same features as `layer` with its style, to change without touching
    it: a clone where the provider shares its data, else a memory copy (memory layers)."""
    copy = layer.clone()
    copy.setName(name)
    if copy.isValid() and copy.featureCount() == layer.featureCount():
        return copy
    return filtered_copy(layer, "TRUE", name)
