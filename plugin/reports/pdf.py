"""Prints the report's HTML to a paged A4 PDF with Qt's own text engine (no browser, no service).

A report is printed as one or more sections, each its own QTextDocument with its own page
orientation (the strike table may need landscape pages), painted one after the other into one
QPdfWriter: QTextDocument.print() prints a single page size and ends the file, so the pages are
drawn here instead, with QPagedPaintDevice.setPageLayout() just before newPage() for a section
in another orientation. Those are Qt 5.3+ and Qt 6 calls (QGIS 3.22 to 3.40 and later).
"""

import re
from pathlib import Path

from qgis.PyQt.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from qgis.PyQt.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from ..i18n import right_to_left

MARGIN_MM = 15.0
A4_MM = (210.0, 297.0)


class PdfError(Exception):
    """The PDF could not be written (a sentence for the user)."""


def text_width_px(landscape=False):
    """Width of a page's text area in CSS pixels (96 per inch): what the HTML lays out in."""
    return _page_size_px(landscape).width()


def _page_size_px(landscape):
    width, height = A4_MM[::-1] if landscape else A4_MM
    to_px = 96 / 25.4
    return QSizeF((width - 2 * MARGIN_MM) * to_px, (height - 2 * MARGIN_MM) * to_px)


def _page_layout(landscape):
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation, margins, QPageLayout.Unit.Millimeter
    )


def _document(html, folder, landscape):
    document = QTextDocument()
    document.setDocumentMargin(0)
    # Images are handed over explicitly: relative URLs would otherwise resolve against the
    # current directory, not the report's folder.
    for source in _image_sources(html):
        image = QImage(str(folder / source))
        if not image.isNull():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(source), image)
    option = document.defaultTextOption()
    # Lines break between words only: Qt's default also breaks inside a word that does not fit
    # (an id printed as U/K/R/1/2/8/1/2, one character per line).
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    if right_to_left():
        # Paragraphs, headings and table columns run from the right in Arabic; the HTML says
        # so with dir="rtl", which Qt's text engine reads only from the document's options.
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    document.setDefaultTextOption(option)
    document.setHtml(html)
    # A page size in CSS pixels (96 per inch) of the text area: the document lays out in those
    # units and is scaled to the writer, so a 680 px wide image fills a portrait text width.
    document.setPageSize(_page_size_px(landscape))
    return document


def _paint(document, writer, painter, landscape):
    """Draws every page of `document`; the writer is at a fresh page of its orientation."""
    size = _page_size_px(landscape)
    scale = writer.pageLayout().paintRectPixels(writer.resolution()).width() / size.width()
    for page in range(document.pageCount()):
        if page:
            writer.newPage()
        painter.save()
        painter.scale(scale, scale)
        painter.translate(0, -page * size.height())
        document.drawContents(painter, QRectF(0, page * size.height(), size.width(), size.height()))
        painter.restore()
    return document.pageCount()


def html_to_pdf(sections, folder, path, title=""):
    """Writes `sections`, [(HTML, landscape)] with images relative to `folder`, as one A4 PDF
    at `path`; returns (path, pages)."""
    folder = Path(folder)
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("StrikeCheck")
    writer.setResolution(300)
    painter, pages = QPainter(), 0
    for html, landscape in sections:
        document = _document(html, folder, landscape)
        writer.setPageLayout(_page_layout(landscape))
        if pages:
            writer.newPage()
        elif not painter.begin(writer):
            raise PdfError(f"could not write {path}; check that the folder is writable")
        pages += _paint(document, writer, painter, landscape)
    painter.end()
    if not Path(path).is_file() or Path(path).stat().st_size == 0:
        raise PdfError(f"could not write {path}; check that the folder is writable")
    return str(path), pages


def _image_sources(html):
    return sorted(set(re.findall(r'<img src="([^"]+)"', html)))
