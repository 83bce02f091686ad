"""Starts a headless QGIS with Processing and the StrikeCheck provider, for scripts."""

import os
import sys

from qgis.core import QgsApplication


def start_qgis():
    """A running QgsApplication with native and StrikeCheck algorithms; returns (app, plugin)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    # scripts/qgis-env.sh puts the checkout on QGIS_PLUGINPATH as "strikecheck".
    for path in os.environ.get("QGIS_PLUGINPATH", "").split(os.pathsep):
        if path and path not in sys.path:
            sys.path.insert(0, path)
    import strikecheck

    plugin = strikecheck.classFactory(None)
    plugin.initProcessing()
    return app, plugin
