"""The PDF's strike table: orientation and columns chosen from measured widths, split when too
wide, the parts printed with their header on every page and no word broken."""

import subprocess

from strikecheck.plugin.reports.html_report import ReportContent, pdf_sections
from strikecheck.plugin.reports.pdf import html_to_pdf, text_width_px
from strikecheck.plugin.reports.table_fit import plan_table


def _table(columns, rows, text):
    headers = ["#"] + [f"Column {i}" for i in range(1, columns)]
    body = [
        [(f"UKR{12812 + r}", True, None)] + [(text, False, None) for _ in range(1, columns)]
        for r in range(rows)
    ]
    return headers, body


def test_narrow_tables_stay_portrait_and_wide_ones_turn_landscape(qgis_app):
    portrait, landscape = text_width_px(), text_width_px(landscape=True)
    assert round(portrait) == 680 and round(landscape) == 1009
    plan = plan_table(*_table(4, 10, "106.5"), portrait, landscape)
    assert (plan.landscape, plan.groups, plan.one_line) == (False, [[0, 1, 2, 3]], True)
    plan = plan_table(*_table(10, 10, "Russia-occupied"), portrait, landscape)
    assert plan.landscape and plan.groups == [list(range(10))] and plan.one_line


def test_columns_that_cannot_fit_go_to_further_tables_with_the_id(qgis_app, tmp_path):
    headers, body = _table(16, 120, "Contested, Ukraine-held")
    plan = plan_table(headers, body, text_width_px(), text_width_px(landscape=True))
    assert plan.landscape and len(plan.groups) >= 2 and plan.one_line
    assert all(group[0] == 0 for group in plan.groups)  # each part starts with the id
    assert sorted(i for g in plan.groups for i in g[1:]) == list(range(1, 16))
    content = ReportContent(title="Wide", table_headers=headers, table_rows=body)
    sections = pdf_sections(content, plan)
    assert [landscape for _, landscape in sections] == [False] + [True] * len(plan.groups)
    path, pages = html_to_pdf(sections, tmp_path, tmp_path / "wide.pdf", "Wide")
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    assert f"Pages:           {pages}" in info
    text = subprocess.run(
        ["pdftotext", "-layout", path, "-"], capture_output=True, text=True
    ).stdout
    words = text.split()
    assert all(f"UKR{12812 + r}" in words for r in range(120))
    assert f"part 1 of {len(plan.groups)}" in text and f"part {len(plan.groups)} of" in text
    for page in [p for p in text.split("\f") if "UKR" in p]:
        assert "Column" in page.split("UKR")[0]  # the header above the rows of every page
    # Every text cell on one line: the cell's whole text on the line of its row.
    assert "Contested, Ukraine-held" in text
