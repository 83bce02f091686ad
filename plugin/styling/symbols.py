"""The symbols StrikeCheck draws with: territory fills, hatched mixed classes, starbursts, lines."""

import base64
from pathlib import Path

from qgis.core import (
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProperty,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSvgMarkerSymbolLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..compat import MARKER_CIRCLE, RENDER_MM, SYMBOL_LAYER_ENABLED

STARBURST_SVG = Path(__file__).resolve().parents[2] / "resources" / "icons" / "starburst.svg"


def embedded_svg(path):
    """An SVG as QGIS's 'base64:' content: styles and projects that use it work on any machine,
    wherever the plugin is installed (the params still recolour it)."""
    return "base64:" + base64.b64encode(Path(path).read_bytes()).decode("ascii")


# Stripe width of a hatched mixed class, in mm: wide enough to tell the colours apart in print.
HATCH_STRIPE_MM = 1.1


def _symbol(kind, layers):
    """A symbol of `kind` made of `layers`; appendSymbolLayer hands their ownership to it."""
    symbol = kind()
    symbol.deleteSymbolLayer(0)
    for layer in layers:
        symbol.appendSymbolLayer(layer)
    return symbol


def darker(colour, factor=160):
    """A darker shade of `colour` for outlines (QColor.darker keeps the hue)."""
    return QColor(colour).darker(factor)


def territory_fill(colour, opacity=1.0):
    """A solid territory fill with a thin outline in a darker shade of the same colour."""
    layer = QgsSimpleFillSymbolLayer(QColor(colour))
    layer.setStrokeColor(darker(colour))
    layer.setStrokeWidth(0.2)
    layer.setStrokeWidthUnit(RENDER_MM)
    symbol = _symbol(QgsFillSymbol, [layer])
    symbol.setOpacity(opacity)
    return symbol


def hatched_fill(colours, opacity=1.0):
    """Diagonal stripes in each member's colour, in turn, so a mixed class shows who shares it."""
    colours = [QColor(c) for c in colours] or [QColor("#999999")]
    base = QgsSimpleFillSymbolLayer(colours[0])
    base.setStrokeStyle(Qt.PenStyle.NoPen)
    layers = [base]
    period = HATCH_STRIPE_MM * len(colours)
    for i, colour in enumerate(colours[1:], start=1):
        stripes = QgsLinePatternFillSymbolLayer()
        stripes.setLineAngle(45)
        stripes.setDistance(period)
        stripes.setDistanceUnit(RENDER_MM)
        stripes.setOffset(i * HATCH_STRIPE_MM)
        stripes.setOffsetUnit(RENDER_MM)
        line = QgsSimpleLineSymbolLayer(colour, HATCH_STRIPE_MM)
        line.setWidthUnit(RENDER_MM)
        line.setPenCapStyle(Qt.PenCapStyle.FlatCap)
        stripes.setSubSymbol(_symbol(QgsLineSymbol, [line]))
        layers.append(stripes)
    outline = QgsSimpleFillSymbolLayer(QColor(0, 0, 0, 0))
    outline.setStrokeColor(darker(colours[0]))
    outline.setStrokeWidth(0.2)
    outline.setStrokeWidthUnit(RENDER_MM)
    layers.append(outline)
    symbol = _symbol(QgsFillSymbol, layers)
    symbol.setOpacity(opacity)
    return symbol


def front_line(colour, width_mm=1.2):
    """A heavy line in the faction's colour, as front lines are drawn on control maps."""
    line = QgsSimpleLineSymbolLayer(QColor(colour), width_mm)
    line.setWidthUnit(RENDER_MM)
    line.setPenCapStyle(Qt.PenCapStyle.RoundCap)
    line.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return _symbol(QgsLineSymbol, [line])


def control_dot(colours, ring_expression=None, size_mm=3.2):
    """A town-control dot; a second colour fills its centre; a ring when `ring_expression` is true.

    The ring is a symbol layer switched on per feature by the expression (e.g. a status field
    saying 'besieged'), so one category serves both plain and ringed places.
    """
    colours = [QColor(c) for c in colours] or [QColor("#999999")]
    layers = []
    if ring_expression:
        ring = QgsSimpleMarkerSymbolLayer(MARKER_CIRCLE, size_mm + 1.6)
        ring.setColor(QColor(0, 0, 0, 0))
        ring.setStrokeColor(QColor("#202020"))
        ring.setStrokeWidth(0.5)
        ring.setSizeUnit(RENDER_MM)
        ring.setStrokeWidthUnit(RENDER_MM)
        ring.setDataDefinedProperty(
            SYMBOL_LAYER_ENABLED, QgsProperty.fromExpression(ring_expression)
        )
        layers.append(ring)
    dot = QgsSimpleMarkerSymbolLayer(MARKER_CIRCLE, size_mm)
    dot.setColor(colours[0])
    dot.setStrokeColor(darker(colours[0], 200))
    dot.setStrokeWidth(0.25)
    dot.setSizeUnit(RENDER_MM)
    dot.setStrokeWidthUnit(RENDER_MM)
    layers.append(dot)
    if len(colours) > 1:
        centre = QgsSimpleMarkerSymbolLayer(MARKER_CIRCLE, size_mm * 0.5)
        centre.setColor(colours[1])
        centre.setStrokeStyle(Qt.PenStyle.NoPen)
        centre.setSizeUnit(RENDER_MM)
        layers.append(centre)
    return _symbol(QgsMarkerSymbol, layers)


def _svg_layer(size_mm, fill, outline, outline_width):
    layer = QgsSvgMarkerSymbolLayer(embedded_svg(STARBURST_SVG), size_mm)
    layer.setSizeUnit(RENDER_MM)
    layer.setFillColor(QColor(fill))
    layer.setStrokeColor(QColor(outline))
    layer.setStrokeWidth(outline_width)
    layer.setStrokeWidthUnit(RENDER_MM)
    return layer


# The dark rim around a starburst's white halo, as a share of the mark's size (half of it
# shows on each side of the halo: 0.15 mm on a 6 mm mark): the halo lifts the mark off dark
# ground, the rim off white or pale ground, so a strike keeps its contrast on any colour (an
# orange mark on orange occupied territory included). Thin, so a crowd of small marks does not
# turn black.
STARBURST_RIM_SHARE = 0.05
STARBURST_RIM = "#1a1a1a"


def starburst(fill, outline="#3b0a05", size_mm=6.0, centre=None):
    """The strike marker: a starburst on a white halo ringed in dark grey (readable on any
    territory colour, its own included).

    `centre`, when given, puts a dot of a second colour in the middle (a strike in a mixed class).
    """
    # Outline and halo scale with the marker: a 6 mm mark has a 0.3 mm outline, a 2.5 mm
    # one keeps its fill colour visible instead of turning into an outline.
    halo = size_mm * 0.13
    layers = [
        _svg_layer(
            size_mm * 1.17, STARBURST_RIM, STARBURST_RIM, halo + size_mm * STARBURST_RIM_SHARE
        ),
        _svg_layer(size_mm * 1.17, "#ffffff", "#ffffff", halo),
        _svg_layer(size_mm, fill, outline, size_mm * 0.05),
    ]
    if centre:
        dot = QgsSimpleMarkerSymbolLayer(MARKER_CIRCLE, size_mm * 0.3)
        dot.setColor(QColor(centre))
        dot.setStrokeColor(QColor(outline))
        dot.setStrokeWidth(0.15)
        dot.setSizeUnit(RENDER_MM)
        dot.setStrokeWidthUnit(RENDER_MM)
        layers.append(dot)
    return _symbol(QgsMarkerSymbol, layers)


def distance_line(colour, width_mm=0.5):
    """A dashed line from a strike to the nearest territory, with a thin white casing."""
    casing = QgsSimpleLineSymbolLayer(QColor(255, 255, 255, 200), width_mm + 0.5)
    casing.setWidthUnit(RENDER_MM)
    casing.setPenCapStyle(Qt.PenCapStyle.FlatCap)
    dash = QgsSimpleLineSymbolLayer(QColor(colour), width_mm)
    dash.setWidthUnit(RENDER_MM)
    dash.setUseCustomDashPattern(True)
    dash.setCustomDashVector([2.0, 1.2])
    dash.setCustomDashPatternUnit(RENDER_MM)
    dash.setPenCapStyle(Qt.PenCapStyle.FlatCap)
    return _symbol(QgsLineSymbol, [casing, dash])
