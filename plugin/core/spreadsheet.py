"""CSV cells that a spreadsheet shows as text, never runs as a formula."""

# What Excel, LibreOffice and Google Sheets read as the start of a formula (OWASP's list for
# CSV injection). A leading apostrophe makes them show the cell as text and hides itself.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """`value` for a CSV cell: text starting like a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
