"""The panel's choices kept in the project (its layers, its last results), so that a saved
project reopens with the panel as the analyst left it."""

from qgis.core import QgsProject

_SCOPE = "StrikeCheck"


def remember(key, value):
    """Keeps `value` in the project; a mere choice does not ask the analyst to save."""
    project = QgsProject.instance()
    was_dirty = project.isDirty()
    project.writeEntry(_SCOPE, key, value or "")
    if not was_dirty:
        project.setDirty(False)


def recalled(key):
    """The project's value for `key` ('' when none)."""
    value, _ = QgsProject.instance().readEntry(_SCOPE, key, "")
    return value


def recalled_layer(key):
    """The project's layer whose id is kept under `key`, or None."""
    layer_id = recalled(key)
    return QgsProject.instance().mapLayer(layer_id) if layer_id else None
