"""Seeded real-shaped data: a fractal front across Ukraine's outline, ACLED-like strikes, GPKG."""

from pathlib import Path

import numpy as np
import shapely

WORLD_MAP = Path("/usr/share/qgis/resources/data/world_map.gpkg")
COUNTRY = "Ukraine"
FACTIONS = ("contested", "occupied", "ukraine")
# The front's rough course (lon, lat), north-east border to the Black Sea: the fractal bends it.
_FRONT = [
    (37.3, 51.0),
    (37.6, 50.5),
    (37.8, 50.0),
    (38.2, 49.1),
    (37.7, 48.3),
    (37.4, 47.9),
    (36.4, 47.6),
    (35.3, 47.4),
    (34.2, 47.2),
    (33.4, 46.8),
    (32.4, 46.4),
    (31.0, 45.9),
]
# Cities that draw the strikes away from the front: (lon, lat, weight).
_CITIES = [
    (30.52, 50.45, 5),
    (36.23, 49.99, 6),
    (35.05, 48.46, 3),
    (35.14, 47.84, 4),
    (30.73, 46.48, 4),
    (32.00, 46.97, 3),
    (24.03, 49.84, 1),
    (33.39, 47.91, 2),
    (34.56, 49.59, 2),
    (32.62, 46.64, 3),
    (34.80, 50.91, 3),
    (31.29, 51.49, 1),
    (28.47, 49.23, 1),
    (26.25, 50.62, 1),
    (32.26, 48.51, 1),
]
KM_PER_DEG = 111.2
START_DAY = 19723  # 2024-01-01 in days since 1970-01-01


def country_outline(name=COUNTRY, path=WORLD_MAP):
    """The country's (multi)polygon from QGIS's world map, read with GDAL's own Python."""
    from osgeo import ogr

    # Through OGR, not the GeoPackage blob by hand: releases store it differently (QGIS 3.40's
    # world map holds curve types that shapely cannot read as WKB).
    source = ogr.Open(str(path))
    layer = source.GetLayerByName("countries")
    layer.SetAttributeFilter(f"NAME = '{name}'")
    feature = layer.GetNextFeature()  # kept: its geometry lives inside it
    wkb = bytes(feature.GetGeometryRef().GetLinearGeometry().ExportToIsoWkb())
    del feature, layer, source
    return shapely.make_valid(shapely.from_wkb(wkb))


def _fractal_line(points, depth, roughness, rng):
    """Midpoint displacement of a polyline: every segment is halved `depth` times."""
    line = np.asarray(points, dtype=float)
    for _ in range(depth):
        a, b = line[:-1], line[1:]
        d = b - a
        normal = np.c_[-d[:, 1], d[:, 0]]
        mid = (a + b) / 2 + normal * rng.uniform(-roughness, roughness, (len(d), 1))
        out = np.empty((2 * len(line) - 1, 2))
        out[0::2], out[1::2] = line, mid
        line = out
    return line


def _blob(centre, radius, rng, depth=5):
    """A small fractal blob (a contested area or an enclave) around `centre`, radius degrees."""
    angle = np.sort(rng.uniform(0, 2 * np.pi, 7))
    r = radius * rng.uniform(0.6, 1.2, 7)
    ring = np.c_[centre[0] + r * np.cos(angle), centre[1] + r * np.sin(angle)]
    ring = _fractal_line(np.vstack([ring, ring[:1]]), depth, 0.15, rng)
    return shapely.make_valid(shapely.Polygon(ring))


def _tiles(side, step, faction, rng):
    """A side cut into grid tiles (one feature each), as a real map's many features are."""
    x0, y0, x1, y1 = side.bounds
    xs = np.arange(x0, x1 + step, step) + rng.uniform(-0.1, 0.1)
    ys = np.arange(y0, y1 + step, step) + rng.uniform(-0.1, 0.1)
    boxes = shapely.box(*np.meshgrid(xs[:-1], ys[:-1]), *np.meshgrid(xs[1:], ys[1:]))
    pieces = shapely.intersection(side, boxes.ravel())
    codes, geometries = [], []
    for piece in pieces:
        for part in shapely.get_parts(piece):
            if part.geom_type == "Polygon" and part.area > 1e-6:
                codes.append(faction)
                geometries.append(part)
    return codes, geometries


def _axis(u):
    """Points and unit normals of a smooth curve through _FRONT (Catmull-Rom), u in [0, 1]."""
    p = np.asarray(_FRONT, dtype=float)
    p = np.vstack([2 * p[0] - p[1], p, 2 * p[-1] - p[-2]])
    s = u * (len(_FRONT) - 1)
    i = np.minimum(s.astype(int), len(_FRONT) - 2)
    t = (s - i)[:, None]
    p0, p1, p2, p3 = p[i], p[i + 1], p[i + 2], p[i + 3]
    xy = 0.5 * (
        2 * p1
        + (p2 - p0) * t
        + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t**2
        + (3 * p1 - p0 - 3 * p2 + p3) * t**3
    )
    d = 0.5 * (
        (p2 - p0) + 2 * (2 * p0 - 5 * p1 + 4 * p2 - p3) * t + 3 * (3 * p1 - p0 - 3 * p2 + p3) * t**2
    )
    normal = np.c_[-d[:, 1], d[:, 0]] / np.hypot(d[:, 0], d[:, 1])[:, None]
    return xy, normal


def _offsets(seed, depth, amplitude=0.12, hurst=0.7):
    """A 1-D midpoint-displacement profile (degrees across the axis), 2**depth + 1 samples."""
    rng = np.random.default_rng(seed)
    v = np.zeros(2)
    scale = amplitude
    for _ in range(depth):
        mid = (v[:-1] + v[1:]) / 2 + rng.normal(0, scale, v.size - 1)
        out = np.empty(2 * v.size - 1)
        out[0::2], out[1::2] = v, mid
        v = out
        scale *= 0.5**hurst
    return v


def _across(seed, depth):
    u = np.linspace(0, 1, 2**depth + 1)
    xy, normal = _axis(u)
    return xy, normal, _offsets(seed, depth)


def front_line(seed=0, depth=14):
    """The front as a LineString (2**depth + 1 vertices): a rough profile across a smooth axis,
    so that curves offset from it never cross it (belts stay apart); deterministic per seed."""
    xy, normal, v = _across(seed, depth)
    return shapely.LineString(xy + v[:, None] * normal)


def _belts(seed, depth, n_belts, rng, step=8, cut=256):
    """Thin contested belts parallel to the front, each along a long stretch of it, drawn as
    short features (`cut` samples each) sharing their ends: merged per faction they become
    long shapes whose boxes hold most strikes near the front, as the zones of a real map do."""
    xy, normal, v = _across(seed, depth)
    xy, normal, v = xy[::step], normal[::step], v[::step]
    near = np.r_[
        np.linspace(-0.3, -0.02, n_belts // 2), np.linspace(0.02, 0.3, n_belts - n_belts // 2)
    ]
    belts = []
    for a in near:
        width = rng.uniform(0.004, 0.012)
        start = rng.integers(0, len(v) // 4)
        stop = len(v) - rng.integers(0, len(v) // 4)
        low = xy + (v + a)[:, None] * normal
        high = xy + (v + a + width)[:, None] * normal
        for i in range(start, stop - 1, cut):
            k = slice(i, min(i + cut, stop - 1) + 1)
            belts.append(shapely.Polygon(np.vstack([low[k], high[k][::-1]])))
    return belts


def control_map(seed=0, depth=14, n_contested=100, n_enclaves=120, n_belts=40, tile_deg=0.7):
    """(codes, geometries): the country split by the front into 'occupied' (east, with Crimea)
    and 'ukraine' (west), both cut into tiles, plus 'contested' blobs and belts along the front
    and small enclaves of each side inside the other. Hundreds of features (about 550 with the
    defaults); deterministic per seed."""
    rng = np.random.default_rng(seed)
    country = country_outline()
    xy = shapely.get_coordinates(front_line(seed, depth))
    # East of the front: the front closed round the far east (beyond the country).
    east = shapely.Polygon(np.vstack([xy, [(45, 44), (50, 44), (50, 56), (36, 56), xy[0]]]))
    east = shapely.make_valid(east)
    occupied = shapely.intersection(country, east)
    codes, geometries = [], []
    for side, faction in ((occupied, "occupied"), (shapely.difference(country, east), "ukraine")):
        c, g = _tiles(side, tile_deg, faction, rng)
        codes += c
        geometries += g
    for centre in xy[rng.integers(0, len(xy), n_contested)]:
        blob = shapely.intersection(_blob(centre, rng.uniform(0.02, 0.12), rng), country)
        blob = shapely.union_all([p for p in shapely.get_parts(blob) if p.geom_type == "Polygon"])
        if not blob.is_empty:
            codes.append("contested")
            geometries.append(blob)
    for belt in _belts(seed, depth, n_belts, rng):
        codes.append("contested")
        geometries.append(shapely.intersection(shapely.make_valid(belt), country))
    centres = xy[rng.integers(0, len(xy), n_enclaves)] + rng.normal(0, 0.25, (n_enclaves, 2))
    for centre in centres:
        inside = "occupied" if shapely.intersects_xy(occupied, *centre) else "ukraine"
        codes.append("ukraine" if inside == "occupied" else "occupied")
        geometries.append(_blob(centre, rng.uniform(0.005, 0.03), rng, depth=4))
    return codes, geometries


def strikes(n, seed=1, front_seed=0, front_fraction=0.7, front_km=20.0, days=366):
    """(lon, lat, day) of `n` strikes: `front_fraction` within `front_km` of the front, the rest
    in clusters round cities; days (since 1970-01-01) spread over `days` from 2024-01-01."""
    rng = np.random.default_rng(seed)
    xy = shapely.get_coordinates(front_line(front_seed))
    n_front = int(n * front_fraction)
    # Along the front by length, across it by up to front_km (in degrees of lat; lon scaled).
    seg = np.hypot(*(xy[1:] - xy[:-1]).T)
    cum = np.r_[0, np.cumsum(seg)]
    s = rng.uniform(0, cum[-1], n_front)
    i = np.minimum(np.searchsorted(cum, s, side="right") - 1, len(seg) - 1)
    t = ((s - cum[i]) / np.maximum(seg[i], 1e-12))[:, None]
    base = xy[i] + t * (xy[i + 1] - xy[i])
    offset = rng.uniform(-1, 1, (n_front, 2)) * front_km / KM_PER_DEG / np.sqrt(2)
    offset[:, 0] /= np.cos(np.radians(base[:, 1]))
    cities = np.array(_CITIES, dtype=float)
    pick = rng.choice(len(cities), n - n_front, p=cities[:, 2] / cities[:, 2].sum())
    spread = rng.uniform(0.02, 0.12, len(cities))[pick, None]
    town = cities[pick, :2] + rng.normal(0, 1, (n - n_front, 2)) * spread
    points = np.vstack([base + offset, town])[rng.permutation(n)]
    day = START_DAY + rng.integers(0, days, n)
    return points[:, 0], points[:, 1], day


_EVENTS = [
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
]
_ACTORS = ["Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)"]
_SOURCES = ["Ukrinform", "Ministry of Defence of Ukraine", "Suspilne Media", "Telegram"]
# ACLED export columns (name, OGR type name): a realistic amount of text to read and write.
ACLED_FIELDS = [
    ("event_id_cnty", "String"),
    ("event_date", "Date"),
    ("year", "Integer"),
    ("time_precision", "Integer"),
    ("disorder_type", "String"),
    ("event_type", "String"),
    ("sub_event_type", "String"),
    ("actor1", "String"),
    ("assoc_actor_1", "String"),
    ("inter1", "Integer"),
    ("actor2", "String"),
    ("assoc_actor_2", "String"),
    ("inter2", "Integer"),
    ("interaction", "Integer"),
    ("civilian_targeting", "String"),
    ("iso", "Integer"),
    ("region", "String"),
    ("country", "String"),
    ("admin1", "String"),
    ("admin2", "String"),
    ("admin3", "String"),
    ("location", "String"),
    ("latitude", "Real"),
    ("longitude", "Real"),
    ("geo_precision", "Integer"),
    ("source", "String"),
    ("source_scale", "String"),
    ("notes", "String"),
    ("fatalities", "Integer"),
    ("timestamp", "Integer64"),
]


def acled_rows(lon, lat, day, seed=2):
    """Attribute values of each strike, one list per ACLED_FIELDS column (dates as ISO text)."""
    rng = np.random.default_rng(seed)
    n = len(lon)
    event = rng.integers(0, len(_EVENTS), n)
    actor = rng.integers(0, 2, n)
    source = rng.integers(0, len(_SOURCES), n)
    dates = np.datetime_as_string(np.asarray(day, dtype="datetime64[D]"), unit="D")
    precision = rng.choice([1, 1, 1, 2, 3], n)
    fatalities = rng.poisson(0.4, n)
    rows = []
    for i in range(n):
        kind, sub = _EVENTS[event[i]]
        rows.append(
            [
                f"UKR{100000 + i}",
                str(dates[i]),
                int(str(dates[i])[:4]),
                int(precision[i]),
                "Political violence",
                kind,
                sub,
                _ACTORS[actor[i]],
                "",
                8,
                _ACTORS[1 - actor[i]] if kind == "Battles" else "Civilians (Ukraine)",
                "",
                8 if kind == "Battles" else 7,
                88 if kind == "Battles" else 87,
                "" if kind == "Battles" else "Civilian targeting",
                804,
                "Europe",
                "Ukraine",
                "Oblast",
                "Raion",
                "Hromada",
                f"Place {i % 997}",
                float(lat[i]),
                float(lon[i]),
                int(precision[i]),
                _SOURCES[source[i]],
                "National",
                f"On {dates[i]}, {sub.lower()} hit near Place {i % 997}; {fatalities[i]} killed.",
                int(fatalities[i]),
                1_700_000_000 + i,
            ]
        )
    return rows


def _create_layer(path, name, geometry_type, fields):
    from osgeo import ogr, osr

    ogr.UseExceptions()
    Path(path).unlink(missing_ok=True)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = source.CreateLayer(name, srs, geometry_type)
    for field, kind in fields:
        layer.CreateField(ogr.FieldDefn(field, getattr(ogr, f"OFT{kind}")))
    return source, layer


def _write(layer, wkbs, rows):
    from osgeo import ogr

    defn = layer.GetLayerDefn()
    # One transaction: a GeoPackage commits per feature otherwise (minutes for 1M).
    layer.StartTransaction()
    for wkb, row in zip(wkbs, rows):
        feature = ogr.Feature(defn)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
        for k, value in enumerate(row):
            feature.SetField(k, value)
        layer.CreateFeature(feature)
    layer.CommitTransaction()


def write_control(path, seed=0):
    """The control map as a GeoPackage layer 'control' (faction, since); returns the path."""
    from osgeo import ogr

    codes, geometries = control_map(seed)
    source, layer = _create_layer(
        path, "control", ogr.wkbMultiPolygon, [("faction", "String"), ("since", "Date")]
    )
    multi = [shapely.MultiPolygon(list(shapely.get_parts(g))) for g in geometries]
    wkbs = shapely.to_wkb(np.asarray(multi, dtype=object))
    _write(layer, wkbs, [[code, "2024-01-01"] for code in codes])
    del source  # closes the file
    return Path(path)


def write_strikes(path, n, seed=1, front_seed=0):
    """`n` strikes as a GeoPackage layer 'strikes' with ACLED_FIELDS; returns the path."""
    from osgeo import ogr

    lon, lat, day = strikes(n, seed, front_seed)
    source, layer = _create_layer(path, "strikes", ogr.wkbPoint, ACLED_FIELDS)
    _write(layer, shapely.to_wkb(shapely.points(lon, lat)), acled_rows(lon, lat, day, seed + 1))
    del source  # closes the file
    return Path(path)
