"""docs/images/control-from-image-*.png: the worked example of docs/control-from-image.md,
drawn by QGIS itself (the sample control map as a published JPEG, its legend, and the control
map read back over it), with the figures the page quotes printed.

    source scripts/qgis-env.sh && .venv/bin/python scripts/make_image_example.py
"""

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IMAGES = ROOT / "docs" / "images"
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))


def _overlay(image_path, found_path, out):
    """The image with the control map read from it drawn as coloured outlines, by QGIS."""
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsFillSymbol,
        QgsMapRendererParallelJob,
        QgsMapSettings,
        QgsRasterLayer,
        QgsRendererCategory,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QSize

    raster = QgsRasterLayer(str(image_path), "image")
    found = QgsVectorLayer(str(found_path), "found", "ogr")
    categories = []
    for code, colour in (("regime", "#b00020"), ("rebel", "#0b6e00"), ("isis", "#ff00ff"),
                         ("jn", "#0033cc"), ("kurdish", "#ff8800")):  # fmt: skip
        symbol = QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": colour, "outline_width": "0.6"}
        )
        categories.append(QgsRendererCategory(code, symbol, code))
    found.setRenderer(QgsCategorizedSymbolRenderer("faction", categories))
    settings = QgsMapSettings()
    settings.setLayers([found, raster])
    settings.setDestinationCrs(raster.crs())
    settings.setExtent(raster.extent())
    settings.setOutputSize(QSize(1000, round(1000 * raster.height() / raster.width())))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(str(out))


def main():
    from qgis_app import start_qgis

    app, plugin = start_qgis()
    import processing
    import shapely

    from tests.map_images import render, save_with_world_file, visible

    features = json.loads((ROOT / "resources/sample/control_2015-09.geojson").read_text())
    features = features["features"]
    shown = visible([f["properties"]["faction"] for f in features],
                    [shapely.geometry.shape(f["geometry"]) for f in features])  # fmt: skip
    colours = {
        "regime": "#e8707e", "rebel": "#6db35a", "isis": "#3a3a3a", "jn": "#6f8faf",
        "kurdish": "#f2d544", "isis+jn+rebel": "#8e8a5a",
    }  # fmt: skip
    drawn = render(shown, colours, (35.1, 32.1, 42.9, 37.8), 1500)
    with tempfile.TemporaryDirectory() as temp:
        path = save_with_world_file(drawn.image, Path(temp) / "map.jpg", drawn.extent)
        drawn.image.scaled(1000, round(1000 * drawn.image.height() / drawn.image.width())).save(
            str(IMAGES / "control-from-image-input.png")
        )
        drawn.image.copy(drawn.image.width() - 210, drawn.image.height() - 230, 210, 230).save(
            str(IMAGES / "control-from-image-legend.png")
        )
        out = Path(temp) / "control_from_image.gpkg"
        result = processing.run(
            "strikecheck:controlfromimage",
            {"INPUT": str(path), "LEGEND": "isw-like", "DATE": "2015-09-27", "OUTPUT": str(out)},
        )
        print(result)
        _overlay(path, out, IMAGES / "control-from-image-result.png")
    plugin.unload()
    app.exitQgis()


if __name__ == "__main__":
    main()
