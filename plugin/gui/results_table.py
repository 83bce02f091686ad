"""Fills the panel's results table from a nearest-faction output layer and exports it as text."""

import csv
import io

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QTableWidgetItem

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


def _is_null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def _label_field(layer):
    names = layer.fields().names()
    for candidate in ("site", "location", "name", "strike_id", "event_id_cnty", "id"):
        if candidate in names:
            return candidate
    return None


def fill(table, layer, target_field, tr):
    """Shows one row per strike; returns how many rows the layer has."""
    names = layer.fields().names()
    dist_fields = [n for n in names if n.startswith("dist_") and n.endswith("_km")]
    label_field = _label_field(layer)
    date_field = "date" if "date" in names else ("event_date" if "event_date" in names else None)
    columns = [(tr("Strike"), label_field), (tr("Date"), date_field)]
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
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(columns))
    table.setHorizontalHeaderLabels([title for title, _ in columns])
    features = []
    for feature in layer.getFeatures():
        features.append(feature)
        if len(features) >= MAX_ROWS:
            break
    table.setRowCount(len(features))
    for row, feature in enumerate(features):
        for col, (_, field) in enumerate(columns):
            value = feature[field] if field else (feature.id() if col == 0 else None)
            if field is None and col == 0:
                value = feature.id()
            if isinstance(value, bool):
                value = tr("yes") if value else tr("no")
            if _is_null(value):
                item = _NumberItem("")
                item.setData(FID_ROLE + 1, None)
            elif isinstance(value, float):
                item = _NumberItem(f"{value:.1f}")
                item.setData(FID_ROLE + 1, value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            else:
                text = value.toString("yyyy-MM-dd") if hasattr(value, "toString") else str(value)
                item = QTableWidgetItem(text)
            item.setData(FID_ROLE, feature.id())
            table.setItem(row, col, item)
    table.setSortingEnabled(True)
    table.resizeColumnsToContents()
    return layer.featureCount()


def as_csv(table, delimiter=","):
    """The table as CSV text, headers first, in the order it is shown."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    writer.writerow(headers)
    for row in range(table.rowCount()):
        writer.writerow(
            [table.item(row, c).text() if table.item(row, c) else "" for c in range(len(headers))]
        )
    return buffer.getvalue()
