"""WGS84 geometry for the engine: Earth-centred coordinates, chord bounds, exact edge distances."""

from functools import partial

import numpy as np
from pyproj import Geod

from .parallel import run_all

A_KM = 6378.137
FLATTENING = 1 / 298.257223563
B_KM = A_KM * (1 - FLATTENING)
E2 = FLATTENING * (2 - FLATTENING)
# Largest radius of curvature of the ellipsoid (at the poles). Every normal section is at least
# as curved as a sphere of this radius, so the ellipsoid lies inside every such sphere touching
# it, and a surface path between two points is at least the arc of that sphere over their chord.
R_MAX_KM = A_KM * A_KM / B_KM
R_MIN_KM = B_KM * B_KM / A_KM  # smallest (meridian at the equator)

GEOD = Geod(ellps="WGS84")

# pyproj releases the GIL in Geod.inv: split over the engine's threads, large batches take
# nearly half the time.
_SPLIT = 20000


def ecef_km(lon, lat):
    """Earth-centred Earth-fixed coordinates (km) of geodetic lon/lat in degrees: (n, 3)."""
    lam = np.radians(np.asarray(lon, dtype=np.float64))
    phi = np.radians(np.asarray(lat, dtype=np.float64))
    sin_phi = np.sin(phi)
    cos_phi = np.cos(phi)
    n = A_KM / np.sqrt(1.0 - E2 * sin_phi * sin_phi)
    out = np.empty(lam.shape + (3,))
    out[..., 0] = n * cos_phi * np.cos(lam)
    out[..., 1] = n * cos_phi * np.sin(lam)
    out[..., 2] = n * (1.0 - E2) * sin_phi
    return out


def circle_curvature_bound(s_km):
    """Bound (1/km) of the curvature of WGS84 geodesic circles of radius s: the Hessian of the
    distance from a point. Bracketed by spheres of the extreme radii of curvature, with a 10%
    margin; checked against GeographicLib (second-order Taylor remainders over 40 km) on 400,000
    random cases from 100 to 19,000 km and 2 million near the antipode up to 19,800 km, where
    it held with 13% to spare. Beyond 19,800 km (near the antipode, where geodesics from the
    point cross) there is no bound: inf.
    """
    s = np.maximum(np.asarray(s_km, dtype=np.float64), 1e-9)
    with np.errstate(divide="ignore"):
        k = np.maximum(
            np.abs(1.0 / np.tan(s / R_MIN_KM)) / R_MIN_KM,
            np.abs(1.0 / np.tan(s / R_MAX_KM)) / R_MAX_KM,
        )
    return np.where(s < 19800.0, 1.1 * k + 1e-6, np.inf)


def geodesic_lower_bound_km(chord_km):
    """A WGS84 geodesic between points this far apart in a straight line is at least this long."""
    # minimum/maximum rather than np.clip: the same values, without clip's costly checks
    # (numpy 1.24) on the small arrays of a time-aware run's many snapshots.
    c = np.minimum(np.maximum(np.asarray(chord_km, dtype=np.float64), 0.0), 2.0 * R_MAX_KM)
    return 2.0 * R_MAX_KM * np.arcsin(c / (2.0 * R_MAX_KM))


def chord_for_geodesic_km(geodesic_km):
    """The inverse of `geodesic_lower_bound_km`: points closer (straight line) than this may be
    within this geodesic distance; points further cannot."""
    s = np.minimum(np.maximum(np.asarray(geodesic_km, dtype=np.float64), 0.0), np.pi * R_MAX_KM)
    return 2.0 * R_MAX_KM * np.sin(s / (2.0 * R_MAX_KM))


def _geod_inv(lon1, lat1, lon2, lat2):
    """GEOD.inv over 1-d float arrays, always giving arrays (azimuth 1->2, azimuth 2->1, metres).

    pyproj (3.6+) first tries its one-point path, which turns one-element arrays into floats:
    numpy 1.25+ warns about that and will refuse it. One-element input goes as lists instead,
    which the one-point path refuses at once, so pyproj takes its array path.
    """
    return _one_or_many(GEOD.inv, lon1, lat1, lon2, lat2)


def geod_fwd(lon, lat, azimuth, distance_m):
    """GEOD.fwd over 1-d float arrays, always giving arrays (lon, lat, back azimuth)."""
    return _one_or_many(GEOD.fwd, lon, lat, azimuth, distance_m)


def _one_or_many(function, *arrays):
    if np.size(arrays[0]) == 1:
        return tuple(
            np.asarray(r, dtype=np.float64)
            for r in function(*(np.ravel(a).tolist() for a in arrays))
        )
    return function(*arrays)


def _inv(args):
    lon1, lat1, lon2, lat2, azimuth = args
    az12, az21, dist = _geod_inv(lon1, lat1, lon2, lat2)
    return {None: None, "forward": az12, "back": az21}[azimuth], dist


def inverse(lon1, lat1, lon2, lat2, with_azimuth=False, back=False):
    """Exact geodesic (GeographicLib through pyproj): (azimuth deg or None, distance km).

    The azimuth is the forward one at point 1 with `with_azimuth`, or with `back` the one at
    point 2 looking back at point 1.
    """
    azimuth = "back" if back else ("forward" if with_azimuth else None)
    shape = np.broadcast_shapes(*(np.shape(a) for a in (lon1, lat1, lon2, lat2)))
    arrays = [
        np.ascontiguousarray(np.broadcast_to(a, shape), dtype=np.float64).ravel()
        for a in (lon1, lat1, lon2, lat2)
    ]
    n = arrays[0].size
    if n == 0:
        return (None if azimuth is None else np.empty(shape)), np.empty(shape)
    if n < _SPLIT:
        az, dist = _inv((*arrays, azimuth))
    else:
        half = n // 2
        jobs = [(*(a[:half] for a in arrays), azimuth), (*(a[half:] for a in arrays), azimuth)]
        (az1, d1), (az2, d2) = run_all([partial(_inv, job) for job in jobs])
        dist = np.concatenate([d1, d2])
        az = None if azimuth is None else np.concatenate([az1, az2])
    return (None if az is None else az.reshape(shape)), dist.reshape(shape) / 1000.0


def edge_point(alon, alat, blon, blat, t):
    """The point at parameter t of the lon/lat-straight edge a->b (the edge as QGIS draws it)."""
    return alon + t * (blon - alon), alat + t * (blat - alat)


def _at(plon, plat, alon, alat, blon, blat, t):
    return inverse(plon, plat, *edge_point(alon, alat, blon, blat, t))[1]


def _keep_better(best_s, best_t, s, t):
    better = s < best_s
    return np.where(better, s, best_s), np.where(better, t, best_t)


def closest_on_edges(plon, plat, alon, alat, blon, blat, t_guess, far, curved):
    """Exact geodesic km from each point p to its edge a->b, and the edge parameter reached.

    Every answer is the exact distance to a real point of the edge, so it can only be too long;
    the choice of that point decides by how much:
    - default: `t_guess` (the foot of p on the straight 3D chord a-b). The distance along the
      edge is flat at its minimum, so this is within millimetres up to ~2,000 km.
    - `far`: p's own azimuthal equidistant frame, where the geodesic inverse gives the ends'
      exact polar coordinates; the foot of p's image on the image of the edge.
    - `curved`: edges bent in 3D (near the poles, lon/lat lines are small circles): sampled and
      then golden-section search on the exact distance.
    """
    s = np.full(plon.shape, np.inf)
    t = np.zeros(plon.shape)
    plain = ~(far | curved)
    if plain.any():
        i = np.flatnonzero(plain)
        s[i] = _at(plon[i], plat[i], alon[i], alat[i], blon[i], blat[i], t_guess[i])
        t[i] = t_guess[i]
    i = np.flatnonzero(far & ~curved)
    if i.size:
        s[i], t[i] = _aeqd(plon[i], plat[i], alon[i], alat[i], blon[i], blat[i])
    i = np.flatnonzero(curved)
    if i.size:
        s[i], t[i] = _golden(plon[i], plat[i], alon[i], alat[i], blon[i], blat[i])
    return s, t


def _aeqd(plon, plat, alon, alat, blon, blat):
    az_a, s_a = inverse(plon, plat, alon, alat, with_azimuth=True)
    az_b, s_b = inverse(plon, plat, blon, blat, with_azimuth=True)
    ax, ay = s_a * np.sin(np.radians(az_a)), s_a * np.cos(np.radians(az_a))
    bx, by = s_b * np.sin(np.radians(az_b)), s_b * np.cos(np.radians(az_b))
    dx, dy = bx - ax, by - ay
    len2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.clip(np.where(len2 > 0, -(ax * dx + ay * dy) / len2, 0.0), 0.0, 1.0)
    s = _at(plon, plat, alon, alat, blon, blat, t)
    s, t = _keep_better(s, t, s_a, np.zeros_like(t))
    return _keep_better(s, t, s_b, np.ones_like(t))


_GOLDEN = (np.sqrt(5.0) - 1.0) / 2.0


def _golden(plon, plat, alon, alat, blon, blat, samples=17, steps=40):
    # A scan first: a bent edge may hold its distance maximum inside, so the function is not
    # unimodal over [0, 1]; it is around the best sample.
    grid = np.linspace(0.0, 1.0, samples)
    values = np.stack(
        [_at(plon, plat, alon, alat, blon, blat, np.full(plon.shape, g)) for g in grid]
    )
    k = np.argmin(values, axis=0)
    best_s = values[k, np.arange(plon.size)]
    best_t = grid[k]
    lo = grid[np.maximum(k - 1, 0)]
    hi = grid[np.minimum(k + 1, samples - 1)]
    x1 = hi - _GOLDEN * (hi - lo)
    x2 = lo + _GOLDEN * (hi - lo)
    f1 = _at(plon, plat, alon, alat, blon, blat, x1)
    f2 = _at(plon, plat, alon, alat, blon, blat, x2)
    for _ in range(steps):
        left = f1 < f2
        hi = np.where(left, x2, hi)
        lo = np.where(left, lo, x1)
        # The surviving inner point is reused, as in the textbook search: one inverse per step.
        new_x = np.where(left, hi - _GOLDEN * (hi - lo), lo + _GOLDEN * (hi - lo))
        new_f = _at(plon, plat, alon, alat, blon, blat, new_x)
        x1, f1, x2, f2 = (
            np.where(left, new_x, x2),
            np.where(left, new_f, f2),
            np.where(left, x1, new_x),
            np.where(left, f1, new_f),
        )
    best_s, best_t = _keep_better(best_s, best_t, f1, x1)
    return _keep_better(best_s, best_t, f2, x2)
