"""Exporting a map leaves the analyst's project as it was (issue 15): their layers keep their own
styles, the world-map context layers stay out of the Layers panel and Zoom Full, no stray files
appear beside the outputs; the layout still draws the map's styles, also after save and reopen."""

import subprocess

from qgis.core import (
    QgsMapLayer,
    QgsMapLayerStyle,
    QgsMarkerSymbol,
    QgsProject,
    QgsSingleSymbolRenderer,
)
from qgis.PyQt.QtGui import QColor

from strikecheck.plugin.layouts import template as t
from tests.processing.test_export_map import layers, run_export  # noqa: F401 (fixture)


def _own_style(layer):
    style = QgsMapLayerStyle()
    style.readFromLayer(layer)
    return style.xmlData()


def test_the_analysts_layers_and_tree_are_left_as_they_were(run_alg, layers, tmp_path):  # noqa: F811
    strikes = layers["STRIKES"]
    red = QgsMarkerSymbol.createSimple({"color": "255,0,0", "size": "4"})
    strikes.setRenderer(QgsSingleSymbolRenderer(red))
    before = {layer.id(): _own_style(layer) for layer in layers.values()}
    project = QgsProject.instance()
    tree_before = [node.name() for node in project.layerTreeRoot().children()]
    checked_before = [layer.id() for layer in project.layerTreeRoot().checkedLayers()]
    outputs = {"OUTPUT_PDF": str(tmp_path / "map.pdf"), "OUTPUT_PNG": str(tmp_path / "map.png")}
    result = run_export(run_alg, layers, **outputs)
    # The analyst's layers: their own styles (the red dots), not the map's starbursts.
    assert {layer.id(): _own_style(layer) for layer in layers.values()} == before
    assert strikes.renderer().symbol().color() == QColor(255, 0, 0)
    # Nothing new in their Layers panel or on their canvas; the context layers are private.
    assert [node.name() for node in project.layerTreeRoot().children()] == tree_before
    assert [layer.id() for layer in project.layerTreeRoot().checkedLayers()] == checked_before
    private = [
        layer for layer in project.mapLayers().values()
        if layer.flags() & QgsMapLayer.LayerFlag.Private
    ]  # fmt: skip
    assert len(private) == 4, [layer.name() for layer in project.mapLayers().values()]
    # Nothing stray beside the outputs (no .aux.xml, no world file).
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.pdf", "map.png"]
    # The layout draws the map's own styles: the distance labels and the faction KEY.
    layout = project.layoutManager().layoutByName(result["LAYOUT"])
    main = t.items_by_id(layout)[t.MAIN_MAP]
    assert main.keepLayerStyles() and strikes.id() in main.layerStyleOverrides()
    text = subprocess.run(
        ["pdftotext", outputs["OUTPUT_PDF"], "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "43 km to ISIS" in " ".join(text.split()), text
    # Saved and reopened, the layout keeps its layers and styles.
    strikes_id = strikes.id()
    path = tmp_path / "project.qgz"
    assert project.write(str(path))
    project.clear()
    assert project.read(str(path))
    layout = project.layoutManager().layoutByName(result["LAYOUT"])
    main = t.items_by_id(layout)[t.MAIN_MAP]
    assert len(main.layers()) >= 5 and all(layer.isValid() for layer in main.layers())
    assert strikes_id in main.layerStyleOverrides()
    reopened = project.mapLayer(strikes_id)
    assert reopened.renderer().type() == "singleSymbol"
