"""Looking things up in reference layers (the bundled world map): features by value or box."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsGeometry,
)

from .crs import WGS84


def vertices_wgs84(layer, transform_context, expression=None, limit=None):
    """The vertices of the layer's features (up to about `limit`) as WGS84 (lon, lat) pairs;
    `expression` optionally filters the features."""
    transform = QgsCoordinateTransform(layer.crs(), WGS84, transform_context)
    request = QgsFeatureRequest()
    if expression:
        request.setFilterExpression(expression)
    points = []
    for feature in layer.getFeatures(request):
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        geometry = QgsGeometry(geometry)
        if geometry.transform(transform) != 0:
            continue
        points.extend((v.x(), v.y()) for v in geometry.vertices())
        if limit and len(points) >= limit:
            break
    return points


def geometries_in_box(layer, box, field):
    """[(value of `field`, geometry)] of the features whose box meets `box`."""
    request = QgsFeatureRequest().setFilterRect(box)
    return [(feature[field], feature.geometry()) for feature in layer.getFeatures(request)]


def first_where(layer, field, value):
    """The first feature whose `field` equals `value` (the value quoted, never parsed), or
    None."""
    request = QgsFeatureRequest().setFilterExpression(
        QgsExpression.createFieldEqualityExpression(field, value)
    )
    request.setLimit(1)
    for feature in layer.getFeatures(request):
        return feature
    return None


def filtered_copy(layer, expression, name):
    """A memory copy of the layer's features that `expression` (a QGIS expression) keeps, with
    the layer's style: for providers whose subset strings are not QGIS expressions."""
    copy = layer.materialize(QgsFeatureRequest().setFilterExpression(expression))
    copy.setName(name)
    if layer.renderer() is not None:
        copy.setRenderer(layer.renderer().clone())
    if layer.labeling() is not None:
        copy.setLabeling(layer.labeling().clone())
        copy.setLabelsEnabled(layer.labelsEnabled())
    return copy
