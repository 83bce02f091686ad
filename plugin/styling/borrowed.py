"""The map's styles on the analyst's own layers, lent to the layout and never left behind."""

from qgis.core import QgsMapLayerStyle


class BorrowedStyles:
    """Exporting a map styles the strikes, control and lines as the map shows them. For a layer
    of the analyst's project that would replace the style they see on the canvas (their colours,
    their labels): the map's style is kept as the layout's own (map item style overrides, saved
    with the layout) and the layer gets its style back."""

    def __init__(self, project, layers):
        self.saved = {}
        for layer in layers:
            if layer is not None and project is not None and project.mapLayer(layer.id()) is layer:
                style = QgsMapLayerStyle()
                style.readFromLayer(layer)
                self.saved[layer.id()] = (layer, style)

    def give_back(self):
        """Restores every lent layer's own style; returns {layer id: the map's style XML}."""
        overrides = {}
        for layer_id, (layer, own) in self.saved.items():
            lent = QgsMapLayerStyle()
            lent.readFromLayer(layer)
            overrides[layer_id] = lent.xmlData()
            own.writeToLayer(layer)
            layer.triggerRepaint()
        self.saved = {}
        return overrides
