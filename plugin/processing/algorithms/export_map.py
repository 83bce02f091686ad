"""strikecheck:exportmap: a publishable map (PDF, PNG, SVG) of strikes over territorial control."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...compat import PARAMETER_ADVANCED, SOURCE_LINE, SOURCE_POINT, SOURCE_POLYGON
from ...core.series_periods import SERIES_CHOICES
from ..styling_base import StylingAlgorithm

PAPERS = ("A4", "A3")
ORIENTATIONS = ("landscape", "portrait")
STRIKE_STYLES = ("confidence", "controlling faction")


class ExportMapAlgorithm(StylingAlgorithm):
    NAME = "exportmap"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("StrikeCheck", "Export strike map")

    STRIKE_STYLES = STRIKE_STYLES
    STRIKES = "STRIKES"
    CONTROL = "CONTROL"
    LINES = "LINES"
    FACTION_FIELD = "FACTION_FIELD"
    TARGET_FACTION = "TARGET_FACTION"
    LABEL_FIELD = "LABEL_FIELD"
    STRIKE_STYLE = "STRIKE_STYLE"
    APPLY_STYLES = "APPLY_STYLES"
    TITLE = "TITLE"
    DATE = "DATE"
    CONTROL_DATE = "CONTROL_DATE"
    SUBTITLE = "SUBTITLE"
    CONTROL_SOURCE = "CONTROL_SOURCE"
    STRIKES_SOURCE = "STRIKES_SOURCE"
    NOTE = "NOTE"
    PAPER = "PAPER"
    ORIENTATION = "ORIENTATION"
    DPI = "DPI"
    PADDING = "PADDING"
    COUNTRY = "COUNTRY"
    TEMPLATE = "TEMPLATE"
    ADD_TO_PROJECT = "ADD_TO_PROJECT"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_PNG = "OUTPUT_PNG"
    OUTPUT_SVG = "OUTPUT_SVG"
    SERIES = "SERIES"
    OUTPUT_ANIMATION = "OUTPUT_ANIMATION"
    LAYOUT = "LAYOUT"
    SUMMARY = "SUMMARY"

    def shortHelpString(self):
        return self.tr(
            "<p>Makes a map ready to publish, in the manner of ISW's conflict maps: title and "
            "date, the strikes as starbursts over territorial control, a KEY, a scale bar in "
            "km, a north arrow, an inset locating the country, the finding in one sentence and "
            "the sources. Country outlines and names come from the world map QGIS ships: no "
            "download. The layout is built from resources/layouts/strikecheck_map.qpt and, "
            "unless ADD_TO_PROJECT is off, also added to the project's layouts so you can edit "
            "it before exporting again.</p>"
            "<h3>Parameters</h3><ul>"
            "<li><b>STRIKES</b>: the strikes, ideally the output of strikecheck:nearestfaction "
            "(needed for the finding sentence). The map is framed on them.</li>"
            "<li><b>CONTROL</b>, <b>LINES</b>: optional; the control map and the lines to "
            "nearest territory. With TARGET_FACTION only the lines to it are drawn, and the "
            "map is framed to include them.</li>"
            "<li><b>FACTION_FIELD</b>: the control layer's faction field (default 'faction').</li>"
            "<li><b>TARGET_FACTION</b>: optional, e.g. isis: the finding says how many strikes "
            "fell in its territory and how far it was from the others.</li>"
            "<li><b>LABEL_FIELD</b> (advanced): the field naming each strike on the map; "
            "empty: a field called site, location, name, place or town when there are at "
            "most 40 strikes.</li>"
            "<li><b>STRIKE_STYLE</b>: confidence (ISW's High-/Low-Confidence reporting) or "
            "controlling faction (controlled_by).</li>"
            "<li><b>APPLY_STYLES</b>: style the layers with the preset's colours, as "
            "strikecheck:applystyle does (a project layer keeps the new style; data never "
            "changes). Off: your own styles are used.</li>"
            "<li><b>TITLE</b>, <b>DATE</b>, <b>SUBTITLE</b>: e.g. 'Russian Airstrikes' and "
            "'30 SEPT 2015'; an empty DATE is read from the strikes' date field and follows "
            "the title after a dash ('Strikes — 1 - 31 OCT 2022'). A long title shrinks, "
            "then wraps, to fit its frame.</li>"
            "<li><b>CONTROL_DATE</b>: a time-aware control layer (dated snapshots in "
            "valid_from, as strikecheck:importcontrol writes them) is drawn as the snapshot "
            "in force on this day (YYYY-MM-DD): the latest valid_from on or before it, plus "
            "the undated features; empty: DATE when it is YYYY-MM-DD, else the latest strike "
            "date. The credits name it ('Control: DeepState, 1 OCT 2022') and the log warns "
            "when the strikes span several snapshots. Your layer is not changed: the map "
            "draws a filtered copy.</li>"
            "<li><b>CONTROL_SOURCE</b>, <b>STRIKES_SOURCE</b>: the credit line 'Control: ...; "
            "Strikes: ...; Analysis: StrikeCheck' (default: the layer names); NOTE adds a "
            "sentence below the finding.</li>"
            "<li><b>PAPER</b> A4 or A3, <b>ORIENTATION</b> landscape or portrait, <b>DPI</b> "
            "of the PNG, <b>PADDING</b> around the strikes in % of the framed extent.</li>"
            "<li><b>COUNTRY</b>: optional; the country of the inset (default: the one holding "
            "most strikes), as named in QGIS's world map, e.g. Syria.</li>"
            "<li><b>TEMPLATE</b> (advanced): your own .qpt, e.g. the bundled one restyled in "
            "the layout designer. Items are found by id (title, subtitle, main_map, "
            "locator_map, legend, scalebar, north_arrow, summary, credits); missing ones are "
            "left out, main_map is required. Fonts, colours and frames are yours; positions "
            "follow PAPER and ORIENTATION.</li>"
            "<li><b>ADD_TO_PROJECT</b> (advanced): also keep the layout in the project, with "
            "the layers it shows (world-map context layers in a group 'StrikeCheck map'). "
            "qgis_process has no project: there only the files are written.</li>"
            "<li><b>OUTPUT_PDF</b>, <b>OUTPUT_PNG</b>, <b>OUTPUT_SVG</b>: the files to write "
            "(any of them).</li>"
            "<li><b>SERIES</b>: none (one map), or a map series: one page per control snapshot "
            "(snapshot), day, week or month, each with that period's strikes, its own date "
            "in the title, finding and control date in the credits. A snapshot page runs from "
            "its valid_from to the next one's (strikes before the first count in the first) "
            "and every snapshot gets a page, strikes or none; a day, week (Monday to Sunday) "
            "or month page is drawn over the snapshot in force on its last day, and periods "
            "without a strike get no page (the log says how many). Undated strikes are on no "
            "page. The PDF has every page, the PNG and SVG are numbered (map_001.png, "
            "map_002.png...). The layout is a QGIS atlas over a layer of the pages (their "
            "dates, title, finding and credit, kept in the project file), its map filtered "
            "by its temporal range: it opens, previews and edits in the Layout Designer. "
            "DATE and CONTROL_DATE give way to each page's own.</li>"
            "<li><b>OUTPUT_ANIMATION</b>: with SERIES, the pages as an animation, 1.5 s "
            "each: a .gif (Pillow, python3-pil), or .mp4 / .webm when ffmpeg is installed "
            "(apt-get install ffmpeg).</li></ul>"
            "<h3>Example</h3><pre>qgis_process run strikecheck:exportmap -- "
            "STRIKES=result.gpkg CONTROL=control.geojson TARGET_FACTION=isis "
            "TITLE='Russian Airstrikes' DATE='30 SEPT 2015' OUTPUT_PDF=map.pdf "
            "OUTPUT_PNG=map.png</pre>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(self.STRIKES, self.tr("Strikes"), [SOURCE_POINT])
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.CONTROL,
                self.tr("Territorial control"),
                [SOURCE_POLYGON, SOURCE_LINE, SOURCE_POINT],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.LINES, self.tr("Lines to nearest territory"), [SOURCE_LINE], optional=True
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
            QgsProcessingParameterString(
                self.TARGET_FACTION, self.tr("Target faction (e.g. isis)"), optional=True
            )
        )
        self.add_preset_parameters()
        self.addParameter(
            QgsProcessingParameterString(
                self.TITLE, self.tr("Title"), self.tr("Strikes and territorial control")
            )
        )
        # Marked for translation here, translated when added.
        for name, label in (
            (
                self.DATE,
                QT_TRANSLATE_NOOP(
                    "StrikeCheck", "Date, e.g. 30 SEPT 2015 (empty: from the strikes' dates)"
                ),
            ),
            (self.SUBTITLE, QT_TRANSLATE_NOOP("StrikeCheck", "Subtitle")),
            (
                self.CONTROL_DATE,
                QT_TRANSLATE_NOOP(
                    "StrikeCheck", "Date of the control map, YYYY-MM-DD (empty: latest strike)"
                ),
            ),
            (
                self.CONTROL_SOURCE,
                QT_TRANSLATE_NOOP("StrikeCheck", "Source of the control map (credit)"),
            ),
            (
                self.STRIKES_SOURCE,
                QT_TRANSLATE_NOOP("StrikeCheck", "Source of the strikes (credit)"),
            ),
            (self.NOTE, QT_TRANSLATE_NOOP("StrikeCheck", "Note under the finding")),
        ):
            self.addParameter(QgsProcessingParameterString(name, self.tr(label), optional=True))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PAPER,
                self.tr("Paper"),
                list(PAPERS),
                defaultValue="A4",
                usesStaticStrings=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ORIENTATION,
                self.tr("Orientation"),
                list(ORIENTATIONS),
                defaultValue="landscape",
                usesStaticStrings=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DPI,
                self.tr("PNG resolution (dpi)"),
                defaultValue=200,
                minValue=50,
                maxValue=1200,
            )
        )
        for name, label in (
            (self.OUTPUT_PDF, ("PDF map", "PDF (*.pdf)")),
            (self.OUTPUT_PNG, ("PNG map", "PNG image (*.png)")),
            (self.OUTPUT_SVG, ("SVG map", "SVG image (*.svg)")),
        ):
            self.addParameter(
                QgsProcessingParameterFileDestination(
                    name,
                    self.tr(label[0]),
                    self.tr(label[1]),
                    optional=True,
                    createByDefault=False,
                )
            )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.SERIES,
                self.tr("Map series: one page per"),
                list(SERIES_CHOICES),
                defaultValue="none",
                usesStaticStrings=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_ANIMATION,
                self.tr("Animation of the series"),
                self.tr("GIF animation (*.gif);;MP4 video (*.mp4);;WebM video (*.webm)"),
                optional=True,
                createByDefault=False,
            )
        )
        self._add_advanced()
        self.addOutput(QgsProcessingOutputString(self.LAYOUT, self.tr("Layout name")))
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, self.tr("Finding")))

    def _add_advanced(self):
        advanced = [
            QgsProcessingParameterField(
                self.LABEL_FIELD,
                self.tr("Strike label field (e.g. the place name)"),
                parentLayerParameterName=self.STRIKES,
                optional=True,
            ),
            QgsProcessingParameterEnum(
                self.STRIKE_STYLE,
                self.tr("Draw strikes by"),
                list(STRIKE_STYLES),
                defaultValue="confidence",
                usesStaticStrings=True,
            ),
            QgsProcessingParameterBoolean(
                self.APPLY_STYLES, self.tr("Style the layers with the preset"), True
            ),
            QgsProcessingParameterNumber(
                self.PADDING,
                self.tr("Padding around the strikes (%)"),
                QgsProcessingParameterNumber.Type.Double,
                15.0,
                minValue=0.0,
                maxValue=200.0,
            ),
            QgsProcessingParameterString(
                self.COUNTRY, self.tr("Country of the inset (empty: found)"), optional=True
            ),
            QgsProcessingParameterFile(
                self.TEMPLATE, self.tr("Layout template (.qpt)"), extension="qpt", optional=True
            ),
            QgsProcessingParameterBoolean(
                self.ADD_TO_PROJECT, self.tr("Add the layout to the project"), True
            ),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | PARAMETER_ADVANCED)
            self.addParameter(parameter)

    # -- running ----------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        from ...layouts import export, map_layout, template
        from ...layouts.context import ContextError
        from .. import map_series

        keys = (self.OUTPUT_PDF, self.OUTPUT_PNG, self.OUTPUT_SVG, self.OUTPUT_ANIMATION)
        outputs = {key: self.parameterAsFileOutput(parameters, key, context) for key in keys}
        add_to_project = self.parameterAsBoolean(parameters, self.ADD_TO_PROJECT, context)
        project = context.project()
        if project is None:
            # qgis_process runs without a project: the layout borrows the global one and is
            # not kept (there is no project file to keep it in; the exported files are).
            project, add_to_project = QgsProject.instance(), False
        if not any(outputs.values()) and not add_to_project:
            raise QgsProcessingException(
                self.tr(
                    "Nothing to do: set OUTPUT_PDF, OUTPUT_PNG or OUTPUT_SVG, or add the "
                    "layout to the open project."
                )
            )
        run, layers = (parameters, context, feedback), self._layers(parameters, context)
        content, styles = self._content(parameters, context, feedback, layers)
        series = map_series.prepare(self, run, layers, content, styles, outputs)
        try:
            layout = map_layout.build_map_layout(project, content)
        except (map_layout.LayoutError, template.TemplateError, ContextError) as error:
            raise QgsProcessingException(
                self.tr("The map cannot be made: {reason}.").format(reason=error)
            ) from None
        results = {self.SUMMARY: content.summary, self.LAYOUT: layout.name()}
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        writers = {
            self.OUTPUT_PDF: lambda path: export.export_pdf(layout, path),
            self.OUTPUT_PNG: lambda path: export.export_png(layout, path, dpi),
            self.OUTPUT_SVG: lambda path: export.export_svg(layout, path),
        }
        if series is not None:
            writers = map_series.finish(self, series, layout, content, dpi)
            results[self.SUMMARY] = "\n".join(text for text in series.summaries if text)
        for key, path in outputs.items():
            if path:
                try:
                    results[key] = map_series.say_written(feedback, writers[key](path))
                except export.ExportError as error:
                    raise QgsProcessingException(str(error)) from None
        if add_to_project:
            from ...layouts.project import add_layout_to_project

            results[self.LAYOUT] = add_layout_to_project(project, layout, content, context)
            feedback.pushInfo(
                self.tr("Layout '{name}' added to the project (Project > Layouts).").format(
                    name=results[self.LAYOUT]
                )
            )
        return results

    def _layers(self, parameters, context):
        strikes = self.parameterAsVectorLayer(parameters, self.STRIKES, context)
        if strikes is None:
            raise QgsProcessingException(self.tr("The strike layer could not be opened."))
        if strikes.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("The strike layer '{layer}' is empty: there is nothing to map.").format(
                    layer=strikes.name()
                )
            )
        control = self.parameterAsVectorLayer(parameters, self.CONTROL, context)
        lines = self.parameterAsVectorLayer(parameters, self.LINES, context)
        return strikes, control, lines

    def _content(self, parameters, context, feedback, layers):
        # Layouts need numpy: loaded when it runs.
        from ...styling.borrowed import BorrowedStyles
        from .. import map_series
        from ..map_content import map_content, summary_text
        from ..map_styles import style_map_layers

        strikes = layers[0]
        target = self.parameterAsString(parameters, self.TARGET_FACTION, context).strip()
        borrowed = BorrowedStyles(context.project(), layers)
        try:
            styles = style_map_layers(self, (parameters, context, feedback), layers, target)
            summary = summary_text(self, parameters, context, (strikes, styles), target)
            told = map_series.told(self, parameters, context, feedback)
            content = map_content(self, parameters, context, layers, summary, told, target)
        finally:
            overrides = borrowed.give_back()
        content.style_overrides.update(overrides)
        return content, styles
