"""Several layers written into one sink: fields matched by name (a union), geometry kept."""

from qgis.core import QgsFields, QgsGeometry

from .sinks import BatchWriter, new_feature


def union_fields(layers):
    """The fields of every layer, the first layer's order first; later ones add new names
    (case-insensitive), each kept with the type of its first appearance."""
    fields, seen = QgsFields(), set()
    for layer in layers:
        for field in layer.fields():
            if field.name().lower() not in seen:
                seen.add(field.name().lower())
                fields.append(field)
    return fields


def append_layer(sink, fields, layer, kind=None):
    """Copies every feature of `layer` into `sink` (of `fields`), values moved by field name;
    a geometry of another kind than `kind` is left NULL. Returns (written, other kind)."""
    index = {name.lower(): i for i, name in enumerate(fields.names())}
    positions = [index[name.lower()] for name in layer.fields().names()]
    writer = BatchWriter(sink, None, max(layer.featureCount(), 1))
    other = 0
    for feature in layer.getFeatures():
        values = [None] * fields.count()
        for position, value in zip(positions, feature.attributes()):
            values[position] = value
        geometry = feature.geometry() if feature.hasGeometry() else QgsGeometry()
        if kind is not None and not geometry.isEmpty() and geometry.type() != kind:
            geometry, other = QgsGeometry(), other + 1
        writer.add(new_feature(fields, values, geometry))
    writer.flush()
    return writer.written, other
