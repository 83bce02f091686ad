"""Workbooks written part by part (no openpyxl): any number of sheets, styles, hostile XML."""

import zipfile
from xml.sax.saxutils import escape, quoteattr

from tests.fixture_files import column_letters

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
BOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'

# Style 1 is Excel's built-in short date (numFmtId 14): a number in such a cell is a date.
STYLES = (
    f'{HEAD}<styleSheet xmlns="{MAIN}"><fonts count="1"><font/></fonts>'
    '<fills count="1"><fill/></fills><borders count="1"><border/></borders>'
    '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/>'
    '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>'
)


def cell(ref, value):
    """A cell's XML: numbers as numbers, ('date', serial) in the date style, ('f', formula,
    cached) as a formula, text inline."""
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    if isinstance(value, tuple) and value[0] == "date":
        return f'<c r="{ref}" s="1"><v>{value[1]}</v></c>'
    if isinstance(value, tuple) and value[0] == "f":
        cached = "" if value[2] is None else f"<v>{escape(str(value[2]))}</v>"
        kind = ' t="str"' if isinstance(value[2], str) else ""
        return f'<c r="{ref}"{kind}><f>{escape(value[1])}</f>{cached}</c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'


def sheet_xml(rows, doctype="", dimension=None, merged=(), before_data=""):
    """A worksheet part; `doctype` goes before the root, `dimension` is its claimed range."""
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(
            cell(f"{column_letters(c)}{r}", value)
            for c, value in enumerate(row)
            if value is not None
        )
        xml_rows.append(f'<row r="{r}">{cells}</row>')
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    merges = "".join(f'<mergeCell ref="{ref}"/>' for ref in merged)
    merges = f'<mergeCells count="{len(merged)}">{merges}</mergeCells>' if merged else ""
    return (
        f'{HEAD}{doctype}<worksheet xmlns="{MAIN}">{dim}{before_data}'
        f"<sheetData>{''.join(xml_rows)}</sheetData>{merges}</worksheet>"
    )


def write_workbook(path, sheets, styles=True):
    """An .xlsx holding `sheets`: [(name, worksheet XML)], in that order."""
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{SHEET_TYPE}"/>'
        for i in range(1, len(sheets) + 1)
    )
    if styles:
        overrides += f'<Override PartName="/xl/styles.xml" ContentType="{STYLES_TYPE}"/>'
    parts = {
        "[Content_Types].xml": (
            f'{HEAD}<Types xmlns="{TYPES}"><Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{BOOK_TYPE}"/>{overrides}</Types>'
        ),
        "_rels/.rels": (
            f'{HEAD}<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
            f'Type="{OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
    }
    links = "".join(
        f'<Relationship Id="rId{i}" Type="{OFFICE}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    if styles:
        links += f'<Relationship Id="rIdS" Type="{OFFICE}/styles" Target="styles.xml"/>'
        parts["xl/styles.xml"] = STYLES
    parts["xl/_rels/workbook.xml.rels"] = (
        f'{HEAD}<Relationships xmlns="{RELS}">{links}</Relationships>'
    )
    entries = "".join(
        f'<sheet name={quoteattr(name)} sheetId="{i}" r:id="rId{i}"/>'
        for i, (name, _) in enumerate(sheets, 1)
    )
    parts["xl/workbook.xml"] = (
        f'{HEAD}<workbook xmlns="{MAIN}" xmlns:r="{OFFICE}"><sheets>{entries}</sheets></workbook>'
    )
    for i, (_, xml) in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{i}.xml"] = xml
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path
