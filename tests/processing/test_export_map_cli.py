"""Headless: qgis_process runs strikecheck:exportmap and strikecheck:applystyle on files."""

import json
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from tests.cli import enable_plugin, qgis_process

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"


@pytest.fixture(scope="module")
def analysed(tmp_path_factory, strikecheck_plugin):
    """The sample strikes analysed against the sample control map, as files."""
    import processing

    enable_plugin()
    folder = tmp_path_factory.mktemp("cli")
    uri = (
        f"file://{SAMPLE / 'strikes_2015-09-30.csv'}?type=csv&xField=longitude"
        "&yField=latitude&crs=EPSG:4326"
    )
    result = processing.run(
        "strikecheck:nearestfaction",
        {
            "STRIKES": QgsVectorLayer(uri, "strikes", "delimitedtext"),
            "CONTROL": str(SAMPLE / "control_2015-09.geojson"),
            "FACTION_FIELD": "faction",
            "OUTPUT": str(folder / "result.gpkg"),
            "LINES": str(folder / "lines.gpkg"),
        },
    )
    return folder, result["OUTPUT"], result["LINES"]


def test_exportmap_headless(analysed):
    folder, result, lines = analysed
    png, pdf = folder / "map.png", folder / "map.pdf"
    done = qgis_process(
        "--json",
        "run",
        "strikecheck:exportmap",
        "--",
        f"STRIKES={result}",
        f"CONTROL={SAMPLE / 'control_2015-09.geojson'}",
        f"LINES={lines}",
        "TARGET_FACTION=isis",
        "TITLE=Russian Airstrikes",
        "DATE=30 SEPT 2015",
        "PAPER=A4",
        "ORIENTATION=landscape",
        "DPI=80",
        f"OUTPUT_PNG={png}",
        f"OUTPUT_PDF={pdf}",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout[done.stdout.index("{") :])
    assert "ISIS-held territory" in report["results"]["SUMMARY"]
    image = QImage(str(png))
    assert (image.width(), image.height()) == (int(297 / 25.4 * 80), int(210 / 25.4 * 80))
    assert pdf.stat().st_size > 10_000
    assert "Traceback" not in done.stderr


def test_applystyle_headless_writes_qml(analysed, tmp_path):
    qml = tmp_path / "control.qml"
    done = qgis_process(
        "run",
        "strikecheck:applystyle",
        "--",
        f"LAYER={SAMPLE / 'control_2015-09.geojson'}",
        "ROLE=control",
        "PRESET=syria-2015",
        "PALETTE=wikipedia",
        f"QML_FILE={qml}",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Regime Control" in qml.read_text(encoding="utf-8")


def test_bad_parameter_is_a_sentence(analysed):
    folder, result, _ = analysed
    done = qgis_process(
        "run",
        "strikecheck:exportmap",
        "--",
        f"STRIKES={result}",
        "TARGET_FACTION=isis",
        "PALETTE=neon",
        f"OUTPUT_PNG={folder / 'x.png'}",
    )
    assert done.returncode != 0
    assert "Palette 'neon'" in done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
