"""strikecheck:importstrikes: any table of strikes (ACLED, Airwars-style, hand-typed) as points."""

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...compat import (
    PARAMETER_ADVANCED,
    SOURCE_POINT,
    SOURCE_TABLE,
    WKB_MULTIPOINT,
    WKB_NO_GEOMETRY,
    WKB_POINT,
    make_field,
)
from ...core.cancelled import Cancelled
from ...core.messages import InputError
from ...core.strike_import import read_strikes
from ...layer_io.progress import phase
from ...layer_io.sinks import write_rows
from ..base import StrikeCheckAlgorithm, output_wanted
from ..importing.kml_input import check_kml_parameter, read_kml_parameter
from ..importing.row_filter import RowFilter, default_filter
from ..importing.strike_help import default_precision_help, event_datasets_help
from ..importing.strike_input import (
    auto_encoding,
    read_layer_rows,
    read_text_input,
    say,
    text_file_of,
)
from ..importing.strike_options import strike_options
from ..importing.strike_output import error_order, output_fields, report, strike_row
from ..importing.workbook_input import open_input, workbook_problem

# A KML mixing kinds gives its points (strikes); `file.kml|geometrytype=...` picks another kind.
KML_KINDS = ("point", "line", "polygon")


class ImportStrikesAlgorithm(StrikeCheckAlgorithm):
    NAME = "importstrikes"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("StrikeCheck", "Import strikes")
    GROUP_ID = "import"
    GROUP = QT_TRANSLATE_NOOP("StrikeCheck", "Import")

    INPUT = "INPUT"
    LAT_FIELD = "LAT_FIELD"
    LON_FIELD = "LON_FIELD"
    GEOMETRY_FIELD = "GEOMETRY_FIELD"
    FILTER_EXPRESSION = "FILTER_EXPRESSION"
    DATE_FIELD = "DATE_FIELD"
    DATE_ORDER = "DATE_ORDER"
    ID_FIELD = "ID_FIELD"
    ACTOR_FIELD = "ACTOR_FIELD"
    SOURCE_FIELD = "SOURCE_FIELD"
    CONFIDENCE_FIELD = "CONFIDENCE_FIELD"
    CONFIDENCE_MAPPING = "CONFIDENCE_MAPPING"
    PRECISION_FIELD = "PRECISION_FIELD"
    PRECISION_KM = "PRECISION_KM"
    EXPECTED_EXTENT = "EXPECTED_EXTENT"
    ENCODING = "ENCODING"
    OUTPUT = "OUTPUT"
    ERRORS = "ERRORS"

    def shortHelpString(self):
        text = self.tr(
            "<p>Turns a table of strikes as analysts receive it (an ACLED export, an "
            "Airwars-style table, a hand-typed CSV, a KML from a map service) into a clean "
            "StrikeCheck point layer in WGS84, and lists every row that could not become a "
            "strike with its line number and the reason. Nothing is dropped silently.</p>"
            "<h3>Parameters</h3><ul>"
            "<li><b>INPUT</b>: a file (CSV, TSV or semicolon-separated text; GeoJSON, "
            "GeoPackage, Shapefile, KML/KMZ, XLSX) or any layer. Text files are read by "
            "StrikeCheck itself so that every line can be reported: UTF-8 with or without BOM, "
            "UTF-16, or Windows-1252 (Western European) when that is unambiguous; anything else "
            "is refused with a message rather than read as garbled text. The delimiter is found "
            "by itself. A loaded delimited-text layer is read from its file the same way. A "
            "KML or KMZ file is read by StrikeCheck too, whatever GDAL QGIS has: every "
            "placemark of every folder, with the columns Name, description, folder, timestamp "
            "(begin, end) and its ExtendedData; a placemark whose coordinates cannot be read "
            "is listed in ERRORS with the reason.</li>"
            "<li><b>LAT_FIELD</b>, <b>LON_FIELD</b>: optional; the latitude and longitude "
            "columns (decimal degrees, decimal commas, N/S/E/W letters or degrees-minutes-"
            "seconds). Found by name when empty: latitude/lat/y and longitude/lon/lng/long/x in "
            "any case, ACLED's included.</li>"
            "<li><b>GEOMETRY_FIELD</b>: optional; a column holding WKT points ('POINT (36.3 "
            "35.8)') or 'lat, lon' text ('35.8126, 36.3176', as Airwars writes it). Found by "
            "name or content when no latitude/longitude columns exist. Without any of these "
            "the layer's point geometry is used.</li>"
            "<li><b>FILTER_EXPRESSION</b>: optional QGIS expression over the input's own "
            "columns; rows for which it is false are left out (counted in the log, not "
            "errors). Empty: ACLED exports keep only sub_event_type = 'Air/drone strike', other "
            "inputs keep every row. Write TRUE to keep every row of an ACLED export.</li>"
            "<li><b>DATE_FIELD</b>: optional; the date column (found by name when empty: "
            "event_date, date, ...). Reads 2015-09-30, 2015-09-30T10:00:00Z, 30-09-2015, "
            "30/09/2015, 30.09.2015, '30 September 2015', 'Sep 30, 2015'.</li>"
            "<li><b>DATE_ORDER</b>: for dd/mm/yyyy versus mm/dd/yyyy. 'Detect' decides once for "
            "the whole column from dates that can only be read one way, and stops with a message "
            "when nothing decides it; it never guesses row by row.</li>"
            "<li><b>ID_FIELD</b>, <b>ACTOR_FIELD</b>, <b>SOURCE_FIELD</b>, "
            "<b>CONFIDENCE_FIELD</b>, <b>PRECISION_FIELD</b>: optional; found by name when "
            "empty (ACLED: event_id_cnty, actor1, source, geo_precision).</li>"
            "<li><b>CONFIDENCE_MAPPING</b>: optional 'value=high;value=low' pairs for confidence "
            "values other than high/low (e.g. Airwars gradings: 'Fair=high;Weak=low').</li>"
            "<li><b>PRECISION_KM</b>: how far, in km, a strike may be from its coordinates for "
            "each precision code or word, e.g. ACLED geo_precision 1 (the town), 2 (near a "
            "town), 3 (a region or provincial capital). Default: {precision}. These distances "
            "are StrikeCheck's assumption, not ACLED's or Airwars'. A precision column whose "
            "name ends in km is taken as kilometres.</li>"
            "<li><b>EXPECTED_EXTENT</b>: optional area where the strikes should be; rows "
            "outside it are rejected, and a whole column of exchanged latitude/longitude is "
            "detected by it even where both stay within ±90.</li>"
            "<li><b>ENCODING</b>: optional encoding of a text file (e.g. windows-1256 for "
            "Arabic Windows text); empty: detected.</li></ul>"
            "<h3>Outputs</h3><ul>"
            "<li><b>OUTPUT</b>: points in EPSG:4326 with <b>strike_id</b> (text: the id column, "
            "or the line number / feature id), <b>date</b> (date or NULL), <b>actor</b>, "
            "<b>confidence</b> (high, low or NULL), <b>precision_km</b>, <b>source</b>, then "
            "every original column with its values untouched (empty cells of a text file "
            "become NULL). An original column whose name clashes with one of these is kept as "
            "&lt;name&gt;_orig.</li>"
            "<li><b>ERRORS</b>: a table of the rows that could not become strikes: <b>line</b> "
            "(line number in a text file, row in a spreadsheet), <b>feature_id</b> (feature id in "
            "a layer; not named fid, which GeoPackage reserves), <b>reason</b> "
            "(e.g. 'latitude 134.2 outside -90..90', \"no date in '31/31/2015'\") and "
            "<b>raw</b> (the row as written).</li></ul>"
            "<p>A whole column of exchanged latitude and longitude (latitudes beyond ±90 while "
            "every longitude is within ±90) is detected and read the other way round, with a "
            "warning; columns you choose yourself are used as given.</p>"
            "<h3>Example</h3><pre>qgis_process run strikecheck:importstrikes -- "
            "INPUT=acled_export.csv OUTPUT=strikes.gpkg ERRORS=rejected.csv</pre>"
        )
        return text.format(precision=default_precision_help()) + event_datasets_help()

    def initAlgorithm(self, config=None):

        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Strikes: a file (CSV, GeoJSON, KML, XLSX...) or a layer")
            )
        )
        for name, label in (
            (self.LAT_FIELD, self.tr("Latitude column (empty: find it)")),
            (self.LON_FIELD, self.tr("Longitude column (empty: find it)")),
            (self.GEOMETRY_FIELD, self.tr("WKT or 'lat, lon' text column (empty: find it)")),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name, label, parentLayerParameterName=self.INPUT, optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterExpression(
                self.FILTER_EXPRESSION,
                self.tr("Keep rows where (empty: ACLED air/drone strikes, else all rows)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.DATE_FIELD,
                self.tr("Date column (empty: find it)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DATE_ORDER,
                self.tr("Day/month order of numeric dates"),
                options=[
                    self.tr("Detect from the whole column"),
                    self.tr("Day first (dd/mm/yyyy)"),
                    self.tr("Month first (mm/dd/yyyy)"),
                ],
                defaultValue=0,
            )
        )
        advanced = []
        for name, label in (
            (self.ID_FIELD, self.tr("Strike id column (empty: find it)")),
            (self.ACTOR_FIELD, self.tr("Actor column (empty: find it)")),
            (self.SOURCE_FIELD, self.tr("Source column (empty: find it)")),
            (self.CONFIDENCE_FIELD, self.tr("Confidence column (empty: find it)")),
            (self.PRECISION_FIELD, self.tr("Location precision column (empty: find it)")),
        ):
            advanced.append(
                QgsProcessingParameterField(
                    name, label, parentLayerParameterName=self.INPUT, optional=True
                )
            )
        advanced.append(
            QgsProcessingParameterString(
                self.CONFIDENCE_MAPPING,
                self.tr("Confidence values to map, e.g. Fair=high;Weak=low"),
                optional=True,
            )
        )
        advanced.append(
            QgsProcessingParameterString(
                self.PRECISION_KM,
                self.tr("Distance in km for each precision code or word"),
                optional=True,
            )
        )
        advanced.append(
            QgsProcessingParameterExtent(
                self.EXPECTED_EXTENT, self.tr("Area where strikes are expected"), optional=True
            )
        )
        advanced.append(
            QgsProcessingParameterString(
                self.ENCODING, self.tr("Text file encoding (empty: detect)"), optional=True
            )
        )
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | PARAMETER_ADVANCED)
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Strikes"), SOURCE_POINT)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.ERRORS,
                self.tr("Rows that could not be imported"),
                SOURCE_TABLE,
                optional=True,
                createByDefault=True,
            )
        )

    # -- running ----------------------------------------------------------------------------

    def checkParameterValues(self, parameters, context):
        # QGIS would try to open a .txt table with OGR and refuse it: this algorithm reads
        # delimited text itself, so INPUT is checked when it runs. KML is read by StrikeCheck too.
        parameters, problem = check_kml_parameter(self, parameters, self.INPUT, KML_KINDS)
        if problem:
            return False, problem
        path, _ = text_file_of(parameters.get(self.INPUT), context)
        if not path:
            problem = workbook_problem(parameters.get(self.INPUT), context)
            if problem:
                return False, problem
            return super().checkParameterValues(parameters, context)
        for definition in self.parameterDefinitions():
            if definition.name() == self.INPUT:
                continue
            if not definition.checkValueIsAcceptable(parameters.get(definition.name()), context):
                return False, self.tr("Incorrect parameter value for {name}").format(
                    name=definition.name()
                )
        return True, ""

    def process(self, parameters, context, feedback):
        self.require_core()
        try:
            data = self._read_input(parameters, context, feedback)
            if feedback.isCanceled():
                return {}
            result = self._parse(parameters, context, feedback, data)
            if feedback.isCanceled():
                return {}
            outputs = self._write_strikes(parameters, context, feedback, data, result)
        except Cancelled:
            return {}
        errors = list(data.errors) + [
            (data.lines[i], data.fids[i], say(reason), data.raw[i].rstrip("\r\n"))
            for i, reason in result.rejected
        ]
        errors_id = self._write_errors(parameters, context, errors)
        if errors_id is not None:
            outputs[self.ERRORS] = errors_id
        report(feedback, data, result, errors)
        return outputs

    def _read_input(self, parameters, context, feedback):
        """The rows of INPUT (a text file, KML/KMZ, a layer), filtered, notes said."""
        parameters, kml_problems = read_kml_parameter(parameters, self.INPUT, KML_KINDS, feedback)
        path, hints = text_file_of(parameters.get(self.INPUT), context)
        expression = parameters.get(self.FILTER_EXPRESSION)
        if not isinstance(expression, str):  # e.g. a model's expression-based value
            expression = self.parameterAsExpression(parameters, self.FILTER_EXPRESSION, context)
        expression = expression or ""
        filter_note = None
        if path:
            encoding = self.parameterAsString(parameters, self.ENCODING, context)
            reading = phase(
                feedback, self.tr("Reading {name}...").format(name=os.path.basename(path)), 0, 20
            )
            data = read_text_input(path, encoding or auto_encoding(hints.get("encoding")), reading)
            data.uri_hints = hints
            if not expression.strip():
                expression, filter_note = default_filter(data.names)
            if expression:
                text = self.tr("Keeping the rows FILTER_EXPRESSION selects: {expression}")
                filtering = phase(feedback, text.format(expression=expression), 20, 35)
                RowFilter(expression, context, data.fields).apply_to_text(data, filtering)
        else:
            source, sheet = open_input(self, parameters, self.INPUT, context, feedback)
            phase(feedback, self.tr("Reading {name}...").format(name=source.sourceName()), 0, 0)
            data, filter_note = read_layer_rows(source, context, feedback, expression, sheet)
            for row, fid in enumerate(data.fids):  # a KML placemark whose geometry was broken
                if fid in kml_problems:
                    data.geometry_problems[row] = kml_problems[fid]
        for note in data.notes + ([filter_note] if filter_note else []):
            feedback.pushInfo(note)
        return data

    def _parse(self, parameters, context, feedback, data):
        """The core's reading of the rows: strikes, rejected rows, notes said."""

        options = strike_options(self, parameters, context, data)
        reading = phase(
            feedback,
            self.tr("Reading positions, dates and ids of {n} rows...").format(n=len(data.values)),
            35,
            50,
        )
        try:
            result = read_strikes(
                data.names,
                data.values,
                options,
                geometries=data.parts,
                geometry_problems=data.geometry_problems,
                fallback_ids=[
                    line if line is not None else fid for line, fid in zip(data.lines, data.fids)
                ],
                progress=reading,
            )
        except InputError as error:
            raise QgsProcessingException(say(error.message)) from None
        for note in result.notes:
            feedback.pushInfo(say(note))
        for warning in result.warnings:
            feedback.pushWarning(say(warning))
        return result

    # -- writing ----------------------------------------------------------------------------

    def _write_strikes(self, parameters, context, feedback, data, result):
        fields, renamed = output_fields(data)
        for old, new in renamed:
            feedback.pushInfo(
                self.tr(
                    "Original column '{old}' kept as '{new}' (StrikeCheck uses '{old}')."
                ).format(old=old, new=new)
            )
        multi = any(len(strike.parts) > 1 for strike in result.strikes)
        sink, dest_id = self.open_sink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            WKB_MULTIPOINT if multi else WKB_POINT,
            QgsCoordinateReferenceSystem("EPSG:4326"),
        )
        rows = (
            strike_row(strike, data.values[strike.index], multi, data.text)
            for strike in result.strikes
        )
        phase(feedback, self.tr("Writing {n} strikes...").format(n=len(result.strikes)), 50, 50)
        write_rows(sink, fields, rows, feedback, len(result.strikes), 50.0, 100.0)
        return {self.OUTPUT: dest_id}

    def _write_errors(self, parameters, context, errors):
        if not output_wanted(parameters, self.ERRORS, context):
            return None
        fields = QgsFields()
        fields.append(make_field("line", "int"))
        fields.append(make_field("feature_id", "int"))
        fields.append(make_field("reason", "string"))
        fields.append(make_field("raw", "string"))
        no_crs = QgsCoordinateReferenceSystem()
        sink, dest_id = self.open_sink(
            parameters, self.ERRORS, context, fields, WKB_NO_GEOMETRY, no_crs
        )
        rows = ((list(error), None) for error in sorted(errors, key=error_order))
        write_rows(sink, fields, rows, None, len(errors))
        return dest_id
