"""strikecheck:importhistory on many small snapshot files: prints files per second.

    source scripts/qgis-env.sh && .venv/bin/python benchmarks/bench_history.py --files 1000

Each file is a DeepState-shaped GeoJSON (two polygons) named by its UTC Unix time, one per day.
Nothing here asserts a time.
"""

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

START = 1648944000  # 2022-04-03 00:00 UTC


def _write_history(folder, n_files):
    for i in range(n_files):
        x = 35.0 + (i % 50) * 0.01
        features = [
            {"type": "Feature", "properties": {"name": name, "fill": fill},
             "geometry": {"type": "Polygon", "coordinates": [[
                 [x + dx, 47], [x + dx + 1, 47], [x + dx + 1, 48], [x + dx, 48], [x + dx, 47]]]}}
            for dx, name, fill in ((0, "Occupied", "#a52714"), (1, "Liberated", "#0288d1"))
        ]  # fmt: skip
        path = folder / f"{START + i * 86400 + 3600}.geojson"
        path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))


def bench_history(n_files=1000):
    """{files, features, seconds, files_per_s} of one importhistory run on `n_files` files."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "history"
        folder.mkdir()
        _write_history(folder, n_files)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        started = time.perf_counter()
        result = processing.run(
            "strikecheck:importhistory",
            {"INPUT": [str(folder)], "PRESET": "ukraine", "OUTPUT": str(Path(temp) / "h.gpkg")},
            context=context,
            feedback=QgsProcessingFeedback(),
        )
        seconds = time.perf_counter() - started
        from qgis.core import QgsVectorLayer

        features = QgsVectorLayer(result["OUTPUT"], "h", "ogr").featureCount()
    return {"files": n_files, "features": features, "seconds": round(seconds, 1),
            "files_per_s": round(n_files / seconds, 1)}  # fmt: skip


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=1000)
    args = parser.parse_args()
    from qgis_app import start_qgis

    app, plugin = start_qgis()
    figures = bench_history(args.files)
    print(json.dumps(figures), flush=True)
    plugin.unload()
    app.exitQgis()


if __name__ == "__main__":
    main()
