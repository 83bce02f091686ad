"""QGIS geometries at the seam: WKB in WGS84 for the core, points and lines built back."""

from qgis.core import QgsGeometry, QgsPointXY


def wkb_in_wgs84(geometry, transform):
    """WKB of a geometry moved into WGS84 (None when it is empty); the geometry is untouched."""
    if geometry.isNull() or geometry.isEmpty():
        return None
    if transform is not None:
        geometry = QgsGeometry(geometry)  # never touch the feature the caller may reuse
        geometry.transform(transform)
    return bytes(geometry.asWkb())


def point_geometry(parts):
    """A QgsGeometry from WGS84 (lon, lat) parts: a point, or a multipoint for several."""
    if len(parts) == 1:
        return QgsGeometry.fromPointXY(QgsPointXY(*parts[0]))
    return QgsGeometry.fromMultiPointXY([QgsPointXY(lon, lat) for lon, lat in parts])


def polyline_geometry(wkb, transform_back):
    """A QgsGeometry of a WGS84 line's WKB, moved into the output CRS."""
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    if transform_back is not None:
        geometry.transform(transform_back)
    return geometry
