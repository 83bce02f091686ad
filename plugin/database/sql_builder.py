"""The SQL of the database engine: every identifier quoted, every value a parameter.

Definitions follow the local engine (plugin/core): territory edges are straight in lon/lat, so
they are cut into short lon/lat pieces (ST_Segmentize in degrees) before becoming geography;
distances are geodesic on the WGS84 spheroid; a strike is held by every faction whose territory
covers it in lon/lat. The nearest search runs on Earth-centred 3D coordinates (metres), where
straight-line distance never exceeds the geodesic one and hardly differs from it nearby: the
KNN operator <<->> on an n-D GiST index returns pieces by exact 3D distance, so once the K-th
piece is farther (in 3D) than the best geodesic found, no piece left can beat it.

Everything is created as TEMP objects (PostgreSQL's per-session temporary schema): they vanish
with the session, and the user's tables are only read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from psycopg2 import sql

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
# Vertices per piece of the polygons used for the point-in-territory test.
SUBDIVIDE = 256
_E2 = 0.0066943799901413165  # WGS84 first eccentricity squared
_A = 6378137.0
ROW = "__strikecheck_row"  # our row number in the strike copy (a name no user picks)


def ident(*names):
    return sql.SQL(".").join(sql.Identifier(n) for n in names)


def temp(name):
    return sql.SQL("pg_temp.") + sql.Identifier(name)


@dataclass
class Relation:
    """A layer's rows in SQL: a table or view (optionally filtered), or a query layer's SQL."""

    schema: str
    table: str
    geometry: str
    subset: str = ""  # the layer's own filter (QGIS's subset string), applied as QGIS does
    query: str = ""  # a query layer's SELECT (QGIS runs the same text)

    def source(self):
        if self.query:
            base = sql.SQL("(") + sql.SQL(self.query) + sql.SQL(")")
        else:
            base = ident(self.schema, self.table) if self.schema else ident(self.table)
        if self.subset:
            base = (
                sql.SQL("(SELECT * FROM ")
                + base
                + sql.SQL(" AS sc_base WHERE (")
                + sql.SQL(self.subset)
                + sql.SQL("))")
            )
        return base


def to_wgs84(expression):
    """lon/lat, 2D, of a geometry (or geography) column in any SRID."""
    g = sql.SQL("({})::geometry").format(expression)
    return sql.SQL(
        "ST_Force2D(CASE WHEN ST_SRID({g}) = 4326 THEN {g} ELSE ST_Transform({g}, 4326) END)"
    ).format(g=g)


def functions():
    """Temporary helper: Earth-centred XYZ (metres) of a lon/lat point on the WGS84 ellipsoid."""
    return sql.SQL(
        "CREATE FUNCTION pg_temp.sc_ecef(p geometry) RETURNS geometry "
        "LANGUAGE sql IMMUTABLE STRICT AS $$ "
        "SELECT ST_MakePoint(n * cos(radians(ST_Y(p))) * cos(radians(ST_X(p))), "
        "n * cos(radians(ST_Y(p))) * sin(radians(ST_X(p))), "
        "n * (1.0 - {e2}) * sin(radians(ST_Y(p)))) "
        "FROM (SELECT {a} / sqrt(1.0 - {e2} * sin(radians(ST_Y(p))) ^ 2) AS n) AS s $$"
    ).format(e2=sql.SQL(repr(_E2)), a=sql.SQL(repr(_A)))


# -- strikes --------------------------------------------------------------------------------


def copy_strikes(relation: Relation, columns):
    """The strike rows numbered 1..n (our join key), with `columns` (None: all of them)."""
    chosen = (
        sql.SQL("s.*")
        if columns is None
        else sql.SQL(", ").join(sql.SQL("s.") + sql.Identifier(c) for c in columns)
    )
    return sql.SQL(
        "CREATE TEMP TABLE sc_strike AS SELECT row_number() OVER () AS {row}, {chosen} "
        "FROM {source} AS s"
    ).format(row=sql.Identifier(ROW), chosen=chosen, source=relation.source())


def strike_parts(geometry_column):
    """Every point of every strike in lon/lat, as geography and as 3D (ECEF) point."""
    return sql.SQL(
        "CREATE TEMP TABLE sc_part AS "
        "SELECT r, geom, geom::geography AS geog, pg_temp.sc_ecef(geom) AS g3 FROM ("
        "SELECT s.{row} AS r, (ST_Dump({lonlat})).geom AS geom FROM pg_temp.sc_strike AS s "
        "WHERE s.{g} IS NOT NULL) AS d "
        "WHERE GeometryType(geom) = 'POINT' AND NOT ST_IsEmpty(geom) "
        "AND abs(ST_X(geom)) < 'Infinity' AND abs(ST_Y(geom)) < 'Infinity'"
    ).format(
        row=sql.Identifier(ROW),
        g=sql.Identifier(geometry_column),
        lonlat=to_wgs84(sql.SQL("s.") + sql.Identifier(geometry_column)),
    )


def strike_counts():
    """(features, features without a usable point)."""
    return sql.SQL(
        "SELECT count(*), count(*) - (SELECT count(DISTINCT r) FROM pg_temp.sc_part) "
        "FROM pg_temp.sc_strike"
    )


# -- control map ----------------------------------------------------------------------------


def control_values(relation: Relation, faction_field):
    """Each distinct faction value (as text) with: has a geometry, is invalid, how many."""
    g = sql.SQL("(c.{})::geometry").format(sql.Identifier(relation.geometry))
    return sql.SQL(
        "SELECT c.{f}::text, ({g} IS NOT NULL AND NOT ST_IsEmpty({g})), "
        "count(*) FILTER (WHERE {g} IS NOT NULL AND NOT ST_IsEmpty({g}) AND NOT ST_IsValid({g})), "
        "count(*) FROM {source} AS c GROUP BY 1, 2"
    ).format(f=sql.Identifier(faction_field), g=g, source=relation.source())


def members():
    """Raw faction value -> index of each faction it stands for (a mixed 'a+b' gives two)."""
    return sql.SQL(
        "CREATE TEMP TABLE sc_member AS SELECT * FROM unnest(%(raw)s::text[], %(k)s::int[]) "
        "AS m(raw, k)"
    )


def control_pieces(relation: Relation, faction_field, make_valid_structure):
    """The control map in lon/lat: repaired like the local engine, flattened, one row a part."""
    repair = (
        "ST_MakeValid(v, 'method=structure keepcollapsed=true')"
        if make_valid_structure
        else "ST_MakeValid(v)"
    )
    g = sql.SQL("(c.{})::geometry").format(sql.Identifier(relation.geometry))
    return sql.SQL(
        "CREATE TEMP TABLE sc_piece AS SELECT m.k, d.geom FROM ("
        "SELECT raw, CASE WHEN ST_IsValid(v) THEN v ELSE {repair} END AS v FROM ("
        "SELECT c.{f}::text AS raw, {lonlat} AS v FROM {source} AS c "
        "WHERE {g} IS NOT NULL AND NOT ST_IsEmpty({g})) AS c0) AS c "
        "JOIN pg_temp.sc_member AS m ON m.raw = c.raw "
        "CROSS JOIN LATERAL ST_Dump(c.v) AS d WHERE NOT ST_IsEmpty(d.geom)"
    ).format(
        repair=sql.SQL(repair),
        f=sql.Identifier(faction_field),
        lonlat=to_wgs84(g),
        source=relation.source(),
        g=g,
    )


def cover():
    """What the point-in-territory test looks at: polygons cut into small pieces, lines, points."""
    return sql.SQL(
        "CREATE TEMP TABLE sc_cover AS "
        "SELECT k, ST_Subdivide(geom, {n}) AS geom FROM pg_temp.sc_piece "
        "WHERE GeometryType(geom) = 'POLYGON' "
        "UNION ALL SELECT k, geom FROM pg_temp.sc_piece WHERE GeometryType(geom) <> 'POLYGON'; "
        "CREATE INDEX ON pg_temp.sc_cover USING gist (geom); ANALYZE pg_temp.sc_cover"
    ).format(n=sql.SQL(str(SUBDIVIDE)))


def areas(relation: Relation, faction_field):
    """Each faction's polygons unioned (fronts and uncertainty), repaired as the local engine's
    fronts do (make_valid's default method)."""
    g = sql.SQL("(c.{})::geometry").format(sql.Identifier(relation.geometry))
    return sql.SQL(
        "CREATE TEMP TABLE sc_area AS SELECT m.k, ST_Union(d.geom) AS geom FROM ("
        "SELECT c.{f}::text AS raw, ST_MakeValid({lonlat}) AS v FROM {source} AS c "
        "WHERE {g} IS NOT NULL AND NOT ST_IsEmpty({g})) AS c "
        "JOIN pg_temp.sc_member AS m ON m.raw = c.raw "
        "CROSS JOIN LATERAL ST_Dump(c.v) AS d WHERE GeometryType(d.geom) = 'POLYGON' "
        "GROUP BY m.k"
    ).format(f=sql.Identifier(faction_field), lonlat=to_wgs84(g), source=relation.source(), g=g)


def fronts():
    """Front lines between every two factions whose areas come within the tolerance."""
    return sql.SQL(
        "CREATE TEMP TABLE sc_front AS "
        "WITH a AS (SELECT k, ST_Boundary(geom) AS edge, ST_Buffer(geom, %(tolerance_deg)s) "
        "AS grown FROM pg_temp.sc_area) "
        "SELECT a.k AS ka, b.k AS kb, ST_LineMerge(ST_CollectionExtract(ST_Union("
        "ST_Intersection(a.edge, b.grown), ST_Intersection(b.edge, a.grown)), 2)) AS geom "
        "FROM a JOIN a AS b ON a.k < b.k WHERE ST_Intersects(a.grown, b.grown); "
        "DELETE FROM pg_temp.sc_front WHERE geom IS NULL OR ST_IsEmpty(geom)"
    )


# -- targets: the lines and points distances are measured to --------------------------------


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


def results(slices, radius):
    """One row of answers per strike feature: arrays per target kind, held, precision radius.

    slices: {'faction': (start, stop), 'front': ..., 'border': ...} into the target columns.
    radius: each strike's precision radius in km (NULL::float8 without a precision).
    """

    def array(kind):
        start, stop = slices[kind]
        if stop == start:
            return sql.SQL("'{}'::float8[]")
        return sql.SQL("ARRAY[{}]").format(
            sql.SQL(", ").join(
                sql.SQL("min(d.{}) / 1000.0").format(sql.Identifier(f"t{i}"))
                for i in range(start, stop)
            )
        )

    start, stop = slices["front"]
    front = (
        sql.SQL("LEAST({})").format(
            sql.SQL(", ").join(
                sql.SQL("min(d.{})").format(sql.Identifier(f"t{i}")) for i in range(start, stop)
            )
        )
        if stop > start
        else sql.SQL("NULL::float8[]")
    )
    return sql.SQL(
        "CREATE TEMP TABLE sc_feature AS SELECT s.{row} AS r, f.r IS NOT NULL AS measured, "
        "coalesce(h.held, '{{}}'::int[]) AS held, f.dist, f.front, f.border, {radius} AS radius "
        "FROM pg_temp.sc_strike AS s LEFT JOIN pg_temp.sc_held AS h ON h.r = s.{row} "
        "LEFT JOIN (SELECT d.r, {dist} AS dist, {front} AS front, {border} AS border "
        "FROM pg_temp.sc_dist AS d GROUP BY d.r) AS f ON f.r = s.{row}"
    ).format(
        row=sql.Identifier(ROW),
        radius=radius,
        dist=array("faction"),
        front=front,
        border=array("border"),
    )


def answers(max_km):
    """The output columns per feature, from sc_feature and the parameter arrays:
    codes (all factions, sorted), measured (the measured ones' indices into codes), pair_a/pair_b
    (each front's two factions as indices, pairs sorted), border_at (per measured faction, its
    border's 1-based position in sc_feature.border, NULL without one). Distances beyond max_km
    are not found (NULL)."""
    beyond = (
        sql.SQL("WHEN x.km > {m} THEN NULL ").format(m=sql.Literal(float(max_km)))
        if max_km is not None
        else sql.SQL("")
    )
    return sql.SQL(
        "CREATE TEMP TABLE sc_answer AS "
        "WITH f AS (SELECT f.*, ARRAY(SELECT CASE WHEN NOT f.measured THEN NULL "
        "WHEN f.held @> ARRAY[m.k] THEN 0.0 "
        "{beyond}ELSE x.km END FROM unnest(%(measured)s::int[]) WITH ORDINALITY AS m(k, j) "
        "LEFT JOIN LATERAL (SELECT f.dist[m.j] AS km) AS x ON true ORDER BY m.j) AS km "
        "FROM pg_temp.sc_feature AS f), "
        "o AS (SELECT f.*, (SELECT u.j FROM unnest(f.km) WITH ORDINALITY AS u(km, j) "
        "WHERE u.km IS NOT NULL AND NOT f.held @> ARRAY[(%(measured)s::int[])[u.j]] "
        "ORDER BY u.km, u.j LIMIT 1) AS other FROM f), "
        "fr AS (SELECT o.*, CASE WHEN o.front[1] / 1000.0 <= {front_reach} "
        "THEN o.front[2]::int END AS across, o.front[1] / 1000.0 AS front_m FROM o) "
        "SELECT fr.r, "
        "(SELECT string_agg((%(codes)s::text[])[k + 1], '+' ORDER BY k) FROM unnest(fr.held) "
        "AS k) AS controlled_by, fr.km, "
        "(%(codes)s::text[])[(%(measured)s::int[])[fr.other] + 1] AS nearest_other, "
        "fr.km[fr.other] AS nearest_other_km, "
        "CASE WHEN cardinality(fr.held) = 0 THEN fr.km[fr.other] "
        "WHEN fr.across IS NOT NULL THEN fr.front_m END AS front_km, "
        "CASE WHEN cardinality(fr.held) = 0 "
        "THEN (%(codes)s::text[])[(%(measured)s::int[])[fr.other] + 1] "
        "WHEN fr.across IS NULL THEN NULL ELSE pg_temp.sc_across(fr.held, "
        "(%(pair_a)s::int[])[fr.across], (%(pair_b)s::int[])[fr.across], %(codes)s::text[]) "
        "END AS front_faction, "
        "CASE WHEN fr.radius IS NULL THEN NULL ELSE (SELECT string_agg("
        "(%(codes)s::text[])[(%(measured)s::int[])[u.j] + 1], '+' ORDER BY u.j) "
        "FROM unnest(fr.km) WITH ORDINALITY AS u(km, j) WHERE u.km <= greatest(fr.radius, 0)) "
        "END AS possible_factions, "
        "CASE WHEN fr.radius IS NULL THEN NULL ELSE coalesce(("
        "SELECT count(*) FILTER (WHERE u.km = 0) = 1 "
        "AND count(*) FILTER (WHERE u.km <= greatest(fr.radius, 0)) = 1 "
        "AND min(CASE WHEN u.km = 0 THEN fr.border[(%(border_at)s::int[])[u.j]] END) "
        ">= greatest(fr.radius, 0) "
        "FROM unnest(fr.km) WITH ORDINALITY AS u(km, j)), false) END AS controlled_by_certain "
        "FROM fr"
    ).format(
        beyond=beyond,
        front_reach=sql.Literal(float(max_km) if max_km is not None else float("inf")),
    )


def across_function():
    """Who is across a front from a strike held by `held`: b, a, or 'a+b' when it holds both."""
    return sql.SQL(
        "CREATE FUNCTION pg_temp.sc_across(held int[], a int, b int, codes text[]) "
        "RETURNS text LANGUAGE sql IMMUTABLE AS $$ "
        "SELECT CASE WHEN held @> ARRAY[a] AND held @> ARRAY[b] "
        "THEN codes[a + 1] || '+' || codes[b + 1] "
        "WHEN held @> ARRAY[a] THEN codes[b + 1] ELSE codes[a + 1] END $$"
    )


# -- output ----------------------------------------------------------------------------------


def output_table(schema, table, strike_columns, answer_columns, geometry_column, geometry_as):
    """The new table: every strike column (the geometry named `geometry_as`), then the answers
    (named as the local engine names them), rows in the strikes' order."""
    picks = [
        sql.SQL("s.{} AS {}").format(
            sql.Identifier(c), sql.Identifier(geometry_as if c == geometry_column else c)
        )
        for c in strike_columns
    ]
    picks += [
        sql.SQL("{expr} AS {name}").format(expr=expr, name=sql.Identifier(name))
        for name, expr in answer_columns
    ]
    target = ident(schema, table) if schema else ident(table)
    return sql.SQL(
        "CREATE TABLE {target} AS SELECT {picks} FROM pg_temp.sc_strike AS s "
        "LEFT JOIN pg_temp.sc_answer AS a ON a.r = s.{row} ORDER BY s.{row}; "
        "CREATE INDEX ON {target} USING gist ({geom})"
    ).format(
        target=target,
        picks=sql.SQL(", ").join(picks),
        row=sql.Identifier(ROW),
        geom=sql.Identifier(geometry_as),
    )
