"""Strike layers into arrays: point parts in WGS84, dates as day numbers, precision in km."""

from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import QgsFeature, QgsFeatureRequest, QgsPoint

from .crs import to_wgs84
from .geometry import wkb_in_wgs84
from .progress import Stride
from .values import day_number, number
from .wkb import from_wkb


@dataclass
class StrikeParts:
    """Strike points in WGS84, one row per point part, and the feature each part belongs to."""

    fids: np.ndarray  # feature id of every strike feature, in reading order
    lon: np.ndarray
    lat: np.ndarray
    part_feature: np.ndarray  # index into fids of each part
    empty: int  # features with a NULL or empty geometry (kept, with NULL results)
    days: np.ndarray | None = None  # per feature: day number of `day_field` (NaN: undated)
    end_days: np.ndarray | None = None  # per feature: day number of `end_day_field` (NaN: none)
    numbers: np.ndarray | None = None  # per feature: float of `number_field` (NaN: none)


def read_strike_parts(
    source, context, feedback, day_field=None, number_field=None, end_day_field=None
):
    """Every strike feature's point parts in WGS84 (reading order = output order), with the
    day numbers of `day_field` and `end_day_field` (the last day of a date window) and the
    floats of `number_field` when they are named."""
    transform = to_wgs84(source, context)
    wanted = [name for name in (day_field, number_field, end_day_field) if name]
    indexes = [source.fields().lookupField(name) for name in wanted]
    request = QgsFeatureRequest()
    if indexes:
        request.setSubsetOfAttributes(indexes)
    else:
        request.setNoAttributes()
    fids, xs, ys, odd_rows, odd_wkbs = [], [], [], [], []
    days, numbers, end_days = [], [], []
    day_index = source.fields().lookupField(day_field) if day_field else -1
    end_index = source.fields().lookupField(end_day_field) if end_day_field else -1
    number_index = source.fields().lookupField(number_field) if number_field else -1
    stride = Stride(feedback, source.featureCount(), 0.0, 10.0)
    nan = float("nan")
    features, feature, i = source.getFeatures(request), QgsFeature(), -1
    while features.nextFeature(feature):  # one feature object refilled: no allocation each
        i += 1
        stride.at(i)
        fids.append(feature.id())
        geometry = feature.geometry()
        # A plain point in WGS84 needs no WKB round trip: its x and y are read directly
        # (several times faster for a million strikes). Anything else goes through WKB.
        point = geometry.constGet() if transform is None else None
        if type(point) is QgsPoint:
            xs.append(point.x())
            ys.append(point.y())
        else:
            xs.append(nan)
            ys.append(nan)
            odd_rows.append(i)
            odd_wkbs.append(wkb_in_wgs84(geometry, transform) if feature.hasGeometry() else None)
        if day_index >= 0:
            days.append(day_number(feature.attribute(day_index)))
        if number_index >= 0:
            numbers.append(number(feature.attribute(number_index)))
        if end_index >= 0:
            end_days.append(day_number(feature.attribute(end_index)))
    parts = _strike_parts(fids, xs, ys, odd_rows, odd_wkbs)
    parts.days = np.array(days, dtype=float) if day_index >= 0 else None
    parts.numbers = np.array(numbers, dtype=float) if number_index >= 0 else None
    parts.end_days = np.array(end_days, dtype=float) if end_index >= 0 else None
    return parts


def _strike_parts(fids, xs, ys, odd_rows, odd_wkbs):
    """StrikeParts from plain points (x, y; NaN, NaN when empty or not plain) and the WKB of
    the other features (rows odd_rows), parts in feature order as from_wkb would give them."""
    lon, lat = np.array(xs, dtype=float), np.array(ys, dtype=float)
    odd = np.zeros(lon.size, dtype=bool)
    odd[odd_rows] = True
    # shapely reads a point whose x and y are both NaN as POINT EMPTY: no part.
    plain = ~(np.isnan(lon) & np.isnan(lat)) & ~odd
    geometries = from_wkb(odd_wkbs)
    coords, index = shapely.get_coordinates(geometries, return_index=True)
    feature = np.concatenate([np.flatnonzero(plain), np.asarray(odd_rows, dtype=np.int64)[index]])
    order = np.argsort(feature, kind="stable")
    missing = shapely.is_missing(geometries) | shapely.is_empty(geometries)
    return StrikeParts(
        fids=np.asarray(fids, dtype=np.int64),
        lon=np.concatenate([lon[plain], coords[:, 0]])[order],
        lat=np.concatenate([lat[plain], coords[:, 1]])[order],
        part_feature=feature[order].astype(np.int64),
        empty=int((~plain & ~odd).sum() + np.count_nonzero(missing)),
    )
