"""strikecheck:controlfromimage: a control map read from a published, georeferenced map image."""

from qgis.core import (
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...compat import PARAMETER_ADVANCED, SOURCE_POLYGON, WKB_POLYGON, make_field
from ...core.cancelled import Cancelled
from ...core.dates import parse_one_date
from ...core.messages import InputError
from ...core.vocabulary import CONTROL_FIELDS
from ...preset_folders import available_presets
from ..base import StrikeCheckAlgorithm
from ..importing.image_help import image_help

DOUBLE = QgsProcessingParameterNumber.Type.Double


class ControlFromImageAlgorithm(StrikeCheckAlgorithm):
    NAME = "controlfromimage"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("StrikeCheck", "Control map from image")
    GROUP_ID = "import"
    GROUP = QT_TRANSLATE_NOOP("StrikeCheck", "Import")

    INPUT = "INPUT"
    LEGEND = "LEGEND"
    TOLERANCE = "TOLERANCE"
    MIN_AREA_KM2 = "MIN_AREA_KM2"
    SIMPLIFY_M = "SIMPLIFY_M"
    MASK = "MASK"
    DATE = "DATE"
    MAX_GAP_PX = "MAX_GAP_PX"
    HATCHING = "HATCHING"
    OUTPUT = "OUTPUT"

    def shortHelpString(self):
        return image_help()

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.INPUT, self.tr("Georeferenced map image (GeoTIFF, PNG/JPEG + world file)")
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.LEGEND,
                self.tr("Legend: a palette (isw-like, wikipedia, ukraine) or #rrggbb=faction;..."),
                defaultValue="isw-like",
                multiLine=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TOLERANCE,
                self.tr("Colour tolerance (CIELAB delta E)"),
                DOUBLE,
                defaultValue=20.0,
                minValue=1.0,
                maxValue=100.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_AREA_KM2,
                self.tr("Minimum area of a patch, km² (0: 49 pixels)"),
                DOUBLE,
                defaultValue=0.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SIMPLIFY_M,
                self.tr("Simplify borders to, metres (0: half a pixel)"),
                DOUBLE,
                defaultValue=0.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.MASK,
                self.tr("Area of interest (polygons; optional)"),
                [SOURCE_POLYGON],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.DATE, self.tr("Map date, e.g. 2015-09-27 (optional)"), optional=True
            )
        )
        advanced = [
            QgsProcessingParameterNumber(
                self.MAX_GAP_PX,
                self.tr("Widest overprint bridged, half-width in pixels"),
                DOUBLE,
                defaultValue=6.0,
                minValue=0.0,
                maxValue=100.0,
            ),
            QgsProcessingParameterBoolean(
                self.HATCHING, self.tr("Read hatching as mixed control"), defaultValue=True
            ),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | PARAMETER_ADVANCED)
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Control map (from image)"))
        )

    def say(self, message):
        return message.format(self.tr)

    # -- running ----------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        self.require_core()
        from ..importing.image_control import read_image_control  # numpy, scipy, shapely

        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.tr("The map image could not be opened."))
        try:
            legend = self._legend(parameters, context)
            day = self._date(parameters, context)
            found = read_image_control(self, parameters, context, feedback, layer, legend)
        except InputError as error:
            raise QgsProcessingException(self.say(error.message)) from None
        except Cancelled:
            return {}
        return self._write(parameters, context, feedback, found, day)

    def _legend(self, parameters, context):
        from ...core.image_legend import parse_legend

        presets, _ = available_presets()
        legend = parse_legend(self.parameterAsString(parameters, self.LEGEND, context), presets)
        if not legend:
            raise QgsProcessingException(
                self.tr(
                    "The legend names no colours; give each faction's colour, e.g. "
                    "#e8707e=regime;#6db35a=rebel."
                )
            )
        return legend

    def _date(self, parameters, context):
        text = self.parameterAsString(parameters, self.DATE, context)
        return parse_one_date(text) if text.strip() else None

    def _write(self, parameters, context, feedback, found, day):
        from ...layer_io.outline import to_qgis
        from ...layer_io.sinks import write_rows
        from ...layer_io.values import qgis_value

        fields = QgsFields()
        for name, kind in CONTROL_FIELDS:
            fields.append(make_field(name, kind))
        wkb_type = QgsWkbTypes.multiType(WKB_POLYGON)
        sink, dest_id = self.open_sink(
            parameters, self.OUTPUT, context, fields, wkb_type, found.crs
        )
        rows = []
        for code, geometry in found.polygons.items():
            label, colour = found.labels.get(code, (code, None))
            geometry = to_qgis(geometry)
            geometry.convertToMultiType()
            rows.append(([code, label, colour, qgis_value(day)], geometry))
        try:
            write_rows(sink, fields, rows, feedback, len(rows), 95.0, 100.0)
        except Cancelled:
            return {}
        return {self.OUTPUT: dest_id}
