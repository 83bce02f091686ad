"""'The rest is held by X': an outline minus every drawn territory, per snapshot (shapely)."""

import shapely


def _union(geometries):
    parts = [g for g in geometries if g is not None and not g.is_empty]
    parts = [g if g.is_valid else shapely.make_valid(g) for g in parts]
    polygons = [shapely.get_parts(g) for g in parts]
    flat = [p for group in polygons for p in group if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(flat) if flat else None


def remainder(outline, drawn):
    """The part of the outline (polygons) no drawn geometry covers, as a MultiPolygon, or None
    when nothing is left."""
    whole = _union(outline)
    if whole is None:
        return None
    covered = _union(drawn)
    rest = whole if covered is None else shapely.difference(whole, covered)
    polygons = [p for p in shapely.get_parts(rest) if p.geom_type == "Polygon" and not p.is_empty]
    return shapely.MultiPolygon(polygons) if polygons else None


def remainders(outline, drawn, snapshots):
    """[(snapshot, remainder or None)] for each distinct snapshot key (undated None first, then
    in order): the outline minus the geometries drawn in that snapshot (`snapshots[i]` is
    the key of `drawn[i]`)."""
    groups = {}
    for geometry, key in zip(drawn, snapshots):
        groups.setdefault(key, []).append(geometry)
    if not groups:
        groups[None] = []
    keys = sorted(groups, key=lambda k: (k is not None, k))
    return [(key, remainder(outline, groups[key])) for key in keys]
