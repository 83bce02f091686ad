"""Translation plumbing: strings extracted in the contexts the code uses; a .qm is loaded."""

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load_script():
    path = ROOT / "scripts" / "translations.py"
    spec = importlib.util.spec_from_file_location("translations_script", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _load_script()


@pytest.fixture(scope="module")
def messages():
    assert shutil.which("pylupdate5"), "pylupdate5 is missing: `make test` installs it"
    return {(c, s) for c, s, _comment, _locs in translations.extract(translations.sources())}


def test_strings_are_extracted_in_their_runtime_context(messages):
    # Algorithm names and groups (QT_TRANSLATE_NOOP), help text (self.tr of the base class).
    assert ("StrikeCheck", "Import strikes") in messages
    assert ("StrikeCheck", "Maps and reports") in messages
    assert any(c == "StrikeCheck" and s.startswith("<p>For every strike") for c, s in messages)
    # Module-level tr() helpers: the panel's own context, the layout texts' one.
    assert any(
        c == "StrikeCheckDock" and s.startswith("No results: run the analysis first")
        for c, s in messages
    )
    assert ("StrikeCheck", "Analysis: StrikeCheck") in messages
    # The .ui file keeps the form's class as its context (uic's retranslateUi uses it).
    assert any(c == "StrikeCheckDockBase" for c, _ in messages)
    assert not any(c == "@default" for c, _ in messages)


def test_qm_file_prefers_the_full_locale(tmp_path):
    from strikecheck.plugin import i18n

    (tmp_path / "strikecheck_pt.qm").write_bytes(b"")
    assert i18n.qm_file("pt_BR", tmp_path).name == "strikecheck_pt.qm"
    (tmp_path / "strikecheck_pt_BR.qm").write_bytes(b"")
    assert i18n.qm_file("pt_BR", tmp_path).name == "strikecheck_pt_BR.qm"
    assert i18n.qm_file("ar", tmp_path) is None


def test_installed_translation_reaches_the_toolbox(strikecheck_plugin, tmp_path):
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication

    from strikecheck.plugin import i18n

    # A one-string catalogue made here: the shipped .ts files are the translators' to fill.
    ts = tmp_path / "strikecheck_ru.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="ru"><context><name>StrikeCheck</name>'
        "<message><source>Nearest faction</source>"
        "<translation>TEST-RU Nearest faction</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    alg = QgsApplication.processingRegistry().algorithmById("strikecheck:nearestfaction")
    try:
        assert i18n.install("ru_RU", tmp_path) == ts.with_suffix(".qm")
        assert QCoreApplication.translate("StrikeCheck", "Nearest faction") == (
            "TEST-RU Nearest faction"
        )
        assert alg.displayName() == "TEST-RU Nearest faction"
    finally:
        i18n.remove()
    assert alg.displayName() == "Nearest faction"
