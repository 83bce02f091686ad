"""Opens the strike importer's INPUT: text files line by line, other files and layers via QGIS."""

import os
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urlparse

from qgis.core import (
    QgsFields,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
    QgsVectorLayer,
)

from ...compat import GEOMETRY_POINT, make_field
from ...layer_io.tables import read_table_rows, source_geometry_type
from .row_filter import RowFilter, default_filter


def _tr(text):
    from qgis.PyQt.QtCore import QCoreApplication

    return QCoreApplication.translate("StrikeCheck", text)


def read_failure(error, path):
    """The QgsProcessingException saying why `path` could not be read: a core InputError's
    sentence, or the system's reason."""
    from ...core.messages import InputError

    if isinstance(error, InputError):
        return QgsProcessingException(say(error.message))
    return QgsProcessingException(
        _tr("The file {path} cannot be read: {error}").format(path=path, error=error)
    )


def say(message):
    """A core Message in the user's language."""
    return message.format(_tr)


@dataclass
class StrikeInput:
    """The rows to import, whatever the input was, with what identifies each in a report."""

    name: str
    names: list
    fields: QgsFields
    values: list = field(default_factory=list)
    raw: list = field(default_factory=list)
    lines: list = field(default_factory=list)  # line numbers (text files) or None
    fids: list = field(default_factory=list)  # feature ids (layers) or None
    parts: list = None  # WGS84 point parts per row, when the input is a point layer
    geometry_problems: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)  # (line, fid, reason text, raw) found on reading
    notes: list = field(default_factory=list)
    filtered_out: int = 0
    uri_hints: dict = field(default_factory=dict)  # xField/yField/wktField of a text-layer URI
    text: bool = False  # every value is text or None (read from a text file)

    def keep_rows(self, kept):
        """Keeps only the rows whose indices are in `kept` (in order)."""
        self.values = [self.values[i] for i in kept]
        self.raw = [self.raw[i] for i in kept]
        self.lines = [self.lines[i] for i in kept]
        self.fids = [self.fids[i] for i in kept]


# -- which input ------------------------------------------------------------------------------


def path_and_hints(value):
    """(file path, {xField, yField, wktField, encoding}) of a path or a delimited-text URI."""
    text = str(value).split("|")[0]
    if text.startswith("delimitedtext://"):  # qgis_process's provider://uri form
        text = text[len("delimitedtext://") :]
    if text.startswith("file:"):
        url = urlparse(text)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        hints = {k: query[k] for k in ("xField", "yField", "wktField", "encoding") if k in query}
        return unquote(url.path), hints
    return text, {}


def text_file_of(value, context):
    """(path, URI hints) when INPUT is a delimited text file to read whole, else (None, {}).

    A CSV given by path, or loaded as a layer (delimited text or OGR) without a filter or a
    selection, is read by StrikeCheck itself so that every line can be accounted for.
    """
    from ...core.text_tables import is_text_table

    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or value.featureLimit != -1:
            return None, {}
        value = value.source.staticValue()
    layer = value if isinstance(value, QgsVectorLayer) else None
    if isinstance(value, str) and value:
        path, hints = path_and_hints(value)
        if os.path.isfile(path) and is_text_table(path):
            return path, hints
        layer = QgsProcessingUtils.mapLayerFromString(value, context)
    if isinstance(layer, QgsVectorLayer) and not layer.subsetString():
        path, hints = path_and_hints(layer.source())
        if os.path.isfile(path) and is_text_table(path):
            return path, hints
    return None, {}


def auto_encoding(encoding):
    """A delimited-text layer's 'System' or UTF-8 setting is no real choice: detect instead."""
    if not encoding or encoding.lower() in ("system", "utf-8", "utf8"):
        return None
    return encoding


# -- reading ----------------------------------------------------------------------------------


# Of read_text_input's progress: the file read; the rest is its blank cells made NULL.
_READ_SHARE = 0.8


def read_text_input(path, encoding, progress=None):
    """Every record of a delimited text file as text values (empty cells None); `progress`
    as core.text_tables.read_text_table takes it."""
    from ...core.messages import InputError
    from ...core.text_tables import read_text_table

    reading = None if progress is None else lambda f: progress(_READ_SHARE * f)
    try:
        table = read_text_table(path, encoding or None, reading)
    except (InputError, OSError) as error:
        raise read_failure(error, path) from None
    fields = QgsFields()
    for name in table.header:
        fields.append(make_field(name, "string"))
    data = StrikeInput(
        name=os.path.basename(path), names=list(table.header), fields=fields, text=True
    )
    data.notes.extend(say(note) for note in table.notes)
    for line, raw, reason in table.rejected:
        data.errors.append((line, None, say(reason), raw))
    if table.empty_rows:
        data.notes.append(
            _tr("{n} empty rows (only delimiters) skipped.").format(n=table.empty_rows)
        )
    rows, table.rows = table.rows, None
    every = max(len(rows) // 20, 5000)
    for i, row in enumerate(rows):
        if progress is not None and i % every == 0:
            progress(_READ_SHARE + (1 - _READ_SHARE) * i / len(rows))
        # Blank cells are NULL; isspace() allocates nothing, unlike strip().
        data.values.append([v if v and not v.isspace() else None for v in row.values])
        data.raw.append(row.text)  # with its line end: stripped when a rejection shows it
        data.lines.append(row.line)
        data.fids.append(None)
        rows[i] = None  # each record's first copy goes as its row is made (a million rows)
    return data


def has_points(source):
    return source_geometry_type(source) == GEOMETRY_POINT


def read_layer_input(source, context, feedback, row_filter=None):
    """Every feature (that the filter keeps) as plain values, with WGS84 point parts."""
    if not source.sourceCrs().isValid() and source.featureCount() and has_points(source):
        raise QgsProcessingException(
            _tr(
                "The input layer has no coordinate reference system, so its points cannot be "
                "placed. Set the layer's CRS (Layer Properties > Source) and run again."
            )
        )
    keep = row_filter.keep if row_filter is not None else None
    rows = read_table_rows(source, context, feedback, keep)
    data = StrikeInput(
        name=source.sourceName(),
        names=list(rows.names),
        fields=QgsFields(source.fields()),
        values=rows.values,
        raw=rows.raw,
        lines=[None] * len(rows.fids),
        fids=rows.fids,
        parts=rows.parts,
        geometry_problems=rows.geometry_problems,
    )
    if row_filter is not None:
        data.errors.extend(row_filter.problems)
        data.filtered_out = row_filter.left_out
    if rows.parts is None and source.featureCount():
        data.notes.append(
            _tr("The layer's geometry is not points: positions come from its columns.")
        )
    return data


_OGR_DEFAULT_NAME = re.compile(r"^Field\d+$")


def headerless_sheet(names):
    """True when OGR named a spreadsheet's columns Field1, Field2...: it took the header row for
    data, as GDAL does when every cell of the sheet is text."""
    return bool(names) and all(_OGR_DEFAULT_NAME.match(name) for name in names)


def promote_header_row(data):
    """Makes the first row of a headerless sheet its column names (text columns)."""
    if not data.values:
        return False
    first = data.values[0]
    # Cells under a merged header cell are empty: they get names of their own (field_N).
    named = [v for v in first if v is not None and str(v).strip()]
    if len(named) < 2 or not all(isinstance(v, str) for v in named):
        return False
    from ...core.text_tables import unique_header

    names, _ = unique_header(["" if v is None else str(v) for v in first])
    fields = QgsFields()
    for name in names:
        fields.append(make_field(name, "string"))
    data.names, data.fields = names, fields
    rows = range(1, len(data.values))
    data.values = [[None if v is None else str(v) for v in data.values[i]] for i in rows]
    data.raw = [" | ".join(f"{n}={v}" for n, v in zip(names, values)) for values in data.values]
    data.lines = [data.fids[i] for i in rows]
    data.fids = [data.fids[i] for i in rows]
    if data.parts is not None:
        data.parts = [data.parts[i] for i in rows]
    data.notes.append(
        _tr("The sheet's first row is read as its column names: {names}.").format(
            names=", ".join(names)
        )
    )
    return True


def read_layer_rows(source, context, feedback, expression, sheet):
    """The rows of a layer, filtered; a spreadsheet's rows carry their row number."""
    filter_note = None
    if sheet and headerless_sheet(source.fields().names()):
        data = read_layer_input(source, context, feedback)
        if promote_header_row(data):
            if not expression.strip():
                expression, filter_note = default_filter(data.names)
            if expression:
                RowFilter(expression, context, data.fields).apply_to_text(data)
            return data, filter_note
    if not expression.strip():
        expression, filter_note = default_filter(source.fields().names())
    row_filter = RowFilter(expression, context, source.fields()) if expression else None
    data = read_layer_input(source, context, feedback, row_filter)
    if sheet:
        # OGR numbers spreadsheet features by their row in the sheet: report that row.
        data.lines = list(data.fids)
        data.errors = [(fid, fid, reason, raw) for _, fid, reason, raw in data.errors]
    return data, filter_note
