"""plugin/core/kml.py: every placemark of every folder, with ExtendedData, read without GDAL."""

import zipfile

import pytest
import shapely

from strikecheck.plugin.core.kml import keep_one_kind, kind_of_uri_type, parse_kml, read_kml
from strikecheck.plugin.core.messages import InputError

NS = 'xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2"'


def kml(body, ns=NS):
    return f'<?xml version="1.0" encoding="UTF-8"?><kml {ns}><Document>{body}</Document></kml>'


def rows(table):
    return [dict(zip(table.names, row)) for row in table.rows]


def test_folders_extended_data_schema_data_and_times():
    table = parse_kml(
        kml(
            '<Schema name="s" id="s"><SimpleField name="faction" type="string"/></Schema>'
            "<Folder><name>ISIS</name>"
            "<Placemark><name>Raqqa</name><description>city</description>"
            "<TimeStamp><when>2015-09-30</when></TimeStamp>"
            '<ExtendedData><Data name="date"><value>30 Sep 2015</value></Data></ExtendedData>'
            "<Point><coordinates>39.0,35.95,0</coordinates></Point></Placemark>"
            "<Folder><name>east</name>"
            '<Placemark><name>Deir</name><ExtendedData><SchemaData schemaUrl="#s">'
            '<SimpleData name="faction">ISIS</SimpleData></SchemaData></ExtendedData>'
            "<Point><coordinates> 40.14,35.33 </coordinates></Point></Placemark>"
            "</Folder></Folder>"
            "<Folder><name>Regime</name><Placemark><name>Homs</name>"
            "<TimeSpan><begin>2015-09-01</begin><end>2015-10-01</end></TimeSpan>"
            "<Point><coordinates>36.72, 34.73</coordinates></Point></Placemark></Folder>"
        ).encode()
    )
    assert table.names == [
        "Name", "description", "folder", "timestamp", "begin", "end", "date", "faction",
    ]  # fmt: skip
    assert rows(table) == [
        {"Name": "Raqqa", "description": "city", "folder": "ISIS", "timestamp": "2015-09-30",
         "begin": None, "end": None, "date": "30 Sep 2015", "faction": None},
        {"Name": "Deir", "description": None, "folder": "ISIS / east", "timestamp": None,
         "begin": None, "end": None, "date": None, "faction": "ISIS"},
        {"Name": "Homs", "description": None, "folder": "Regime", "timestamp": None,
         "begin": "2015-09-01", "end": "2015-10-01", "date": None, "faction": None},
    ]  # fmt: skip
    assert [g.wkt for g in table.geometries] == [
        "POINT (39 35.95)", "POINT (40.14 35.33)", "POINT (36.72 34.73)",
    ]  # fmt: skip
    assert table.problems == []


def test_polygons_holes_open_rings_multigeometry_tracks_and_unnamespaced_files():
    ring = "36,35 37,35 37,36 36,36"  # left open: closed by the reader
    hole = "36.2,35.2 36.4,35.2 36.4,35.4 36.2,35.2"
    table = parse_kml(
        kml(
            "<Placemark><name>area</name><Polygon><outerBoundaryIs><LinearRing><coordinates>"
            f"{ring}</coordinates></LinearRing></outerBoundaryIs><innerBoundaryIs><LinearRing>"
            f"<coordinates>{hole}</coordinates></LinearRing></innerBoundaryIs></Polygon>"
            "</Placemark>"
            "<Placemark><name>two</name><MultiGeometry>"
            "<Polygon><outerBoundaryIs><LinearRing><coordinates>0,0 1,0 1,1 0,0</coordinates>"
            "</LinearRing></outerBoundaryIs></Polygon>"
            "<Polygon><outerBoundaryIs><LinearRing><coordinates>2,0 3,0 3,1 2,0</coordinates>"
            "</LinearRing></outerBoundaryIs></Polygon></MultiGeometry></Placemark>"
            "<Placemark><name>mixed</name><MultiGeometry><Point><coordinates>5,5</coordinates>"
            "</Point><LineString><coordinates>5,5 6,6</coordinates></LineString>"
            "</MultiGeometry></Placemark>"
            "<Placemark><name>front</name><LineString><coordinates>1,2,0 3,4,0</coordinates>"
            "</LineString></Placemark>"
            "<Placemark><name>flight</name><gx:Track><when>2015-09-30T10:00Z</when>"
            "<gx:coord>36 35 1000</gx:coord><gx:coord>36.5 35.5 1000</gx:coord></gx:Track>"
            "</Placemark>"
            "<Placemark><name>note without a place</name></Placemark>",
            ns='xmlns:gx="http://www.google.com/kml/ext/2.2"',
        ).encode()
    )
    area, two, mixed, front, flight, nowhere = table.geometries
    assert area.equals(
        shapely.Polygon(
            [(36, 35), (37, 35), (37, 36), (36, 36)], [[(36.2, 35.2), (36.4, 35.2), (36.4, 35.4)]]
        )
    )
    assert two.geom_type == "MultiPolygon" and len(two.geoms) == 2
    assert mixed.geom_type == "GeometryCollection" and len(mixed.geoms) == 2
    assert front.wkt == "LINESTRING (1 2, 3 4)"
    assert flight.wkt == "LINESTRING (36 35, 36.5 35.5)"
    assert nowhere is None
    assert table.problems == []


def test_broken_geometries_are_reported_per_placemark_and_the_rest_is_read():
    table = parse_kml(
        kml(
            "<Placemark><name>ok</name><Point><coordinates>36,35</coordinates></Point></Placemark>"
            "<Placemark><name>swapped</name><Point><coordinates>35,136</coordinates></Point>"
            "</Placemark>"
            "<Placemark><name>typo</name><Point><coordinates>36;35</coordinates></Point>"
            "</Placemark>"
            "<Placemark><Polygon><outerBoundaryIs><LinearRing><coordinates>0,0 1,1"
            "</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>"
        ).encode()
    )
    assert [g is not None for g in table.geometries] == [True, False, False, False]
    assert [(i, str(m)) for i, m in table.problems] == [
        (1, "placemark 'swapped': coordinates '35,136' are outside longitude -180..180, "
            "latitude -90..90"),
        (2, "placemark 'typo': coordinates '36;35' are not 'longitude,latitude'"),
        (3, "placemark '4': a ring needs three distinct corners, it has 2"),
    ]  # fmt: skip


def test_extended_data_named_like_a_fixed_column_keeps_both():
    table = parse_kml(
        kml(
            '<Placemark><name>Talbiseh</name><ExtendedData><Data name="name"><value>تلبيسة'
            "</value></Data></ExtendedData><Point><coordinates>36.73,34.83</coordinates></Point>"
            "</Placemark>"
        ).encode()
    )
    assert rows(table) == [{"Name": "Talbiseh", "description": None, "name_1": "تلبيسة"}]


def test_kmz_reads_doc_kml_or_its_only_kml(tmp_path):
    body = kml("<Placemark><name>a</name><Point><coordinates>1,2</coordinates></Point></Placemark>")
    with zipfile.ZipFile(tmp_path / "a.kmz", "w") as archive:
        archive.writestr("files/icon.png", b"\x89PNG")
        archive.writestr("other.kml", kml(""))
        archive.writestr("doc.kml", body)
    with zipfile.ZipFile(tmp_path / "b.kmz", "w") as archive:
        archive.writestr("layer.kml", body)
    for name in ("a.kmz", "b.kmz"):
        assert rows(read_kml(tmp_path / name))[0]["Name"] == "a"


def test_unreadable_files_are_input_errors(tmp_path):
    (tmp_path / "bad.kmz").write_bytes(b"not a zip")
    (tmp_path / "bad.kml").write_text("<kml><Document><Placemark></kml>")
    with zipfile.ZipFile(tmp_path / "empty.kmz", "w") as archive:
        archive.writestr("readme.txt", "no kml here")
    with pytest.raises(InputError, match="not a KMZ"):
        read_kml(tmp_path / "bad.kmz")
    with pytest.raises(InputError, match="not readable KML: mismatched tag"):
        read_kml(tmp_path / "bad.kml")
    with pytest.raises(InputError, match="holds no .kml file"):
        read_kml(tmp_path / "empty.kmz")


def test_one_kind_kept_parts_of_mixed_multigeometries_and_the_others_explained():
    table = parse_kml(
        kml(
            "<Placemark><name>zone</name><MultiGeometry><Point><coordinates>0.5,0.2"
            "</coordinates></Point><Polygon><outerBoundaryIs><LinearRing><coordinates>"
            "0,0 1,0 1,1 0,0</coordinates></LinearRing></outerBoundaryIs></Polygon>"
            "</MultiGeometry></Placemark>"
            "<Placemark><name>town</name><Point><coordinates>5,5</coordinates></Point>"
            "</Placemark>"
            "<Placemark><name>nowhere</name></Placemark>"
        ).encode()
    )
    assert keep_one_kind(table, ("polygon", "line", "point"), "map.kml") == "polygon"
    zone, town, nowhere = table.geometries
    assert zone.geom_type == "MultiPolygon" and zone.area == 0.5
    assert town is None and nowhere is None
    assert [(i, str(m)) for i, m in table.problems] == [
        (1, "placemark 'town': its geometry is a point, but this import keeps the file's "
            "polygon geometries; give INPUT 'map.kml|geometrytype=Point' to import those"),
    ]  # fmt: skip
    town_and_front = kml(
        "<Placemark><name>town</name><Point><coordinates>5,5</coordinates></Point></Placemark>"
        "<Placemark><name>front</name><LineString><coordinates>0,0 1,1</coordinates>"
        "</LineString></Placemark>"
    ).encode()
    again = parse_kml(town_and_front)
    assert keep_one_kind(again, ("polygon", "line", "point"), "f.kml") == "line"
    assert [g is None for g in again.geometries] == [True, False]
    only_points = parse_kml(town_and_front)
    assert keep_one_kind(only_points, ("point",), "f.kml") == "point"
    assert [g is None for g in only_points.geometries] == [False, True]
    assert kind_of_uri_type("MultiLineString") == "line" and kind_of_uri_type("curve") is None


def test_a_google_my_maps_export():
    # Styles, CDATA descriptions, Data with display names, a folder per map layer.
    table = parse_kml(
        kml(
            "<name>Strikes 30 Sept</name>"
            '<Style id="icon-1"><IconStyle><scale>1</scale></IconStyle></Style>'
            '<StyleMap id="icon-1-map"><Pair><key>normal</key><styleUrl>#icon-1</styleUrl>'
            "</Pair></StyleMap>"
            "<Folder><name>Russian strikes</name><Placemark><name>Talbiseh</name>"
            "<description><![CDATA[Reported by <b>ISW</b>]]></description>"
            "<styleUrl>#icon-1-map</styleUrl><ExtendedData>"
            '<Data name="date"><displayName>Date</displayName><value>2015-09-30</value></Data>'
            '<Data name="precision_km"><value>2</value></Data></ExtendedData>'
            "<Point><coordinates>\n  36.7333,34.8333,0\n</coordinates></Point></Placemark>"
            "</Folder>"
        ).encode()
    )
    assert rows(table) == [
        {"Name": "Talbiseh", "description": "Reported by <b>ISW</b>", "folder": "Russian strikes",
         "date": "2015-09-30", "precision_km": "2"},
    ]  # fmt: skip
    assert table.geometries[0].wkt == "POINT (36.7333 34.8333)"
