"""strikecheck:importcontrol on raw public control maps, shaped like DeepStateMap's exports.

The fixtures are written here in the shape of the real files (Google My Maps GeoJSON: `name`,
`fill`/`stroke`, a nested `styleMapHash`, list fields, GeometryCollections, unit points), never
copied from them.
"""

import hashlib
import json

import pytest
import shapely
from qgis.core import QgsVectorLayer, QgsWkbTypes

from tests.cli import enable_plugin, qgis_process
from tests.layers import memory_layer
from tests.recording import RecordingFeedback

ALG = "strikecheck:importcontrol"
OCCUPIED, LIBERATED, LIBERATED_2023, CONTESTED, BEFORE_2022 = (
    "#a52714", "#0288d1", "#0f9d58", "#bcaaa4", "#000000",
)  # fmt: skip


def square(x, y, size=1.0, z=False):
    corners = [(x, y), (x + size, y), (x + size, y + size), (x, y + size), (x, y)]
    return [[[cx, cy, 0] if z else [cx, cy] for cx, cy in corners]]


def style(colour):
    upper = colour.lstrip("#").upper()
    return {
        "styleUrl": f"#poly-{upper}-1200-77-nodesc",
        "styleHash": "-14fcf160",
        "styleMapHash": {
            "normal": f"#poly-{upper}-1200-77-nodesc-normal",
            "highlight": f"#poly-{upper}-1200-77-nodesc-highlight",
        },
        "stroke": colour,
        "stroke-opacity": 1,
        "stroke-width": 2,
        "fill": colour,
        "fill-opacity": 0.3,
    }


def area(name, colour, geometry):
    return {"type": "Feature", "properties": {"name": name, **style(colour)}, "geometry": geometry}


def polygon(x, y, size=1.0):
    return {"type": "Polygon", "coordinates": square(x, y, size, z=True)}


def unit(name, lon, lat):
    return {
        "type": "Feature",
        "properties": {
            "name": name,
            "styleUrl": "#icon-1603-A52714-labelson-nodesc",
            "styleHash": "3f91f884",
            "styleMapHash": {"normal": "#icon-normal", "highlight": "#icon-highlight"},
            "icon": "images/icon-1.png",
            "icon-scale": 1,
            "icon-offset": [32, 64],
            "label-scale": 0,
            "description": "<img src='x'>",
        },
        "geometry": {"type": "Point", "coordinates": [lon, lat, 0]},
    }


# What each fixture feature must become, by its name: (faction, found by name?)
EXPECTED = {
    "Окуповано /// Occupied": ("russia_occupied", True),
    "Звільнено /// Liberated\n": ("ukraine_held", True),
    "Звільнено 25.03": ("ukraine_held", True),
    "Звільнено 27-29.03.2022 /// Liberated 27-29.03": ("ukraine_held", True),
    "Окуповано. 01.04": ("russia_occupied", True),
    "Окуповано /// Occupied\xa0/// geoJSON.status.occupied": ("russia_occupied", True),
    "Статус невідомий /// Unknown status": ("contested", True),
    "ОРДЛО": ("russia_occupied", True),
    "Крим": ("russia_occupied", True),
    "Багатокутник 11": ("russia_occupied", False),
    "24.03": ("ukraine_held", False),
    "Зміїний /// Snake Island": ("ukraine_held", False),
    "Острів Тузла /// Occupied Tuzla Island": ("russia_occupied", False),
}
COLOURS = {
    "Окуповано /// Occupied": OCCUPIED,
    "Звільнено /// Liberated\n": LIBERATED_2023,
    "Звільнено 25.03": LIBERATED,
    "Звільнено 27-29.03.2022 /// Liberated 27-29.03": LIBERATED_2023,
    "Окуповано. 01.04": OCCUPIED,
    "Окуповано /// Occupied\xa0/// geoJSON.status.occupied": OCCUPIED,
    "Статус невідомий /// Unknown status": CONTESTED,
    "ОРДЛО": BEFORE_2022,
    "Крим": BEFORE_2022,
    "Багатокутник 11": OCCUPIED,
    "24.03": LIBERATED,
    "Зміїний /// Snake Island": LIBERATED_2023,
    "Острів Тузла /// Occupied Tuzla Island": "#880e4f",
}
CRIMEA_PARTS = [square(33.0, 44.5, 1.0, z=True), square(35.0, 45.0, 0.5, z=True)]


def deepstate_export(path):
    """A raw export: a unit point first (QGIS would open the file as points), polygons, a
    GeometryCollection of two polygons and a label point, list and nested fields."""
    features = [unit("Camp N°1", 30.0, 50.0)]
    for i, name in enumerate(EXPECTED):
        if name == "Крим":
            geometry = {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "coordinates": CRIMEA_PARTS[0]},
                    {"type": "Point", "coordinates": [34.1, 44.95, 0]},
                    {"type": "Polygon", "coordinates": CRIMEA_PARTS[1]},
                ],
            }
        else:
            geometry = polygon(30.0 + i, 47.0)
        features.append(area(name, COLOURS[name], geometry))
    features.append(unit("Airfield", 31.0, 49.0))
    path.write_text(
        json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False),
        encoding="utf-8",
    )
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def by_raw(layer):
    return {f["raw_faction"]: f for f in layer.getFeatures()}


def test_a_raw_export_needs_only_input_and_the_preset(run_alg, tmp_path):
    path = deepstate_export(tmp_path / "1685748729.geojson")
    before = digest(path)
    feedback = RecordingFeedback()
    out_path = tmp_path / "control.gpkg"  # GPKG: where nested fields used to stop the run
    run_alg(ALG, {"INPUT": str(path), "PRESET": "ukraine", "OUTPUT": str(out_path)}, feedback)
    assert digest(path) == before
    out = QgsVectorLayer(str(out_path), "out", "ogr")
    assert QgsWkbTypes.geometryType(out.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    rows = by_raw(out)
    assert set(rows) == {name.strip() for name in EXPECTED}  # the unit points are left out
    for name, (faction, _by_name) in EXPECTED.items():
        assert rows[name.strip()]["faction"] == faction, name
    nested = json.loads(rows["ОРДЛО"]["styleMapHash"])  # JSON text, the same object
    assert nested == style(BEFORE_2022)["styleMapHash"]
    crimea = shapely.from_wkb(bytes(rows["Крим"].geometry().asWkb()))
    expected = shapely.MultiPolygon([shapely.Polygon(p[0]) for p in CRIMEA_PARTS])
    assert len(shapely.get_parts(crimea)) == 2
    assert crimea.area == pytest.approx(expected.area, rel=1e-9)
    text = feedback.text()
    assert "Faction field 'name'" in text and "Preset 'ukraine'" in text
    assert "2 features left out" in text and "point 2" in text
    by_colour = sum(1 for _f, by_name in EXPECTED.values() if not by_name)
    occupied_names = sum(1 for f, n in EXPECTED.values() if f == "russia_occupied" and n)
    occupied_colours = sum(1 for f, n in EXPECTED.values() if f == "russia_occupied" and not n)
    assert (
        f"russia_occupied: {occupied_names} features by name, {occupied_colours} by style "
        "colour" in text
    )
    assert by_colour == 4 and "unrecognised" not in text


def test_a_user_colour_mapping_overrides_the_preset(run_alg, tmp_path):
    path = deepstate_export(tmp_path / "export.geojson")
    out = run_alg(
        ALG,
        {
            "INPUT": str(path),
            "PRESET": "ukraine",
            "MAPPING": "#A52714=contested",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    rows = by_raw(out)
    assert rows["Багатокутник 11"]["faction"] == "contested"  # by the user's colour
    assert rows["Окуповано /// Occupied"]["faction"] == "russia_occupied"  # its name settles it


def test_an_attribute_less_area_gets_faction_value(run_alg, tmp_path):
    path = tmp_path / "deepstatemap_data_20240708.geojson"
    shape = {"type": "MultiPolygon", "coordinates": [square(36, 47, 2), square(34, 45, 1)]}
    path.write_text(
        json.dumps(
            {"type": "FeatureCollection",
             "features": [{"type": "Feature", "properties": {}, "geometry": shape}]}
        )
    )  # fmt: skip
    feedback = RecordingFeedback()
    out = run_alg(
        ALG, {"INPUT": str(path), "FACTION_VALUE": "occupied", "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback,
    )["OUTPUT"]  # fmt: skip
    assert [(f["faction"], f["raw_faction"]) for f in out.getFeatures()] == [
        ("russia_occupied", "occupied")
    ]
    assert "Preset 'ukraine' chosen automatically" in feedback.text()
    assert "FACTION_VALUE" in feedback.text()


def dated_control():
    """Two snapshots of drawn areas inside a 10 x 10 outline (one area crossing its edge)."""
    rows = [
        ("POLYGON((0 0,3 0,3 3,0 3,0 0))", ["occupied", "2023-06-02"]),
        ("POLYGON((2 2,5 2,5 4,2 4,2 2))", ["contested", "2023-06-02"]),
        ("POLYGON((0 0,4 0,4 4,0 4,0 0))", ["occupied", "2023-06-03"]),
        ("POLYGON((8 8,12 8,12 12,8 12,8 8))", ["liberated", "2023-06-03"]),
    ]
    layer = memory_layer("Polygon", "EPSG:4326", ["side:string", "day:string"], rows, "c")
    return layer, rows


def test_the_remainder_of_an_outline_per_snapshot(run_alg):
    layer, rows = dated_control()
    outline_wkt = "POLYGON((0 0,10 0,10 10,0 10,0 0))"
    outline = memory_layer("Polygon", "EPSG:4326", ["id:integer"], [(outline_wkt, [1])], "o")
    feedback = RecordingFeedback()
    out = run_alg(
        ALG,
        {"INPUT": layer, "FACTION_FIELD": "side", "DATE_FIELD": "day", "PRESET": "ukraine",
         "REMAINDER_FACTION": "Ukraine-held", "OUTLINE": outline, "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback,
    )["OUTPUT"]  # fmt: skip
    rest = {
        f["valid_from"].toString("yyyy-MM-dd"): shapely.from_wkb(bytes(f.geometry().asWkb()))
        for f in out.getFeatures()
        if str(f["raw_faction"]).startswith("remainder")
    }
    assert out.featureCount() == len(rows) + 2
    square10 = shapely.from_wkt(outline_wkt)
    for day in ("2023-06-02", "2023-06-03"):
        drawn = shapely.union_all([shapely.from_wkt(w) for w, (_s, d) in rows if d == day])
        assert rest[day].area == pytest.approx(square10.difference(drawn).area, rel=1e-9)
    assert rest["2023-06-02"].area == pytest.approx(100 - 9 - 6 + 1)
    assert {f["faction"] for f in out.getFeatures() if f["raw_faction"].startswith("rem")} == {
        "ukraine_held"
    }
    assert "Remainder: 2 features of ukraine_held added" in feedback.text()


def test_the_remainder_of_a_country_of_the_world_map(run_alg):
    from strikecheck.plugin.world_map import world_layer

    countries = world_layer("countries")
    country = next(countries.getFeatures("NAME = 'Ukraine'"))
    ukraine = shapely.from_wkb(bytes(country.geometry().asWkb()))
    drawn_wkt = "POLYGON((36 48,38 48,38 49,36 49,36 48))"
    layer = memory_layer("Polygon", "EPSG:4326", ["side:string"], [(drawn_wkt, ["occupied"])])
    out = run_alg(
        ALG,
        {"INPUT": layer, "PRESET": "ukraine", "REMAINDER_FACTION": "ukraine_held",
         "OUTLINE_COUNTRY": "ukraine", "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]  # fmt: skip
    rest = [f for f in out.getFeatures() if f["faction"] == "ukraine_held"]
    assert len(rest) == 1
    got = shapely.from_wkb(bytes(rest[0].geometry().asWkb()))
    expected = shapely.make_valid(ukraine).difference(shapely.from_wkt(drawn_wkt))
    assert got.area == pytest.approx(expected.area, rel=1e-6)
    assert not got.contains(shapely.Point(37, 48.5))


def test_the_remainder_needs_an_outline(run_alg):
    from qgis.core import QgsProcessingException

    layer, _rows = dated_control()
    with pytest.raises(QgsProcessingException, match="OUTLINE_COUNTRY"):
        run_alg(ALG, {"INPUT": layer, "REMAINDER_FACTION": "ukraine_held", "PRESET": "ukraine",
                      "OUTPUT": "TEMPORARY_OUTPUT"})  # fmt: skip
    with pytest.raises(QgsProcessingException, match="Atlantis"):
        run_alg(ALG, {"INPUT": layer, "REMAINDER_FACTION": "ukraine_held", "PRESET": "ukraine",
                      "OUTLINE_COUNTRY": "Atlantis", "OUTPUT": "TEMPORARY_OUTPUT"})  # fmt: skip


def test_kml_style_colours_class_placemarks(run_alg, tmp_path):
    ring = "30,47 31,47 31,48 30,48 30,47"
    placemark = (
        "<Placemark><name>{name}</name><styleUrl>#{style}</styleUrl><Polygon><outerBoundaryIs>"
        f"<LinearRing><coordinates>{ring}</coordinates></LinearRing></outerBoundaryIs>"
        "</Polygon></Placemark>"
    )
    text = (
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
        "<Document>"
        '<Style id="poly-A52714-normal"><LineStyle><color>ff1427a5</color></LineStyle>'
        "<PolyStyle><color>4d1427a5</color></PolyStyle></Style>"
        '<StyleMap id="poly-A52714"><Pair><key>normal</key>'
        "<styleUrl>#poly-A52714-normal</styleUrl></Pair></StyleMap>"
        '<Style id="blue"><PolyStyle><color>4dd18802</color></PolyStyle></Style>'
        "<Folder><name>Layer</name>"
        + placemark.format(name="Polygon 3", style="poly-A52714")
        + placemark.format(name="Polygon 4", style="blue")
        + "</Folder></Document></kml>"
    )
    path = tmp_path / "deepstate.kml"
    path.write_text(text, encoding="utf-8")
    out = run_alg(ALG, {"INPUT": str(path), "PRESET": "ukraine", "OUTPUT": "TEMPORARY_OUTPUT"})[
        "OUTPUT"
    ]
    assert [(f["Name"], f["style_colour"], f["faction"]) for f in out.getFeatures()] == [
        ("Polygon 3", OCCUPIED, "russia_occupied"),
        ("Polygon 4", LIBERATED, "ukraine_held"),
    ]


def test_a_raw_export_through_qgis_process(tmp_path):
    enable_plugin()
    path = deepstate_export(tmp_path / "1685748729.geojson")
    before = digest(path)
    out = tmp_path / "control.gpkg"
    done = qgis_process(
        "run", ALG, "--", f"INPUT={path}", "PRESET=ukraine", "REMAINDER_FACTION=ukraine_held",
        "OUTLINE_COUNTRY=Ukraine", f"OUTPUT={out}",
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert digest(path) == before
    layer = QgsVectorLayer(str(out), "out", "ogr")
    factions = sorted(f["faction"] for f in layer.getFeatures())
    assert len(factions) == len(EXPECTED) + 1  # and the remainder
    assert factions.count("ukraine_held") == 1 + sum(
        1 for f, _n in EXPECTED.values() if f == "ukraine_held"
    )
    assert "Remainder: 1 features of ukraine_held added" in done.stdout


def test_a_loaded_layer_with_nested_fields_writes_them_as_json_text(run_alg, tmp_path):
    path = deepstate_export(tmp_path / "export.geojson")
    loaded = QgsVectorLayer(f"{path}|geometrytype=Polygon", "loaded", "ogr")  # as QGIS loads it
    assert loaded.isValid() and loaded.featureCount() == len(EXPECTED) - 1  # no collection
    out_path = tmp_path / "loaded.gpkg"
    run_alg(ALG, {"INPUT": loaded, "PRESET": "ukraine", "OUTPUT": str(out_path)})
    out = QgsVectorLayer(str(out_path), "out", "ogr")
    assert out.featureCount() == len(EXPECTED) - 1
    rows = by_raw(out)
    assert json.loads(rows["ОРДЛО"]["styleMapHash"]) == style(BEFORE_2022)["styleMapHash"]
