"""Python's cyclic garbage collector paused while an algorithm builds millions of rows."""

import gc
import threading
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused():
    """Pauses the cyclic collector for the block (nested and concurrent blocks share one pause:
    the first to enter pauses it, the last to leave resumes it, if it ran before).

    Why: every 700 new lists or objects make the collector look at the young ones, and as the
    rows pile up it walks them all again and again; reading a million-row CSV took 15.6 s with
    it and 7.0 s without. The rows hold no reference cycles: reference counting frees them.
    """
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
