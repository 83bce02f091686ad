"""StrikeCheck in Arabic and in Russian: QGIS's locale setting, set before the plugin loads, picks
the catalogue; the panel and the toolbox speak it, the panel lays out right to left in Arabic,
and unloading gives English back, so a second language loads cleanly in the same session."""

import datetime
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsExpression, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, Qt

ROOT = Path(__file__).resolve().parents[2]
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight

# What an analyst sees, per language: the strings come from the committed catalogues.
EXPECTED = {
    "ar": {
        "direction": RTL,
        "run": "تشغيل التحليل",
        "analysis_group": "التحليل",
        "data_group": "البيانات",
        "preset_title": "سوريا، 2015 (فئات سيطرة على نمط ISW)",
        "algorithm": "أقرب فصيل",
        "group": "التحليل",
        "strikes_parameter": "الضربات (نقاط)",
        "help_start": "<p>لكل ضربة",
        "provider": "StrikeCheck: الضربات مقابل السيطرة الميدانية",
        "isis_label": "سيطرة داعش",
        "isis_name": "داعش",
        "map_label": "53 كم إلى داعش",
        "strike_class": "بلاغات عالية الموثوقية (High-Confidence)",
        "legend_title": "مفتاح الخريطة",
        "map_date": "30 سبتمبر - 1 أكتوبر 2015",
        "title_date": "30 سبتمبر 2015",
        "verdict": "عدد الضربات 2: 0 منها داخل أراضٍ تحت سيطرة داعش؛ أقرب أراضٍ تحت سيطرة داعش "
        "على بعد يتراوح بين 12 و53 كم (الوسيط 33 كم)",
    },
    "ru": {
        "direction": LTR,
        "run": "Запустить анализ",
        "analysis_group": "Анализ",
        "data_group": "Данные",
        "preset_title": "Сирия, 2015 (классы контроля в стиле ISW)",
        "algorithm": "Ближайшая сторона",
        "group": "Анализ",
        "strikes_parameter": "Удары (точки)",
        "help_start": "<p>Для каждого удара",
        "provider": "StrikeCheck: удары и территориальный контроль",
        "isis_label": "Под контролем ИГИЛ",
        "isis_name": "ИГИЛ",
        "map_label": "53 км до зоны ИГИЛ",
        "strike_class": "Сообщения высокой достоверности (High-Confidence)",
        "legend_title": "УСЛОВНЫЕ ОБОЗНАЧЕНИЯ",
        "map_date": "30 СЕН - 1 ОКТ 2015",
        "title_date": "30 СЕН 2015",
        "verdict": "Ударов: 2; в зоне ИГИЛ: 0; ближайшая зона ИГИЛ: 12-53 км (медиана 33 км)",
    },
}


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory):
    """The committed .ts files compiled to .qm, as `make translations` and the package do, in a
    folder of the test's own (the checkout's i18n/ is left to `make translations`)."""
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    assert lrelease, "lrelease is missing: `make test` installs qttools5-dev-tools"
    folder = tmp_path_factory.mktemp("i18n")
    for ts in sorted((ROOT / "i18n").glob("strikecheck_*.ts")):
        qm = folder / f"{ts.stem}.qm"
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    return folder


@pytest.fixture()
def locale_setting():
    """Sets QGIS's interface language as Settings > Options > General does (override on, user
    locale); the previous values come back afterwards."""
    settings = QgsSettings()
    keys = ("locale/overrideFlag", "locale/userLocale")
    saved = {key: settings.value(key) for key in keys if settings.contains(key)}

    def choose(locale):
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", locale)

    yield choose
    for key in keys:
        if key in saved:
            settings.setValue(key, saved[key])
        else:
            settings.remove(key)


@pytest.fixture()
def session(request, catalogues, locale_setting, monkeypatch, qgis_processing, qgis_new_project):
    """A QGIS session where StrikeCheck is loaded and unloaded in several languages.

    When the suite's own StrikeCheck (English, loaded once for the Processing tests) is
    registered, it steps aside meanwhile: QGIS keeps one provider per id, and a second plugin's
    provider would be refused. It comes back afterwards as it was; the registry is left as found."""
    from strikecheck.plugin import i18n
    from strikecheck.plugin.gui import settings

    before = i18n.installed_locale()
    suite_plugin = None
    if QgsApplication.processingRegistry().providerById("strikecheck") is not None:
        suite_plugin = request.getfixturevalue("strikecheck_plugin")
        assert suite_plugin.provider is not None, "a StrikeCheck provider of unknown origin"
        suite_plugin.unload()
    monkeypatch.setattr(i18n, "I18N_DIR", catalogues)
    settings.set_value("dock_visible", False)
    loaded = []
    yield loaded
    for plugin in loaded:
        plugin.unload()
    monkeypatch.undo()
    if before:
        i18n.install(before)
    if suite_plugin is not None:
        suite_plugin.initProcessing()


def load_plugin(iface, loaded):
    """What QGIS does at start-up: classFactory, initGui; then the analyst opens the panel."""
    import strikecheck

    plugin = strikecheck.classFactory(iface)
    loaded.append(plugin)
    plugin.initGui()
    plugin.action.setChecked(True)
    assert plugin.dock is not None
    return plugin


def unload_plugin(plugin, loaded):
    plugin.unload()
    loaded.remove(plugin)


def check_language(plugin, expected):
    from strikecheck.plugin.core.datespan import date_span_text
    from strikecheck.plugin.core.summary import verdict
    from strikecheck.plugin.layouts import template, texts
    from strikecheck.plugin.styling.factions import FactionStyles, find_preset
    from strikecheck.plugin.styling.labels import distance_label, quote_text
    from strikecheck.plugin.styling.renderers import strikes_renderer

    dock = plugin.dock
    # The panel: the form's texts (.ui), the ones set in code, the bundled presets' titles.
    assert dock.runButton.text() == expected["run"]
    assert dock.analysisGroup.title() == expected["analysis_group"]
    assert dock.dataGroup.title() == expected["data_group"]
    titles = [dock.presetCombo.itemText(i) for i in range(dock.presetCombo.count())]
    assert expected["preset_title"] in titles
    assert dock.layoutDirection() == expected["direction"]
    assert dock.runButton.layoutDirection() == expected["direction"]  # children follow
    # The toolbox: provider, algorithm names and groups, parameter labels, help.
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("strikecheck") is plugin.provider
    assert plugin.provider.longName() == expected["provider"]
    algorithm = registry.algorithmById("strikecheck:nearestfaction")
    assert algorithm.displayName() == expected["algorithm"]
    assert algorithm.group() == expected["group"]
    assert algorithm.parameterDefinition("STRIKES").description() == expected["strikes_parameter"]
    assert algorithm.shortHelpString().startswith(expected["help_start"])
    # Identifiers stay as they are in every language.
    assert algorithm.parameterDefinition("STRIKES").name() == "STRIKES"
    assert "controlled_by" in algorithm.shortHelpString()
    # Legend labels and the names sentences use, from the syria-2015 preset.
    styles = FactionStyles(find_preset("syria-2015"))
    assert styles.lookup("isis").label == expected["isis_label"]
    assert styles.name_of("Daesh") == expected["isis_name"]
    # The strikes' legend, the map's distance labels and the finding sentence.
    renderer = strikes_renderer(tr=algorithm.tr)
    assert renderer.categories()[0].label() == expected["strike_class"]
    label = distance_label("53.2", quote_text(styles.name_of("isis")))
    assert QgsExpression(label).evaluate() == expected["map_label"]
    finding = verdict(["rebel", None], [53.2, 12.4], "isis", styles.name_of("isis"), texts.tr)
    assert finding == expected["verdict"]
    # The map's date, months abbreviated in the language as ISW abbreviates them in English.
    days = [datetime.date(2015, 9, 30), datetime.date(2015, 10, 1)]
    assert date_span_text(days, texts.tr) == expected["map_date"]
    # The exported map: its KEY titled in the language, laid out from the right in Arabic.
    template_layout = template.load_template(QgsProject.instance())
    assert template.items_by_id(template_layout)[template.LEGEND].title() == "KEY"
    check_exported_map(expected)


def check_exported_map(expected):
    """A map strikecheck:exportmap makes from one analysed strike, in the language."""
    import processing

    from strikecheck.plugin.layouts import template
    from tests.layers import memory_layer

    strikes = memory_layer(
        "Point", "EPSG:4326", ["controlled_by:string", "dist_isis_km:double", "date:date"],
        [("POINT(36.73 34.83)", ["rebel", 43.1, "2015-09-30"])], "strikes",
    )  # fmt: skip
    control = memory_layer(
        "Polygon", "EPSG:4326", ["faction:string"],
        [("POLYGON((36.5 34.7,36.9 34.7,36.9 35,36.5 35,36.5 34.7))", ["rebel"]),
         ("POLYGON((37.3 34,39 34,39 36,37.3 36,37.3 34))", ["isis"])], "control",
    )  # fmt: skip
    project = QgsProject.instance()
    project.addMapLayers([strikes, control])
    result = processing.run(
        "strikecheck:exportmap", {"STRIKES": strikes, "CONTROL": control, "TARGET_FACTION": "isis"}
    )
    layout = project.layoutManager().layoutByName(result["LAYOUT"])
    items = template.items_by_id(layout)
    rtl = expected["direction"] == RTL
    legend = items[template.LEGEND]
    assert legend.title() == expected["legend_title"]
    assert items[template.TITLE].text().endswith(expected["title_date"])
    for item_id in (template.TITLE, template.SUMMARY, template.CREDITS):
        right = bool(items[item_id].hAlign() & Qt.AlignmentFlag.AlignRight)
        assert right == rtl, item_id
    assert bool(legend.symbolAlignment() & Qt.AlignmentFlag.AlignRight) == rtl
    project.layoutManager().removeLayout(layout)
    # The report: a right-to-left document in Arabic (Qt's PDF engine and browsers follow it).
    with tempfile.TemporaryDirectory() as folder:
        html = Path(folder) / "report.html"
        processing.run(
            "strikecheck:report",
            {"STRIKES": strikes, "CONTROL": control, "TARGET_FACTION": "isis",
             "OUTPUT_HTML": str(html)},
        )  # fmt: skip
        assert ('<html dir="rtl" lang="ar">' in html.read_text(encoding="utf-8")) == rtl
    project.removeMapLayers([strikes.id(), control.id()])


def check_english(plugin_gone=True):
    from strikecheck.plugin import i18n
    from strikecheck.plugin.styling.factions import FactionStyles, find_preset

    assert i18n.installed_locale() is None
    assert QCoreApplication.translate("StrikeCheck", "Nearest faction") == "Nearest faction"
    assert QCoreApplication.translate("StrikeCheckDockBase", "Run analysis") == "Run analysis"
    assert FactionStyles(find_preset("syria-2015")).lookup("isis").label == "ISIS Control"
    if plugin_gone:
        assert QgsApplication.processingRegistry().providerById("strikecheck") is None


@pytest.mark.parametrize("language", ["ar", "ru"])
def test_panel_and_toolbox_speak_the_qgis_language(language, session, locale_setting, qgis_iface):
    from strikecheck.plugin import i18n

    application_direction = QgsApplication.layoutDirection()
    locale_setting(language)
    plugin = load_plugin(qgis_iface, session)
    assert i18n.installed_locale() == language
    check_language(plugin, EXPECTED[language])
    # Only StrikeCheck's panel is turned around; the rest of QGIS is QGIS's business.
    assert QgsApplication.layoutDirection() == application_direction
    unload_plugin(plugin, session)
    check_english()


def test_second_language_in_the_same_session(session, locale_setting, qgis_iface):
    """Arabic, unloaded, then Russian: no Arabic left anywhere (translator, direction), then
    English once more with a locale StrikeCheck has no catalogue for."""
    locale_setting("ar")
    arabic = load_plugin(qgis_iface, session)
    check_language(arabic, EXPECTED["ar"])
    unload_plugin(arabic, session)
    check_english()

    locale_setting("ru_RU")  # a full locale finds strikecheck_ru.qm
    russian = load_plugin(qgis_iface, session)
    check_language(russian, EXPECTED["ru"])
    # Reloading (as Plugin Reloader does) keeps one translator, not two stacked.
    unload_plugin(russian, session)
    russian = load_plugin(qgis_iface, session)
    check_language(russian, EXPECTED["ru"])
    unload_plugin(russian, session)
    check_english()

    locale_setting("de")
    german = load_plugin(qgis_iface, session)
    assert german.dock.runButton.text() == "Run analysis"
    assert german.dock.layoutDirection() == LTR
    check_english(plugin_gone=False)
    unload_plugin(german, session)
