"""What every StrikeCheck Processing algorithm shares: naming, translation, icon, group."""

import configparser
import re
from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..compat import WKB_NO_GEOMETRY, WKB_POINT
from ..core.collector import collector_paused
from ..database.connection import shown_output
from ..dependencies import install_hint, missing_requirements
from ..layer_io.sinks import SpreadsheetSafeSink
from .partial_outputs import PartialOutputs, destination_text, forget_layers, release

# SQLite's limit (SQLITE_MAX_COLUMN) less the GeoPackage's fid and geometry columns.
GEOPACKAGE_MAX_FIELDS = 1998
_SPREADSHEET_SUFFIXES = (".csv", ".tsv", ".txt")

ICON_PATH = Path(__file__).resolve().parents[2] / "resources" / "icons" / "strikecheck.svg"
METADATA = Path(__file__).resolve().parents[2] / "metadata.txt"


def _homepage():
    """The plugin's homepage as metadata.txt states it (the plugin repository shows the same)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(METADATA, encoding="utf-8")
    return parser.get("general", "homepage", fallback="").rstrip("/")


def help_anchor(display_name):
    """The heading anchor docs/algorithms.md has for an algorithm ('Nearest faction' ->
    'nearest-faction'), as GitHub and MkDocs make them."""
    return re.sub(r"[^a-z0-9 -]", "", display_name.lower()).strip().replace(" ", "-")


def _destination_file(destination):
    """The file a sink destination writes ('ogr:dbname=... table=...' and 'x.gpkg|layername='
    forms included), lower case; '' for memory layers and databases."""
    text = str(destination or "")
    if text.startswith("ogr:"):
        text = text[4:].split(" table=")[0].removeprefix("dbname=").strip("'\"")
    return text.split("|")[0].lower()


def _csv_geometry(fields, wkb_type):
    """OGR's CSV layer options writing the geometry: without them a .csv has no coordinates.
    Points as X and Y columns, unless the table has its own X or Y; other shapes as WKT."""
    if wkb_type == WKB_NO_GEOMETRY:
        return []
    own = {name.lower() for name in fields.names()}
    if QgsWkbTypes.flatType(wkb_type) == WKB_POINT and not own & {"x", "y"}:
        return ["GEOMETRY=AS_XY"]
    return ["GEOMETRY=AS_WKT"]


def output_wanted(parameters, name, context):
    """True when the optional destination `name` was given a place to write. The batch panel
    sends an empty column as QgsProcessingOutputLayerDefinition(''), not as None or ''."""
    return destination_text(parameters.get(name), context) != ""


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

    def helpUrl(self):
        """The algorithm's section of the reference: the dialog's Help button opens it."""
        return f"{_homepage()}/blob/main/docs/algorithms.md#{help_anchor(self.DISPLAY_NAME)}"

    def processAlgorithm(self, parameters, context, feedback):
        """Runs process(); a row that fails or is cancelled leaves no partial files (a batch
        goes on to the next row, a model stops: neither should find half a GeoPackage)."""
        if feedback is not None and feedback.isCanceled():
            # Cancelled before its thread began: QGIS may already have reported it over and
            # the layers be gone, so nothing is read (reading them crashed QGIS).
            return {}
        partial = PartialOutputs(self, parameters, context)
        try:
            with collector_paused():
                results = self.process(parameters, context, feedback)
        except BaseException as error:
            release(error)
            forget_layers(context, partial.discard())
            raise
        if feedback is not None and feedback.isCanceled():
            removed = partial.discard()
            forget_layers(context, removed)
            if removed:
                feedback.pushInfo(self.tr("Cancelled: the files this run began were removed."))
            return {}
        return results

    def process(self, parameters, context, feedback):
        """The algorithm's work (what processAlgorithm is elsewhere); returns its results."""
        raise NotImplementedError

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

    def open_sink(self, parameters, name, context, fields, wkb_type, crs):
        """(sink, destination id) for the output `name`, or a clear error: too many columns for
        a GeoPackage is said before anything is written; a CSV file gets formula-safe cells and
        its geometry (X, Y columns for points, WKT otherwise)."""
        destination = _destination_file(self.parameterAsOutputLayer(parameters, name, context))
        if destination.endswith((".gpkg", ".sqlite")) and fields.count() > GEOPACKAGE_MAX_FIELDS:
            raise QgsProcessingException(
                self.tr(
                    "{name} would have {count} columns; a GeoPackage table holds at most "
                    "{limit}. Write {name} to a GeoJSON file (.geojson), which has no such limit, "
                    "or keep fewer columns."
                ).format(name=name, count=fields.count(), limit=GEOPACKAGE_MAX_FIELDS)
            )
        options = _csv_geometry(fields, wkb_type) if destination.endswith(".csv") else []
        sink, dest_id = self.parameterAsSink(
            parameters, name, context, fields, wkb_type, crs, layerOptions=options
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        dest_id = shown_output(context, dest_id)  # a PostGIS table's, without its password
        if destination.endswith(_SPREADSHEET_SUFFIXES):
            sink = SpreadsheetSafeSink(sink)
        return sink, dest_id
