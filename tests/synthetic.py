"""Seeded synthetic data: a Syria-sized control map of five factions, strikes in and around it."""

import numpy as np
import shapely
from scipy.spatial import Voronoi

FACTIONS = ("blue", "green", "orange", "purple", "red")
CENTRE = (38.8, 34.9)  # lon, lat: roughly the middle of Syria
HALF_SIZE = (3.3, 2.4)  # degrees of lon / lat: about 600 x 530 km
BBOX = (
    CENTRE[0] - HALF_SIZE[0],
    CENTRE[1] - HALF_SIZE[1],
    CENTRE[0] + HALF_SIZE[0],
    CENTRE[1] + HALF_SIZE[1],
)

# Where each faction's core lies, as fractions of the half size, and how far it reaches.
_CORES = {
    "blue": ((-0.75, 0.05), 1.0),
    "green": ((0.55, 0.55), 0.9),
    "orange": ((-0.45, 0.75), 0.6),
    "purple": ((0.35, -0.35), 1.1),
    "red": ((-0.55, -0.65), 0.7),
}


def _fractal(starts, ends, depth, roughness, rng):
    """Midpoint displacement of many straight lines at once: (n, 2**depth + 1, 2) polylines."""
    lines = np.stack([starts, ends], axis=1)
    for _ in range(depth):
        a, b = lines[:, :-1], lines[:, 1:]
        d = b - a
        normal = np.stack([-d[..., 1], d[..., 0]], axis=-1)
        mid = (a + b) / 2 + normal * rng.uniform(-roughness, roughness, d.shape[:2])[..., None]
        out = np.empty((lines.shape[0], 2 * lines.shape[1] - 1, 2))
        out[:, 0::2] = lines
        out[:, 1::2] = mid
        lines = out
    return lines


def _outline(rng, depth, n_base=36):
    """A country outline: a lobed oval with a fractal coastline and borders."""
    angle = np.linspace(0, 2 * np.pi, n_base, endpoint=False)
    radius = 1 + sum(
        rng.uniform(0.02, 0.08) * np.cos(k * angle + rng.uniform(0, 2 * np.pi)) for k in (2, 3, 5)
    )
    xy = np.c_[np.cos(angle) * radius * 0.97, np.sin(angle) * radius * 0.97]
    lines = _fractal(xy, np.roll(xy, -1, axis=0), depth, 0.18, rng)
    ring = np.concatenate([line[:-1] for line in lines])
    return shapely.make_valid(shapely.Polygon(ring))


def _cells(sites, depth, rng):
    """Voronoi cells of `sites` with fractal borders; a border is the same line for both sides."""
    far = np.array([[x, y] for x in (-9, 0, 9) for y in (-9, 0, 9) if (x, y) != (0, 0)], float)
    vor = Voronoi(np.vstack([sites, far]))
    keys = {}
    starts, ends = [], []
    for i, j in vor.ridge_vertices:
        if i >= 0 and j >= 0:
            keys[(min(i, j), max(i, j))] = len(starts)
            starts.append(vor.vertices[min(i, j)])
            ends.append(vor.vertices[max(i, j)])
    lines = _fractal(np.array(starts), np.array(ends), depth, 0.14, rng)
    cells = []
    for s in range(len(sites)):
        region = vor.regions[vor.point_region[s]]
        ring = []
        for i, j in zip(region, region[1:] + region[:1]):
            line = lines[keys[(min(i, j), max(i, j))]]
            ring.append(line[:-1] if i < j else line[::-1][:-1])
        cells.append(shapely.make_valid(shapely.Polygon(np.concatenate(ring))))
    return cells


def _field(rng, n_waves=6):
    """A smooth random field on the unit square, to bend the front lines."""
    k = rng.normal(0, 2.5, (n_waves, 2))
    phase = rng.uniform(0, 2 * np.pi, n_waves)
    amp = rng.uniform(0.05, 0.15, n_waves)
    return lambda xy: np.sum(amp * np.cos(xy @ k.T + phase), axis=1)


def syria_like_control(seed=0, n_sites=420, depth=7, enclaves=10, no_mans_land=0.05):
    """A control map: (codes, geometries), one Polygon (often with holes) per feature.

    About 600 x 530 km around Syria's centre, five factions (FACTIONS), fractal front lines shared
    exactly by both sides, enclaves (holes in the surrounding faction), gaps held by nobody, and
    exclaves. With the defaults it has about 45,000 vertices; `n_sites` and `depth` scale it
    down for brute-force checks. Deterministic for a given seed.
    """
    rng = np.random.default_rng(seed)
    outline = _outline(rng, depth)
    sites = rng.uniform(-1.05, 1.05, (n_sites, 2))
    cells = _cells(sites, depth, rng)
    bend = _field(rng)
    scores = []
    for code in FACTIONS:
        (cx, cy), reach = _CORES[code]
        scores.append(np.hypot(sites[:, 0] - cx, sites[:, 1] - cy) / reach + bend(sites + cx))
    owner = np.argmin(np.array(scores), axis=0)
    flip = rng.choice(n_sites, enclaves, replace=False)
    owner[flip] = (owner[flip] + rng.integers(1, len(FACTIONS), enclaves)) % len(FACTIONS)
    owner[rng.uniform(size=n_sites) < no_mans_land] = -1
    # Into lon/lat before the overlays, so that GEOS's valid output is what we hand over.
    to_lonlat = lambda xy: xy * HALF_SIZE + CENTRE  # noqa: E731
    outline = shapely.transform(outline, to_lonlat)
    cells = shapely.transform(np.asarray(cells, dtype=object), to_lonlat)
    codes, geometries = [], []
    for f, code in enumerate(FACTIONS):
        held = shapely.intersection(shapely.union_all(cells[owner == f]), outline)
        for part in shapely.get_parts(held):
            if part.geom_type == "Polygon" and part.area > 1e-6:
                codes.append(code)
                geometries.append(part)
    return codes, geometries


def strikes_around(n, seed=1, margin_deg=0.5, near=None, near_fraction=0.3):
    """(lon, lat) of `n` strikes in and around the control map's box; deterministic.

    Half fall uniformly over the box grown by `margin_deg`, the rest in town-sized clusters
    inside it. With `near=(codes, geometries)`, `near_fraction` of them fall within a few km of
    that map's borders instead, where the answer is hardest.
    """
    rng = np.random.default_rng(seed)
    lon = np.empty(n)
    lat = np.empty(n)
    n_near = int(n * near_fraction) if near is not None else 0
    n_uniform = (n - n_near) // 2
    n_town = n - n_near - n_uniform
    west, south, east, north = BBOX
    lon[:n_uniform] = rng.uniform(west - margin_deg, east + margin_deg, n_uniform)
    lat[:n_uniform] = rng.uniform(south - margin_deg, north + margin_deg, n_uniform)
    towns = np.c_[rng.uniform(west, east, 40), rng.uniform(south, north, 40)]
    pick = rng.integers(0, len(towns), n_town)
    spread = rng.uniform(0.01, 0.15, len(towns))[pick]
    town = slice(n_uniform, n_uniform + n_town)
    lon[town] = towns[pick, 0] + rng.normal(0, 1, n_town) * spread
    lat[town] = towns[pick, 1] + rng.normal(0, 1, n_town) * spread
    if n_near:
        xy = shapely.get_coordinates(shapely.boundary(np.asarray(near[1], dtype=object)))
        pick = rng.integers(0, len(xy), n_near)
        lon[n - n_near :] = xy[pick, 0] + rng.normal(0, 0.03, n_near)
        lat[n - n_near :] = xy[pick, 1] + rng.normal(0, 0.03, n_near)
    return lon, lat


def vertex_count(geometries):
    """Total number of vertices of a list of geometries."""
    return int(shapely.get_num_coordinates(np.asarray(geometries, dtype=object)).sum())
