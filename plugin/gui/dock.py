"""The StrikeCheck dock: the panels (data, factions, analysis, results, export) on one form,
the algorithm they start run in the background, its progress and its end."""

import contextlib
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QObject, Qt
from qgis.PyQt.QtWidgets import QComboBox, QMessageBox

from ..i18n import apply_direction
from .analysis_panel import AnalysisPanel
from .data_panel import DataPanel
from .export_panel import ExportPanel
from .factions_panel import FactionsPanel
from .output_layers import LOG_TAG
from .results_panel import ResultsPanel
from .runner import AlgorithmRunner

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).resolve().parent / "ui" / "dock.ui"))


def tr(text):
    return QCoreApplication.translate("StrikeCheckDock", text)


class StrikeCheckDock(QgsDockWidget, FORM_CLASS):
    """The panel: each group's panel builds an algorithm's parameters from its widgets and
    starts it here; what the algorithm made goes back to the panel that asked for it."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("StrikeCheckDock")
        apply_direction(self)  # right to left in Arabic
        self.iface = iface
        self.runner = AlgorithmRunner(self)
        self._then = None  # what to do with the outputs of the running algorithm
        self._set_up_widgets()
        # Factions first: choosing a control map (DataPanel) fills the faction table.
        self.factions = FactionsPanel(self)
        self.data = DataPanel(self)
        self.analysis = AnalysisPanel(self)
        self.results = ResultsPanel(self)
        self.exports = ExportPanel(self)
        self.cancelButton.clicked.connect(self.runner.cancel)
        self.runner.progressChanged.connect(lambda v: self.progressBar.setValue(int(v)))
        self.runner.progressTextChanged.connect(self._show_phase)
        self.runner.finished.connect(self._finished)
        QgsProject.instance().readProject.connect(self._read_project)
        QgsProject.instance().layersWillBeRemoved.connect(self.results.layers_removed)
        self.data.restore()
        self.results.restore()

    def _set_up_widgets(self):
        self.progressBar.setVisible(False)
        self.cancelButton.setVisible(False)
        self.zoomButton.setIcon(QgsApplication.getThemeIcon("/mActionZoomToLayer.svg"))
        # Narrow docks (beside the Layers panel on a laptop): lists shrink to a few letters
        # rather than widening the panel past the screen with a long layer name.
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        # Never a sideways scroll: the dock stays as wide as its choices need, also when
        # filling them (a faction table, a long layer name) asks for more.
        self.contents.installEventFilter(self)
        self._fit_width()
        # Compact tables: row numbers say nothing here, and a dock is short of height.
        row_height = self.fontMetrics().height() + 8
        for table in (self.factionTable, self.resultsTable):
            table.verticalHeader().setVisible(False)
            table.verticalHeader().setDefaultSectionSize(row_height)

    def _fit_width(self):
        bar = self.scrollArea.verticalScrollBar().sizeHint().width()
        self.scrollArea.setMinimumWidth(self.contents.minimumSizeHint().width() + bar)

    def eventFilter(self, watched, event):
        if watched is self.contents and event.type() == QEvent.Type.LayoutRequest:
            self._fit_width()
        return super().eventFilter(watched, event)

    def release(self):
        """Stops listening to the project and its layers: the plugin unloads, and until Qt
        deletes the dock (later) a project read must not reach its panels (it crashed QGIS)."""
        project = QgsProject.instance()
        for signal, slot in (
            (project.readProject, self._read_project),
            (project.layersWillBeRemoved, self.results.layers_removed),
        ):
            with contextlib.suppress(TypeError, RuntimeError):
                signal.disconnect(slot)
        self.data.release()
        # Its layer combo boxes follow the project by themselves (C++ models): silenced, no
        # change of theirs reaches a panel of a dock that is going.
        for child in self.findChildren(QObject):
            child.blockSignals(True)

    def _read_project(self, *args):
        """A project was opened: the panel shows its layers and results again."""
        self.data.restore()
        self.results.restore()

    # -- running -------------------------------------------------------------------------

    def start(self, then, algorithm_id, params, stale=False):
        """Runs `algorithm_id` in the background; `then(results, layers)` when it succeeds.
        `stale`: the results shown are about to be replaced (greyed meanwhile)."""
        self._then = then
        self._set_running(True)
        if stale:
            self.results.mark_stale(True)
        self.runner.start(algorithm_id, params)

    def _set_running(self, running):
        self.runButton.setEnabled(not running)
        self.progressBar.setVisible(running)
        self.cancelButton.setVisible(running)
        self.progressBar.setValue(0)
        self.progressBar.setFormat("%p%")
        self.progressBar.setToolTip("")

    def _show_phase(self, text):
        """The phase the run is in, on the progress bar (elided to its width; whole in the tip)."""
        bar = self.progressBar
        room = max(bar.width() - bar.fontMetrics().horizontalAdvance("100% ") - 12, 20)
        short = bar.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        # '%p' in the text would be replaced by the percentage: a zero-width space parts it.
        bar.setFormat("%p% " + short.replace("%", "%\u200b"))
        bar.setToolTip(text)

    def _finished(self, ok, results, layers, messages):
        self._set_running(False)
        self.results.mark_stale(False)
        then, self._then = self._then, None
        if not ok:
            text = messages[-1] if messages else tr("The algorithm failed.")
            level = Qgis.MessageLevel.Info if text == "Cancelled." else Qgis.MessageLevel.Critical
            self.tell(tr("Stopped: {reason}").format(reason=text), level, messages)
        elif then is not None:
            then(results, layers)

    # -- messages --------------------------------------------------------------------------

    def tell(self, text, level, details=()):
        self.iface.messageBar().pushMessage("StrikeCheck", text, level)
        QgsMessageLog.logMessage("\n".join([text, *details]), LOG_TAG, level)

    def closeEvent(self, event):
        if self.runner.is_running():
            if not self.confirm_cancel():
                event.ignore()
                return
            self.runner.cancel()
        super().closeEvent(event)

    def confirm_cancel(self):
        """Asks before a close stops the running algorithm; True to stop it."""
        answer = QMessageBox.question(
            self,
            tr("StrikeCheck"),
            tr("{task} is still running. Stop it and close the panel?").format(
                task=self.runner.description
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
