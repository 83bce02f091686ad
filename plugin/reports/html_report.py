"""The report as one HTML page, in the subset of HTML/CSS both browsers and QTextDocument render."""

from dataclasses import dataclass, field
from html import escape

from qgis.PyQt.QtCore import QCoreApplication

from ..i18n import installed_locale, right_to_left


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
table.strikes { border-collapse: collapse; font-size: 8.5pt; }
table.strikes th { background-color: #e9e5dc; text-align: left; padding: 3px 5px;
                   border-bottom: 1px solid #8a8a8a; }
table.strikes td { padding: 3px 5px; border-bottom: 1px solid #dddddd; }
td.nowrap { white-space: nowrap; }
td.num { text-align: right; }
span.swatch { font-size: 10pt; }
"""


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
    method: str = ""
    sources: str = ""
    generated: str = ""


def _cell(text, is_number=False, colour=None):
    css = ' class="num"' if is_number else ' class="nowrap"' if len(str(text)) <= 12 else ""
    swatch = f'<span class="swatch" style="color:{colour}">&#9632;</span> ' if colour else ""
    return f"<td{css}>{swatch}{escape(str(text))}</td>"


def _figure(heading, image, caption=""):
    """A figure; its heading is drawn inside the image (charts) or is the map's own title, so a
    printed page never leaves a heading alone at its foot. `heading` is the image's alt text."""
    text = f'<p><img src="{escape(image)}" width="{TEXT_WIDTH_PX}" alt="{escape(heading)}"></p>'
    if caption:
        text += f'<p class="caption">{escape(caption)}</p>'
    return text


def _table(headers, rows):
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "\n".join("<tr>" + "".join(_cell(*cell) for cell in row) + "</tr>" for row in rows)
    return (
        '<table class="strikes" width="100%" cellspacing="0" cellpadding="3">'
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody></table>"
    )


def _direction():
    """The <html> attributes of a report in a right-to-left language (Arabic)."""
    if not right_to_left():
        return ""
    return f' dir="rtl" lang="{escape(installed_locale().split("_")[0])}"'


def render(content):
    """The HTML text of the report."""
    parts = [
        "<!DOCTYPE html>",
        f'<html{_direction()}><head><meta charset="utf-8">',
        f"<title>{escape(content.title)}</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>{escape(content.title)}</h1>",
    ]
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
    if content.table_rows:
        parts.append(f"<h2>{escape(tr('Strike by strike'))}</h2>")
        if content.table_note:
            parts.append(f'<p class="small">{escape(content.table_note)}</p>')
        parts.append(_table(content.table_headers, content.table_rows))
    if content.method:
        parts.append(f"<h2>{escape(tr('Method'))}</h2>")
        parts.append(f'<p class="small">{escape(content.method)}</p>')
    if content.sources or content.generated:
        parts.append(f"<h2>{escape(tr('Sources'))}</h2>")
        parts.append(f'<p class="small">{escape(content.sources)}</p>')
        if content.generated:
            parts.append(f'<p class="small">{escape(content.generated)}</p>')
    parts.append("</body></html>")
    return "\n".join(parts)
