"""Runs a Processing algorithm in a background task for the panel, with progress and cancel."""

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal


class _CollectingFeedback(QgsProcessingFeedback):
    """Keeps the algorithm's error and warning texts so the panel can show them in plain words."""

    def __init__(self):
        super().__init__()
        self.errors, self.log = [], []

    def reportError(self, error, fatalError=False):
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushInfo(self, info):
        self.log.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):
        self.log.append(warning)
        super().pushWarning(warning)


class AlgorithmRunner(QObject):
    """One algorithm run at a time; emits finished(ok, results, layers, messages) on the main thread.

    `layers` maps output names (e.g. 'OUTPUT') to the QgsMapLayers the run produced, owned by the
    receiver; `messages` holds the algorithm's errors (or its log when it succeeded).
    """

    progressChanged = pyqtSignal(float)
    finished = pyqtSignal(bool, dict, dict, list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.task = None
        self.feedback = None
        self.context = None

    def is_running(self):
        return self.task is not None

    def start(self, algorithm_id, parameters, description):
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        if algorithm is None:
            self.finished.emit(False, {}, {}, [f"Algorithm {algorithm_id} is not available."])
            return False
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = _CollectingFeedback()
        self.feedback.progressChanged.connect(self.progressChanged)
        self.task = QgsProcessingAlgRunnerTask(algorithm, parameters, self.context, self.feedback)
        self.task.setDescription(description)
        self.task.executed.connect(self._executed)
        QgsApplication.taskManager().addTask(self.task)
        return True

    def cancel(self):
        if self.feedback is not None:
            self.feedback.cancel()
        if self.task is not None:
            self.task.cancel()

    def _executed(self, ok, results):
        layers = {}
        if ok:
            for name, value in results.items():
                if not isinstance(value, str):
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
