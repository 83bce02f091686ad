"""strikecheck:importstrikes on files written by the tests (never real ACLED rows) and layers."""

import codecs
import datetime as dt
import math
from pathlib import Path

import pytest
from qgis.core import (
    QgsExpression,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

from strikecheck.plugin.processing.importing.row_filter import required_text
from tests.fixture_files import kml_point, write_kml, write_kmz, write_layer, write_xlsx
from tests.layers import memory_layer, rows_by
from tests.recording import RecordingFeedback

ALG = "strikecheck:importstrikes"
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "strikes_2015-09-30.csv"
D = dt.date(2015, 9, 30)
HEADER = "id,date,latitude,longitude,actor,note"


def run(run_alg, source, feedback=None, **extra):
    if isinstance(source, Path):
        source = str(source)
    params = {"INPUT": source, "OUTPUT": "TEMPORARY_OUTPUT", "ERRORS": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return run_alg(ALG, params, feedback)


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


def strikes(result, key="strike_id"):
    return rows_by(result["OUTPUT"], key)


def errors(result):
    return sorted(
        ((f["line"], f["reason"], f["raw"]) for f in result["ERRORS"].getFeatures()),
        key=lambda e: e[0] if e[0] is not None else -1,
    )


def qdate(value):
    return value.toPyDate() if value is not None and not value.isNull() else None


def point(feature):
    p = feature.geometry().asPoint()
    return round(p.x(), 6), round(p.y(), 6)


# -- the sample and ACLED ---------------------------------------------------------------------


def test_sample_acled_shaped_file(run_alg):
    feedback = RecordingFeedback()
    result = run(run_alg, SAMPLE, feedback)
    layer = result["OUTPUT"]
    assert layer.crs().authid() == "EPSG:4326"
    names = layer.fields().names()
    assert names[:6] == ["strike_id", "date", "actor", "confidence", "precision_km", "source"]
    assert {"event_id_cnty", "notes", "sub_event_type", "latitude", "geo_precision"} <= set(names)
    out = strikes(result)
    assert len(out) == 7 and result["ERRORS"].featureCount() == 0
    talbiseh = out["SAMPLE1"]
    assert qdate(talbiseh["date"]) == D
    assert talbiseh["actor"] == "Military Forces of Russia (2012-)"
    assert talbiseh["confidence"] in (None, "") or talbiseh["confidence"].isNull()
    assert talbiseh["precision_km"] == 2.0 and out["SAMPLE6"]["precision_km"] == 50.0
    assert talbiseh["source"].startswith("ISW backgrounder")
    assert point(talbiseh) == (36.7333, 34.8333)
    assert talbiseh["location"] == "Talbiseh" and talbiseh["event_date"] == "30 September 2015"
    assert "approximate" in out["SAMPLE7"]["notes"].lower()
    assert "7 rows imported, 0 rejected (see ERRORS)." in feedback.infos
    assert any("ACLED export" in info for info in feedback.infos)


ACLED_OLD = (
    "EVENT_ID_CNTY,EVENT_DATE,EVENT_TYPE,SUB_EVENT_TYPE,ACTOR1,LATITUDE,LONGITUDE,GEO_PRECISION,"
    "SOURCE,NOTES,FATALITIES\n"
    "SYN1,30-09-2015,Explosions/Remote violence,Air/drone strike,Air force X,34.8,36.7,2,S,a,0\n"
    "SYN2,30-09-2015,Explosions/Remote violence,Shelling/artillery/missile attack,Army Y,34.9,36.7"
    ",1,S,b,1\n"
    "SYN3,01-10-2015,Explosions/Remote violence,Air/drone strike,Air force X,35.3,36.6,3,S,c,2\n"
)


def test_older_upper_case_acled_export_filtered_to_air_strikes(run_alg, tmp_path):
    path = write(tmp_path, "acled_old.csv", ACLED_OLD)
    feedback = RecordingFeedback()
    out = strikes(run(run_alg, path, feedback))
    assert sorted(out) == ["SYN1", "SYN3"]
    assert qdate(out["SYN3"]["date"]) == dt.date(2015, 10, 1)  # 01-10: day first, from 30-09
    assert out["SYN1"]["precision_km"] == 15.0 and out["SYN1"]["SUB_EVENT_TYPE"]
    assert "1 rows left out by the filter expression." in feedback.infos
    everything = strikes(run(run_alg, path, FILTER_EXPRESSION="TRUE"))
    assert sorted(everything) == ["SYN1", "SYN2", "SYN3"]
    shelling = strikes(run(run_alg, path, FILTER_EXPRESSION="\"SUB_EVENT_TYPE\" LIKE 'Shelling%'"))
    assert sorted(shelling) == ["SYN2"]


def test_the_default_filter_reads_the_column_not_the_line(run_alg, tmp_path):
    # The filter skips lines without its text unread: the text elsewhere in a line (NOTES),
    # quoted, or with other spaces must still be judged by the column's value.
    text = ACLED_OLD + (
        "SYN4,01-10-2015,Explosions/Remote violence,Shelling/artillery/missile attack,Army Y,"
        "35.0,36.6,1,S,not an Air/drone strike,0\n"
        'SYN5,02-10-2015,Explosions/Remote violence,"Air/drone strike",Air force X,35.1,36.6,1,S,'
        '"quoted, with a comma",0\n'
        "SYN6,02-10-2015,Explosions/Remote violence,Air/drone strike ,Air force X,35.1,36.6,1,S,"
        "trailing space,0\n"
    )
    feedback = RecordingFeedback()
    out = strikes(run(run_alg, write(tmp_path, "acled.csv", text), feedback))
    assert sorted(out) == ["SYN1", "SYN3", "SYN5"]
    assert "3 rows left out by the filter expression." in feedback.infos


@pytest.mark.parametrize(
    "expression, needed",
    [
        ("\"SUB_EVENT_TYPE\" = 'Air/drone strike'", "Air/drone strike"),
        ("'Air/drone strike' = \"SUB_EVENT_TYPE\"", "Air/drone strike"),
        ("\"FATALITIES\" = '2'", None),  # QGIS compares numbers by value: '2.0' = '2'
        ('"SUB_EVENT_TYPE" = \'say "no"\'', None),  # a file doubles the quotes
        ("\"SUB_EVENT_TYPE\" <> 'Air/drone strike'", None),
        ("\"SUB_EVENT_TYPE\" = 'a' OR \"SOURCE\" = 'b'", None),
        ("lower(\"SUB_EVENT_TYPE\") = 'air/drone strike'", None),
    ],
)
def test_the_text_a_filter_needs(expression, needed):
    assert required_text(QgsExpression(expression)) == needed


def test_custom_precision_radii(run_alg, tmp_path):
    path = write(tmp_path, "acled_old.csv", ACLED_OLD)
    out = strikes(run(run_alg, path, PRECISION_KM="1=1;2=4;3=40"))
    assert out["SYN1"]["precision_km"] == 4.0 and out["SYN3"]["precision_km"] == 40.0
    with pytest.raises(QgsProcessingException, match="PRECISION_KM"):
        run(run_alg, path, PRECISION_KM="1=near")


def test_filter_mistakes_are_sentences(run_alg, tmp_path):
    path = write(tmp_path, "acled_old.csv", ACLED_OLD)
    with pytest.raises(QgsProcessingException, match="sub_type"):
        run(run_alg, path, FILTER_EXPRESSION="\"sub_type\" = 'x'")
    with pytest.raises(QgsProcessingException, match="cannot be read"):
        run(run_alg, path, FILTER_EXPRESSION="SUB_EVENT_TYPE = = 'x'")


# -- broken rows: every one reported with its line and reason --------------------------------

BROKEN = (
    f"{HEADER}\n"
    "1,2015-09-30,34.8333,36.7333,A,fine\n"  # line 2
    "2,2015-09-30,134.2,36.7,A,latitude typo\n"  # line 3
    "3,31/31/2015,34.9,36.7,A,bad date\n"  # line 4
    '4,2015-09-30,34.9,36.7,A,"a note\nover two lines"\n'  # lines 5-6
    "5,2015-09-30,,36.7,A,no latitude\n"  # line 7
    "6,2015-09-30,34.9,36.7,A,an unquoted, comma\n"  # line 8
    "7,2015-09-30,0,0,A,null island\n"  # line 9
    "8,2015-09-30,35.1,-190.5,A,longitude typo\n"  # line 10
    "9,,35.0,36.5,A,no date is fine\n"  # line 11
)


def test_broken_rows_are_listed_with_line_reason_and_raw_text(run_alg, tmp_path):
    feedback = RecordingFeedback()
    result = run(run_alg, write(tmp_path, "broken.csv", BROKEN), feedback)
    out = strikes(result)
    assert sorted(out) == ["1", "4", "9"]
    assert out["4"]["note"] == "a note\nover two lines"
    assert qdate(out["9"]["date"]) is None
    found = errors(result)
    assert [line for line, _, _ in found] == [3, 4, 7, 8, 9, 10]
    reasons = {line: reason for line, reason, _ in found}
    assert reasons[3] == "latitude 134.2 outside -90..90"
    assert reasons[4] == "no date in '31/31/2015'"
    assert reasons[7] == "no latitude"
    assert "7 values but the header has 6" in reasons[8]
    assert "placeholder" in reasons[9]
    assert reasons[10] == "longitude -190.5 outside -180..180"
    raw = {line: text for line, _, text in found}
    assert raw[3] == "2,2015-09-30,134.2,36.7,A,latitude typo"
    assert len(out) + len(found) == 9  # every data row is accounted for
    assert "3 rows imported, 6 rejected (see ERRORS)." in feedback.infos
    assert any(w.startswith("line 3: latitude 134.2") for w in feedback.warnings)
    assert any("empty date" in w for w in feedback.warnings)


def test_without_errors_output_the_log_still_lists_rejections(run_alg, tmp_path):
    feedback = RecordingFeedback()
    result = run_alg(
        ALG,
        {"INPUT": str(write(tmp_path, "b.csv", BROKEN)), "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback,
    )
    assert result["OUTPUT"].featureCount() == 3
    assert sum(1 for w in feedback.warnings if w.startswith("line ")) == 6


def test_nothing_importable_still_writes_outputs(run_alg, tmp_path):
    path = write(tmp_path, "none.csv", f"{HEADER}\n1,2015-09-30,134,36,A,x\n")
    feedback = RecordingFeedback()
    result = run(run_alg, path, feedback)
    assert result["OUTPUT"].featureCount() == 0 and result["ERRORS"].featureCount() == 1
    assert any("No row could be imported" in w for w in feedback.warnings)


# -- dates ------------------------------------------------------------------------------------


def test_every_date_format(run_alg, tmp_path):
    dates = ["2015-09-30", "2015-09-30T10:00:00Z", "30-09-2015", "30/09/2015", "30.09.2015",
             "30 September 2015", "16 May 2025", "Sep 30, 2015"]  # fmt: skip
    text = HEADER + "\n" + "".join(f'{i},"{d}",34.8,36.7,A,x\n' for i, d in enumerate(dates, 1))
    out = strikes(run(run_alg, write(tmp_path, "dates.csv", text)))
    got = [qdate(out[str(i)]["date"]) for i in range(1, len(dates) + 1)]
    assert got == [D] * 6 + [dt.date(2025, 5, 16), D]
    assert out["2"]["date_orig"] == "2015-09-30T10:00:00Z"  # the original text is kept


def test_ambiguous_day_month_is_reported_then_settled_by_date_order(run_alg, tmp_path):
    text = f"{HEADER}\n1,03/04/2015,34.8,36.7,A,x\n2,05/06/2015,34.8,36.7,A,y\n"
    path = write(tmp_path, "ambiguous.csv", text)
    with pytest.raises(QgsProcessingException) as error:
        run(run_alg, path)
    assert "03/04/2015" in str(error.value) and "DATE_ORDER" in str(error.value)
    out = strikes(run(run_alg, path, DATE_ORDER=1))
    assert qdate(out["1"]["date"]) == dt.date(2015, 4, 3)
    out = strikes(run(run_alg, path, DATE_ORDER=2))
    assert qdate(out["1"]["date"]) == dt.date(2015, 3, 4)


def test_date_column_chosen_explicitly(run_alg, tmp_path):
    text = "id,reported,happened,lat,lon\n1,2015-10-02,2015-09-30,34.8,36.7\n"
    out = strikes(run(run_alg, write(tmp_path, "d.csv", text), DATE_FIELD="happened"))
    assert qdate(out["1"]["date"]) == D


# -- coordinates ------------------------------------------------------------------------------


def test_swapped_columns_detected_and_read_the_right_way(run_alg, tmp_path):
    text = "id,lat,lon\n1,127.0,36.7\n2,129.0,35.1\n3,126.9,37.5\n"
    feedback = RecordingFeedback()
    out = strikes(run(run_alg, write(tmp_path, "swapped.csv", text), feedback))
    assert point(out["1"]) == (127.0, 36.7) and point(out["3"]) == (126.9, 37.5)
    assert any("exchanged in the whole input" in w for w in feedback.warnings)


def test_expected_extent_catches_a_swap_and_rejects_far_rows(run_alg, tmp_path):
    text = "id,lat,lon\n1,36.7333,34.8333\n2,36.6225,35.3208\n3,36.3176,35.8126\n"
    path = write(tmp_path, "syria_swapped.csv", text)
    syria = "35.5,42.5,32.0,37.5 [EPSG:4326]"
    out = strikes(run(run_alg, path, EXPECTED_EXTENT=syria))
    assert point(out["1"]) == (36.7333, 34.8333)
    far = write(tmp_path, "far.csv", "id,lat,lon\n1,34.8,36.7\n2,48.85,2.35\n3,35.1,36.6\n")
    result = run(run_alg, far, EXPECTED_EXTENT=syria)
    assert sorted(strikes(result)) == ["1", "3"]
    assert "outside the expected area" in errors(result)[0][1]


def test_explicit_columns_override_detection(run_alg, tmp_path):
    text = "id,lat,lon,plat,plon\n1,0,0,34.8,36.7\n"
    out = strikes(run(run_alg, write(tmp_path, "c.csv", text), LAT_FIELD="plat", LON_FIELD="plon"))
    assert point(out["1"]) == (36.7, 34.8)
    with pytest.raises(QgsProcessingException, match="LON_FIELD"):
        run(run_alg, write(tmp_path, "c2.csv", text), LAT_FIELD="plat")


def test_airwars_like_lat_lon_text_and_gradings(run_alg, tmp_path):
    text = (
        "Code,Date,Location,Geolocation,Grading\n"
        'RS1,30 September 2015,Talbiseh / تلبيسة,"34.8333, 36.7333",Fair\n'
        'RS2,30 September 2015,Ar-Rastan / الرستن,"34.917, 36.733",Weak\n'
        "RS3,30 September 2015,Homs,POINT (36.70944 34.73083),Contested\n"
    )
    path = write(tmp_path, "airwars.csv", text)
    feedback = RecordingFeedback()
    out = strikes(run(run_alg, path, feedback, CONFIDENCE_MAPPING="Fair=high;Weak=low"))
    assert point(out["RS1"]) == (36.7333, 34.8333) and point(out["RS3"]) == (36.70944, 34.73083)
    assert out["RS1"]["confidence"] == "high" and out["RS2"]["confidence"] == "low"
    assert out["RS2"]["Location"] == "Ar-Rastan / الرستن"
    assert any("'Contested' (1)" in w for w in feedback.warnings)


def test_no_coordinates_is_a_sentence(run_alg, tmp_path):
    with pytest.raises(QgsProcessingException) as error:
        run(run_alg, write(tmp_path, "n.csv", "id,town\n1,Hama\n"))
    assert "LAT_FIELD" in str(error.value) and "id, town" in str(error.value)


# -- encodings and delimiters ---------------------------------------------------------------

MULTILINGUAL = (
    "id;date;latitude;longitude;place\n"
    "1;2015-09-30;34,8333;36,7333;تلبيسة\n"
    "2;2015-09-30;34,917;36,733;Растан\n"
    "3;2015-09-30;35,37361;36,60167;Kafr Zitā, Ḥamāh\n"
)


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_semicolons_decimal_commas_and_scripts_survive_into_a_file(run_alg, tmp_path, bom):
    path = write(tmp_path, "multi.csv", bom + MULTILINGUAL.encode("utf-8"))
    result = run(run_alg, path, OUTPUT=str(tmp_path / "out.gpkg"))
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    out = rows_by(layer, "strike_id")
    assert layer.fields().names()[:7] == [
        "fid", "strike_id", "date", "actor", "confidence", "precision_km", "source",
    ]  # fmt: skip
    assert "id" in layer.fields().names()  # the BOM is not glued to the first header
    assert out["1"]["place"] == "تلبيسة" and out["2"]["place"] == "Растан"
    assert out["3"]["place"] == "Kafr Zitā, Ḥamāh"
    assert point(out["3"]) == (36.60167, 35.37361)


@pytest.mark.parametrize("name", ["tabs.tsv", "tabs.txt"])
def test_tab_separated(run_alg, tmp_path, name):
    text = "id\tdate\tlat\tlon\n1\t30/09/2015\t34.8\t36.7\n"
    out = strikes(run(run_alg, write(tmp_path, name, text)))
    assert qdate(out["1"]["date"]) == D


def test_windows_1252_read_and_foreign_codepages_refused(run_alg, tmp_path):
    text = "id,date,lat,lon,place\n1,2015-09-30,35.1,36.7,Hamá – près du café\n"
    out = strikes(run(run_alg, write(tmp_path, "w1252.csv", text, "windows-1252")))
    assert out["1"]["place"] == "Hamá – près du café"
    arabic = "id,date,lat,lon,place\n1,2015-09-30,34.8,36.7,تلبيسة\n"
    path = write(tmp_path, "w1256.csv", arabic, "windows-1256")
    with pytest.raises(QgsProcessingException) as error:
        run(run_alg, path)
    assert "UTF-8" in str(error.value) and "windows-1256" in str(error.value)
    out = strikes(run(run_alg, path, ENCODING="windows-1256"))
    assert out["1"]["place"] == "تلبيسة"


# -- other formats ----------------------------------------------------------------------------

POINTS = [
    ("POINT(36.7333 34.8333)", ["a", "30/09/2015", "Talbiseh", "High-confidence reporting"]),
    ("POINT(36.733 34.917)", ["b", "2015-09-30", "الرستن", "Low"]),
    (None, ["c", "2015-09-30", "nowhere", ""]),
]


def point_layer(crs="EPSG:4326", rows=POINTS):
    fields = ["strike:string", "when:string", "site:string", "confidence:string"]
    return memory_layer("Point", crs, fields, rows, "strikes")


@pytest.mark.parametrize(
    "driver, name", [("GPKG", "p.gpkg"), ("ESRI Shapefile", "p.shp"), ("GeoJSON", "p.geojson")]
)
def test_ogr_formats_use_the_layer_geometry(run_alg, tmp_path, driver, name):
    path = write_layer(point_layer(), tmp_path / name, driver)
    result = run(run_alg, path, ID_FIELD="strike", DATE_FIELD="when")
    out = strikes(result)
    assert sorted(out) == ["a", "b"]
    assert point(out["a"]) == (36.7333, 34.8333) and qdate(out["a"]["date"]) == D
    assert out["a"]["confidence"] == "high" and out["b"]["site"] == "الرستن"
    ((line, reason, raw),) = errors(result)
    assert reason == "no geometry" and "strike=c" in raw


def test_projected_layer_is_transformed_to_wgs84(run_alg):
    layer = point_layer("EPSG:3857", [("POINT(4089000 4139000)", ["m", "2015-09-30", "x", ""])])
    out = strikes(run(run_alg, layer, ID_FIELD="strike"))
    lon, lat = point(out["m"])
    radius = 6378137.0  # spherical Web Mercator, inverted by hand
    assert lon == pytest.approx(math.degrees(4089000 / radius), abs=1e-6)
    assert lat == pytest.approx(math.degrees(math.atan(math.sinh(4139000 / radius))), abs=1e-6)


def test_date_fields_of_a_geopackage(run_alg, tmp_path):
    layer = memory_layer(
        "Point", "EPSG:4326", ["name:string", "day:date"],
        [("POINT(36.7 34.8)", ["a", "2015-09-30"])],
    )  # fmt: skip
    path = write_layer(layer, tmp_path / "dated.gpkg", "GPKG")
    out = strikes(run(run_alg, path), "name")
    assert qdate(out["a"]["date"]) == D


def test_kml_and_kmz(run_alg, tmp_path):
    placemarks = [
        ("Talbiseh", kml_point(36.7333, 34.8333),
         {"date": "30 September 2015", "confidence": "High-confidence reporting"}),
        ("Ар-Растан", kml_point(36.733, 34.917), {"date": "2015-09-30"}),
    ]  # fmt: skip
    for path in (
        write_kml(tmp_path / "s.kml", placemarks),
        write_kmz(tmp_path / "s.kmz", placemarks),
    ):
        result = run(run_alg, path)
        out = rows_by(result["OUTPUT"], "Name")
        assert sorted(out) == ["Talbiseh", "Ар-Растан"], path
        assert point(out["Talbiseh"]) == (36.7333, 34.8333)
        assert qdate(out["Ар-Растан"]["date"]) == D
        assert out["Talbiseh"]["confidence"] == "high"


def test_kml_every_folder_its_times_and_broken_placemarks_reported(run_alg, tmp_path):
    # GDAL opens one folder per layer (a path alone gives the first) and reads ExtendedData only
    # with LIBKML: StrikeCheck reads the file itself, so all three folders arrive on any GDAL.
    path = tmp_path / "my_maps.kml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
        "<Document><name>Strikes</name>"
        "<Folder><name>30 September</name>"
        "<Placemark><name>Talbiseh</name><TimeStamp><when>2015-09-30</when></TimeStamp>"
        "<Point><coordinates>36.7333,34.8333,0</coordinates></Point></Placemark>"
        "<Placemark><name>Swapped</name><TimeStamp><when>2015-09-30</when></TimeStamp>"
        "<Point><coordinates>34.9,136.7</coordinates></Point></Placemark></Folder>"
        "<Folder><name>1 October</name><Placemark><name>Latamneh</name>"
        "<TimeStamp><when>2015-10-01</when></TimeStamp>"
        "<Point><coordinates>36.6833,35.3167</coordinates></Point></Placemark></Folder>"
        "</Document></kml>",
        encoding="utf-8",
    )
    feedback = RecordingFeedback()
    result = run(run_alg, path, feedback)
    out = rows_by(result["OUTPUT"], "Name")
    assert sorted(out) == ["Latamneh", "Talbiseh"]
    assert qdate(out["Latamneh"]["date"]) == dt.date(2015, 10, 1)
    assert out["Latamneh"]["folder"] == "1 October"
    assert point(out["Latamneh"]) == (36.6833, 35.3167)
    ((line, reason, raw),) = errors(result)
    assert "coordinates '34.9,136.7' are outside longitude -180..180" in reason
    assert "Name=Swapped" in raw and "folder=30 September" in raw
    assert any("my_maps.kml: 3 placemarks read" in m for m in feedback.infos)
    assert path.read_text(encoding="utf-8").count("<Placemark>") == 3  # input untouched


def test_unreadable_kmz_is_a_clear_message(run_alg, tmp_path):
    path = tmp_path / "export.kmz"
    path.write_bytes(b"<html>Sign in to continue</html>")
    with pytest.raises(QgsProcessingException, match="'.*export.kmz' is not a KMZ"):
        run(run_alg, path)


def test_xlsx_rows_reported_by_spreadsheet_row(run_alg, tmp_path):
    path = write_xlsx(
        tmp_path / "s.xlsx",
        [
            ["id", "date", "lat", "lon", "place"],
            ["a", "2015-09-30", 34.8333, 36.7333, "تلبيسة"],
            ["b", "30/09/2015", 134.2, 36.7, "Hamá"],
            ["c", "30 September 2015", 35.0, 36.0, "Харків"],
        ],
    )
    result = run(run_alg, path)
    out = strikes(result)
    assert sorted(out) == ["a", "c"]
    assert out["a"]["place"] == "تلبيسة" and out["c"]["place"] == "Харків"
    assert errors(result)[0][:2] == (3, "latitude 134.2 outside -90..90")


def test_multipoints_stay_multipoints(run_alg):
    layer = memory_layer(
        "MultiPoint", "EPSG:4326", ["id:string"],
        [("MULTIPOINT((36.7 34.8),(36.8 34.9))", ["m"]), ("MULTIPOINT((36.1 35.1))", ["s"])],
    )  # fmt: skip
    out = strikes(run(run_alg, layer))
    assert out["m"].geometry().isMultipart() and len(out["m"].geometry().asMultiPoint()) == 2


def test_polygon_layer_without_coordinate_columns_is_a_sentence(run_alg):
    layer = memory_layer(
        "Polygon", "EPSG:4326", ["id:string"], [("POLYGON((0 0,1 0,1 1,0 0))", ["p"])]
    )
    with pytest.raises(QgsProcessingException, match="LAT_FIELD"):
        run(run_alg, layer)


# -- layers: read, never modified ------------------------------------------------------------


def test_input_layer_is_not_modified(run_alg):
    layer = point_layer()
    before = [(f.attributes(), f.geometry().asWkt()) for f in layer.getFeatures()]
    names = layer.fields().names()
    run(run_alg, layer, ID_FIELD="strike", DATE_FIELD="when")
    assert layer.fields().names() == names
    assert [(f.attributes(), f.geometry().asWkt()) for f in layer.getFeatures()] == before


def test_selected_features_only(run_alg):
    layer = point_layer()
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([f.id() for f in layer.getFeatures() if f["strike"] == "b"])
        source = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        out = strikes(run(run_alg, source, ID_FIELD="strike", DATE_FIELD="when"))
        assert sorted(out) == ["b"]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_loaded_delimited_text_layer_is_read_from_its_file(run_alg, tmp_path):
    path = write(tmp_path, "broken.csv", BROKEN)
    uri = f"file://{path}?type=csv&xField=longitude&yField=latitude&crs=EPSG:4326"
    layer = QgsVectorLayer(uri, "broken", "delimitedtext")
    assert layer.isValid()
    # QGIS itself leaves out the rows it cannot place; the importer accounts for every one.
    for source in (layer, f"delimitedtext://{uri}"):
        result = run(run_alg, source)
        assert result["OUTPUT"].featureCount() == 3 and result["ERRORS"].featureCount() == 6


def test_help_names_every_parameter_and_output_field(strikecheck_plugin):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    text = algorithm.shortHelpString()
    for definition in algorithm.parameterDefinitions():
        assert f"<b>{definition.name()}</b>" in text, definition.name()
    for name in ("strike_id", "date", "actor", "confidence", "precision_km", "source", "line",
                 "feature_id", "reason", "raw",
                 "qgis_process run strikecheck:importstrikes"):  # fmt: skip
        assert name in text, name


@pytest.mark.parametrize("suffix", ["gpkg", "csv", "geojson"])
def test_outputs_written_to_files(run_alg, tmp_path, suffix):
    result = run(
        run_alg,
        write(tmp_path, "broken.csv", BROKEN),
        OUTPUT=str(tmp_path / f"strikes.{suffix}"),
        ERRORS=str(tmp_path / f"errors.{suffix}"),
    )
    written = QgsVectorLayer(result["ERRORS"], "errors", "ogr")
    assert written.featureCount() == 6
    lines = sorted(int(f["line"]) for f in written.getFeatures())
    assert lines == [3, 4, 7, 8, 9, 10]
    assert QgsVectorLayer(result["OUTPUT"], "strikes", "ogr").featureCount() == 3


def test_xlsx_of_text_cells_keeps_its_header(run_alg, tmp_path):
    # GDAL reads the header of an all-text sheet as data (columns Field1, Field2...).
    path = write_xlsx(
        tmp_path / "text.xlsx",
        [["id", "date", "lat", "lon"], ["a", "30/09/2015", "34,8333", "36,7333"],
         ["b", "30/09/2015", "134.2", "36.7"]],
    )  # fmt: skip
    result = run(run_alg, path)
    out = strikes(result)
    assert sorted(out) == ["a"] and point(out["a"]) == (36.7333, 34.8333)
    assert qdate(out["a"]["date"]) == D and out["a"]["lat"] == "34,8333"
    assert errors(result)[0][:2] == (3, "latitude 134.2 outside -90..90")


def test_missing_python_packages_give_the_install_command(run_alg, tmp_path, monkeypatch):
    # A QGIS whose Python lacks shapely: the check says what to install, no traceback.
    from strikecheck.plugin.processing import base

    monkeypatch.setattr(base, "missing_requirements", lambda: ["shapely>=2"])
    path = write_kml(tmp_path / "s.kml", [("Talbiseh", kml_point(36.7333, 34.8333), {})])
    with pytest.raises(QgsProcessingException, match=r"needs Python packages .*shapely>=2"):
        run(run_alg, path)
