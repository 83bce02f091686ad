"""strikecheck:importcontrol: canonical factions from presets, repaired geometry, dates."""

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsWkbTypes

from tests.fixture_files import kml_point, kml_polygon, write_kml, write_layer
from tests.layers import memory_layer
from tests.recording import RecordingFeedback

ALG = "strikecheck:importcontrol"
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "control_2015-09.geojson"
SQUARE = "POLYGON(({x} 0,{x1} 0,{x1} 1,{x} 1,{x} 0))"
BOWTIE = "POLYGON((0 0,1 1,1 0,0 1,0 0))"


def square(i):
    return SQUARE.format(x=i, x1=i + 1)


def run(run_alg, layer, feedback=None, **extra):
    params = {"INPUT": layer if not isinstance(layer, Path) else str(layer)}
    params.update({"OUTPUT": "TEMPORARY_OUTPUT"}, **extra)
    return run_alg(ALG, params, feedback)["OUTPUT"]


def control_layer(values, geometry="Polygon", wkts=None, extra_fields=(), extra_values=None):
    wkts = wkts or [square(i) for i in range(len(values))]
    rows = [
        (wkt, [value, *(extra_values[i] if extra_values else [])])
        for i, (wkt, value) in enumerate(zip(wkts, values))
    ]
    return memory_layer(geometry, "EPSG:4326", ["side:string", *extra_fields], rows, "control")


def attributes(layer, *names):
    return [tuple(f[name] for name in names) for f in layer.getFeatures()]


def is_null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def test_sample_control_map(run_alg):
    feedback = RecordingFeedback()
    out = run(run_alg, SAMPLE, feedback, SNAPSHOT_DATE="2015-09-27")
    assert out.featureCount() == 10
    assert out.fields().names()[:4] == ["faction", "faction_label", "raw_faction", "valid_from"]
    assert "faction_orig" in out.fields().names() and "label" in out.fields().names()
    rows = attributes(out, "faction", "faction_label")
    assert ("isis", "ISIS Control") in rows and ("kurdish", "YPG Control") in rows
    assert ("isis+jn+rebel", "ISIS, JN, and Rebel Control") in rows
    assert {f["valid_from"].toPyDate() for f in out.getFeatures()} == {dt.date(2015, 9, 27)}
    assert any("Preset 'syria-2015' chosen automatically" in i for i in feedback.infos)
    assert QgsWkbTypes.isMultiType(out.wkbType())


def test_aliases_mixed_classes_unrecognised_and_empty(run_alg):
    values = ["Daesh", "ISIL", "ISIS, JN, and Rebel Control", "Kurds/Government",
              "Turkish-backed", None, "Regime-held areas", "داعش"]  # fmt: skip
    feedback = RecordingFeedback()
    out = run(run_alg, control_layer(values), feedback, PRESET="syria-2015")
    rows = attributes(out, "faction", "faction_label", "raw_faction")
    assert out.featureCount() == len(values)  # one output feature per input feature
    assert rows[0] == ("isis", "ISIS Control", "Daesh")
    assert rows[1][0] == "isis" and rows[7][0] == "isis"
    assert rows[2] == ("isis+jn+rebel", "ISIS, JN, and Rebel Control", values[2])
    assert rows[3][0] == "kurdish+regime"
    assert rows[4] == ("turkish_backed", "Turkish-backed", "Turkish-backed")
    assert is_null(rows[5][0]) and is_null(rows[5][2])
    assert rows[6][0] == "regime"
    warnings = "\n".join(feedback.warnings)
    assert "'Turkish-backed' (1 features): unrecognised, kept as turkish_backed" in warnings
    assert "MAPPING" in warnings and "no value in 'side'" in warnings
    assert any("isis+jn+rebel" in i and "isis, jn, rebel" in i for i in feedback.infos)


def test_mapping_override_fixes_unrecognised_values(run_alg):
    values = ["Turkish-backed", "turkish backed", "Daesh", "SDF and regime"]
    feedback = RecordingFeedback()
    out = run(
        run_alg,
        control_layer(values),
        feedback,
        PRESET="syria-2015",
        MAPPING="Turkish-backed=rebel;Daesh=isis;SDF and regime=kurdish+regime;unused=jn",
    )
    assert [r[0] for r in attributes(out, "faction")] == [
        "rebel", "rebel", "isis", "kurdish+regime",
    ]  # fmt: skip
    assert not any("unrecognised" in w for w in feedback.warnings)
    assert any("'unused=jn' matched no value" in w for w in feedback.warnings)
    with pytest.raises(QgsProcessingException, match="MAPPING"):
        run(run_alg, control_layer(values), MAPPING="Daesh->isis")


def test_invalid_geometry_repaired_in_the_output_only(run_alg):
    layer = control_layer(["regime", "isis"], wkts=[BOWTIE, square(3)])
    before = [f.geometry().asWkt() for f in layer.getFeatures()]
    feedback = RecordingFeedback()
    out = run(run_alg, layer, feedback)
    geometries = [f.geometry() for f in out.getFeatures()]
    assert all(g.isGeosValid() for g in geometries)
    assert geometries[0].area() == pytest.approx(0.5)  # both triangles of the bow-tie kept
    assert [f.geometry().asWkt() for f in layer.getFeatures()] == before
    assert not next(layer.getFeatures()).geometry().isGeosValid()
    assert any("1 invalid geometries repaired" in i for i in feedback.infos)


@pytest.mark.parametrize(
    "geometry, wkts",
    [
        ("LineString", ["LINESTRING(0 0,1 1)", "LINESTRING(2 2,3 3)"]),
        ("Point", ["POINT(36.7 34.8)", "POINT(36.6 35.3)"]),
        ("MultiPolygon", [f"MULTIPOLYGON((({square(0)[9:-1]})))", square(2)]),
    ],
)
def test_lines_and_points_accepted(run_alg, geometry, wkts):
    out = run(run_alg, control_layer(["Regime", "YPG"], geometry, wkts))
    assert [r[0] for r in attributes(out, "faction")] == ["regime", "kurdish"]
    assert QgsWkbTypes.geometryType(out.wkbType()) == QgsWkbTypes.geometryType(
        QgsWkbTypes.parseType(geometry)
    )
    assert all(not f.geometry().isEmpty() for f in out.getFeatures())


def test_dates_from_a_field_column_wide(run_alg):
    layer = control_layer(
        ["regime", "isis", "rebel", "jn"],
        extra_fields=["day:string"],
        extra_values=[["27/09/2015"], ["13/09/2015"], ["31/31/2015"], [None]],
    )
    feedback = RecordingFeedback()
    out = run(run_alg, layer, feedback, DATE_FIELD="day", SNAPSHOT_DATE="2015-09-01")
    dates = [f["valid_from"] for f in out.getFeatures()]
    assert dates[0].toPyDate() == dt.date(2015, 9, 27) and dates[1].toPyDate().day == 13
    assert is_null(dates[2])  # unreadable: NULL, and said so
    assert dates[3].toPyDate() == dt.date(2015, 9, 1)  # empty: the snapshot date
    assert any("31/31/2015" in w for w in feedback.warnings)
    ambiguous = control_layer(
        ["regime", "isis"],
        extra_fields=["day:string"],
        extra_values=[["03/04/2015"], ["05/06/2015"]],
    )
    with pytest.raises(QgsProcessingException, match="DATE_ORDER"):
        run(run_alg, ambiguous, DATE_FIELD="day")
    out = run(run_alg, ambiguous, DATE_FIELD="day", DATE_ORDER=2)
    assert next(out.getFeatures())["valid_from"].toPyDate() == dt.date(2015, 3, 4)
    with pytest.raises(QgsProcessingException, match="yyyy-mm-dd"):
        run(run_alg, ambiguous, SNAPSHOT_DATE="03/04/2015")


def test_ukraine_preset_in_three_languages(run_alg):
    values = ["Окупована територія", "Оккупированная территория", "Liberated", "Сіра зона"]
    feedback = RecordingFeedback()
    out = run(run_alg, control_layer(values), feedback)
    assert [r[0] for r in attributes(out, "faction")] == [
        "russia_occupied", "russia_occupied", "ukraine_held", "contested",
    ]  # fmt: skip
    assert any("Preset 'ukraine'" in i for i in feedback.infos)


def test_generic_preset_keeps_every_value(run_alg):
    feedback = RecordingFeedback()
    out = run(run_alg, control_layer(["Blue Team", "Red Team"]), feedback, PRESET="generic")
    assert attributes(out, "faction", "faction_label") == [
        ("blue_team", "Blue Team"), ("red_team", "Red Team"),
    ]  # fmt: skip
    assert not feedback.warnings


def test_preset_file_and_its_mistakes(run_alg, tmp_path):
    preset = {
        "palettes": {"p": {"title": "P"}},
        "factions": [
            {"code": "north", "label": "North Control", "aliases": ["N"],
             "colours": {"p": "#111111"}},
            {"code": "south", "label": "South Control", "aliases": ["S"],
             "colours": {"p": "#222222"}},
        ],
        "mixed": [{"members": ["north", "south"], "label": "Shared Control", "aliases": ["N/S"]}],
    }  # fmt: skip
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(preset), encoding="utf-8")
    out = run(run_alg, control_layer(["n", "S", "N/S"]), PRESET_FILE=str(path))
    assert attributes(out, "faction", "faction_label") == [
        ("north", "North Control"), ("south", "South Control"), ("north+south", "Shared Control"),
    ]  # fmt: skip
    broken = tmp_path / "broken.json"
    broken.write_text('{"factions": [{"code": "Bad Code"}]}', encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="broken.json"):
        run(run_alg, control_layer(["n"]), PRESET_FILE=str(broken))


def test_faction_field_found_or_asked_for(run_alg):
    layer = memory_layer(
        "Polygon", "EPSG:4326", ["Control:string"], [(square(0), ["ISIS"])], "otis"
    )
    out = run(run_alg, layer)
    assert attributes(out, "faction") == [("isis",)]
    nameless = memory_layer("Polygon", "EPSG:4326", ["area_km2:double"], [(square(0), [1.0])])
    with pytest.raises(QgsProcessingException, match="FACTION_FIELD"):
        run(run_alg, nameless)
    with pytest.raises(QgsProcessingException, match="not found"):
        run(run_alg, layer, FACTION_FIELD="faction")


def test_kml_control_map_with_a_control_field(run_alg, tmp_path):
    path = write_kml(
        tmp_path / "areas.kml",
        [
            ("Area 1", kml_polygon([(36, 35), (37, 35), (37, 36), (36, 35)]), {"Control": "ISIS"}),
            (
                "Area 2",
                kml_polygon([(37, 35), (38, 35), (38, 36), (37, 35)]),
                {"Control": "Regime"},
            ),
        ],
    )
    out = run(run_alg, path, FACTION_FIELD="Control")
    assert attributes(out, "faction") == [("isis",), ("regime",)]
    assert out.crs().authid() == "EPSG:4326"


def test_kmz_control_map_with_a_folder_per_faction(run_alg, tmp_path):
    # A Google My Maps export keeps one folder per layer; GDAL would open only the first folder.
    folders = {
        "ISIS": [(38, 35), (39, 35), (39, 36), (38, 35)],
        "Regime": [(36, 34), (37, 34), (37, 35), (36, 34)],
        "Jaish al-Fatah": [(36, 35.5), (36.5, 35.5), (36.5, 36), (36, 35.5)],
    }
    body = "".join(
        f"<Folder><name>{name}</name><Placemark><name>{name} area</name>"
        f"{kml_polygon(ring)}</Placemark></Folder>"
        for name, ring in folders.items()
    )
    path = tmp_path / "control.kmz"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "doc.kml",
            '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
            f"<Document>{body}</Document></kml>",
        )
    out = run(run_alg, path, FACTION_FIELD="folder", PRESET="syria-2015")
    assert attributes(out, "faction", "raw_faction") == [
        ("isis", "ISIS"), ("regime", "Regime"), ("rebel", "Jaish al-Fatah"),
    ]  # fmt: skip
    assert out.crs().authid() == "EPSG:4326"


def test_kml_mixing_zones_and_town_marks_gives_one_kind_at_a_time(run_alg, tmp_path):
    path = write_kml(
        tmp_path / "mixed.kml",
        [
            ("Raqqa area", kml_polygon([(38, 35), (39, 35), (39, 36), (38, 35)]), {"side": "ISIS"}),
            ("Homs", kml_point(36.72, 34.73), {"side": "Regime"}),
            ("Hama", kml_point(36.75, 35.13), {"side": "Regime"}),
        ],
    )
    feedback = RecordingFeedback()
    zones = run(run_alg, path, feedback, FACTION_FIELD="side")
    assert QgsWkbTypes.geometryType(zones.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    # The town marks of a map of zones are left out, counted (never kept without geometry).
    assert [(f["faction"], f.hasGeometry()) for f in zones.getFeatures()] == [("isis", True)]
    assert "2 features left out" in feedback.text() and "point 2" in feedback.text()
    assert "geometrytype=Point" in feedback.text()
    towns = run(run_alg, f"{path}|geometrytype=Point", FACTION_FIELD="side")
    assert QgsWkbTypes.geometryType(towns.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
    assert [(f["Name"], f.hasGeometry()) for f in towns.getFeatures()] == [
        ("Homs", True), ("Hama", True),
    ]  # fmt: skip


def test_mixed_geojson_features_of_another_kind_are_left_out_with_a_count(run_alg, tmp_path):
    path = tmp_path / "mixed.geojson"
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {"type": "Feature", "properties": {"side": "ISIS"}, "geometry": {
                        "type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}},
                    {"type": "Feature", "properties": {"side": "Regime"},
                     "geometry": {"type": "Point", "coordinates": [5, 5]}},
                ],
            }
        )
    )  # fmt: skip
    feedback = RecordingFeedback()
    out = run(run_alg, path, feedback, FACTION_FIELD="side")
    assert [(f["faction"], f.hasGeometry()) for f in out.getFeatures()] == [("isis", True)]
    assert "1 features left out: they are not of the map's geometry type (Polygon" in (
        feedback.text()
    )
    assert "point 1" in feedback.text()
    assert "could not be written" not in feedback.text()


def test_shapefile_in_a_projected_crs_keeps_its_crs(run_alg, tmp_path):
    layer = memory_layer(
        "Polygon", "EPSG:3857", ["side:string"],
        [("POLYGON((4000000 4100000,4100000 4100000,4100000 4200000,4000000 4100000))", ["YPG"])],
    )  # fmt: skip
    path = write_layer(layer, tmp_path / "c.shp", "ESRI Shapefile")
    out = run(run_alg, path)
    assert out.crs().authid() == "EPSG:3857" and attributes(out, "faction") == [("kurdish",)]


def test_help_names_every_parameter_and_output_field(strikecheck_plugin):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    text = algorithm.shortHelpString()
    for definition in algorithm.parameterDefinitions():
        assert f"<b>{definition.name()}</b>" in text, definition.name()
    for name in ("faction", "faction_label", "raw_faction", "valid_from", "isis+jn+rebel",
                 "unrecognised, kept as",
                 "qgis_process run strikecheck:importcontrol"):  # fmt: skip
        assert name in text, name
