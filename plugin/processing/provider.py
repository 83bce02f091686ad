"""The `strikecheck` Processing provider: registers every StrikeCheck algorithm."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .algorithms.apply_style import ApplyStyleAlgorithm
from .algorithms.control_from_image import ControlFromImageAlgorithm
from .algorithms.export_map import ExportMapAlgorithm
from .algorithms.import_control import ImportControlAlgorithm
from .algorithms.import_control_table import ImportControlTableAlgorithm
from .algorithms.import_history import ImportHistoryAlgorithm
from .algorithms.import_strikes import ImportStrikesAlgorithm
from .algorithms.nearest_faction import NearestFactionAlgorithm
from .algorithms.report import ReportAlgorithm
from .base import ICON_PATH

ALGORITHMS = (
    NearestFactionAlgorithm,
    ImportStrikesAlgorithm,
    ImportControlAlgorithm,
    ImportHistoryAlgorithm,
    ImportControlTableAlgorithm,
    ControlFromImageAlgorithm,
    ApplyStyleAlgorithm,
    ExportMapAlgorithm,
    ReportAlgorithm,
)


class StrikeCheckProvider(QgsProcessingProvider):
    def id(self):
        return "strikecheck"

    def name(self):
        return "StrikeCheck"

    def longName(self):
        return self.tr("StrikeCheck: strikes against territorial control")

    def icon(self):
        return QIcon(str(ICON_PATH))

    def loadAlgorithms(self):
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
