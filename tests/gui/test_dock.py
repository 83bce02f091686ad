"""The dock driven like an analyst does: choose layers, select strikes, run, read the table."""

import time
from pathlib import Path

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QApplication

from tests.layers import memory_layer

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"


def wait_for(dock, timeout=60):
    deadline = time.monotonic() + timeout
    while dock.runner.is_running():
        QCoreApplication.processEvents()
        assert time.monotonic() < deadline, "the analysis task did not finish"
        time.sleep(0.01)
    QCoreApplication.processEvents()


def open_dock(plugin, strikes, control):
    plugin.action.setChecked(True)
    dock = plugin.dock
    assert dock is not None and not dock.isHidden()
    if strikes is not None:
        dock.strikesCombo.setLayer(strikes)
    if control is not None:
        dock.controlCombo.setLayer(control)
    return dock


def test_selected_strikes_analysis_fills_table_and_summary(plugin, sample_layers, qgis_iface):
    strikes, control = sample_layers
    dock = open_dock(plugin, strikes, control)
    assert dock.factionFieldCombo.currentField() == "faction"
    assert dock.targetCombo.currentText() == "isis"
    assert not dock.selectedOnlyCheck.isChecked()
    # The selection count follows the layer's selection live, and turns "selected only" on.
    strikes.selectByExpression("\"location\" in ('Talbiseh', 'Ar-Rastan')")
    assert dock.selectionCountLabel.text().startswith("2 of")
    assert dock.selectedOnlyCheck.isChecked()
    dock.runButton.click()
    assert dock.runner.is_running() and not dock.runButton.isEnabled()
    wait_for(dock)
    table = dock.resultsTable
    assert table.rowCount() == 2
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:4] == ["Strike", "Date", "Controlled by", "Nearest other"]
    assert "km to target" in headers and "km to isis" in headers
    sites = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(2)}
    assert sites == {"Talbiseh": "rebel", "Ar-Rastan": "rebel"}
    assert dock.summaryLabel.text().startswith("2 strikes: 0 in ISIS-held territory; nearest ISIS")
    # Factions are named as the map's finding names them: the preset's short name.
    # Then what the analysis said of its results (nearestfaction's SUMMARY output).
    assert "2 strikes analysed against" in dock.summaryLabel.text()
    assert "2 inside a faction's territory, 0 outside all of them." in dock.summaryLabel.text()
    rebel = dock.results.summary(dock.results.layer, "rebel", "dist_rebel_km", "")
    assert rebel == "2 strikes: 2 in Rebel-held territory."  # was 'rebel-held' (the code)
    # The results layer sits in a "StrikeCheck" group.
    group = QgsProject.instance().layerTreeRoot().findGroup("StrikeCheck")
    assert group is not None and dock.results.layer.id() in group.findLayerIds()
    # Clicking a row selects that strike in the results layer.
    dock.results.row_clicked(table.item(1, 0))
    assert dock.results.layer.selectedFeatureIds() == [table.item(1, 0).data(0x0100)]


def test_sort_copy_and_export(plugin, sample_layers, tmp_path):
    strikes, control = sample_layers
    dock = open_dock(plugin, strikes, control)
    dock.drawLinesCheck.setChecked(True)
    dock.runButton.click()
    wait_for(dock)
    table = dock.resultsTable
    assert table.rowCount() == 7
    assert dock.results.lines is not None and dock.results.lines.featureCount() > 0
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    target_col = headers.index("km to target")
    assert {"km to front", "Across the front", "Snapshot"} <= set(headers)
    table.sortItems(target_col)
    values = [float(table.item(r, target_col).text()) for r in range(7)]
    assert values == sorted(values)
    dock.results.copy_table()
    copied = QApplication.clipboard().text().splitlines()
    assert len(copied) == 8 and copied[0].split("\t")[0] == "Strike"
    path = dock.results.export_csv(str(tmp_path / "results.csv"))
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 8 and "Jisr al-Shughur" in "".join(lines)


def test_cancel_keeps_qgis_responsive(plugin, qgis_iface):
    import numpy as np

    rng = np.random.default_rng(3)
    rows = [
        (f"POINT({x} {y})", [i])
        for i, (x, y) in enumerate(zip(rng.uniform(35, 42, 300_000), rng.uniform(32, 37, 300_000)))
    ]
    strikes = memory_layer("Point", "EPSG:4326", ["id:integer"], rows, "many")
    control = QgsVectorLayer(str(SAMPLE / "control_2015-09.geojson"), "control", "ogr")
    QgsProject.instance().addMapLayers([strikes, control])
    dock = open_dock(plugin, strikes, control)
    qgis_iface.messageBar().clear_messages()
    dock.runButton.click()
    QCoreApplication.processEvents()
    dock.cancelButton.click()
    wait_for(dock)
    assert dock.runButton.isEnabled() and dock.results.layer is None
    info = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Info)
    assert any("Cancelled" in m for m in info)


def test_errors_reach_the_message_bar_in_plain_words(plugin, qgis_iface):
    strikes = memory_layer("Point", "EPSG:4326", ["id:integer"], [("POINT(36 35)", [1])], "s")
    control = memory_layer("Polygon", "EPSG:4326", ["faction:string"], [], "empty control")
    QgsProject.instance().addMapLayers([strikes, control])
    dock = open_dock(plugin, strikes, control)
    dock.factionFieldCombo.setField("faction")
    qgis_iface.messageBar().clear_messages()
    dock.runButton.click()
    wait_for(dock)
    critical = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert any("control layer is empty" in m for m in critical), critical
    assert not any("Traceback" in m for m in critical)


def test_engine_choice_is_passed_to_the_analysis(plugin, sample_layers):
    dock = open_dock(plugin, *sample_layers)
    engines = [dock.engineCombo.itemData(i) for i in range(dock.engineCombo.count())]
    assert engines == ["auto", "local", "database"]
    assert dock.analysis.parameters()["ENGINE"] == "auto"
    try:
        dock.engineCombo.setCurrentIndex(engines.index("database"))
        assert dock.analysis.parameters()["ENGINE"] == "database"
    finally:
        dock.engineCombo.setCurrentIndex(0)  # later tests analyse memory layers: not in PostGIS


def test_choices_are_remembered(plugin, sample_layers, qgis_iface):
    strikes, control = sample_layers
    dock = open_dock(plugin, strikes, control)
    dock.maxDistanceSpin.setValue(150)
    dock.drawLinesCheck.setChecked(True)
    dock.engineCombo.setCurrentIndex(dock.engineCombo.findData("local"))
    plugin.unload()
    import strikecheck

    again = strikecheck.classFactory(qgis_iface)
    again.initGui()
    try:
        assert again.dock is not None  # it was open: it opens again
        assert again.dock.strikesCombo.currentLayer() == strikes
        assert again.dock.controlCombo.currentLayer() == control
        assert again.dock.maxDistanceSpin.value() == 150
        assert again.dock.drawLinesCheck.isChecked()
        assert again.dock.engineCombo.currentData() == "local"
    finally:
        if again.dock is not None:
            again.dock.engineCombo.setCurrentIndex(0)
        again.unload()
        plugin.initGui()  # so the fixture's unload has something to unload


def test_load_unload_leaves_nothing_behind(qgis_iface, qgis_processing):
    from qgis.core import QgsApplication

    import strikecheck
    from strikecheck.plugin.gui.dock import StrikeCheckDock

    adds = qgis_iface.addPluginToVectorMenu.call_count
    removes = qgis_iface.removePluginVectorMenu.call_count
    # Another plugin object of this session (the strikecheck_plugin fixture) may hold the provider:
    # these plugins must leave the registry as they found it.
    provider_before = QgsApplication.processingRegistry().providerById("strikecheck")
    project = QgsProject.instance()
    listening = [project.receivers(s) for s in (project.readProject, project.layersWillBeRemoved)]
    for _ in range(20):
        plugin = strikecheck.classFactory(qgis_iface)
        plugin.initGui()
        plugin.action.setChecked(True)
        plugin.unload()
    # Until Qt deletes the docks, a project read must not reach them (it crashed a later test).
    assert project.receivers(project.readProject) == listening[0]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # deliver deleteLater
    QCoreApplication.processEvents()
    assert [project.receivers(s) for s in (project.readProject, project.layersWillBeRemoved)] == (
        listening
    )
    assert qgis_iface.addPluginToVectorMenu.call_count - adds == 20
    assert qgis_iface.removePluginVectorMenu.call_count - removes == 20
    assert QgsApplication.processingRegistry().providerById("strikecheck") is provider_before
    assert qgis_iface.mainWindow().findChildren(StrikeCheckDock) == []


def test_import_strikes_reports_rejected_rows(plugin, qgis_iface, tmp_path):
    dock = open_dock(plugin, None, None)
    csv_path = tmp_path / "typed by hand.csv"
    csv_path.write_text(
        "site,date,lat,lon\nTalbiseh,2015-09-30,34.8333,36.7333\n"
        "Nowhere,2015-09-30,134.2,36.7\nAr-Rastan,2015-09-30,34.917,36.733\n",
        encoding="utf-8",
    )
    qgis_iface.messageBar().clear_messages()
    dock.data.import_strikes(str(csv_path))
    wait_for(dock)
    imported = dock.strikesCombo.currentLayer()
    assert imported is not None and imported.name() == "typed by hand"
    assert imported.featureCount() == 2
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("2 strikes imported, 1 rows rejected" in m for m in warnings), warnings
    group = QgsProject.instance().layerTreeRoot().findGroup("StrikeCheck")
    names = [node.name() for node in group.findLayers()]
    assert "typed by hand: rejected rows" in names


def test_faction_table_override_reaches_the_analysis(plugin, sample_layers):
    strikes, control = sample_layers
    dock = open_dock(plugin, strikes, control)
    dock.factionFieldCombo.setField("label")
    dock.presetCombo.setCurrentIndex(dock.presetCombo.findData("syria-2015"))
    table = dock.factionTable
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert table.item(rows["Regime Control"], 1).text() == "regime"
    assert table.item(rows["ISIS, JN, and Rebel Control"], 1).text() == "isis+jn+rebel"
    assert table.item(rows["YPG Control"], 1).text() == "kurdish"
    table.item(rows["YPG Control"], 1).setText("northern_militia")  # the analyst's own override
    from strikecheck.plugin.gui import faction_table

    assert faction_table.mapping(table) == "YPG Control=northern_militia"
    dock.runButton.click()
    wait_for(dock)  # import with the override, then the analysis
    wait_for(dock)
    factions = {str(f["faction"]) for f in dock.controlCombo.currentLayer().getFeatures()}
    assert "northern_militia" in factions and "kurdish" not in factions
    assert "dist_northern_militia_km" in dock.results.layer.fields().names()


def test_export_map_from_the_panel(plugin, sample_layers, tmp_path):
    from qgis.core import QgsProject

    strikes, control = sample_layers
    dock = open_dock(plugin, strikes, control)
    dock.runButton.click()
    wait_for(dock)
    wait_for(dock)
    dock.exports.export_map(str(tmp_path / "map.pdf"))
    wait_for(dock)
    assert (tmp_path / "map.pdf").stat().st_size > 10_000
    assert (tmp_path / "map.png").stat().st_size > 10_000
    assert QgsProject.instance().layoutManager().layouts()
