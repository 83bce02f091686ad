"""strikecheck:nearestfaction: who held each strike's location and how far each faction was."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..compat import (
    GEOMETRY_POINT,
    PARAMETER_ADVANCED,
    SOURCE_LINE,
    SOURCE_POINT,
    SOURCE_POLYGON,
)
from .base import StrikeCheckAlgorithm


class NearestFactionAlgorithm(StrikeCheckAlgorithm):
    NAME = "nearestfaction"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("StrikeCheck", "Nearest faction")

    STRIKES = "STRIKES"
    CONTROL = "CONTROL"
    FACTION_FIELD = "FACTION_FIELD"
    FACTIONS = "FACTIONS"
    MAX_DISTANCE_KM = "MAX_DISTANCE_KM"
    OUTPUT = "OUTPUT"
    LINES = "LINES"
    STRIKE_DATE_FIELD = "STRIKE_DATE_FIELD"
    CONTROL_DATE_FIELD = "CONTROL_DATE_FIELD"
    SNAPSHOT_RULE = "SNAPSHOT_RULE"
    PRECISION_FIELD = "PRECISION_FIELD"
    PRECISION_KM = "PRECISION_KM"
    FRONT_DISTANCE = "FRONT_DISTANCE"
    FRONT_LINES = "FRONT_LINES"
    FRONT_LABEL_FIELD = "FRONT_LABEL_FIELD"
    FRONT_TOLERANCE_KM = "FRONT_TOLERANCE_KM"
    ENGINE = "ENGINE"

    def shortHelpString(self):
        return self.tr(
            "<p>For every strike, says which faction controlled the ground where it landed and "
            "measures the geodesic distance (WGS84 ellipsoid, within 1 m) to the nearest territory "
            "of every faction in a control map.</p>"
            "<h3>Parameters</h3><ul>"
            "<li><b>STRIKES</b>: point layer of strikes (any CRS; 'Selected features only' "
            "works). A multipoint strike is held by every faction holding any of its points; its "
            "distance to a faction is that of its nearest point.</li>"
            "<li><b>CONTROL</b>: territorial control as polygons, front lines or town control "
            "points (any CRS). Invalid geometries are repaired in memory; the layer is never "
            "modified.</li>"
            "<li><b>FACTION_FIELD</b>: the field of CONTROL that names the faction. A value "
            "joining codes with '+' (a mixed class from 'Import control map', e.g. "
            "isis+jn+rebel) counts as territory of each member.</li>"
            "<li><b>FACTIONS</b>: optional; faction values to measure, separated by ';' "
            "(default: every value present).</li>"
            "<li><b>MAX_DISTANCE_KM</b>: optional; distances beyond it are NULL (and the "
            "search is faster).</li>"
            "<li><b>OUTPUT</b>: the strikes with all their fields plus the results, in the "
            "strike layer's CRS.</li>"
            "<li><b>LINES</b>: optional; for each strike and each faction it is not inside, "
            "the shortest geodesic line to that faction's territory.</li>"
            "<li><b>STRIKE_DATE_FIELD</b>, <b>CONTROL_DATE_FIELD</b>: optional (default: "
            "'date' and 'valid_from' when the layers have them). A control layer holding "
            "several dated snapshots is time-aware: each strike is measured against the latest "
            "snapshot on or before its date; control features without a date hold in every "
            "snapshot.</li>"
            "<li><b>SNAPSHOT_RULE</b>: strikes dated before the first snapshot, or undated: "
            "'nearest' (the first snapshot, or the latest for undated strikes) or 'skip' (NULL "
            "answers, the reason in snapshot_note).</li>"
            "<li><b>PRECISION_FIELD</b>: optional (default: 'precision_km' when present): how "
            "far, in km, the true location may be from the point. <b>PRECISION_KM</b>: the "
            "radius for strikes without a value.</li>"
            "<li><b>FRONT_DISTANCE</b>: also measure the distance to the front (default yes). "
            "<b>FRONT_LINES</b>: optional line layer of front lines to use instead of the "
            "borders between factions' polygons (<b>FRONT_LABEL_FIELD</b> names them). "
            "<b>FRONT_TOLERANCE_KM</b>: how close two factions' borders must run to count as "
            "one front (hand-drawn maps rarely share vertices; default 0.5 km).</li>"
            "<li><b>ENGINE</b>: 'auto' (default) runs the analysis as SQL inside PostGIS when "
            "STRIKES and CONTROL are layers of the same PostGIS database, else locally; "
            "'local' or 'database' force one. The answers are the same (distances within 1 m). "
            "Not yet in the database: LINES, dated control snapshots, FRONT_LINES, selected "
            "features only; auto then runs locally and says why. With OUTPUT a table of that "
            "database, the results are written there in one transaction.</li></ul>"
            "<h3>Output fields</h3><ul>"
            "<li><b>controlled_by</b>: the faction(s) whose territory contains the strike, "
            "sorted and joined with '+' (a strike on a shared border or in overlapping "
            "territories belongs to each); NULL when no faction holds it. A strike in a hole "
            "of a polygon is outside it.</li>"
            "<li><b>dist_&lt;faction&gt;_km</b>: geodesic km to the nearest point of that "
            "faction's territory, 0 inside. The faction value is normalised into a field name "
            "(lower case ASCII, '_' for other characters), e.g. dist_isis_km.</li>"
            "<li><b>nearest_other</b>, <b>nearest_other_km</b>: the nearest faction other "
            "than the controlling one(s) (for a strike nobody holds: the nearest faction).</li>"
            "<li><b>front_km</b>, <b>front_faction</b>: distance to the nearest front between "
            "the strike's controller and another faction (the coast and borders with nobody's "
            "land are not fronts; 0 on the line) and who is across it; for a strike nobody "
            "holds, the nearest faction's border and that faction. Near where a front meets a "
            "coast it may read up to FRONT_TOLERANCE_KM short.</li>"
            "<li><b>snapshot_date</b>, <b>snapshot_note</b>: the control snapshot each strike "
            "was measured against, and why when it was not the obvious one (time-aware runs "
            "only).</li>"
            "<li><b>possible_factions</b>, <b>controlled_by_certain</b>: with a precision, "
            "every faction whose territory the strike's disc of possible positions touches, and "
            "whether one faction holds the whole disc (the conclusion survives the "
            "uncertainty).</li>"
            "</ul>A field name already used by the strike layer gets a numeric suffix. "
            "LINES fields: strike_id (the strike's feature id), faction, km."
            "<h3>Example</h3><pre>qgis_process run strikecheck:nearestfaction -- "
            "STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction "
            "OUTPUT=result.gpkg</pre>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.STRIKES, self.tr("Strikes (points)"), [SOURCE_POINT]
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CONTROL,
                self.tr("Territorial control (polygons, lines or points)"),
                [SOURCE_POLYGON, SOURCE_LINE, SOURCE_POINT],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FACTION_FIELD, self.tr("Faction field"), parentLayerParameterName=self.CONTROL
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.FACTIONS,
                self.tr("Factions to measure, separated by ';' (empty: all)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_DISTANCE_KM,
                self.tr("Maximum distance (km, empty: no limit)"),
                type=QgsProcessingParameterNumber.Type.Double,
                optional=True,
                minValue=0.0,
            )
        )
        self._add_time_front_precision_parameters()
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Strikes with nearest faction"))
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.LINES,
                self.tr("Lines to nearest territory"),
                SOURCE_LINE,
                optional=True,
                createByDefault=False,
            )
        )

    def _add_time_front_precision_parameters(self):
        for name, label, parent in (
            (self.STRIKE_DATE_FIELD, "Strike date field (empty: 'date' if present)", self.STRIKES),
            (
                self.CONTROL_DATE_FIELD,
                "Control snapshot date field (empty: 'valid_from' if present)",
                self.CONTROL,
            ),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name, self.tr(label), parentLayerParameterName=parent, optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.SNAPSHOT_RULE,
                self.tr("Strikes before the first snapshot or undated"),
                options=["nearest", "skip"],
                defaultValue="nearest",
                usesStaticStrings=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.PRECISION_FIELD,
                self.tr("Location precision field, km (empty: 'precision_km' if present)"),
                parentLayerParameterName=self.STRIKES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PRECISION_KM,
                self.tr("Precision for strikes without a value (km)"),
                type=QgsProcessingParameterNumber.Type.Double,
                optional=True,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.FRONT_DISTANCE, self.tr("Measure the distance to the front"), True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.FRONT_LINES, self.tr("Front lines (optional)"), [SOURCE_LINE], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FRONT_LABEL_FIELD,
                self.tr("Front line name field"),
                parentLayerParameterName=self.FRONT_LINES,
                optional=True,
            )
        )
        tolerance = QgsProcessingParameterNumber(
            self.FRONT_TOLERANCE_KM,
            self.tr("Front tolerance (km)"),
            type=QgsProcessingParameterNumber.Type.Double,
            defaultValue=0.5,
            minValue=0.0,
        )
        tolerance.setFlags(tolerance.flags() | PARAMETER_ADVANCED)
        self.addParameter(tolerance)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ENGINE,
                self.tr("Engine (auto: inside PostGIS when both layers are in one database)"),
                options=["auto", "local", "database"],
                defaultValue="auto",
                usesStaticStrings=True,
            )
        )

    def _options(self, parameters, context, strikes, control):
        from .nearest_inputs import pick_field

        def number(name):
            if parameters.get(name) in (None, ""):
                return None
            return self.parameterAsDouble(parameters, name, context)

        return {
            "strike_date_field": pick_field(
                strikes, self.parameterAsString(parameters, self.STRIKE_DATE_FIELD, context), "date"
            ),
            "control_date_field": pick_field(
                control,
                self.parameterAsString(parameters, self.CONTROL_DATE_FIELD, context),
                "valid_from",
            ),
            "precision_field": pick_field(
                strikes,
                self.parameterAsString(parameters, self.PRECISION_FIELD, context),
                "precision_km",
            ),
            "precision_km": number(self.PRECISION_KM),
            "max_km": number(self.MAX_DISTANCE_KM),
            "rule": self.parameterAsEnumString(parameters, self.SNAPSHOT_RULE, context)
            or "nearest",
            "fronts": self.parameterAsBoolean(parameters, self.FRONT_DISTANCE, context),
            "tolerance": number(self.FRONT_TOLERANCE_KM) or 0.5,
        }

    # -- reading and checking the inputs ---------------------------------------------------

    def _sources(self, parameters, context):
        from .layer_arrays import require_crs, source_geometry_type

        strikes = self.parameterAsSource(parameters, self.STRIKES, context)
        control = self.parameterAsSource(parameters, self.CONTROL, context)
        if strikes is None:
            raise QgsProcessingException(self.tr("The strike layer could not be opened."))
        if control is None:
            raise QgsProcessingException(self.tr("The control layer could not be opened."))
        if source_geometry_type(strikes) != GEOMETRY_POINT:
            raise QgsProcessingException(
                self.tr(
                    "The strike layer must hold points, but it holds lines or polygons. "
                    "Convert it first, e.g. with 'Centroids' or 'Point on surface'."
                )
            )
        require_crs(strikes, self.tr("The strike layer"))
        require_crs(control, self.tr("The control layer"))
        field = self.parameterAsString(parameters, self.FACTION_FIELD, context)
        if not field or control.fields().lookupField(field) < 0:
            names = ", ".join(control.fields().names()) or self.tr("none")
            raise QgsProcessingException(
                self.tr(
                    "Field '{field}' not found in the control layer; choose the field that "
                    "holds faction names (fields: {names})."
                ).format(field=field, names=names)
            )
        return strikes, control, field

    def _requested_factions(self, parameters, context, present):
        raw = parameters.get(self.FACTIONS)
        if isinstance(raw, (list, tuple)):
            wanted = [str(v).strip() for v in raw]
        else:
            text = self.parameterAsString(parameters, self.FACTIONS, context) or ""
            wanted = [v.strip() for v in text.split(";")]
        wanted = [v for v in wanted if v]
        if not wanted:
            return None
        unknown = [v for v in wanted if v not in present]
        if unknown:
            raise QgsProcessingException(
                self.tr(
                    "Faction(s) {unknown} are not in the control layer's faction field; "
                    "values present: {present}."
                ).format(unknown=", ".join(unknown), present=", ".join(sorted(present)))
            )
        return wanted

    # -- running ---------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        self.require_core()
        from ..core.analysis import analyse
        from ..core.nearest import Cancelled
        from . import nearest_outputs
        from .layer_arrays import check_cancel, from_wgs84
        from .nearest_inputs import read_front_lines, read_inputs

        strikes, control, field = self._sources(parameters, context)
        options = self._options(parameters, context, strikes, control)
        from . import nearest_database

        choice = nearest_database.choose(self, parameters, context, field, options)
        nearest_database.say(feedback, choice)
        if choice.engine == nearest_database.DATABASE:
            return nearest_database.run(self, parameters, context, feedback, choice, field, options)
        inputs = read_inputs(strikes, control, field, options, context, feedback)
        present = {m for code in inputs.codes for m in code.split("+")}
        factions = self._requested_factions(parameters, context, present)
        front_labels = front_geometries = None
        front_source = self.parameterAsSource(parameters, self.FRONT_LINES, context)
        if options["fronts"] and front_source is not None:
            label_field = self.parameterAsString(parameters, self.FRONT_LABEL_FIELD, context)
            front_labels, front_geometries = read_front_lines(
                front_source, label_field, context, feedback
            )
        self._report_inputs(feedback, inputs, options)

        def progress(fraction):
            check_cancel(feedback)
            feedback.setProgress(10.0 + 75.0 * fraction)

        want_lines = parameters.get(self.LINES) not in (None, "")
        parts = inputs.parts
        try:
            analysis = analyse(
                inputs.codes,
                inputs.geometries,
                parts.lon,
                parts.lat,
                parts.part_feature,
                parts.fids.size,
                factions=factions,
                max_distance_km=options["max_km"],
                with_nearest_points=want_lines,
                control_days=inputs.control_days,
                strike_days=inputs.strike_days,
                rule=options["rule"],
                fronts=options["fronts"],
                front_tolerance_km=options["tolerance"],
                front_geometries=front_geometries,
                front_labels=front_labels,
                radius_km=inputs.radius_km,
                progress=progress,
            )
        except Cancelled:
            feedback.reportError(self.tr("Cancelled: nothing was written."))
            return {}
        if not analysis.factions:
            raise QgsProcessingException(
                self.tr("The control layer has no usable geometry (all are empty or NULL).")
            )
        self._report_control(feedback, analysis, inputs.null_values)

        columns = nearest_outputs.result_columns(analysis)
        fields = nearest_outputs.output_fields(strikes.fields(), columns)
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, strikes.wkbType(), strikes.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        if not nearest_outputs.write_strikes(sink, fields, strikes, parts.fids, columns, feedback):
            return {}
        output = {self.OUTPUT: dest_id}
        if want_lines:
            line_fields = nearest_outputs.line_fields()
            line_sink, line_id = self.parameterAsSink(
                parameters,
                self.LINES,
                context,
                line_fields,
                nearest_outputs.LINE_WKB_TYPE,
                strikes.sourceCrs(),
            )
            if line_sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, self.LINES))
            back = from_wgs84(strikes.sourceCrs(), context)
            nearest_outputs.write_lines(line_sink, line_fields, parts, analysis, back)
            output[self.LINES] = line_id
        self._report_result(feedback, parts, analysis)
        return output

    # -- telling the user what happened ---------------------------------------------------

    def _report_inputs(self, feedback, inputs, options):
        mixed = sorted({v for v in inputs.codes if "+" in v})
        if mixed:
            feedback.pushInfo(
                self.tr("Mixed control ({classes}) counts as territory of each member.").format(
                    classes=", ".join(mixed)
                )
            )
        if inputs.control_days is not None:
            feedback.pushInfo(
                self.tr(
                    "Time-aware: control snapshots from '{control}', strike dates from "
                    "'{strike}'; strikes before the first snapshot or undated: {rule}."
                ).format(
                    control=options["control_date_field"],
                    strike=options["strike_date_field"] or self.tr("(none: all undated)"),
                    rule=options["rule"],
                )
            )
        if inputs.radius_km is not None:
            known = int((inputs.radius_km == inputs.radius_km).sum())  # not NaN
            feedback.pushInfo(
                self.tr("Location precision known for {n} of {total} strikes.").format(
                    n=known, total=inputs.radius_km.size
                )
            )

    def _report_control(self, feedback, territories, null_values):
        feedback.pushInfo(
            self.tr("Factions in the control map: {names}").format(
                names=", ".join(territories.factions)
            )
        )
        if getattr(territories, "snapshots", 1) > 1:
            feedback.pushInfo(
                self.tr("{n} control snapshots used.").format(n=territories.snapshots)
            )
        if territories.repaired:
            feedback.pushInfo(
                self.tr("{n} invalid control geometries were repaired in memory.").format(
                    n=territories.repaired
                )
            )
        if territories.skipped_empty:
            feedback.pushWarning(
                self.tr("{n} control features with an empty or NULL geometry were skipped.").format(
                    n=territories.skipped_empty
                )
            )
        if null_values:
            feedback.pushWarning(
                self.tr("{n} control features with no faction value were skipped.").format(
                    n=null_values
                )
            )

    def _report_result(self, feedback, parts, result):
        held = sum(1 for value in result.controlled_by.tolist() if value)
        feedback.pushInfo(
            self.tr(
                "{n} strikes analysed against {k} factions: {held} inside a faction's "
                "territory, {free} outside all of them."
            ).format(
                n=parts.fids.size,
                k=len(result.factions),
                held=held,
                free=parts.fids.size - held - parts.empty,
            )
        )
        certain = getattr(result, "controlled_by_certain", None)
        if certain is not None:
            judged = [c for c in certain.tolist() if c is not None]
            feedback.pushInfo(
                self.tr(
                    "{kept} of {n} strikes with a known precision are held by one faction "
                    "across their whole uncertainty disc."
                ).format(kept=sum(1 for c in judged if c), n=len(judged))
            )
        if parts.empty:
            feedback.pushWarning(
                self.tr(
                    "{n} strikes have an empty or NULL geometry: kept in the output with NULL "
                    "results."
                ).format(n=parts.empty)
            )
