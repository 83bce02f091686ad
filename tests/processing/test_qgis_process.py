"""The command-line door: qgis_process runs strikecheck:nearestfaction like processing.run does."""

import json
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from tests.cli import enable_plugin, qgis_process
from tests.layers import rows_by

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"


@pytest.fixture(scope="module")
def enabled_plugin():
    enable_plugin()


def test_listed_with_its_parameters(enabled_plugin):
    listing = qgis_process("list")
    assert "strikecheck:nearestfaction" in listing.stdout
    helped = qgis_process("help", "strikecheck:nearestfaction")
    for name in (
        "STRIKES",
        "CONTROL",
        "FACTION_FIELD",
        "FACTIONS",
        "MAX_DISTANCE_KM",
        "OUTPUT",
        "LINES",
    ):
        assert name in helped.stdout


def test_same_answer_as_processing_run(enabled_plugin, run_alg, tmp_path):
    strikes_uri = (
        f"file://{SAMPLE / 'strikes_2015-09-30.csv'}?type=csv&xField=longitude"
        "&yField=latitude&crs=EPSG:4326"
    )
    control = str(SAMPLE / "control_2015-09.geojson")
    cli_out = tmp_path / "cli.gpkg"
    done = qgis_process(
        "--json",
        "run",
        "strikecheck:nearestfaction",
        "--",
        f"STRIKES=delimitedtext://{strikes_uri}",
        f"CONTROL={control}",
        "FACTION_FIELD=faction",
        f"OUTPUT={cli_out}",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout[done.stdout.index("{") :])
    assert Path(report["results"]["OUTPUT"]).exists()
    cli = rows_by(QgsVectorLayer(str(cli_out), "cli", "ogr"), "event_id_cnty")
    strikes = QgsVectorLayer(strikes_uri, "strikes", "delimitedtext")
    py = rows_by(
        run_alg(
            "strikecheck:nearestfaction",
            {
                "STRIKES": strikes,
                "CONTROL": control,
                "FACTION_FIELD": "faction",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )["OUTPUT"],
        "event_id_cnty",
    )
    assert len(cli) == len(py) == 7
    for key, feature in py.items():
        other = cli[key]
        assert other["controlled_by"] == feature["controlled_by"]
        for name in ("dist_isis_km", "dist_regime_km", "nearest_other_km"):
            assert other[name] == pytest.approx(feature[name], abs=1e-6)


def test_bad_input_is_a_sentence_not_a_traceback(enabled_plugin):
    done = qgis_process(
        "run",
        "strikecheck:nearestfaction",
        "--",
        f"STRIKES={SAMPLE / 'control_2015-09.geojson'}",
        f"CONTROL={SAMPLE / 'control_2015-09.geojson'}",
        "FACTION_FIELD=side",
        "OUTPUT=TEMPORARY_OUTPUT",
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stdout + done.stderr
