"""Event datasets beyond ACLED through strikecheck:importstrikes, and their date windows through
strikecheck:nearestfaction: fixtures in the shapes UCDP GED, CIR/Bellingcat, Airwars and ACLED
publish, written by the tests (invented rows, never real ones)."""

import datetime as dt
import json

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from tests.cli import enable_plugin, qgis_process
from tests.layers import memory_layer, rows_by
from tests.recording import RecordingFeedback

ALG = "strikecheck:importstrikes"

# UCDP GED's columns, in its order; the rows are invented.
UCDP_HEADER = (
    "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,"
    "conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,"
    "side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,"
    "source_date,source_headline,source_original,where_prec,where_coordinates,"
    "where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,"
    "region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,"
    "deaths_unknown,best,high,low,gwnoa,gwnob"
)


def ucdp_row(event_id, where_prec, lat, lon, start, end, side_a="Government of Russia"):
    cells = [
        event_id, f"TST-2022-1-{event_id}", start[:4], "True", "Clear", "1", "999", "999",
        "Testland: Territory", "888", "888", f"{side_a} - Side B", "1", "1", side_a, "2", "2",
        "Side B", "1", '"""Wire,2022-03-01,Headline"""', "Wire", start, "Headline", "Officials",
        where_prec, "Town", "Town (near)", "Region A", "", lat, lon, f"POINT ({lon} {lat})",
        "1", "Testland", "1", "Europe", "1", "1", start, end, "0", "0", "1", "0", "1", "1", "1",
        "1", "",
    ]  # fmt: skip
    return ",".join(cells)


UCDP = (
    "\n".join(
        [
            UCDP_HEADER,
            ucdp_row("101", "1", "48.5", "30.5", "2022-03-02", "2022-03-02"),
            ucdp_row("102", "2", "48.5", "30.5", "2022-03-05", "2022-03-12"),  # spans the change
            ucdp_row("103", "4", "48.5", "30.5", "2022-03-11", "2022-03-20"),
            ucdp_row("104", "6", "48.6", "30.6", "2022-03-01", "2022-03-31"),
            ucdp_row("105", "9", "48.7", "30.7", "2022-03-03", "2022-03-03"),  # no such code
            ucdp_row("106", "3", "48.8", "30.8", "2022-03-09", "2022-03-02"),  # ends before start
        ]
    )
    + "\n"
)


def run(run_alg, path, feedback=None, **extra):
    params = {"INPUT": str(path), "OUTPUT": "TEMPORARY_OUTPUT", "ERRORS": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return run_alg(ALG, params, feedback)


def day(value):
    return value.toPyDate() if value is not None and not value.isNull() else None


def test_ucdp_ged_codes_windows_and_a_wrong_code(run_alg, tmp_path):
    path = tmp_path / "ged.csv"
    path.write_text(UCDP, encoding="utf-8")
    feedback = RecordingFeedback()
    result = run(run_alg, path, feedback)
    out = rows_by(result["OUTPUT"], "strike_id")
    assert sorted(out) == ["101", "102", "103", "104", "105"]
    # UCDP's own radius for code 2 (25 km); StrikeCheck's for the others (help and docs).
    assert [out[k]["precision_km"] for k in ("101", "102", "103", "104")] == [2, 25, 150, 500]
    assert not isinstance(out["105"]["precision_km"], (int, float))  # NULL: no such code
    assert day(out["102"]["date"]) == dt.date(2022, 3, 5)
    assert day(out["102"]["date_end"]) == dt.date(2022, 3, 12)
    assert day(out["101"]["date_end"]) == dt.date(2022, 3, 2)
    assert out["102"]["actor"] == "Government of Russia"
    assert "Event dataset recognised by its columns: UCDP GED." in feedback.infos
    assert any("UCDP GED does not define" in w and "'9' (1)" in w for w in feedback.warnings)
    reasons = [f["reason"] for f in result["ERRORS"].getFeatures()]
    assert reasons == ["'date_end' 2022-03-02 is before the date 2022-03-09"]


def test_user_override_wins_over_the_source_table(run_alg, tmp_path):
    path = tmp_path / "ged.csv"
    path.write_text(UCDP, encoding="utf-8")
    feedback = RecordingFeedback()
    out = rows_by(run(run_alg, path, feedback, PRECISION_KM="6=300;9=1")["OUTPUT"], "strike_id")
    assert out["104"]["precision_km"] == 300 and out["105"]["precision_km"] == 1
    assert out["102"]["precision_km"] == 25  # the rest of UCDP's table stays
    assert not any("does not define" in w for w in feedback.warnings)


def test_cir_bellingcat_geojson(run_alg, tmp_path):
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [36.25, 49.99]},
            "properties": {
                "id": "CIV0001", "verifiedDate": "2022-03-01T12:00:00Z",
                "url": "https://example.org/post/1", "status": "Verified",
                "credit": "Test", "description": "Strike on a residential block (invented)",
                "country": "Ukraine", "province": "Kharkiv", "district": "Kharkivskyi",
                "city": "Kharkiv", "categories": ["Bombing", "Residential"],
            },
        },
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [30.52, 50.45]},
            "properties": {
                "id": "CIV0002", "verifiedDate": "2022-03-02T08:30:00Z",
                "url": "https://example.org/post/2", "status": "Verified", "credit": "Test",
                "description": "Damage to a school (invented)", "country": "Ukraine",
                "province": "Kyiv", "district": "", "city": "Kyiv", "categories": ["School"],
            },
        },
    ]  # fmt: skip
    path = tmp_path / "events.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), "utf-8")
    feedback = RecordingFeedback()
    result = run(run_alg, path, feedback)
    out = rows_by(result["OUTPUT"], "strike_id")
    assert sorted(out) == ["CIV0001", "CIV0002"]
    assert day(out["CIV0001"]["date"]) == dt.date(2022, 3, 1)
    assert day(out["CIV0001"]["date_end"]) == dt.date(2022, 3, 1)
    assert out["CIV0002"]["source"] == "https://example.org/post/2"
    assert out["CIV0001"]["city"] == "Kharkiv"
    assert any("CIR / Bellingcat" in info for info in feedback.infos)
    assert result["ERRORS"].featureCount() == 0


def test_cir_monitor_csv(run_alg, tmp_path):
    path = tmp_path / "monitor.csv"
    path.write_text(
        "id,date,latitude,longitude,city,province,country,description,url,categories\n"
        "UW0001,2022-02-24,50.45,30.52,Kyiv,Kyiv,Ukraine,Missile strike (invented),"
        "https://example.org/1,Bombing\n",
        encoding="utf-8",
    )
    feedback = RecordingFeedback()
    out = rows_by(run(run_alg, path, feedback)["OUTPUT"], "strike_id")
    assert day(out["UW0001"]["date"]) == dt.date(2022, 2, 24)
    assert any("CIR / Bellingcat" in info for info in feedback.infos)


def test_airwars_table_words_and_a_word_it_does_not_use(run_alg, tmp_path):
    path = tmp_path / "airwars.csv"
    path.write_text(
        "Code,Date,Location,Geolocation,Geolocation accuracy,Grading,Suspected belligerent,"
        "Civilians killed\n"
        'RS101,30 September 2015,Talbiseh,"34.8333, 36.7333",Village,Fair,Russian Military,3 - 9\n'
        'RS102,30 September 2015,Homs,"34.7308, 36.7094",City,Weak,Russian Military,0 - 1\n'
        'RS103,1 October 2015,Hama,"35.13, 36.75",Province,Fair,Russian Military,1\n',
        encoding="utf-8",
    )
    feedback = RecordingFeedback()
    out = rows_by(
        run(run_alg, path, feedback, CONFIDENCE_MAPPING="Fair=high;Weak=low")["OUTPUT"],
        "strike_id",
    )
    assert out["RS101"]["precision_km"] == 3 and out["RS102"]["precision_km"] == 10
    assert out["RS101"]["actor"] == "Russian Military" and out["RS101"]["confidence"] == "high"
    assert "Event dataset recognised by its columns: Airwars." in feedback.infos
    assert any("Airwars does not define" in w and "'Province' (1)" in w for w in feedback.warnings)


ACLED = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
    "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
    "source_scale,notes,fatalities,tags,timestamp\n"
    + "".join(
        f"TST{i},{date},2022,{tp},Political violence,Explosions/Remote violence,"
        f"Air/drone strike,Military Forces of Russia (2000-),,8,,,0,80,,804,Europe,Ukraine,"
        f"Kharkiv,Kharkivskyi,,Kharkiv,49.99,36.23,{gp},Test source,National,invented,0,,0\n"
        for i, date, tp, gp in (
            (1, "2022-03-05", 1, 1),
            (2, "2022-03-16", 2, 2),  # a week: 13 to 19 March
            (3, "2022-02-15", 3, 3),  # a month: February
            (4, "2022-03-20", 5, 4),  # neither code is ACLED's
        )
    )
)


def test_acled_time_precision_week_and_month(run_alg, tmp_path):
    path = tmp_path / "acled.csv"
    path.write_text(ACLED, encoding="utf-8")
    feedback = RecordingFeedback()
    out = rows_by(run(run_alg, path, feedback)["OUTPUT"], "strike_id")
    windows = {k: (day(f["date"]), day(f["date_end"])) for k, f in out.items()}
    assert windows == {
        "TST1": (dt.date(2022, 3, 5), dt.date(2022, 3, 5)),
        "TST2": (dt.date(2022, 3, 13), dt.date(2022, 3, 19)),
        "TST3": (dt.date(2022, 2, 1), dt.date(2022, 2, 28)),
        "TST4": (dt.date(2022, 3, 20), dt.date(2022, 3, 20)),
    }
    assert out["TST2"]["event_date"] == "2022-03-16"  # the original column stays untouched
    assert any("1 strikes dated within a week" in info for info in feedback.infos)
    assert any("'5' (1)" in w for w in feedback.warnings)  # time_precision 5
    assert any("ACLED does not define" in w and "'4' (1)" in w for w in feedback.warnings)


# -- the windows in the analysis ---------------------------------------------------------------


def dated_control():
    square = "POLYGON((30 48,31 48,31 49,30 49,30 48))"
    return memory_layer(
        "Polygon",
        "EPSG:4326",
        ["faction:string", "valid_from:date"],
        [(square, ["ua", QDate(2022, 3, 1)]), (square, ["ru", QDate(2022, 3, 10)])],
        "control",
    )


def test_nearestfaction_checks_every_snapshot_of_the_window(run_alg, tmp_path):
    path = tmp_path / "ged.csv"
    path.write_text(UCDP, encoding="utf-8")
    strikes = run(run_alg, path)["OUTPUT"]
    params = {
        "STRIKES": strikes, "CONTROL": dated_control(), "FACTION_FIELD": "faction",
        "OUTPUT": "TEMPORARY_OUTPUT",
    }  # fmt: skip
    feedback = RecordingFeedback()
    out = rows_by(run_alg("strikecheck:nearestfaction", params, feedback)["OUTPUT"], "strike_id")
    assert any(
        info.startswith("3 strikes are dated over a window of days") and "for 2 of them" in info
        for info in feedback.infos
    )  # 102 and 104 (5-12 and 1-31 March) span the change; 103 (11-20 March) does not
    # 101: 2 March only (ua); 102: 5-12 March spans the change on the 10th; 103: after it;
    # 104: all March spans both; disc of 500 km crosses the square's border anyway.
    assert out["101"]["controlled_by"] == "ua" and out["101"]["controlled_by_certain"] is True
    assert out["102"]["controlled_by"] == "ua" and out["102"]["controlled_by_certain"] is False
    assert (
        "control changes within the date window 2022-03-05 to 2022-03-12"
        in (out["102"]["snapshot_note"])
    )
    assert out["102"]["possible_factions"] == "ru+ua"
    assert out["103"]["controlled_by"] == "ru" and out["103"]["controlled_by_certain"] is False
    assert out["104"]["controlled_by_certain"] is False
    # Without the window (STRIKE_DATE_END_FIELD on the start date) 102 is certain again.
    params["STRIKE_DATE_END_FIELD"] = "date"
    again = rows_by(run_alg("strikecheck:nearestfaction", params)["OUTPUT"], "strike_id")
    assert again["102"]["controlled_by_certain"] is True


def test_window_without_precision_decides_alone(run_alg):
    strikes = memory_layer(
        "Point",
        "EPSG:4326",
        ["strike_id:string", "date:date", "date_end:date"],
        [
            ("POINT(30.5 48.5)", ["in", QDate(2022, 3, 2), QDate(2022, 3, 4)]),
            ("POINT(30.5 48.5)", ["across", QDate(2022, 3, 8), QDate(2022, 3, 11)]),
            ("POINT(30.5 48.5)", ["day", QDate(2022, 3, 8), None]),
        ],
        "strikes",
    )
    params = {
        "STRIKES": strikes, "CONTROL": dated_control(), "FACTION_FIELD": "faction",
        "OUTPUT": "TEMPORARY_OUTPUT", "FRONT_DISTANCE": False,
    }  # fmt: skip
    feedback = RecordingFeedback()
    out = rows_by(run_alg("strikecheck:nearestfaction", params, feedback)["OUTPUT"], "strike_id")
    assert out["in"]["controlled_by_certain"] is True
    assert out["across"]["controlled_by_certain"] is False
    assert not isinstance(out["day"]["controlled_by_certain"], bool)  # NULL: nothing to judge
    assert not any("with a known precision" in info for info in feedback.infos)


def test_qgis_process_imports_ucdp_and_says_so(tmp_path):
    enable_plugin()
    path = tmp_path / "ged.csv"
    path.write_text(UCDP, encoding="utf-8")
    out = tmp_path / "ged.gpkg"
    done = qgis_process(
        "--json", "run", ALG, "--", f"INPUT={path}", f"OUTPUT={out}", "ERRORS=TEMPORARY_OUTPUT"
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "UCDP GED" in done.stdout + done.stderr
    layer = QgsVectorLayer(str(out), "ged", "ogr")
    assert layer.featureCount() == 5 and "date_end" in layer.fields().names()
