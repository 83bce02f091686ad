"""Reads delimited text (CSV, TSV, semicolon) as rows that keep their line number and raw text."""

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from .messages import QT_TRANSLATE_NOOP, InputError, Message

TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".psv")  # not .tab: that is MapInfo's format
DELIMITERS = (",", ";", "\t", "|")
_SNIFF_RECORDS = 200
_SNIFF_LINES = 20  # lines per record the delimiter sniffer allows (values holding newlines)
_LINES_SHARE = 0.15  # of read_text_table's progress: cutting the text into lines
# Three non-ASCII letters in a row hardly occur in Western European text, but they are what
# Arabic (Windows-1256) or Cyrillic (Windows-1251) bytes look like when read as Windows-1252.
_FOREIGN_RUN = re.compile(r"[^\x00-\x7f]{3,}")
# A well-formed UTF-8 multi-byte sequence: present in a file that is not valid UTF-8 as a whole,
# it means the file mixes encodings, which no single choice can read without mojibake.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")


def _tr(text):
    return QT_TRANSLATE_NOOP("StrikeCheck", text)


@dataclass
class TextRow:
    """One record: its first physical line (1-based), the text as written with its line end
    (a one-line record's line itself: not copied for a million rows), and its values."""

    line: int
    text: str
    values: list

    @property
    def raw(self):
        """The text as written, without its line end."""
        return self.text.rstrip("\r\n")


@dataclass
class TextTable:
    """A delimited text file read with the encoding and delimiter found for it."""

    path: str
    encoding: str
    delimiter: str
    header: list
    rows: list = field(default_factory=list)
    rejected: list = field(default_factory=list)  # (line, raw, Message) of unreadable records
    notes: list = field(default_factory=list)  # Messages about what was decided
    empty_rows: int = 0


def is_text_table(path):
    """True when `path` names a delimited text file that this module should read."""
    return Path(str(path)).suffix.lower() in TEXT_SUFFIXES


def _line_of(data, position):
    return data.count(b"\n", 0, position) + 1


def decode(data, encoding=None):
    """(text, encoding name) of `data`; refuses what it cannot read without mojibake."""
    if encoding:
        return _decode_as(data, encoding)
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        bad_line = _line_of(data, error.start)
    if _UTF8_SEQUENCE.search(data):
        raise InputError(
            Message(
                _tr(
                    "The file mixes UTF-8 with another encoding (line {line} is not UTF-8 while "
                    "other lines are), so no single encoding reads it correctly. Re-save it as "
                    "UTF-8 (in Excel: 'CSV UTF-8')."
                ),
                line=bad_line,
            )
        )
    try:
        text = data.decode("windows-1252")
    except UnicodeDecodeError:
        text = None
    if text is None or _FOREIGN_RUN.search(text):
        raise InputError(
            Message(
                _tr(
                    "The file is not UTF-8 (from line {line}) and does not read as Western "
                    "European Windows-1252 text either; it may be Arabic (windows-1256) or "
                    "Cyrillic (windows-1251). Re-save it as UTF-8 (in Excel: 'CSV UTF-8'), or "
                    "set ENCODING to the file's encoding."
                ),
                line=bad_line,
            )
        )
    return text, "windows-1252"


def _decode_as(data, encoding):
    """(text, encoding name) of `data` in the encoding the user named."""
    try:
        info = codecs.lookup(encoding)
        # rot-13, base64, zlib...: codecs, but not text encodings (bytes.decode refuses them)
        if not getattr(info, "_is_text_encoding", True):
            raise LookupError(encoding)
        name = info.name
    except LookupError:
        raise InputError(
            Message(
                _tr(
                    "Unknown encoding '{encoding}'; use a name such as utf-8, windows-1252, "
                    "windows-1256 (Arabic) or windows-1251 (Cyrillic), or leave it empty to "
                    "detect it."
                ),
                encoding=encoding,
            )
        ) from None
    try:
        text = data.decode("utf-8-sig" if name == "utf-8" else name)
    except UnicodeDecodeError as error:
        raise InputError(
            Message(
                _tr(
                    "The file is not valid {encoding}: line {line} holds bytes it cannot "
                    "have. Check the ENCODING setting or leave it empty to detect it."
                ),
                encoding=encoding,
                line=_line_of(data, error.start),
            )
        ) from None

    return text, name


def _records(text, delimiter, limit=None):
    """(first line, last line, values) of each record of `text` (a str, or its lines with their
    line ends); csv.Error becomes an InputError."""
    lines = io.StringIO(text, newline="") if isinstance(text, str) else iter(text)
    reader = csv.reader(lines, delimiter=delimiter)
    previous_end = 0
    try:
        for count, values in enumerate(reader):
            if limit is not None and count >= limit:
                return
            yield previous_end + 1, reader.line_num, values
            previous_end = reader.line_num
    except csv.Error as error:
        raise InputError(
            Message(
                _tr("Line {line} cannot be read as delimited text: {error}."),
                line=reader.line_num,
                error=str(error),
            )
        ) from None


def _blank(values):
    # One join and strip in C: a million rows of 30 values checked cell by cell took seconds.
    return not "".join(values).strip()


def sniff_delimiter(text, preferred=","):
    """The delimiter among , ; tab | that splits the first records of `text` (a str, or its
    lines with their line ends) into the steadiest columns."""
    best, best_score = preferred, None
    for delimiter in DELIMITERS:
        try:
            records = [v for _, _, v in _records(text, delimiter, _SNIFF_RECORDS) if not _blank(v)]
        except InputError:
            continue
        if not records:
            continue
        width = len(records[0])
        if width < 2:
            score = (0, 0.0, 0)
        else:
            steady = sum(1 for values in records if len(values) == width) / len(records)
            score = (1, steady, width)
        score = (*score, 1 if delimiter == preferred else 0)
        if best_score is None or score > best_score:
            best, best_score = delimiter, score
    return best


def unique_header(cells):
    """Column names from header cells: empty ones named field_N, repeats given _2, _3..."""
    names, seen, renamed = [], set(), []
    for i, cell in enumerate(cells):
        name = cell.strip() or f"field_{i + 1}"
        base, n = name, 1
        while name.lower() in seen:
            n += 1
            name = f"{base}_{n}"
        if name != cell:
            renamed.append((cell, name))
        seen.add(name.lower())
        names.append(name)
    return names, renamed


DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}


def _without_nul(text, lines, table):
    """GeoPackage and QGIS strings end at a NUL: 'a\x00b' would be stored as 'a', silently."""
    if "\x00" not in text:
        return text, lines
    table.notes.append(
        Message(
            _tr("NUL characters in {path} were removed from its values."),
            path=Path(table.path).name,
        )
    )
    return text.replace("\x00", ""), [line.replace("\x00", "") for line in lines]


def _set_header(table, values):
    """The first record as the table's header (blank or repeated names renamed, said);
    returns the number of columns."""
    table.header, renamed = unique_header(values)
    for old, new in renamed:
        table.notes.append(
            Message(
                _tr("Column header '{old}' is empty or repeated: named '{new}'."),
                old=old,
                new=new,
            )
        )
    return len(values)


def _lines(text, progress=None, chunk=4_000_000):
    """The lines of `text` with their ends, as csv counts them (\n, \r\n, \r), not as
    str.splitlines does (it also breaks at \x1c, U+2028 and others inside values, which shifted
    every later raw line in ERRORS). Read a few MB at a time, cut after a \n (so no \r\n is
    split), with progress(fraction) between: a million lines took 1.3-3.6 s in one call."""
    lines, begin = [], 0
    if progress is not None:
        progress(0.0)
    while begin < len(text):
        cut = text.find("\n", begin + chunk)
        end = len(text) if cut < 0 else cut + 1
        lines.extend(io.StringIO(text[begin:end], newline="").readlines())
        begin = end
        if progress is not None:
            progress(begin / len(text))
    return lines


def read_text_table(path, encoding=None, progress=None):
    """Every record of a delimited text file, or the reason it cannot be a row. `progress`
    (fraction read) is called every few thousand records and may raise to stop."""
    data = Path(path).read_bytes()
    if not data.strip():
        raise InputError(Message(_tr("The file {path} is empty."), path=str(path)))
    text, used = decode(data, encoding)
    del data  # a million rows: the file's bytes, its text and its lines are each ~0.5 GB
    preferred = "\t" if Path(path).suffix.lower() == ".tsv" else ","
    lines = _lines(text, None if progress is None else lambda f: progress(_LINES_SHARE * f))
    # The first lines only: a StringIO of the whole text for each of four delimiters took
    # 2 s of a 200,000-row import.
    delimiter = sniff_delimiter(lines[: _SNIFF_RECORDS * _SNIFF_LINES], preferred)
    table = TextTable(path=str(path), encoding=used, delimiter=delimiter, header=[])
    text, lines = _without_nul(text, lines, table)
    del text  # the records are read from the lines
    table.notes.append(
        Message(
            _tr("Read {path} as {encoding} text separated by {delimiter}."),
            path=Path(path).name,
            encoding=used,
            delimiter=DELIMITER_NAMES[delimiter],
        )
    )
    width = None
    every = max(len(lines) // 50, 5000)
    for count, (first, last, values) in enumerate(_records(lines, delimiter)):
        if progress is not None and count % every == 0:
            progress(_LINES_SHARE + (1 - _LINES_SHARE) * first / max(len(lines), 1))
        raw = lines[first - 1] if first == last else "".join(lines[first - 1 : last])
        if _blank(values):
            if width is not None and values:
                table.empty_rows += 1
            continue
        if width is None:
            width = _set_header(table, values)
            continue
        if len(values) != width:
            table.rejected.append(
                (
                    first,
                    raw.rstrip("\r\n"),
                    Message(
                        _tr(
                            "row has {n} values but the header has {width} columns (a value "
                            "holding the delimiter without quotes?)"
                        ),
                        n=len(values),
                        width=width,
                    ),
                )
            )
            continue
        table.rows.append(TextRow(line=first, text=raw, values=values))
    if width is None:
        raise InputError(Message(_tr("The file {path} has no header row."), path=str(path)))
    return table
