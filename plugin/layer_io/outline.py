"""Outlines and drawn territory as shapely geometries in one CRS, and shapely back to QGIS."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsGeometry,
    QgsWkbTypes,
)

from .progress import check_cancel
from .wkb import from_wkb


def polygons_in_crs(source, source_crs, crs, transform_context, feedback, where=None):
    """Shapely geometries (2D) of the features of `source` (a layer or a feature source) moved
    from `source_crs` into `crs`; `where` = (field, value) keeps the features whose field equals
    the value, case ignored."""
    request = QgsFeatureRequest()
    if where is not None:
        field, value = where
        request.setFilterExpression(
            f"lower({QgsExpression.quotedColumnRef(field)}) = "
            f"{QgsExpression.quotedValue(str(value).lower())}"
        )
    transform = None
    if source_crs != crs:
        transform = QgsCoordinateTransform(source_crs, crs, transform_context)
    wkbs = []
    for i, feature in enumerate(source.getFeatures(request)):
        if i % 1000 == 0:
            check_cancel(feedback)
        if not feature.hasGeometry() or feature.geometry().isEmpty():
            continue
        geometry = QgsGeometry(feature.geometry())
        if transform is not None:
            geometry.transform(transform)
        wkbs.append(bytes(geometry.asWkb()))
    return list(from_wkb(wkbs))


def feature_geometries(features):
    """Shapely geometries (2D, in the features' CRS; None where there is none) of features."""
    wkbs = [
        bytes(f.geometry().asWkb()) if f.hasGeometry() and not f.geometry().isEmpty() else None
        for f in features
    ]
    return list(from_wkb(wkbs))


def to_qgis(geometry, wkb_type=None):
    """A QgsGeometry of a shapely geometry, with Z and M (0) when `wkb_type` has them."""
    import shapely

    made = QgsGeometry()
    made.fromWkb(shapely.to_wkb(geometry))
    if wkb_type is not None and QgsWkbTypes.hasZ(wkb_type):
        made.get().addZValue(0)
    if wkb_type is not None and QgsWkbTypes.hasM(wkb_type):
        made.get().addMValue(0)
    return made
