"""Test tables in the throwaway PostGIS, and QGIS layers reading them."""

import math

from psycopg2 import sql
from qgis.core import QgsVectorLayer


def create_table(conn, name, geometry, fields, rows, srid=4326, key="id", index=True):
    """public.<name>: `fields` [(name, SQL type)], a geometry column 'geom', `rows` as
    (wkt or None, [values]). The first field is the primary key when key is set."""
    columns = [
        sql.SQL("{} {}").format(sql.Identifier(field), sql.SQL(kind)) for field, kind in fields
    ]
    columns.append(sql.SQL("geom geometry({}, {})").format(sql.SQL(geometry), sql.Literal(srid)))
    if key:
        columns.append(sql.SQL("PRIMARY KEY ({})").format(sql.Identifier(key)))
    with conn.cursor() as cur:
        cur.execute(sql.SQL("DROP TABLE IF EXISTS {} CASCADE").format(sql.Identifier(name)))
        cur.execute(
            sql.SQL("CREATE TABLE {} ({})").format(
                sql.Identifier(name), sql.SQL(", ").join(columns)
            )
        )
        insert = sql.SQL("INSERT INTO {} VALUES ({}, ST_GeomFromText(%s, %s))").format(
            sql.Identifier(name), sql.SQL(", ").join([sql.Placeholder()] * len(fields))
        )
        for wkt, values in rows:
            cur.execute(insert, [*values, wkt, srid])
        if index:
            cur.execute(
                sql.SQL("CREATE INDEX ON {} USING gist (geom)").format(sql.Identifier(name))
            )


def indexes_of(conn, table):
    with conn.cursor() as cur:
        cur.execute("SELECT indexname FROM pg_indexes WHERE tablename = %s ORDER BY 1", (table,))
        return [r[0] for r in cur.fetchall()]


def table_exists(conn, table):
    with conn.cursor() as cur:
        cur.execute("SELECT to_regclass(%s) IS NOT NULL", (f'public."{table}"',))
        return cur.fetchone()[0]


def layer(postgis, table, key="id", name=None, sql_filter=""):
    uri = postgis.qgis_uri(table, key=key, sql=sql_filter)
    result = QgsVectorLayer(uri.uri(False), name or table, "postgres")
    assert result.isValid(), f"layer {table} is not valid"
    return result


def plain(value):
    """A QGIS attribute as plain Python (NULL -> None)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def assert_same_answers(database, local, key="id", tolerance_km=0.001):
    """Same fields, same rows, same text answers, numbers within `tolerance_km` (1 m)."""
    names = local.fields().names()
    assert database.fields().names() == names
    ours = {plain(f[key]): f for f in database.getFeatures()}
    theirs = {plain(f[key]): f for f in local.getFeatures()}
    assert ours.keys() == theirs.keys()
    worst = 0.0
    for row, feature in theirs.items():
        mine = ours[row]
        assert mine.geometry().asWkt(9) == feature.geometry().asWkt(9)
        for name in names:
            a, b = plain(mine[name]), plain(feature[name])
            if isinstance(b, float) and isinstance(a, float):
                assert math.isclose(a, b, abs_tol=tolerance_km), (row, name, a, b)
                worst = max(worst, abs(a - b))
            else:
                assert a == b, (row, name, a, b)
    return worst * 1000.0
