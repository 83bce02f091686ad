"""`make bench`'s database case: the same strikes and control map in PostGIS, both engines.

A throwaway PostgreSQL cluster (tests/pg_cluster.py) holds the synthetic Syria-sized control map
and the strikes; strikecheck:nearestfaction runs on those PostGIS layers with ENGINE=database
(answers written to a new table in the database) and ENGINE=local (the layers read through QGIS,
answers to a memory layer), default options (fronts on). Times, ratio and the largest difference
between the two engines' answers are returned.
"""

import io
import time

import numpy as np


def _load(conn, codes, geometries, lon, lat):
    import shapely

    with conn.cursor() as cur:
        cur.execute(
            "CREATE TABLE control (fid serial PRIMARY KEY, faction text, "
            "geom geometry(MultiPolygon, 4326))"
        )
        cur.executemany(
            "INSERT INTO control (faction, geom) VALUES (%s, ST_Multi(ST_GeomFromWKB(%s, 4326)))",
            [(c, shapely.to_wkb(g)) for c, g in zip(codes, geometries)],
        )
        cur.execute("CREATE TABLE strikes (id integer PRIMARY KEY, geom geometry(Point, 4326))")
        text = io.StringIO()
        for i, (x, y) in enumerate(zip(lon.tolist(), lat.tolist())):
            text.write(f"{i}\tSRID=4326;POINT({x!r} {y!r})\n")
        text.seek(0)
        cur.copy_expert("COPY strikes FROM STDIN", text)
        cur.execute("CREATE INDEX ON control USING gist (geom)")
        cur.execute("CREATE INDEX ON strikes USING gist (geom)")
        cur.execute("ANALYZE")


def _answers(conn, query):
    """{column: array} of an answer table, rows ordered by strike id."""
    with conn.cursor() as cur:
        cur.execute(query)
        names = [c.name for c in cur.description]
        rows = cur.fetchall()
    return {name: np.array([r[i] for r in rows], dtype=object) for i, name in enumerate(names)}


def _local_answers(layer):
    from qgis.core import QgsFeatureRequest

    from strikecheck.plugin.compat import REQUEST_NO_GEOMETRY

    names = layer.fields().names()
    rows = []
    for feature in layer.getFeatures(QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY)):
        rows.append([None if v is None or (hasattr(v, "isNull") and v.isNull()) else v
                     for v in feature.attributes()])  # fmt: skip
    rows.sort(key=lambda r: r[0])
    return {name: np.array([r[i] for r in rows], dtype=object) for i, name in enumerate(names)}


def case_database(n, seed):
    import processing
    from qgis.core import QgsVectorLayer

    from tests import pg_cluster
    from tests.synthetic import strikes_around, syria_like_control

    codes, geometries = syria_like_control(seed=seed)
    lon, lat = strikes_around(n, seed=seed + 1)
    cluster = pg_cluster.start()
    try:
        conn = cluster.connect(user=cluster.analyst)
        _load(conn, codes, geometries, lon, lat)
        strikes = QgsVectorLayer(cluster.qgis_uri("strikes", key="id").uri(False), "s", "postgres")
        control = QgsVectorLayer(cluster.qgis_uri("control", key="fid").uri(False), "c", "postgres")
        params = {"STRIKES": strikes, "CONTROL": control, "FACTION_FIELD": "faction"}
        destination = "postgres:" + cluster.qgis_uri("answers", key="id").uri(False)
        start = time.perf_counter()
        processing.run(
            "strikecheck:nearestfaction", {**params, "ENGINE": "database", "OUTPUT": destination}
        )
        database_s = time.perf_counter() - start
        start = time.perf_counter()
        local = processing.run(
            "strikecheck:nearestfaction",
            {**params, "ENGINE": "local", "OUTPUT": "TEMPORARY_OUTPUT"},
        )["OUTPUT"]
        local_s = time.perf_counter() - start
        theirs = _local_answers(local)
        ours = _answers(conn, "SELECT * FROM answers ORDER BY id")
        worst, pairs = 0.0, 0
        for name in theirs:
            if not name.endswith("_km"):
                continue
            a = np.array([np.nan if v is None else v for v in ours[name]], float)
            b = np.array([np.nan if v is None else v for v in theirs[name]], float)
            both = np.isfinite(a) & np.isfinite(b)
            pairs += int(both.sum())
            worst = max(worst, float(np.abs(a[both] - b[both]).max(initial=0.0)) * 1000.0)
            worst = worst if (np.isfinite(a) == np.isfinite(b)).all() else float("inf")
        mismatched = sum(
            int((ours[name] != theirs[name]).sum())
            for name in ("controlled_by", "nearest_other", "front_faction")
        )
        conn.close()
    finally:
        cluster.stop()
    return {
        "database_seconds": database_s,
        "local_seconds": local_s,
        "max_difference_m": worst,
        "distances_compared": pairs,
        "text_mismatches": mismatched,
        "postgresql": cluster.version,
    }


def rows(figures, n):
    """The lines bench.py prints for this case."""
    label = f"{n / 1e6:g}M" if n >= 1e6 else f"{n // 1000}k"
    return [
        (
            f"{label} strikes in PostGIS {figures['postgresql']}: ENGINE=database (to a table)",
            f"{figures['database_seconds']:.1f} s",
            "SQL in the database, fronts on",
        ),
        (
            f"{label} strikes in PostGIS: ENGINE=local (layers read through QGIS)",
            f"{figures['local_seconds']:.1f} s",
            "to a memory layer",
        ),
        (
            "  database / local time",
            f"{figures['database_seconds'] / figures['local_seconds']:.1f}x",
            "",
        ),
        (
            f"  largest difference database vs local ({figures['distances_compared']:,} km values)",
            f"{figures['max_difference_m']:.3f} m",
            f"target < 1 m; {figures['text_mismatches']} differing names",
        ),
    ]
