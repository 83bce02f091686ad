"""Layers as tables of plain values: rows for the importers, columns for maps, reports, panel."""

from dataclasses import dataclass

from qgis.core import QgsCsException, QgsFeature, QgsFeatureRequest, QgsGeometry, QgsWkbTypes

from ..compat import GEOMETRY_POINT, REQUEST_NO_GEOMETRY
from ..core.messages import QT_TRANSLATE_NOOP, Message
from .crs import to_wgs84
from .progress import Stride, check_cancel
from .values import python_value


@dataclass
class TableRows:
    """A layer's features as rows: plain values, raw text, and point parts in WGS84."""

    names: list
    fids: list
    values: list
    raw: list
    parts: list  # per row: [(lon, lat), ...], or None (no geometry); None when not points
    geometry_problems: dict  # row -> core Message


def source_geometry_type(source):
    """The geometry type (point/line/polygon) of a feature source."""
    return QgsWkbTypes.geometryType(source.wkbType())


def raw_text(feature, names):
    """A feature written out for an error report: 'name=value | ... | geometry=WKT'."""
    pieces = [f"{name}={python_value(value)}" for name, value in zip(names, feature.attributes())]
    if feature.hasGeometry():
        pieces.append(f"geometry={feature.geometry().asWkt(7)}")
    return " | ".join(pieces)


def feature_of(fields, values, indexes=None):
    """A geometry-less feature holding `values`, e.g. for evaluating an expression on a row;
    with `indexes`, only those values are set (the others NULL)."""
    feature = QgsFeature(fields)
    if indexes is None:
        feature.setAttributes(list(values))
    else:
        for index in indexes:
            feature.setAttribute(index, values[index])
    return feature


def fields_read(expression, fields):
    """Indexes of the fields a (prepared or not) QgsExpression reads, or None when it may read
    any of them (attribute(@feature, ...), the whole feature) or needs the geometry."""
    names = expression.referencedColumns()
    if expression.needsGeometry() or QgsFeatureRequest.ALL_ATTRIBUTES in names:
        return None
    indexes = [fields.lookupField(name) for name in names]
    return None if any(index < 0 for index in indexes) else indexes


_NOT_TRANSFORMED = QT_TRANSLATE_NOOP(
    "StrikeCheck", "the point cannot be transformed from the layer's CRS to WGS84"
)


def read_table_rows(source, context, feedback, keep=None):
    """Every feature (those `keep(feature)` accepts) as plain values plus WGS84 point parts."""
    names = source.fields().names()
    with_points = source_geometry_type(source) == GEOMETRY_POINT
    transform = to_wgs84(source, context) if with_points else None
    rows = TableRows(names, [], [], [], [] if with_points else None, {})
    stride = Stride(feedback, source.featureCount(), 0.0, 30.0, every=5000)
    for i, feature in enumerate(source.getFeatures()):
        stride.at(i)
        if keep is not None and not keep(feature):
            continue
        row = len(rows.fids)
        rows.fids.append(feature.id())
        rows.values.append([python_value(v) for v in feature.attributes()])
        rows.raw.append(raw_text(feature, names))
        if not with_points:
            continue
        geometry = feature.geometry() if feature.hasGeometry() else None
        if geometry is None or geometry.isEmpty():
            rows.parts.append(None)
            continue
        try:
            if transform is not None:
                geometry = QgsGeometry(geometry)
                geometry.transform(transform)
        except QgsCsException:
            rows.parts.append(None)
            rows.geometry_problems[row] = Message(_NOT_TRANSFORMED)
            continue
        rows.parts.append([(v.x(), v.y()) for v in geometry.vertices()])
    return rows


def read_columns(layer, names, limit=None, feedback=None):
    """(feature ids, {name: [plain value per feature]}) of the fields of `names` the layer
    has (no geometry read); at most `limit` features."""
    present = [name for name in names if layer.fields().lookupField(name) >= 0]
    request = QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY)
    request.setSubsetOfAttributes(present, layer.fields())
    if limit is not None:
        request.setLimit(limit)
    fids, columns = [], {name: [] for name in present}
    indexes = [(columns[name], layer.fields().lookupField(name)) for name in present]
    for i, feature in enumerate(layer.getFeatures(request)):
        if i % 10000 == 0:
            check_cancel(feedback)
        fids.append(feature.id())
        for values, index in indexes:
            values.append(python_value(feature.attribute(index)))
    return fids, columns


def copy_features(source, feedback):
    """Copies of every feature of `source` (attributes and geometry), in reading order."""
    features = []
    for i, feature in enumerate(source.getFeatures()):
        if i % 5000 == 0:
            check_cancel(feedback)
        features.append(QgsFeature(feature))
    return features


def read_keys(source, key_names, feedback):
    """(feature ids, {key tuple: row}) in reading order: how database rows find their feature."""
    request = QgsFeatureRequest()
    request.setFlags(REQUEST_NO_GEOMETRY)
    request.setSubsetOfAttributes(key_names, source.fields())
    fids, row_of = [], {}
    for i, feature in enumerate(source.getFeatures(request)):
        if i % 10000 == 0:
            check_cancel(feedback)
        row_of[tuple(feature[k] for k in key_names)] = len(fids)
        fids.append(feature.id())
    return fids, row_of
