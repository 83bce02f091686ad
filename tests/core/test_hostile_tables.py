"""Delimited text with hostile bytes: nothing cut or shifted silently, no runaway messages."""

import pytest

from strikecheck.plugin.core.coordinates import check_position
from strikecheck.plugin.core.messages import InputError
from strikecheck.plugin.core.strike_columns import parse_precision_table, precision_from_km
from strikecheck.plugin.core.text_tables import read_text_table


def test_separators_inside_values_keep_lines_and_raw_text_aligned(tmp_path):
    path = tmp_path / "odd.csv"
    rows = ['1,"x\u2028y"', '2,"p\x1cq"', '3,"r\x85s"', "4,a,too,many", "5,last"]
    path.write_text("id,name\n" + "\n".join(rows) + "\n", encoding="utf-8")
    table = read_text_table(path)
    assert [r.values for r in table.rows] == [
        ["1", "x\u2028y"], ["2", "p\x1cq"], ["3", "r\x85s"], ["5", "last"]
    ]  # fmt: skip
    assert [r.line for r in table.rows] == [2, 3, 4, 6]
    assert [r.raw for r in table.rows] == [rows[0], rows[1], rows[2], rows[4]]
    line, raw, _reason = table.rejected[0]
    assert (line, raw) == (5, "4,a,too,many")


def test_nul_bytes_are_removed_and_said(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes(b'id,name\n1,"a\x00b"\n')
    table = read_text_table(path)
    assert table.rows[0].values == ["1", "ab"] and "\x00" not in table.rows[0].raw
    assert any("NUL characters" in str(note) for note in table.notes)


def test_infinite_precision_is_not_a_distance():
    assert precision_from_km("1e400") == (None, "1e400")
    assert precision_from_km("inf") == (None, "inf")
    with pytest.raises(InputError):
        parse_precision_table("1=1e400")


def test_huge_coordinates_are_named_briefly():
    message = str(check_position(36.0, 1e308, None))
    assert "1e+308" in message and len(message) < 60


@pytest.mark.parametrize("encoding", ["rot-13", "base64", "zlib"])
def test_codecs_that_are_not_text_encodings_are_a_clear_error(tmp_path, encoding):
    path = tmp_path / "t.csv"
    path.write_text("id,name\n1,a\n", encoding="utf-8")
    with pytest.raises(InputError, match=f"Unknown encoding '{encoding}'"):
        read_text_table(path, encoding)
