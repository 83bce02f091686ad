"""Engine work on two threads, with progress calls and cancelling kept on the calling thread."""

import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

# The machines this runs on have two cores or more; numpy, scipy, shapely and pyproj release
# the GIL in their loops, so two searches run side by side.
THREADS = 2
_pool = None
_aside = None
_local = threading.local()
_lock = threading.Lock()  # the pools are made on first use, maybe by two threads at once


def in_task():
    """True inside a task of run_all: nested work should not split itself over threads again."""
    return getattr(_local, "in_task", False)


def _run(task):
    _local.in_task = True
    try:
        return task()
    finally:
        _local.in_task = False


def _no_tick():
    pass


def run_all(tasks, tick=None, interval=1.0):
    """Results of the callables `tasks`, run THREADS at a time; tick() (if given) is called on
    this thread about every `interval` s meanwhile. An exception from tick() (e.g. Cancelled)
    or from a task is raised here once no task is running any more. Inside a task, the tasks
    run one after the other on its thread."""
    global _pool
    tick = tick or _no_tick
    if in_task():  # a task waiting on the pool it runs on could wait for ever
        results = []
        for task in tasks:
            results.append(task())
            tick()
        return results
    with _lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(THREADS, thread_name_prefix="strikecheck-engine")
    futures = [_pool.submit(_run, task) for task in tasks]
    try:
        pending = set(futures)
        while pending:
            _, pending = wait(pending, timeout=interval, return_when=FIRST_COMPLETED)
            tick()
    except BaseException:
        for future in futures:
            future.cancel()
        wait(futures)
        raise
    return [future.result() for future in futures]


def aside(task):
    """A future of task(), run on a thread of its own beside the calling thread's work (and
    beside run_all's tasks): for geometry that does not depend on that work."""
    global _aside
    with _lock:
        if _aside is None:
            _aside = ThreadPoolExecutor(1, thread_name_prefix="strikecheck-aside")
    return _aside.submit(task)
