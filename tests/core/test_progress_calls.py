"""Long reads report as they go (the panel's bar sat at 0% for 35 s on 500k rows) and stop when
the progress callback raises (Cancel)."""

import pytest

from strikecheck.plugin.core.cancelled import Cancelled
from strikecheck.plugin.core.strike_import import read_strikes
from strikecheck.plugin.core.text_tables import read_text_table

N = 60000


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory):
    path = tmp_path_factory.mktemp("csv") / "strikes.csv"
    lines = ["event_id_cnty,event_date,latitude,longitude"]
    lines += [f"SYR{i},2015-09-30,{35 + i * 1e-5:.5f},{36 + i * 1e-5:.5f}" for i in range(N)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _recorder(stop_after=None):
    calls = []

    def progress(fraction):
        calls.append(fraction)
        if stop_after is not None and len(calls) >= stop_after:
            raise Cancelled()

    return calls, progress


def test_reading_a_text_table_reports_as_it_goes_and_stops_on_cancel(big_csv):
    calls, progress = _recorder()
    table = read_text_table(big_csv, progress=progress)
    assert len(table.rows) == N
    assert len(calls) >= 10 and calls == sorted(calls)
    assert 0.0 <= calls[0] < 0.1 and 0.9 < calls[-1] <= 1.0
    calls, progress = _recorder(stop_after=3)
    with pytest.raises(Cancelled):
        read_text_table(big_csv, progress=progress)
    assert len(calls) == 3


def test_reading_strikes_reports_as_it_goes_and_stops_on_cancel(big_csv):
    table = read_text_table(big_csv)
    rows = [row.values for row in table.rows]
    calls, progress = _recorder()
    result = read_strikes(table.header, rows, progress=progress)
    assert len(result.strikes) == N and not result.rejected
    assert len(calls) >= 10 and calls == sorted(calls)
    assert calls[-1] > 0.9
    calls, progress = _recorder(stop_after=4)
    with pytest.raises(Cancelled):
        read_strikes(table.header, rows, progress=progress)
