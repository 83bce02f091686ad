"""Hostile KML XML: no external entity is ever read, and entity bombs stop with a clear error."""

import pyexpat

import pytest

from strikecheck.plugin.core.kml import parse_kml
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
