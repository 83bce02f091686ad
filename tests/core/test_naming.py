"""Faction values become safe, distinct field names; collisions get numeric suffixes."""

from strikecheck.plugin.core.naming import faction_slug, faction_slugs, unique_name


def test_slugs_are_ascii_identifiers():
    assert faction_slug("ISIS") == "isis"
    assert faction_slug("Al-Nusra Front") == "al_nusra_front"
    assert faction_slug("Hay'at Tahrir al-Sham") == "hay_at_tahrir_al_sham"
    assert faction_slug("Ahrar al-Shām") == "ahrar_al_sham"
    assert faction_slug("1st Brigade") == "f_1st_brigade"
    assert faction_slug("x'); DROP TABLE strikes; --") == "x_drop_table_strikes"


def test_values_without_latin_letters_are_kept_distinct():
    arabic, cyrillic = faction_slug("داعش"), faction_slug("Россия")
    assert arabic.startswith("f_") and arabic.isascii() and cyrillic.startswith("f_")
    assert arabic != cyrillic


def test_values_that_normalise_alike_get_suffixes():
    assert faction_slugs(["Rebels", "rebels", "REBELS!"]) == ["rebels", "rebels_2", "rebels_3"]


def test_unique_name_is_case_insensitive():
    assert unique_name("controlled_by", ["id", "Controlled_By"]) == "controlled_by_1"
    assert unique_name("controlled_by", ["controlled_by", "controlled_by_1"]) == "controlled_by_2"
    assert unique_name("km", ["id"]) == "km"
