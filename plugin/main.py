"""The plugin object QGIS creates: registers the Processing provider and the GUI entry points."""

from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from . import i18n
from .dependencies import install_hint, missing_requirements
from .gui import settings
from .processing.provider import StrikeCheckProvider

LOG_TAG = "StrikeCheck"
ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "strikecheck.svg"
MENU = "StrikeCheck"


def tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


class StrikeCheckPlugin:
    def __init__(self, iface):
        # Before any string is built: the provider's names and the panel's labels are translated.
        i18n.install()
        self.iface = iface
        self.provider = None
        self.action = None
        self.dock = None

    def initProcessing(self):
        # qgis_process calls this alone; the desktop calls it through initGui.
        if self.provider is None:
            provider = StrikeCheckProvider()
            # A refused provider (another StrikeCheck already registered) is deleted by QGIS.
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    def initGui(self):
        self.initProcessing()
        self.action = QAction(QIcon(str(ICON)), tr("StrikeCheck"), self.iface.mainWindow())
        self.action.setObjectName("StrikeCheckAction")
        self.action.setCheckable(True)
        self.action.setToolTip(tr("StrikeCheck: who held the ground where each strike landed"))
        self.action.toggled.connect(self.show_dock)
        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToVectorMenu(MENU, self.action)
        if settings.value("dock_visible", False, bool):
            self.action.setChecked(True)
        self._warn_missing_requirements()

    def _warn_missing_requirements(self):
        missing = missing_requirements()
        if missing:
            message = tr(
                "StrikeCheck needs {missing}. Install with: {hint} and restart QGIS. "
                "The analysis stays disabled until then."
            ).format(missing=", ".join(missing), hint=install_hint())
            QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Warning)
            self.iface.messageBar().pushWarning("StrikeCheck", message)

    def show_dock(self, visible=True):
        if visible and self.dock is None:
            # The panel and its .ui form load when first shown: qgis_process never needs them.
            from .gui.dock import StrikeCheckDock

            self.dock = StrikeCheckDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self._dock_visibility)
        if self.dock is not None:
            self.dock.setUserVisible(visible)
        settings.set_value("dock_visible", bool(visible))

    def _dock_visibility(self, visible):
        if self.action is not None and self.action.isChecked() != visible:
            self.action.blockSignals(True)
            self.action.setChecked(visible)
            self.action.blockSignals(False)

    def unload(self):
        if self.dock is not None:
            self.dock.visibilityChanged.disconnect(self._dock_visibility)
            if self.dock.runner.is_running():
                self.dock.runner.cancel()
            self.dock.release()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            self.iface.removePluginVectorMenu(MENU, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        i18n.remove()
