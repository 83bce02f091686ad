"""The panel says what a run is doing (issue 15): phase text on the progress bar, the previous
results greyed and called previous while a new analysis runs, a cancel named as such, and a
zoom to the results."""

from qgis.core import QgsCoordinateTransform, QgsProject, QgsRectangle

from tests.gui.conftest import wait_for_tasks
from tests.gui.test_dock import wait_for
from tests.gui.test_dock_results import _analysed, _many_strikes


def test_a_new_run_names_its_phases_and_marks_the_old_results_stale(plugin, qgis_iface):
    dock = _analysed(plugin, _many_strikes(3000))
    before = dock.summaryLabel.text()
    assert before and dock.resultsTable.isEnabled() and dock.zoomButton.isEnabled()
    phases = []
    dock.runner.progressTextChanged.connect(phases.append)
    dock.runButton.click()
    assert dock.runner.is_running()
    assert not dock.resultsTable.isEnabled() and not dock.zoomButton.isEnabled()
    assert dock.summaryLabel.text().startswith("Previous results (a new analysis is running)")
    assert before in dock.summaryLabel.text()
    wait_for(dock, timeout=300)
    assert dock.resultsTable.isEnabled() and dock.zoomButton.isEnabled()
    assert not dock.summaryLabel.text().startswith("Previous results")
    assert dock.progressBar.format() == "%p%"  # the bar forgets the last phase
    assert "Reading the control map..." in phases and "Reading the strikes..." in phases
    assert any(p.startswith("Measuring 3000 strikes against") for p in phases), phases
    assert any(p.startswith("Writing 3000 strikes with their results") for p in phases), phases


def test_phase_text_is_elided_and_never_read_as_a_format(plugin, sample_layers):
    strikes, control = sample_layers
    plugin.action.setChecked(True)
    dock = plugin.dock
    dock.progressBar.setVisible(True)
    dock.progressBar.resize(300, 24)
    text = "Keeping the rows FILTER_EXPRESSION selects: \"notes\" LIKE '%p%' " + "x" * 200
    dock._show_phase(text)
    shown = dock.progressBar.format()
    assert shown.startswith("%p% ") and "%p" not in shown[4:]
    assert len(shown) < len(text) and shown.endswith("…")
    assert dock.progressBar.toolTip() == text


def test_a_cancelled_run_is_called_cancelled(plugin, qgis_iface, monkeypatch):
    dock = _analysed(plugin, _many_strikes(3000))
    told = []
    monkeypatch.setattr(dock, "tell", lambda text, level, details=(): told.append(text))
    dock.runButton.click()
    task = dock.runner.task
    dock.cancelButton.click()
    # QGIS's own notice of a stopped task ("Task failed: ...") carries the task's name.
    assert task.description() == "StrikeCheck: Nearest faction (cancelled by you)"
    wait_for(dock, timeout=300)
    assert told == ["Stopped: Cancelled."]
    assert dock.resultsTable.isEnabled()  # the previous results stand, no longer greyed


def test_zoom_to_results_shows_every_strike(plugin, qgis_iface):
    dock = _analysed(plugin, _many_strikes(500))
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(dock.results.layer.crs())
    canvas.setExtent(QgsRectangle(100.0, -40.0, 101.0, -39.0))  # far from Syria
    dock.zoomButton.click()
    to_canvas = QgsCoordinateTransform(
        dock.results.layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
    )
    extent = to_canvas.transformBoundingBox(dock.results.layer.extent())
    shown = canvas.extent()
    assert shown.contains(extent), (shown.toString(), extent.toString())
    assert shown.width() < 10 * extent.width()  # zoomed to them, not to the world


def test_unloading_the_plugin_during_a_run_stops_it_cleanly(plugin, qgis_iface):
    dock = _analysed(plugin, _many_strikes(3000))
    dock.runButton.click()
    task = dock.runner.task
    assert task is not None
    plugin.unload()  # what the plugin manager or Plugin Reloader does; no question possible
    assert plugin.dock is None
    wait_for_tasks()
    plugin.initGui()  # and it loads again (the fixture unloads it at the end)
    assert plugin.action is not None
