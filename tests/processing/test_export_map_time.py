"""strikecheck:exportmap on a time-aware control layer: only the snapshot in force is drawn,
named in the credits, the user's layer untouched, and a warning when the strikes span more."""

import pytest
from qgis.core import QgsProcessingException, QgsProject

from strikecheck.plugin.layer_io.tables import read_columns
from strikecheck.plugin.layer_io.values import as_date
from strikecheck.plugin.layouts import template as t
from tests.recording import RecordingFeedback
from tests.time_maps import in_project

ALG = "strikecheck:exportmap"


@pytest.fixture()
def dated():
    yield from in_project(2000)


def export(run_alg, layers, feedback=None, **extra):
    parameters = {**layers, "PRESET": "ukraine", "TITLE": "Strikes", **extra}
    result = run_alg(ALG, parameters, feedback)
    layout = QgsProject.instance().layoutManager().layoutByName(result["LAYOUT"])
    return result, t.items_by_id(layout)


def drawn_control(items, user_layer):
    """The control layer the main map draws (not the user's own), and its features' dates."""
    main = items[t.MAIN_MAP]
    drawn = [layer for layer in main.layers() if layer.fields().lookupField("valid_from") >= 0]
    assert len(drawn) == 1 and drawn[0] is not user_layer
    _, columns = read_columns(drawn[0], ["valid_from"])
    return drawn[0], [as_date(v) for v in columns["valid_from"]]


def test_only_the_snapshot_in_force_on_the_latest_strike(run_alg, dated):
    feedback = RecordingFeedback()
    _, items = export(run_alg, dated, feedback)
    layer, days = drawn_control(items, dated["CONTROL"])
    dated_days = {d.isoformat() for d in days if d is not None}
    assert dated_days == {"2022-11-01"}, "one snapshot drawn, the latest strike's"
    assert len(days) == 4 and days.count(None) == 1, "its three features plus the undated one"
    # The user's layer is untouched: all ten features, no filter.
    assert dated["CONTROL"].subsetString() == "" and dated["CONTROL"].featureCount() == 10
    assert items[t.CREDITS].text().startswith("Control: DeepState, 1 NOV 2022; Strikes:")
    spans = [w for w in feedback.warnings if "span 3 control snapshots" in w]
    assert spans and "1 SEPT 2022 to 1 NOV 2022" in spans[0], feedback.warnings
    assert any("the snapshot of 1 NOV 2022" in i for i in feedback.infos)


def test_control_date_picks_another_snapshot(run_alg, dated):
    _, items = export(run_alg, dated, CONTROL_DATE="2022-10-31")
    _, days = drawn_control(items, dated["CONTROL"])
    assert {d for d in days if d is not None} == {as_date("2022-10-01")}
    assert "Control: DeepState, 1 OCT 2022" in items[t.CREDITS].text()


def test_an_iso_date_picks_the_snapshot_and_a_date_before_all_takes_the_first(run_alg, dated):
    feedback = RecordingFeedback()
    _, items = export(run_alg, dated, feedback, DATE="2022-08-15")
    _, days = drawn_control(items, dated["CONTROL"])
    assert {d for d in days if d is not None} == {as_date("2022-09-01")}
    assert any("before the control map's first snapshot" in w for w in feedback.warnings)


def test_the_map_renders_one_snapshot(run_alg, dated, tmp_path):
    png = tmp_path / "time.png"
    _, items = export(run_alg, dated, OUTPUT_PNG=str(png), DPI=60)
    assert png.stat().st_size > 10_000
    layer, _ = drawn_control(items, dated["CONTROL"])
    # What the renderer is handed: the drawn layer's own filter keeps one snapshot.
    assert "2022-11-01" in layer.subsetString()
    assert layer.featureCount() == 4
    # Kept with the layout in the project (its group), so the layout survives save and reload.
    assert QgsProject.instance().mapLayer(layer.id()) is layer


def test_a_subset_the_user_set_is_kept(run_alg, dated):
    dated["CONTROL"].setSubsetString("\"faction\" = 'russia_occupied'")
    _, items = export(run_alg, dated)
    _, days = drawn_control(items, dated["CONTROL"])
    assert len(days) == 3, "the two occupied parts of NOV and Crimea"
    assert dated["CONTROL"].subsetString() == "\"faction\" = 'russia_occupied'"


def test_a_bad_control_date_is_a_sentence(run_alg, dated):
    with pytest.raises(QgsProcessingException, match="CONTROL_DATE 'soon'"):
        export(run_alg, dated, CONTROL_DATE="soon")
