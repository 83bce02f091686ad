"""strikecheck:nearestfaction: who held each strike's location and how far each faction was."""

from qgis.core import (
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..compat import (
    GEOMETRY_POINT,
    SOURCE_LINE,
    SOURCE_POINT,
    SOURCE_POLYGON,
    WKB_LINESTRING,
    make_field,
)
from .base import StrikeCheckAlgorithm


def _nullable(values):
    """A numpy float array as a Python list with NaN as None (NULL in QGIS)."""
    return [None if v != v else v for v in values.tolist()]


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
            "the shortest geodesic line to that faction's territory.</li></ul>"
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
        from ..core.factions import expand_mixed
        from ..core.nearest import Cancelled, nearest_factions
        from ..core.territory import Territories
        from .layer_arrays import check_cancel, read_control, read_strike_parts

        strikes, control, field = self._sources(parameters, context)
        max_km = None
        if parameters.get(self.MAX_DISTANCE_KM) not in (None, ""):
            max_km = self.parameterAsDouble(parameters, self.MAX_DISTANCE_KM, context)

        feedback.pushInfo(self.tr("Reading the control map..."))
        values, geometries, null_values = read_control(control, field, context, feedback)
        if control.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("The control layer is empty: there is no territory to measure against.")
            )
        if not values:
            raise QgsProcessingException(
                self.tr(
                    "Every value of field '{field}' in the control layer is empty (NULL), so no "
                    "feature says which faction holds it; choose the field that holds faction "
                    "names."
                ).format(field=field)
            )
        mixed = sorted({v for v in values if "+" in v})
        if mixed:
            feedback.pushInfo(
                self.tr("Mixed control ({classes}) counts as territory of each member.").format(
                    classes=", ".join(mixed)
                )
            )
        territories = Territories.from_geometries(*expand_mixed(values, geometries))
        if not territories.factions:
            raise QgsProcessingException(
                self.tr("The control layer has no usable geometry (all are empty or NULL).")
            )
        factions = self._requested_factions(parameters, context, set(territories.factions))
        self._report_control(feedback, territories, null_values)

        feedback.pushInfo(self.tr("Reading the strikes..."))
        parts = read_strike_parts(strikes, context, feedback)
        check_cancel(feedback)

        def progress(fraction):
            check_cancel(feedback)
            feedback.setProgress(10.0 + 75.0 * fraction)

        want_lines = parameters.get(self.LINES) not in (None, "")
        try:
            result = nearest_factions(
                territories,
                parts.lon,
                parts.lat,
                part_feature=parts.part_feature,
                n_features=parts.fids.size,
                factions=factions,
                max_distance_km=max_km,
                with_nearest_points=want_lines,
                progress=progress,
            )
        except Cancelled:
            feedback.reportError(self.tr("Cancelled: nothing was written."))
            return {}

        output = self._write_output(parameters, context, feedback, strikes, parts, result)
        if feedback.isCanceled():
            return {}
        if want_lines:
            output[self.LINES] = self._write_lines(parameters, context, strikes, parts, result)
        self._report_result(feedback, parts, result)
        return output

    def _output_fields(self, strikes, factions):
        from ..core.naming import faction_slugs, unique_name

        fields = QgsFields(strikes.fields())
        taken = list(fields.names())
        names = {}

        def add(key, wanted, kind):
            name = unique_name(wanted, taken)
            taken.append(name)
            names[key] = name
            fields.append(make_field(name, kind, precision=6 if kind == "double" else 0))

        add("controlled_by", "controlled_by", "string")
        for faction, slug in zip(factions, faction_slugs(factions)):
            add(("dist", faction), f"dist_{slug}_km", "double")
        add("nearest_other", "nearest_other", "string")
        add("nearest_other_km", "nearest_other_km", "double")
        return fields, names

    def _write_output(self, parameters, context, feedback, strikes, parts, result):
        fields, names = self._output_fields(strikes, result.factions)
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, strikes.wkbType(), strikes.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        row_of_fid = {fid: row for row, fid in enumerate(parts.fids.tolist())}
        columns = [result.controlled_by.tolist()]
        columns += [_nullable(result.dist_km[:, j]) for j in range(len(result.factions))]
        columns += [result.nearest_other.tolist(), _nullable(result.nearest_other_km)]
        # One tuple of results per strike, built at C speed: the loop below only appends it.
        rows = list(zip(*columns))
        total = max(parts.fids.size, 1)
        batch = []
        for i, feature in enumerate(strikes.getFeatures()):
            attributes = feature.attributes()
            attributes.extend(rows[row_of_fid[feature.id()]])
            # Reuse the feature read (geometry included) rather than copying it into a new one.
            feature.setFields(fields, False)
            feature.setAttributes(attributes)
            batch.append(feature)
            if len(batch) == 5000:
                sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
                batch = []
                if feedback.isCanceled():
                    return {}
                feedback.setProgress(85.0 + 15.0 * i / total)
        sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
        return {self.OUTPUT: dest_id}

    def _write_lines(self, parameters, context, strikes, parts, result):
        from ..core.lines import nearest_lines
        from .layer_arrays import from_wgs84, polyline_features

        fields = QgsFields()
        fields.append(make_field("strike_id", "int"))
        fields.append(make_field("faction", "string"))
        fields.append(make_field("km", "double", precision=6))
        sink, dest_id = self.parameterAsSink(
            parameters, self.LINES, context, fields, WKB_LINESTRING, strikes.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.LINES))
        features, factions, km, coords = nearest_lines(
            result, parts.lon, parts.lat, parts.part_feature
        )
        fids = parts.fids[features].tolist()
        attributes = [
            [fid, result.factions[j], d] for fid, j, d in zip(fids, factions.tolist(), km.tolist())
        ]
        back = from_wgs84(strikes.sourceCrs(), context)
        sink.addFeatures(
            list(polyline_features(fields, coords, attributes, back)),
            QgsFeatureSink.Flag.FastInsert,
        )
        return dest_id

    # -- telling the user what happened ---------------------------------------------------

    def _report_control(self, feedback, territories, null_values):
        feedback.pushInfo(
            self.tr("Factions in the control map: {names}").format(
                names=", ".join(territories.factions)
            )
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
        if parts.empty:
            feedback.pushWarning(
                self.tr(
                    "{n} strikes have an empty or NULL geometry: kept in the output with NULL "
                    "results."
                ).format(n=parts.empty)
            )
