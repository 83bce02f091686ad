"""strikecheck:importhistory: many control-map snapshots in, one time-aware control layer out."""

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...compat import GEOMETRY_LINE, GEOMETRY_POLYGON, PARAMETER_ADVANCED, TEMPORARY_OUTPUT
from ...core.messages import InputError
from ...core.snapshots import compile_pattern, one_per_day, undated_message
from ...layer_io.merged import append_layer, union_fields
from ...preset_folders import preset_names
from ..base import StrikeCheckAlgorithm
from ..child import run_child
from ..importing.control_input import AUTO
from ..importing.history_files import expand_inputs, snapshots_of
from .import_control import ImportControlAlgorithm

CHILD = "strikecheck:importcontrol"
# Parameters importhistory sets itself for each child run, never forwarded.
OWN = ("INPUT", "OUTPUT", "SNAPSHOT_DATE")
# Passed on to importcontrol for each file: one faction, or the rest of an outline, per snapshot.
SHARED_WITH_IMPORTCONTROL = ("FACTION_VALUE", "REMAINDER_FACTION", "OUTLINE", "OUTLINE_COUNTRY")
# QGIS 3.36 moved the source types to Qgis.ProcessingSourceType.
SOURCE_FILE = (
    Qgis.ProcessingSourceType.File
    if hasattr(Qgis, "ProcessingSourceType")
    else QgsProcessing.TypeFile
)


class ImportHistoryAlgorithm(StrikeCheckAlgorithm):
    NAME = "importhistory"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("StrikeCheck", "Import control history")
    GROUP_ID = "import"
    GROUP = QT_TRANSLATE_NOOP("StrikeCheck", "Import")

    INPUT = "INPUT"
    DATE_FIELD = "DATE_FIELD"
    DATE_PATTERN = "DATE_PATTERN"
    FACTION_FIELD = "FACTION_FIELD"
    PRESET = "PRESET"
    PRESET_FILE = "PRESET_FILE"
    MAPPING = "MAPPING"
    OUTPUT = "OUTPUT"

    def shortHelpString(self):
        return self.tr(
            "<p>Imports a history of control-map snapshots (DeepState's archive, for instance: "
            "one export per publication, named by its UTC Unix time such as "
            "1685750400.geojson) as ONE time-aware control layer: each file goes through "
            "strikecheck:importcontrol and gets the snapshot's date in valid_from, which "
            "strikecheck:nearestfaction reads (each strike against the latest snapshot on or "
            "before its date). The input files are never modified.</p>"
            "<h3>Parameters</h3><ul>"
            "<li><b>INPUT</b>: a list of files; each entry may also be a folder (its .geojson, "
            ".json, .kml, .kmz, .gpkg, .shp and .gml files, sub-folders too) or a .zip of "
            "them. On the command line repeat INPUT=... once per entry.</li>"
            "<li><b>DATE_FIELD</b>: optional; a field holding each feature's date. Features "
            "without one take the date of the file name.</li>"
            "<li><b>DATE_PATTERN</b>: optional; a regular expression with named groups "
            "year, month and day (hour and minute optional) read from the file name, e.g. "
            "(?P&lt;day&gt;\\d\\d)\\.(?P&lt;month&gt;\\d\\d)\\.(?P&lt;year&gt;\\d\\d\\d\\d). "
            "Without it the name is read as a 10-digit Unix time (its UTC date), YYYY-MM-DD "
            "or YYYYMMDD.</li>"
            "<li><b>FACTION_FIELD</b>, <b>PRESET</b>, <b>PRESET_FILE</b>, <b>MAPPING</b>: as "
            "in strikecheck:importcontrol, for every file.</li></ul>"
            "<p>Several files on one day: the latest (by time of day, else by name) is "
            "imported, the others are skipped with a note. A file that cannot be imported is "
            "named in a warning and skipped. Cancel stops between files.</p>"
            "<h3>Output</h3><p><b>OUTPUT</b>: faction, faction_label, raw_faction, valid_from, "
            "then the fields of every file (a union by name; a field missing in a file is "
            "NULL there). The geometry type is that of the first polygon file (else line, else "
            "point) imported.</p>"
            "<h3>Example</h3><pre>qgis_process run strikecheck:importhistory -- "
            "INPUT=deepstate-history/ PRESET=ukraine OUTPUT=history.gpkg</pre>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.INPUT,
                self.tr("Snapshot files, folders or .zip archives"),
                SOURCE_FILE,
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
        for name, label in (
            (self.FACTION_FIELD, self.tr("Faction field (empty: find it)")),
            (self.MAPPING, self.tr("Mapping overrides, e.g. Turkish-backed=rebel")),
            (self.DATE_FIELD, self.tr("Date field of the features (optional)")),
            (self.DATE_PATTERN, self.tr("File-name date pattern (regular expression)")),
        ):
            self.addParameter(QgsProcessingParameterString(name, label, optional=True))
        preset_file = QgsProcessingParameterFile(
            self.PRESET_FILE,
            self.tr("Preset file (instead of PRESET)"),
            extension="json",
            optional=True,
        )
        preset_file.setFlags(preset_file.flags() | PARAMETER_ADVANCED)
        self.addParameter(preset_file)
        # importcontrol's choices for every snapshot, declared as importcontrol declares them.
        control = ImportControlAlgorithm()
        control.initAlgorithm()
        for name in SHARED_WITH_IMPORTCONTROL:
            self.addParameter(control.parameterDefinition(name).clone())
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Control history"))
        )

    def say(self, message):
        return message.format(self.tr)

    # -- running ----------------------------------------------------------------------------

    def _snapshots(self, parameters, context, feedback):
        """The snapshot files to import, one per day, in date order."""
        entries = self.parameterAsFileList(parameters, self.INPUT, context)
        files, problems = expand_inputs(entries, QgsProcessingUtils.tempFolder())
        for entry, reason in problems:
            feedback.pushWarning(
                self.tr("'{entry}' skipped: {reason}").format(entry=entry, reason=reason)
            )
        text = self.parameterAsString(parameters, self.DATE_PATTERN, context).strip()
        try:
            pattern = compile_pattern(text) if text else None
        except InputError as error:
            raise QgsProcessingException(self.say(error.message)) from None
        kept, skipped = one_per_day(snapshots_of(files, pattern))
        for snapshot, winner in skipped:
            feedback.pushInfo(
                self.tr("'{name}' skipped: '{kept}' is a later snapshot of {date}.").format(
                    name=snapshot.name, kept=winner.name, date=snapshot.date.isoformat()
                )
            )
        if not kept:
            raise QgsProcessingException(
                self.tr("No control-map files found in INPUT ({entries}).").format(
                    entries=", ".join(entries) or "-"
                )
            )
        return kept

    def _forwarded(self, parameters):
        """The parameters given to importhistory that importcontrol also defines."""
        child = QgsApplication.processingRegistry().algorithmById(CHILD)
        theirs = {p.name() for p in child.parameterDefinitions()}
        ours = {p.name() for p in self.parameterDefinitions()}
        return {
            name: value
            for name, value in parameters.items()
            if name in theirs and name in ours and name not in OWN and value not in (None, "")
        }

    def _import_one(self, snapshot, forwarded, context, feedback, date_field):
        """The importcontrol output layer of one file, or None (warned) when it fails."""
        child = dict(forwarded, INPUT=snapshot.path, OUTPUT=TEMPORARY_OUTPUT)
        if snapshot.date is not None:
            child["SNAPSHOT_DATE"] = snapshot.date.isoformat()
        elif not date_field:
            feedback.pushWarning(self.say(undated_message(snapshot.name)))
        try:
            # Not processing.run: it would log a Python dict of results after every file.
            result = run_child(CHILD, child, context, feedback)
        except QgsProcessingException as error:
            feedback.pushWarning(
                self.tr("'{name}' skipped: {error}").format(name=snapshot.name, error=error)
            )
            return None
        return QgsProcessingUtils.mapLayerFromString(result["OUTPUT"], context)

    def process(self, parameters, context, feedback):
        self.require_core()
        # Here, not at the top: the provider loads without shapely (require_core says so).
        from ..importing.control_remainder import require_outline

        require_outline(self, parameters, context)
        snapshots = self._snapshots(parameters, context, feedback)
        forwarded = self._forwarded(parameters)
        date_field = self.parameterAsString(parameters, self.DATE_FIELD, context).strip()
        steps = QgsProcessingMultiStepFeedback(len(snapshots) + 1, feedback)
        layers = []
        for step, snapshot in enumerate(snapshots):
            if feedback.isCanceled():
                return {}
            steps.setCurrentStep(step)
            feedback.pushInfo(
                self.tr("Snapshot {n} of {total}: {name}").format(
                    n=step + 1, total=len(snapshots), name=snapshot.name
                )
            )
            layer = self._import_one(snapshot, forwarded, context, steps, date_field)
            if layer is not None:
                layers.append((snapshot, layer))
        if not layers:
            raise QgsProcessingException(self.tr("None of the files could be imported."))
        steps.setCurrentStep(len(snapshots))
        return self._write(parameters, context, feedback, layers)

    def _write(self, parameters, context, feedback, layers):
        first = _main_layer([layer for _, layer in layers])
        fields = union_fields([layer for _, layer in layers])
        sink, dest_id = self.open_sink(
            parameters, self.OUTPUT, context, fields, first.wkbType(), first.crs()
        )
        kind = QgsWkbTypes.geometryType(first.wkbType())
        total = 0
        for snapshot, layer in layers:
            if layer.crs() != first.crs():
                feedback.pushWarning(
                    self.tr("'{name}' skipped: its CRS differs from the first file's.").format(
                        name=snapshot.name
                    )
                )
                continue
            written, other = append_layer(sink, fields, layer, kind)
            total += written
            if other:
                feedback.pushWarning(
                    self.tr("'{name}': {n} geometries of another type kept as NULL.").format(
                        name=snapshot.name, n=other
                    )
                )
        feedback.pushInfo(
            self.tr("{n} features from {files} snapshots written.").format(
                n=total, files=len(layers)
            )
        )
        return {self.OUTPUT: dest_id}


def _main_layer(layers):
    """The layer whose geometry type and CRS the history takes: the first of polygons, else
    of lines, else the first (a mixed GeoJSON may open as its points)."""
    kinds = [QgsWkbTypes.geometryType(layer.wkbType()) for layer in layers]
    for kind in (GEOMETRY_POLYGON, GEOMETRY_LINE):
        if kind in kinds:
            return layers[kinds.index(kind)]
    return layers[0]
