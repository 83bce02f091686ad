"""The panel's Export map and Report buttons: strikecheck:exportmap and strikecheck:report on
the current results, as the toolbox's algorithms make them."""

from pathlib import Path

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, QObject
from qgis.PyQt.QtWidgets import QFileDialog

from . import results_table, settings


def tr(text):
    return QCoreApplication.translate("StrikeCheckDock", text)


class ExportPanel(QObject):
    """Works the dock's exportMapButton and reportButton.
    A child of the dock: deleted with it, so no signal reaches it afterwards."""

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        dock.exportMapButton.clicked.connect(lambda: self.export_map())
        dock.reportButton.clicked.connect(lambda: self.write_report())

    def export_map(self, path=None):
        """The print-layout map of the current results (PDF and PNG), added to the project's
        layouts, as the toolbox's 'Export strike map' makes it."""
        params = self._inputs()
        path = self._ask_path(tr("Export map"), tr("PDF (*.pdf)"), path) if params else None
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
        self.dock.start(self._map_made, "strikecheck:exportmap", params)

    def write_report(self, path=None):
        """The report (PDF, and HTML beside it) of the current results, as the toolbox's
        'Write strike report' writes it."""
        params = self._inputs()
        path = self._ask_path(tr("Write report"), tr("PDF (*.pdf)"), path) if params else None
        if not path:
            return
        stem = str(Path(path).with_suffix(""))
        params.pop("LINES", None)
        params.update({"OUTPUT_PDF": stem + ".pdf", "OUTPUT_HTML": stem + ".html"})
        self.dock.start(self._report_written, "strikecheck:report", params)

    def _map_made(self, results, layers):
        self.dock.tell(
            tr("Map exported: {pdf} (the layout is in the project's layout manager).").format(
                pdf=results.get("OUTPUT_PDF")
            ),
            Qgis.MessageLevel.Success,
        )

    def _report_written(self, results, layers):
        self.dock.tell(
            tr("Report written: {pdf}").format(pdf=results.get("OUTPUT_PDF")),
            Qgis.MessageLevel.Success,
        )

    def _inputs(self):
        """(STRIKES, CONTROL, LINES, LABEL_FIELD, TARGET_FACTION) parameters of the current
        results, or None after saying what is missing."""
        results = self.dock.results
        if not results.alive():
            return None
        control = self.dock.data.control()
        if control is None:
            self.dock.tell(
                tr("Choose the control map the strikes were analysed against."),
                Qgis.MessageLevel.Warning,
            )
            return None
        params = {
            "STRIKES": results.layer.id(),
            "CONTROL": control.id(),
            "FACTION_FIELD": self.dock.factions.field(),
            "TARGET_FACTION": self.dock.factions.target(),
        }
        lines = results.lines_alive()
        if lines is not None:
            params["LINES"] = lines.id()
        label = results_table.label_field(results.layer)
        if label:
            params["LABEL_FIELD"] = label
        return params

    def _ask_path(self, title, kind, path):
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self.dock, title, settings.value("last_folder", ""), kind
            )
        if path:
            settings.set_value("last_folder", str(Path(path).parent))
        return path
