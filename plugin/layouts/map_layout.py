"""Fills the map template: texts, main map framed on the strikes, locator, legend, scale bar."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsLayoutItemMapOverview,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsMapLayerLegendUtils,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSizeF, Qt

from ..compat import (
    DISTANCE_KM,
    LAYOUT_MM,
    LEGEND_HIDDEN,
    LEGEND_SUBGROUP,
    LEGEND_SYMBOL_LABEL,
    filter_legend_by_map,
    label_font,
    legend_label_font,
)
from ..core.framing import map_projection, nice_segment, padded_extent
from ..i18n import right_to_left
from . import context as ctx
from . import template as t
from .design import NORTH_ARROW_SVG
from .literal import literal, set_literal_text
from .text_fit import fit_title, text_height_mm, wrap_words
from .texts import tr

OVERVIEW_RED = "#c8102e"
LEGEND_FILTER_MAX_FEATURES = 3000


@dataclass
class MapContent:
    """What goes on the map; layers are already styled."""

    strikes: QgsVectorLayer
    title: str
    subtitle: str = ""
    summary: str = ""
    credits: str = ""
    control: Optional[QgsVectorLayer] = None
    lines: Optional[QgsVectorLayer] = None
    # Lines to frame on too (e.g. only those to the target faction); None frames on none.
    lines_frame_expression: Optional[str] = None
    paper: str = "A4"
    landscape: bool = True
    padding: float = 0.15
    min_span_km: float = 60.0
    country: Optional[str] = None
    strikes_heading: Optional[str] = None  # a KEY heading over the strikes' classes
    template: Path = t.TEMPLATE_PATH
    name: str = "StrikeCheck map"
    context_layers: list = field(default_factory=list)
    # {layer id: style XML} the map draws a layer with instead of its own (the analyst's layers
    # keep their canvas style; see styling/borrowed.py).
    style_overrides: dict = field(default_factory=dict)


class LayoutError(Exception):
    """The map cannot be made from these inputs (a sentence for the user)."""


def _bounds(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _map_crs(projection):
    if projection.startswith("+proj"):
        return QgsCoordinateReferenceSystem.fromProj(projection)
    return QgsCoordinateReferenceSystem(projection)


def _frame(points_wgs84, crs, project, padding, min_span_m):
    """The padded extent, in the map CRS, around WGS84 points."""
    transform = QgsCoordinateTransform(ctx.WGS84, crs, project.transformContext())
    projected = [transform.transform(x, y) for x, y in points_wgs84]
    box = padded_extent(*_bounds([(p.x(), p.y()) for p in projected]), padding, min_span_m)
    return QgsRectangle(*box)


def _zoom(item, extent):
    """Shows `extent` whole, grown on one axis to the item's aspect ratio.

    setExtent would resize the item to the extent's shape, and zoomToExtent needs a valid
    current extent to keep the shape: an extent of the right shape suits both.
    """
    size = item.rect()
    aspect = size.width() / size.height() if size.height() > 0 else 1.0
    extent = QgsRectangle(extent)
    if extent.width() / max(extent.height(), 1e-9) < aspect:
        grow = (extent.height() * aspect - extent.width()) / 2
        extent.setXMinimum(extent.xMinimum() - grow)
        extent.setXMaximum(extent.xMaximum() + grow)
    else:
        grow = (extent.width() / aspect - extent.height()) / 2
        extent.setYMinimum(extent.yMinimum() - grow)
        extent.setYMaximum(extent.yMaximum() + grow)
    item.setExtent(extent)


def _fill_legend(legend, layers, headings=None):
    """The KEY lists each layer's classes without layer headings, as ISW's keys do; a layer
    in `headings` ({layer: text}) gets one (strikes by faction would otherwise repeat the
    control classes' names with nothing to tell them apart)."""
    headings = headings or {}
    if legend.title() == t.LEGEND_TITLE:
        legend.setTitle(tr("KEY"))
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in layers:
        node = root.addLayer(layer)
        if headings.get(layer):
            node.setCustomProperty("legend/title-label", literal(headings[layer]))
            QgsLegendRenderer.setNodeLegendStyle(node, LEGEND_SUBGROUP)
        else:
            QgsLegendRenderer.setNodeLegendStyle(node, LEGEND_HIDDEN)
    # Long entries are wrapped to the box's width now: once the legend filters by map (QGIS
    # >= 3.32), refreshing a layer's entries leaves none of them shown.
    _set_legend_labels(legend, legend.sizeWithUnits().width())
    # Filtering by map (a KEY of only what the map shows) costs QGIS a hit test of every
    # feature, about 0.6 ms each on 3.22: fine for a few thousand, minutes for 100k strikes.
    # Beyond that the styles, built from the values present, keep the KEY short anyway.
    features = sum(max(layer.featureCount(), 0) for layer in layers)
    legend.setLegendFilterByMapEnabled(features <= LEGEND_FILTER_MAX_FEATURES)
    legend.updateLegend()


def _locator(locator, main, layer, focus_box, project, crs, main_extent):
    locator.setCrs(crs)
    locator.setLayers([layer])
    if focus_box is not None:
        box = QgsCoordinateTransform(ctx.WGS84, crs, project.transformContext())
        extent = box.transformBoundingBox(focus_box)
        extent.grow(0.12 * max(extent.width(), extent.height()))
    else:
        extent = QgsRectangle(main_extent)
        extent.scale(6.0)
    # The red frame of the main map stays inside the inset, with a margin: a map framed past
    # the country's edge widens the inset rather than running off it.
    shown = QgsRectangle(main_extent)
    shown.grow(0.08 * max(main_extent.width(), main_extent.height()))
    extent.combineExtentWith(shown)
    _zoom(locator, extent)
    overview = QgsLayoutItemMapOverview("main map extent", locator)
    overview.setLinkedMap(main)
    overview.setFrameSymbol(
        QgsFillSymbol.createSimple(
            {"color": "200,16,46,40", "outline_color": OVERVIEW_RED, "outline_width": "0.5"}
        )
    )
    locator.overviews().addOverview(overview)


def _scalebar(scalebar, main):
    width_km = main.extent().width() / 1000.0
    scalebar.setLinkedMap(main)
    scalebar.setUnits(DISTANCE_KM)
    scalebar.setUnitLabel("km")
    scalebar.setMapUnitsPerScaleBarUnit(1.0)
    scalebar.setUnitsPerSegment(nice_segment(width_km, segments=2, fraction=0.22))
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.update()


def _map_settings(item, dpi=96):
    size = item.rect().size()
    pixels = QSizeF(size.width() * dpi / 25.4, size.height() * dpi / 25.4)
    return item.mapSettings(item.extent(), pixels, dpi, True)


def _summary_height(summary, text):
    """Height (mm) the finding box needs at its current width."""
    if summary is None or not text:
        return None
    inner = summary.sizeWithUnits().width() - 2 * summary.marginX()
    return text_height_mm(text, label_font(summary), inner) + 2 * summary.marginY() + 1.5


def _set_legend_labels(legend, width_mm):
    """KEY entries printed as they are (faction names are data) and broken onto more lines
    where they would run past a legend box `width_mm` wide (translations run longer; QGIS
    wraps legend text by width itself only from 3.44)."""
    # Room for text: the box less its margins, the symbol and the gap after it, with slack
    # for the legend renderer's own measuring.
    room = 0.95 * (width_mm - 2 * legend.boxSpace() - legend.symbolWidth() - 3.0)
    font = legend_label_font(legend)
    model = legend.model()
    for layer_node in model.rootGroup().findLayers():
        changed = False
        for index, node in enumerate(model.layerOriginalLegendNodes(layer_node)):
            text = node.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text:
                continue
            shown = literal(wrap_words(text, font, room) if room > 10.0 else text)
            if shown != text:
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(layer_node, index, shown)
                changed = True
        if changed:
            model.refreshLayerLegend(layer_node)


def _legend_size(legend, main):
    """(width, height) in mm the legend needs for what the map shows."""
    if legend.legendFilterByMapEnabled():
        # The legend filters itself only when painted; filter now to measure what it shows.
        filter_legend_by_map(legend.model(), _map_settings(main))
    size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize()
    return size.width(), size.height()


def _compose(layout, items, content, extent):
    """Places the items for the paper, then again once the legend and finding are measured."""
    main, legend, summary = items[t.MAIN_MAP], items.get(t.LEGEND), items.get(t.SUMMARY)
    t.arrange(layout, content.paper, content.landscape)
    _zoom(main, extent)
    summary_h = _summary_height(summary, content.summary)
    legend_w = legend_h = None
    if legend is not None:
        # The legend lists only what the framed map shows, so its size is known only now.
        legend_w, legend_h = _legend_size(legend, main)
    _, fits = t.arrange(layout, content.paper, content.landscape, legend_h, summary_h, legend_w)
    if legend is not None and not fits and t.LOCATOR_MAP in items:
        # A long KEY matters more than the inset: drop the inset and give the KEY its room.
        layout.removeLayoutItem(items.pop(t.LOCATOR_MAP))
        _, fits = t.arrange(layout, content.paper, content.landscape, legend_h, summary_h, legend_w)
    if legend is not None and not fits:
        legend.setColumnCount(2)
        legend_w, legend_h = _legend_size(legend, main)
        t.arrange(layout, content.paper, content.landscape, legend_h, summary_h, legend_w)
    if summary is not None and content.landscape is False:
        # A wider legend leaves the finding a narrower box: measure it again at that width.
        summary_h = _summary_height(summary, content.summary)
        t.arrange(layout, content.paper, content.landscape, legend_h, summary_h, legend_w)
    _zoom(main, extent)
    if summary is not None:
        # The finding box hugs its text rather than filling the rest of the column.
        box = summary.sizeWithUnits()
        height = min(box.height(), summary_h or box.height())
        summary.attemptResize(QgsLayoutSize(box.width(), height, LAYOUT_MM))


def _right_to_left(items):
    """Arabic maps read from the right: texts aligned right, KEY symbols right of their text."""
    right = Qt.AlignmentFlag.AlignRight
    for item_id in (t.TITLE, t.SUBTITLE, t.SUMMARY, t.CREDITS):
        if item_id in items:
            items[item_id].setHAlign(right)
    legend = items.get(t.LEGEND)
    if legend is not None:
        legend.setTitleAlignment(right)
        legend.setSymbolAlignment(right)
        for component in (LEGEND_SUBGROUP, LEGEND_SYMBOL_LABEL):
            legend.rstyle(component).setAlignment(right)


def _set_texts(layout, items, content):
    for item_id, text in (
        (t.TITLE, content.title),
        (t.SUBTITLE, content.subtitle),
        (t.SUMMARY, content.summary),
        (t.CREDITS, content.credits),
    ):
        if item_id in items:
            set_literal_text(items[item_id], text)
    if t.SUMMARY in items and not content.summary:
        layout.removeLayoutItem(items.pop(t.SUMMARY))


def build_map_layout(project, content):
    """A print layout of `project` from the template, filled with `content`.

    The context layers it creates (land, borders, locator) are left in content.context_layers:
    the caller keeps them alive, or adds them to the project with the layout.
    """
    layout = t.load_template(project, content.template, content.name)
    items = t.items_by_id(layout)
    main = items.get(t.MAIN_MAP)
    if main is None:
        raise LayoutError(f"the template {content.template} has no map item with id 'main_map'")

    frame_points = ctx.points_wgs84(content.strikes, project)
    if not frame_points:
        raise LayoutError("the strike layer has no feature with a location to frame the map on")
    if content.lines is not None and content.lines_frame_expression:
        frame_points += ctx.points_wgs84(content.lines, project, content.lines_frame_expression)
    xmin, ymin, xmax, ymax = _bounds(frame_points)
    crs = _map_crs(map_projection(xmin, ymin, xmax, ymax))
    countries = ctx.world_layer("countries")
    focus = content.country or ctx.focus_country(countries, frame_points)
    land, provinces, borders, locator_land = _context_layers(countries, focus)
    content.context_layers[:] = [land, provinces, borders, locator_land]

    _set_texts(layout, items, content)
    if right_to_left():
        _right_to_left(items)
    # Strikes and lines on top, then borders and provinces over the control map, then land.
    top = [layer for layer in (content.strikes, content.lines) if layer is not None]
    control = [content.control] if content.control is not None else []
    main.setCrs(crs)
    main.setLayers(top + [borders, provinces] + control + [land])
    main.setKeepLayerSet(True)
    if content.style_overrides:
        main.setKeepLayerStyles(True)
        main.setLayerStyleOverrides(content.style_overrides)
    if t.LEGEND in items:
        items[t.LEGEND].setLinkedMap(main)
        items[t.LEGEND].model().setLayerStyleOverrides(main.layerStyleOverrides())
        headings = {content.strikes: content.strikes_heading}
        # Placed for the paper first, so that the KEY's entries wrap to its real width.
        t.arrange(layout, content.paper, content.landscape)
        _fill_legend(items[t.LEGEND], control + top, headings)
    extent = _frame(frame_points, crs, project, content.padding, content.min_span_km * 1000.0)
    _compose(layout, items, content, extent)
    has_subtitle = bool(content.subtitle) and t.SUBTITLE in items
    fit_title(items, t.TITLE, t.SUBTITLE, t.RULE, content.title, has_subtitle)

    if t.LOCATOR_MAP in items:
        focus_box = ctx.country_extent(countries, focus) if focus else None
        _locator(items[t.LOCATOR_MAP], main, locator_land, focus_box, project, crs, main.extent())
    _map_furniture(items, main)
    layout.refresh()
    return layout


def _context_layers(countries, focus):
    """(land, provinces, borders, locator land) around the focus country (None: no focus)."""
    land, borders, locator_land = (
        ctx.land_layer(focus),
        ctx.borders_layer(),
        ctx.locator_layer(focus),
    )
    provinces = ctx.provinces_layer(ctx.country_iso(countries, focus) if focus else None)
    return land, provinces, borders, locator_land


def _map_furniture(items, main):
    """The scale bar and north arrow tied to the main map, its labels kept clear of them."""
    if t.SCALEBAR in items:
        _scalebar(items[t.SCALEBAR], main)
    if t.NORTH_ARROW in items:
        items[t.NORTH_ARROW].setPicturePath(str(NORTH_ARROW_SVG))
        items[t.NORTH_ARROW].setLinkedMap(main)
    for item_id in (t.SCALEBAR, t.NORTH_ARROW):
        if item_id in items:
            # Map labels (strike names, countries) keep clear of the furniture drawn over the map.
            main.addLabelBlockingItem(items[item_id])
