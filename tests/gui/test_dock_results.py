"""The panel never loses or garbles results (issue 15): Copy and Export CSV write every strike at
full precision and say how many; a removed results layer leaves no stale table and no traceback;
closing during a run asks first; the panel fits a laptop screen; the report is one click away."""

import csv
import io
import subprocess

import numpy as np
from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication, QMainWindow

from strikecheck.plugin.gui import results_table
from tests.gui.conftest import SAMPLE
from tests.gui.test_dock import open_dock, wait_for
from tests.layers import memory_layer


def _many_strikes(count):
    rng = np.random.default_rng(15)
    xs, ys = rng.uniform(35.6, 37.4, count), rng.uniform(34.6, 36.6, count)
    rows = [
        (f"POINT({x:.6f} {y:.6f})", [f"S{i}", "=1+1" if i == 0 else "note"])
        for i, (x, y) in enumerate(zip(xs, ys))
    ]
    return memory_layer("Point", "EPSG:4326", ["strike_id:string", "notes:string"], rows, "many")


def _analysed(plugin, strikes):
    control = QgsVectorLayer(str(SAMPLE / "control_2015-09.geojson"), "control", "ogr")
    QgsProject.instance().addMapLayers([strikes, control])
    dock = open_dock(plugin, strikes, control)
    dock.runButton.click()
    wait_for(dock, timeout=300)
    assert dock.results.layer is not None
    return dock


def test_copy_and_export_write_every_strike_at_full_precision(plugin, qgis_iface, tmp_path):
    count = results_table.MAX_ROWS + 1500
    dock = _analysed(plugin, _many_strikes(count))
    assert dock.resultsTable.rowCount() == results_table.MAX_ROWS  # the table shows a part
    qgis_iface.messageBar().clear_messages()
    path = dock.results.export_csv(str(tmp_path / "all.csv"))
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == count + 1
    said = " ".join(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success))
    assert f"{count} rows written" in said
    # Full precision: the CSV's kilometres are the layer's, not the table's one decimal.
    header = rows[0]
    column = header.index("km to nearest other")
    layer_km = sorted(
        f["nearest_other_km"] for f in dock.results.layer.getFeatures() if f["nearest_other_km"]
    )
    csv_km = sorted(float(r[column]) for r in rows[1:] if r[column])
    assert csv_km == layer_km and any(round(v, 1) != v for v in csv_km)
    dock.results.copy_table()
    copied = list(csv.reader(io.StringIO(QApplication.clipboard().text()), delimiter="\t"))
    assert len(copied) == count + 1 and copied[0] == header


def test_removing_the_results_layer_leaves_no_stale_table(plugin, sample_layers, qgis_iface):
    strikes, control = sample_layers
    dock = open_dock(plugin, strikes, control)
    dock.drawLinesCheck.setChecked(True)
    dock.runButton.click()
    wait_for(dock)
    item = dock.resultsTable.item(0, 0)
    QgsProject.instance().removeMapLayers([dock.results.layer.id(), dock.results.lines.id()])
    assert dock.results.layer is None and dock.results.lines is None
    assert dock.resultsTable.rowCount() == 0 and dock.summaryLabel.text() == ""
    qgis_iface.messageBar().clear_messages()
    dock.results.row_clicked(item)  # a row kept from before: nothing happens, no traceback
    assert dock.results.export_csv("/tmp/never.csv") is None
    dock.results.copy_table()
    dock.exports.export_map("/tmp/never.pdf")
    dock.exports.write_report("/tmp/never.pdf")
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert len(warnings) == 4 and all("run the analysis first" in w for w in warnings)


def test_closing_during_a_run_asks_first(plugin, sample_layers, monkeypatch):
    strikes, control = sample_layers
    dock = open_dock(plugin, strikes, control)
    dock.runButton.click()
    assert dock.runner.is_running()
    # The task named in words (a raw control map is imported first).
    assert dock.runner.description in (
        "StrikeCheck: Import control map",
        "StrikeCheck: Nearest faction",
    )
    monkeypatch.setattr(dock, "confirm_cancel", lambda: False)
    dock.close()
    assert not dock.isHidden() and dock.runner.is_running()
    monkeypatch.setattr(dock, "confirm_cancel", lambda: True)
    dock.close()
    wait_for(dock)
    assert dock.isHidden() and dock.results.layer is None


def test_the_panel_fits_a_laptop_screen(plugin, sample_layers, tmp_path):
    strikes, control = sample_layers
    dock = open_dock(plugin, strikes, control)
    window = QMainWindow()
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.resize(1366, 768)
    window.show()
    QApplication.processEvents()
    # QGIS's own toolbars, status bar and the Layers panel beside it leave the dock about 600 px.
    assert dock.minimumSizeHint().height() < 500, dock.minimumSizeHint()
    window.resize(1366, 560)
    QApplication.processEvents()
    scroll = dock.scrollArea
    scroll_bottom = scroll.mapTo(window, scroll.rect().bottomLeft()).y()
    for button in (dock.runButton,):
        # The run bar stays below the scrolling choices, in view.
        top = button.mapTo(window, button.rect().topLeft()).y()
        assert scroll_bottom < top and top + button.height() <= window.height()
    assert window.grab().save(str(tmp_path / "panel.png"))
    window.removeDockWidget(dock)
    dock.setParent(None)  # the window goes with the test; the plugin still owns the dock


def test_the_report_is_one_click_away(plugin, sample_layers, tmp_path, qgis_iface):
    strikes, control = sample_layers
    dock = open_dock(plugin, strikes, control)
    dock.runButton.click()
    wait_for(dock)
    qgis_iface.messageBar().clear_messages()
    dock.exports.write_report(str(tmp_path / "report.pdf"))
    wait_for(dock, timeout=120)
    assert (tmp_path / "report.pdf").exists() and (tmp_path / "report.html").exists()
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Jisr al-Shughur" in text or "strikes" in text.lower()
    said = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert any("Report written" in s for s in said)


def _strikecheck_layers():
    group = QgsProject.instance().layerTreeRoot().findGroup("StrikeCheck")
    return {node.name(): node.layer().featureCount() for node in group.findLayers()}


def test_a_saved_project_reopens_with_every_layer_and_its_features(plugin, tmp_path):
    source = tmp_path / "strikes.csv"
    source.write_text((SAMPLE / "strikes_2015-09-30.csv").read_text(encoding="utf-8"))
    control = QgsVectorLayer(str(SAMPLE / "control_2015-09.geojson"), "control", "ogr")
    QgsProject.instance().addMapLayer(control)
    dock = open_dock(plugin, None, control)
    dock.data.import_strikes(str(source))
    wait_for(dock)
    dock.drawLinesCheck.setChecked(True)
    for _ in range(2):  # a re-run adds results beside the first ones, under another name
        dock.runButton.click()
        wait_for(dock)
    made = _strikecheck_layers()
    assert len(made) == 6, made  # strikes, factions, twice results and lines
    assert len(set(made)) == len(made) and all(n > 0 for n in made.values()), made
    sources = {layer.source() for layer in QgsProject.instance().mapLayers().values()}
    assert sum("out.gpkg" in s for s in sources) == 6, sources
    shown = _panel_state(dock)
    assert all(shown[:4]) and shown[4] > 0, shown
    project = tmp_path / "analysis.qgz"
    assert QgsProject.instance().write(str(project))
    QgsProject.instance().clear()
    assert _panel_state(dock) == (None, None, None, "", 0)
    assert QgsProject.instance().read(str(project))
    assert _strikecheck_layers() == made
    # The panel as it was left: its layers chosen, the last results in the table.
    assert _panel_state(dock) == shown
    assert dock.resultsTable.item(0, 0).text()
    assert dock.targetCombo.currentText() == "isis" and dock.factionTable.rowCount() > 0


def _panel_state(dock):
    """(strikes id, control id, results id, finding, table rows) the panel shows."""
    ids = [layer.id() if layer else None
           for layer in (dock.data.strikes(), dock.data.control(), dock.results.layer)]  # fmt: skip
    return (*ids, dock.summaryLabel.text(), dock.resultsTable.rowCount())


def test_automatic_names_its_preset_and_edited_codes_reach_the_targets(plugin, sample_layers):
    from strikecheck.plugin.gui import faction_table

    strikes, control = sample_layers
    dock = open_dock(plugin, strikes, control)
    dock.presetCombo.setCurrentIndex(0)
    assert dock.presetCombo.itemText(0).startswith("Automatic: Syria, 2015"), (
        dock.presetCombo.itemText(0)
    )
    row = next(
        r
        for r in range(dock.factionTable.rowCount())
        if dock.factionTable.item(r, faction_table.RAW).text() == "kurdish"
    )
    dock.factionTable.item(row, faction_table.CODE).setText("ypg")
    targets = [dock.targetCombo.itemText(i) for i in range(dock.targetCombo.count())]
    assert "ypg" in targets and "kurdish" not in targets


def test_selected_only_stays_as_the_analyst_set_it(plugin, sample_layers):
    strikes, control = sample_layers
    dock = open_dock(plugin, strikes, control)
    strikes.selectByIds([1, 2])
    assert dock.selectedOnlyCheck.isChecked()
    dock.selectedOnlyCheck.setChecked(False)
    strikes.selectByIds([1, 2, 3])
    assert not dock.selectedOnlyCheck.isChecked()
    strikes.removeSelection()
    strikes.selectByIds([4])
    assert dock.selectedOnlyCheck.isChecked()
