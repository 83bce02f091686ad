"""Raw GeoJSON files given to importcontrol: rewritten by StrikeCheck when QGIS would misread them.

A DeepState or Google My Maps export mixes polygons, unit points and GeometryCollections and has
nested style properties: QGIS 3.22 opens it as the kind of its first feature and drops the
collections' geometry. The copy (core/geojson.py) holds the map's kind only, with flat values.
"""

import json
import os
from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsProcessingException, QgsProcessingUtils

from .strike_input import say


@dataclass(frozen=True)
class GeojsonCopy:
    path: str  # the cleaned copy
    kind: str  # 'point', 'line' or 'polygon': the kind kept
    left_out: dict  # kind -> features left out for being of another kind


_last_copy = {}


def geojson_file_of(value):
    """The path when a parameter value is a GeoJSON file QGIS is to open whole, else None."""
    from ...core.geojson import is_geojson_path

    if not isinstance(value, str) or "|" in value:
        return None  # `file|geometrytype=Point`: QGIS opens what the user asked for
    return value if is_geojson_path(value) and os.path.isfile(value) else None


def geojson_copy(path, prefer):
    """The cleaned copy of a GeoJSON file, or None when QGIS reads the file as it is."""
    from ...core.geojson import clean_features, load_features, needs_cleaning
    from ...core.messages import InputError

    stat = os.stat(path)
    key = (os.path.abspath(path), stat.st_size, stat.st_mtime_ns, prefer)
    if key in _last_copy:
        return _last_copy[key]
    with open(path, "rb") as stream:
        data = stream.read()
    try:
        features = load_features(data, Path(path).name)
    except InputError as error:
        raise QgsProcessingException(say(error.message)) from None
    made = None
    if features is not None and needs_cleaning(features):
        cleaned, kind, left_out = clean_features(features, prefer)
        copy = QgsProcessingUtils.generateTempFilename(Path(path).stem + ".geojson")
        with open(copy, "w", encoding="utf-8") as stream:
            json.dump(
                {"type": "FeatureCollection", "features": cleaned}, stream, ensure_ascii=False
            )
        made = GeojsonCopy(copy, kind, dict(left_out))
    _last_copy.clear()
    _last_copy[key] = made
    return made


def read_geojson_parameter(parameters, name, prefer):
    """(parameters with a raw GeoJSON file in `name` swapped for its copy, {kind: left out})."""
    path = geojson_file_of(parameters.get(name))
    copy = geojson_copy(path, prefer) if path else None
    if copy is None:
        return parameters, {}
    return {**parameters, name: copy.path}, copy.left_out
