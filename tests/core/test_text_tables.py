"""Delimited text: encodings, BOMs, delimiters, line numbers and raw text of every record."""

import codecs

import pytest

from strikecheck.plugin.core.messages import InputError
from strikecheck.plugin.core.text_tables import _lines, decode, read_text_table

ROWS = "id,site,lat,lon\n1,Talbiseh,34.8333,36.7333\n2,تلبيسة,34.8333,36.7333\n"


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


@pytest.mark.parametrize(
    "data, encoding",
    [
        (ROWS.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ROWS.encode("utf-8"), "utf-8-sig"),
        (ROWS.encode("utf-16"), "utf-16"),
    ],
)
def test_unicode_files_with_and_without_bom(tmp_path, data, encoding):
    table = read_text_table(write(tmp_path, "a.csv", data))
    assert table.encoding == encoding
    assert table.header == ["id", "site", "lat", "lon"]  # no BOM glued to 'id'
    assert table.rows[1].values[1] == "تلبيسة"


def test_windows_1252_is_read_correctly(tmp_path):
    text = "id;place;note\n1;Hama;café près de l’église – 5 km\n"
    table = read_text_table(write(tmp_path, "w.csv", text.encode("windows-1252")))
    assert table.encoding == "windows-1252" and table.delimiter == ";"
    assert table.rows[0].values[2] == "café près de l’église – 5 km"


@pytest.mark.parametrize("codec", ["windows-1256", "windows-1251"])
def test_arabic_or_cyrillic_windows_text_is_refused_not_garbled(tmp_path, codec):
    text = "id,place\n1,تلبيسة\n" if codec == "windows-1256" else "id,place\n1,Харків\n"
    path = write(tmp_path, "x.csv", text.encode(codec))
    with pytest.raises(InputError) as error:
        read_text_table(path)
    assert "UTF-8" in str(error.value) and "line 2" in str(error.value)
    # ... and read correctly when the user names the encoding.
    table = read_text_table(path, encoding=codec)
    assert table.rows[0].values[1] == text.split("\n")[1].split(",")[1]


def test_mixed_encodings_are_refused(tmp_path):
    data = "id,place\n1,Aléppo\n".encode() + "2,Hamá\n".encode("windows-1252")
    with pytest.raises(InputError) as error:
        read_text_table(write(tmp_path, "m.csv", data))
    assert "mixes UTF-8" in str(error.value) and "line 3" in str(error.value)


def test_unknown_encoding_name():
    with pytest.raises(InputError) as error:
        decode(b"a", "klingon")
    assert "klingon" in str(error.value)


@pytest.mark.parametrize(
    "text, delimiter",
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2,5;3\n", ";"),
        ("a\tb\tc\n1\t2, 3\t4\n", "\t"),
        ("a|b|c\n1|2|3\n", "|"),
        ('lat;lon;note\n"34,8";"36,7";"a, b, c"\n', ";"),
    ],
)
def test_delimiter_is_sniffed(tmp_path, text, delimiter):
    assert read_text_table(write(tmp_path, "d.txt", text)).delimiter == delimiter


def test_line_numbers_and_raw_text_survive_quoted_newlines(tmp_path):
    text = 'id,note\n1,"first\nsecond line"\n\n2,plain\n3,"a","b"\n,\n4,x\n'
    table = read_text_table(write(tmp_path, "n.csv", text))
    assert [(r.line, r.values) for r in table.rows] == [
        (2, ["1", "first\nsecond line"]),
        (5, ["2", "plain"]),
        (8, ["4", "x"]),
    ]
    assert table.rows[0].raw == '1,"first\nsecond line"'
    line, raw, reason = table.rejected[0]
    assert (line, raw) == (6, '3,"a","b"') and "3 values but the header has 2" in str(reason)
    assert table.empty_rows == 1


def test_empty_and_repeated_headers_are_named(tmp_path):
    table = read_text_table(write(tmp_path, "h.csv", "a,,a,b\n1,2,3,4\n"))
    assert table.header == ["a", "field_2", "a_2", "b"]
    assert len(table.notes) == 3


def test_empty_file(tmp_path):
    with pytest.raises(InputError):
        read_text_table(write(tmp_path, "e.csv", "  \n"))


@pytest.mark.parametrize("chunk", [1, 3, 7, 1000])
def test_lines_read_a_piece_at_a_time_are_the_lines_of_one_read(chunk):
    import io

    text = 'a,b\r\nx,"1\n2"\ry,\x1c3\u2028\n\nz,4\r\n\r\nlast,5'
    fractions = []
    lines = _lines(text, fractions.append, chunk=chunk)
    assert lines == io.StringIO(text, newline="").readlines()
    assert fractions[-1] == 1.0 and fractions == sorted(fractions)
