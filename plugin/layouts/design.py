"""The look of the map template: builds its items from scratch (scripts/make_resources.py saves it).

The export itself loads the saved .qpt, so an analyst who restyles the template in QGIS's layout
designer (fonts, colours, frames) gets their look; this module is how the bundled one was made.
"""

import re
import uuid
from pathlib import Path

from qgis.core import (
    QgsFillSymbol,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLineSymbol,
    QgsPathResolver,
    QgsPrintLayout,
    QgsReadWriteContext,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..compat import (
    DISTANCE_KM,
    LAYOUT_MM,
    LEGEND_GROUP,
    LEGEND_SUBGROUP,
    LEGEND_SYMBOL_LABEL,
    LEGEND_TITLE,
    RENDER_POINTS,
    SCALEBAR_FIXED,
    set_label_text_style,
    set_legend_text_style,
)
from . import template as t

FONT = "DejaVu Sans"
INK = "#1a1a1a"
MUTED = "#505050"
ACCENT = "#9e1b14"  # the dark red of the title rule
SEA = "#d6e4ec"
PANEL = "#f4f1ea"
FRAME = "#3a3a3a"
NORTH_ARROW_SVG = Path(__file__).resolve().parents[2] / "resources" / "icons" / "north_arrow.svg"


def _label(layout, item_id, size_pt, bold=False, colour=INK, italic=False):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(item_id)
    set_label_text_style(label, FONT, size_pt, bold, colour, italic)
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)
    layout.addLayoutItem(label)
    return label


def _map(layout, item_id, frame_mm):
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    item.setFrameEnabled(True)
    item.setFrameStrokeWidth(_mm(frame_mm))
    item.setFrameStrokeColor(QColor(FRAME))
    item.setBackgroundColor(QColor(SEA))
    item.setKeepLayerSet(True)
    layout.addLayoutItem(item)
    return item


def _mm(value):
    return QgsLayoutMeasurement(value, LAYOUT_MM)


def build_template_layout(project):
    """A print layout holding every template item, styled, placed for A4 landscape."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("StrikeCheck map")

    _label(layout, t.TITLE, 20, bold=True)
    _label(layout, t.SUBTITLE, 10.5, colour=MUTED)
    _add_rule(layout)
    main = _map(layout, t.MAIN_MAP, 0.35)
    locator = _map(layout, t.LOCATOR_MAP, 0.3)
    locator.setFrameStrokeColor(QColor("#6a6a6a"))
    _add_legend(layout, main)
    _add_scalebar(layout, main)
    _add_north_arrow(layout, main)
    _add_summary(layout)
    credits = _label(layout, t.CREDITS, 6.5, colour=MUTED)
    credits.setVAlign(Qt.AlignmentFlag.AlignBottom)
    t.arrange(layout, "A4", landscape=True)
    return layout


def _add_rule(layout):
    """The accent bar under the title."""
    rule = QgsLayoutItemShape(layout)
    rule.setId(t.RULE)
    rule.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    rule.setSymbol(QgsFillSymbol.createSimple({"color": ACCENT, "outline_style": "no"}))
    layout.addLayoutItem(rule)


def _add_legend(layout, main):
    legend = QgsLayoutItemLegend(layout)
    legend.setId(t.LEGEND)
    legend.setTitle(t.LEGEND_TITLE)
    legend.setLinkedMap(main)
    legend.setResizeToContents(False)
    legend.setFrameEnabled(True)
    legend.setFrameStrokeWidth(_mm(0.25))
    legend.setFrameStrokeColor(QColor("#8a8a8a"))
    legend.setBackgroundColor(QColor("#ffffff"))
    legend.setBoxSpace(3.0)
    legend.setSymbolWidth(9.0)
    legend.setSymbolHeight(5.0)
    legend.setWrapString("\n")
    set_legend_text_style(legend, LEGEND_TITLE, FONT, 11, bold=True, colour=INK)
    set_legend_text_style(legend, LEGEND_GROUP, FONT, 8.5, bold=True, colour=INK)
    set_legend_text_style(legend, LEGEND_SUBGROUP, FONT, 8.5, bold=True, colour=INK)
    set_legend_text_style(legend, LEGEND_SYMBOL_LABEL, FONT, 8.5, colour=INK)
    legend.rstyle(LEGEND_TITLE).setMargin(legend.rstyle(LEGEND_TITLE).Bottom, 3.0)
    layout.addLayoutItem(legend)


def _add_scalebar(layout, main):
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId(t.SCALEBAR)
    scalebar.setStyle("Line Ticks Up")
    scalebar.setLinkedMap(main)
    scalebar.setUnits(DISTANCE_KM)
    scalebar.setUnitLabel("km")
    scalebar.setMapUnitsPerScaleBarUnit(1.0)
    scalebar.setSegmentSizeMode(SCALEBAR_FIXED)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setNumberOfSegments(2)
    scalebar.setUnitsPerSegment(25.0)
    scalebar.setHeight(2.0)
    scalebar.setLineSymbol(
        QgsLineSymbol.createSimple({"line_width": "0.4", "line_color": INK, "capstyle": "flat"})
    )
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 215))
    scalebar.setBoxContentSpace(1.5)
    scalebar.setTextFormat(_scalebar_text())
    layout.addLayoutItem(scalebar)


def _add_north_arrow(layout, main):
    arrow = QgsLayoutItemPicture(layout)
    arrow.setId(t.NORTH_ARROW)
    arrow.setPicturePath(str(NORTH_ARROW_SVG))
    arrow.setLinkedMap(main)
    # A light box like the scale bar's: the arrow stays legible over dark territory.
    arrow.setBackgroundEnabled(True)
    arrow.setBackgroundColor(QColor(255, 255, 255, 215))
    layout.addLayoutItem(arrow)


def _add_summary(layout):
    """The finding's box beside the legend."""
    summary = _label(layout, t.SUMMARY, 9.5)
    summary.setBackgroundEnabled(True)
    summary.setBackgroundColor(QColor(PANEL))
    summary.setFrameEnabled(True)
    summary.setFrameStrokeWidth(_mm(0.25))
    summary.setFrameStrokeColor(QColor("#a89f8c"))
    summary.setMarginX(3.0)
    summary.setMarginY(3.0)


def _scalebar_text():
    fmt = QgsTextFormat()
    fmt.setFont(QFont(FONT))
    fmt.setSize(7.5)
    fmt.setSizeUnit(RENDER_POINTS)
    fmt.setColor(QColor(INK))
    return fmt


def save_template(layout, path=t.TEMPLATE_PATH):
    """Writes the layout as a .qpt template file."""
    context = QgsReadWriteContext()
    # Paths (the north arrow) are stored relative to the template, so the file travels.
    context.setPathResolver(QgsPathResolver(str(path)))
    if not layout.saveAsTemplate(str(path), context):
        raise OSError(f"could not write {path}")
    _stable_uuids(Path(path))


def _stable_uuids(path):
    """Renames the items' random uuids to ones derived from their order in the file, keeping
    every reference (a legend's or scale bar's map) intact: a regenerated template then differs
    from the last one only where the design changed."""
    text = path.read_text(encoding="utf-8")
    found = list(dict.fromkeys(re.findall(r"\{[0-9a-f-]{36}\}", text)))
    for index, old in enumerate(found):
        text = text.replace(
            old, "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"strikecheck/{index}")) + "}"
        )
    path.write_text(text, encoding="utf-8")
