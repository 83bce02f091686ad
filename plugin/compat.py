"""The one place where StrikeCheck bridges QGIS 3.22 ... 4.x and Qt5/Qt6 differences."""

import qgis.core
from qgis.core import Qgis, QgsField, QgsProcessing, QgsTextFormat, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor, QFont

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


from qgis.core import QgsMapLayerProxyModel  # noqa: E402

# QGIS 3.34 moved layer filters to Qgis.LayerFilter.
# As Qgis.LayerFilters (not the int that '|' gives in PyQt5): QGIS >= 3.34 otherwise picks the
# deprecated QgsMapLayerProxyModel.Filters overload of setFilters(). PyQt6 has no flags type.
if hasattr(Qgis, "LayerFilter"):
    _layer_filters = getattr(Qgis, "LayerFilters", lambda flag: flag)
    LAYER_FILTER_POINT = _layer_filters(Qgis.LayerFilter.PointLayer)
    LAYER_FILTER_CONTROL = (
        _layer_filters(Qgis.LayerFilter.PolygonLayer)
        | Qgis.LayerFilter.LineLayer
        | Qgis.LayerFilter.PointLayer
    )
else:
    LAYER_FILTER_POINT = QgsMapLayerProxyModel.Filter.PointLayer
    LAYER_FILTER_CONTROL = (
        QgsMapLayerProxyModel.Filter.PolygonLayer
        | QgsMapLayerProxyModel.Filter.LineLayer
        | QgsMapLayerProxyModel.Filter.PointLayer
    )


# -- styling, layouts and export (issue 5) ------------------------------------------------------
# QGIS 3.26 ... 3.36 moved these enums into the Qgis namespace; QGIS 4 keeps only the new homes.
def _enum(*paths):
    """The first dotted path ('Qgis.RenderUnit.Millimeters', ...) that exists in this QGIS."""
    for path in paths:
        value = qgis.core
        try:
            for part in path.split("."):
                value = getattr(value, part)
        except AttributeError:
            continue
        return value
    raise AttributeError(f"none of {paths} exists in this QGIS")


RENDER_MM = _enum("Qgis.RenderUnit.Millimeters", "QgsUnitTypes.RenderUnit.RenderMillimeters")
RENDER_POINTS = _enum("Qgis.RenderUnit.Points", "QgsUnitTypes.RenderUnit.RenderPoints")
LAYOUT_MM = _enum("Qgis.LayoutUnit.Millimeters", "QgsUnitTypes.LayoutUnit.LayoutMillimeters")
DISTANCE_KM = _enum("Qgis.DistanceUnit.Kilometers", "QgsUnitTypes.DistanceUnit.DistanceKilometers")
LABEL_LINE = _enum("Qgis.LabelPlacement.Line", "QgsPalLayerSettings.Placement.Line")
LABEL_AROUND_POINT = _enum(
    "Qgis.LabelPlacement.AroundPoint", "QgsPalLayerSettings.Placement.AroundPoint"
)
LABEL_HORIZONTAL = _enum(
    "Qgis.LabelPlacement.Horizontal", "QgsPalLayerSettings.Placement.Horizontal"
)
LABEL_OVER_POINT = _enum("Qgis.LabelPlacement.OverPoint", "QgsPalLayerSettings.Placement.OverPoint")
LINE_LABEL_ON_LINE = _enum(
    "Qgis.LabelLinePlacementFlag.OnLine", "QgsLabeling.LinePlacementFlag.OnLine"
)
LINE_LABEL_ABOVE = _enum(
    "Qgis.LabelLinePlacementFlag.AboveLine", "QgsLabeling.LinePlacementFlag.AboveLine"
)
MARKER_CIRCLE = _enum("Qgis.MarkerShape.Circle", "QgsSimpleMarkerSymbolLayerBase.Shape.Circle")
SYMBOL_LAYER_ENABLED = _enum(
    "Qgis.SymbolLayerProperty.LayerEnabled", "QgsSymbolLayer.Property.PropertyLayerEnabled"
)
LEGEND_HIDDEN = _enum("Qgis.LegendComponent.Hidden", "QgsLegendStyle.Style.Hidden")
LEGEND_TITLE = _enum("Qgis.LegendComponent.Title", "QgsLegendStyle.Style.Title")
LEGEND_GROUP = _enum("Qgis.LegendComponent.Group", "QgsLegendStyle.Style.Group")
LEGEND_SUBGROUP = _enum("Qgis.LegendComponent.Subgroup", "QgsLegendStyle.Style.Subgroup")
LEGEND_SYMBOL_LABEL = _enum("Qgis.LegendComponent.SymbolLabel", "QgsLegendStyle.Style.SymbolLabel")
EXPORT_SUCCESS = _enum("QgsLayoutExporter.ExportResult.Success")
PAGE_LANDSCAPE = _enum("QgsLayoutItemPage.Orientation.Landscape")
PAGE_PORTRAIT = _enum("QgsLayoutItemPage.Orientation.Portrait")
TEXT_AS_TEXT = _enum("Qgis.TextRenderFormat.AlwaysText")
TEXT_AS_OUTLINES = _enum("Qgis.TextRenderFormat.AlwaysOutlines")
SCALEBAR_FIT_WIDTH = _enum(
    "Qgis.ScaleBarSegmentSizeMode.FitWidth",
    "QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth",
)
SCALEBAR_FIXED = _enum(
    "Qgis.ScaleBarSegmentSizeMode.Fixed", "QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFixed"
)
LABEL_MODE_FONT = _enum("QgsLayoutItemLabel.Mode.ModeFont")
LABEL_MODE_HTML = _enum("QgsLayoutItemLabel.Mode.ModeHtml")
PICTURE_SVG = _enum("Qgis.PictureFormat.SVG", "QgsLayoutItemPicture.Format.FormatSVG")


def _text_format(family, size_pt, bold, colour, italic=False):
    font = QFont(family)
    font.setBold(bold)
    font.setItalic(italic)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size_pt)
    fmt.setSizeUnit(RENDER_POINTS)
    fmt.setColor(QColor(colour))
    return fmt


def set_label_text_style(item, family, size_pt, bold=False, colour="#000000", italic=False):
    """Font of a layout label: setTextFormat from QGIS 3.24, setFont/setFontColor before."""
    if hasattr(item, "setTextFormat"):
        item.setTextFormat(_text_format(family, size_pt, bold, colour, italic))
        return
    font = QFont(family)
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    font.setItalic(italic)
    item.setFont(font)
    item.setFontColor(QColor(colour))


def set_legend_text_style(legend, component, family, size_pt, bold=False, colour="#000000"):
    """Font of one legend component: QgsLegendStyle.setTextFormat from QGIS 3.30, fonts before."""
    style = legend.rstyle(component)
    if hasattr(style, "setTextFormat"):
        style.setTextFormat(_text_format(family, size_pt, bold, colour))
        return
    font = QFont(family)
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    legend.setStyleFont(component, font)
    legend.setFontColor(QColor(colour))


def legend_label_font(legend):
    """The QFont (point size set) a legend's entries draw with: text format from QGIS 3.30."""
    style = legend.rstyle(LEGEND_SYMBOL_LABEL)
    if hasattr(style, "textFormat"):
        fmt = style.textFormat()
        font = fmt.font()
        font.setPointSizeF(fmt.size())
        return font
    return style.font()


def set_label_size(item, size_pt):
    """The point size of a layout label's text, the rest of its style kept."""
    if hasattr(item, "textFormat"):
        fmt = item.textFormat()
        fmt.setSize(size_pt)
        item.setTextFormat(fmt)
        return
    font = item.font()
    font.setPointSizeF(size_pt)
    item.setFont(font)


def label_font(item):
    """The QFont (point size set) a layout label draws with, on any QGIS release."""
    if hasattr(item, "textFormat"):
        fmt = item.textFormat()
        font = fmt.font()
        font.setPointSizeF(fmt.size())
        return font
    return item.font()


# -- importing strikes and control maps (issue 3) -----------------------------------------------
def parameter_as_fields(algorithm, parameters, name, context):
    """Field names chosen in a field parameter: parameterAsStrings from QGIS 3.32, whose
    parameterAsFields is deprecated (and gone in QGIS 4)."""
    if hasattr(algorithm, "parameterAsStrings"):
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)


PARAMETER_ADVANCED = _enum(
    "Qgis.ProcessingParameterFlag.Advanced", "QgsProcessingParameterDefinition.Flag.FlagAdvanced"
)
WKB_POLYGON = _enum("Qgis.WkbType.Polygon", "QgsWkbTypes.Type.Polygon")
WKB_NO_GEOMETRY = _enum("Qgis.WkbType.NoGeometry", "QgsWkbTypes.Type.NoGeometry")
WKB_GEOMETRY_COLLECTION = _enum(
    "Qgis.WkbType.GeometryCollection", "QgsWkbTypes.Type.GeometryCollection"
)
REQUEST_NO_GEOMETRY = _enum(
    "Qgis.FeatureRequestFlag.NoGeometry", "QgsFeatureRequest.Flag.NoGeometry"
)
SOURCE_TABLE = _enum("Qgis.ProcessingSourceType.Vector", "QgsProcessing.SourceType.TypeVector")


def filter_legend_by_map(model, map_settings):
    """Keeps in a legend model only the entries drawn in `map_settings` (now, not at paint)."""
    try:
        from qgis.core import QgsLayerTreeFilterSettings  # QGIS >= 3.32
    except ImportError:
        model.setLegendFilterByMap(map_settings)
        return
    model.setFilterSettings(QgsLayerTreeFilterSettings(map_settings))


ALG_NO_THREADING = _enum(
    "Qgis.ProcessingAlgorithmFlag.NoThreading", "QgsProcessingAlgorithm.Flag.FlagNoThreading"
)

LABEL_FROM_POINT = _enum(
    "Qgis.LabelOffsetType.FromPoint", "QgsPalLayerSettings.OffsetType.FromPoint"
)
LABEL_CARTOGRAPHIC = _enum(
    "Qgis.LabelPlacement.OrderedPositionsAroundPoint",
    "QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint",
)

# -- Temporal Controller (issue 14) -------------------------------------------------------------
# QGIS 3.22 keeps the modes on QgsVectorLayerTemporalProperties; later releases in Qgis.
TEMPORAL_START_END_EXPRESSIONS = _enum(
    "Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromExpressions",
    "QgsVectorLayerTemporalProperties.TemporalMode.ModeFeatureDateTimeStartAndEndFromExpressions",
)
TEMPORAL_BEGIN_NOT_END = _enum("Qgis.VectorTemporalLimitMode.IncludeBeginExcludeEnd")
LINE_ANCHOR_HINT = _enum(
    "Qgis.LabelLineAnchorType.HintOnly", "QgsLabelLineSettings.AnchorType.HintOnly"
)


def is_deleted(obj):
    """True when a Qt/QGIS object's C++ side is gone (a layer removed from the project)."""
    from qgis.PyQt import sip

    return obj is None or sip.isdeleted(obj)
