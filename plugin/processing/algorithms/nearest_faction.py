"""strikecheck:nearestfaction: who held each strike's location and how far each faction was."""

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...compat import (
    PARAMETER_ADVANCED,
    SOURCE_LINE,
    SOURCE_POINT,
    SOURCE_POLYGON,
)
from ...core.vocabulary import ENGINE_AUTO, ENGINES, RULE_NEAREST, RULES
from ..base import StrikeCheckAlgorithm


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
    SUMMARY = "SUMMARY"
    STRIKE_ID_FIELD = "STRIKE_ID_FIELD"
    STRIKE_DATE_FIELD = "STRIKE_DATE_FIELD"
    STRIKE_DATE_END_FIELD = "STRIKE_DATE_END_FIELD"
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
            "the shortest geodesic line to that faction's territory. <b>STRIKE_ID_FIELD</b>: "
            "the strikes' field that names them in LINES (default: strike_id, event_id_cnty or "
            "id when present).</li>"
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
            "LINES fields: strike_id (the strike's own id from STRIKE_ID_FIELD, else its feature "
            "id), strike_fid (its feature id), faction, km. SUMMARY: the closing sentences of "
            "the log as one text (how many strikes are inside a faction's territory, how many "
            "conclusions survive the uncertainty discs), for models and scripts."
            "<h3>Example</h3><pre>qgis_process run strikecheck:nearestfaction -- "
            "STRIKES=strikes.csv CONTROL=control.geojson FACTION_FIELD=faction "
            "OUTPUT=result.gpkg</pre>"
        ) + self.tr(
            "<h3>Date windows</h3><p><b>STRIKE_DATE_END_FIELD</b>: optional (default: "
            "'date_end' when present, as strikecheck:importstrikes writes it for UCDP GED's "
            "date_start to date_end and ACLED's time_precision 2 and 3): the last day of each "
            "strike's date window, whose first day is STRIKE_DATE_FIELD. In a time-aware run "
            "such a strike is measured against the snapshot in force on its first day, then "
            "checked against every later snapshot up to its last day: controlled_by_certain is "
            "false when the controlling faction changes inside the window (snapshot_note says "
            "how), possible_factions lists the factions of every one of those snapshots, and "
            "with a precision the strike is certain only when its disc and its window both "
            "are. An empty or earlier last day means a single day.</p>"
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
            QgsProcessingParameterField(
                self.STRIKE_ID_FIELD,
                self.tr("Strike id field for LINES (empty: strike_id or an id field if present)"),
                parentLayerParameterName=self.STRIKES,
                optional=True,
            )
        )
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
            QgsProcessingParameterField(
                self.STRIKE_DATE_END_FIELD,
                self.tr("Last day of each strike's date window (empty: 'date_end' if present)"),
                parentLayerParameterName=self.STRIKES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.SNAPSHOT_RULE,
                self.tr("Strikes before the first snapshot or undated"),
                options=list(RULES),
                defaultValue=RULE_NEAREST,
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
                options=list(ENGINES),
                defaultValue=ENGINE_AUTO,
                usesStaticStrings=True,
            )
        )
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, self.tr("Summary")))

    def process(self, parameters, context, feedback):
        self.require_core()
        # The engines need shapely and numpy: imported once require_core() found them.
        from ...core.cancelled import Cancelled
        from ..nearest import engine_choice
        from ..nearest.local import run_local
        from ..nearest.request import read_request

        request = read_request(self, parameters, context)
        choice = engine_choice.choose(self, request, context)
        engine_choice.say(feedback, choice)
        try:
            if choice.engine == engine_choice.DATABASE:
                from ..nearest.database import run_database  # psycopg2: only for the database

                return run_database(self, request, context, feedback, choice)
            return run_local(self, request, context, feedback)
        except Cancelled:
            feedback.reportError(self.tr("Cancelled: nothing was written."))
            return {}
