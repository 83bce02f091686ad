"""Exports a print layout to PDF, PNG and SVG files, and says why when one fails."""

from pathlib import Path

from qgis.core import QgsLayoutExporter

from ..compat import EXPORT_SUCCESS, TEXT_AS_OUTLINES, TEXT_AS_TEXT


class ExportError(Exception):
    """A file could not be written (a sentence for the user)."""


def _check(result, path, exporter):
    if result != EXPORT_SUCCESS:
        detail = exporter.errorMessage() if hasattr(exporter, "errorMessage") else ""
        detail = f": {detail}" if detail else ""
        raise ExportError(
            f"could not write {path} (QGIS export error {int(result)}{detail}); "
            "check that the folder exists and is writable"
        )


def _prepare(path):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return str(path)


def export_pdf(layout, path, dpi=300):
    """Vector PDF with selectable text; rasters at `dpi`."""
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True
    settings.textRenderFormat = TEXT_AS_TEXT
    settings.exportMetadata = True
    _check(exporter.exportToPdf(_prepare(path), settings), path, exporter)
    return str(path)


def export_png(layout, path, dpi=200):
    """A PNG of the page at `dpi` (an A4 page at 200 dpi is 2339 x 1654 pixels)."""
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.generateWorldFile = False
    _check(exporter.exportToImage(_prepare(path), settings), path, exporter)
    return str(path)


def export_svg(layout, path):
    """An SVG with text as outlines, so it looks the same without the fonts installed."""
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.SvgExportSettings()
    settings.forceVectorOutput = True
    settings.exportAsLayers = False
    settings.textRenderFormat = TEXT_AS_OUTLINES
    _check(exporter.exportToSvg(_prepare(path), settings), path, exporter)
    return str(path)
