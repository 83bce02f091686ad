"""Raw GeoJSON exports (DeepState, Google My Maps) made readable: one geometry kind, flat values.

QGIS 3.22 opens a GeoJSON that mixes kinds as the kind of its first feature, reads a
GeometryCollection with Z as no geometry at all, and cannot write a nested object or list
property. This module rewrites such a file in plain JSON terms (no QGIS, no shapely): the
features of one kind, the polygon parts of GeometryCollections kept, nested values as JSON text.
"""

import json
from collections import Counter

from .messages import QT_TRANSLATE_NOOP, InputError, Message, quoted

GEOJSON_SUFFIXES = (".geojson", ".json")
_KIND_OF = {
    "Point": "point", "MultiPoint": "point",
    "LineString": "line", "MultiLineString": "line",
    "Polygon": "polygon", "MultiPolygon": "polygon",
}  # fmt: skip
_MULTI = {"point": "MultiPoint", "line": "MultiLineString", "polygon": "MultiPolygon"}


def is_geojson_path(path):
    return str(path).lower().endswith(GEOJSON_SUFFIXES)


def parts_by_kind(geometry):
    """{kind: [coordinates of single parts]} of a GeoJSON geometry (collections opened)."""
    parts = {}
    if not isinstance(geometry, dict):
        return parts
    kind_name = geometry.get("type")
    if kind_name == "GeometryCollection":
        for member in geometry.get("geometries") or []:
            for kind, found in parts_by_kind(member).items():
                parts.setdefault(kind, []).extend(found)
        return parts
    kind = _KIND_OF.get(kind_name)
    coordinates = geometry.get("coordinates")
    if kind is None or not coordinates:
        return parts
    singles = coordinates if kind_name.startswith("Multi") else [coordinates]
    parts.setdefault(kind, []).extend(singles)
    return parts


def flat_value(value):
    """A property value a GIS field can hold: nested objects and lists as JSON text."""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def needs_cleaning(features):
    """Whether QGIS would misread the features: mixed kinds, collections or nested values."""
    kinds = set()
    for feature in features:
        geometry = feature.get("geometry") or {}
        if geometry.get("type") == "GeometryCollection":
            return True
        kinds.update(parts_by_kind(geometry))
        properties = feature.get("properties") or {}
        if any(isinstance(v, (dict, list)) for v in properties.values()):
            return True
    return len(kinds) > 1


def load_features(data, name):
    """The features of GeoJSON text (bytes); InputError when it is not a FeatureCollection."""
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as error:
        raise InputError(
            Message(
                QT_TRANSLATE_NOOP("StrikeCheck", "'{name}' is not readable GeoJSON: {error}."),
                name=quoted(name),
                error=str(error),
            )
        ) from None
    if isinstance(document, dict) and document.get("type") == "Feature":
        return [document]
    if not isinstance(document, dict) or not isinstance(document.get("features"), list):
        return None
    return [f for f in document["features"] if isinstance(f, dict)]


def clean_features(features, prefer):
    """(features of one kind, kind kept, Counter of features left out per kind).

    The kind kept is the first of `prefer` that some feature has; a GeometryCollection keeps
    its parts of that kind; a feature with no part of it is left out (features without any
    geometry stay). Nested property values become JSON text.
    """
    kinds = [parts_by_kind(f.get("geometry")) for f in features]
    present = set().union(*kinds) if kinds else set()
    kept = next((kind for kind in prefer if kind in present), None)
    cleaned, left_out = [], Counter()
    for index, (feature, parts) in enumerate(zip(features, kinds)):
        if parts and kept not in parts:
            left_out[next(iter(parts))] += 1
            continue
        geometry = None
        if parts:
            geometry = {"type": _MULTI[kept], "coordinates": parts[kept]}
        properties = feature.get("properties") or {}
        cleaned.append(
            {
                "type": "Feature",
                "id": index + 1,
                "properties": {k: flat_value(v) for k, v in properties.items()},
                "geometry": geometry,
            }
        )
    return cleaned, kept, left_out
