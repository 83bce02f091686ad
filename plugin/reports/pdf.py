"""Prints the report's HTML to a paged A4 PDF with Qt's own text engine (no browser, no service)."""

import re
from pathlib import Path

from qgis.PyQt.QtCore import QMarginsF, QSizeF, Qt, QUrl
from qgis.PyQt.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..i18n import right_to_left

MARGIN_MM = 15.0


class PdfError(Exception):
    """The PDF could not be written (a sentence for the user)."""


def _print(document, writer):
    # PyQt5 names it print_ (print was a keyword in Python 2); PyQt6 names it print.
    method = getattr(document, "print_", None) or document.print
    method(writer)


def html_to_pdf(html, folder, path, title=""):
    """Writes `html` (images relative to `folder`) as an A4 PDF at `path`."""
    folder = Path(folder)
    document = QTextDocument()
    document.setDocumentMargin(0)
    # Images are handed over explicitly: relative URLs would otherwise resolve against the
    # current directory, not the report's folder.
    for source in _image_sources(html):
        image = QImage(str(folder / source))
        if not image.isNull():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(source), image)
    if right_to_left():
        # Paragraphs, headings and table columns run from the right in Arabic; the HTML says
        # so with dir="rtl", which Qt's text engine reads only from the document's options.
        option = document.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        document.setDefaultTextOption(option)
    document.setHtml(html)
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("StrikeCheck")
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    # A page size in CSS pixels (96 per inch) of the text area: QTextDocument then lays out
    # in those units and scales to the writer, so a 680 px wide image fills the text width.
    # (Without one it would add 2 cm margins of its own and size images differently.)
    width_mm, height_mm = 210.0 - 2 * MARGIN_MM, 297.0 - 2 * MARGIN_MM
    document.setPageSize(QSizeF(width_mm / 25.4 * 96, height_mm / 25.4 * 96))
    _print(document, writer)
    if not Path(path).is_file() or Path(path).stat().st_size == 0:
        raise PdfError(f"could not write {path}; check that the folder is writable")
    return str(path)


def _image_sources(html):
    return sorted(set(re.findall(r'<img src="([^"]+)"', html)))
