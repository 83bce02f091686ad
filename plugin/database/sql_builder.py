"""The SQL of the database engine's inputs and output: every identifier quoted, every value a
parameter (the nearest search is in sql_targets.py, the answers per strike in sql_answers.py).

Definitions follow the local engine (plugin/core): a strike is held by every faction whose
territory covers it in lon/lat; control geometries are repaired as the local engine repairs them.

Everything is created as TEMP objects (PostgreSQL's per-session temporary schema): they vanish
with the session, and the user's tables are only read.
"""

from __future__ import annotations

from dataclasses import dataclass

from psycopg2 import sql

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
