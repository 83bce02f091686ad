"""The graphical model StrikeCheck ships (resources/models/strikecheck_workflow.model3): import
strikes -> nearest faction -> export map runs as a model through Processing and qgis_process
(scripts/make_model.py builds the file)."""

import subprocess
from pathlib import Path

from qgis.core import QgsProcessingModelAlgorithm, QgsVectorLayer

from tests.cli import enable_plugin, qgis_process

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "resources" / "models" / "strikecheck_workflow.model3"
SAMPLE = ROOT / "resources" / "sample"


def _inputs(out):
    return {
        "strikes_file": str(SAMPLE / "strikes_2015-09-30.csv"),
        "control": str(SAMPLE / "control_2015-09.geojson"),
        "faction_field": "faction",
        "target": "isis",
        "nearest_faction:results": str(out / "results.gpkg"),
        "export_map:map_pdf": str(out / "map.pdf"),
        "export_map:map_png": str(out / "map.png"),
    }


def _check(out):
    results = QgsVectorLayer(str(out / "results.gpkg"), "results", "ogr")
    assert results.isValid() and results.featureCount() == 7
    held = {f["location"]: f["controlled_by"] for f in results.getFeatures()}
    assert held["Talbiseh"] == "rebel" and held["Jisr al-Shughur"] == "jn"
    text = subprocess.run(
        ["pdftotext", str(out / "map.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "ISIS" in text and "7 strikes" in text, text[:500]
    assert (out / "map.png").stat().st_size > 50_000


def test_the_model_runs_through_processing(run_alg, tmp_path):
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL))
    children = {c.childId(): c.algorithmId() for c in model.childAlgorithms().values()}
    assert children == {
        "import_strikes": "strikecheck:importstrikes",
        "nearest_faction": "strikecheck:nearestfaction",
        "export_map": "strikecheck:exportmap",
    }
    run_alg(model, _inputs(tmp_path))
    _check(tmp_path)


def test_the_model_runs_through_qgis_process(tmp_path):
    enable_plugin()
    arguments = [f"{name}={value}" for name, value in _inputs(tmp_path).items()]
    done = qgis_process("run", str(MODEL), "--", *arguments)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    _check(tmp_path)
