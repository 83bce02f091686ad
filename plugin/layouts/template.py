"""The map template: its item ids, loading the .qpt, and placing the items for a paper size."""

from pathlib import Path

from qgis.core import (
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPathResolver,
    QgsPrintLayout,
    QgsReadWriteContext,
)
from qgis.PyQt.QtXml import QDomDocument

from ..compat import LAYOUT_MM, PAGE_LANDSCAPE, PAGE_PORTRAIT

TEMPLATE_PATH = (
    Path(__file__).resolve().parents[2] / "resources" / "layouts" / "strikecheck_map.qpt"
)

# Item ids the template must carry; the export fills and places each one it finds.
TITLE = "title"
SUBTITLE = "subtitle"
RULE = "accent_rule"
MAIN_MAP = "main_map"
LOCATOR_MAP = "locator_map"
LEGEND = "legend"
SCALEBAR = "scalebar"
NORTH_ARROW = "north_arrow"
SUMMARY = "summary"
CREDITS = "credits"
# The bundled template's legend title; the export writes it in the interface language (a title
# of the user's own template is theirs and stays).
LEGEND_TITLE = "KEY"
ITEM_IDS = (
    TITLE,
    SUBTITLE,
    RULE,
    MAIN_MAP,
    LOCATOR_MAP,
    LEGEND,
    SCALEBAR,
    NORTH_ARROW,
    SUMMARY,
    CREDITS,
)

PAPER_MM = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}  # landscape width, height
MARGIN_MM = 8.0
GAP_MM = 4.0
HEADER_MM = 23.0


class TemplateError(Exception):
    """The .qpt could not be read as a print layout template."""


def load_template(project, path=TEMPLATE_PATH, name="StrikeCheck map"):
    """A new print layout of `project` made from the template file at `path`."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise TemplateError(f"cannot read {path}: {error.strerror}") from error
    document = QDomDocument()
    if not document.setContent(text):
        raise TemplateError(f"{path} is not an XML file")
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    context = QgsReadWriteContext()
    context.setPathResolver(QgsPathResolver(str(path)))
    _, ok = layout.loadFromTemplate(document, context)
    if not ok:
        raise TemplateError(f"{path} is not a QGIS print layout template (.qpt)")
    layout.setName(name)
    return layout


def items_by_id(layout):
    """{item id: item} for the template's items present in the layout."""
    return {item.id(): item for item in layout.items() if hasattr(item, "id") and item.id()}


def page_size(paper, landscape):
    width, height = PAPER_MM[paper]
    return (width, height) if landscape else (height, width)


def set_page(layout, paper, landscape):
    """One page of the chosen paper and orientation."""
    collection = layout.pageCollection()
    while collection.pageCount() > 1:
        collection.deletePage(collection.pageCount() - 1)
    page = collection.page(0)
    width, height = page_size(paper, landscape)
    page.setPageSize(QgsLayoutSize(width, height, LAYOUT_MM))
    page.setProperty("orientation", PAGE_LANDSCAPE if landscape else PAGE_PORTRAIT)
    return width, height


def place(item, x, y, width, height):
    item.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MM), useReferencePoint=False)
    item.attemptResize(QgsLayoutSize(width, height, LAYOUT_MM))


def arrange(
    layout, paper="A4", landscape=True, legend_height=None, summary_height=None, legend_width=None
):
    """Places the template's items for the page: a side column in landscape, a band in portrait.

    Fonts, colours and frames come from the template; positions are computed here so that every
    paper size and orientation gets a sensible composition. `legend_height` and
    `summary_height` (mm) are what the filled legend and finding need: the locator (landscape)
    or the map (portrait) gives up room for them; in portrait the legend also widens (up to two
    thirds of the band beside the locator) to `legend_width`. A layout without a locator gives
    its room to the legend. Returns the boxes and whether the legend fits.
    """
    width, height = set_page(layout, paper, landscape)
    items = items_by_id(layout)
    has_locator = LOCATOR_MAP in items
    inner_w = width - 2 * MARGIN_MM
    scale = width / PAPER_MM["A4"][0] if landscape else width / PAPER_MM["A4"][1]
    boxes = {
        TITLE: (MARGIN_MM, MARGIN_MM - 1.0, inner_w, 11.0),
        SUBTITLE: (MARGIN_MM, MARGIN_MM + 10.0, inner_w, 6.5),
        RULE: (MARGIN_MM, MARGIN_MM + HEADER_MM - 5.0, inner_w, 0.7),
    }
    top, bottom = MARGIN_MM + HEADER_MM, height - MARGIN_MM
    needs = (legend_height or 60.0, summary_height or 25.0, legend_width)
    body = (top, bottom, inner_w, scale, has_locator)
    fits = (_landscape_boxes if landscape else _portrait_boxes)(boxes, body, needs)
    mx, my, mw, mh = boxes[MAIN_MAP]
    boxes[SCALEBAR] = (mx + 3.0, my + mh - 14.0, 60.0, 11.0)
    boxes[NORTH_ARROW] = (mx + mw - 13.0, my + 3.0, 10.0, 14.0)
    for item_id, box in boxes.items():
        if item_id in items:
            place(items[item_id], *box)
    return boxes, fits


def _landscape_boxes(boxes, body, needs):
    """The map on the left, a column of locator, legend, finding and credits on the right;
    whether the legend fits."""
    top, bottom, inner_w, scale, has_locator = body
    legend_h, summary_h, _ = needs
    credits_h = 15.0
    column_w = 74.0 * scale
    map_w = inner_w - column_w - GAP_MM
    x = MARGIN_MM + map_w + GAP_MM
    boxes[MAIN_MAP] = (MARGIN_MM, top, map_w, bottom - top)
    # The locator shrinks (down to a third of its width) before the legend overflows.
    room = bottom - credits_h - 2.0 - summary_h - top - 2 * GAP_MM
    locator_h = max(column_w * 0.35, min(column_w * 0.72, room - legend_h))
    if not has_locator:
        locator_h, room = 0.0, room + GAP_MM
    fits = locator_h + legend_h <= room + 0.5
    boxes[LOCATOR_MAP] = (x, top, column_w, locator_h)
    legend_top = top + locator_h + (GAP_MM if has_locator else 0.0)
    legend_h = min(legend_h, room - locator_h)
    boxes[LEGEND] = (x, legend_top, column_w, legend_h)
    summary_top = legend_top + legend_h + GAP_MM
    boxes[SUMMARY] = (x, summary_top, column_w, bottom - credits_h - summary_top - 2.0)
    boxes[CREDITS] = (x, bottom - credits_h, column_w, credits_h)
    return fits


def _portrait_boxes(boxes, body, needs):
    """The map on top, a band of locator, legend and finding under it, the credits along the
    foot of the page; whether the legend fits."""
    top, bottom, inner_w, scale, has_locator = body
    legend_h, summary_h, legend_width = needs
    # The band under the map grows (up to 110 mm on A4) for a long legend; the credits run
    # along the foot of the page.
    credits_h = 8.0
    bottom -= credits_h + 1.0
    band_h = min(110.0 * scale, max(68.0 * scale, legend_h, summary_h))
    fits = legend_h <= band_h + 0.5
    map_h = bottom - top - band_h - GAP_MM
    boxes[MAIN_MAP] = (MARGIN_MM, top, inner_w, map_h)
    band_top = top + map_h + GAP_MM
    locator_w = 68.0 * scale * 1.15 if has_locator else -GAP_MM
    boxes[LOCATOR_MAP] = (MARGIN_MM, band_top, locator_w, min(band_h, 68.0 * scale))
    legend_x = MARGIN_MM + locator_w + GAP_MM
    rest = inner_w - locator_w - GAP_MM
    legend_w = min(rest * 0.66, max(rest * 0.5, (legend_width or 0) + 1.0))
    boxes[LEGEND] = (legend_x, band_top, legend_w, band_h)
    right_x = legend_x + legend_w + GAP_MM
    boxes[SUMMARY] = (right_x, band_top, MARGIN_MM + inner_w - right_x, band_h)
    boxes[CREDITS] = (MARGIN_MM, bottom + 1.0, inner_w, credits_h)
    return fits
