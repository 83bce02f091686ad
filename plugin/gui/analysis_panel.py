"""The panel's Analysis group: the options of strikecheck:nearestfaction (remembered) and Run,
which builds that algorithm's parameters from the panel's choices."""

from qgis.core import Qgis, QgsProcessingFeatureSourceDefinition
from qgis.PyQt.QtCore import QCoreApplication, QObject

from . import settings


def tr(text):
    return QCoreApplication.translate("StrikeCheckDock", text)


class AnalysisPanel(QObject):
    """Works the dock's maxDistanceSpin, drawLinesCheck, frontCheck, precisionSpin,
    snapshotRuleCombo, engineCombo and runButton.
    A child of the dock: deleted with it, so no signal reaches it afterwards."""

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        dock.snapshotRuleCombo.addItem(tr("Use the nearest snapshot"), "nearest")
        dock.snapshotRuleCombo.addItem(tr("Skip them, saying why"), "skip")
        dock.engineCombo.addItem(tr("Automatic (PostGIS when both layers are in it)"), "auto")
        dock.engineCombo.addItem(tr("On this computer"), "local")
        dock.engineCombo.addItem(tr("Inside the PostGIS database"), "database")
        dock.maxDistanceSpin.setClearValue(0.0)
        dock.precisionSpin.setClearValue(0.0)
        self._restore()
        dock.runButton.clicked.connect(self.run)
        dock.maxDistanceSpin.valueChanged.connect(lambda v: settings.set_value("max_km", v))
        dock.drawLinesCheck.toggled.connect(lambda on: settings.set_value("lines", on))
        dock.frontCheck.toggled.connect(lambda on: settings.set_value("front", on))
        dock.precisionSpin.valueChanged.connect(lambda v: settings.set_value("precision_km", v))
        for combo, key in ((dock.snapshotRuleCombo, "snapshot_rule"), (dock.engineCombo, "engine")):
            combo.currentIndexChanged.connect(
                lambda i, c=combo, k=key: settings.set_value(k, c.itemData(i))
            )

    def _restore(self):
        dock = self.dock
        dock.maxDistanceSpin.setValue(settings.value("max_km", 0.0, float))
        dock.drawLinesCheck.setChecked(settings.value("lines", False, bool))
        dock.frontCheck.setChecked(settings.value("front", True, bool))
        dock.precisionSpin.setValue(settings.value("precision_km", 0.0, float))
        for combo, key, default in ((dock.snapshotRuleCombo, "snapshot_rule", "nearest"),
                                    (dock.engineCombo, "engine", "auto")):  # fmt: skip
            combo.setCurrentIndex(max(combo.findData(settings.value(key, default)), 0))

    def parameters(self):
        """The strikecheck:nearestfaction parameters the panel's choices stand for."""
        dock, data = self.dock, self.dock.data
        strikes, control = data.strikes(), data.control()
        if strikes is None or control is None:
            return None
        params = {
            "STRIKES": QgsProcessingFeatureSourceDefinition(strikes.id(), data.selected_only()),
            "CONTROL": control.id(),
            "FACTION_FIELD": dock.factions.field(),
            "OUTPUT": data.output_destination(f"{strikes.name()} nearest faction"),
        }
        if dock.maxDistanceSpin.value() > 0:
            params["MAX_DISTANCE_KM"] = dock.maxDistanceSpin.value()
        if dock.drawLinesCheck.isChecked():
            params["LINES"] = data.output_destination(f"{strikes.name()} lines", [params["OUTPUT"]])
        params["FRONT_DISTANCE"] = dock.frontCheck.isChecked()
        if dock.precisionSpin.value() > 0:
            params["PRECISION_KM"] = dock.precisionSpin.value()
        params["SNAPSHOT_RULE"] = dock.snapshotRuleCombo.currentData()
        params["ENGINE"] = dock.engineCombo.currentData()
        return params

    def run(self):
        """Run: the analysis, after importing the control map when its faction names are raw."""
        params = self.parameters()
        if params is None:
            text = tr("Choose a strike layer and a control map first.")
        elif not params["FACTION_FIELD"]:
            text = tr("Choose the control map's faction field first.")
        else:
            text = None
        if text:
            self.dock.tell(text, Qgis.MessageLevel.Warning)
        elif self.dock.factions.is_imported():
            self.analyse()
        else:
            # Raw faction names go through the preset and the table's overrides first, so the
            # analysis speaks canonical codes ('isis'), whatever the map called them.
            self.dock.factions.import_control(then=self.analyse)

    def analyse(self):
        params = self.parameters()
        if params is not None:
            results = self.dock.results
            self.dock.start(results.show, "strikecheck:nearestfaction", params, stale=True)
