"""Runs a Processing algorithm in a background task for the panel, with progress and cancel."""

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

from ..compat import ALG_NO_THREADING

LAYER_OUTPUT_TYPES = ("outputVector", "outputRaster", "outputLayer", "outputPointCloud")
_RETIRED = []  # (task, context, feedback) of cancelled runs, see AlgorithmRunner.cancel


class _CollectingFeedback(QgsProcessingFeedback):
    """Keeps the algorithm's error and warning texts so the panel can show them in plain words,
    and passes on the phase the run is in (setProgressText, from the algorithm's thread)."""

    progressTextChanged = pyqtSignal(str)

    def __init__(self):
        super().__init__()
        self.errors, self.log = [], []

    def reportError(self, error, fatalError=False):
        self.errors.append(error)
        super().reportError(error, fatalError)

    def setProgressText(self, text):
        super().setProgressText(text)
        self.progressTextChanged.emit(text)

    def pushInfo(self, info):
        self.log.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):
        self.log.append(warning)
        super().pushWarning(warning)


class AlgorithmRunner(QObject):
    """Runs one algorithm at a time; emits finished(ok, results, layers, messages) when done.

    `layers` maps output names (e.g. 'OUTPUT') to the QgsMapLayers the run produced, owned by the
    receiver; `messages` holds the algorithm's errors (or its log when it succeeded).
    """

    progressChanged = pyqtSignal(float)
    progressTextChanged = pyqtSignal(str)
    finished = pyqtSignal(bool, dict, dict, list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.task = None
        self.feedback = None
        self.context = None
        self.description = ""
        self.layer_outputs = set()

    def is_running(self):
        return self.task is not None

    def start(self, algorithm_id, parameters):
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        if algorithm is None:
            self.finished.emit(False, {}, {}, [f"Algorithm {algorithm_id} is not available."])
            return False
        # Named in words in QGIS's task list and in questions: "StrikeCheck: Nearest faction".
        self.description = f"StrikeCheck: {algorithm.displayName()}"
        # Only layer outputs are opened as layers: a PDF or PNG path opened "to see" is read by
        # GDAL, which then leaves a .aux.xml beside the analyst's map.
        self.layer_outputs = {
            output.name()
            for output in algorithm.outputDefinitions()
            if output.type() in LAYER_OUTPUT_TYPES
        }
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = _CollectingFeedback()
        self.feedback.progressChanged.connect(self.progressChanged)
        self.feedback.progressTextChanged.connect(self.progressTextChanged)
        if algorithm.flags() & ALG_NO_THREADING:
            # Styles, layouts and the project belong to the main thread: run it here, as the
            # Processing dialog does for such algorithms.
            self.task = algorithm
            try:
                results, ok = algorithm.run(parameters, self.context, self.feedback)
            except QgsProcessingException as error:
                self.feedback.reportError(str(error))
                results, ok = {}, False
            self._executed(ok, results or {})
            return ok
        self.task = QgsProcessingAlgRunnerTask(algorithm, parameters, self.context, self.feedback)
        self.task.setDescription(self.description)
        self.task.executed.connect(self._executed)
        QgsApplication.taskManager().addTask(self.task)
        return True

    def cancel(self):
        if self.feedback is not None:
            self.feedback.cancel()
            # QGIS may report a cancelled task over (and the panel be unloaded) while its thread
            # still starts or runs and uses the feedback and context: deleting them with the
            # panel crashed QGIS (seen in the tests on 3.22 and 3.40). Kept for the session.
            _RETIRED.append((self.task, self.context, self.feedback))
        if isinstance(self.task, QgsProcessingAlgRunnerTask):
            # QGIS reports a stopped task as failed ("Task failed: ..."): its name says why.
            why = QCoreApplication.translate("StrikeCheckDock", "cancelled by you")
            self.task.setDescription(f"{self.description} ({why})")
            self.task.cancel()

    def _executed(self, ok, results):
        layers = {}
        if ok:
            for name, value in results.items():
                if name not in self.layer_outputs or not isinstance(value, str):
                    continue
                layer = QgsProcessingUtils.mapLayerFromString(value, self.context)
                if layer is None:
                    continue
                # Memory outputs live in the context's store: take ownership before it goes.
                taken = self.context.takeResultLayer(layer.id())
                layers[name] = taken or layer
        cancelled = self.feedback.isCanceled()
        messages = list(self.feedback.errors) if not ok else list(self.feedback.log)
        if cancelled:
            ok = False
            messages = ["Cancelled."]
        self.task, self.context, self.feedback = None, None, None
        self.finished.emit(ok, results, layers, messages)
