"""The one place where StrikeCheck bridges QGIS 3.22 ... 4.x and Qt5/Qt6 differences."""

from qgis.core import Qgis, QgsField, QgsProcessing, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

# QGIS 3.36 moved Processing and geometry enums to Qgis.*; QGIS 4 drops the old homes.
if hasattr(Qgis, "ProcessingSourceType"):
    _source = Qgis.ProcessingSourceType
    SOURCE_POINT = _source.VectorPoint
    SOURCE_LINE = _source.VectorLine
    SOURCE_POLYGON = _source.VectorPolygon
    SOURCE_ANY_GEOMETRY = _source.VectorAnyGeometry
else:
    _source = QgsProcessing.SourceType
    SOURCE_POINT = _source.TypeVectorPoint
    SOURCE_LINE = _source.TypeVectorLine
    SOURCE_POLYGON = _source.TypeVectorPolygon
    SOURCE_ANY_GEOMETRY = _source.TypeVectorAnyGeometry

if hasattr(Qgis, "GeometryType"):
    GEOMETRY_POINT = Qgis.GeometryType.Point
    GEOMETRY_LINE = Qgis.GeometryType.Line
    GEOMETRY_POLYGON = Qgis.GeometryType.Polygon
else:
    GEOMETRY_POINT = QgsWkbTypes.GeometryType.PointGeometry
    GEOMETRY_LINE = QgsWkbTypes.GeometryType.LineGeometry
    GEOMETRY_POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry

if hasattr(Qgis, "WkbType"):
    WKB_LINESTRING = Qgis.WkbType.LineString
    WKB_POINT = Qgis.WkbType.Point
    WKB_MULTIPOINT = Qgis.WkbType.MultiPoint
else:
    WKB_LINESTRING = QgsWkbTypes.Type.LineString
    WKB_POINT = QgsWkbTypes.Type.Point
    WKB_MULTIPOINT = QgsWkbTypes.Type.MultiPoint

try:  # QGIS >= 3.38 types fields with QMetaType; Qt6 has no QVariant.Type at all.
    from qgis.PyQt.QtCore import QMetaType

    QgsField("probe", QMetaType.Type.Double)
    _FIELD_TYPES = {
        "string": QMetaType.Type.QString,
        "double": QMetaType.Type.Double,
        "int": QMetaType.Type.Int,
        "date": QMetaType.Type.QDate,
        "bool": QMetaType.Type.Bool,
    }
except TypeError:
    _FIELD_TYPES = {
        "string": QVariant.Type.String,
        "double": QVariant.Type.Double,
        "int": QVariant.Type.Int,
        "date": QVariant.Type.Date,
        "bool": QVariant.Type.Bool,
    }


def make_field(name, kind, length=0, precision=0):
    """A QgsField of kind 'string', 'double', 'int', 'date' or 'bool' on any QGIS release."""
    field = QgsField(name, _FIELD_TYPES[kind])
    if length:
        field.setLength(length)
    if precision:
        field.setPrecision(precision)
    return field


if hasattr(QgsProcessing, "TEMPORARY_OUTPUT"):
    TEMPORARY_OUTPUT = QgsProcessing.TEMPORARY_OUTPUT
else:  # pragma: no cover - every supported release has it; kept for clarity
    TEMPORARY_OUTPUT = "TEMPORARY_OUTPUT"
