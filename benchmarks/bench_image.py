"""strikecheck:controlfromimage on a 4000 x 3000 JPEG map (the sample drawn ISW-like with names,
roads, rivers and a legend box): seconds end to end. Part of `make bench` (group "image");
nothing here asserts a time."""

import json
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample" / "control_2015-09.geojson"


def case_image(width, seed):
    """{pixels, seconds, factions, iou_min} of one run on a width x (3/4 width) image."""
    import processing
    import shapely
    from osgeo import ogr
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    from tests.image_accuracy import iou
    from tests.map_images import render, save_with_world_file, truth_by_code, visible

    features = json.loads(SAMPLE.read_text(encoding="utf-8"))["features"]
    codes = [f["properties"]["faction"] for f in features]
    shown = visible(codes, [shapely.geometry.shape(f["geometry"]) for f in features])
    colours = {
        "regime": "#e8707e", "rebel": "#6db35a", "isis": "#3a3a3a", "jn": "#6f8faf",
        "kurdish": "#f2d544", "isis+jn+rebel": "#8e8a5a",
    }  # fmt: skip
    # 4:3 round the sample's centre, so the image is width x 3/4 width.
    x, y = 39.0, 34.95
    extent = (x - 4.0, y - 3.0, x + 4.0, y + 3.0)
    drawn = render(shown, colours, extent, width, seed=seed)
    with tempfile.TemporaryDirectory() as temp:
        path = save_with_world_file(drawn.image, Path(temp) / "map.jpg", drawn.extent)
        out = str(Path(temp) / "found.gpkg")
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        started = time.perf_counter()
        processing.run(
            "strikecheck:controlfromimage",
            {"INPUT": str(path), "LEGEND": "isw-like", "OUTPUT": out},
            context=context,
            feedback=QgsProcessingFeedback(),
        )
        seconds = time.perf_counter() - started
        found, source = {}, ogr.Open(out)  # kept open: its layer dies with it
        for feature in source.GetLayer(0):
            wkb = bytes(feature.GetGeometryRef().ExportToIsoWkb())
            found[feature.GetField("faction")] = shapely.from_wkb(wkb)
    truth = truth_by_code(shown)
    big = [c for c, g in truth.items() if g.area > 0.05]
    scores = [iou(truth[c], found.get(c, shapely.Polygon())) for c in big]
    return {
        "pixels": f"{drawn.image.width()} x {drawn.image.height()}",
        "seconds": round(seconds, 1),
        "factions": len(found),
        "iou_min": round(min(scores), 4),
    }


def rows(figures):
    """The bench table's rows for the image group."""
    return [
        (
            f"control map from a {figures['pixels']} JPEG (end to end)",
            f"{figures['seconds']:.1f} s",
            f"target < 20 s; lowest faction IoU {figures['iou_min']:.3f}",
        )
    ]
