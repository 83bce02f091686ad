"""Exports a print layout to PDF, PNG and SVG files, and says why when one fails."""

from pathlib import Path

from qgis.core import QgsLayoutExporter
from qgis.PyQt.QtCore import QSize

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


def prepare_path(path):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return str(path)


def pdf_settings(dpi=300):
    """Vector PDF with selectable text; rasters at `dpi` (one map or a series alike)."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True
    settings.textRenderFormat = TEXT_AS_TEXT
    settings.exportMetadata = True
    return settings


def export_pdf(layout, path, dpi=300):
    """Vector PDF with selectable text; rasters at `dpi`."""
    exporter = QgsLayoutExporter(layout)
    settings = pdf_settings(dpi)
    _check(exporter.exportToPdf(prepare_path(path), settings), path, exporter)
    return str(path)


def export_png(layout, path, dpi=200):
    """A PNG of the page at `dpi` (an A4 page at 200 dpi is 2338 x 1653 pixels)."""
    # exportToImage also georeferences the PNG through GDAL's update mode, which its PNG
    # driver lacks ("ERROR 6" on every export): render the page and save it with Qt instead.
    exporter = QgsLayoutExporter(layout)
    image = exporter.renderPageToImage(0, QSize(), dpi)
    if image.isNull():
        raise ExportError(f"could not render the page for {path} at {dpi} dpi (out of memory?)")
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    if not image.save(prepare_path(path), "PNG"):
        raise ExportError(f"could not write {path}; check that the folder is writable")
    return str(path)


def export_svg(layout, path):
    """An SVG with text as outlines, so it looks the same without the fonts installed."""
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.SvgExportSettings()
    settings.forceVectorOutput = True
    settings.exportAsLayers = False
    settings.textRenderFormat = TEXT_AS_OUTLINES
    _check(exporter.exportToSvg(prepare_path(path), settings), path, exporter)
    return str(path)
