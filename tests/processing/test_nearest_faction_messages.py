"""strikecheck:nearestfaction's log tells the truth in every mode: skipped strikes, one snapshot,
FACTIONS, a field of too many values, no precision."""

import pytest
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QDate

from tests.layers import memory_layer
from tests.processing.test_nearest_faction_time_front_precision import dated_control, strikes
from tests.recording import RecordingFeedback

ALG = "strikecheck:nearestfaction"
A = "POLYGON((0 0,1 0,1 1,0 1,0 0))"
B = "POLYGON((1 0,2 0,2 1,1 1,1 0))"


def run(run_alg, strike_layer, control, **extra):
    feedback = RecordingFeedback()
    parameters = {
        "STRIKES": strike_layer,
        "CONTROL": control,
        "FACTION_FIELD": "faction",
        "FRONT_DISTANCE": False,
        "OUTPUT": "memory:",
        **extra,
    }
    return run_alg(ALG, parameters, feedback), feedback


def test_skipped_strikes_are_not_counted_as_outside(run_alg):
    # strikes(): 1 and 4 between the snapshots (in a), 2 after the second (a moved away:
    # outside), 3 before the first: with 'skip' it has no snapshot at all.
    layer = strikes()
    _, feedback = run(run_alg, layer, dated_control(), SNAPSHOT_RULE="skip", PRECISION_KM=None)
    text = feedback.text()
    assert layer.featureCount() == 4
    assert (
        "4 strikes analysed against 2 factions: 2 inside a faction's territory, 1 outside" in text
    )
    assert "1 strikes have no control snapshot to be measured against" in text


def test_strikes_before_the_first_snapshot_are_counted_with_a_warning(run_alg):
    # strikes(): 3 is dated before the first snapshot; UCDP from 2014 over DeepState from 2022
    # read thousands so, and the log said only "strikes before the first snapshot: nearest".
    results, feedback = run(run_alg, strikes(), dated_control(), PRECISION_KM=None)
    expected = "1 strikes are dated before the first control snapshot and were measured against it"
    assert expected in " ".join(feedback.warnings) and expected in results["SUMMARY"]
    _, skipped = run(run_alg, strikes(), dated_control(), SNAPSHOT_RULE="skip", PRECISION_KM=None)
    assert expected not in skipped.text()


def test_one_dated_snapshot_is_not_called_time_aware(run_alg):
    control = memory_layer(
        "Polygon", "EPSG:4326", ["faction:string", "valid_from:date"],
        [(A, ["a", QDate(2015, 9, 1)]), (B, ["b", QDate(2015, 9, 1)])], "one snapshot",
    )  # fmt: skip
    _, feedback = run(run_alg, strikes(), control)
    assert "One dated control snapshot (2015-09-01)" in feedback.text()
    assert "Time-aware" not in feedback.text()


def test_factions_asked_for_and_the_others_are_both_named(run_alg):
    result, feedback = run(run_alg, strikes(), dated_control(), FACTIONS="a")
    text = feedback.text()
    assert "Factions in the control map (field 'faction'): a, b" in text
    assert "Measured (FACTIONS): a; the others still count for controlled_by." in text
    names = result["OUTPUT"].fields().names()
    assert "dist_a_km" in names and "dist_b_km" not in names


def test_a_field_of_many_values_is_questioned(run_alg):
    squares = [
        (f"POLYGON(({x} 0,{x + 0.5} 0,{x + 0.5} 0.5,{x} 0.5,{x} 0))", [f"unit {x}"])
        for x in range(40)
    ]
    control = memory_layer("Polygon", "EPSG:4326", ["faction:string"], squares, "units")
    _, feedback = run(run_alg, strikes(), control)
    assert any("40 different faction values in field 'faction'" in w for w in feedback.warnings)


def test_no_precision_says_nothing_about_discs(run_alg):
    layer = memory_layer(
        "Point", "EPSG:4326", ["id:integer", "precision_km:double"],
        [("POINT(0.5 0.5)", [1, None]), ("POINT(1.5 0.5)", [2, None])], "strikes",
    )  # fmt: skip
    control = memory_layer(
        "Polygon", "EPSG:4326", ["faction:string"], [(A, ["a"]), (B, ["b"])], "control"
    )
    _, feedback = run(run_alg, layer, control)
    assert "Location precision known for 0 of 2 strikes." in feedback.text()
    assert "uncertainty disc" not in feedback.text()


def test_metres_read_as_degrees_are_a_clear_error(run_alg):
    # Issue 18: a UTM control map saved without its CRS, read as degrees: territories millions of
    # 'degrees' wide once took over 4 GB before failing.
    utm = [("POLYGON((500000 3800000,600000 3800000,600000 3900000,500000 3800000))", ["isis"])]
    control = memory_layer("Polygon", "EPSG:4326", ["faction:string"], utm, "utm as degrees")
    points = memory_layer("Point", "EPSG:4326", ["site:string"], [("POINT(36 34)", ["a"])])
    with pytest.raises(QgsProcessingException, match="probably metres") as error:
        run_alg(
            "strikecheck:nearestfaction",
            {"STRIKES": points, "CONTROL": control, "FACTION_FIELD": "faction",
             "OUTPUT": "TEMPORARY_OUTPUT"},
        )  # fmt: skip
    assert "The control layer" in str(error.value) and "600000, 3.9e+06" in str(error.value)


def test_the_lines_output_is_not_taken_for_a_control_map(run_alg):
    # Issue 15: the LINES output chosen as CONTROL once ran ("1 in ISIS-held territory; 0-0 km").
    control = memory_layer(
        "Polygon", "EPSG:4326", ["faction:string"],
        [("POLYGON((36 34,37 34,37 35,36 34))", ["isis"])],
    )  # fmt: skip
    points = memory_layer("Point", "EPSG:4326", ["site:string"], [("POINT(35.5 34.2)", ["a"])])
    first, _ = run(run_alg, points, control, LINES="memory:")
    with pytest.raises(QgsProcessingException, match="'lines to nearest territory' output"):
        run(run_alg, points, first["LINES"])
    # Front lines with a faction field of their own stay welcome.
    fronts = memory_layer(
        "LineString", "EPSG:4326", ["faction:string"], [("LINESTRING(36 34,37 35)", ["isis"])]
    )
    result, _ = run(run_alg, points, fronts)
    assert result["OUTPUT"].featureCount() == 1
