"""Pixel polygons of a class raster to one (multi)polygon per faction, simplified as a coverage:
shared borders are simplified once, so neighbours keep meeting without gaps or overlaps."""

import numpy as np
import shapely


def _midpoints(lines):
    """Each line through the midpoints of its segments, its ends kept (they may be nodes where
    three classes meet; a closed line stays closed): a pixel staircase becomes the edge it steps
    along, not its corners, half a pixel off on a diagonal."""
    result = []
    for line in lines:
        xy = shapely.get_coordinates(line)
        middle = (xy[:-1] + xy[1:]) / 2
        result.append(shapely.LineString(np.vstack([xy[:1], middle, xy[-1:]])))
    return np.array(result, dtype=object)


def _simplified_faces(polygons, tolerance):
    """The faces of the polygons' borders, each border line simplified between its nodes."""
    lines = shapely.union_all(shapely.boundary(polygons))  # noded where three classes meet
    merged = shapely.get_parts(shapely.line_merge(lines))
    simple = shapely.simplify(_midpoints(merged), tolerance, preserve_topology=True)
    # Simplified lines may now cross: noding them again keeps the faces closed.
    noded = shapely.union_all(simple)
    return shapely.get_parts(shapely.polygonize(shapely.get_parts(noded)))


def faction_polygons(values, polygons, codes, tolerance):
    """{code: polygon or multipolygon} from polygonize's (class value, polygon) pairs: value
    i + 1 is codes[i], 0 is no faction (it shapes the borders but is dropped); `tolerance` in
    the polygons' units (0: the pixel outlines kept)."""
    values = np.asarray(values)
    polygons = np.asarray(polygons, dtype=object)
    if tolerance > 0 and len(polygons):
        faces = _simplified_faces(polygons, tolerance)
        faces = faces[shapely.area(faces) > 0]
        tree = shapely.STRtree(polygons)
        face_at, polygon_at = tree.query(shapely.point_on_surface(faces), predicate="intersects")
        face_values = np.zeros(len(faces), dtype=values.dtype)
        face_values[face_at[::-1]] = values[polygon_at[::-1]]  # the first match wins
        values, polygons = face_values, faces
    by_code = {}
    for value in np.unique(values):
        if value == 0:
            continue
        parts = polygons[values == value]
        code = codes[value - 1]
        by_code.setdefault(code, []).extend(parts)
    return {code: _joined(parts) for code, parts in by_code.items()}


def _joined(parts):
    joined = shapely.coverage_union_all(parts) if len(parts) > 1 else parts[0]
    return shapely.make_valid(joined) if not joined.is_valid else joined
