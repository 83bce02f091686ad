"""The report's small table of strikes per control snapshot (or month) and controlling faction."""

from qgis.PyQt.QtCore import QCoreApplication

from ..core import report_stats as stats
from ..core.datespan import map_date

MAX_FACTION_COLUMNS = 6  # more controlling factions share one column 'Other factions'


def tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


def _period_text(kind, period):
    if period is None:
        return tr("no snapshot") if kind == "snapshot" else tr("undated")
    if kind == "snapshot":
        return map_date(period, tr)
    return period.strftime("%Y-%m")


def breakdown_table(rows, label_of):
    """(heading, headers, rows of (text, is_number, colour)) of strikes per snapshot or month
    and controlling faction; ('', [], []) when the strikes have neither. `label_of(value)` is
    the (label, colour) of a controlled_by value."""
    kind, periods, controllers, counts = stats.period_breakdown(
        [r["snapshot"] for r in rows], [r["date"] for r in rows], [r["controlled_by"] for r in rows]
    )
    if kind is None:
        return "", [], []
    shown = controllers
    if len(controllers) > MAX_FACTION_COLUMNS:
        shown = controllers[: MAX_FACTION_COLUMNS - 1]
    others = [c for c in controllers if c not in shown]
    if kind == "snapshot":
        heading = tr("Strikes per control snapshot and controlling faction")
        headers = [tr("Snapshot")]
    else:
        heading = tr("Strikes per month and controlling faction")
        headers = [tr("Month")]
    headers += [label_of(c)[0] for c in shown]
    headers += [tr("Other factions")] if others else []
    headers.append(tr("Total"))
    body = []
    for period in periods:
        row = counts[period]
        numbers = [row[c] for c in shown] + ([sum(row[c] for c in others)] if others else [])
        cells = [(_period_text(kind, period), False, None)]
        cells += [(str(n), True, None) for n in numbers]
        cells.append((str(sum(row.values())), True, None))
        body.append(cells)
    return heading, headers, body
