"""KML and KMZ placemarks as rows and shapely geometries, read without GDAL's KML drivers.

GDAL reads KML ExtendedData only through its LIBKML driver, which some builds lack (Debian sid's,
QGIS 3.44), and every GDAL driver opens one Folder per layer, so a path alone gives the first
folder only. This reader takes every Placemark of the document with its folder, name, description,
time and ExtendedData (Data and SchemaData), the same on every platform.
"""

# nosec B405/B314 below: ElementTree never fetches external entities (no XXE) and expat >= 2.4
# stops entity bombs ("billion laughs"), tests/core/test_kml_hostile.py; QGIS has no defusedxml.
import os
import re
import xml.etree.ElementTree as ElementTree  # nosec B405
from dataclasses import dataclass, field

import shapely

from .kml_source import check_size, read_kml_bytes
from .kml_styles import STYLE_COLOUR, placemark_colour, style_table
from .messages import QT_TRANSLATE_NOOP, InputError, Message, quoted
from .naming import unique_name

KML_SUFFIXES = (".kml", ".kmz")
_SPACED_COMMA = re.compile(r"\s*,\s*")

# Column names as GDAL's LIBKML driver gives them, so a KML reads alike through either door.
NAME, DESCRIPTION, FOLDER = "Name", "description", "folder"
TIME_COLUMNS = ("timestamp", "begin", "end")


def _tr(text):
    return QT_TRANSLATE_NOOP("StrikeCheck", text)


@dataclass
class KmlTable:
    """Placemarks in document order: `rows[i]` matches `names`; `geometries[i]` may be None."""

    names: list
    rows: list
    geometries: list
    problems: list = field(default_factory=list)  # (placemark index, Message)


class GeometryError(InputError):
    """A placemark geometry that cannot be read; carries the Message that says why."""


def is_kml_path(path):
    return str(path).lower().endswith(KML_SUFFIXES)


def read_kml(path):
    """Every placemark of a .kml file, or of the main .kml inside a .kmz archive."""
    return parse_kml(read_kml_bytes(path), os.path.basename(str(path)))


def parse_kml(data, name="KML"):
    """Placemarks of KML text (bytes); a document that is not XML is an InputError."""
    check_size(data, name)
    try:
        root = ElementTree.fromstring(data)  # nosec B314 (see the import)
    except (ElementTree.ParseError, LookupError) as error:  # LookupError: an unknown encoding
        raise InputError(
            Message(
                _tr("'{name}' is not readable KML: {error}."),
                name=quoted(name),
                error=str(error),
            )
        ) from None
    marks = []
    _collect(root, (), marks)
    styles = style_table(root)
    colours = [placemark_colour(element, styles) for _f, element, _v in marks]
    extended = []
    for _folder, _element, values in marks:
        for key in values:
            if key not in extended:
                extended.append(key)
    fixed = [NAME, DESCRIPTION]
    if any(folder for folder, _e, _v in marks):
        fixed.append(FOLDER)
    times = [_times(element) for _f, element, _v in marks]
    fixed += [t for t in TIME_COLUMNS if any(row.get(t) for row in times)]
    if any(colours):
        fixed.append(STYLE_COLOUR)
    renamed = {}
    names = list(fixed)
    for key in extended:  # an ExtendedData 'name' must not hide the placemark's own name
        renamed[key] = unique_name(key, names)
        names.append(renamed[key])
    table = KmlTable(names=names, rows=[], geometries=[])
    for index, ((folder, element, values), time) in enumerate(zip(marks, times)):
        row = {
            NAME: _text(_child(element, "name")),
            DESCRIPTION: _text(_child(element, "description")),
            FOLDER: " / ".join(folder) or None,
            STYLE_COLOUR: colours[index],
            **time,
        }
        row.update({renamed[k]: v for k, v in values.items()})
        table.rows.append([row.get(n) for n in names])
        try:
            table.geometries.append(_geometry(element))
        except GeometryError as error:
            table.geometries.append(None)
            table.problems.append(
                (
                    index,
                    Message(
                        _tr("placemark '{name}': {reason}"),
                        name=quoted(row[NAME] or index + 1),
                        reason=error.message,
                    ),
                )
            )
    return table


# The geometry kinds one layer can hold, and the names QGIS's `|geometrytype=` URI option uses.
URI_TYPES = {"point": "Point", "line": "LineString", "polygon": "Polygon"}
_KIND_OF = {
    "Point": "point", "MultiPoint": "point",
    "LineString": "line", "MultiLineString": "line", "LinearRing": "line",
    "Polygon": "polygon", "MultiPolygon": "polygon",
}  # fmt: skip
KIND_OF = _KIND_OF  # shapely geometry type -> 'point', 'line' or 'polygon'
_KIND_NAMES = {
    "point": _tr("point"),
    "line": _tr("line"),
    "polygon": _tr("polygon"),
}
_MULTI = {
    "point": shapely.MultiPoint,
    "line": shapely.MultiLineString,
    "polygon": shapely.MultiPolygon,
}


def kind_of_uri_type(text):
    """'point', 'line' or 'polygon' for a `geometrytype=` value (Point, MultiLineString...)."""
    text = text.strip().lower().removeprefix("multi")
    return {"point": "point", "linestring": "line", "polygon": "polygon"}.get(text)


def keep_one_kind(table, prefer, file_name):
    """Keeps the geometries of one kind: the first of `prefer` that some placemark has.

    A layer holds one kind of geometry; the parts of that kind are taken out of a mixed
    MultiGeometry (a zone with its label point), and a placemark with none loses its geometry
    and gets a problem that says how to import its kind. Returns the kind kept (or None).
    """
    kinds = [_kinds(geometry) for geometry in table.geometries]
    present = set().union(*kinds) if kinds else set()
    kept = next((kind for kind in prefer if kind in present), None)
    for index, (geometry, parts) in enumerate(zip(table.geometries, kinds)):
        if geometry is None:
            continue
        if kept in parts:
            if len(parts) > 1:
                table.geometries[index] = _MULTI[kept](parts[kept])
            continue
        found = next(iter(parts))
        table.geometries[index] = None
        table.problems.append(
            (
                index,
                Message(
                    _tr(
                        "placemark '{name}': its geometry is a {found}, but this import keeps "
                        "the file's {kept} geometries; give INPUT '{file}|geometrytype={type}' "
                        "to import those",
                    ),
                    name=quoted(table.rows[index][table.names.index(NAME)] or index + 1),
                    found=Message(_KIND_NAMES[found]),
                    kept=Message(_KIND_NAMES[kept]),
                    file=file_name,
                    type=URI_TYPES[found],
                ),
            )
        )
    table.problems.sort(key=lambda problem: problem[0])
    return kept


def _kinds(geometry):
    """{kind: [single parts]} of a geometry; a GeometryCollection may have several kinds."""
    if geometry is None:
        return {}
    parts = {}
    for part in getattr(geometry, "geoms", [geometry]):
        parts.setdefault(_KIND_OF[part.geom_type], []).append(part)
    return parts


def _local(tag):
    # Tags arrive as '{namespace}Placemark'; KML 2.0/2.1/2.2, gx: and unprefixed files alike.
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(element, tag):
    for child in element:
        if _local(child.tag) == tag:
            return child
    return None


def _children(element, tag):
    return [child for child in element if _local(child.tag) == tag]


def _text(element):
    if element is None or element.text is None:
        return None
    text = element.text.strip()
    return text or None


def _collect(element, folder, marks):
    """(folder path, placemark element, {ExtendedData name: value}) in document order.

    Walked with a stack, not recursion: 5,000 nested folders are legal XML."""
    stack = [(iter(element), folder)]
    while stack:
        children, folder = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            continue
        tag = _local(child.tag)
        if tag == "Placemark":
            marks.append((folder, child, _extended_data(child)))
        elif tag == "Folder":
            stack.append((iter(child), folder + (_text(_child(child, "name")) or "",)))
        elif tag in ("kml", "Document"):
            stack.append((iter(child), folder))


def _extended_data(placemark):
    values = {}
    extended = _child(placemark, "ExtendedData")
    if extended is None:
        return values
    for item in extended:
        tag = _local(item.tag)
        if tag == "Data" and item.get("name"):
            values[item.get("name")] = _text(_child(item, "value"))
        elif tag == "SchemaData":
            for simple in _children(item, "SimpleData"):
                if simple.get("name"):
                    values[simple.get("name")] = _text(simple)
    return values


def _times(placemark):
    times = {}
    stamp = _child(placemark, "TimeStamp")
    if stamp is not None:
        times["timestamp"] = _text(_child(stamp, "when"))
    span = _child(placemark, "TimeSpan")
    if span is not None:
        times["begin"] = _text(_child(span, "begin"))
        times["end"] = _text(_child(span, "end"))
    return times


_SHAPES = ("Point", "LineString", "LinearRing", "Polygon", "MultiGeometry", "Track", "MultiTrack")


def _geometry(placemark):
    """The placemark's shapely geometry, None when it has none; ValueError when it is broken."""
    for child in placemark:
        if _local(child.tag) in _SHAPES:
            try:
                return _shape(child)
            except RecursionError:  # MultiGeometry inside MultiGeometry thousands deep
                raise GeometryError(Message(_tr("geometries nested too deeply"))) from None
    return None


def _shape(element):
    tag = _local(element.tag)
    if tag == "Point":
        points = _coordinates(element)
        if len(points) != 1:
            raise GeometryError(
                Message(
                    _tr("a point needs one coordinate pair, it has {count}"),
                    count=len(points),
                )
            )
        return shapely.Point(points[0])
    if tag in ("LineString", "LinearRing"):
        return _line(_coordinates(element))
    if tag == "Polygon":
        outer = _child(element, "outerBoundaryIs")
        if outer is None or _child(outer, "LinearRing") is None:
            raise GeometryError(Message(_tr("a polygon without an outer boundary")))
        holes = [
            _ring(_coordinates(_child(inner, "LinearRing")))
            for inner in _children(element, "innerBoundaryIs")
            if _child(inner, "LinearRing") is not None
        ]
        return shapely.Polygon(_ring(_coordinates(_child(outer, "LinearRing"))), holes)
    if tag == "Track":  # gx:Track: 'lon lat alt' in gx:coord elements
        points = [_pair(_text(c) or "", " ") for c in _children(element, "coord")]
        return shapely.Point(points[0]) if len(points) == 1 else _line(points)
    parts = [_shape(child) for child in element if _local(child.tag) in _SHAPES]
    parts = [p for part in parts for p in getattr(part, "geoms", [part])]
    if not parts:
        raise GeometryError(Message(_tr("an empty MultiGeometry")))
    kinds = {part.geom_type for part in parts}
    if kinds == {"Point"}:
        return shapely.MultiPoint(parts)
    if kinds == {"LineString"}:
        return shapely.MultiLineString(parts)
    if kinds == {"Polygon"}:
        return shapely.MultiPolygon(parts)
    return shapely.GeometryCollection(parts)


def _coordinates(element):
    node = _child(element, "coordinates")
    # Tuples are 'lon,lat[,alt]' separated by white space; hand-written files often put a space
    # after the commas too, which would otherwise split a tuple in two.
    text = _SPACED_COMMA.sub(",", _text(node) or "")
    return [_pair(item, ",") for item in text.split()]


def _pair(item, separator):
    values = item.split(separator)
    try:
        lon, lat = float(values[0]), float(values[1])
    except (ValueError, IndexError):
        raise GeometryError(
            Message(
                _tr("coordinates '{item}' are not 'longitude,latitude'"),
                item=quoted(item),
            )
        ) from None
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        raise GeometryError(
            Message(
                _tr(
                    "coordinates '{item}' are outside longitude -180..180, latitude -90..90",
                ),
                item=quoted(item),
            )
        )
    return lon, lat


def _line(points):
    if len(points) < 2:
        raise GeometryError(
            Message(
                _tr("a line needs two coordinate pairs or more, it has {count}"),
                count=len(points),
            )
        )
    return shapely.LineString(points)


def _ring(points):
    if points and points[0] != points[-1]:
        points = points + [points[0]]  # KML asks for closed rings; tools often leave them open
    if len(points) < 4:
        raise GeometryError(
            Message(
                _tr("a ring needs three distinct corners, it has {count}"),
                count=max(len(points) - 1, 0),
            )
        )
    return points
