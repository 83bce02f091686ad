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


def phase(feedback, text, start, end):
    """Names the phase the run is in (the panel's and dialog's progress text) and returns
    progress(fraction) over [start, end] percent, which raises Cancelled when the user cancelled:
    long steps call it as they go so that the bar never sits still."""
    if feedback is not None:
        feedback.setProgressText(text)
        feedback.setProgress(start)

    def progress(fraction):
        check_cancel(feedback)
        if feedback is not None:
            feedback.setProgress(start + (end - start) * min(max(fraction, 0.0), 1.0))

    return progress
