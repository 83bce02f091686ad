"""The SQL of the answers per strike: nearest distances, controller, nearest other faction,
front, and what the location uncertainty leaves possible (columns named as the local engine's)."""

from __future__ import annotations

from psycopg2 import sql

from .sql_builder import ROW


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
