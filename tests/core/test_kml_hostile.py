"""Hostile KML XML: no external entity is ever read, and entity bombs stop with a clear error."""

import pyexpat
import zipfile

import pytest

from strikecheck.plugin.core.kml import parse_kml, read_kml
from strikecheck.plugin.core.kml_source import MAX_KML_ELEMENTS
from strikecheck.plugin.core.messages import InputError

PLACEMARK = "<Placemark><name>&e;</name><Point><coordinates>36,34</coordinates></Point></Placemark>"


def _kml(doctype, body=PLACEMARK):
    return (
        f'<?xml version="1.0"?>{doctype}<kml xmlns="http://www.opengis.net/kml/2.2">'
        f"<Document>{body}</Document></kml>"
    ).encode()


def test_external_entities_are_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    data = _kml(f'<!DOCTYPE kml [<!ENTITY e SYSTEM "file://{secret}">]>')
    try:
        result = parse_kml(data, "xxe.kml")
    except InputError as error:  # refusing the document is as good as ignoring the entity
        assert "xxe.kml" in str(error)
        return
    assert "TOP-SECRET-VALUE" not in repr(result)


def test_entity_expansion_bomb_is_a_clear_error():
    assert pyexpat.version_info >= (2, 4, 0)  # expat's amplification limit (billion laughs)
    entities = '<!ENTITY e0 "lol">' + "".join(
        f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10)
    )
    data = _kml(f'<!DOCTYPE kml [{entities}<!ENTITY e "&e9;">]>')
    with pytest.raises(InputError, match="bomb.kml"):
        parse_kml(data, "bomb.kml")


def test_five_thousand_nested_folders_are_read():
    depth = 5000
    body = "<Folder><name>f</name>" * depth + PLACEMARK.replace("&e;", "deep") + "</Folder>" * depth
    table = parse_kml(_kml("", body), "deep.kml")
    assert len(table.rows) == 1 and table.geometries[0].x == 36
    assert table.rows[0][table.names.index("folder")].count("f") == depth


def test_geometries_nested_thousands_deep_are_a_problem_for_that_placemark():
    point = "<Point><coordinates>36,34</coordinates></Point>"
    nested = "<MultiGeometry>" * 5000 + point + "</MultiGeometry>" * 5000
    body = f"<Placemark><name>n</name>{nested}</Placemark>" + PLACEMARK.replace("&e;", "ok")
    table = parse_kml(_kml("", body), "nested.kml")
    assert table.geometries[0] is None and table.geometries[1] is not None
    assert "nested too deeply" in str(table.problems[0][1])


@pytest.mark.parametrize("encoding", ["rot-13", "x-no-such-encoding"])
def test_an_unknown_encoding_is_a_clear_error(encoding):
    data = _kml("").replace(b'version="1.0"', f'version="1.0" encoding="{encoding}"'.encode())
    with pytest.raises(InputError, match="enc.kml"):
        parse_kml(data, "enc.kml")


def test_millions_of_tiny_elements_are_refused_before_parsing():
    body = "<a/>" * (MAX_KML_ELEMENTS + 10)
    with pytest.raises(InputError, match="too large to read as KML"):
        parse_kml(_kml("", body), "many.kml")


def _kmz(path, patch):
    """A KMZ whose one member's headers or data are changed by `patch(bytearray, offsets)`."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("doc.kml", _kml("", PLACEMARK.replace("&e;", "x") * 50))
    raw = bytearray(path.read_bytes())
    local = raw.find(b"PK\x03\x04")
    central = raw.find(b"PK\x01\x02")
    patch(raw, local, central)
    path.write_bytes(bytes(raw))
    return path


def _encrypted(raw, local, central):
    raw[local + 6] |= 0x01  # general purpose flag bit 0: encrypted
    raw[central + 8] |= 0x01


def _deflate64(raw, local, central):
    raw[local + 8] = raw[central + 10] = 9  # compression method 9: Deflate64


def _corrupt(raw, local, central):
    start = local + 30 + len("doc.kml")
    raw[start : start + 40] = b"\xff" * 40


@pytest.mark.parametrize("patch", [_encrypted, _deflate64, _corrupt])
def test_unreadable_kmz_members_are_a_clear_error(tmp_path, patch):
    path = _kmz(tmp_path / "bad.kmz", patch)
    with pytest.raises(InputError, match="bad.kmz"):
        read_kml(path)
