"""The collector pause algorithms run in: shared by nested runs, resumed only if it ran before."""

import gc
import weakref

from strikecheck.plugin.core.collector import collector_paused, release_free_memory


class _Node:
    pass


def test_nested_pauses_resume_once_and_collect_what_they_left():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer run still builds its rows
        cycle = _Node()
        cycle.me = cycle
        alive = weakref.ref(cycle)
        del cycle
        assert alive() is not None  # a cycle waits for the collector
    assert gc.isenabled()
    assert alive() is None  # collected as the pause ended, not at some later allocation
    release_free_memory()  # glibc: hands free pages back; elsewhere nothing


def test_a_collector_turned_off_by_someone_else_stays_off():
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
