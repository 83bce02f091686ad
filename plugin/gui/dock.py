"""The StrikeCheck dock: pick layers, run the Processing algorithms in the background, read."""

import contextlib
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMessageLog,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
)
from qgis.gui import QgsDockWidget, QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QComboBox, QMessageBox

from ..compat import LAYER_FILTER_CONTROL, LAYER_FILTER_POINT
from ..core.codes import member_codes
from ..core.factions import choose_preset
from ..i18n import apply_direction, preset_text
from ..preset_folders import available_presets
from . import faction_table, output_store, settings
from .dock_exports import DockExports
from .dock_imports import DockImports
from .dock_outputs import LOG_TAG, DockOutputs
from .dock_results import DockResults
from .runner import AlgorithmRunner

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).resolve().parent / "ui" / "dock.ui"))


def tr(text):
    return QCoreApplication.translate("StrikeCheckDock", text)


class StrikeCheckDock(
    QgsDockWidget, FORM_CLASS, DockImports, DockOutputs, DockResults, DockExports
):
    """The panel: layer and option choices (remembered), the algorithms it runs, their results."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("StrikeCheckDock")
        apply_direction(self)  # right to left in Arabic
        self.iface = iface
        self.runner = AlgorithmRunner(self)
        self.results_layer = None
        self._summary_text = ""
        self.result_columns = []
        self.lines_layer = None
        self._watched = None
        self._had_selection = False
        self._pending = None  # what to do with the outputs of the running algorithm
        self._pending_name = ""
        self._set_up_widgets()
        self._fill_choices()
        self._connect()
        self._restore()
        self._strikes_changed(self.strikesCombo.currentLayer())
        self._control_changed(self.controlCombo.currentLayer())

    def _set_up_widgets(self):
        self.strikesCombo.setFilters(LAYER_FILTER_POINT)
        self.controlCombo.setFilters(LAYER_FILTER_CONTROL)
        self.strikesCombo.setAllowEmptyLayer(True)
        self.controlCombo.setAllowEmptyLayer(True)
        self.maxDistanceSpin.setClearValue(0.0)
        self.progressBar.setVisible(False)
        self.cancelButton.setVisible(False)
        self.zoomButton.setIcon(QgsApplication.getThemeIcon("/mActionZoomToLayer.svg"))
        self.precisionSpin.setClearValue(0.0)
        self.outputsFile.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.outputsFile.setFilter(tr("GeoPackage (*.gpkg)"))
        self.outputsFile.lineEdit().setPlaceholderText(tr("Beside the project file"))
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

    def _fill_choices(self):
        self.snapshotRuleCombo.addItem(tr("Use the nearest snapshot"), "nearest")
        self.snapshotRuleCombo.addItem(tr("Skip them, saying why"), "skip")
        self.engineCombo.addItem(tr("Automatic (PostGIS when both layers are in it)"), "auto")
        self.engineCombo.addItem(tr("On this computer"), "local")
        self.engineCombo.addItem(tr("Inside the PostGIS database"), "database")
        self.presets = self._load_presets()
        self.presetCombo.addItem(tr("Automatic (best match)"), "auto")
        for name, preset in sorted(self.presets.items()):
            self.presetCombo.addItem(preset_text(preset.title) or name, name)

    def _connect(self):
        self.strikesCombo.layerChanged.connect(self._strikes_changed)
        self.controlCombo.layerChanged.connect(self._control_changed)
        self.factionFieldCombo.fieldChanged.connect(self._faction_field_changed)
        self.presetCombo.currentIndexChanged.connect(self._preset_changed)
        self.importStrikesButton.clicked.connect(lambda: self.import_strikes())
        self.importControlButton.clicked.connect(lambda: self.open_control_file())
        self.exportMapButton.clicked.connect(lambda: self.export_map())
        self.reportButton.clicked.connect(lambda: self.write_report())
        self.runButton.clicked.connect(self.run_analysis)
        self.cancelButton.clicked.connect(self.runner.cancel)
        self.runner.progressChanged.connect(lambda v: self.progressBar.setValue(int(v)))
        self.runner.progressTextChanged.connect(self._show_phase)
        self.zoomButton.clicked.connect(lambda: self.zoom_to_results())
        self.runner.finished.connect(self._finished)
        self.resultsTable.itemClicked.connect(self._row_clicked)
        self.factionTable.itemChanged.connect(self._fill_targets)
        QgsProject.instance().layersWillBeRemoved.connect(self._layers_removed)
        self.copyButton.clicked.connect(self.copy_table)
        self.exportCsvButton.clicked.connect(self.export_csv)
        self.targetCombo.currentTextChanged.connect(lambda text: settings.set_value("target", text))
        self.maxDistanceSpin.valueChanged.connect(lambda v: settings.set_value("max_km", v))
        self.drawLinesCheck.toggled.connect(lambda on: settings.set_value("lines", on))
        self.frontCheck.toggled.connect(lambda on: settings.set_value("front", on))
        self.precisionSpin.valueChanged.connect(lambda v: settings.set_value("precision_km", v))
        self.snapshotRuleCombo.currentIndexChanged.connect(
            lambda i: settings.set_value("snapshot_rule", self.snapshotRuleCombo.itemData(i))
        )
        # The GeoPackage belongs to the project: another project keeps its own.
        self.outputsFile.fileChanged.connect(output_store.remember)
        QgsProject.instance().readProject.connect(self._read_project)
        self.engineCombo.currentIndexChanged.connect(
            lambda i: settings.set_value("engine", self.engineCombo.itemData(i))
        )

    # -- state ---------------------------------------------------------------------------

    def _read_project(self, *args):
        self.outputsFile.setFilePath(output_store.remembered(QgsProject.instance()))

    def _restore(self):
        project = QgsProject.instance()
        self.outputsFile.setFilePath(output_store.remembered(project))
        for combo, key in ((self.strikesCombo, "strikes_layer"), (self.controlCombo, "control")):
            layer = project.mapLayer(settings.value(key, ""))
            if layer is not None:
                combo.setLayer(layer)
        index = self.presetCombo.findData(settings.value("preset", "auto"))
        self.presetCombo.setCurrentIndex(max(index, 0))
        self.maxDistanceSpin.setValue(settings.value("max_km", 0.0, float))
        self.drawLinesCheck.setChecked(settings.value("lines", False, bool))
        self.frontCheck.setChecked(settings.value("front", True, bool))
        self.precisionSpin.setValue(settings.value("precision_km", 0.0, float))
        rule = self.snapshotRuleCombo.findData(settings.value("snapshot_rule", "nearest"))
        self.snapshotRuleCombo.setCurrentIndex(max(rule, 0))
        engine = self.engineCombo.findData(settings.value("engine", "auto"))
        self.engineCombo.setCurrentIndex(max(engine, 0))

    def _strikes_changed(self, layer):
        if self._watched is not None:
            # TypeError/RuntimeError: the layer was deleted with its connections.
            with contextlib.suppress(TypeError, RuntimeError):
                self._watched.selectionChanged.disconnect(self._selection_changed)
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
        # Ticked when a selection appears, unticked when it goes; in between the analyst's
        # choice stands (changing the selection does not tick it again).
        if (selected > 0) != self._had_selection:
            self.selectedOnlyCheck.setChecked(selected > 0)
        self._had_selection = selected > 0
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
        if layer is not None and field:
            settings.set_value("faction_field", field)
        self._fill_factions()

    def _load_presets(self):
        presets, problems = available_presets()
        for problem in problems:
            QgsMessageLog.logMessage(str(problem), LOG_TAG, Qgis.MessageLevel.Warning)
        return presets

    def _preset_changed(self, *args):
        settings.set_value("preset", self.presetCombo.currentData())
        self._fill_factions()

    def current_preset_name(self):
        """The chosen preset, or for 'automatic' the one recognising most of the layer's values."""
        name = self.presetCombo.currentData()
        if name != "auto":
            return name
        values = faction_table.raw_values(
            self.controlCombo.currentLayer(), self.factionFieldCombo.currentField()
        )
        return choose_preset(values, self.presets)[0] if self.presets else None

    def _fill_factions(self):
        """The faction table and the target list, both in canonical faction codes."""
        name = self.current_preset_name()
        faction_table.fill(
            self.factionTable,
            self.controlCombo.currentLayer(),
            self.factionFieldCombo.currentField(),
            self.presets.get(name),
            tr,
        )
        # 'Automatic' says which preset it chose.
        preset = self.presets.get(name)
        chosen = preset_text(preset.title) or name if preset is not None else ""
        automatic = tr("Automatic: {preset}").format(preset=chosen) if chosen else None
        self.presetCombo.setItemText(0, automatic or tr("Automatic (best match)"))
        self._fill_targets()

    def _fill_targets(self, *args):
        """The target list: every faction code of the faction table, the analyst's edits too."""
        codes = set()
        for row in range(self.factionTable.rowCount()):
            item = self.factionTable.item(row, faction_table.CODE)
            codes.update(member_codes(item.text()) if item is not None else ())
        current = self.targetCombo.currentText()
        self.targetCombo.blockSignals(True)
        self.targetCombo.clear()
        self.targetCombo.addItems(sorted(c for c in codes if c))
        for wanted in (current, settings.value("target", "isis")):
            if wanted in codes:
                self.targetCombo.setCurrentText(wanted)
                break
        self.targetCombo.blockSignals(False)

    # -- running -------------------------------------------------------------------------

    def _set_running(self, running):
        self.runButton.setEnabled(not running)
        self.progressBar.setVisible(running)
        self.cancelButton.setVisible(running)
        self.progressBar.setValue(0)
        self.progressBar.setFormat("%p%")
        self.progressBar.setToolTip("")

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
            "OUTPUT": self.output_destination(f"{strikes.name()} nearest faction"),
        }
        if self.maxDistanceSpin.value() > 0:
            params["MAX_DISTANCE_KM"] = self.maxDistanceSpin.value()
        if self.drawLinesCheck.isChecked():
            params["LINES"] = self.output_destination(f"{strikes.name()} lines", [params["OUTPUT"]])
        params["FRONT_DISTANCE"] = self.frontCheck.isChecked()
        if self.precisionSpin.value() > 0:
            params["PRECISION_KM"] = self.precisionSpin.value()
        params["SNAPSHOT_RULE"] = self.snapshotRuleCombo.currentData()
        params["ENGINE"] = self.engineCombo.currentData()
        return params

    def _is_imported_control(self, layer):
        # importcontrol's output: canonical codes in 'faction', the original text beside them.
        names = layer.fields().names() if layer is not None else []
        return "raw_faction" in names and self.factionFieldCombo.currentField() == "faction"

    def run_analysis(self):
        params = self.analysis_parameters()
        if params is None:
            self._tell(
                tr("Choose a strike layer and a control map first."), Qgis.MessageLevel.Warning
            )
            return
        if not params["FACTION_FIELD"]:
            self._tell(
                tr("Choose the control map's faction field first."), Qgis.MessageLevel.Warning
            )
            return
        if self._is_imported_control(self.controlCombo.currentLayer()):
            self._start("analysis", "strikecheck:nearestfaction", params)
        else:
            # Raw faction names go through the preset and the table's overrides first, so the
            # analysis speaks canonical codes ('isis'), whatever the map called them.
            self.import_control(then_analyse=True)

    def _start(self, pending, algorithm_id, params):
        self._pending = pending
        self._set_running(True)
        if pending in ("analysis", "control_then_analysis"):
            self._mark_stale(True)
        self.runner.start(algorithm_id, params)

    # -- messages --------------------------------------------------------------------------

    def _tell(self, text, level, details=()):
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
