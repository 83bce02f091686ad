"""Control features written with valid geometry of the layer's one kind (the input untouched)."""

from dataclasses import dataclass, field

from qgis.core import QgsGeometry, QgsWkbTypes

from ..compat import GEOMETRY_LINE, GEOMETRY_POINT, GEOMETRY_POLYGON, WKB_GEOMETRY_COLLECTION
from ..core.geojson import flat_value
from .sinks import BatchWriter, new_feature


@dataclass
class RepairCounts:
    """What writing the copies found: run statistics for the algorithm to report."""

    repaired: int = 0  # invalid geometries made valid
    emptied: list = field(default_factory=list)  # feature ids empty after repair (NULL kept)
    no_geometry: int = 0  # features without geometry
    other_kind: list = field(default_factory=list)  # feature ids of another kind (left out)


def write_repaired(sink, fields, features, leading, kind, feedback):
    """Each feature with `leading[i]` attributes before its own and a valid geometry of `kind`
    (multi for lines and polygons); a feature of another kind is left out (counted), a nested
    value (a JSON object or list) is written as JSON text. Returns the RepairCounts."""
    counts = RepairCounts()
    writer = BatchWriter(sink, feedback, len(features))
    for feature, first in zip(features, leading):
        geometry = _repaired(feature, kind, counts)
        if geometry is None:
            continue
        own = [flat_value(value) for value in feature.attributes()]
        writer.add(new_feature(fields, list(first) + own, geometry))
    writer.flush()
    return counts


def _repaired(feature, kind, counts):
    """A valid copy of the feature's geometry (the input's own stays untouched)."""
    if not feature.hasGeometry() or feature.geometry().isEmpty():
        counts.no_geometry += 1
        return QgsGeometry()
    geometry = QgsGeometry(feature.geometry())
    collection = QgsWkbTypes.flatType(geometry.wkbType()) == WKB_GEOMETRY_COLLECTION
    if collection and kind != GEOMETRY_POINT:  # a zone drawn with its label point
        geometry.convertGeometryCollectionToSubclass(kind)
    if geometry.type() != kind or geometry.isEmpty():  # the output holds one kind
        counts.other_kind.append(feature.id())
        return None
    if not geometry.isGeosValid():
        geometry = geometry.makeValid()
        counts.repaired += 1
        if kind in (GEOMETRY_POLYGON, GEOMETRY_LINE) and geometry.type() != kind:
            geometry.convertGeometryCollectionToSubclass(kind)
        if geometry.isNull() or geometry.isEmpty():
            counts.emptied.append(feature.id())
            return QgsGeometry()
    if kind != GEOMETRY_POINT:
        geometry.convertToMultiType()
    return geometry
