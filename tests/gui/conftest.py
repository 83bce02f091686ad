"""The panel's fixtures: the plugin loaded into pytest-qgis's QGIS, the bundled sample layers."""

import time
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QThreadPool

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"


@pytest.fixture()
def plugin(qgis_iface, qgis_processing, qgis_new_project, tmp_path):
    import strikecheck
    from strikecheck.plugin.gui import settings

    settings.set_value("dock_visible", False)
    # The panel writes its outputs to a GeoPackage of the project's; the test's own.
    QgsProject.instance().writeEntry(
        "StrikeCheck", "outputs_geopackage", str(tmp_path / "out.gpkg")
    )
    instance = strikecheck.classFactory(qgis_iface)
    instance.initGui()
    yield instance
    instance.unload()
    # No event loop runs between tests: the dock's deleteLater is carried out here, as QGIS's
    # loop would (docks left alive kept following the project into later tests).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # A cancelled task's thread can outlive the panel's notice of it; the next test clears the
    # project, and a thread still reading a deleted layer crashes the whole run (seen on 3.40).
    wait_for_tasks()


def wait_for_tasks(timeout=120, pool_timeout=15):
    """Until QGIS's task manager runs no task (a cancelled one included), and for a while until
    Qt's global thread pool is idle: a task cancelled while queued no longer counts as active,
    yet its thread may run. The pool also serves QGIS's own map rendering, which may keep a
    thread (seen on 3.40), so it is waited for, not required."""
    deadline = time.monotonic() + timeout
    while QgsApplication.taskManager().countActiveTasks():
        QCoreApplication.processEvents()
        running = [task.description() for task in QgsApplication.taskManager().activeTasks()]
        assert time.monotonic() < deadline, f"background tasks did not end: {running}"
        time.sleep(0.01)
    pool, deadline = QThreadPool.globalInstance(), time.monotonic() + pool_timeout
    while pool.activeThreadCount() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()


@pytest.fixture()
def sample_layers():
    uri = (
        f"file://{SAMPLE / 'strikes_2015-09-30.csv'}?type=csv&xField=longitude&yField=latitude"
        "&crs=EPSG:4326"
    )
    strikes = QgsVectorLayer(uri, "strikes 30 Sep 2015", "delimitedtext")
    control = QgsVectorLayer(str(SAMPLE / "control_2015-09.geojson"), "control", "ogr")
    assert strikes.isValid() and control.isValid()
    QgsProject.instance().addMapLayers([strikes, control])
    return strikes, control
