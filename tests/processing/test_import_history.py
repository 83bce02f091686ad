"""strikecheck:importhistory: snapshot files, folders and zips in, one time-aware layer out."""

import datetime
import json
import zipfile

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.cli import enable_plugin, qgis_process
from tests.recording import RecordingFeedback

DAY = 86400
# 2023-06-02 00:00 UTC
T0 = 1685664000


def _square(x, y, size=1.0):
    ring = [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]
    return {"type": "Polygon", "coordinates": [ring]}


def _snapshot(folder, stamp, occupied_x, extra=None):
    """A DeepState-shaped export: an occupied and a liberated square, named by Unix time."""
    features = [
        {"type": "Feature", "geometry": _square(occupied_x, 47.0),
         "properties": {"name": "Occupied", "fill": "#a52714",
                        **(extra or {})}},
        {"type": "Feature", "geometry": _square(occupied_x + 1.0, 47.0),
         "properties": {"name": "Liberated", "fill": "#0288d1"}},
    ]  # fmt: skip
    path = folder / f"{stamp}.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), "utf-8")
    return path


@pytest.fixture()
def history(tmp_path):
    """Five snapshots (two on 2023-06-03), one broken file, in a folder."""
    folder = tmp_path / "history"
    folder.mkdir()
    _snapshot(folder, T0, 35.0)  # 2023-06-02
    _snapshot(folder, T0 + DAY + 3600, 36.0)  # 2023-06-03 01:00, superseded the same day
    _snapshot(folder, T0 + DAY + 20 * 3600, 37.0, {"note": "late"})  # 2023-06-03 20:00
    _snapshot(folder, T0 + 2 * DAY, 38.0)  # 2023-06-04
    _snapshot(folder, T0 + 30 * DAY, 39.0)  # 2023-07-02
    (folder / f"{T0 + 3 * DAY}.geojson").write_text("{ not json", "utf-8")
    return folder


def _contents(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _layer(result):

    layer = result["OUTPUT"]
    return layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer, "h", "ogr")


class Log:
    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        self.lines = []
        outer = self

        class Feedback(QgsProcessingFeedback):
            def pushInfo(self, text):
                outer.lines.append(text)

            def pushWarning(self, text):
                outer.lines.append("WARNING " + text)

        self.feedback = Feedback()

    def text(self):
        return "\n".join(self.lines)


def _rows(layer):
    from strikecheck.plugin.layer_io.tables import read_columns

    _, columns = read_columns(layer, ["faction", "valid_from", "note", "name"])
    return columns


def test_a_folder_becomes_one_dated_layer(run_alg, history, tmp_path):
    before = _contents(history)
    log = Log()
    out = tmp_path / "history.gpkg"
    run_alg(
        "strikecheck:importhistory",
        {"INPUT": [str(history)], "PRESET": "ukraine", "OUTPUT": str(out)},
        log.feedback,
    )
    columns = _rows(QgsVectorLayer(str(out), "h", "ogr"))
    days = sorted({d.isoformat() for d in columns["valid_from"]})
    assert days == ["2023-06-02", "2023-06-03", "2023-06-04", "2023-07-02"]
    assert len(columns["faction"]) == 8
    assert set(columns["faction"]) == {"russia_occupied", "ukraine_held"}
    # the later of the two 2023-06-03 files won; its extra field is in the union
    assert columns["note"].count("late") == 1
    assert f"'{T0 + DAY + 3600}.geojson' skipped" in log.text()
    assert f"WARNING '{T0 + 3 * DAY}.geojson' skipped" in log.text()
    assert _contents(history) == before


def test_a_zip_and_a_list_of_files(run_alg, history, tmp_path):
    archive = tmp_path / "history.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in history.iterdir():
            zipped.write(path, path.name)
    result = run_alg(
        "strikecheck:importhistory",
        {"INPUT": [str(archive)], "PRESET": "ukraine", "OUTPUT": "memory:"},
    )
    assert _layer(result).featureCount() == 8
    two = [str(history / f"{T0}.geojson"), str(history / f"{T0 + 2 * DAY}.geojson")]
    result = run_alg(
        "strikecheck:importhistory", {"INPUT": two, "PRESET": "ukraine", "OUTPUT": "memory:"}
    )
    assert sorted({d.isoformat() for d in _rows(_layer(result))["valid_from"]}) == [
        "2023-06-02",
        "2023-06-04",
    ]


def test_dates_from_a_pattern_and_mapping_forwarded(run_alg, tmp_path):
    folder = tmp_path / "named"
    folder.mkdir()
    first = _snapshot(folder, "a", 35.0)
    first.rename(folder / "map 01.05.2022.geojson")
    _snapshot(folder, "b", 36.0).rename(folder / "map 02.05.2022.geojson")
    result = run_alg(
        "strikecheck:importhistory",
        {
            "INPUT": [str(folder)],
            "PRESET": "ukraine",
            "MAPPING": "Liberated=contested",
            "DATE_PATTERN": r"(?P<day>\d\d)\.(?P<month>\d\d)\.(?P<year>\d{4})",
            "OUTPUT": "memory:",
        },
    )
    columns = _rows(_layer(result))
    assert sorted({d.isoformat() for d in columns["valid_from"]}) == ["2022-05-01", "2022-05-02"]
    assert columns["faction"].count("contested") == 2


def test_nearestfaction_reads_the_right_snapshot(run_alg, history, tmp_path):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY
    from qgis.PyQt.QtCore import QDate, QVariant

    control = run_alg(
        "strikecheck:importhistory",
        {"INPUT": [str(history)], "PRESET": "ukraine", "OUTPUT": "memory:"},
    )["OUTPUT"]
    strikes = QgsVectorLayer("Point?crs=EPSG:4326", "strikes", "memory")
    strikes.dataProvider().addAttributes([QgsField("date", QVariant.Date)])
    strikes.updateFields()
    feature = QgsFeature(strikes.fields())
    # x=37.5 is occupied from 2023-06-03 (square 37-38) and liberated on 2023-06-02 (36-37: no)
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(38.5, 47.5)))
    feature.setAttributes([QDate(2023, 6, 3)])  # between the 06-03 and 06-04 snapshots
    strikes.dataProvider().addFeatures([feature])
    result = run_alg(
        "strikecheck:nearestfaction",
        {"STRIKES": strikes, "CONTROL": control, "FACTION_FIELD": "faction",
         "OUTPUT": "memory:"},
    )  # fmt: skip
    from strikecheck.plugin.layer_io.tables import read_columns

    _, columns = read_columns(result["OUTPUT"], ["controlled_by", "snapshot_date"])
    # on 2023-06-03 the occupied square is 37-38 and the liberated one 38-39
    assert columns["controlled_by"] == ["ukraine_held"]
    assert str(columns["snapshot_date"][0])[:10] == "2023-06-03"


def test_through_qgis_process(history, tmp_path):
    enable_plugin()
    out = tmp_path / "cli.gpkg"
    done = qgis_process(
        "run", "strikecheck:importhistory", "--", f"INPUT={history}", "PRESET=ukraine",
        f"OUTPUT={out}",
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert QgsVectorLayer(str(out), "h", "ogr").featureCount() == 8


def test_file_name_dates():
    from strikecheck.plugin.core.messages import InputError
    from strikecheck.plugin.core.snapshots import compile_pattern, date_from_name

    assert date_from_name("1685748729")[0] == datetime.date(2023, 6, 2)
    assert date_from_name("control_2023-06-02")[0] == datetime.date(2023, 6, 2)
    assert date_from_name("control_20230602")[0] == datetime.date(2023, 6, 2)
    assert date_from_name("control") == (None, None)
    with pytest.raises(InputError):
        compile_pattern(r"(?P<year>\d{4})")


VIINA = (
    "geonameid,name,lon,lat,ctr_20220301,ctr_20220302,ctr_20220303\n"
    "1,Alpha,37.5,47.5,UA,UA,ru\n"
    "2,Beta,36.0,48.0,CONTESTED,,CONTESTED\n"
    "3,Gamma,36.5,48.5,UA,OTHER,UA\n"
)
CARTER = (
    "place,lat,lon,date,control\n"
    "Alpha,47.5,37.5,2022-03-01,Ukraine\n"
    "Alpha,47.5,37.5,2022-03-05,RU\n"
    "Alpha,47.5,37.5,2022-03-09,RU\n"
    "Beta,48.0,36.0,not a date,UA\n"
)


def _table(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def test_a_viina_table_becomes_dated_town_points(run_alg, tmp_path):
    path = _table(tmp_path, "viina.csv", VIINA)
    before = path.read_bytes()
    result = run_alg(
        "strikecheck:importcontroltable",
        {"INPUT": str(path), "PRESET": "ukraine", "OUTPUT": "memory:"},
    )
    from strikecheck.plugin.layer_io.tables import read_columns

    _, columns = read_columns(result["OUTPUT"], ["place", "faction", "raw_faction", "valid_from"])
    rows = sorted(zip(columns["place"], columns["valid_from"], columns["faction"]))
    assert [(p, d.isoformat(), f) for p, d, f in rows] == [
        ("Alpha", "2022-03-01", "ukraine_held"),
        ("Alpha", "2022-03-03", "russia_occupied"),
        ("Beta", "2022-03-01", "contested"),
        ("Gamma", "2022-03-01", "ukraine_held"),
        ("Gamma", "2022-03-02", "other"),
        ("Gamma", "2022-03-03", "ukraine_held"),
    ]
    assert path.read_bytes() == before


def test_a_carter_table_and_nearestfaction_reads_it(run_alg, tmp_path):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY
    from qgis.PyQt.QtCore import QDate, QVariant

    from strikecheck.plugin.layer_io.tables import read_columns

    path = _table(tmp_path, "carter.csv", CARTER)
    control = run_alg(
        "strikecheck:importcontroltable",
        {"INPUT": str(path), "PRESET": "ukraine", "OUTPUT": "memory:"},
    )["OUTPUT"]
    _, columns = read_columns(control, ["faction", "valid_from"])
    assert columns["faction"] == ["ukraine_held", "russia_occupied"]
    strikes = QgsVectorLayer("Point?crs=EPSG:4326", "strikes", "memory")
    strikes.dataProvider().addAttributes([QgsField("date", QVariant.Date)])
    strikes.updateFields()
    features = []
    for day in (QDate(2022, 3, 3), QDate(2022, 3, 7)):
        feature = QgsFeature(strikes.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(37.6, 47.5)))
        feature.setAttributes([day])
        features.append(feature)
    strikes.dataProvider().addFeatures(features)
    result = run_alg(
        "strikecheck:nearestfaction",
        {"STRIKES": strikes, "CONTROL": control, "FACTION_FIELD": "faction",
         "OUTPUT": "memory:"},
    )  # fmt: skip
    _, columns = read_columns(result["OUTPUT"], ["nearest_other", "snapshot_date"])
    assert columns["nearest_other"] == ["ukraine_held", "russia_occupied"]


def test_the_remainder_is_added_to_every_snapshot(run_alg, tmp_path):
    # REMAINDER_FACTION and OUTLINE reach importcontrol for each file: the outline minus what
    # each snapshot draws, so the rest of the country is held in every snapshot.
    import shapely
    from qgis.core import QgsVectorLayer as Layer

    from tests.layers import memory_layer

    folder = tmp_path / "history"
    folder.mkdir()
    _snapshot(folder, T0, 35.0)
    _snapshot(folder, T0 + 2 * DAY, 36.0)
    outline = memory_layer(
        "Polygon", "EPSG:4326", ["name:string"],
        [("POLYGON((34 46,40 46,40 49,34 49,34 46))", ["country"])], "outline",
    )  # fmt: skip
    out = tmp_path / "history.gpkg"
    run_alg(
        "strikecheck:importhistory",
        {"INPUT": [str(folder)], "PRESET": "ukraine", "REMAINDER_FACTION": "ukraine_held",
         "OUTLINE": outline, "OUTPUT": str(out)},
    )  # fmt: skip
    layer = Layer(str(out), "h", "ogr")
    by_day = {}
    for feature in layer.getFeatures():
        key = (feature["valid_from"].toString("yyyy-MM-dd"), feature["faction"])
        area = shapely.from_wkt(feature.geometry().asWkt()).area
        by_day[key] = by_day.get(key, 0.0) + area
    # Outline 6 x 3 = 18 square degrees; each snapshot draws two 1 x 1 squares.
    for day in ("2023-06-02", "2023-06-04"):
        assert by_day[(day, "russia_occupied")] == pytest.approx(1.0)
        assert by_day[(day, "ukraine_held")] == pytest.approx(18.0 - 2.0 + 1.0)


def test_a_remainder_without_an_outline_stops_before_the_first_file(run_alg, tmp_path):
    folder = tmp_path / "history"
    folder.mkdir()
    _snapshot(folder, T0, 35.0)
    _snapshot(folder, T0 + 2 * DAY, 36.0)
    feedback = RecordingFeedback()
    with pytest.raises(QgsProcessingException, match="REMAINDER_FACTION needs an outline"):
        run_alg(
            "strikecheck:importhistory",
            {"INPUT": [str(folder)], "PRESET": "ukraine", "REMAINDER_FACTION": "ukraine_held",
             "OUTPUT": str(tmp_path / "history.gpkg")},
            feedback,
        )  # fmt: skip
    # One sentence, not a warning per file and then "None of the files could be imported".
    assert not feedback.warnings and not any("Snapshot 1" in line for line in feedback.infos)
    assert not (tmp_path / "history.gpkg").exists()
