"""Outputs that keep what they say they wrote (issue 18): a KML with 2,100 ExtendedData names once
reported '1 rows imported' into a GeoPackage that held no layer; a refused write is an error; CSV
outputs never carry a spreadsheet formula (= + - @) from the data."""

import csv
import json
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)

from strikecheck.plugin.core.spreadsheet import safe_cell
from strikecheck.plugin.layer_io.sinks import BatchWriter, SpreadsheetSafeSink
from tests.layers import memory_layer

FORMULAS = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


def _wide_kml(path, columns):
    data = "".join(f'<Data name="c{i}"><value>v{i}</value></Data>' for i in range(columns))
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
        "<Document><Placemark><name>S1</name><TimeStamp><when>2022-03-01</when></TimeStamp>"
        f"<ExtendedData>{data}</ExtendedData><Point><coordinates>36.2,49.9</coordinates>"
        "</Point></Placemark></Document></kml>",
        encoding="utf-8",
    )
    return str(path)


def test_too_many_columns_for_a_geopackage_is_said_before_writing(run_alg, tmp_path):
    kml = _wide_kml(tmp_path / "wide.kml", 2100)
    gpkg = tmp_path / "wide.gpkg"
    with pytest.raises(QgsProcessingException, match="2110 columns; a GeoPackage table holds"):
        run_alg("strikecheck:importstrikes", {"INPUT": kml, "OUTPUT": str(gpkg)})
    # The way out the message names keeps every column.
    out = run_alg(
        "strikecheck:importstrikes", {"INPUT": kml, "OUTPUT": str(tmp_path / "wide.geojson")}
    )["OUTPUT"]
    # Read as the text it is: opened as a layer after the refused run, this file crashed
    # QGIS 3.40's exit (exit 139 once every test had passed; each step alone did not).
    features = json.loads(Path(out).read_text(encoding="utf-8"))["features"]
    assert len(features) == 1 and len(features[0]["properties"]) == 2110
    assert features[0]["properties"]["c2099"] == "v2099"


def test_a_sink_refusing_features_is_an_error_not_a_count(run_alg, tmp_path):
    # A GeoPackage refuses a second feature with the same fid (a UNIQUE constraint): a real
    # sink saying no, as it does for a full disk or a table it cannot create.
    made = memory_layer("Point", "EPSG:4326", ["id:integer"], [("POINT(1 2)", [1])], "made")
    gpkg = run_alg("native:savefeatures", {"INPUT": made, "OUTPUT": str(tmp_path / "p.gpkg")})
    layer = QgsVectorLayer(gpkg["OUTPUT"], "p", "ogr")
    taken = next(layer.getFeatures())
    again = QgsFeature(layer.fields())
    again.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(3, 4)))
    again.setAttributes([taken["fid"], 2])
    writer = BatchWriter(layer.dataProvider(), None, 1)
    writer.add(again)
    with pytest.raises(QgsProcessingException, match="refused 1 features: .*UNIQUE"):
        writer.flush()
    assert writer.written == 0 and layer.featureCount() == 1


def test_formula_cells_are_written_as_text(qgis_app):
    assert [safe_cell(v) for v in FORMULAS] == ["'" + v for v in FORMULAS]
    assert [safe_cell(v) for v in ("Idlib", "", -2.5, 3, None, "a=b")] == [
        "Idlib",
        "",
        -2.5,
        3,
        None,
        "a=b",
    ]
    layer = memory_layer("Point", "EPSG:4326", ["note:string", "km:double"], [], "out")
    sink = SpreadsheetSafeSink(layer.dataProvider())
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["=1+1", -3.5])
    assert sink.addFeatures([feature])
    written = next(layer.getFeatures())
    assert written["note"] == "'=1+1" and written["km"] == -3.5


def test_errors_and_results_as_csv_carry_no_formula(run_alg, tmp_path):
    rows = [["strike_id", "date", "latitude", "longitude", "notes"]]
    rows += [[f"S{i}", "2015-09-30", f"35.{i}", "36.5", v] for i, v in enumerate(FORMULAS[:4])]
    rows.append(["=cmd|' /C calc'!A0", "2015-09-30", "north", "36.5", "x"])  # no latitude
    source = tmp_path / "strikes.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    out_csv, errors_csv = tmp_path / "strikes_out.csv", tmp_path / "rejected.csv"
    run_alg(
        "strikecheck:importstrikes",
        {"INPUT": str(source), "OUTPUT": str(out_csv), "ERRORS": str(errors_csv)},
    )
    cells = [c for row in csv.reader(out_csv.open(encoding="utf-8")) for c in row]
    cells += [c for row in csv.reader(errors_csv.open(encoding="utf-8")) for c in row]
    assert not [c for c in cells if c.startswith(("=", "+", "@"))], cells
    assert '\'=HYPERLINK("http://x","y")' in cells and "'@SUM(A1)" in cells
    assert any(c.startswith("'=cmd|") for c in cells), cells
    # Numbers stay numbers.
    assert "36.5" in cells or "36.500000" in cells or any(c.startswith("36.5") for c in cells)


def _import_to_csv(run_alg, tmp_path, header, rows):
    source = tmp_path / "in.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header] + rows)
    out = tmp_path / "out.csv"
    run_alg("strikecheck:importstrikes", {"INPUT": str(source), "OUTPUT": str(out)})
    return list(csv.DictReader(out.open(encoding="utf-8")))


def test_a_csv_output_keeps_its_points_as_x_and_y(run_alg, tmp_path):
    rows = [
        ["S1", "2015-09-30", "34.8333", "36.7333", "=1+1"],
        ["S2", "2022-03-01", "-33.9", "-70.65", "x"],
    ]
    written = _import_to_csv(
        run_alg, tmp_path, ["id", "date", "latitude", "longitude", "note"], rows
    )
    assert [(r["strike_id"], float(r["X"]), float(r["Y"])) for r in written] == [
        ("S1", 36.7333, 34.8333),
        ("S2", -70.65, -33.9),
    ]
    assert [r["note"] for r in written] == ["'=1+1", "x"]  # still formula-safe


def test_a_csv_output_with_its_own_x_column_gets_wkt(run_alg, tmp_path):
    rows = [["S1", "2015-09-30", "34.8333", "36.7333", "kept"]]
    (written,) = _import_to_csv(run_alg, tmp_path, ["id", "date", "lat", "lon", "x"], rows)
    assert written["x"] == "kept" and written["WKT"] == "POINT (36.7333 34.8333)"
