"""What a nearest-faction analysis is asked: its options and inputs as typed values."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .vocabulary import RULE_NEAREST


@dataclass(frozen=True)
class AnalysisOptions:
    """How to measure. factions: the faction values to measure (None: all present)."""

    factions: tuple | None = None
    max_distance_km: float | None = None  # distances beyond it are NaN (and the search faster)
    with_nearest_points: bool = False  # also the nearest point of each faction (for lines)
    rule: str = RULE_NEAREST  # strikes before the first snapshot or undated (vocabulary.RULES)
    fronts: bool = True  # also front_km / front_faction
    front_tolerance_km: float = 0.5  # how close two factions' borders run to be one front


@dataclass
class ControlMap:
    """One faction code and lon/lat shapely geometry per control feature (a mixed code 'a+b' is
    territory of each member); days: optional snapshot day per feature (NaN: every snapshot)."""

    codes: list
    geometries: list
    days: np.ndarray | None = None


@dataclass
class StrikePoints:
    """Strike point parts in lon/lat and the feature each belongs to; per feature, an optional
    day (NaN: undated), last day of its date window (end_days; NaN or the day itself: one day)
    and location precision radius in km (NaN: unknown)."""

    lon: np.ndarray
    lat: np.ndarray
    part_feature: np.ndarray | None = None  # default: one part per feature
    n_features: int | None = None
    days: np.ndarray | None = None
    radius_km: np.ndarray | None = None
    end_days: np.ndarray | None = None

    @classmethod
    def of_points(cls, lon, lat, **kwargs):
        """One point per feature."""
        lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
        return cls(lon, lat, np.arange(lon.size), lon.size, **kwargs)


@dataclass
class FrontLines:
    """Drawn front lines to measure to instead of the borders between factions."""

    geometries: list
    labels: list | None = None  # a name per line (None: unnamed)
