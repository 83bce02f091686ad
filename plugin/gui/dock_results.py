"""The dock's results: the table of strikes, its rows on the map, zoom, Copy and Export CSV,
the run's phase, and forgetting (or marking as stale) results that no longer stand."""

from pathlib import Path

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QApplication, QFileDialog

from ..compat import is_deleted
from . import results_table


def tr(text):
    return QCoreApplication.translate("StrikeCheckDock", text)


class DockResults:
    """Part of StrikeCheckDock (a mixin): relies on its widgets, `iface`, `results_layer`,
    `result_columns`, `lines_layer` and `_tell`."""

    def _layers_removed(self, layer_ids):
        """The results or lines layer removed from the project: the panel forgets it, and the
        table and finding that described it go with it."""
        if self.lines_layer is not None and (
            is_deleted(self.lines_layer) or self.lines_layer.id() in layer_ids
        ):
            self.lines_layer = None
        if self.results_layer is not None and (
            is_deleted(self.results_layer) or self.results_layer.id() in layer_ids
        ):
            self.results_layer = None
            self.result_columns = []
            self.resultsTable.setRowCount(0)
            self.resultsTable.setColumnCount(0)
            self._summary_text = ""
            self.summaryLabel.setText("")
            self.zoomButton.setEnabled(False)

    def _results_alive(self):
        """True when there are results to use; else says what to do."""
        if self.results_layer is None or is_deleted(self.results_layer):
            self.results_layer = None
            self._tell(
                tr(
                    "No results: run the analysis first (the results layer was removed or none "
                    "was made yet)."
                ),
                Qgis.MessageLevel.Warning,
            )
            return False
        return True

    def zoom_to_results(self):
        """The map canvas zoomed to the results' strikes (to the selected ones when some are)."""
        if not self._results_alive():
            return
        layer = self.results_layer
        ids = layer.selectedFeatureIds() or layer.allFeatureIds()
        if ids:
            self.iface.mapCanvas().zoomToFeatureIds(layer, ids)

    def _mark_stale(self, stale):
        """While a new analysis runs the table still shows the previous one: greyed and said,
        so that nobody reads it as the new answer."""
        self.resultsTable.setEnabled(not stale)
        self.zoomButton.setEnabled(not stale and self.results_layer is not None)
        text = self._summary_text
        if stale and text:
            text = tr("Previous results (a new analysis is running): {summary}").format(
                summary=text
            )
        self.summaryLabel.setText(text)

    def _show_phase(self, text):
        """The phase the run is in, on the progress bar (elided to its width; whole in the tip)."""
        bar = self.progressBar
        room = max(bar.width() - bar.fontMetrics().horizontalAdvance("100% ") - 12, 20)
        short = bar.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        # '%p' in the text would be replaced by the percentage: a zero-width space parts it.
        bar.setFormat("%p% " + short.replace("%", "%\u200b"))
        bar.setToolTip(text)

    def _row_clicked(self, item):
        layer = self.results_layer
        if layer is None or is_deleted(layer):
            return
        fid = item.data(results_table.FID_ROLE)
        layer.selectByIds([fid])
        canvas = self.iface.mapCanvas()
        canvas.panToFeatureIds(layer, [fid])
        canvas.flashFeatureIds(layer, [fid])

    def copy_table(self):
        """Every strike of the results layer to the clipboard, tab-separated (pastes into a
        spreadsheet), at full precision."""
        if not self._results_alive():
            return
        text, rows = results_table.as_csv(self.results_layer, self.result_columns, tr, "\t")
        QApplication.clipboard().setText(text)
        self._tell(tr("{n} rows copied.").format(n=rows), Qgis.MessageLevel.Info)

    def export_csv(self, path=None):
        """Every strike of the results layer to a CSV file, at full precision."""
        if not self._results_alive():
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Export results as CSV"), "", tr("CSV files (*.csv)")
            )
        if path:
            text, rows = results_table.as_csv(self.results_layer, self.result_columns, tr)
            try:
                Path(path).write_text(text, encoding="utf-8")
            except OSError as error:
                self._tell(
                    tr("Could not write {path}: {reason}").format(path=path, reason=error.strerror),
                    Qgis.MessageLevel.Critical,
                )
                return None
            self._tell(
                tr("{n} rows written to {path}.").format(n=rows, path=path),
                Qgis.MessageLevel.Success,
            )
        return path
