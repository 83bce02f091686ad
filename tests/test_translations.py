"""The Arabic, Russian, Ukrainian and French catalogues: complete, current and faithful to the
English (the same placeholders, HTML tags, identifiers), and the preset labels are in them."""

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("ar", "ru", "uk", "fr")
HOW_TO_FIX = (
    "run `make translations`, translate the new entries in i18n/strikecheck_<lang>.ts "
    "(scripts/fill_translations.py todo/apply helps) and run `make translations` again"
)


def _load_script():
    path = ROOT / "scripts" / "translations.py"
    spec = importlib.util.spec_from_file_location("translations_script_catalogues", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _load_script()


def live_messages(language):
    """[(context, source, translation element)] of the messages the code still has."""
    root = ET.parse(ROOT / "i18n" / f"strikecheck_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "vanished":
                found.append((name, message.findtext("source"), translation))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_faithfully(language):
    messages = live_messages(language)
    assert len(messages) > 250
    problems = []
    for context, source, translation in messages:
        text = translation.text or ""
        if translation.get("type") == "unfinished":
            problems.append(f"[{context}] {source[:70]!r}: unfinished")
            continue
        for problem in translations.translation_problems(source, text):
            problems.append(f"[{context}] {source[:70]!r}: {problem}")
    assert not problems, f"{language}: {len(problems)} problems; {HOW_TO_FIX}:\n" + "\n".join(
        problems[:40]
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_holds_every_string_of_the_code(language, code_messages):
    have = {(context, source) for context, source, _ in live_messages(language)}
    missing = sorted(code_messages - have)
    assert not missing, f"{language}: {len(missing)} strings missing; {HOW_TO_FIX}:\n" + "\n".join(
        f"[{c}] {s[:70]!r}" for c, s in missing[:40]
    )


@pytest.fixture(scope="module")
def code_messages():
    assert shutil.which("pylupdate5"), "pylupdate5 is missing: `make test` installs it"
    return {(c, s) for c, s, _comment, _locs in translations.extract(translations.sources())}


def test_preset_strings_are_current():
    committed = translations.PRESET_STRINGS.read_text(encoding="utf-8")
    assert committed == translations.preset_strings_source(), (
        "plugin/preset_strings.py differs from resources/presets: run `make translations`"
    )


def test_preset_labels_reach_the_catalogues(code_messages):
    presets = {(c, s) for c, s in code_messages if c == translations.PRESET_CONTEXT}
    for text in ("Regime Control", "ISIS Control", "ISIS", "ISIS, JN, and Rebel Control"):
        assert (translations.PRESET_CONTEXT, text) in presets
    assert ("StrikeCheckPresets", "Russia-occupied") in presets
    assert ("StrikeCheckPresets", "Syria, 2015 (ISW-like control classes)") in presets
    by_source = {s: t.text for c, s, t in live_messages("ru") if c == "StrikeCheckPresets"}
    assert by_source["ISIS Control"] == "Под контролем ИГИЛ"


@pytest.mark.parametrize(
    ("source", "translation", "problem"),
    [
        ("{n} strikes", "{n} frappes", None),
        ("{n} strikes", "{m} frappes", "placeholders"),
        ("{n} strikes", "frappes", "placeholders"),
        ("<b>STRIKES</b>: points", "<b>STRIKES</b> : points", None),
        ("<b>STRIKES</b>: points", "<b>STRIKES : points", "HTML tags"),
        ("dist_&lt;faction&gt;_km", "dist_<faction>_km", "entities"),
        ("set FACTION_FIELD", "réglez le champ", "identifiers"),
        ("run strikecheck:nearestfaction", "exécutez nearestfaction", "identifiers"),
        ("QGIS layer style (*.qml)", "Style de couche QGIS (*.QML)", "identifiers"),
        (" km", "km", "whitespace"),
        ("Strikes", "", "empty"),
    ],
)
def test_translation_problems_catch_broken_translations(source, translation, problem):
    found = translations.translation_problems(source, translation)
    if problem is None:
        assert found == []
    else:
        assert any(problem in p for p in found), found
