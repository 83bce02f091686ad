"""Fills the panel's results table from a nearest-faction output layer and exports it as text."""

import csv
import io

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QTableWidgetItem

from ..core.spreadsheet import safe_cell
from ..core.vocabulary import DATE_FIELD_NAMES, ID_FIELD_NAMES, PLACE_FIELD_NAMES, first_field
from ..layer_io.tables import read_columns

MAX_ROWS = 5000  # a table of more rows helps nobody; the layer holds them all
FID_ROLE = Qt.ItemDataRole.UserRole


class _NumberItem(QTableWidgetItem):
    """Sorts by number, with empty cells last."""

    def __lt__(self, other):
        mine, theirs = self.data(FID_ROLE + 1), other.data(FID_ROLE + 1)
        if mine is None:
            return False
        if theirs is None:
            return True
        return mine < theirs


def label_field(layer):
    """The field naming each strike in the table and on the map: a place, else an id."""
    names = layer.fields().names()
    return first_field(names, PLACE_FIELD_NAMES) or first_field(names, ID_FIELD_NAMES)


def columns_of(layer, target_field, tr):
    """The table's (title, field) columns for a results layer: strike, date, verdict, distances
    (`target_field` the target's distance) and, when present, fronts, snapshots, certainty."""
    names = layer.fields().names()
    dist_fields = [n for n in names if n.startswith("dist_") and n.endswith("_km")]
    label = label_field(layer)
    date_field = first_field(names, DATE_FIELD_NAMES)
    columns = [(tr("Strike"), label), (tr("Date"), date_field)]
    columns += [(tr("Controlled by"), "controlled_by"), (tr("Nearest other"), "nearest_other")]
    columns += [(tr("km to nearest other"), "nearest_other_km")]
    columns += [(tr("km to {f}").format(f=n[5:-3]), n) for n in dist_fields]
    if target_field:
        columns.append((tr("km to target"), target_field))
    for title, field in (
        (tr("km to front"), "front_km"),
        (tr("Across the front"), "front_faction"),
        (tr("Snapshot"), "snapshot_date"),
        (tr("Possible factions"), "possible_factions"),
        (tr("Certain"), "controlled_by_certain"),
    ):
        if field in names:
            columns.append((title, field))
    return columns


def fill(table, layer, columns, tr):
    """Shows one row per strike (the first MAX_ROWS); returns how many rows the layer has."""
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(columns))
    table.setHorizontalHeaderLabels([title for title, _ in columns])
    fids, values = read_columns(layer, [field for _, field in columns if field], limit=MAX_ROWS)
    table.setRowCount(len(fids))
    for row, fid in enumerate(fids):
        for col, (_, field) in enumerate(columns):
            value = values[field][row] if field else (fid if col == 0 else None)
            if isinstance(value, bool):
                value = tr("yes") if value else tr("no")
            if value is None:
                item = _NumberItem("")
                item.setData(FID_ROLE + 1, None)
            elif isinstance(value, float):
                item = _NumberItem(f"{value:.1f}")
                item.setData(FID_ROLE + 1, value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            else:
                text = value.isoformat()[:10] if hasattr(value, "isoformat") else str(value)
                item = QTableWidgetItem(text)
            item.setData(FID_ROLE, fid)
            table.setItem(row, col, item)
    table.setSortingEnabled(True)
    table.resizeColumnsToContents()
    return layer.featureCount()


def _cell(value, tr):
    """A value as CSV text at full precision; formula-like text made safe for spreadsheets."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, float):
        return repr(value)  # the shortest text that reads back as the same number
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return safe_cell(str(value))


def as_csv(layer, columns, tr, delimiter=","):
    """(CSV text, rows written): every strike of `layer` (not only the rows the table shows),
    the table's columns, headers first, numbers at full precision."""
    fids, values = read_columns(layer, [field for _, field in columns if field])
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow([safe_cell(title) for title, _ in columns])
    for row, fid in enumerate(fids):
        cells = [values[field][row] if field else None for _, field in columns]
        if not columns[0][1]:
            cells[0] = fid  # no place or id field: the strike is named by its feature id
        writer.writerow([_cell(value, tr) for value in cells])
    return buffer.getvalue(), len(fids)
