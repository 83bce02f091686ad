"""How the PDF prints the strike-by-strike table: the page orientation and the columns per page.

Each column is measured with Qt's font metrics (the font the PDF prints the table in): a cell
that must not break (ids, numbers, dates, short words) needs its whole text, other cells and the
headers their longest word, since the PDF wraps at word boundaries only. The table goes on the
report's portrait pages when that fits, on landscape pages when that fits, and otherwise is
split into tables of the columns that fit side by side, each repeating the strike's column.
"""

from dataclasses import dataclass, field

from qgis.PyQt.QtGui import QFont, QFontMetricsF

FONT_FAMILY = "DejaVu Sans"
FONT_PT = 7.5  # the PDF's table text (html_report.PDF_STYLE)
CELL_PADDING_PX = 9.0  # left + right padding and border of a cell, CSS pixels
SWATCH = "\u25a0 "  # the faction's colour square before its name
SHORT_TEXT = 12  # text cells up to this length never break either (html_report._cell)


@dataclass
class TablePlan:
    landscape: bool = False
    groups: list = field(default_factory=list)  # column indexes per table, in print order
    one_line: bool = False  # every cell fits on one line: the PDF breaks none


def _metrics(bold=False):
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(FONT_PT)
    font.setBold(bold)
    return QFontMetricsF(font)


def _width(metrics, text):
    return metrics.horizontalAdvance(text)  # Qt 5.11 and later, Qt 6


def unbreakable(text, is_number):
    """True when a cell is printed on one line whatever its width (html_report._cell)."""
    return is_number or len(text) <= SHORT_TEXT


def column_widths(headers, rows):
    """[(least, one line)]: the width (CSS pixels) each column needs with nothing broken inside
    a word, and with no cell broken at all (headers may still wrap between words)."""
    plain, bold = _metrics(), _metrics(bold=True)
    widths = []
    for index, header in enumerate(headers):
        needed = max((_width(bold, word) for word in header.split()), default=0.0)
        whole, seen = needed, set()
        for row in rows:
            text, is_number, colour = row[index]
            key = (str(text), is_number, bool(colour))
            if key in seen:
                continue
            seen.add(key)
            text = str(text)
            pieces = [text] if unbreakable(text, is_number) else text.split() or [""]
            swatch = _width(plain, SWATCH) if colour else 0.0
            needed = max(needed, swatch + max(_width(plain, piece) for piece in pieces))
            whole = max(whole, swatch + _width(plain, text))
        widths.append((needed + CELL_PADDING_PX, whole + CELL_PADDING_PX))
    return widths


def plan_table(headers, rows, portrait_px, landscape_px, key_column=0):
    """The TablePlan of a table on pages whose text is `portrait_px` or `landscape_px` wide:
    rows on one line if they fit portrait or landscape pages, words wrapped on landscape
    pages if that fits, else the columns split into tables that fit on one line."""
    widths = column_widths(headers, rows)
    least = sum(w[0] for w in widths)
    whole = sum(w[1] for w in widths)
    columns = list(range(len(headers)))
    if whole <= portrait_px:
        return TablePlan(False, [columns], True)
    if whole <= landscape_px:
        return TablePlan(True, [columns], True)
    if least <= landscape_px:
        return TablePlan(True, [columns], False)
    groups, current = [], [key_column]
    for index in columns:
        if index == key_column:
            continue
        wider = sum(widths[i][1] for i in current) + widths[index][1]
        if len(current) > 1 and wider > landscape_px:
            groups.append(current)
            current = [key_column]
        current.append(index)
    groups.append(current)
    one_line = all(sum(widths[i][1] for i in group) <= landscape_px for group in groups)
    return TablePlan(True, groups, one_line)
