"""The panel's faction table: each raw value, the faction it resolves to, its label and colour."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QTableWidgetItem

from ..core.factions import FactionResolver
from ..i18n import preset_text

RAW, CODE, LABEL, COLOUR = range(4)
RESOLVED_ROLE = Qt.ItemDataRole.UserRole


def raw_values(layer, field):
    """The distinct values of `field` in the layer, as text (NULL and blanks left out)."""
    index = layer.fields().lookupField(field) if layer is not None and field else -1
    if index < 0:
        return []
    values = (v for v in layer.uniqueValues(index) if v is not None)
    return sorted({str(v).strip() for v in values if str(v).strip() not in ("", "NULL")})


def fill(table, layer, field, preset, tr):
    """One row per raw value of `field`, resolved with `preset`; the code column is editable."""
    values = raw_values(layer, field)
    resolver = FactionResolver(preset) if preset is not None else None
    table.blockSignals(True)
    table.clear()
    table.setColumnCount(4)
    table.setHorizontalHeaderLabels([tr("Value in layer"), tr("Faction"), tr("Label"), ""])
    table.setRowCount(len(values))
    codes = []
    for row, raw in enumerate(values):
        resolution = resolver.resolve(raw) if resolver else None
        code = resolution.code if resolution and resolution.code else raw
        label = preset_text(resolution.label) if resolution and resolution.label else raw
        codes.append(code)
        raw_item = QTableWidgetItem(raw)
        raw_item.setFlags(raw_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        code_item = QTableWidgetItem(code)
        code_item.setData(RESOLVED_ROLE, code)  # what the preset says, to spot user edits
        code_item.setToolTip(tr("Edit to override the preset for this value"))
        label_item = QTableWidgetItem(label)
        label_item.setFlags(label_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, RAW, raw_item)
        table.setItem(row, CODE, code_item)
        table.setItem(row, LABEL, label_item)
    colours = preset.colours(codes) if preset is not None else {}
    for row, code in enumerate(codes):
        swatch = QTableWidgetItem("")
        swatch.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if code in colours:
            swatch.setBackground(QColor(colours[code]))
        table.setItem(row, COLOUR, swatch)
    table.blockSignals(False)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return values


def mapping(table):
    """The user's overrides as importcontrol's MAPPING text: 'raw=code;raw=code'."""
    pairs = []
    for row in range(table.rowCount()):
        raw, code = table.item(row, RAW), table.item(row, CODE)
        if raw is None or code is None:
            continue
        edited = code.text().strip()
        if edited and edited != code.data(RESOLVED_ROLE):
            pairs.append(f"{raw.text()}={edited}")
    return ";".join(pairs)
