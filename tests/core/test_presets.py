"""Presets: bundled files load and validate; user folders override; broken files are reported."""

import json

import pytest

from strikecheck.plugin.core.messages import InputError
from strikecheck.plugin.core.presets import (
    BUNDLED,
    OKABE_ITO,
    load_preset,
    load_presets,
    preset_from_dict,
)


@pytest.fixture(scope="module")
def bundled():
    presets, problems = load_presets([BUNDLED])
    assert problems == []
    return presets


def test_bundled_presets(bundled):
    assert {"syria-2015", "ukraine", "generic"} <= set(bundled)
    syria = bundled["syria-2015"]
    assert [f.code for f in syria.factions] == ["regime", "rebel", "isis", "jn", "kurdish"]
    assert {m.code for m in syria.mixed} == {"isis+jn+rebel", "jn+rebel", "kurdish+regime"}
    assert syria.by_code("isis+jn+rebel").label == "ISIS, JN, and Rebel Control"
    assert syria.by_code("isis+jn+rebel").members == ("isis", "jn", "rebel")
    assert set(syria.palettes) == {"isw-like", "wikipedia"} and syria.default_palette == "isw-like"
    assert "unconfirmed" in syria.palettes["isw-like"]["note"]
    assert syria.by_code("rebel").colours["wikipedia"] == "#00DD00"
    assert syria.by_code("kurdish").colours["wikipedia"] == "#FFFF44"
    assert syria.by_code("jn").colours["wikipedia"] == "#6688AA"
    ukraine = bundled["ukraine"]
    assert [f.code for f in ukraine.factions] == ["ukraine_held", "russia_occupied", "contested"]
    assert bundled["generic"].factions == [] and bundled["generic"].fallback_colours == OKABE_ITO


@pytest.mark.parametrize(
    "text, code",
    [
        ("Daesh", "isis"), ("DA'ESH", "isis"), ("Islamic State", "isis"), ("ISIL", "isis"),
        ("داعش", "isis"), ("ISIS Control", "isis"), ("ИГИЛ", "isis"),
        ("Jabhat al-Nusra", "jn"), ("al Nusra front", "jn"), ("Hay’at Tahrir al-Sham", "jn"),
        ("HTS", "jn"), ("Syrian Arab Army", "regime"), ("Regime-held areas", "regime"),
        ("Free Syrian Army", "rebel"), ("Ahrar al-Shām", "rebel"), ("أحرار الشام", "rebel"),
        ("YPG", "kurdish"), ("S.D.F.", "kurdish"), ("Kurds", "kurdish"),
    ],
)  # fmt: skip
def test_syria_aliases_ignore_case_accents_and_punctuation(bundled, text, code):
    assert bundled["syria-2015"].lookup(text).code == code


@pytest.mark.parametrize(
    "text, code",
    [
        ("Occupied", "russia_occupied"), ("окупована територія", "russia_occupied"),
        ("Оккупированная территория", "russia_occupied"), ("Russian-controlled", "russia_occupied"),
        ("Україна", "ukraine_held"), ("під контролем України", "ukraine_held"),
        ("Украина", "ukraine_held"), ("Liberated", "ukraine_held"), ("Grey zone", "contested"),
        ("сіра зона", "contested"), ("серая зона", "contested"),
    ],
)  # fmt: skip
def test_ukraine_aliases_in_three_languages(bundled, text, code):
    assert bundled["ukraine"].lookup(text).code == code


def test_colours_from_palette_then_fallback_in_sorted_order(bundled):
    syria = bundled["syria-2015"]
    colours = syria.colours(["regime", "zeta", "alpha", "isis"], "wikipedia")
    assert colours["regime"] == "#FF0000" and colours["isis"] == "#000000"
    assert colours["alpha"] == OKABE_ITO[0] and colours["zeta"] == OKABE_ITO[1]
    generic = bundled["generic"].colours([f"v{i}" for i in range(10)])
    assert generic["v0"] == OKABE_ITO[0] and generic["v8"] == OKABE_ITO[0]


def _write(folder, name, data):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


MINIMAL = {
    "palettes": {"p": {"title": "P"}},
    "factions": [
        {"code": "a", "label": "A Control", "aliases": ["alpha"], "colours": {"p": "#112233"}},
        {"code": "b", "label": "B Control", "aliases": [], "colours": {"p": "#445566"}},
    ],
}


def test_user_folder_overrides_bundled_by_name(tmp_path, bundled):
    user = tmp_path / "profile" / "strikecheck" / "presets"
    _write(user, "syria-2015", MINIMAL)
    _write(user, "mine", MINIMAL)
    presets, problems = load_presets([BUNDLED, user, tmp_path / "missing"])
    assert problems == []
    assert [f.code for f in presets["syria-2015"].factions] == ["a", "b"]
    assert "mine" in presets and "ukraine" in presets


def test_a_broken_user_file_is_reported_and_skipped(tmp_path):
    _write(tmp_path, "broken", '{"factions": [}')
    _write(tmp_path, "good", MINIMAL)
    presets, problems = load_presets([tmp_path])
    assert list(presets) == ["good"]
    assert len(problems) == 1 and "broken.json" in str(problems[0]) and "line 1" in str(problems[0])


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda d: d["factions"][0].update(code="Bad Code"), "lower-case"),
        (lambda d: d["factions"][0].update(label=""), "no label"),
        (lambda d: d["factions"][0].update(colours={"p": "red"}), "#rrggbb"),
        (lambda d: d["factions"][0].update(colours={}), "no colour for palette 'p'"),
        (lambda d: d["factions"][0].update(colours={"p": "#112233", "q": "#112233"}), "'q'"),
        (lambda d: d["factions"][1].update(code="a"), "more than once"),
        (lambda d: d["factions"][1].update(aliases=["Alpha"]), "given to both"),
        (lambda d: d.update(mixed=[{"members": ["a", "x"], "label": "A+X"}]), "unknown: x"),
        (lambda d: d.update(mixed=[{"members": ["a"], "label": "A"}]), "at least two"),
        (lambda d: d.update(schema=2), "schema 2"),
        (lambda d: d["factions"][0].update(aliases="alpha"), "list of texts"),
        (lambda d: d["factions"][0].update(style_colours=["red"]), "style colour 'red'"),
        (lambda d: d.update(factions=5), "'factions' must be a list of objects"),
        (lambda d: d.update(factions="a"), "'factions' must be a list of objects"),
        (lambda d: d.update(mixed={"a": 1}), "'mixed' must be a list of objects"),
        (lambda d: d.update(palettes=["p"]), "'palettes' must map"),
        (lambda d: d.update(default_palette=["p"]), "default_palette '['p']'"),
        (
            lambda d: [f.update(style_colours=["#A52714"]) for f in d["factions"]],
            "style colour '#a52714' is given to both",
        ),
    ],
)
def test_validation_says_what_to_fix(change, words):
    data = json.loads(json.dumps(MINIMAL))
    change(data)
    with pytest.raises(InputError) as error:
        preset_from_dict(data, "x")
    assert words in str(error.value)


def test_mixed_class_code_is_sorted_members(tmp_path):
    data = dict(MINIMAL, mixed=[{"members": ["b", "a"], "label": "A and B Control"}])
    preset = load_preset(_write(tmp_path, "m", data))
    assert preset.lookup("A and B Control").code == "a+b"
    assert preset.by_code("a+b").members == ("a", "b")


def test_style_colours_name_a_faction(bundled):
    ukraine = bundled["ukraine"]
    assert ukraine.by_colour("#a52714").code == "russia_occupied"
    assert ukraine.by_colour("#0288d1").code == ukraine.by_colour("#0f9d58").code
    assert ukraine.by_colour("#bcaaa4").code == "contested"
    assert ukraine.by_colour("#123456") is None
    assert bundled["syria-2015"].by_colour("#a52714") is None  # other presets may have none


def test_hostile_user_files_are_skipped_never_fatal(tmp_path):
    """Issue 18: one bad user preset must not break every algorithm (they all list presets)."""
    _write(tmp_path, "deep", "[" * 100_000 + "]" * 100_000)
    _write(tmp_path, "number", {"factions": 5})
    _write(tmp_path, "palette_list", {**MINIMAL, "default_palette": ["p"]})
    _write(tmp_path, "good", MINIMAL)
    presets, problems = load_presets([tmp_path])
    assert list(presets) == ["good"]
    texts = sorted(str(p) for p in problems)
    assert len(texts) == 3
    assert "deep.json" in texts[0] and "nested too deeply" in texts[0]
    assert "number.json" in texts[1] and "'factions' must be a list" in texts[1]
    assert "palette_list.json" in texts[2] and "default_palette" in texts[2]
