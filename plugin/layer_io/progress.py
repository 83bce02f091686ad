"""Progress and cancel while features stream through: one check every few thousand."""

from ..core.cancelled import Cancelled


def check_cancel(feedback):
    """Raises the core's Cancelled when the user pressed Cancel."""
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()


class Stride:
    """Reports progress over [start, end] percent and checks cancel every `every` items."""

    def __init__(self, feedback, total, start=0.0, end=100.0, every=10000):
        self.feedback, self.total = feedback, max(int(total), 1)
        self.start, self.span, self.every = start, end - start, every

    def at(self, i):
        """Call with the running item number; raises Cancelled when the user cancelled."""
        if i % self.every == 0 and self.feedback is not None:
            check_cancel(self.feedback)
            self.feedback.setProgress(self.start + self.span * min(i / self.total, 1.0))
