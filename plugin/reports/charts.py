"""Report charts as PNG files, drawn with matplotlib's Agg canvas (no GUI, no global backend)."""

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator
from qgis.PyQt.QtCore import QCoreApplication

from ..core.datespan import map_date
from ..i18n import right_to_left
from .chart_text import display_text


def _translate(text):
    return QCoreApplication.translate("StrikeCheck", text)


def tr(text):
    """Translated, and ready for matplotlib in a right-to-left language."""
    return display_text(_translate(text))


# Sized for an A4 page with 15 mm margins: 16 cm wide, type at 9 pt stays 9 pt in print.
WIDTH_IN = 6.3
DPI = 200
INK = "#1a1a1a"
GRID = "#d9d9d9"
NEUTRAL = "#7a7a7a"


def _figure(height_in):
    # Constrained layout keeps labels and an outside legend inside the image.
    figure = Figure(figsize=(WIDTH_IN, height_in), dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def _title(figure, text):
    """The chart's heading drawn in the image, so a printed page never parts it from its chart."""
    if text:
        # Headings start where the language reads from: the right in Arabic.
        x, ha = (0.988, "right") if right_to_left() else (0.012, "left")
        text = display_text(text)
        figure.suptitle(text, x=x, ha=ha, fontsize=12.5, fontweight="bold", color=INK)


def _style(axes):
    axes.spines["top"].set_visible(False)
    axes.spines["right"].set_visible(False)
    for spine in ("left", "bottom"):
        axes.spines[spine].set_color("#666666")
    axes.tick_params(colors=INK, labelsize=9)
    axes.set_axisbelow(True)


def _save(figure, path):
    figure.savefig(str(path), dpi=DPI, facecolor="white")
    return str(path)


def bars_by_controller(rows, path, title=""):
    """Horizontal bars: strikes per controlling faction. `rows` are (label, colour, count)."""
    rows = list(rows)
    figure = _figure(max(1.9, 0.42 * len(rows) + 1.2))
    _title(figure, title)
    axes = figure.add_subplot(1, 1, 1)
    _style(axes)
    labels = [display_text(r[0]) for r in rows][::-1]
    colours = [r[1] for r in rows][::-1]
    counts = [r[2] for r in rows][::-1]
    bars = axes.barh(labels, counts, color=colours, edgecolor="#333333", linewidth=0.6, height=0.62)
    for bar, count in zip(bars, counts):
        axes.text(
            bar.get_width(),
            bar.get_y() + bar.get_height() / 2,
            f"  {count}",
            va="center",
            ha="left",
            fontsize=9,
            color=INK,
        )
    axes.set_xlabel(tr("strikes"), fontsize=9, color=INK)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.grid(axis="x", color=GRID, linewidth=0.6)
    axes.set_xlim(0, max(counts or [1]) * 1.15)
    return _save(figure, path)


def distance_histogram(edges, counts, target_name, colour, path, median=None, title="", beyond=0):
    """Strikes per distance band to the nearest territory of the target faction.

    `beyond` strikes lie past the last band; the chart says so at its right edge.
    """
    figure = _figure(3.0)
    _title(figure, title)
    axes = figure.add_subplot(1, 1, 1)
    _style(axes)
    widths = [b - a for a, b in zip(edges[:-1], edges[1:])]
    axes.bar(
        edges[:-1],
        counts,
        width=widths,
        align="edge",
        color=colour,
        edgecolor="white",
        linewidth=0.8,
        alpha=0.9,
    )
    if median is not None:
        axes.axvline(median, color="#9e1b14", linewidth=1.2, linestyle="--")
        axes.text(
            median,
            max(counts) * 1.02 if len(counts) else 1,
            " " + display_text(_translate("median {km} km").format(km=f"{median:.0f}")),
            color="#9e1b14",
            fontsize=8.5,
            va="bottom",
            ha="left",
        )
    # Formatted before shaping: the faction's name takes its place in the sentence first.
    label = display_text(_translate("km to the nearest {name} territory").format(name=target_name))
    axes.set_xlabel(label, fontsize=9, color=INK)
    axes.set_ylabel(tr("strikes"), fontsize=9, color=INK)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlim(edges[0], edges[-1])
    axes.set_ylim(0, max(list(counts) + [1]) * 1.2)
    if beyond:
        note = _translate("{n} farther than {km} km \u2192").format(n=beyond, km=f"{edges[-1]:.0f}")
        axes.text(
            0.995,
            0.97,
            display_text(note),
            transform=axes.transAxes,
            color=INK,
            fontsize=8.5,
            va="top",
            ha="right",
        )
    axes.grid(axis="y", color=GRID, linewidth=0.6)
    return _save(figure, path)


def weekly_stacked(weeks, series, path, title="", axis_label=None):
    """Strikes per week (or per period starting on `weeks`, named by `axis_label`), stacked by
    controlling faction. `series` are (label, colour, counts)."""
    figure = _figure(3.2)
    _title(figure, title)
    axes = figure.add_subplot(1, 1, 1)
    _style(axes)
    positions = list(range(len(weeks)))
    bottom = [0] * len(weeks)
    for label, colour, counts in series:
        axes.bar(
            positions,
            counts,
            bottom=bottom,
            color=colour,
            edgecolor="#333333",
            linewidth=0.5,
            width=0.7,
            label=display_text(label),
        )
        bottom = [b + c for b, c in zip(bottom, counts)]
    step = max(1, -(-len(weeks) // 9))  # at most nine dates under the axis
    axes.set_xticks(positions[::step])
    axes.set_xticklabels(
        [display_text(map_date(w, _translate)) for w in weeks][::step],
        fontsize=8.5,
        rotation=0 if len(weeks) <= 4 else 30,
        ha="center" if len(weeks) <= 4 else "right",
    )
    axes.set_xlabel(
        display_text(axis_label) if axis_label else tr("week starting (Monday)"),
        fontsize=9,
        color=INK,
    )
    axes.set_ylabel(tr("strikes"), fontsize=9, color=INK)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylim(0, max(bottom + [1]) * 1.15)
    axes.grid(axis="y", color=GRID, linewidth=0.6)
    axes.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return _save(figure, path)
