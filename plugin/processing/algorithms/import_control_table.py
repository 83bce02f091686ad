"""strikecheck:importcontroltable: VIINA- and Carter-Center-style tables as dated town control."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...compat import WKB_POINT, make_field
from ...core.cancelled import Cancelled
from ...core.control_tables import only_changes, read_control_table, table_mapping
from ...core.factions import classify
from ...core.messages import InputError
from ...core.text_tables import read_text_table
from ...core.vocabulary import CONTROL_FIELDS
from ...layer_io.sinks import write_rows
from ...layer_io.values import qgis_value
from ...preset_folders import preset_names
from ..base import StrikeCheckAlgorithm
from ..importing.control_input import AUTO, choose_control_preset, report_classes

PLACE = "place"


class ImportControlTableAlgorithm(StrikeCheckAlgorithm):
    NAME = "importcontroltable"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("StrikeCheck", "Import town control table")
    GROUP_ID = "import"
    GROUP = QT_TRANSLATE_NOOP("StrikeCheck", "Import")

    INPUT = "INPUT"
    PRESET = "PRESET"
    PRESET_FILE = "PRESET_FILE"
    MAPPING = "MAPPING"
    ONLY_CHANGES = "ONLY_CHANGES"
    OUTPUT = "OUTPUT"

    def shortHelpString(self):
        return self.tr(
            "<p>Turns a table of town control over time into dated control points that "
            "strikecheck:nearestfaction reads as a time-aware control layer.</p>"
            "<h3>Parameters</h3><ul>"
            "<li><b>INPUT</b>: a CSV/TSV text table in one of two shapes. Wide (VIINA-style): "
            "one row per place with lon and lat columns and one column per date named like "
            "ctr_20220301 (any prefix, then YYYYMMDD). Long (Carter-Center-style): one row per "
            "place per date with place, lat, lon, date and control columns.</li>"
            "<li><b>PRESET</b>, <b>PRESET_FILE</b>, <b>MAPPING</b>: as in "
            "strikecheck:importcontrol. UA, RU and CONTESTED (any case) become ukraine_held, "
            "russia_occupied and contested; MAPPING overrides them; other codes are kept as "
            "given (normalised).</li>"
            "<li><b>ONLY_CHANGES</b>: write a place's control only where it changes from its "
            "previous date (default yes): the result reads the same in nearestfaction, which "
            "keeps the latest snapshot on or before each strike's date per place.</li></ul>"
            "<h3>Output</h3><p><b>OUTPUT</b>: points in EPSG:4326 with faction, faction_label, "
            "raw_faction, valid_from and place. Empty cells are left out; rows without "
            "coordinates are named in a warning.</p>"
            "<h3>Example</h3><pre>qgis_process run strikecheck:importcontroltable -- "
            "INPUT=viina_control.csv PRESET=ukraine OUTPUT=towns.gpkg</pre>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(self.INPUT, self.tr("Control table")))
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
                self.MAPPING, self.tr("Mapping overrides, e.g. Turkish-backed=rebel"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.PRESET_FILE,
                self.tr("Preset file (instead of PRESET)"),
                extension="json",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.ONLY_CHANGES, self.tr("Only changes of control"), defaultValue=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Town control over time"))
        )

    def say(self, message):
        return message.format(self.tr)

    def _records(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        try:
            table = read_text_table(path)
            rows = [(row.line, row.values) for row in table.rows]
            records, rejected, shape = read_control_table(table.header, rows)
        except InputError as error:
            raise QgsProcessingException(self.say(error.message)) from None
        found = (
            self.tr("A wide table (a column per date): {n} dated control values.")
            if shape == "wide"
            else self.tr("A long table (a row per place and date): {n} dated control values.")
        )
        feedback.pushInfo(found.format(n=len(records)))
        if rejected:
            feedback.pushWarning(
                self.tr("{n} rows or dates could not be read and were left out: {list}").format(
                    n=len(rejected), list=", ".join(map(str, rejected[:12]))
                )
            )
        if self.parameterAsBoolean(parameters, self.ONLY_CHANGES, context):
            changes = only_changes(records)
            feedback.pushInfo(
                self.tr("{n} changes of control kept ({same} repeats left out).").format(
                    n=len(changes), same=len(records) - len(changes)
                )
            )
            records = changes
        return records

    def process(self, parameters, context, feedback):
        self.require_core()
        records = self._records(parameters, context, feedback)
        raw = [r.raw for r in records]
        preset = choose_control_preset(self, parameters, context, feedback, raw)
        user = self.parameterAsString(parameters, self.MAPPING, context)
        mapping = table_mapping(raw, user)
        classes = classify(raw, preset, mapping)
        fields = QgsFields()
        for name, kind in (*CONTROL_FIELDS, (PLACE, "string")):
            fields.append(make_field(name, kind))
        crs = QgsCoordinateReferenceSystem("EPSG:4326")
        sink, dest_id = self.open_sink(parameters, self.OUTPUT, context, fields, WKB_POINT, crs)
        rows = (
            (
                [c.code, c.label, r.raw, qgis_value(r.date), str(r.place)],
                QgsGeometry.fromPointXY(QgsPointXY(r.lon, r.lat)),
            )
            for r, c in zip(records, classes.resolutions)
        )
        try:
            write_rows(sink, fields, rows, feedback, len(records))
        except Cancelled:
            return {}
        report_classes(feedback, preset, classes, _NoDates(), records, "control")
        return {self.OUTPUT: dest_id}


class _NoDates:
    problems = {}
