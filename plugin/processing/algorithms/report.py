"""strikecheck:report: an HTML (and PDF) report of an analysis, with its map, charts and table."""

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...compat import SOURCE_LINE, SOURCE_POINT, SOURCE_POLYGON
from ..child import run_child
from ..styling_base import StylingAlgorithm


class ReportAlgorithm(StylingAlgorithm):
    NAME = "report"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("StrikeCheck", "Write strike report")

    STRIKES = "STRIKES"
    TARGET_FACTION = "TARGET_FACTION"
    LABEL_FIELD = "LABEL_FIELD"
    CONTROL = "CONTROL"
    LINES = "LINES"
    FACTION_FIELD = "FACTION_FIELD"
    MAP_IMAGE = "MAP_IMAGE"
    TITLE = "TITLE"
    SUBTITLE = "SUBTITLE"
    NOTE = "NOTE"
    CONTROL_SOURCE = "CONTROL_SOURCE"
    STRIKES_SOURCE = "STRIKES_SOURCE"
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_PDF = "OUTPUT_PDF"
    SUMMARY = "SUMMARY"

    def shortHelpString(self):
        return self.tr(
            "<p>Writes a report of an analysis: the finding in one sentence, the map, strikes "
            "by controlling faction, the distance to the target faction, strikes per week by "
            "controlling faction (when the strikes have dates), and a strike-by-strike table. "
            "HTML (charts and map as PNG files in a folder beside it) and, optionally, a PDF "
            "made by Qt itself: no browser or web service. Your layers' styles are left as "
            "they were.</p>"
            "<h3>Parameters</h3><ul>"
            "<li><b>STRIKES</b>: the output of strikecheck:nearestfaction.</li>"
            "<li><b>TARGET_FACTION</b>: optional, e.g. isis: the finding and the distance "
            "chart are about it.</li>"
            "<li><b>LABEL_FIELD</b>: optional; names the strikes in the table (default: a "
            "field called site, location, name, place or town).</li>"
            "<li><b>CONTROL</b>, <b>LINES</b>, <b>FACTION_FIELD</b>: optional; with CONTROL "
            "the report draws its map as strikecheck:exportmap does. <b>MAP_IMAGE</b> puts an "
            "existing PNG (e.g. exportmap's) in the report instead.</li>"
            "<li><b>PRESET</b>, <b>PALETTE</b>: colours and names of the factions.</li>"
            "<li><b>TITLE</b>, <b>SUBTITLE</b>, <b>NOTE</b>, <b>CONTROL_SOURCE</b>, "
            "<b>STRIKES_SOURCE</b>: the report's words and its sources.</li>"
            "<li><b>OUTPUT_HTML</b>, <b>OUTPUT_PDF</b>: the files to write.</li></ul>"
            "<h3>Example</h3><pre>qgis_process run strikecheck:report -- STRIKES=result.gpkg "
            "CONTROL=control.geojson TARGET_FACTION=isis OUTPUT_HTML=report.html "
            "OUTPUT_PDF=report.pdf</pre>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.STRIKES,
                self.tr("Analysed strikes (output of Nearest faction)"),
                [SOURCE_POINT],
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.TARGET_FACTION, self.tr("Target faction (e.g. isis)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.LABEL_FIELD,
                self.tr("Strike name field"),
                parentLayerParameterName=self.STRIKES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.CONTROL,
                self.tr("Territorial control (for the map)"),
                [SOURCE_POLYGON, SOURCE_LINE, SOURCE_POINT],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.LINES,
                self.tr("Lines to nearest territory (for the map)"),
                [SOURCE_LINE],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FACTION_FIELD,
                self.tr("Faction field of the control layer"),
                "faction",
                parentLayerParameterName=self.CONTROL,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.MAP_IMAGE,
                self.tr("Map image to include (PNG)"),
                extension="png",
                optional=True,
            )
        )
        self.add_preset_parameters()
        self.addParameter(
            QgsProcessingParameterString(
                self.TITLE, self.tr("Title"), self.tr("Strikes and territorial control")
            )
        )
        for name, label in (
            (self.SUBTITLE, "Subtitle"),
            (self.NOTE, "Note under the finding"),
            (self.CONTROL_SOURCE, "Source of the control map"),
            (self.STRIKES_SOURCE, "Source of the strikes"),
        ):
            self.addParameter(QgsProcessingParameterString(name, self.tr(label), optional=True))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_HTML, self.tr("HTML report"), self.tr("HTML (*.html)")
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PDF,
                self.tr("PDF report"),
                self.tr("PDF (*.pdf)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, self.tr("Finding")))

    def process(self, parameters, context, feedback):
        from ...layouts.texts import credits_text
        from ...reports.build import ReportRequest

        strikes = self._strikes(parameters, context)
        styles = self.faction_styles(parameters, context, feedback)
        label = self.parameterAsString(parameters, self.LABEL_FIELD, context) or None
        if label:
            self.require_field(strikes, label, self.tr("the strike names"))
        control = self.parameterAsVectorLayer(parameters, self.CONTROL, context)
        html_path = Path(self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context))
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context) or None
        text = {
            key: self.parameterAsString(parameters, key, context).strip()
            for key in (
                self.TARGET_FACTION,
                self.TITLE,
                self.SUBTITLE,
                self.NOTE,
                self.CONTROL_SOURCE,
                self.STRIKES_SOURCE,
            )
        }
        request = ReportRequest(
            strikes=strikes,
            styles=styles,
            html_path=html_path,
            target=text[self.TARGET_FACTION],
            title=text[self.TITLE] or self.tr("Strikes and territorial control"),
            subtitle=text[self.SUBTITLE],
            note=text[self.NOTE],
            label_field=label,
            sources=credits_text(
                text[self.CONTROL_SOURCE] or (control.name() if control else ""),
                text[self.STRIKES_SOURCE] or strikes.name(),
            ),
            map_image=self.parameterAsFile(parameters, self.MAP_IMAGE, context) or None,
            pdf_path=Path(pdf) if pdf else None,
        )
        if not request.map_image:
            request.map_renderer = self._map_renderer(
                parameters, context, feedback, strikes, control, text
            )
        written = self._build(request, strikes)
        self._log_written(feedback, written)
        self._warn_if_charts_cannot_shape(feedback, styles, strikes)
        results = {self.OUTPUT_HTML: written.html, self.SUMMARY: written.finding}
        if written.pdf:
            results[self.OUTPUT_PDF] = written.pdf
        return results

    def _log_written(self, feedback, written):
        """The files written, in words: paths, rows, pages (not the outputs' dictionary)."""
        feedback.pushInfo(self.tr("Report (HTML): {path}").format(path=written.html))
        if written.rows < written.strikes:
            rows = self.tr("Strike table: the first {n} of {total} strikes.")
        else:
            rows = self.tr("Strike table: all {total} strikes, one per row.")
        feedback.pushInfo(rows.format(n=written.rows, total=written.strikes))
        if not written.pdf:
            return
        feedback.pushInfo(
            self.tr("Report (PDF): {path}, {pages} pages.").format(
                path=written.pdf, pages=written.pages
            )
        )
        if written.table_parts > 1:
            feedback.pushInfo(
                self.tr(
                    "The PDF prints the strike table on landscape pages, in {n} parts: its "
                    "columns do not fit one page."
                ).format(n=written.table_parts)
            )
        elif written.landscape:
            feedback.pushInfo(self.tr("The PDF prints the strike table on landscape pages."))

    def _strikes(self, parameters, context):
        """The strike layer, checked: opened, not empty, with nearestfaction's results."""
        strikes = self.parameterAsVectorLayer(parameters, self.STRIKES, context)
        if strikes is None:
            raise QgsProcessingException(self.tr("The strike layer could not be opened."))
        if strikes.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("The strike layer '{layer}' is empty: there is nothing to report.").format(
                    layer=strikes.name()
                )
            )
        self.require_field(
            strikes,
            "controlled_by",
            self.tr("the controlling faction (run strikecheck:nearestfaction)"),
        )
        return strikes

    def _build(self, request, strikes):
        """The report's ReportFiles; a user's mistake as a clear message."""
        from ...layouts.texts import MissingResultsError
        from ...reports.build import build_report
        from ...reports.pdf import PdfError

        try:
            return build_report(request)  # its ReportFiles
        except MissingResultsError as error:
            raise QgsProcessingException(
                self.tr(
                    "The strike layer '{layer}' has no field {fields}: run "
                    "strikecheck:nearestfaction with faction '{target}' and report on its "
                    "output, or leave TARGET_FACTION empty."
                ).format(
                    layer=strikes.name(), fields=", ".join(error.missing), target=request.target
                )
            ) from None
        except (OSError, PdfError) as error:
            raise QgsProcessingException(
                self.tr("The report could not be written: {error}").format(error=error)
            ) from None

    def _warn_if_charts_cannot_shape(self, feedback, styles, strikes):
        from ...i18n import right_to_left
        from ...reports.chart_text import can_shape, is_right_to_left

        if can_shape():
            return
        # The charts' words, and the legend labels of the factions holding the strikes.
        index = strikes.fields().lookupField("controlled_by")
        values = strikes.uniqueValues(index) if index >= 0 else set()
        labels = [styles.lookup(value) for value in values]
        if right_to_left() or any(is_right_to_left(c.label) for c in labels if c is not None):
            feedback.pushWarning(
                self.tr(
                    "The charts' Arabic text is drawn letter by letter: install the Python "
                    "packages arabic-reshaper and python-bidi into the Python QGIS uses (on "
                    "Debian: apt install python3-arabic-reshaper python3-bidi) and write the "
                    "report again."
                )
            )

    def _map_renderer(self, parameters, context, feedback, strikes, control, text):
        """Draws the report's map with strikecheck:exportmap, then gives the layers their own
        styles back."""
        lines = self.parameterAsVectorLayer(parameters, self.LINES, context)

        def render(path):
            from ...styling.apply import borrowed_styles

            layers = [layer for layer in (strikes, control, lines) if layer is not None]
            child = {
                "STRIKES": strikes,
                "CONTROL": control,
                "LINES": lines,
                "FACTION_FIELD": self.parameterAsString(parameters, self.FACTION_FIELD, context),
                "TARGET_FACTION": text[self.TARGET_FACTION],
                # The map names strikes as exportmap does: a few by themselves, more on request.
                "LABEL_FIELD": parameters.get(self.LABEL_FIELD) or None,
                "PRESET": parameters.get(self.PRESET),
                "PALETTE": parameters.get(self.PALETTE),
                "PRESET_FILE": parameters.get(self.PRESET_FILE),
                "TITLE": text[self.TITLE],
                "SUBTITLE": text[self.SUBTITLE],
                "CONTROL_SOURCE": text[self.CONTROL_SOURCE],
                "STRIKES_SOURCE": text[self.STRIKES_SOURCE],
                "PAPER": "A4",
                "ORIENTATION": "landscape",
                "DPI": 200,
                "ADD_TO_PROJECT": False,
                "OUTPUT_PNG": str(path),
            }
            with borrowed_styles(layers):
                run_child("strikecheck:exportmap", child, context, feedback)

        return render
