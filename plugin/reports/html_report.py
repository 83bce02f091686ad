"""The report as one HTML page, in the subset of HTML/CSS both browsers and QTextDocument render."""

from dataclasses import dataclass, field
from html import escape

from qgis.PyQt.QtCore import QCoreApplication

from ..i18n import installed_locale, right_to_left
from .table_fit import FONT_PT, unbreakable


def tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


# Text width of an A4 page with 15 mm margins, in CSS pixels (96 per inch): QTextDocument sizes
# images in these units when it prints, so a chart this wide fills the printed text width.
TEXT_WIDTH_PX = 680

STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #1a1a1a; }
h1 { font-size: 19pt; font-weight: bold; margin-bottom: 2px; }
h2 { font-size: 12.5pt; font-weight: bold; color: #1a1a1a; margin-top: 18px;
     margin-bottom: 6px; border-bottom: 1px solid #9e1b14; }
p.subtitle { font-size: 11pt; color: #505050; margin-top: 0px; }
p.caption { font-size: 8.5pt; color: #505050; margin-top: 2px; }
p.small { font-size: 8pt; color: #505050; }
table.finding { background-color: #f4f1ea; border: 1px solid #a89f8c; }
td.finding { font-size: 12pt; padding: 8px; }
td.nowrap { white-space: nowrap; }
td.num { text-align: right; white-space: nowrap; }
table.breakdown { border-collapse: collapse; font-size: 8.5pt; }
table.breakdown th { background-color: #e9e5dc; text-align: left; padding: 2px 6px;
                     border-bottom: 1px solid #8a8a8a; }
table.breakdown td { padding: 2px 6px; border-bottom: 1px solid #dddddd; }
"""


def _table_style(points, padding):
    # One rule per selector: on Qt 5.15 a later 'table.strikes' rule did not override the font
    # size of an earlier one, so each style says it once.
    return (
        f"table.strikes {{ border-collapse: collapse; font-size: {points}pt; }}\n"
        "table.strikes th { background-color: #e9e5dc; text-align: left; "
        f"padding: {padding}; border-bottom: 1px solid #8a8a8a; }}\n"
        f"table.strikes td {{ padding: {padding}; border-bottom: 1px solid #dddddd; }}\n"
    )


BROWSER_STYLE = STYLE + _table_style(8.5, "3px 5px")
# The PDF prints the strike table smaller and tighter (reports.table_fit measures it so).
PDF_STYLE = STYLE + _table_style(FONT_PT, "1px 4px")


@dataclass
class Chart:
    heading: str
    image: str  # path relative to the HTML file
    caption: str = ""


@dataclass
class ReportContent:
    title: str
    subtitle: str = ""
    finding: str = ""
    note: str = ""
    map_image: str = ""  # path relative to the HTML file
    charts: list = field(default_factory=list)
    chart_note: str = ""  # said instead of a chart that would show nothing (e.g. one week)
    table_headers: list = field(default_factory=list)
    table_rows: list = field(default_factory=list)  # rows of (text, is_number, colour or None)
    table_note: str = ""
    breakdown_heading: str = ""  # strikes per snapshot or month and controlling faction
    breakdown_headers: list = field(default_factory=list)
    breakdown_rows: list = field(default_factory=list)  # rows of (text, is_number, colour)
    method: str = ""
    sources: str = ""
    generated: str = ""


def _cell(text, is_number=False, colour=None):
    # Ids, numbers, dates and short words never break (reports.table_fit measures them so).
    css = (
        ' class="num"' if is_number else ' class="nowrap"' if unbreakable(str(text), False) else ""
    )
    swatch = f'<span class="swatch" style="color:{colour}">&#9632;</span> ' if colour else ""
    return f"<td{css}>{swatch}{escape(str(text))}</td>"


def _figure(heading, image, caption=""):
    """A figure; its heading is drawn inside the image (charts) or is the map's own title, so a
    printed page never leaves a heading alone at its foot. `heading` is the image's alt text."""
    text = f'<p><img src="{escape(image)}" width="{TEXT_WIDTH_PX}" alt="{escape(heading)}"></p>'
    if caption:
        text += f'<p class="caption">{escape(caption)}</p>'
    return text


def _table(headers, rows, css="strikes", width=' width="100%"'):
    # <thead>: Qt's text engine makes it the table's header rows, repeated on every page.
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "\n".join("<tr>" + "".join(_cell(*cell) for cell in row) + "</tr>" for row in rows)
    return (
        f'<table class="{css}"{width} cellspacing="0" cellpadding="2">'
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody></table>"
    )


def _direction():
    """The <html> attributes of a report in a right-to-left language (Arabic)."""
    if not right_to_left():
        return ""
    return f' dir="rtl" lang="{escape(installed_locale().split("_")[0])}"'


def _document(content, parts, style=BROWSER_STYLE):
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html{_direction()}><head><meta charset="utf-8">',
            f"<title>{escape(content.title)}</title>",
            f"<style>{style}</style></head><body>",
            *parts,
            "</body></html>",
        ]
    )


def _front(content):
    """Title, finding, map, charts and the breakdown per period: the report before its table."""
    parts = [f"<h1>{escape(content.title)}</h1>"]
    if content.subtitle:
        parts.append(f'<p class="subtitle">{escape(content.subtitle)}</p>')
    if content.finding:
        parts.append(
            '<table class="finding" width="100%" cellpadding="8"><tr>'
            f'<td class="finding"><b>{escape(tr("Finding."))}</b> {escape(content.finding)}</td>'
            "</tr></table>"
        )
    if content.note:
        parts.append(f'<p class="small">{escape(content.note)}</p>')
    if content.map_image:
        parts.append(_figure(tr("Map"), content.map_image))
    for chart in content.charts:
        parts.append(_figure(chart.heading, chart.image, chart.caption))
    if content.chart_note:
        parts.append(f'<p class="small">{escape(content.chart_note)}</p>')
    if content.breakdown_rows:
        parts.append(f"<h2>{escape(content.breakdown_heading)}</h2>")
        rows = content.breakdown_rows
        parts.append(_table(content.breakdown_headers, rows, "breakdown", width=""))
    return parts


def _strike_table(content, columns=None, heading="", note=""):
    """The strike-by-strike table, or the part of it with the column indexes `columns`."""
    columns = list(range(len(content.table_headers))) if columns is None else columns
    parts = [f"<h2>{escape(heading or tr('Strike by strike'))}</h2>"]
    for text in (content.table_note, note):
        if text:
            parts.append(f'<p class="small">{escape(text)}</p>')
    headers = [content.table_headers[i] for i in columns]
    rows = [[row[i] for i in columns] for row in content.table_rows]
    parts.append(_table(headers, rows))
    return parts


def _back(content):
    parts = []
    if content.method:
        parts.append(f"<h2>{escape(tr('Method'))}</h2>")
        parts.append(f'<p class="small">{escape(content.method)}</p>')
    if content.sources or content.generated:
        parts.append(f"<h2>{escape(tr('Sources'))}</h2>")
        parts.append(f'<p class="small">{escape(content.sources)}</p>')
        if content.generated:
            parts.append(f'<p class="small">{escape(content.generated)}</p>')
    return parts


def render(content):
    """The HTML text of the report (the browser's page: the whole table, however wide)."""
    table = _strike_table(content) if content.table_rows else []
    return _document(content, [*_front(content), *table, *_back(content)])


def pdf_sections(content, plan):
    """The report as the PDF prints it: [(HTML, landscape)], one document per page orientation.

    With a TablePlan of one portrait table the report is one document, as in the browser;
    otherwise the strike table follows the rest on landscape pages, in as many parts as its
    columns need, each part repeating the strikes' column.
    """
    style = PDF_STYLE
    if plan.one_line:
        style += "table.strikes td { white-space: nowrap; }\n"
    if not content.table_rows:
        return [(_document(content, [*_front(content), *_back(content)], style), False)]
    if not plan.landscape:
        parts = [*_front(content), *_strike_table(content), *_back(content)]
        return [(_document(content, parts, style), False)]
    sections = [(_document(content, [*_front(content), *_back(content)], style), False)]
    total = len(plan.groups)
    for number, columns in enumerate(plan.groups, start=1):
        heading, note = "", ""
        if total > 1:
            heading = tr("Strike by strike, part {n} of {total}").format(n=number, total=total)
            note = tr(
                "The columns do not fit one page: the table is printed in {total} parts, "
                "with the strikes in the same order in each."
            ).format(total=total)
        table = _strike_table(content, columns, heading, note)
        sections.append((_document(content, table, style), True))
    return sections
