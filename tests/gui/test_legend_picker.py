"""The legend picker: a click on the map image gives the chosen faction the colour found there."""

import pytest
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtGui import QColor, QImage
from qgis.PyQt.QtTest import QTest

from strikecheck.plugin.gui.legend_picker import LegendPicker

LEFT, RIGHT = QColor("#e8707e"), QColor("#6db35a")


def _image(path, width, height):
    """Left half LEFT, right half RIGHT, a black road down the middle and a white speck."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    for x in range(width):
        colour = LEFT if x < width // 2 else RIGHT
        for y in range(height):
            image.setPixelColor(x, y, colour)
    for y in range(height):
        image.setPixelColor(width // 2, y, QColor("black"))
    image.setPixelColor(width // 4, height // 2, QColor("white"))
    assert image.save(str(path))
    return path


def _click(picker, x, y):
    QTest.mouseClick(picker.image_label, Qt.MouseButton.LeftButton, pos=QPoint(x, y))


def test_clicks_give_the_chosen_factions_their_colours(qgis_iface, tmp_path):
    path = _image(tmp_path / "map.png", 400, 300)
    picker = LegendPicker(path, [("regime", "#000000"), ("rebel", "")])
    assert picker.legend_text() == "#000000=regime"  # the preset's colour until clicked
    # On the speck itself: the median of the square around it is the area's colour.
    _click(picker, 100, 150)
    assert picker.legendTable.currentRow() == 1  # the next faction's turn
    _click(picker, 300, 40)
    assert picker.entries() == [("regime", LEFT.name()), ("rebel", RIGHT.name())]
    assert picker.legend_text() == f"{LEFT.name()}=regime;{RIGHT.name()}=rebel"
    picker.addButton.click()  # a row without a faction or colour is left out
    assert picker.legendTable.rowCount() == 3
    assert picker.legend_text() == f"{LEFT.name()}=regime;{RIGHT.name()}=rebel"


def test_a_large_image_is_shown_smaller_and_clicks_map_back(qgis_iface, tmp_path):
    path = _image(tmp_path / "big.png", 2000, 1000)
    picker = LegendPicker(path, [("rebel", "")])
    shown = picker.image_label.pixmap()
    assert shown.width() <= 720 and shown.height() <= 540
    # Right of the road on screen is right of it in the image: the scale is applied.
    _click(picker, shown.width() // 2 + 10, 100)
    assert picker.entries() == [("rebel", RIGHT.name())]
    _click(picker, shown.width() // 2 - 10, 100)
    assert picker.entries() == [("rebel", LEFT.name())]  # the only row: picked again


def test_not_an_image_is_refused(qgis_iface, tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("not a picture")
    with pytest.raises(ValueError, match="notes.png"):
        LegendPicker(path, [])
