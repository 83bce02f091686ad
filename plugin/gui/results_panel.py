"""The panel's Results group: the table of strikes, its rows on the map, the finding, zoom,
Copy and Export CSV; results marked stale during a run, forgotten when their layer goes, and
shown again when the project is reopened."""

from pathlib import Path

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, QObject
from qgis.PyQt.QtWidgets import QApplication, QFileDialog

from ..compat import is_deleted
from ..styling.factions import FactionStyles
from . import output_layers, project_state, results_table


def tr(text):
    return QCoreApplication.translate("StrikeCheckDock", text)


def _alive(layer):
    return layer is not None and not is_deleted(layer)


class ResultsPanel(QObject):
    """Works the dock's summaryLabel, zoomButton, resultsTable, copyButton and exportCsvButton;
    `layer` and `lines` are the shown results' layers (None when there are none).
    A child of the dock: deleted with it, so no signal reaches it afterwards."""

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self.layer = None
        self.lines = None
        self.columns = []
        self._summary_text = ""
        dock.zoomButton.clicked.connect(lambda: self.zoom())
        dock.resultsTable.itemClicked.connect(self.row_clicked)
        dock.copyButton.clicked.connect(lambda: self.copy_table())
        dock.exportCsvButton.clicked.connect(lambda: self.export_csv())

    def show(self, results, layers):
        """nearestfaction's outputs: named, grouped, styled, tabled, kept in the project."""
        strikes = self.dock.data.strikes()
        name = strikes.name() if strikes else tr("strikes")
        layer = layers.get("OUTPUT")
        output_layers.set_unique_name(layer, tr("{name}: nearest faction").format(name=name))
        output_layers.add_to_group(layer)
        factions = self.dock.factions
        target, preset = factions.target(), factions.current_preset_name()
        label = results_table.label_field(layer)
        output_layers.apply_style(
            layer, "results", preset, TARGET_FACTION=target, LABEL_FIELD=label
        )
        lines = layers.get("LINES")
        if lines is not None:
            title = tr("{name}: lines to nearest territory").format(name=name)
            output_layers.set_unique_name(lines, title)
            output_layers.add_to_group(lines)
            output_layers.apply_style(lines, "lines", preset, TARGET_FACTION=target)
        said = results.get("SUMMARY") or ""
        for key, value in (("results_layer", layer.id()), ("lines_layer", lines and lines.id()),
                           ("results_said", said)):  # fmt: skip
            project_state.remember(key, value)
        self._show(layer, lines, said)

    def restore(self):
        """The results the project's panel last showed (after the project is read)."""
        layer = project_state.recalled_layer("results_layer")
        if layer is None:
            self._forget()
            return
        self._show(
            layer,
            project_state.recalled_layer("lines_layer"),
            project_state.recalled("results_said"),
        )

    def _show(self, layer, lines, said):
        self.layer, self.lines = layer, lines
        target_field = self._target_field(layer, self.dock.factions.target())
        self.columns = results_table.columns_of(layer, target_field, tr)
        results_table.fill(self.dock.resultsTable, layer, self.columns, tr)
        self._summary_text = self.summary(layer, self.dock.factions.target(), target_field, said)
        self.dock.summaryLabel.setText(self._summary_text)
        self.dock.zoomButton.setEnabled(True)

    def summary(self, layer, target, target_field, said):
        """The finding the map and report print for the target faction (layouts.texts, as they
        do), then what the analysis itself said of its results (its SUMMARY output)."""
        # Needs numpy: the panel opens before dependencies.py's check, this runs after a run.
        from ..layouts.texts import verdict_sentence

        finding = (
            verdict_sentence(layer, target, self._faction_name(target)) if target_field else ""
        )
        return " ".join(part for part in (finding, said) if part)

    def _faction_name(self, code):
        """The preset's short name for sentences ('ISIS', 'Jabhat al-Nusra'), as on the map."""
        preset = self.dock.factions.current_preset()
        return FactionStyles(preset).name_of(code) if preset is not None else code

    @staticmethod
    def _target_field(layer, target):
        from ..layouts.texts import distance_field  # numpy: see summary()

        if not target:
            return None
        name = distance_field(target)
        return name if layer.fields().lookupField(name) >= 0 else None

    def _forget(self):
        self.layer = None
        self.columns = []
        self.dock.resultsTable.setRowCount(0)
        self.dock.resultsTable.setColumnCount(0)
        self._summary_text = ""
        self.dock.summaryLabel.setText("")
        self.dock.zoomButton.setEnabled(False)

    def layers_removed(self, layer_ids):
        """The results or lines layer removed from the project: the panel forgets it, and the
        table and finding that described it go with it."""
        if self.lines is not None and (is_deleted(self.lines) or self.lines.id() in layer_ids):
            self.lines = None
        if self.layer is not None and (is_deleted(self.layer) or self.layer.id() in layer_ids):
            self._forget()

    def alive(self):
        """True when there are results to use; else says what to do."""
        if _alive(self.layer):
            return True
        self.layer = None
        self.dock.tell(
            tr(
                "No results: run the analysis first (the results layer was removed or none "
                "was made yet)."
            ),
            Qgis.MessageLevel.Warning,
        )
        return False

    def lines_alive(self):
        return self.lines if _alive(self.lines) else None

    def mark_stale(self, stale):
        """While a new analysis runs the table still shows the previous one: greyed and said,
        so that nobody reads it as the new answer."""
        self.dock.resultsTable.setEnabled(not stale)
        self.dock.zoomButton.setEnabled(not stale and self.layer is not None)
        text = self._summary_text
        if stale and text:
            text = tr("Previous results (a new analysis is running): {summary}").format(
                summary=text
            )
        self.dock.summaryLabel.setText(text)

    def zoom(self):
        """The map canvas zoomed to the results' strikes (to the selected ones when some are)."""
        if not self.alive():
            return
        ids = self.layer.selectedFeatureIds() or self.layer.allFeatureIds()
        if ids:
            self.dock.iface.mapCanvas().zoomToFeatureIds(self.layer, ids)

    def row_clicked(self, item):
        if not _alive(self.layer):
            return
        fid = item.data(results_table.FID_ROLE)
        self.layer.selectByIds([fid])
        canvas = self.dock.iface.mapCanvas()
        canvas.panToFeatureIds(self.layer, [fid])
        canvas.flashFeatureIds(self.layer, [fid])

    def copy_table(self):
        """Every strike of the results layer to the clipboard, tab-separated (pastes into a
        spreadsheet), at full precision."""
        if not self.alive():
            return
        text, rows = results_table.as_csv(self.layer, self.columns, tr, "\t")
        QApplication.clipboard().setText(text)
        self.dock.tell(tr("{n} rows copied.").format(n=rows), Qgis.MessageLevel.Info)

    def export_csv(self, path=None):
        """Every strike of the results layer to a CSV file, at full precision."""
        if not self.alive():
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self.dock, tr("Export results as CSV"), "", tr("CSV files (*.csv)")
            )
        if not path:
            return path
        text, rows = results_table.as_csv(self.layer, self.columns, tr)
        try:
            Path(path).write_text(text, encoding="utf-8")
        except OSError as error:
            self.dock.tell(
                tr("Could not write {path}: {reason}").format(path=path, reason=error.strerror),
                Qgis.MessageLevel.Critical,
            )
            return None
        self.dock.tell(
            tr("{n} rows written to {path}.").format(n=rows, path=path), Qgis.MessageLevel.Success
        )
        return path
