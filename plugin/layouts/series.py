"""A map series on QGIS's atlas: one coverage feature per page (its dates, title, finding and
credit), the main map's time range and the texts read from it; exported as one multi-page PDF,
numbered PNGs or SVGs, or page images for an animation."""

from html import escape
from pathlib import Path

from qgis.core import (
    QgsDateTimeRange,
    QgsExpression,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutObject,
    QgsProperty,
    QgsVectorLayer,
    QgsVirtualLayerDefinition,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from ..compat import EXPORT_SUCCESS, LABEL_MODE_HTML, WKB_POLYGON
from . import export
from . import template as t
from .text_fit import wrap_to_label

PAGE_FIELDS = (
    ("page", "int"),
    ("start", "string"),
    ("end", "string"),
    ("snapshot", "string"),
    ("title", "string"),
    ("summary", "string"),
    ("credits", "string"),
)
# The label items whose text each page sets, and the coverage field it comes from.
PAGE_TEXTS = ((t.TITLE, "title"), (t.SUMMARY, "summary"), (t.CREDITS, "credits"))
_START = getattr(QgsLayoutObject, "DataDefinedProperty", QgsLayoutObject).StartDateTime
_END = getattr(QgsLayoutObject, "DataDefinedProperty", QgsLayoutObject).EndDateTime


def _as_label_text(label, text, wrap=False):
    """What a coverage field holds for a label: the label prints a field's value as it is
    ([% "field" %] is not evaluated again), so only HTML labels need it escaped."""
    if label is None:
        return text
    if wrap:
        text = wrap_to_label(label, text)
    if label.mode() == LABEL_MODE_HTML:
        return escape(text).replace("\n", "<br>")
    return text


def _sql(value):
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def pages_layer(crs, rows, name):
    """A virtual layer holding the pages in its own definition (an SQL query of literals):
    saved in the project file with the layout, with no data file to lose. `rows`:
    [(values in PAGE_FIELDS order, geometry)]."""
    selects = []
    for values, geometry in rows:
        columns = [f"{_sql(v)} AS {n}" for v, (n, _) in zip(values, PAGE_FIELDS)]
        wkt = _sql(geometry.asWkt())
        columns.append(f"ST_GeomFromText({wkt}, {crs.postgisSrid()}) AS geometry")
        selects.append("SELECT " + ", ".join(columns))
    definition = QgsVirtualLayerDefinition()
    definition.setQuery(" UNION ALL ".join(selects))
    definition.setGeometryField("geometry")
    definition.setGeometrySrid(crs.postgisSrid())
    definition.setGeometryWkbType(WKB_POLYGON)
    return QgsVectorLayer(definition.toString(), name, "virtual")


def _moment(day):
    return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))


def coverage_layer(layout, series):
    """The atlas coverage: one feature per page over the main map's extent."""
    items = t.items_by_id(layout)
    main = items[t.MAIN_MAP]
    geometry = QgsGeometry.fromRect(main.extent())
    rows = []
    for i, period in enumerate(series.periods):
        texts = (series.titles[i], series.summaries[i], series.credits[i])
        shown = [
            _as_label_text(items.get(item_id), text, wrap=item_id == t.TITLE)
            for (item_id, _), text in zip(PAGE_TEXTS, texts)
        ]
        snapshot = period.snapshot.isoformat() if period.snapshot else None
        values = [i + 1, period.start.isoformat(), period.end.isoformat(), snapshot, *shown]
        rows.append((values, geometry))
    return pages_layer(main.crs(), rows, f"{layout.name()}: pages")


def enable_series(layout, series):
    """Makes the layout a series over its pages; returns the coverage layer (keep it alive,
    and in the project with the layout)."""
    coverage = coverage_layer(layout, series)
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setHideCoverage(True)
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"page"')
    atlas.setPageNameExpression('"title"')
    atlas.setEnabled(True)
    items = t.items_by_id(layout)
    main = items[t.MAIN_MAP]
    # Each page's strikes and control by the map's time range (Item Properties > Temporal
    # range, its start and end data-defined from the page), [start, end).
    main.setIsTemporal(True)
    first = series.periods[0]
    main.setTemporalRange(QgsDateTimeRange(_moment(first.start), _moment(first.end), True, False))
    properties = main.dataDefinedProperties()
    properties.setProperty(_START, QgsProperty.fromExpression('to_datetime("start")'))
    properties.setProperty(_END, QgsProperty.fromExpression('to_datetime("end")'))
    main.setDataDefinedProperties(properties)
    for item_id, name in PAGE_TEXTS:
        if item_id in items:
            items[item_id].setText(f"[% {QgsExpression.quotedColumnRef(name)} %]")
    atlas.beginRender()
    atlas.seekTo(0)
    atlas.endRender()
    layout.refresh()
    return coverage


def numbered(path, number):
    """'map.png', 3 -> 'map_003.png'."""
    path = Path(path)
    return str(path.with_name(f"{path.stem}_{number:03d}{path.suffix}"))


def pages(layout):
    """Goes through the series' pages, the layout showing each in turn; yields page numbers."""
    atlas = layout.atlas()
    if not atlas.beginRender():
        return
    try:
        for index in range(atlas.count()):
            atlas.seekTo(index)
            layout.refresh()
            yield index + 1
    finally:
        atlas.endRender()


def export_series_pdf(layout, path, dpi=300):
    """All pages in one PDF, text selectable."""
    result, error = QgsLayoutExporter.exportToPdf(
        layout.atlas(), export.prepare_path(path), export.pdf_settings(dpi)
    )
    if result != EXPORT_SUCCESS:
        raise export.ExportError(f"could not write {path} (QGIS export error: {error})")
    return str(path)


def export_series_each(layout, path, write):
    """One file per page, numbered after `path`: write(layout, numbered path) for each."""
    return [write(layout, numbered(path, number)) for number in pages(layout)]
