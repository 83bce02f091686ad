"""The legend of a map image picked by the analyst: each faction's colour clicked on the image."""

from pathlib import Path

from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, QPoint, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QImage, QPixmap
from qgis.PyQt.QtWidgets import QDialog, QLabel, QTableWidgetItem

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).resolve().parent / "ui" / "legend_picker.ui"))

COLOUR, CODE = 0, 1
# The image is shown at most this large (pixels of the screen); clicks map back to the image.
_SHOWN = (720, 540)
# A click reads the median of this square: one pixel of a JPEG is noise around the colour.
_SAMPLE_RADIUS = 2


def tr(text):
    return QCoreApplication.translate("LegendPicker", text)


class _ImageLabel(QLabel):
    """The image, telling where (in the image's own pixels) it was clicked."""

    clicked = pyqtSignal(QPoint)

    def __init__(self, image, parent=None):
        super().__init__(parent)
        self.image = image
        scaled = image.scaled(*_SHOWN, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)  # fmt: skip
        if scaled.width() > image.width():  # never enlarged: a small image stays sharp
            scaled = image
        self.scale = image.width() / max(scaled.width(), 1)
        self.setPixmap(QPixmap.fromImage(scaled))
        self.resize(scaled.size())
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(tr("Click on a faction's colour"))

    def mousePressEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            x = min(int(event.pos().x() * self.scale), self.image.width() - 1)
            y = min(int(event.pos().y() * self.scale), self.image.height() - 1)
            self.clicked.emit(QPoint(max(x, 0), max(y, 0)))


def sampled_colour(image, point, radius=_SAMPLE_RADIUS):
    """The median colour (per channel) of the square of `radius` around `point` in `image`."""
    channels = ([], [], [])
    for y in range(max(point.y() - radius, 0), min(point.y() + radius, image.height() - 1) + 1):
        for x in range(max(point.x() - radius, 0), min(point.x() + radius, image.width() - 1) + 1):
            colour = image.pixelColor(x, y)
            for values, value in zip(channels, (colour.red(), colour.green(), colour.blue())):
                values.append(value)
    r, g, b = (sorted(values)[len(values) // 2] for values in channels)
    return QColor(r, g, b)


class LegendPicker(QDialog, FORM_CLASS):
    """Shows a map image beside a table of factions and their colours; a click on the image
    gives the chosen faction that colour. `entries`: [(faction code, '#rrggbb' or '')]."""

    def __init__(self, image_path, entries, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        image = QImage(str(image_path))
        if image.isNull():
            raise ValueError(str(image_path))
        self.image_label = _ImageLabel(image.convertToFormat(QImage.Format.Format_RGB32))
        self.imageScroll.setWidget(self.image_label)
        self.image_label.clicked.connect(self.pick)
        self.legendTable.setColumnCount(2)
        self.legendTable.setHorizontalHeaderLabels([tr("Colour"), tr("Faction")])
        for code, colour in entries:
            self.add_row(code, colour)
        if self.legendTable.rowCount():
            self.legendTable.selectRow(0)
        self.addButton.clicked.connect(lambda: self.add_row("", ""))
        self.removeButton.clicked.connect(self._remove_row)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)

    def add_row(self, code, colour):
        row = self.legendTable.rowCount()
        self.legendTable.insertRow(row)
        swatch = QTableWidgetItem()
        swatch.setFlags(swatch.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.legendTable.setItem(row, COLOUR, swatch)
        self.legendTable.setItem(row, CODE, QTableWidgetItem(code))
        self._set_colour(row, QColor(colour) if colour else None)
        self.legendTable.selectRow(row)

    def _remove_row(self):
        row = self.legendTable.currentRow()
        if row >= 0:
            self.legendTable.removeRow(row)

    def _set_colour(self, row, colour):
        swatch = self.legendTable.item(row, COLOUR)
        if colour is None or not colour.isValid():
            swatch.setText(tr("click the image"))
            swatch.setData(Qt.ItemDataRole.UserRole, "")
            return
        swatch.setBackground(colour)
        swatch.setText(colour.name())
        # Dark text on light colours, light on dark: the code stays readable on its swatch.
        swatch.setForeground(QColor("black" if colour.lightness() > 128 else "white"))
        swatch.setData(Qt.ItemDataRole.UserRole, colour.name())

    def pick(self, point):
        """The colour around `point` (image pixels) for the chosen faction; the next row is
        chosen after it, so a legend is clicked through in one go."""
        row = self.legendTable.currentRow()
        if row < 0:
            return
        self._set_colour(row, sampled_colour(self.image_label.image, point))
        if row + 1 < self.legendTable.rowCount():
            self.legendTable.selectRow(row + 1)

    def entries(self):
        """[(faction code, '#rrggbb')] of the rows with both."""
        found = []
        for row in range(self.legendTable.rowCount()):
            code = (self.legendTable.item(row, CODE).text() or "").strip()
            colour = self.legendTable.item(row, COLOUR).data(Qt.ItemDataRole.UserRole) or ""
            if code and colour:
                found.append((code, colour))
        return found

    def legend_text(self):
        """The entries as controlfromimage's LEGEND: '#rrggbb=faction;...'."""
        return ";".join(f"{colour}={code}" for code, colour in self.entries())

    def date_text(self):
        return self.dateEdit.text().strip()
