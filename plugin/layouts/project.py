"""Adds a finished map layout to the project, with the layers it shows, for the analyst to edit."""

from qgis.core import QgsMapLayer

GROUP_NAME = "StrikeCheck map"


def unique_layout_name(manager, wanted):
    """`wanted`, or `wanted (2)`, `wanted (3)`... whichever the layout manager does not hold."""
    name, n = wanted, 1
    while manager.layoutByName(name) is not None:
        n += 1
        name = f"{wanted} ({n})"
    return name


def add_layout_to_project(project, layout, content, context=None):
    """Puts the layout in the project's layout manager and returns its (unique) name.

    A layout's maps refer to layers by id: every layer it shows must be in the project, or the
    map comes up empty once the project is saved and reopened. Layers loaded only for this run
    (files given by path, a control snapshot) go into a group of their own. The world-map
    context layers are private: saved with the project for the layout, but never in the
    analyst's Layers panel, on the canvas or in its Zoom Full.
    """
    root = project.layerTreeRoot()
    data = [layer for layer in (content.strikes, content.lines, content.control) if layer]
    for layer in data + list(content.context_layers):
        if project.mapLayer(layer.id()) is not None:
            continue
        if context is not None and context.temporaryLayerStore().mapLayer(layer.id()):
            # Owned by the run's temporary store: take it, or it dies when the run ends.
            context.temporaryLayerStore().takeMapLayer(layer)
        if layer in content.context_layers:
            layer.setFlags(layer.flags() | QgsMapLayer.LayerFlag.Private)
            project.addMapLayer(layer, False)
            continue
        project.addMapLayer(layer, False)
        group = root.findGroup(GROUP_NAME) or root.addGroup(GROUP_NAME)
        group.addLayer(layer)
    layout.setName(unique_layout_name(project.layoutManager(), layout.name()))
    project.layoutManager().addLayout(layout)
    return layout.name()
