"""The panel's Import of a map image: colours clicked on the image, the control map made from it."""

import numpy as np
import shapely
from qgis.core import QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QPoint, Qt, QTimer
from qgis.PyQt.QtTest import QTest

from strikecheck.plugin.gui import output_layers
from strikecheck.plugin.gui.legend_picker import LegendPicker
from tests.gui.test_dock import open_dock, wait_for
from tests.image_accuracy import iou
from tests.map_images import pixel_size, render, save_with_world_file, truth_by_code, visible
from tests.processing.test_control_from_image import ISW_LIKE, padded, sample_map

FACTIONS = ("regime", "rebel", "isis", "jn", "kurdish")


def _inside(truth, hidden, extent, image, code):
    """An image pixel well inside `code`'s ground, away from names and the legend box, where
    no road or river crosses: the clean spot an analyst clicks on."""
    dx, dy = pixel_size(extent, image)
    ground = shapely.difference(truth[code], shapely.buffer(hidden, 3 * dx))
    ground = shapely.buffer(ground, -4 * dx)
    x0, y0, x1, y1 = ground.bounds
    for y in np.linspace(y0, y1, 40):
        for x in np.linspace(x0, x1, 40):
            if not shapely.contains_xy(ground, x, y):
                continue
            pixel = QPoint(int((x - extent[0]) / dx), int((extent[3] - y) / dy))
            if _uniform(image, pixel, 6):
                return pixel
    raise AssertionError(f"no clean spot of {code} in the image")


def _uniform(image, pixel, radius):
    colours = {
        image.pixel(pixel.x() + i, pixel.y() + j)
        for i in range(-radius, radius + 1)
        for j in range(-radius, radius + 1)
    }
    return len(colours) == 1


def test_a_map_image_becomes_the_control_map(plugin, qgis_iface, tmp_path):
    codes, geometries = sample_map()
    shown = visible(codes, geometries)
    drawn = render(shown, ISW_LIKE, padded(geometries, 0.5), 1000)
    path = str(save_with_world_file(drawn.image, tmp_path / "isw map.png", drawn.extent))
    truth = truth_by_code(shown)
    dock = open_dock(plugin, None, None)
    # The analyst's way: each faction's row chosen in turn, its colour clicked on the image.
    picker = LegendPicker(path, [(code, "") for code in FACTIONS], dock)
    assert picker.legend_text() == ""
    for code in FACTIONS:
        pixel = _inside(truth, drawn.hidden, drawn.extent, drawn.image, code)
        shown_at = QPoint(int(pixel.x() / picker.image_label.scale),
                          int(pixel.y() / picker.image_label.scale))  # fmt: skip
        QTest.mouseClick(picker.image_label, Qt.MouseButton.LeftButton, pos=shown_at)
    assert picker.entries() == [(code, ISW_LIKE[code]) for code in FACTIONS]
    picker.dateEdit.setText("2015-09-27")
    QTimer.singleShot(0, picker.accept)  # the dialog's OK, once it shows
    dock.data.import_image(path, picker)
    wait_for(dock, timeout=120)
    layer = dock.controlCombo.currentLayer()
    assert layer is not None and layer.name() == "isw map (from image)"
    assert dock.factionFieldCombo.currentField() == "faction"
    found = {}
    for feature in layer.getFeatures():
        geometry = shapely.from_wkb(bytes(feature.geometry().asWkb()))
        code = feature["faction"]
        found[code] = shapely.union(found.get(code, shapely.Polygon()), geometry)
        assert feature["valid_from"].toString(Qt.DateFormat.ISODate) == "2015-09-27"
    for code in FACTIONS:
        assert iou(truth[code], found.get(code, shapely.Polygon())) > 0.9, code
    # The image itself is in the project, under the control map drawn from it.
    layers = QgsProject.instance().mapLayers().values()
    images = [layer for layer in layers if isinstance(layer, QgsRasterLayer)]
    assert [image.source() for image in images] == [path]
    group = QgsProject.instance().layerTreeRoot().findGroup(output_layers.GROUP_NAME)
    order = [child.layerId() for child in group.findLayers()]
    assert order.index(layer.id()) < order.index(images[0].id())


def test_a_cancelled_legend_imports_nothing(plugin, qgis_iface, tmp_path):
    codes, geometries = sample_map()
    drawn = render(visible(codes, geometries), ISW_LIKE, padded(geometries, 0.5), 400)
    path = str(save_with_world_file(drawn.image, tmp_path / "map.png", drawn.extent))
    dock = open_dock(plugin, None, None)
    before = set(QgsProject.instance().mapLayers())
    picker = LegendPicker(path, [("regime", "#e8707e")], dock)
    QTimer.singleShot(0, picker.reject)
    assert dock.data.import_image(path, picker) is None
    assert not dock.runner.is_running()
    assert set(QgsProject.instance().mapLayers()) == before
