"""strikecheck:nearestfaction's time-aware, front and uncertainty answers through Processing."""

import pytest
import shapely
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QDate

from tests.layers import memory_layer, rows_by
from tests.reference import brute_force_km

ALG = "strikecheck:nearestfaction"
A = "POLYGON((0 0,1 0,1 1,0 1,0 0))"
B = "POLYGON((1 0,2 0,2 1,1 1,1 0))"
A_MOVED = "POLYGON((10 0,11 0,11 1,10 1,10 0))"


def dated_control():
    return memory_layer(
        "Polygon",
        "EPSG:4326",
        ["faction:string", "valid_from:date"],
        [
            (A, ["a", QDate(2015, 9, 1)]),
            (B, ["b", QDate(2015, 9, 1)]),
            (A_MOVED, ["a", QDate(2015, 10, 1)]),
            (B, ["b", QDate(2015, 10, 1)]),
        ],
        "control",
    )


def strikes():
    return memory_layer(
        "Point",
        "EPSG:4326",
        ["id:integer", "date:date", "precision_km:double"],
        [
            ("POINT(0.5 0.5)", [1, QDate(2015, 9, 15), 1.0]),  # between the snapshots
            ("POINT(0.5 0.5)", [2, QDate(2015, 10, 5), 2.0]),  # after the second
            ("POINT(0.5 0.5)", [3, QDate(2015, 8, 1), None]),  # before the first
            ("POINT(0.99 0.5)", [4, QDate(2015, 9, 20), 5.0]),  # disc across the a/b front
        ],
        "strikes",
    )


def run(run_alg, **extra):
    params = {
        "STRIKES": strikes(),
        "CONTROL": dated_control(),
        "FACTION_FIELD": "faction",
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    params.update(extra)
    return run_alg(ALG, params)["OUTPUT"]


def test_dated_snapshots_fronts_and_discs(run_alg):
    out_layer = run(run_alg)
    names = out_layer.fields().names()
    for name in (
        "front_km",
        "front_faction",
        "snapshot_date",
        "snapshot_note",
        "possible_factions",
        "controlled_by_certain",
    ):
        assert name in names
    out = rows_by(out_layer, "id")
    assert out[1]["snapshot_date"] == QDate(2015, 9, 1) and out[1]["controlled_by"] == "a"
    assert out[1]["controlled_by_certain"] is True and out[1]["possible_factions"] == "a"
    assert out[2]["snapshot_date"] == QDate(2015, 10, 1) and not out[2]["controlled_by"]
    assert out[2]["dist_a_km"] == pytest.approx(
        brute_force_km(0.5, 0.5, shapely.from_wkt(A_MOVED)), abs=0.001
    )
    assert out[3]["snapshot_date"] == QDate(2015, 9, 1)
    assert "before the first" in out[3]["snapshot_note"]
    assert (
        out[3]["controlled_by_certain"] in (None,) or str(out[3]["controlled_by_certain"]) == "NULL"
    )
    # 0.99,0.5 is about 1.1 km from b: a 5 km disc touches both, so control is not certain.
    assert out[4]["possible_factions"] == "a+b" and out[4]["controlled_by_certain"] is False
    front = shapely.LineString([(1, 0), (1, 1)])
    assert out[4]["front_faction"] == "b"
    assert out[4]["front_km"] == pytest.approx(brute_force_km(0.99, 0.5, front), abs=0.001)


def test_skip_rule_and_explicit_front_lines(run_alg):
    lines = memory_layer(
        "LineString", "EPSG:4326", ["name:string"], [("LINESTRING(1 -1,1 2)", ["a/b front"])]
    )
    out = rows_by(
        run(run_alg, SNAPSHOT_RULE="skip", FRONT_LINES=lines, FRONT_LABEL_FIELD="name"), "id"
    )
    assert out[3]["snapshot_note"].startswith("skipped")
    assert not out[3]["controlled_by"]
    assert out[1]["front_faction"] == "a/b front"
    assert out[1]["front_km"] == pytest.approx(
        brute_force_km(0.5, 0.5, shapely.LineString([(1, -1), (1, 2)])), abs=0.001
    )


def test_without_dates_precision_or_fronts_the_fields_stay_out(run_alg):
    plain = memory_layer("Point", "EPSG:4326", ["id:integer"], [("POINT(0.5 0.5)", [1])])
    control = memory_layer("Polygon", "EPSG:4326", ["faction:string"], [(A, ["a"]), (B, ["b"])])
    out_layer = run_alg(
        ALG,
        {
            "STRIKES": plain,
            "CONTROL": control,
            "FACTION_FIELD": "faction",
            "FRONT_DISTANCE": False,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    names = out_layer.fields().names()
    assert not {"front_km", "snapshot_date", "possible_factions"} & set(names)


def test_unknown_date_field_is_explained(run_alg):
    with pytest.raises(QgsProcessingException) as raised:
        run(run_alg, STRIKE_DATE_FIELD="when")
    assert "when" in str(raised.value)
