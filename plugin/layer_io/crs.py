"""Coordinate systems at the seam: every layer is read into WGS84 and written back in its own."""

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def _tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


def require_crs(source, label):
    """Stops with an actionable message when a layer has no (valid) CRS."""
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(
            _tr(
                "{label} has no coordinate reference system, so its positions cannot be "
                "measured. Set the layer's CRS (Layer Properties > Source) and run again."
            ).format(label=label)
        )


def _farthest(low, high):
    return high if abs(high) >= abs(low) else low


def require_degrees(source, label):
    """Stops when a layer in degrees has coordinates no degree can have: metres (UTM, say) read
    as degrees, as a file without its CRS is. Territories millions of 'degrees' wide once took
    over 4 GB before failing."""
    crs = source.sourceCrs()
    if not crs.isValid() or not crs.isGeographic():
        return
    extent = source.sourceExtent()
    if extent.isEmpty() or extent.isNull():
        return
    # A little past the antimeridian is normal (Chukotka, Fiji drawn across it); 1,000 is not.
    if (
        max(abs(extent.xMinimum()), abs(extent.xMaximum())) <= 540
        and max(abs(extent.yMinimum()), abs(extent.yMaximum())) <= 90.5
    ):
        return
    raise QgsProcessingException(
        _tr(
            "{label} is in degrees ({crs}) but its coordinates reach {x}, {y}, which no place "
            "has: they are probably metres of a projected CRS (UTM, say) with the CRS missing "
            "or wrong. Set the layer's CRS (Layer Properties > Source) and run again."
        ).format(
            label=label,
            crs=crs.authid() or crs.description(),
            x=f"{_farthest(extent.xMinimum(), extent.xMaximum()):.6g}",
            y=f"{_farthest(extent.yMinimum(), extent.yMaximum()):.6g}",
        )
    )


def to_wgs84(source, context):
    """Transform from a source's CRS into WGS84, or None when it is WGS84."""
    crs = source.sourceCrs()
    if crs == WGS84:
        return None
    return QgsCoordinateTransform(crs, WGS84, context.transformContext())


def from_wgs84(crs, context):
    """Transform from WGS84 into `crs`, or None when `crs` is WGS84."""
    if crs == WGS84:
        return None
    return QgsCoordinateTransform(WGS84, crs, context.transformContext())


def extent_in_wgs84(rectangle, crs, context):
    """(xmin, ymin, xmax, ymax) in degrees of a rectangle given in `crs`."""
    if crs is not None and crs.isValid() and crs != WGS84:
        rectangle = QgsCoordinateTransform(
            crs, WGS84, context.transformContext()
        ).transformBoundingBox(rectangle)
    return (rectangle.xMinimum(), rectangle.yMinimum(), rectangle.xMaximum(), rectangle.yMaximum())
