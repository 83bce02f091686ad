"""The panel's new output layers: named apart from the project's others, grouped, styled."""

from qgis.core import Qgis, QgsMessageLog, QgsProcessingContext, QgsProject

from ..processing.child import run_child

LOG_TAG = "StrikeCheck"
GROUP_NAME = "StrikeCheck"


def set_unique_name(layer, name):
    """Names a new output layer; a name the project already shows gets a number, so re-runs
    are told apart ('strikes: nearest faction (2)')."""
    taken = {other.name() for other in QgsProject.instance().mapLayers().values()}
    unique, number = name, 2
    while unique in taken:
        unique = f"{name} ({number})"
        number += 1
    layer.setName(unique)


def add_to_group(layer):
    """`layer` added to the project, on top of the StrikeCheck group (made when missing)."""
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    group = root.findGroup(GROUP_NAME) or root.insertGroup(0, GROUP_NAME)
    project.addMapLayer(layer, False)
    group.insertLayer(0, layer)
    return layer


def apply_style(layer, role, preset=None, **extra):
    """strikecheck:applystyle on `layer` as `role` (control, strikes, results, lines)."""
    params = {"LAYER": layer.id(), "ROLE": role}
    if preset:
        params["PRESET"] = preset
    params.update({k: v for k, v in extra.items() if v})
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    try:
        # Not processing.run: it logs its outputs as a Python dict ("Results: {...}").
        run_child("strikecheck:applystyle", params, context)
    except Exception as error:  # a style is a nicety: say so, keep the data
        QgsMessageLog.logMessage(str(error), LOG_TAG, Qgis.MessageLevel.Warning)
