"""The panel's factions: the control map's faction field, the preset, the table of its values
as the analysis will read them (editable), and the target faction."""

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication, QObject

from ..core.codes import member_codes
from ..core.factions import choose_preset
from ..i18n import preset_text
from ..preset_folders import available_presets
from . import faction_table, output_layers, settings

# importcontrol's output: canonical codes in 'faction', the original text beside them.
_IMPORTED_FIELDS = ("faction", "raw_faction")
_FACTION_FIELDS = ("faction", "Faction", "control", "Control")


def tr(text):
    return QCoreApplication.translate("StrikeCheckDock", text)


class FactionsPanel(QObject):
    """Works the dock's factionFieldCombo, presetCombo, factionTable and targetCombo.
    A child of the dock: deleted with it, so no signal reaches it afterwards."""

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self._layer = None
        self.presets = self._load_presets()
        dock.presetCombo.addItem(tr("Automatic (best match)"), "auto")
        for name, preset in sorted(self.presets.items()):
            dock.presetCombo.addItem(preset_text(preset.title) or name, name)
        index = dock.presetCombo.findData(settings.value("preset", "auto"))
        dock.presetCombo.setCurrentIndex(max(index, 0))
        dock.factionFieldCombo.fieldChanged.connect(self._field_changed)
        dock.presetCombo.currentIndexChanged.connect(self._preset_changed)
        dock.factionTable.itemChanged.connect(self._fill_targets)
        dock.targetCombo.currentTextChanged.connect(lambda text: settings.set_value("target", text))

    @staticmethod
    def _load_presets():
        presets, problems = available_presets()
        for problem in problems:
            QgsMessageLog.logMessage(str(problem), output_layers.LOG_TAG, Qgis.MessageLevel.Warning)
        return presets

    def field(self):
        return self.dock.factionFieldCombo.currentField()

    def target(self):
        return self.dock.targetCombo.currentText()

    def mapping(self):
        """The analyst's edits of the faction table, as importcontrol's MAPPING."""
        return faction_table.mapping(self.dock.factionTable)

    def set_control(self, layer):
        """A new control map: its faction field found, its values in the table."""
        self._layer = layer
        combo = self.dock.factionFieldCombo
        combo.setLayer(layer)
        if layer is None:
            return
        for name in (settings.value("faction_field", "faction"), *_FACTION_FIELDS):
            if layer.fields().lookupField(name) >= 0:
                combo.setField(name)
                break
        self._field_changed(combo.currentField())

    def is_imported(self):
        """True when the control map is importcontrol's output read by its 'faction' field."""
        names = self._layer.fields().names() if self._layer is not None else []
        return all(n in names for n in _IMPORTED_FIELDS) and self.field() == "faction"

    def _field_changed(self, field):
        if self._layer is not None and field:
            settings.set_value("faction_field", field)
        self.fill()

    def _preset_changed(self, *args):
        settings.set_value("preset", self.dock.presetCombo.currentData())
        self.fill()

    def current_preset_name(self):
        """The chosen preset, or for 'automatic' the one recognising most of the layer's values."""
        name = self.dock.presetCombo.currentData()
        if name != "auto":
            return name
        values = faction_table.raw_values(self._layer, self.field())
        return choose_preset(values, self.presets)[0] if self.presets else None

    def current_preset(self):
        return self.presets.get(self.current_preset_name() or "")

    def fill(self):
        """The faction table and the target list, both in canonical faction codes."""
        name = self.current_preset_name()
        preset = self.presets.get(name)
        faction_table.fill(self.dock.factionTable, self._layer, self.field(), preset, tr)
        # 'Automatic' says which preset it chose.
        chosen = preset_text(preset.title) or name if preset is not None else ""
        automatic = tr("Automatic: {preset}").format(preset=chosen) if chosen else None
        self.dock.presetCombo.setItemText(0, automatic or tr("Automatic (best match)"))
        self._fill_targets()

    def _fill_targets(self, *args):
        """The target list: every faction code of the faction table, the analyst's edits too."""
        table, combo = self.dock.factionTable, self.dock.targetCombo
        codes = set()
        for row in range(table.rowCount()):
            item = table.item(row, faction_table.CODE)
            codes.update(member_codes(item.text()) if item is not None else ())
        current = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(sorted(c for c in codes if c))
        for wanted in (current, settings.value("target", "isis")):
            if wanted in codes:
                combo.setCurrentText(wanted)
                break
        combo.blockSignals(False)

    def import_control(self, then=None):
        """importcontrol on the chosen map with the preset and the table's edits; `then` runs
        after it (the analysis, when Run found raw faction names)."""
        layer, field = self._layer, self.field()
        if layer is None or not field:
            self.dock.tell(
                tr("Choose a control map and its faction field first."), Qgis.MessageLevel.Warning
            )
            return
        params = {
            "INPUT": layer.id(),
            "FACTION_FIELD": field,
            "PRESET": self.current_preset_name() or "generic",
            "MAPPING": self.mapping(),
            "OUTPUT": self.dock.data.output_destination(f"{layer.name()} factions"),
        }
        # A dated control map keeps its snapshots: the analysis becomes time-aware.
        names = layer.fields().names()
        dated = [n for n in ("valid_from", "snapshot_date", "date") if n in names]
        if dated:
            params["DATE_FIELD"] = dated[0]

        def imported(results, layers):
            self.show_control(layers["OUTPUT"])
            if then is not None:
                then()

        self.dock.start(imported, "strikecheck:importcontrol", params, stale=then is not None)

    def show_control(self, layer, name=None):
        """A control map an import made (importcontrol's by default) added, styled and chosen
        as the control map, read by its 'faction' field; `name`: its name in the project."""
        if name is None:
            source = self._layer
            name = tr("{name} (factions)").format(name=source.name() if source else "control")
        output_layers.set_unique_name(layer, name)
        output_layers.add_to_group(layer)
        output_layers.apply_style(layer, "control", self.current_preset_name())
        self.dock.controlCombo.setLayer(layer)
        self.dock.factionFieldCombo.setField("faction")
