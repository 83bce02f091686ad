"""The dock's exports: the print-layout map and the report of the current results."""

from pathlib import Path

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QFileDialog

from ..compat import is_deleted
from . import results_table, settings


def tr(text):
    return QCoreApplication.translate("StrikeCheckDock", text)


class DockExports:
    """Part of StrikeCheckDock (a mixin): relies on its widgets, `results_layer`,
    `lines_layer`, `_results_alive`, `_start` and `_tell`."""

    def export_map(self, path=None):
        """The print-layout map of the current results (PDF and PNG), added to the project's
        layouts, as the toolbox's 'Export strike map' makes it."""
        params = self._export_inputs()
        if params is None:
            return
        path = self._ask_path(tr("Export map"), tr("PDF (*.pdf)"), path)
        if not path:
            return
        stem = str(Path(path).with_suffix(""))
        params.update(
            {
                "TITLE": tr("Strikes and territorial control"),
                "OUTPUT_PDF": stem + ".pdf",
                "OUTPUT_PNG": stem + ".png",
                "ADD_TO_PROJECT": True,
            }
        )
        self._start("map", "strikecheck:exportmap", params)

    def _export_inputs(self):
        """(STRIKES, CONTROL, LINES, LABEL_FIELD, TARGET_FACTION) parameters of the current
        results, or None after saying what is missing."""
        if not self._results_alive():
            return None
        control = self.controlCombo.currentLayer()
        if control is None:
            self._tell(
                tr("Choose the control map the strikes were analysed against."),
                Qgis.MessageLevel.Warning,
            )
            return None
        params = {
            "STRIKES": self.results_layer.id(),
            "CONTROL": control.id(),
            "FACTION_FIELD": self.factionFieldCombo.currentField(),
            "TARGET_FACTION": self.targetCombo.currentText(),
        }
        if self.lines_layer is not None and not is_deleted(self.lines_layer):
            params["LINES"] = self.lines_layer.id()
        label = results_table.label_field(self.results_layer)
        if label:
            params["LABEL_FIELD"] = label
        return params

    def _ask_path(self, title, kind, path):
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, title, settings.value("last_folder", ""), kind
            )
        if path:
            settings.set_value("last_folder", str(Path(path).parent))
        return path

    def write_report(self, path=None):
        """The report (PDF, and HTML beside it) of the current results, as the toolbox's
        'Write strike report' writes it."""
        params = self._export_inputs()
        if params is None:
            return
        path = self._ask_path(tr("Write report"), tr("PDF (*.pdf)"), path)
        if not path:
            return
        stem = str(Path(path).with_suffix(""))
        params.pop("LINES", None)
        params.update({"OUTPUT_PDF": stem + ".pdf", "OUTPUT_HTML": stem + ".html"})
        self._start("report", "strikecheck:report", params)
