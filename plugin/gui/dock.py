"""The StrikeCheck dock: pick layers, run the Processing algorithms in the background, read the answer."""

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsMessageLog,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QApplication, QFileDialog

from ..compat import LAYER_FILTER_CONTROL, LAYER_FILTER_POINT
from . import results_table, settings
from .runner import AlgorithmRunner

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).resolve().parent / "ui" / "dock.ui"))
LOG_TAG = "StrikeCheck"
GROUP_NAME = "StrikeCheck"


def tr(text):
    return QCoreApplication.translate("StrikeCheckDock", text)


class StrikeCheckDock(QgsDockWidget, FORM_CLASS):
    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("StrikeCheckDock")
        self.iface = iface
        self.runner = AlgorithmRunner(self)
        self.results_layer = None
        self.lines_layer = None
        self._watched = None
        self._pending = None  # what to do with the outputs of the running algorithm

        self.strikesCombo.setFilters(LAYER_FILTER_POINT)
        self.controlCombo.setFilters(LAYER_FILTER_CONTROL)
        self.strikesCombo.setAllowEmptyLayer(True)
        self.controlCombo.setAllowEmptyLayer(True)
        self.maxDistanceSpin.setClearValue(0.0)
        self.progressBar.setVisible(False)
        self.cancelButton.setVisible(False)
        self.factionTable.setVisible(False)
        self.presetLabel.setVisible(False)
        self.presetCombo.setVisible(False)
        self.importStrikesButton.setEnabled(False)
        self.importControlButton.setEnabled(False)

        self.strikesCombo.layerChanged.connect(self._strikes_changed)
        self.controlCombo.layerChanged.connect(self._control_changed)
        self.factionFieldCombo.fieldChanged.connect(self._faction_field_changed)
        self.runButton.clicked.connect(self.run_analysis)
        self.cancelButton.clicked.connect(self.runner.cancel)
        self.runner.progressChanged.connect(lambda v: self.progressBar.setValue(int(v)))
        self.runner.finished.connect(self._finished)
        self.resultsTable.itemClicked.connect(self._row_clicked)
        self.copyButton.clicked.connect(self.copy_table)
        self.exportCsvButton.clicked.connect(self.export_csv)
        self.targetCombo.currentTextChanged.connect(lambda text: settings.set_value("target", text))
        self.maxDistanceSpin.valueChanged.connect(lambda v: settings.set_value("max_km", v))
        self.drawLinesCheck.toggled.connect(lambda on: settings.set_value("lines", on))

        self._restore()
        self._strikes_changed(self.strikesCombo.currentLayer())
        self._control_changed(self.controlCombo.currentLayer())

    # -- state ---------------------------------------------------------------------------

    def _restore(self):
        project = QgsProject.instance()
        for combo, key in ((self.strikesCombo, "strikes_layer"), (self.controlCombo, "control")):
            layer = project.mapLayer(settings.value(key, ""))
            if layer is not None:
                combo.setLayer(layer)
        self.maxDistanceSpin.setValue(settings.value("max_km", 0.0, float))
        self.drawLinesCheck.setChecked(settings.value("lines", False, bool))

    def _strikes_changed(self, layer):
        if self._watched is not None:
            try:
                self._watched.selectionChanged.disconnect(self._selection_changed)
            except (TypeError, RuntimeError):
                pass  # the layer was deleted with its connections
        self._watched = layer
        if layer is not None:
            settings.set_value("strikes_layer", layer.id())
            layer.selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _selection_changed(self, *args):
        layer = self._watched
        selected = layer.selectedFeatureCount() if layer is not None else 0
        total = layer.featureCount() if layer is not None else 0
        self.selectedOnlyCheck.setEnabled(selected > 0)
        # On by default whenever there is a selection; off when there is none.
        self.selectedOnlyCheck.setChecked(selected > 0)
        self.selectionCountLabel.setText(
            tr("{n} of {total} selected").format(n=selected, total=total) if layer else ""
        )

    def _control_changed(self, layer):
        self.factionFieldCombo.setLayer(layer)
        if layer is None:
            return
        settings.set_value("control", layer.id())
        wanted = settings.value("faction_field", "faction")
        for name in (wanted, "faction", "Faction", "control", "Control"):
            if layer.fields().lookupField(name) >= 0:
                self.factionFieldCombo.setField(name)
                break
        self._faction_field_changed(self.factionFieldCombo.currentField())

    def _faction_field_changed(self, field):
        layer = self.controlCombo.currentLayer()
        self.targetCombo.blockSignals(True)
        self.targetCombo.clear()
        if layer is not None and field:
            settings.set_value("faction_field", field)
            values = sorted(
                str(v) for v in layer.uniqueValues(layer.fields().lookupField(field))
                if v is not None and str(v) not in ("", "NULL")
            )
            self.targetCombo.addItems(values)
            wanted = settings.value("target", "isis")
            if wanted in values:
                self.targetCombo.setCurrentText(wanted)
        self.targetCombo.blockSignals(False)

    # -- running -------------------------------------------------------------------------

    def _set_running(self, running):
        self.runButton.setEnabled(not running)
        self.progressBar.setVisible(running)
        self.cancelButton.setVisible(running)
        self.progressBar.setValue(0)

    def analysis_parameters(self):
        """The strikecheck:nearestfaction parameters the panel's choices stand for."""
        strikes = self.strikesCombo.currentLayer()
        control = self.controlCombo.currentLayer()
        if strikes is None or control is None:
            return None
        selected = self.selectedOnlyCheck.isChecked() and strikes.selectedFeatureCount() > 0
        params = {
            "STRIKES": QgsProcessingFeatureSourceDefinition(strikes.id(), selected),
            "CONTROL": control.id(),
            "FACTION_FIELD": self.factionFieldCombo.currentField(),
            "OUTPUT": "TEMPORARY_OUTPUT",
        }
        if self.maxDistanceSpin.value() > 0:
            params["MAX_DISTANCE_KM"] = self.maxDistanceSpin.value()
        if self.drawLinesCheck.isChecked():
            params["LINES"] = "TEMPORARY_OUTPUT"
        return params

    def run_analysis(self):
        params = self.analysis_parameters()
        if params is None:
            self._tell(tr("Choose a strike layer and a control map first."), Qgis.MessageLevel.Warning)
            return
        if not params["FACTION_FIELD"]:
            self._tell(tr("Choose the control map's faction field first."), Qgis.MessageLevel.Warning)
            return
        self._pending = "analysis"
        self._set_running(True)
        self.runner.start("strikecheck:nearestfaction", params, tr("StrikeCheck: nearest faction"))

    def _finished(self, ok, results, layers, messages):
        self._set_running(False)
        pending, self._pending = self._pending, None
        if not ok:
            text = messages[-1] if messages else tr("The algorithm failed.")
            level = Qgis.MessageLevel.Info if text == "Cancelled." else Qgis.MessageLevel.Critical
            self._tell(tr("Analysis stopped: {reason}").format(reason=text), level, messages)
            return
        if pending == "analysis":
            self._show_analysis(layers)

    def _show_analysis(self, layers):
        strikes = self.strikesCombo.currentLayer()
        name = strikes.name() if strikes else tr("strikes")
        results = layers.get("OUTPUT")
        results.setName(tr("{name}: nearest faction").format(name=name))
        self.results_layer = self._add_to_group(results)
        if "LINES" in layers:
            layers["LINES"].setName(tr("{name}: lines to nearest territory").format(name=name))
            self.lines_layer = self._add_to_group(layers["LINES"])
        target = self.targetCombo.currentText()
        target_field = self._target_field(results, target)
        results_table.fill(self.resultsTable, results, target_field, tr)
        self.summaryLabel.setText(self.summary(results, target, target_field))

    def summary(self, layer, target, target_field):
        from ..core.summary import verdict

        if not target_field:
            return tr("{n} strikes analysed.").format(n=layer.featureCount())
        controlled, km = [], []
        for feature in layer.getFeatures():
            value = feature["controlled_by"]
            controlled.append(None if value is None or str(value) == "NULL" else str(value))
            distance = feature[target_field]
            km.append(float(distance) if isinstance(distance, (int, float)) else float("nan"))
        return verdict(controlled, km, target, target.upper() if len(target) <= 4 else target)

    @staticmethod
    def _target_field(layer, target):
        from ..core.naming import faction_slug

        if not target:
            return None
        name = f"dist_{faction_slug(target)}_km"
        return name if layer.fields().lookupField(name) >= 0 else None

    def _add_to_group(self, layer):
        project = QgsProject.instance()
        root = project.layerTreeRoot()
        group = root.findGroup(GROUP_NAME) or root.insertGroup(0, GROUP_NAME)
        project.addMapLayer(layer, False)
        group.insertLayer(0, layer)
        return layer

    # -- results -------------------------------------------------------------------------

    def _row_clicked(self, item):
        layer = self.results_layer
        if layer is None:
            return
        fid = item.data(results_table.FID_ROLE)
        layer.selectByIds([fid])
        canvas = self.iface.mapCanvas()
        canvas.panToFeatureIds(layer, [fid])
        canvas.flashFeatureIds(layer, [fid])

    def copy_table(self):
        QApplication.clipboard().setText(results_table.as_csv(self.resultsTable, "\t"))

    def export_csv(self, path=None):
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Export results as CSV"), "", tr("CSV files (*.csv)")
            )
        if path:
            Path(path).write_text(results_table.as_csv(self.resultsTable), encoding="utf-8")
        return path

    # -- messages --------------------------------------------------------------------------

    def _tell(self, text, level, details=()):
        self.iface.messageBar().pushMessage("StrikeCheck", text, level)
        QgsMessageLog.logMessage("\n".join([text, *details]), LOG_TAG, level)

    def closeEvent(self, event):
        if self.runner.is_running():
            self.runner.cancel()
        super().closeEvent(event)
