"""What an .xlsx file is before GDAL opens it: a workbook, an encrypted one, or something else;
its sheets in order; no XML entity declarations (external entities, entity bombs) in any part.

Office Open XML packages may not hold DTDs (ECMA-376 Part 2, M1.17 / ISO/IEC 29500-2): a part
that declares a DOCTYPE is never a spreadsheet program's and is refused before GDAL parses it.
"""

import os
import re
import zipfile
import zlib

# nosec B405/B314 below: the part is parsed only after a search of all of it found no DOCTYPE
# or ENTITY declaration; ElementTree never fetches external entities either.
from xml.etree import ElementTree  # nosec B405

from .messages import QT_TRANSLATE_NOOP, InputError, Message, quoted

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Excel's encrypted workbooks are OLE compound files with these streams (UTF-16 names).
ENCRYPTED_STREAMS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
# A DOCTYPE comes before the root element: the head of a part is enough to find it.
HEAD_BYTES = 65_536
MAX_WORKBOOK_PART = 20_000_000  # xl/workbook.xml lists sheets; 20 MB is some 100,000 sheets
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def _tr(text):
    return QT_TRANSLATE_NOOP("StrikeCheck", text)


def is_workbook_path(path):
    return str(path).lower().endswith(WORKBOOK_SUFFIXES)


def _refuse(template, path, **values):
    raise InputError(Message(template, name=quoted(os.path.basename(str(path))), **values))


def _check_not_ole(path, head):
    if not head.startswith(OLE_MAGIC):
        return
    if any(stream in head for stream in ENCRYPTED_STREAMS):
        _refuse(
            _tr(
                "'{name}' is a password-protected (encrypted) workbook, which cannot be read "
                "without its password. Open it in Excel or LibreOffice, remove the password "
                "(or save an unprotected copy) and import that."
            ),
            path,
        )
    _refuse(
        _tr(
            "'{name}' is not an Excel workbook (.xlsx) but an older Excel 97-2003 file or "
            "another OLE document: save it as .xlsx or CSV and import that."
        ),
        path,
    )


def _head_of(archive, member):
    with archive.open(member) as stream:
        head = stream.read(HEAD_BYTES)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: look at it as text
        head = head.decode("utf-16", "replace").encode("utf-8")
    return head


def _sheet_names(archive, path):
    with archive.open("xl/workbook.xml") as stream:
        data = stream.read(MAX_WORKBOOK_PART + 1)
    if len(data) > MAX_WORKBOOK_PART:
        _refuse(_tr("'{name}' lists too many sheets to be read as a workbook."), path)
    if _DOCTYPE.search(data):
        _refuse(_tr("'{name}' is refused: its workbook part declares XML entities."), path)
    try:
        root = ElementTree.fromstring(data)  # nosec B314 (see the import)
    except ElementTree.ParseError as error:
        _refuse(_tr("'{name}' is a damaged workbook: {error}."), path, error=str(error))
    return [sheet.get("name", "") for sheet in root.iter(f"{_MAIN}sheet")]


def inspect_workbook(path):
    """The sheet names of the .xlsx at `path`, in the workbook's order (GDAL's layer order);
    InputError naming the file when it is not a workbook, is encrypted, damaged, declares XML
    entities or has no sheet."""
    with open(path, "rb") as stream:
        head = stream.read(HEAD_BYTES)
    _check_not_ole(path, head)
    not_workbook = _tr(
        "'{name}' is not an Excel workbook (.xlsx): it is {what}. Open it in a spreadsheet "
        "program and save it as .xlsx or CSV."
    )
    if not zipfile.is_zipfile(path):
        _refuse(not_workbook, path, what=Message(_tr("not a zip archive")))
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" not in names:
                _refuse(
                    not_workbook, path, what=Message(_tr("a zip archive without a workbook part"))
                )
            for member in sorted(n for n in names if n.lower().endswith((".xml", ".rels"))):
                if _DOCTYPE.search(_head_of(archive, member)):
                    _refuse(
                        _tr(
                            "'{name}' is refused: its part {part} declares XML entities "
                            "(a DOCTYPE), which no spreadsheet program writes and which can "
                            "read other files or exhaust memory."
                        ),
                        path,
                        part=member,
                    )
            sheets = _sheet_names(archive, path)
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError, zlib.error) as error:
        _refuse(_tr("'{name}' is a damaged workbook: {error}."), path, error=str(error))
    if not sheets:
        _refuse(_tr("The workbook '{name}' has no sheets."), path)
    return sheets
