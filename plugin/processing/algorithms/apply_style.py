"""strikecheck:applystyle: ISW-like symbology for a control, strike, result or lines layer."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core.naming import faction_slug
from ...styling import apply
from ..styling_base import StylingAlgorithm

DEFAULT_FIELDS = {"control": "faction", "results": "controlled_by", "lines": "faction"}


class ApplyStyleAlgorithm(StylingAlgorithm):
    NAME = "applystyle"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("StrikeCheck", "Apply StrikeCheck style")

    LAYER = "LAYER"
    ROLE = "ROLE"
    FACTION_FIELD = "FACTION_FIELD"
    CONFIDENCE_FIELD = "CONFIDENCE_FIELD"
    TARGET_FACTION = "TARGET_FACTION"
    LABEL_FIELD = "LABEL_FIELD"
    STATUS_FIELD = "STATUS_FIELD"
    QML_FILE = "QML_FILE"
    OUTPUT = "OUTPUT"
    ROLES = ("control", "strikes", "results", "lines")

    def shortHelpString(self):
        return self.tr(
            "<p>Gives a layer the ISW-like look of published conflict maps, with colours and "
            "legend labels ('Regime Control', 'ISIS Control', ...) from a faction preset. "
            "<b>Only the layer's style changes, never its data</b>; undo it with the layer's "
            "Properties &gt; Symbology.</p>"
            "<h3>Parameters</h3><ul>"
            "<li><b>LAYER</b>: the layer to style (a layer of the project, or a file when "
            "QML_FILE saves the style).</li>"
            "<li><b>ROLE</b>: control = territorial control (fills per faction, mixed classes "
            "hatched in their members' colours, front lines as heavy lines, town points as dots "
            "with a ring when STATUS_FIELD says besieged or contested); strikes = starbursts by "
            "High-Confidence / Low-Confidence reporting; results = the output of "
            "strikecheck:nearestfaction, starbursts coloured by controlled_by; lines = lines to "
            "nearest territory, dashed and labelled '53 km to ISIS'.</li>"
            "<li><b>PRESET</b>: syria-2015, ukraine, generic, or your own preset in the QGIS "
            "profile's strikecheck/presets folder; PRESET_FILE (advanced) takes a .json.</li>"
            "<li><b>PALETTE</b>: optional; a palette of the preset, e.g. isw-like or wikipedia "
            "(default: the preset's own default).</li>"
            "<li><b>FACTION_FIELD</b>: optional; the field naming the faction (default: "
            "'faction' for control and lines, 'controlled_by' for results). Values may be codes, "
            "labels or any alias the preset knows.</li>"
            "<li><b>CONFIDENCE_FIELD</b>: optional, strikes; default 'confidence' with values "
            "high / low (anything else is drawn as an unrated report).</li>"
            "<li><b>TARGET_FACTION</b>: optional; results are labelled with their distance to "
            "this faction (field dist_&lt;faction&gt;_km), lines show only the lines to it.</li>"
            "<li><b>LABEL_FIELD</b>: optional; strikes and results are labelled with it (e.g. "
            "the place name).</li>"
            "<li><b>STATUS_FIELD</b>: optional; control points whose value is besieged, siege, "
            "encircled or contested get a ring.</li>"
            "<li><b>QML_FILE</b>: optional; also save the style as a .qml file.</li></ul>"
            "<p>Strikes and results with a date field (date, event_date or strike_date) and "
            "a control layer with dated snapshots (valid_from) also get Temporal Controller "
            "settings: each strike on its day, each snapshot from its valid_from to the next "
            "one's, so scrubbing time shows the control map in force under that day's "
            "strikes.</p>"
            "<h3>Example</h3><pre>qgis_process run strikecheck:applystyle -- "
            "LAYER=control.geojson ROLE=control PRESET=syria-2015 PALETTE=wikipedia "
            "QML_FILE=control.qml</pre>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer(self.LAYER, self.tr("Layer to style")))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ROLE,
                self.tr("What the layer holds (control, strikes, results or lines)"),
                options=list(self.ROLES),
                usesStaticStrings=True,
            )
        )
        self.add_preset_parameters()
        for name, label in (
            (self.FACTION_FIELD, "Faction field (empty: by role)"),
            (self.CONFIDENCE_FIELD, "Confidence field for strikes (empty: 'confidence')"),
            (self.LABEL_FIELD, "Label field (strikes and results)"),
            (self.STATUS_FIELD, "Status field for control points (besieged / contested)"),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name, self.tr(label), parentLayerParameterName=self.LAYER, optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterString(
                self.TARGET_FACTION, self.tr("Target faction (e.g. isis)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.QML_FILE,
                self.tr("Save the style as"),
                self.tr("QGIS layer style (*.qml)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputVectorLayer(self.OUTPUT, self.tr("Styled layer")))

    def process(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, self.LAYER, context)
        if layer is None:
            raise QgsProcessingException(self.tr("The layer to style could not be opened."))
        role = self.parameterAsEnumString(parameters, self.ROLE, context)
        styles = None if role == "strikes" else self.faction_styles(parameters, context)
        field = self.parameterAsString(parameters, self.FACTION_FIELD, context)
        label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context) or None
        target = self.parameterAsString(parameters, self.TARGET_FACTION, context).strip()
        renderer = self._style(
            parameters, context, feedback, layer, role, styles, field, label_field, target
        )
        labels = [c.label() for c in renderer.categories()]
        feedback.pushInfo(
            self.tr("Styled '{layer}' as {role}: {classes}.").format(
                layer=layer.name(), role=role, classes="; ".join(labels)
            )
        )
        self._set_time(layer, role, feedback)
        qml = self.parameterAsFileOutput(parameters, self.QML_FILE, context)
        if qml:
            message, ok = layer.saveNamedStyle(qml)
            if not ok:
                raise QgsProcessingException(
                    self.tr("Could not save the style to {path}: {message}").format(
                        path=qml, message=message
                    )
                )
        elif context.project() is None or context.project().mapLayer(layer.id()) is None:
            feedback.pushWarning(
                self.tr(
                    "The layer is not in the project, so nothing visible changes; set QML_FILE "
                    "to keep the style in a file."
                )
            )
        results = {self.OUTPUT: layer.id()}
        if qml:
            results[self.QML_FILE] = qml
        return results

    def _set_time(self, layer, role, feedback):
        """Temporal Controller settings for dated strikes and a time-aware control map."""
        from ...styling import temporal

        if role in ("strikes", "results"):
            field = temporal.set_strike_time(layer)
            if field:
                feedback.pushInfo(
                    self.tr(
                        "Temporal Controller: each strike is shown on the day of its {field}."
                    ).format(field=field)
                )
        elif role == "control":
            days = temporal.set_control_time(layer)
            if days:
                feedback.pushInfo(
                    self.tr(
                        "Temporal Controller: each of the {n} control snapshots is shown from "
                        "its valid_from to the next snapshot's; undated features at all times."
                    ).format(n=len(days))
                )

    def _style(
        self, parameters, context, feedback, layer, role, styles, field, label_field, target
    ):
        if label_field:
            self.require_field(layer, label_field, self.tr("the labels"))
        if role == "strikes":
            confidence = self.parameterAsString(parameters, self.CONFIDENCE_FIELD, context)
            confidence = self.require_field(
                layer, confidence or "confidence", self.tr("the reporting confidence (high/low)")
            )
            return apply.style_strikes(layer, confidence, label_field, tr=self.tr)
        field = self.require_field(layer, field or DEFAULT_FIELDS[role], self.tr("faction names"))
        if role == "control":
            status = self.parameterAsString(parameters, self.STATUS_FIELD, context) or None
            if status:
                self.require_field(layer, status, self.tr("the place status"))
            return apply.style_control(layer, styles, field, status, tr=self.tr)
        if role == "results":
            distance = None
            if target:
                distance = f"dist_{faction_slug(target)}_km"
                if layer.fields().lookupField(distance) < 0:
                    feedback.pushWarning(
                        self.tr(
                            "No field {field} in the layer: the labels leave out the distance "
                            "to {target}. Run strikecheck:nearestfaction with that faction."
                        ).format(field=distance, target=target)
                    )
                    distance = None
            return apply.style_results(
                layer, styles, field, label_field, distance, target or None, tr=self.tr
            )
        if target:
            present = {str(v) for v in apply.unique_values(layer, field) if v is not None}
            if target not in present:
                raise QgsProcessingException(
                    self.tr(
                        "Target faction '{target}' has no line in layer '{layer}'; values "
                        "present: {present}."
                    ).format(target=target, layer=layer.name(), present=", ".join(sorted(present)))
                )
        self.require_field(layer, "km", self.tr("the distance in km"))
        return apply.style_lines(layer, styles, field, target=target or None, tr=self.tr)
