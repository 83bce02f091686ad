"""strikecheck:importcontrol: a control map with its faction names made canonical by a preset."""

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...compat import (
    GEOMETRY_POINT,
    PARAMETER_ADVANCED,
    SOURCE_LINE,
    SOURCE_POINT,
    SOURCE_POLYGON,
    make_field,
    parameter_as_fields,
)
from ...core.cancelled import Cancelled
from ...core.dates import parse_date_column, parse_one_date
from ...core.factions import classify
from ...core.messages import InputError
from ...core.naming import unique_name
from ...core.vocabulary import CONTROL_FIELDS, DATE_ORDERS
from ...layer_io.repaired import write_repaired
from ...layer_io.sinks import write_rows
from ...layer_io.tables import copy_features
from ...layer_io.values import is_nested_field, python_value, qgis_value
from ...preset_folders import preset_names
from ..base import StrikeCheckAlgorithm
from ..importing.control_help import control_help
from ..importing.control_input import (
    AUTO,
    choose_control_preset,
    report_classes,
    report_geometry,
    report_values,
)
from ..importing.control_values import read_faction_values
from ..importing.geojson_input import read_geojson_parameter
from ..importing.kml_input import check_kml_parameter, read_kml_map_parameter

# A KML mixing kinds gives its areas; `file.kml|geometrytype=Point` picks its town marks.
KML_KINDS = ("polygon", "line", "point")


class ImportControlAlgorithm(StrikeCheckAlgorithm):
    NAME = "importcontrol"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("StrikeCheck", "Import control map")
    GROUP_ID = "import"
    GROUP = QT_TRANSLATE_NOOP("StrikeCheck", "Import")

    INPUT = "INPUT"
    FACTION_FIELD = "FACTION_FIELD"
    PRESET = "PRESET"
    PRESET_FILE = "PRESET_FILE"
    MAPPING = "MAPPING"
    DATE_FIELD = "DATE_FIELD"
    DATE_ORDER = "DATE_ORDER"
    SNAPSHOT_DATE = "SNAPSHOT_DATE"
    FACTION_VALUE = "FACTION_VALUE"
    REMAINDER_FACTION = "REMAINDER_FACTION"
    OUTLINE = "OUTLINE"
    OUTLINE_COUNTRY = "OUTLINE_COUNTRY"
    OUTPUT = "OUTPUT"

    def shortHelpString(self):
        return control_help()

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                self.tr("Control map (polygons, lines or points)"),
                [SOURCE_POLYGON, SOURCE_LINE, SOURCE_POINT],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FACTION_FIELD,
                self.tr("Faction field (empty: find it)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.FACTION_VALUE,
                self.tr("Faction of the whole layer, e.g. occupied (instead of a field)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PRESET,
                self.tr("Faction preset"),
                options=[AUTO, *preset_names()],
                defaultValue=AUTO,
                usesStaticStrings=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.MAPPING,
                self.tr(
                    "Mapping overrides, e.g. Turkish-backed=rebel;Kurds/Government=kurdish+regime"
                ),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.DATE_FIELD,
                self.tr("Valid-from date field (optional)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.SNAPSHOT_DATE,
                self.tr("Map date for features without one, e.g. 2015-09-27 (optional)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.REMAINDER_FACTION,
                self.tr("Faction holding the rest of the outline, e.g. ukraine_held (optional)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.OUTLINE,
                self.tr("Outline for the remainder (polygons; optional)"),
                [SOURCE_POLYGON],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.OUTLINE_COUNTRY,
                self.tr("Or a country of QGIS's world map as the outline, e.g. Ukraine"),
                optional=True,
            )
        )
        advanced = [
            QgsProcessingParameterEnum(
                self.DATE_ORDER,
                self.tr("Day/month order of numeric dates"),
                options=[
                    self.tr("Detect from the whole column"),
                    self.tr("Day first (dd/mm/yyyy)"),
                    self.tr("Month first (mm/dd/yyyy)"),
                ],
                defaultValue=0,
            ),
            QgsProcessingParameterFile(
                self.PRESET_FILE,
                self.tr("Preset file (instead of PRESET)"),
                extension="json",
                optional=True,
            ),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | PARAMETER_ADVANCED)
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Control map (canonical)"))
        )

    def say(self, message):
        return message.format(self.tr)

    # -- running ----------------------------------------------------------------------------

    def checkParameterValues(self, parameters, context):
        # A KML/KMZ file is read by StrikeCheck itself: GDAL may not open it (no LIBKML).
        parameters, problem = check_kml_parameter(self, parameters, self.INPUT, KML_KINDS, True)
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def process(self, parameters, context, feedback):
        self.require_core()

        parameters, kml_left_out = read_kml_map_parameter(
            parameters, self.INPUT, KML_KINDS, feedback
        )
        parameters, left_out = read_geojson_parameter(parameters, self.INPUT, KML_KINDS)
        left_out = {**kml_left_out, **left_out}
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.tr("The control layer could not be opened."))
        date_field = self._date_field(parameters, context, source)
        try:
            features = copy_features(source, feedback)
        except Cancelled:
            return {}
        values = read_faction_values(self, parameters, context, source, features)
        preset = choose_control_preset(self, parameters, context, feedback, values.raw)
        mapping = self.parameterAsString(parameters, self.MAPPING, context)
        order = DATE_ORDERS[self.parameterAsEnum(parameters, self.DATE_ORDER, context)]
        try:
            classes = classify(values.raw, preset, mapping, values.colours)
            dates = parse_date_column(
                [python_value(f[date_field]) for f in features] if date_field else [],
                order,
                date_field or "",
            )
            snapshot_text = self.parameterAsString(parameters, self.SNAPSHOT_DATE, context)
            snapshot = parse_one_date(snapshot_text) if snapshot_text.strip() else None
        except InputError as error:
            raise QgsProcessingException(self.say(error.message)) from None
        if dates.note:
            feedback.pushInfo(self.say(dates.note))
        plan = {"source": source, "features": features, "preset": preset, "mapping": mapping}
        try:
            output, counts = self._write(
                parameters, context, feedback, plan, classes, dates, snapshot
            )
        except Cancelled:
            return {}
        kind = QgsWkbTypes.geometryType(source.wkbType())
        report_values(feedback, values, classes)
        report_classes(feedback, preset, classes, dates, features, values.field or "-")
        report_geometry(feedback, counts, kind, left_out)
        return output

    def _date_field(self, parameters, context, source):
        date_fields = parameter_as_fields(self, parameters, self.DATE_FIELD, context)
        date_field = date_fields[0] if date_fields else None
        if date_field and source.fields().lookupField(date_field) < 0:
            raise QgsProcessingException(
                self.tr("Date field '{field}' not found in the control layer.").format(
                    field=date_field
                )
            )
        return date_field

    def _output_fields(self, source, feedback):
        fields = QgsFields()
        for name, kind in CONTROL_FIELDS:
            fields.append(make_field(name, kind))
        taken = [name for name, _ in CONTROL_FIELDS]
        for original in source.fields():
            # A JSON object or list (GeoJSON styleMapHash...) is kept as its JSON text.
            nested = is_nested_field(original)
            copy = make_field(original.name(), "string") if nested else QgsField(original)
            if original.name().lower() in {t.lower() for t in taken}:
                copy.setName(unique_name(f"{original.name()}_orig", taken))
                feedback.pushInfo(
                    self.tr("Original field '{old}' kept as '{new}'.").format(
                        old=original.name(), new=copy.name()
                    )
                )
            taken.append(copy.name())
            fields.append(copy)
        return fields

    def _write(self, parameters, context, feedback, plan, classes, dates, snapshot):
        """(results, layer_io RepairCounts): the features with their canonical faction, then
        the remainder of the outline (REMAINDER_FACTION)."""
        source = plan["source"]
        kind = QgsWkbTypes.geometryType(source.wkbType())
        wkb_type = (
            source.wkbType() if kind == GEOMETRY_POINT else QgsWkbTypes.multiType(source.wkbType())
        )
        fields = self._output_fields(source, feedback)
        sink, dest_id = self.open_sink(
            parameters, self.OUTPUT, context, fields, wkb_type, source.sourceCrs()
        )
        leading, valid_from = [], []
        for i, resolution in enumerate(classes.resolutions):
            day = dates.dates[i] if dates.dates else None
            if day is None and snapshot is not None and i not in dates.problems:
                day = snapshot
            valid_from.append(day)
            raw = None if resolution.raw is None else str(resolution.raw)
            leading.append([resolution.code, resolution.label, raw, qgis_value(day)])
        plan.update(
            kind=kind,
            wkb_type=wkb_type,
            valid_from=valid_from,
            original_fields=source.fields().count(),
        )
        from ..importing.control_remainder import remainder_rows  # shapely, numpy

        rows = remainder_rows(self, parameters, context, feedback, plan)
        counts = write_repaired(sink, fields, plan["features"], leading, kind, feedback)
        write_rows(sink, fields, rows, feedback, len(rows))
        return {self.OUTPUT: dest_id}, counts
