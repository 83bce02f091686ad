"""The plugin object QGIS creates: registers the Processing provider and the GUI entry points."""

from qgis.core import Qgis, QgsApplication, QgsMessageLog

from .dependencies import install_hint, missing_requirements
from .processing.provider import StrikeCheckProvider

LOG_TAG = "StrikeCheck"


class StrikeCheckPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None

    def initProcessing(self):
        # qgis_process calls this alone; the desktop calls it through initGui.
        if self.provider is None:
            self.provider = StrikeCheckProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        self.initProcessing()
        missing = missing_requirements()
        if missing:
            message = (
                f"StrikeCheck needs {', '.join(missing)}. Install with: {install_hint()} "
                "and restart QGIS. The analysis algorithms stay disabled until then."
            )
            QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Warning)
            if self.iface is not None:
                self.iface.messageBar().pushWarning("StrikeCheck", message)

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
