"""The world map QGIS ships (Natural Earth countries): opened for maps and for outlines."""

from pathlib import Path

from qgis.core import QgsApplication, QgsVectorLayer

NAME_FIELD = "NAME"


class ContextError(Exception):
    """The world map QGIS ships could not be opened."""


def world_map_path():
    return Path(QgsApplication.pkgDataPath()) / "resources" / "data" / "world_map.gpkg"


def world_layer(name, table="countries"):
    path = world_map_path()
    layer = QgsVectorLayer(f"{path}|layername={table}", name, "ogr")
    if not layer.isValid():
        raise ContextError(f"cannot open {path} (layer {table})")
    return layer
