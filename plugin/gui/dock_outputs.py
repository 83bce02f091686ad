"""What the dock does when an algorithm finishes: its output layers named, grouped, styled, read."""

from qgis.core import Qgis, QgsMessageLog, QgsProcessingContext, QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from ..processing.child import run_child
from ..styling.factions import FactionStyles
from . import results_table

LOG_TAG = "StrikeCheck"
GROUP_NAME = "StrikeCheck"


def tr(text):
    return QCoreApplication.translate("StrikeCheckDock", text)


def _set_unique_name(layer, name):
    """Names a new output layer; a name the project already shows gets a number, so re-runs
    are told apart ('strikes: nearest faction (2)')."""
    taken = {other.name() for other in QgsProject.instance().mapLayers().values()}
    unique, number = name, 2
    while unique in taken:
        unique = f"{name} ({number})"
        number += 1
    layer.setName(unique)


class DockOutputs:
    """Part of StrikeCheckDock (a mixin): relies on its widgets, `presets`, `_pending`,
    `_pending_name`, `_start`, `_set_running`, `_tell`, `current_preset_name` and
    `analysis_parameters`."""

    def _finished(self, ok, results, layers, messages):
        self._set_running(False)
        self._mark_stale(False)
        pending, self._pending = self._pending, None
        if not ok:
            text = messages[-1] if messages else tr("The algorithm failed.")
            level = Qgis.MessageLevel.Info if text == "Cancelled." else Qgis.MessageLevel.Critical
            self._tell(tr("Stopped: {reason}").format(reason=text), level, messages)
            return
        if pending == "analysis":
            self._show_analysis(layers, results.get("SUMMARY") or "")
        elif pending in ("control", "control_then_analysis"):
            self._show_control(layers["OUTPUT"])
            if pending == "control_then_analysis":
                self._start("analysis", "strikecheck:nearestfaction", self.analysis_parameters())
        elif pending == "strikes":
            self._show_strikes(layers)
        elif pending == "report":
            self._tell(
                tr("Report written: {pdf}").format(pdf=results.get("OUTPUT_PDF")),
                Qgis.MessageLevel.Success,
            )
        elif pending == "map":
            self._tell(
                tr("Map exported: {pdf} (the layout is in the project's layout manager).").format(
                    pdf=results.get("OUTPUT_PDF")
                ),
                Qgis.MessageLevel.Success,
            )

    def _style(self, layer, role, **extra):
        params = {"LAYER": layer.id(), "ROLE": role}
        name = self.current_preset_name()
        if name:
            params["PRESET"] = name
        params.update({k: v for k, v in extra.items() if v})
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        try:
            # Not processing.run: it logs its outputs as a Python dict ("Results: {...}").
            run_child("strikecheck:applystyle", params, context)
        except Exception as error:  # a style is a nicety: say so, keep the data
            QgsMessageLog.logMessage(str(error), LOG_TAG, Qgis.MessageLevel.Warning)

    def _show_control(self, layer):
        source = self.controlCombo.currentLayer()
        _set_unique_name(
            layer, tr("{name} (factions)").format(name=source.name() if source else "control")
        )
        self._add_to_group(layer)
        self._style(layer, "control")
        self.controlCombo.setLayer(layer)
        self.factionFieldCombo.setField("faction")

    def _show_strikes(self, layers):
        layer = layers["OUTPUT"]
        _set_unique_name(layer, self._pending_name)
        self._add_to_group(layer)
        self._style(layer, "strikes")
        self.strikesCombo.setLayer(layer)
        errors = layers.get("ERRORS")
        rejected = errors.featureCount() if errors is not None else 0
        if rejected:
            _set_unique_name(errors, tr("{name}: rejected rows").format(name=self._pending_name))
            self._add_to_group(errors)
            self._tell(
                tr("{n} strikes imported, {m} rows rejected: see the layer '{errors}'.").format(
                    n=layer.featureCount(), m=rejected, errors=errors.name()
                ),
                Qgis.MessageLevel.Warning,
            )
        else:
            self._tell(
                tr("{n} strikes imported.").format(n=layer.featureCount()),
                Qgis.MessageLevel.Success,
            )

    def _show_analysis(self, layers, said):
        strikes = self.strikesCombo.currentLayer()
        name = strikes.name() if strikes else tr("strikes")
        results = layers.get("OUTPUT")
        _set_unique_name(results, tr("{name}: nearest faction").format(name=name))
        self.results_layer = self._add_to_group(results)
        target = self.targetCombo.currentText()
        label = results_table.label_field(results)
        self._style(results, "results", TARGET_FACTION=target, LABEL_FIELD=label)
        if "LINES" in layers:
            _set_unique_name(
                layers["LINES"], tr("{name}: lines to nearest territory").format(name=name)
            )
            self.lines_layer = self._add_to_group(layers["LINES"])
            self._style(self.lines_layer, "lines", TARGET_FACTION=target)
        target_field = self._target_field(results, target)
        self.result_columns = results_table.columns_of(results, target_field, tr)
        results_table.fill(self.resultsTable, results, self.result_columns, tr)
        self._summary_text = self.summary(results, target, target_field, said)
        self.summaryLabel.setText(self._summary_text)
        self.zoomButton.setEnabled(True)

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
        preset = self.presets.get(self.current_preset_name() or "")
        return FactionStyles(preset).name_of(code) if preset is not None else code

    @staticmethod
    def _target_field(layer, target):
        from ..layouts.texts import distance_field  # numpy: see summary()

        if not target:
            return None
        name = distance_field(target)
        return name if layer.fields().lookupField(name) >= 0 else None

    def _add_to_group(self, layer):
        project = QgsProject.instance()
        root = project.layerTreeRoot()
        group = root.findGroup(GROUP_NAME) or root.insertGroup(0, GROUP_NAME)
        project.addMapLayer(layer, False)
        group.insertLayer(0, layer)
        return layer
