"""What every StrikeCheck Processing algorithm shares: naming, translation, icon, group."""

from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProperty,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..dependencies import install_hint, missing_requirements

ICON_PATH = Path(__file__).resolve().parents[2] / "resources" / "icons" / "strikecheck.svg"


def output_wanted(parameters, name):
    """True when the optional destination `name` was given a place to write. The batch panel
    sends an empty column as QgsProcessingOutputLayerDefinition(''), not as None or ''."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    return value not in (None, "")


class StrikeCheckAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set NAME, DISPLAY_NAME, GROUP_ID and GROUP."""

    NAME = ""
    DISPLAY_NAME = ""
    GROUP_ID = "analysis"
    GROUP = QT_TRANSLATE_NOOP("StrikeCheck", "Analysis")

    def tr(self, text):
        return QCoreApplication.translate("StrikeCheck", text)

    def createInstance(self):
        return type(self)()

    def name(self):
        return self.NAME

    def displayName(self):
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return self.tr(self.GROUP)

    def groupId(self):
        return self.GROUP_ID

    def icon(self):
        return QIcon(str(ICON_PATH))

    def require_core(self):
        """Stops with an install hint when shapely 2 / pyproj are missing from QGIS's Python."""
        missing = missing_requirements()
        if missing:
            raise QgsProcessingException(
                self.tr(
                    "StrikeCheck needs Python packages that this QGIS does not have: {missing}. "
                    "Install them into the Python QGIS uses, e.g. {hint}, then restart QGIS."
                ).format(missing=", ".join(missing), hint=install_hint())
            )
