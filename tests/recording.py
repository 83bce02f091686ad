"""A Processing feedback that records what an algorithm told the user, for assertions."""

from qgis.core import QgsProcessingFeedback


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self, cancel_at_progress=None):
        super().__init__()
        self.infos, self.warnings, self.errors, self.progress_seen = [], [], [], []
        self.cancel_at_progress = cancel_at_progress
        self.progressChanged.connect(self._on_progress)

    def _on_progress(self, value):
        self.progress_seen.append(value)
        if self.cancel_at_progress is not None and value >= self.cancel_at_progress:
            self.cancel()

    def pushInfo(self, info):
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):
        self.errors.append(error)
        super().reportError(error, fatalError)

    def text(self):
        return "\n".join(self.infos + self.warnings + self.errors)
