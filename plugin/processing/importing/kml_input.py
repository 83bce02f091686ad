"""KML/KMZ files given to the importers: read by StrikeCheck's own reader, handed on as GeoJSON.

GDAL's drivers open one KML folder per layer and read ExtendedData only when built with LIBKML
(Debian sid's GDAL, under QGIS 3.44, is not); the GeoJSON copy holds every placemark of every
folder with all its columns, on any GDAL. Feature ids are placemark numbers (1, 2...), so reports
point at the placemark.
"""

import json
import os
from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsProcessingException, QgsProcessingUtils
from qgis.PyQt.QtCore import QCoreApplication

from .strike_input import say


@dataclass(frozen=True)
class KmlCopy:
    path: str  # the GeoJSON copy
    placemarks: int
    problems: dict  # placemark number -> core Message: its geometry could not be read
    left_out: dict  # kind -> placemarks of another kind left out (leave_out=True), else {}


# Processing checks parameters on one algorithm instance and runs another: both read the same
# file, so the last copy made is kept (keyed by path, size and modification time).
_last_copy = {}


def kml_file_of(value):
    """(path, geometry kind or None) when a parameter value is a KML or KMZ file, else None.

    QGIS's own `|geometrytype=Point` suffix (LineString, Polygon) picks one kind of a mixed file.
    A loaded layer is left to QGIS: it is what the user chose to load.
    """
    from ...core.kml import is_kml_path, kind_of_uri_type

    if not isinstance(value, str):
        return None
    path, *options = value.split("|")
    if not (is_kml_path(path) and os.path.isfile(path)):
        return None
    kind = None
    for option in options:
        key, _, text = option.partition("=")
        kind = kind_of_uri_type(text) if key.strip().lower() == "geometrytype" else None
        if kind is None:
            return None  # another option (layername=...): QGIS opens it as it says
    return path, kind


def kml_copy(path, prefer, leave_out=False):
    """The GeoJSON copy of a KML/KMZ file with one geometry kind, the first of `prefer` it has;
    with `leave_out`, placemarks of another kind are left out (counted) rather than kept
    without geometry. QgsProcessingException when the file cannot be read."""
    import shapely

    from ...core.kml import KIND_OF, keep_one_kind, read_kml
    from ...core.messages import InputError

    stat = os.stat(path)
    key = (os.path.abspath(path), stat.st_size, stat.st_mtime_ns, prefer, leave_out)
    cached = _last_copy.get(key)
    if cached is not None and os.path.isfile(cached.path):
        return cached
    try:
        table = read_kml(path)
    except InputError as error:
        raise QgsProcessingException(say(error.message)) from None
    had = list(table.geometries)
    keep_one_kind(table, prefer, Path(path).name)
    dropped = {
        i for i, (before, now) in enumerate(zip(had, table.geometries)) if before and not now
    }
    left_out = {}
    if leave_out:
        for index in dropped:
            kind = KIND_OF.get(next(iter(getattr(had[index], "geoms", [had[index]]))).geom_type)
            left_out[kind] = left_out.get(kind, 0) + 1
        table.problems = [(i, m) for i, m in table.problems if i not in dropped]
    features = [
        {
            "type": "Feature",
            "id": index + 1,
            "properties": dict(zip(table.names, row)),
            "geometry": shapely.geometry.mapping(geometry) if geometry is not None else None,
        }
        for index, (row, geometry) in enumerate(zip(table.rows, table.geometries))
        if not (leave_out and index in dropped)
    ]
    copy = QgsProcessingUtils.generateTempFilename(Path(path).stem + ".geojson")
    with open(copy, "w", encoding="utf-8") as stream:
        json.dump({"type": "FeatureCollection", "features": features}, stream, ensure_ascii=False)
    problems = {index + 1: m for index, m in table.problems}
    made = KmlCopy(copy, len(table.rows), problems, left_out)
    _last_copy.clear()
    _last_copy[key] = made
    return made


def _copy_of(value, prefer, leave_out=False):
    found = kml_file_of(value)
    if found is None:
        return None, None
    path, kind = found
    return path, kml_copy(path, (kind,) if kind else prefer, leave_out)


def check_kml_parameter(algorithm, parameters, name, prefer, leave_out=False):
    """For checkParameterValues, where GDAL may not open a KML/KMZ file itself: (parameters
    with the file in `name` swapped for its copy, None), or (None, why it cannot be read).
    `prefer`: the geometry kinds ('point', 'line', 'polygon') to keep, most wanted first."""
    if kml_file_of(parameters.get(name)) is None:
        return parameters, None
    try:
        algorithm.require_core()  # the reader needs shapely
        _path, copy = _copy_of(parameters.get(name), prefer, leave_out)
    except QgsProcessingException as error:
        return None, error.args[0]
    return {**parameters, name: copy.path}, None


def read_kml_map_parameter(parameters, name, prefer, feedback):
    """For a map (importcontrol): (parameters with the KML/KMZ file in `name` swapped for its
    copy, {kind: placemarks of another kind left out})."""
    parameters, _problems = read_kml_parameter(parameters, name, prefer, feedback, True)
    path = parameters.get(name)
    copy = next((c for c in _last_copy.values() if c.path == path), None)
    return parameters, dict(copy.left_out) if copy else {}


def read_kml_parameter(parameters, name, prefer, feedback, leave_out=False):
    """(parameters with the KML/KMZ file in `name` swapped for its copy, {placemark: Message})."""
    path, copy = _copy_of(parameters.get(name), prefer, leave_out)
    if copy is None:
        return parameters, {}
    for message in copy.problems.values():
        feedback.pushWarning(say(message))
    feedback.pushInfo(
        QCoreApplication.translate(
            "StrikeCheck",
            "{file}: {count} placemarks read, from every folder, with their ExtendedData.",
        ).format(file=Path(path).name, count=copy.placemarks)
    )
    return {**parameters, name: copy.path}, copy.problems
