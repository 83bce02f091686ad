"""QGIS plugin entry point: QGIS calls classFactory to create the StrikeCheck plugin."""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    from .plugin.main import StrikeCheckPlugin

    return StrikeCheckPlugin(iface)
