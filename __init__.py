"""QGIS plugin entry point: QGIS calls classFactory to create the StrikeCheck plugin."""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    # Loaded when QGIS asks for the plugin: importing the package alone imports no QGIS module.
    from .plugin.main import StrikeCheckPlugin

    return StrikeCheckPlugin(iface)
