"""The bytes of a KML document from a .kml file or a .kmz archive, bounded in size and cost."""

import os
import zipfile
import zlib

from .messages import QT_TRANSLATE_NOOP, InputError, Message, quoted

# Bounds on what one document may cost: ElementTree keeps every element in memory (about 100
# bytes each), so a 255 kB KMZ of 64M tiny elements once took over 3 GB. 5M elements is some
# 300,000 placemarks; beyond, GeoPackage or CSV is the format to use.
MAX_KML_BYTES = 400_000_000
MAX_KML_ELEMENTS = 5_000_000


def _tr(text):
    return QT_TRANSLATE_NOOP("StrikeCheck", text)


def read_kml_bytes(path):
    """The bytes of a .kml file, or of the main .kml inside a .kmz archive (bounded)."""
    path = str(path)
    if path.lower().endswith(".kmz"):
        try:
            with zipfile.ZipFile(path) as archive:
                inside = [n for n in archive.namelist() if n.lower().endswith(".kml")]
                if not inside:
                    raise InputError(
                        Message(
                            _tr("The KMZ archive '{name}' holds no .kml file."),
                            name=quoted(os.path.basename(path)),
                        )
                    )
                # Google Earth's own KMZ files call the document doc.kml; others have one .kml.
                main = "doc.kml" if "doc.kml" in inside else inside[0]
                with archive.open(main) as member:  # read no more than the bound, whatever
                    data = member.read(MAX_KML_BYTES + 1)  # the archive's header claims
        except zipfile.BadZipFile:
            raise InputError(
                Message(
                    _tr("'{name}' is not a KMZ (zip) archive."),
                    name=quoted(os.path.basename(path)),
                )
            ) from None
        except (RuntimeError, NotImplementedError, EOFError, OSError, zlib.error) as error:
            # encrypted members, Deflate64 or other methods Python lacks, corrupt streams
            raise InputError(
                Message(
                    _tr("'{name}' cannot be read as a KMZ archive: {error}."),
                    name=quoted(os.path.basename(path)),
                    error=str(error),
                )
            ) from None
    else:
        with open(path, "rb") as stream:
            data = stream.read(MAX_KML_BYTES + 1)
    return data


def check_size(data, name):
    """InputError when the document exceeds what one KML may cost to read."""
    elements = data.count(b"<")  # an upper bound, counted in C before any tree is built
    if len(data) > MAX_KML_BYTES or elements > MAX_KML_ELEMENTS:
        raise InputError(
            Message(
                _tr(
                    "'{name}' is too large to read as KML (over {megabytes} MB or {elements} "
                    "XML elements): save it as GeoPackage or CSV and import that."
                ),
                name=quoted(name),
                megabytes=MAX_KML_BYTES // 1_000_000,
                elements=f"{MAX_KML_ELEMENTS:,}",
            )
        )
