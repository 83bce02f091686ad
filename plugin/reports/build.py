"""Assembles a report from an analysed strike layer: table, charts, map image, HTML and PDF."""

import datetime
import math
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ..core import report_stats as stats
from ..core import vocabulary as v
from ..core.codes import member_codes
from ..core.datespan import map_date
from ..core.summary import finding_with_uncertainty, says_who_holds
from ..layer_io.tables import read_columns
from ..layouts.texts import distance_field, name_field, strike_dates, verdict_sentence
from . import charts
from .breakdown import breakdown_table
from .html_report import Chart, ReportContent, pdf_sections, render
from .pdf import html_to_pdf, text_width_px
from .table_fit import plan_table

NOBODY_COLOUR = "#ffffff"
# One row per strike up to this many (about 90 landscape pages of PDF for 4,000 rows).
TABLE_MAX_ROWS = 5000


def tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


@dataclass
class ReportRequest:
    strikes: object  # QgsVectorLayer, the output of strikecheck:nearestfaction
    styles: object  # FactionStyles
    html_path: Path
    target: str = ""
    title: str = "Strikes and territorial control"
    subtitle: str = ""
    note: str = ""
    label_field: Optional[str] = None
    sources: str = ""
    map_image: Optional[str] = None  # an existing PNG, or None
    map_renderer: object = None  # callable(path) writing the map PNG, or None
    pdf_path: Optional[Path] = None


def _km(value):
    return float("nan") if value is None else float(value)


# Report column -> the field strikecheck:nearestfaction (or importstrikes) writes.
_FIELDS = {
    "controlled_by": v.CONTROLLED_BY,
    "nearest_other": v.NEAREST_OTHER,
    "confidence": v.CONFIDENCE,
    "front_faction": v.FRONT_FACTION,
    "possible": v.POSSIBLE_FACTIONS,
    "certain": v.CONTROLLED_BY_CERTAIN,
    "snapshot": v.SNAPSHOT_DATE,
}
_KM_FIELDS = {"nearest_other_km": v.NEAREST_OTHER_KM, "front_km": v.FRONT_KM}


def read_strikes(layer, target, label_field):
    """One dict per strike with what the table and charts need."""
    dates = strike_dates(layer) or [None] * layer.featureCount()
    distance = distance_field(target) if target else None
    wanted = [v.STRIKE_ID, label_field, distance, *_FIELDS.values(), *_KM_FIELDS.values()]
    fids, columns = read_columns(layer, [name for name in wanted if name])
    n = len(fids)

    def column(name):
        return columns.get(name) or [None] * n

    rows = [{"date": day} for _, day in zip(fids, dates)]
    for row, fid, strike_id, name, km in zip(
        rows, fids, column(v.STRIKE_ID), column(label_field), column(distance)
    ):
        row.update(id=strike_id or fid, name=name, target_km=_km(km))
    for key, field in _FIELDS.items():
        for row, value in zip(rows, column(field)):
            row[key] = value
    for key, field in _KM_FIELDS.items():
        for row, value in zip(rows, column(field)):
            row[key] = _km(value)
    return rows


def _class(styles, value):
    style = styles.lookup(value)
    if style is None:
        return tr("No mapped faction"), NOBODY_COLOUR
    return style.label, style.colour


def _km_text(km):
    return "" if math.isnan(km) else f"{km:.1f}"


def table(rows, styles, target_name):
    """Headers and rows of the strike-by-strike table; columns with no value at all are left
    out (e.g. confidence when no source rated it)."""
    headers = ["#", tr("Strike"), tr("Date"), tr("Held by")]
    if target_name:
        headers.append(tr("km to {name}").format(name=target_name))
    headers += [tr("Nearest other faction"), tr("km"), tr("Confidence")]
    headers += [tr("km to front"), tr("Across the front"), tr("Could also be"), tr("Certain")]
    body = []
    for row in rows:
        label, colour = _class(styles, row["controlled_by"])
        cells = [
            (row["id"], True, None),
            (row["name"] or "", False, None),
            (row["date"].isoformat() if row["date"] else "", False, None),
            (label, False, colour),
        ]
        if target_name:
            cells.append((_km_text(row["target_km"]), True, None))
        other = styles.name_of(row["nearest_other"]) if row["nearest_other"] else ""
        cells += [
            (other, False, None),
            (_km_text(row["nearest_other_km"]), True, None),
            (row["confidence"] or "", False, None),
            (_km_text(row["front_km"]), True, None),
            (styles.name_of(row["front_faction"]) if row["front_faction"] else "", False, None),
            (_others(row, styles), False, None),
            (_yes_no(row["certain"]), False, None),
        ]
        body.append(cells)
    keep = [i for i in range(len(headers)) if any(str(r[i][0]) for r in body)]
    if body and all(row["name"] for row in rows):
        keep.remove(0)  # named strikes: the id column only takes width from the others
    return [headers[i] for i in keep], [[r[i] for i in keep] for r in body]


def _yes_no(flag):
    if flag is None:
        return ""
    return tr("yes") if flag else tr("no")


def _others(row, styles):
    """Factions the strike's uncertainty disc reaches besides its controller(s)."""
    held = set(member_codes(row["controlled_by"] or ""))
    others = [c for c in member_codes(row["possible"] or "") if c not in held]
    return ", ".join(styles.name_of(c) for c in others)


def make_charts(rows, styles, target, folder):
    """The report's charts as PNG files in `folder`; [Chart] with paths relative to it."""
    made = []
    controllers = [r["controlled_by"] for r in rows]
    counted = stats.counts_by_controller(controllers)
    bars = [(*_class(styles, value), count) for value, count in counted]
    heading = tr("Strikes by controlling faction")
    charts.bars_by_controller(bars, folder / "by_faction.png", heading)
    caption = tr("Who held the ground where each strike landed, per the control map.")
    made.append(Chart(heading, f"{folder.name}/by_faction.png", caption))
    chart = _distance_chart(rows, styles, target, folder) if target else None
    if chart:
        made.append(chart)
    unit, starts, series = stats.time_counts([r["date"] for r in rows], controllers)
    if unit and len(starts) > 1:
        if unit == "week":
            heading, axis = tr("Strikes per week by controlling faction"), None
        else:
            heading, axis = tr("Strikes per month by controlling faction"), tr("month")
        stacks = [(*_class(styles, value), counts) for value, counts in series.items()]
        charts.weekly_stacked(starts, stacks, folder / "per_week.png", heading, axis)
        made.append(Chart(heading, f"{folder.name}/per_week.png"))
    return made


def _distance_chart(rows, styles, target, folder):
    """The histogram of distances to the target's territory, or None when every strike is in it."""
    km = np.array([r["target_km"] for r in rows], dtype=float)
    outside = km[np.isfinite(km) & (km > 0)]
    inside = int(np.sum(km == 0))
    style = styles.lookup(target)
    if not outside.size:
        return None
    # Strikes outside the territory only, so the median is the finding's median.
    edges, counts, beyond = stats.distance_bins(outside)
    heading = tr("Distance to the nearest {name} territory").format(name=style.name)
    median = float(np.median(outside))
    charts.distance_histogram(
        edges,
        counts,
        style.name,
        style.colour,
        folder / "distance.png",
        median,
        heading,
        beyond,
    )
    caption, not_shown = (
        (
            # 'Russia-occupied', 'Ukraine-held' already say who holds the ground.
            tr(
                "Geodesic distance (WGS84 ellipsoid) from each strike outside {name} "
                "territory to the nearest point of it."
            ),
            tr("Not shown: {n} strike(s) inside {name} territory."),
        )
        if says_who_holds(style.name)
        else (
            tr(
                "Geodesic distance (WGS84 ellipsoid) from each strike outside "
                "{name}-held territory to the nearest point of it."
            ),
            tr("Not shown: {n} strike(s) inside {name}-held territory."),
        )
    )
    caption = caption.format(name=style.name)
    if inside:
        caption += " " + not_shown.format(n=inside, name=style.name)
    if beyond:
        caption += " " + tr(
            "{n} strike(s) farther than {km} km are beyond the chart's right edge "
            "(the farthest {top} km)."
        ).format(n=beyond, km=f"{edges[-1]:.0f}", top=f"{outside.max():.0f}")
    return Chart(heading, f"{folder.name}/distance.png", caption)


def _week_note(rows):
    """A sentence instead of a one-bar chart when every dated strike falls in one week, or of a
    chart over centuries."""
    unit, weeks, _ = stats.time_counts([r["date"] for r in rows], [None] * len(rows))
    if unit is None and weeks:
        return tr(
            "The strikes' dates run from {first} to {last}: too long a span for a chart over "
            "time. Check the strikes' date field."
        ).format(first=map_date(weeks[0], tr), last=map_date(weeks[1], tr))
    if unit != "week" or len(weeks) != 1:
        return ""
    dated = sum(1 for r in rows if r["date"])
    return tr(
        "All {n} dated strikes fall in one week (starting Monday {day}): no weekly chart."
    ).format(n=dated, day=map_date(weeks[0], tr))


def _map_image(request, folder):
    """The map's picture copied or drawn into the report's folder: its relative path, or ''."""
    if request.map_image:
        shutil.copyfile(request.map_image, folder / "map.png")
        return f"{folder.name}/map.png"
    if request.map_renderer is not None:
        request.map_renderer(folder / "map.png")
        return f"{folder.name}/map.png"
    return ""


def _method():
    return tr(
        "For every strike StrikeCheck finds the faction(s) whose territory on the control "
        "map contains it, and the geodesic distance (WGS84 ellipsoid) to the nearest point "
        "of each faction's territory; 0 km means inside. The control map's accuracy bounds "
        "the answer: a strike a few km from a front line may fall on either side of it. "
        "Where the strikes carry a location precision, each becomes a disc: the conclusion "
        "'held by X' survives only when X holds the whole disc. 'km to front' is the "
        "distance to the nearest border between the controlling faction and another one "
        "(not the coast); for a strike no mapped faction holds, to the nearest faction's "
        "territory. A control map with dated snapshots is read at each strike's date."
    )


def build_report(request):
    """Writes the HTML (and PDF) report; returns its ReportFiles."""
    html_path = Path(request.html_path)
    folder = html_path.parent / f"{html_path.stem}_files"
    folder.mkdir(parents=True, exist_ok=True)
    styles, target = request.styles, request.target
    target_name = styles.name_of(target) if target else ""
    finding = verdict_sentence(request.strikes, target, target_name) if target else ""
    label_field = name_field(request.strikes, request.label_field)
    rows = read_strikes(request.strikes, target, label_field)
    finding = finding_with_uncertainty(finding, [row["certain"] for row in rows], translate=tr)
    headers, body = table(rows[:TABLE_MAX_ROWS], styles, target_name)
    breakdown_heading, breakdown_headers, breakdown_rows = breakdown_table(
        rows, lambda value: _class(styles, value)
    )
    content = ReportContent(
        title=request.title,
        subtitle=request.subtitle,
        finding=finding,
        note=request.note,
        map_image=_map_image(request, folder),
        charts=make_charts(rows, styles, target, folder),
        chart_note=_week_note(rows),
        table_headers=headers,
        table_rows=body,
        table_note=_table_note(len(body), len(rows)),
        breakdown_heading=breakdown_heading,
        breakdown_headers=breakdown_headers,
        breakdown_rows=breakdown_rows,
        method=_method(),
        sources=request.sources,
        generated=tr("Generated by StrikeCheck on {day}.").format(
            day=datetime.date.today().isoformat()
        ),
    )
    html_path.write_text(render(content), encoding="utf-8")
    written = ReportFiles(str(html_path), finding=finding, rows=len(body), strikes=len(rows))
    if request.pdf_path:
        plan = plan_table(headers, body, text_width_px(), text_width_px(landscape=True))
        written.pdf, written.pages = html_to_pdf(
            pdf_sections(content, plan), html_path.parent, request.pdf_path, request.title
        )
        written.landscape, written.table_parts = plan.landscape, len(plan.groups)
    return written


@dataclass
class ReportFiles:
    """What build_report wrote: for the log and the algorithm's outputs."""

    html: str
    finding: str = ""
    rows: int = 0  # strikes listed in the table
    strikes: int = 0  # strikes in the layer
    pdf: Optional[str] = None
    pages: int = 0
    landscape: bool = False  # the PDF prints the table on landscape pages
    table_parts: int = 1  # tables the PDF splits the columns into


def _table_note(listed, total):
    """How many strikes the table lists: the report says so above it."""
    if listed < total:
        return tr(
            "The first {shown} of {total} strikes; the analysed layer holds every one."
        ).format(shown=listed, total=total)
    return tr("All {total} strikes, one per row.").format(total=total)
