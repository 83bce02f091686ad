"""A row that fails or is cancelled leaves the folder as it was (issue 15): the files the run
created go, with their sidecars; a GeoPackage that held the analyst's tables keeps them and
loses only the table the run added."""

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from tests.processing.test_nearest_faction import control_layer, strike_layer
from tests.processing.test_output_safety import _wide_kml


def _tables(path):
    dataset = ogr.Open(str(path))
    return sorted(dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount()))


def _failing_after_output(run_alg, output):
    """nearestfaction whose OUTPUT is written before LINES (in a folder that is not there)
    fails."""
    with pytest.raises(QgsProcessingException):
        run_alg(
            "strikecheck:nearestfaction",
            {
                "STRIKES": strike_layer(),
                "CONTROL": control_layer(),
                "FACTION_FIELD": "faction",
                "OUTPUT": output,
                "LINES": "/nonexistent-folder/lines.gpkg",
            },
        )


def test_a_failed_run_removes_the_file_it_began(run_alg, tmp_path):
    (tmp_path / "notes.txt").write_text("the analyst's own file", encoding="utf-8")
    _failing_after_output(run_alg, str(tmp_path / "result.gpkg"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_failed_run_drops_only_the_table_it_added(run_alg, tmp_path):
    store = tmp_path / "analysis.gpkg"
    first = run_alg(
        "strikecheck:nearestfaction",
        {
            "STRIKES": strike_layer(),
            "CONTROL": control_layer(),
            "FACTION_FIELD": "faction",
            "OUTPUT": f"ogr:dbname='{store}' table=\"first_run\" (geom)",
        },
    )
    assert first["OUTPUT"] and _tables(store) == ["first_run"]
    _failing_after_output(run_alg, f"ogr:dbname='{store}' table=\"second_run\" (geom)")
    assert store.exists() and _tables(store) == ["first_run"]
    dataset = ogr.Open(str(store))
    assert dataset.GetLayerByName("first_run").GetFeatureCount() == 7


class _CancelWhileWriting(QgsProcessingFeedback):
    """Presses Cancel once the run has written part of its output (past 60%)."""

    def __init__(self):
        super().__init__()
        self.progressChanged.connect(lambda p: self.cancel() if p > 60 else None)


def test_a_cancelled_import_removes_what_it_wrote(run_alg, tmp_path):
    rows = ["event_id_cnty,event_date,latitude,longitude"]
    rows += [f"SYR{i},2015-09-30,{35 + i * 1e-4:.4f},36.5" for i in range(5000)]
    source = tmp_path / "strikes.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    feedback = _CancelWhileWriting()
    result = run_alg(
        "strikecheck:importstrikes",
        {"INPUT": str(source), "OUTPUT": str(tmp_path / "imported.gpkg")},
        feedback=feedback,
    )
    assert feedback.isCanceled() and result.get("OUTPUT") in (None, "")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["strikes.csv"]


def test_a_file_that_was_there_before_is_never_removed(run_alg, tmp_path):
    kept = tmp_path / "wide.gpkg"
    kept.write_bytes(b"not yet a GeoPackage: the analyst's placeholder")
    kml = _wide_kml(tmp_path / "wide.kml", 2100)
    with pytest.raises(QgsProcessingException, match="columns; a GeoPackage table holds"):
        run_alg("strikecheck:importstrikes", {"INPUT": kml, "OUTPUT": str(kept)})
    assert kept.read_bytes().startswith(b"not yet a GeoPackage")
