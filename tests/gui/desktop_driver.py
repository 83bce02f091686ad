"""Runs inside the real QGIS desktop (qgis --code): drives StrikeCheck and writes a report.

The test that starts QGIS passes paths through environment variables and reads the JSON report.
"""

import json
import os
import traceback

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTimer
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QWidget
from qgis.utils import iface, loadPlugin, plugins, startPlugin, unloadPlugin

OUT = os.environ["STRIKECHECK_DESKTOP_OUT"]
SAMPLE = os.environ["STRIKECHECK_SAMPLE"]
report = {"errors": []}


def finish():
    with open(os.path.join(OUT, "report.json"), "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=1)
    QgsProject.instance().setDirty(False)
    os._exit(0)  # no "save project?" question, no dialogs on the way out


def guarded(step):
    def wrapper(*args):
        try:
            step(*args)
        except Exception:  # report everything to the test, then leave
            report["errors"].append(traceback.format_exc())
            finish()

    return wrapper


def strikecheck_leftovers():
    from strikecheck.plugin.gui.dock import StrikeCheckDock

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window = iface.mainWindow()
    menu_entries = [a.text() for a in iface.vectorMenu().actions() if "StrikeCheck" in a.text()]
    return {
        "actions": len(
            [a for a in window.findChildren(QAction) if a.objectName() == "StrikeCheckAction"]
        ),
        "docks": len(window.findChildren(StrikeCheckDock)),
        "menu_entries": len(menu_entries),
        "provider": QgsApplication.processingRegistry().providerById("strikecheck") is not None,
    }


@guarded
def reload_twenty_times():
    # Xvfb has no window manager to maximise QGIS: take the screen, less what a desktop's
    # taskbar and the window's title bar would (70 px).
    screen = QgsApplication.primaryScreen().availableGeometry()
    iface.mainWindow().setGeometry(0, 0, screen.width(), screen.height() - 70)
    report["loaded_at_start"] = "strikecheck" in plugins
    for _ in range(20):
        plugins["strikecheck"].show_dock(True)
        unloadPlugin("strikecheck")
        loadPlugin("strikecheck")
        startPlugin("strikecheck")
    report["after_reloads"] = strikecheck_leftovers()
    unloadPlugin("strikecheck")
    report["after_unload"] = strikecheck_leftovers()
    loadPlugin("strikecheck")
    startPlugin("strikecheck")
    QTimer.singleShot(500, open_panel)


@guarded
def open_panel():
    uri = (
        f"file://{SAMPLE}/strikes_2015-09-30.csv?type=csv&xField=longitude&yField=latitude"
        "&crs=EPSG:4326"
    )
    strikes = QgsVectorLayer(uri, "Russian strikes 30 Sep 2015", "delimitedtext")
    control = QgsVectorLayer(f"{SAMPLE}/control_2015-09.geojson", "Control Sep 2015", "ogr")
    QgsProject.instance().addMapLayers([control, strikes])
    plugin = plugins["strikecheck"]
    plugin.action.setChecked(True)
    dock = plugin.dock
    dock.strikesCombo.setLayer(strikes)
    dock.controlCombo.setLayer(control)
    dock.drawLinesCheck.setChecked(True)
    strikes.selectByExpression("\"admin1\" in ('Homs', 'Hama', 'Idlib')")
    report["selection_label"] = dock.selectionCountLabel.text()
    report["selected_only"] = dock.selectedOnlyCheck.isChecked()
    dock.runButton.click()
    QTimer.singleShot(300, lambda: wait_for_analysis(dock, 0))


@guarded
def wait_for_analysis(dock, tries):
    if dock.runner.is_running() and tries < 300:
        QTimer.singleShot(200, lambda: wait_for_analysis(dock, tries + 1))
        return
    table = dock.resultsTable
    report["rows"] = [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    report["headers"] = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    report["summary"] = dock.summaryLabel.text()
    if dock.results.layer is not None:
        canvas = iface.mapCanvas()
        extent = dock.results.layer.extent()
        extent.scale(1.6)
        canvas.setExtent(extent)
        canvas.refresh()
    QTimer.singleShot(2500, lambda: screenshot(dock))


def _reach(dock):
    """Where the panel's buttons sit in the main window: the analyst must reach them."""
    window = iface.mainWindow()

    def bottom(widget):
        return widget.mapTo(window, widget.rect().bottomLeft()).y()

    return {
        "window": [window.width(), window.height()],
        "dock_height": dock.height(),
        "dock_minimum": dock.minimumSizeHint().height(),
        "run_bottom": bottom(dock.runButton),
        "dock_bottom": bottom(dock),
        "contents_minimum_width": dock.contents.minimumSizeHint().width(),
        "viewport_width": dock.scrollArea.viewport().width(),
        "widest": sorted(
            (w.minimumSizeHint().width(), w.objectName())
            for w in dock.contents.findChildren(QWidget)
        )[-6:],
    }


@guarded
def screenshot(dock):
    report["reach"] = _reach(dock)
    iface.mainWindow().grab().save(os.path.join(OUT, "desktop.png"))
    dock.grab().save(os.path.join(OUT, "panel.png"))
    dock.exports.export_map(os.path.join(OUT, "map.pdf"))
    QTimer.singleShot(300, lambda: wait_for_map(dock, 0))


@guarded
def wait_for_map(dock, tries):
    if dock.runner.is_running() and tries < 300:
        QTimer.singleShot(200, lambda: wait_for_map(dock, tries + 1))
        return
    report["map_files"] = sorted(n for n in os.listdir(OUT) if n.startswith("map."))
    save_and_reopen()


def _features_by_layer():
    """The analyst's layers (those in the layer tree; the map's world layers are private)."""
    tree = QgsProject.instance().layerTreeRoot().findLayers()
    return {node.layer().name(): node.layer().featureCount() for node in tree if node.layer()}


@guarded
def save_and_reopen():
    """Saved, closed and opened again as an analyst would: every layer keeps its features."""
    project = QgsProject.instance()
    report["before_save"] = _features_by_layer()
    report["saved"] = project.write(os.path.join(OUT, "analysis.qgz"))
    project.clear()
    report["reopened"] = project.read(os.path.join(OUT, "analysis.qgz"))
    report["after_reopen"] = _features_by_layer()
    dock = iface.mainWindow().findChild(QDockWidget, "StrikeCheckDock")
    report["panel_after_reopen"] = {
        "strikes": dock.strikesCombo.currentText(),
        "control": dock.controlCombo.currentText(),
        "rows": dock.resultsTable.rowCount(),
        "summary": dock.summaryLabel.text(),
    }
    report["layouts_after_reopen"] = [
        layout.name() for layout in project.layoutManager().printLayouts()
    ]
    QTimer.singleShot(1500, reopened_screenshot)


@guarded
def reopened_screenshot():
    iface.mapCanvas().zoomToFullExtent()
    QTimer.singleShot(
        2000, lambda: iface.mainWindow().grab().save(os.path.join(OUT, "reopened.png"))
    )
    QTimer.singleShot(2500, show_toolbox)


@guarded
def show_toolbox():
    """The Processing toolbox filtered to StrikeCheck, for the user guide (docs/images)."""

    toolbox = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
    if toolbox is None:
        finish()
        return
    toolbox.show()
    toolbox.setFloating(True)  # docked beside the panel it is too short to show every algorithm
    toolbox.resize(420, 330)
    toolbox.raise_()
    search = getattr(toolbox, "searchBox", None)
    if search is not None:
        search.setText("StrikeCheck")
    QTimer.singleShot(1000, lambda: toolbox_screenshot(toolbox))


@guarded
def toolbox_screenshot(toolbox):
    tree = getattr(toolbox, "algorithmTree", None)
    if tree is not None:
        tree.expandAll()
    QCoreApplication.processEvents()
    toolbox.grab().save(os.path.join(OUT, "toolbox.png"))
    finish()


QTimer.singleShot(3000, reload_twenty_times)
