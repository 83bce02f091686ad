"""The command-line door for the importers: qgis_process lists, documents and runs them."""

import json
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from tests.cli import enable_plugin, qgis_process

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"


@pytest.fixture(scope="module")
def enabled_plugin():
    enable_plugin()


@pytest.mark.parametrize(
    "algorithm, names",
    [
        ("strikecheck:importstrikes", ("INPUT", "LAT_FIELD", "LON_FIELD", "GEOMETRY_FIELD",
                                       "FILTER_EXPRESSION", "DATE_FIELD", "DATE_ORDER",
                                       "PRECISION_KM", "EXPECTED_EXTENT", "ENCODING", "OUTPUT",
                                       "ERRORS")),
        ("strikecheck:importcontrol", ("INPUT", "FACTION_FIELD", "PRESET", "PRESET_FILE",
                                       "MAPPING", "DATE_FIELD", "SNAPSHOT_DATE", "OUTPUT",
                                       "FACTION_VALUE", "REMAINDER_FACTION", "OUTLINE",
                                       "OUTLINE_COUNTRY")),
    ],
)  # fmt: skip
def test_documented_on_the_command_line(enabled_plugin, algorithm, names):
    helped = qgis_process("help", algorithm)
    assert helped.returncode == 0, helped.stderr
    for name in names:
        assert name in helped.stdout
    assert "qgis_process run " + algorithm in helped.stdout  # the example in the help


def test_imports_the_sample_like_processing_run(enabled_plugin, tmp_path):
    out, errors = tmp_path / "strikes.gpkg", tmp_path / "errors.csv"
    done = qgis_process(
        "--json", "run", "strikecheck:importstrikes", "--",
        f"INPUT={SAMPLE / 'strikes_2015-09-30.csv'}", f"OUTPUT={out}", f"ERRORS={errors}",
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout[done.stdout.index("{") :])
    assert "7 rows imported, 0 rejected" in json.dumps(report, ensure_ascii=False)
    layer = QgsVectorLayer(str(out), "strikes", "ogr")
    assert layer.featureCount() == 7 and layer.crs().authid() == "EPSG:4326"


def test_a_file_it_cannot_read_is_a_sentence_not_a_traceback(enabled_plugin, tmp_path):
    bad = tmp_path / "arabic_1256.csv"
    bad.write_bytes("id,lat,lon,place\n1,34.8,36.7,تلبيسة\n".encode("windows-1256"))
    done = qgis_process(
        "run", "strikecheck:importstrikes", "--", f"INPUT={bad}", "OUTPUT=TEMPORARY_OUTPUT"
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stdout + done.stderr
    assert "UTF-8" in done.stdout + done.stderr
