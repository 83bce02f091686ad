"""Faction names and titles reach the report's charts as literal text, never as mathtext."""

from datetime import date

import pytest
from matplotlib.text import Text

from strikecheck.plugin.reports.chart_text import display_text
from strikecheck.plugin.reports.charts import bars_by_controller, distance_histogram, weekly_stacked

HOSTILE = ["$\\foo$", "$x$ and $y$", "_hidden", "[% env('HOME') %]", "{name} \\ 'q' \"d\"", "50$"]


@pytest.mark.parametrize("value", HOSTILE)
def test_matplotlib_draws_the_value_as_written(value):
    # matplotlib's own reading of a text: (what it draws, whether it is mathtext)
    drawn, is_math = Text()._preprocess_math(display_text(value))
    assert is_math is False
    assert drawn.strip() == value


def test_charts_build_with_hostile_names(tmp_path):
    rows = [(name, "#336699", 3) for name in HOSTILE]
    paths = [
        bars_by_controller(rows, tmp_path / "bars.png", title="$\\foo$ strikes"),
        distance_histogram([0, 10, 20], [2, 1], "$\\foo$", "#aa0000", tmp_path / "h.png", 5, "$t$"),
        weekly_stacked(
            [date(2024, 1, 1), date(2024, 1, 8)],
            [(name, "#336699", [1, 2]) for name in HOSTILE],
            tmp_path / "weeks.png",
            title="$\\alpha$",
        ),
    ]
    for path in paths:
        assert (tmp_path / path).stat().st_size > 1000
