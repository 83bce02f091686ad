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
from ..base import StrikeCheckAlgorithm
from ..importing.control_input import (
    AUTO,
    choose_control_preset,
    report_classes,
    report_geometry,
    report_values,
)
from ..importing.control_remainder import remainder_rows
from ..importing.control_values import read_faction_values
from ..importing.geojson_input import read_geojson_parameter
from ..importing.kml_input import check_kml_parameter, read_kml_parameter

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
        return self.tr(
            "<p>Makes a territorial control map usable by StrikeCheck: every feature's faction "
            "text ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') becomes a canonical "
            "faction code from a preset, geometries are repaired, and each feature gets the "
            "date from which it is valid. One output feature per input feature; the input is "
            "never modified.</p>"
            "<h3>Parameters</h3><ul>"
            "<li><b>INPUT</b>: polygons (ISW-like zones), lines (front lines) or points (town "
            "control marks, as the Carter Center and Wikipedia publish them); any CRS, kept in "
            "the output. A KML or KMZ file (a Google My Maps export, for instance) is read "
            "by StrikeCheck itself: every placemark of every folder, with a folder column "
            "(FACTION_FIELD=folder when each faction has its own folder) and its ExtendedData "
            "columns.</li>"
            "<li><b>FACTION_FIELD</b>: the field naming who holds each feature. Empty: the first "
            "of faction, control, controlled_by, side, mark, label, name... that exists.</li>"
            "<li><b>PRESET</b>: the faction preset: syria-2015 (ISW-like classes: regime, "
            "rebel, isis, jn, kurdish and mixed classes), ukraine (ukraine_held, "
            "russia_occupied, contested; English, Ukrainian and Russian spellings), generic "
            "(any values), or a preset of your own in &lt;QGIS profile&gt;/strikecheck/presets. "
            "'auto' picks the preset that recognises most values (generic if none).</li>"
            "<li><b>PRESET_FILE</b>: optional; a preset JSON file to use instead.</li>"
            "<li><b>MAPPING</b>: optional overrides 'raw=code;raw=code', applied before the "
            "preset's aliases, e.g. 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. "
            "Matching ignores case, accents and punctuation. The code may be a preset code, an "
            "alias, several codes joined with '+', or a new code.</li>"
            "<li><b>DATE_FIELD</b>: optional; the date from which each feature is valid (a "
            "snapshot date). Same formats as the strike importer.</li>"
            "<li><b>DATE_ORDER</b>: day/month order of numeric dates: detected once for the "
            "whole column (stops with a message when the column cannot tell), or given.</li>"
            "<li><b>SNAPSHOT_DATE</b>: optional; the map's date (e.g. 2015-09-27) for features "
            "whose DATE_FIELD is empty, or for all when there is no DATE_FIELD.</li></ul>"
            "<h3>Output</h3><p><b>OUTPUT</b>: the control map in the input's CRS, one feature "
            "per input feature, with these fields first:</p><ul>"
            "<li><b>faction</b>: the canonical code, e.g. isis. A mixed class ('ISIS, JN, and "
            "Rebel Control', 'Kurds/Government') gets its members' codes sorted and joined with "
            "'+' (isis+jn+rebel, kurdish+regime): the analysis counts it as territory of each "
            "member. A value no alias matches keeps its own normalised code (lower-case ASCII, "
            "'_' between words), listed in the log as 'unrecognised, kept as ...'. NULL where "
            "the feature has no faction value.</li>"
            "<li><b>faction_label</b>: the legend text of the class, e.g. 'ISIS Control', "
            "'ISIS, JN, and Rebel Control'; an unrecognised value's own text.</li>"
            "<li><b>raw_faction</b>: the original text.</li>"
            "<li><b>valid_from</b>: date, or NULL.</li></ul>"
            "Then every original field; one whose name clashes with these is kept as "
            "&lt;name&gt;_orig. Polygon and line outputs are multi-part (repair can split a "
            "geometry); a geometry that repair leaves empty is kept as NULL with a warning."
            "<h3>Example</h3><pre>qgis_process run strikecheck:importcontrol -- "
            "INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 "
            'MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 '
            "OUTPUT=control.gpkg</pre>"
        )

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
                options=[AUTO, *self._preset_names()],
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

    def _preset_names(self):
        from ...preset_folders import available_presets

        presets, _ = available_presets()
        return sorted(presets)

    def say(self, message):
        return message.format(self.tr)

    # -- running ----------------------------------------------------------------------------

    def checkParameterValues(self, parameters, context):
        # A KML/KMZ file is read by StrikeCheck itself: GDAL may not open it (no LIBKML).
        parameters, problem = check_kml_parameter(self, parameters, self.INPUT, KML_KINDS)
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):
        self.require_core()

        parameters, _problems = read_kml_parameter(parameters, self.INPUT, KML_KINDS, feedback)
        parameters, left_out = read_geojson_parameter(parameters, self.INPUT, KML_KINDS)
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
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, wkb_type, source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
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
        rows = remainder_rows(self, parameters, context, feedback, plan)
        counts = write_repaired(sink, fields, plan["features"], leading, kind, feedback)
        write_rows(sink, fields, rows, feedback, len(rows))
        return {self.OUTPUT: dest_id}, counts
