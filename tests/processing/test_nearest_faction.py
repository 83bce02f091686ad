"""strikecheck:nearestfaction through processing.run on real QGIS layers."""

import math

import pytest
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

from tests.layers import memory_layer, rows_by
from tests.recording import RecordingFeedback
from tests.reference import brute_force_km

ALG = "strikecheck:nearestfaction"
HOLED_WEST = "POLYGON((0 0,1 0,1 1,0 1,0 0),(0.4 0.4,0.6 0.4,0.6 0.6,0.4 0.6,0.4 0.4))"
EAST = "POLYGON((1 0,2 0,2 1,1 1,1 0))"
OVERLAP = "POLYGON((1.5 0.5,2.5 0.5,2.5 1.5,1.5 1.5,1.5 0.5))"
TERRITORY = {
    "west": shapely.from_wkt(HOLED_WEST),
    "east": shapely.from_wkt(EAST),
    "overlap": shapely.from_wkt(OVERLAP),
}
STRIKES = [
    ("POINT(0.5 0.5)", [1, "in the hole"]),
    ("POINT(1 0.25)", [2, "on the shared border"]),
    ("POINT(1.75 0.75)", [3, "in two overlapping"]),
    ("POINT(0.5 1.1)", [4, "north of west"]),
    ("POINT(3 0.2)", [5, "far east"]),
    ("MULTIPOINT((-0.5 0.5),(1.9 0.2))", [6, "multipart"]),
    (None, [7, "no geometry"]),
]


def control_layer(crs="EPSG:4326"):
    return memory_layer(
        "Polygon",
        crs,
        ["faction:string"],
        [(HOLED_WEST, ["west"]), (EAST, ["east"]), (OVERLAP, ["overlap"])],
        "control",
    )


def strike_layer(crs="EPSG:4326", extra_fields=()):
    fields = ["id:integer", "name:string", *extra_fields]
    rows = [(wkt, attrs + [None] * len(extra_fields)) for wkt, attrs in STRIKES]
    return memory_layer("MultiPoint", crs, fields, rows, "strikes")


def run(run_alg, strikes, control, **extra):
    params = {"STRIKES": strikes, "CONTROL": control, "FACTION_FIELD": "faction"}
    params.update({"OUTPUT": "TEMPORARY_OUTPUT"}, **extra)
    return run_alg(ALG, params)


def test_hand_checkable_answers(run_alg):
    strikes, control = strike_layer(), control_layer()
    result = run(run_alg, strikes, control)
    out = rows_by(result["OUTPUT"], "id")
    # SUMMARY: the log's closing sentences, for models and the panel (strikes 2, 3, 6 inside;
    # 1, 4, 5 outside; 7 has no geometry).
    assert result["SUMMARY"] == (
        "7 strikes analysed against 3 factions: 3 inside a faction's territory, 3 outside all "
        "of them. 1 strikes have an empty or NULL geometry: kept in the output with NULL results."
    )
    assert out[1]["controlled_by"] in (None, "NULL") or not out[1]["controlled_by"]
    assert out[2]["controlled_by"] == "east+west"
    assert out[3]["controlled_by"] == "east+overlap"
    assert not out[4]["controlled_by"] and out[4]["nearest_other"] == "west"
    assert out[6]["controlled_by"] == "east"
    for strike_id, lon, lat in ((1, 0.5, 0.5), (4, 0.5, 1.1), (5, 3.0, 0.2)):
        for faction, geometry in TERRITORY.items():
            if geometry.covers(shapely.Point(lon, lat)):
                continue
            expected = brute_force_km(lon, lat, geometry)
            assert out[strike_id][f"dist_{faction}_km"] == pytest.approx(expected, abs=0.001)
    # The hole's nearest edge is 0.1 degree of latitude away: a meridian arc.
    assert out[1]["dist_west_km"] == pytest.approx(
        brute_force_km(0.5, 0.5, TERRITORY["west"]), abs=0.001
    )
    assert out[2]["dist_west_km"] == 0 and out[2]["dist_east_km"] == 0
    # Multipart: the distance is that of the nearest part (-0.5 0.5 is 0.5 deg west of 'west').
    assert out[6]["dist_west_km"] == pytest.approx(
        brute_force_km(-0.5, 0.5, TERRITORY["west"]), abs=0.001
    )
    assert out[6]["dist_east_km"] == 0
    # nearest other than the controller
    assert out[3]["nearest_other"] == "west" and out[3]["nearest_other_km"] == pytest.approx(
        brute_force_km(1.75, 0.75, TERRITORY["west"]), abs=0.001
    )
    assert out[5]["nearest_other"] == "overlap"
    # A feature without geometry is kept, with NULL results.
    assert out[7]["name"] == "no geometry" and not out[7]["controlled_by"]
    assert out[7]["dist_west_km"] in (None,) or str(out[7]["dist_west_km"]) == "NULL"


def test_inputs_are_not_modified_and_fields_are_kept(run_alg):
    strikes, control = strike_layer(extra_fields=["controlled_by:string"]), control_layer()
    before = [(f.geometry().asWkt(), f.attributes()) for f in control.getFeatures()]
    out = run(run_alg, strikes, control)["OUTPUT"]
    names = out.fields().names()
    assert names[:3] == ["id", "name", "controlled_by"]
    # The strike layer's own 'controlled_by' is kept; ours gets a suffix.
    assert "controlled_by_1" in names and rows_by(out, "id")[2]["controlled_by_1"] == "east+west"
    assert [(f.geometry().asWkt(), f.attributes()) for f in control.getFeatures()] == before
    assert strikes.fields().names() == ["id", "name", "controlled_by"]
    assert out.featureCount() == strikes.featureCount()


def test_any_crs_in_output_keeps_strike_crs(run_alg):
    reference = rows_by(run(run_alg, strike_layer(), control_layer())["OUTPUT"], "id")
    strikes = run_alg(
        "native:reprojectlayer",
        {"INPUT": strike_layer(), "TARGET_CRS": "EPSG:3857", "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    control = run_alg(
        "native:reprojectlayer",
        {"INPUT": control_layer(), "TARGET_CRS": "EPSG:32631", "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    out_layer = run(run_alg, strikes, control)["OUTPUT"]
    assert out_layer.crs() == QgsCoordinateReferenceSystem("EPSG:3857")
    out = rows_by(out_layer, "id")
    for strike_id in (1, 3, 4, 5, 6):
        for faction in TERRITORY:
            assert out[strike_id][f"dist_{faction}_km"] == pytest.approx(
                reference[strike_id][f"dist_{faction}_km"], abs=0.001
            )


def test_selected_features_only(run_alg):
    strikes, control = strike_layer(), control_layer()
    QgsProject.instance().addMapLayer(strikes)
    try:
        strikes.selectByExpression('"id" in (2, 4)')
        source = QgsProcessingFeatureSourceDefinition(strikes.id(), True)
        out = run(run_alg, source, control)["OUTPUT"]
        assert sorted(f["id"] for f in out.getFeatures()) == [2, 4]
    finally:
        QgsProject.instance().removeMapLayer(strikes.id())


def test_faction_subset_and_max_distance(run_alg):
    out_layer = run(
        run_alg, strike_layer(), control_layer(), FACTIONS="west;east", MAX_DISTANCE_KM=60
    )["OUTPUT"]
    names = out_layer.fields().names()
    assert "dist_west_km" in names and "dist_east_km" in names
    assert "dist_overlap_km" not in names
    out = rows_by(out_layer, "id")
    # 'far east' (3, 0.2) is 1 degree (about 111 km) from east: beyond 60 km, so NULL.
    assert out[5]["dist_east_km"] is None or str(out[5]["dist_east_km"]) == "NULL"
    assert out[4]["dist_west_km"] == pytest.approx(
        brute_force_km(0.5, 1.1, TERRITORY["west"]), abs=0.001
    )


def test_unknown_faction_is_explained(run_alg):
    feedback = RecordingFeedback()
    with pytest.raises(QgsProcessingException) as raised:
        run_alg(
            ALG,
            {
                "STRIKES": strike_layer(),
                "CONTROL": control_layer(),
                "FACTION_FIELD": "faction",
                "FACTIONS": "ISIS",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
            feedback,
        )
    text = feedback.text() + str(raised.value)
    assert "ISIS" in text and "west" in text


def test_faction_values_that_are_not_field_names(run_alg):
    control = memory_layer(
        "Polygon",
        "EPSG:4326",
        ["faction:string"],
        [
            ("POLYGON((0 0,1 0,1 1,0 1,0 0))", ["Al-Nusra Front"]),
            ("POLYGON((2 0,3 0,3 1,2 1,2 0))", ["داعش"]),
            ("POLYGON((4 0,5 0,5 1,4 1,4 0))", ["1st Brigade"]),
            ("POLYGON((6 0,7 0,7 1,6 1,6 0))", ["al nusra front"]),
        ],
    )
    out_layer = run(run_alg, strike_layer(), control)["OUTPUT"]
    dist_fields = [n for n in out_layer.fields().names() if n.startswith("dist_")]
    assert len(dist_fields) == 4  # normalised, never dropped
    assert {"dist_al_nusra_front_km", "dist_al_nusra_front_2_km", "dist_f_1st_brigade_km"} <= set(
        dist_fields
    )
    assert all(n.isascii() and n.replace("_", "").isalnum() for n in dist_fields)
    values = {f["controlled_by"] for f in out_layer.getFeatures()}
    assert "Al-Nusra Front" in values  # controlled_by keeps the faction value as written


def _error_text(run_alg, params):
    feedback = RecordingFeedback()
    with pytest.raises(QgsProcessingException) as raised:
        run_alg(ALG, {"FACTION_FIELD": "faction", "OUTPUT": "TEMPORARY_OUTPUT", **params}, feedback)
    return feedback.text() + str(raised.value)


def test_bad_input_messages(run_alg):
    empty = memory_layer("Polygon", "EPSG:4326", ["faction:string"], [])
    text = _error_text(run_alg, {"STRIKES": strike_layer(), "CONTROL": empty})
    assert "control layer is empty" in text
    nulls = memory_layer("Polygon", "EPSG:4326", ["faction:string"], [(EAST, [None])])
    text = _error_text(run_alg, {"STRIKES": strike_layer(), "CONTROL": nulls})
    assert "is empty (NULL)" in text
    text = _error_text(
        run_alg, {"STRIKES": strike_layer(), "CONTROL": control_layer(), "FACTION_FIELD": "side"}
    )
    assert "Field 'side' not found" in text and "faction" in text
    no_crs = memory_layer("Point", None, ["id:integer"], [("POINT(0.5 0.5)", [1])])
    no_crs.setCrs(QgsCoordinateReferenceSystem())
    text = _error_text(run_alg, {"STRIKES": no_crs, "CONTROL": control_layer()})
    assert "no coordinate reference system" in text
    polygons = memory_layer("Polygon", "EPSG:4326", ["id:integer"], [(EAST, [1])])
    text = _error_text(run_alg, {"STRIKES": polygons, "CONTROL": control_layer()})
    assert "STRIKES" in text or "must hold points" in text


def test_lines_to_nearest_territory(run_alg):
    result = run(run_alg, strike_layer(), control_layer(), LINES="TEMPORARY_OUTPUT")
    lines = list(result["LINES"].getFeatures())
    out = rows_by(result["OUTPUT"], "id")
    expected = sum(
        1
        for f in out.values()
        for faction in TERRITORY
        if f[f"dist_{faction}_km"] not in (None, 0) and str(f[f"dist_{faction}_km"]) != "NULL"
    )
    assert len(lines) == expected
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    by_key = {(f["strike_fid"], f["faction"]): f for f in lines}
    fid_of = {f["id"]: f.id() for f in strike_layer().getFeatures()}
    line = by_key[(fid_of[4], "west")]
    # LINES name the strike by its own id (here its 'id' field) as well as by feature id.
    assert line["strike_id"] == "4"
    assert {f["strike_id"] for f in lines} <= {str(i) for i in fid_of}
    assert line["km"] == pytest.approx(out[4]["dist_west_km"])
    points = line.geometry().asPolyline()
    assert (points[0].x(), points[0].y()) == pytest.approx((0.5, 1.1))
    # The line's own geodesic length is the distance it reports.
    length = sum(geod.inv(a.x(), a.y(), b.x(), b.y())[2] for a, b in zip(points[:-1], points[1:]))
    assert length / 1000 == pytest.approx(line["km"], abs=0.001)
    # The multipart strike's line to 'west' starts from its part nearest to 'west'.
    start = by_key[(fid_of[6], "west")].geometry().asPolyline()[0]
    assert (start.x(), start.y()) == pytest.approx((-0.5, 0.5))


def test_cancel_stops_and_writes_nothing(run_alg):
    import numpy as np

    rng = np.random.default_rng(1)
    rows = [
        (f"POINT({x} {y})", [i, "random"])
        for i, (x, y) in enumerate(zip(rng.uniform(-3, 5, 200_000), rng.uniform(-3, 4, 200_000)))
    ]
    strikes = memory_layer("Point", "EPSG:4326", ["id:integer", "name:string"], rows)
    feedback = RecordingFeedback(cancel_at_progress=10.5)
    result = run_alg(
        ALG,
        {
            "STRIKES": strikes,
            "CONTROL": control_layer(),
            "FACTION_FIELD": "faction",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        feedback,
    )
    assert "OUTPUT" not in result or result["OUTPUT"] is None
    assert max(feedback.progress_seen) < 85  # stopped before writing
    assert any("Cancelled" in e for e in feedback.errors)


def test_real_world_map_countries(run_alg):
    countries = QgsVectorLayer(
        "/usr/share/qgis/resources/data/world_map.gpkg|layername=countries", "countries", "ogr"
    )
    assert countries.isValid()
    strikes = memory_layer(
        "Point",
        "EPSG:4326",
        ["id:integer", "name:string"],
        [
            ("POINT(2.35 48.86)", [1, "Paris"]),
            ("POINT(13.40 52.52)", [2, "Berlin"]),
            ("POINT(-4.0 45.5)", [3, "Bay of Biscay"]),
            ("POINT(36.7333 34.8333)", [4, "Talbiseh"]),
        ],
    )
    out = rows_by(
        run(
            run_alg,
            strikes,
            countries,
            FACTION_FIELD="NAME",
            FACTIONS="France;Germany;Spain;Syria",
        )["OUTPUT"],
        "id",
    )
    assert out[1]["controlled_by"] == "France"
    assert out[2]["controlled_by"] == "Germany"
    assert out[4]["controlled_by"] == "Syria"
    assert not out[3]["controlled_by"] and out[3]["nearest_other"] in ("France", "Spain")
    geometries = {
        f["NAME"]: shapely.from_wkb(bytes(f.geometry().asWkb()))
        for f in countries.getFeatures()
        if f["NAME"] in ("France", "Spain", "Germany")
    }
    for name, geometry in geometries.items():
        expected = brute_force_km(-4.0, 45.5, geometry, step_deg=0.002)
        assert out[3][f"dist_{name.lower()}_km"] == pytest.approx(expected, abs=0.001)
    assert out[3]["nearest_other_km"] == pytest.approx(
        min(out[3]["dist_france_km"], out[3]["dist_spain_km"])
    )
    assert math.isfinite(out[1]["dist_germany_km"]) and out[1]["dist_germany_km"] > 200


def test_mixed_class_belongs_to_each_member(run_alg):
    control = memory_layer(
        "Polygon",
        "EPSG:4326",
        ["faction:string"],
        [
            ("POLYGON((0 0,1 0,1 1,0 1,0 0))", ["isis+jn+rebel"]),
            ("POLYGON((3 0,4 0,4 1,3 1,3 0))", ["isis"]),
            ("POLYGON((5 0,6 0,6 1,5 1,5 0))", ["regime"]),
        ],
    )
    strikes = memory_layer(
        "Point", "EPSG:4326", ["id:integer"], [("POINT(0.5 0.5)", [1]), ("POINT(2 0.5)", [2])]
    )
    out_layer = run(run_alg, strikes, control)["OUTPUT"]
    names = out_layer.fields().names()
    assert {"dist_isis_km", "dist_jn_km", "dist_rebel_km", "dist_regime_km"} <= set(names)
    assert not any("isis_jn" in n for n in names)
    out = rows_by(out_layer, "id")
    assert out[1]["controlled_by"] == "isis+jn+rebel"
    assert out[1]["dist_isis_km"] == 0 and out[1]["dist_jn_km"] == 0
    assert out[1]["nearest_other"] == "regime"
    mixed = shapely.from_wkt("POLYGON((0 0,1 0,1 1,0 1,0 0))")
    # Strike 2 lies between the mixed square and the ISIS-only square: ISIS is the nearer one.
    assert out[2]["dist_jn_km"] == pytest.approx(brute_force_km(2, 0.5, mixed), abs=0.001)
    isis_only = shapely.from_wkt("POLYGON((3 0,4 0,4 1,3 1,3 0))")
    assert out[2]["dist_isis_km"] == pytest.approx(
        min(brute_force_km(2, 0.5, mixed), brute_force_km(2, 0.5, isis_only)), abs=0.001
    )
