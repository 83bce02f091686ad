"""The SQL of the nearest search: the lines measured to (territory, fronts, borders), the
factions holding each strike, and every strike's distance to each of those targets.

Territory edges are straight in lon/lat, as the local engine (plugin/core) reads them, so they
are cut into short lon/lat pieces (ST_Segmentize in degrees) before becoming geography;
distances are geodesic on the WGS84 spheroid. The search runs on Earth-centred 3D coordinates
(metres), where straight-line distance never exceeds the geodesic one and hardly differs from it
nearby: the KNN operator <<->> on an n-D GiST index returns pieces by exact 3D distance, so once
the K-th piece is farther (in 3D) than the best geodesic found, no piece left can beat it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from psycopg2 import sql

from .sql_builder import temp

# Pieces of territory edges at most this long in degrees (about 220 m): the geography piece (a
# great-circle arc) then stays within millimetres of the lon/lat-straight edge. PostGIS measures
# a point to a piece on the spheroid from the piece's nearest point on the sphere, which is off by
# up to ~0.3% of the distance along the piece: short pieces keep that error to centimetres
# (0.13 m at most against the local engine over 100,000 strike-faction pairs; 0.34 m at 0.005).
SEGMENT_DEG = 0.002
# Nearest pieces asked of the index per strike and target; the rest only when K do not prove it.
K_NEAREST = 8
# Metres: bounds how far a real lon/lat edge strays from its 3D chord (a few mm at SEGMENT_DEG).
MARGIN_M = 0.05


@dataclass
class Target:
    """One set of lines/points measured to: a faction's territory, a front, or a border."""

    name: str  # temp table
    lines: sql.Composable  # SELECT of lon/lat geometries named geom
    params: dict = field(default_factory=dict)
    # Whether to measure a strike, from h.held (the factions holding its feature).
    condition: sql.Composable = field(default_factory=lambda: sql.SQL("true"))
    use_max: bool = True  # beyond MAX_DISTANCE_KM counts as not found
    tagged: bool = False  # `lines` also names a number j per line: answers are {metres, j}


def faction_lines():
    """A faction's territory as lines and points (parameter k: the faction's index)."""
    return sql.SQL(
        "SELECT CASE WHEN GeometryType(geom) = 'POLYGON' THEN ST_Boundary(geom) ELSE geom END "
        "AS geom, 0 AS j FROM pg_temp.sc_piece WHERE k = %(k)s"
    )


def front_lines():
    """Every front line of faction k, each with its pair's number j (1-based, pairs sorted)."""
    return sql.SQL(
        "SELECT geom, j FROM (SELECT geom, ka, kb, row_number() OVER (ORDER BY ka, kb) AS j "
        "FROM pg_temp.sc_front) AS f WHERE ka = %(k)s OR kb = %(k)s"
    )


def border_lines():
    """The border of faction k's area (parameter k)."""
    return sql.SQL("SELECT ST_Boundary(geom) AS geom, 0 AS j FROM pg_temp.sc_area WHERE k = %(k)s")


def target_table(target: Target):
    """Pieces of the target's edges (at most SEGMENT_DEG long) as geography and 3D chords."""
    name = temp(target.name)
    return sql.SQL(
        "CREATE TEMP TABLE {table} AS "
        "WITH t AS ({lines}) "
        "SELECT s.geom::geography AS geog, ST_MakeLine(pg_temp.sc_ecef(ST_StartPoint(s.geom)), "
        "pg_temp.sc_ecef(ST_EndPoint(s.geom))) AS g3, s.j FROM ("
        "SELECT (ST_DumpSegments(ST_Segmentize(l.geom, {step}))).geom, l.j FROM ("
        "SELECT (ST_Dump(geom)).geom, j FROM t) AS l WHERE GeometryType(l.geom) = 'LINESTRING'"
        ") AS s "
        "UNION ALL SELECT p.geom::geography, pg_temp.sc_ecef(p.geom), p.j FROM ("
        "SELECT (ST_Dump(geom)).geom, j FROM t) AS p WHERE GeometryType(p.geom) = 'POINT'; "
        "CREATE INDEX ON {table} USING gist (g3 gist_geometry_ops_nd); ANALYZE {table}"
    ).format(table=name, lines=target.lines, step=sql.SQL(repr(SEGMENT_DEG)))


def _nearest(target: Target, max_m):
    """Metres from the strike part p to the target (NULL when not asked or nothing in reach)."""
    table = temp(target.name)
    reach = (
        sql.SQL(" AND ST_3DDWithin(g.g3, p.g3, {m})").format(m=sql.Literal(float(max_m)))
        if max_m is not None and target.use_max
        else sql.SQL("")
    )
    # A tagged target answers {metres, j} (the smallest j among equal distances).
    value = (
        "ARRAY[ST_Distance({a}.geog, p.geog, true), {a}.j]"
        if target.tagged
        else ("ST_Distance({a}.geog, p.geog, true)")
    )
    metres = "k.d[1]" if target.tagged else "k.d"
    return sql.SQL(
        "(SELECT CASE WHEN k.n < {k} OR k.c_last - {margin} > {metres} THEN k.d ELSE ("
        "SELECT min({value_g}) FROM {table} AS g "
        "WHERE ST_3DDWithin(g.g3, p.g3, {metres} + {margin})) END FROM ("
        "SELECT min({value_c}) AS d, max(c.c) AS c_last, count(*) AS n "
        "FROM (SELECT g.geog, g.j, g.g3 <<->> p.g3 AS c FROM {table} AS g WHERE {condition}{reach} "
        "ORDER BY g.g3 <<->> p.g3 LIMIT {k}) AS c) AS k)"
    ).format(
        metres=sql.SQL(metres),
        value_g=sql.SQL(value.format(a="g")),
        value_c=sql.SQL(value.format(a="c")),
        table=table,
        condition=target.condition,
        reach=reach,
        k=sql.SQL(str(K_NEAREST)),
        margin=sql.SQL(repr(MARGIN_M)),
    )


# -- per strike ----------------------------------------------------------------------------


def held():
    """Which factions hold each strike feature (any of its points): sorted indices."""
    return sql.SQL(
        "CREATE TEMP TABLE sc_held AS SELECT p.r, array_agg(DISTINCT c.k ORDER BY c.k) AS held "
        "FROM pg_temp.sc_part AS p JOIN pg_temp.sc_cover AS c ON ST_Intersects(c.geom, p.geom) "
        "GROUP BY p.r; CREATE INDEX ON pg_temp.sc_held (r); ANALYZE pg_temp.sc_held"
    )


def distance_table(targets):
    columns = sql.SQL(", ").join(
        sql.SQL("{c} {kind}").format(
            c=sql.Identifier(f"t{i}"),
            kind=sql.SQL("float8[]" if t.tagged else "float8"),
        )
        for i, t in enumerate(targets)
    )
    return sql.SQL(
        "CREATE TEMP TABLE sc_dist (r bigint{sep}{columns}); "
        "CREATE INDEX ON pg_temp.sc_part (r); ANALYZE pg_temp.sc_part"
    ).format(sep=sql.SQL(", ") if targets else sql.SQL(""), columns=columns)


def distances(targets, max_m):
    """Distances (m) from the parts of strikes lo <= r < hi to every target."""
    values = [_nearest(t, max_m) for t in targets]
    return sql.SQL(
        "INSERT INTO pg_temp.sc_dist SELECT p.r{sep}{values} FROM pg_temp.sc_part AS p "
        "LEFT JOIN (SELECT r, held FROM pg_temp.sc_held) AS h0 ON h0.r = p.r "
        "CROSS JOIN LATERAL (SELECT coalesce(h0.held, '{{}}'::int[]) AS held) AS h "
        "WHERE p.r >= %(lo)s AND p.r < %(hi)s"
    ).format(sep=sql.SQL(", ") if values else sql.SQL(""), values=sql.SQL(", ").join(values))
