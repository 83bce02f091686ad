"""The one adapter between QGIS features and the core's arrays: geometries out, results back in."""

from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsLineString,
    QgsPoint,
    QgsProcessingException,
    QgsWkbTypes,
)

from ..core.nearest import Cancelled

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def _tr(text):
    from qgis.PyQt.QtCore import QCoreApplication

    return QCoreApplication.translate("StrikeCheck", text)


@dataclass
class StrikeParts:
    """Strike points in WGS84, one row per point part, and the feature each part belongs to."""

    fids: np.ndarray  # feature id of every strike feature, in reading order
    lon: np.ndarray
    lat: np.ndarray
    part_feature: np.ndarray  # index into fids of each part
    empty: int  # features with a NULL or empty geometry (kept, with NULL results)


def require_crs(source, label):
    """Stops with an actionable message when a layer has no (valid) CRS."""
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(
            _tr(
                "{label} has no coordinate reference system, so its positions cannot be "
                "measured. Set the layer's CRS (Layer Properties > Source) and run again."
            ).format(label=label)
        )


def _to_wgs84(source, context):
    crs = source.sourceCrs()
    if crs == WGS84:
        return None
    return QgsCoordinateTransform(crs, WGS84, context.transformContext())


def check_cancel(feedback):
    """Raises the core's Cancelled when the user pressed Cancel."""
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()


def _wkb_in_wgs84(geometry, transform):
    if geometry.isNull() or geometry.isEmpty():
        return None
    if transform is not None:
        geometry = QgsGeometry(geometry)  # never touch the feature the caller may reuse
        geometry.transform(transform)
    return bytes(geometry.asWkb())


def _from_wkb(wkb_list):
    array = np.array(wkb_list, dtype=object)
    try:  # shapely >= 2.1 closes the unclosed rings OGR can hand over
        geometries = shapely.from_wkb(array, on_invalid="fix")
    except (TypeError, ValueError):  # shapely 2.0: unreadable geometries become None (skipped)
        geometries = shapely.from_wkb(array, on_invalid="ignore")
    # The core works in 2D: Z and M play no part in who holds the ground.
    return shapely.force_2d(geometries)


def read_strike_parts(source, context, feedback, attribute_fields=()):
    """Every strike feature's point parts in WGS84 (reading order = output order), and the
    plain values of `attribute_fields` per feature ({name: [value, ...]})."""
    transform = _to_wgs84(source, context)
    indexes = [source.fields().lookupField(name) for name in attribute_fields]
    request = QgsFeatureRequest()
    if indexes:
        request.setSubsetOfAttributes(indexes)
    else:
        request.setNoAttributes()
    fids, xs, ys, odd_rows, odd_wkbs = [], [], [], [], []
    values = {name: [] for name in attribute_fields}
    total = max(source.featureCount(), 1)
    nan = float("nan")
    features, feature, i = source.getFeatures(request), QgsFeature(), -1
    while features.nextFeature(feature):  # one feature object refilled: no allocation each
        i += 1
        if i % 10000 == 0:
            check_cancel(feedback)
            feedback.setProgress(10.0 * i / total)
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
            odd_wkbs.append(_wkb_in_wgs84(geometry, transform) if feature.hasGeometry() else None)
        for name, index in zip(attribute_fields, indexes):
            values[name].append(python_value(feature.attribute(index)))
    return _strike_parts(fids, xs, ys, odd_rows, odd_wkbs), values


def _strike_parts(fids, xs, ys, odd_rows, odd_wkbs):
    """StrikeParts from plain points (x, y; NaN, NaN when empty or not plain) and the WKB of
    the other features (rows odd_rows), parts in feature order as from_wkb would give them."""
    lon, lat = np.array(xs, dtype=float), np.array(ys, dtype=float)
    odd = np.zeros(lon.size, dtype=bool)
    odd[odd_rows] = True
    # shapely reads a point whose x and y are both NaN as POINT EMPTY: no part.
    plain = ~(np.isnan(lon) & np.isnan(lat)) & ~odd
    geometries = _from_wkb(odd_wkbs)
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


def read_control(source, field_name, context, feedback, date_field=None):
    """(faction values, WGS84 shapely geometries, features without a value, dates) of the
    control layer; dates holds the plain value of `date_field` per returned feature, or None."""
    transform = _to_wgs84(source, context)
    index = source.fields().lookupField(field_name)
    date_index = source.fields().lookupField(date_field) if date_field else -1
    request = QgsFeatureRequest().setSubsetOfAttributes([i for i in (index, date_index) if i >= 0])
    values, wkbs, dates = [], [], []
    null_values = 0
    for i, feature in enumerate(source.getFeatures(request)):
        if i % 5000 == 0:
            check_cancel(feedback)
        value = feature.attribute(index)
        if (
            value is None
            or (hasattr(value, "isNull") and value.isNull())
            or str(value).strip() == ""
        ):
            null_values += 1
            continue
        values.append(str(value).strip())
        wkbs.append(_wkb_in_wgs84(feature.geometry(), transform) if feature.hasGeometry() else None)
        if date_index >= 0:
            dates.append(python_value(feature.attribute(date_index)))
    return values, list(_from_wkb(wkbs)), null_values, dates if date_index >= 0 else None


def read_geometries(source, context, feedback):
    """Every feature's geometry in WGS84 as shapely (None where it has none)."""
    transform = _to_wgs84(source, context)
    wkbs = []
    for i, feature in enumerate(source.getFeatures(QgsFeatureRequest().setNoAttributes())):
        if i % 5000 == 0:
            check_cancel(feedback)
        wkbs.append(_wkb_in_wgs84(feature.geometry(), transform) if feature.hasGeometry() else None)
    return list(_from_wkb(wkbs))


def source_geometry_type(source):
    """The geometry type (point/line/polygon) of a feature source."""
    return QgsWkbTypes.geometryType(source.wkbType())


def polyline_features(fields, coords_lonlat, attributes_list, transform_back):
    """QgsFeatures with WGS84 polylines (each an (n, 2) array) moved into the output CRS."""
    for coords, attributes in zip(coords_lonlat, attributes_list):
        geometry = QgsGeometry(QgsLineString(coords[:, 0].tolist(), coords[:, 1].tolist()))
        if transform_back is not None:
            geometry.transform(transform_back)
        feature = QgsFeature(fields)
        feature.setGeometry(geometry)
        feature.setAttributes(attributes)
        yield feature


def from_wgs84(crs, context):
    """Transform from WGS84 into `crs`, or None when `crs` is WGS84."""
    if crs == WGS84:
        return None
    return QgsCoordinateTransform(WGS84, crs, context.transformContext())


# -- tables for the importers: attributes as plain Python, point parts in WGS84 ----------------


def python_value(value):
    """A QGIS attribute as plain Python: NULL -> None, QDate -> date, QDateTime -> datetime."""
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toPyDateTime()
    if isinstance(value, QDate):
        return value.toPyDate()
    if isinstance(value, QTime):
        return value.toString("HH:mm:ss")
    return value


def qgis_value(value):
    """The reverse of python_value, for writing: date -> QDate, datetime -> QDateTime."""
    import datetime

    from qgis.PyQt.QtCore import QDate, QDateTime

    if isinstance(value, datetime.datetime):
        return QDateTime(value)
    if isinstance(value, datetime.date):
        return QDate(value.year, value.month, value.day)
    return value


@dataclass
class TableRows:
    """A layer's features as rows: plain values, raw text, and point parts in WGS84."""

    names: list
    fids: list
    values: list
    raw: list
    parts: list  # per row: [(lon, lat), ...], or None (no geometry); None when not points
    geometry_problems: dict  # row -> core Message


def raw_text(feature, names):
    """A feature written out for an error report: 'name=value | ... | geometry=WKT'."""
    pieces = [f"{name}={python_value(value)}" for name, value in zip(names, feature.attributes())]
    if feature.hasGeometry():
        pieces.append(f"geometry={feature.geometry().asWkt(7)}")
    return " | ".join(pieces)


def read_table_rows(source, context, feedback, keep=None):
    """Every feature (those `keep(feature)` accepts) as plain values plus WGS84 point parts."""
    from qgis.core import QgsCsException

    from ..core.messages import QT_TRANSLATE_NOOP, Message

    names = source.fields().names()
    with_points = source_geometry_type(source) == _point_type()
    transform = _to_wgs84(source, context) if with_points else None
    rows = TableRows(names, [], [], [], [] if with_points else None, {})
    total = max(source.featureCount(), 1)
    for i, feature in enumerate(source.getFeatures()):
        if i % 5000 == 0:
            check_cancel(feedback)
            feedback.setProgress(30.0 * i / total)
        if keep is not None and not keep(feature):
            continue
        row = len(rows.fids)
        rows.fids.append(feature.id())
        rows.values.append([python_value(v) for v in feature.attributes()])
        rows.raw.append(raw_text(feature, names))
        if not with_points:
            continue
        geometry = feature.geometry() if feature.hasGeometry() else None
        if geometry is None or geometry.isEmpty():
            rows.parts.append(None)
            continue
        try:
            if transform is not None:
                geometry = QgsGeometry(geometry)
                geometry.transform(transform)
        except QgsCsException:
            rows.parts.append(None)
            rows.geometry_problems[row] = Message(
                QT_TRANSLATE_NOOP(
                    "StrikeCheck", "the point cannot be transformed from the layer's CRS to WGS84"
                )
            )
            continue
        rows.parts.append([(v.x(), v.y()) for v in geometry.vertices()])
    return rows


def _point_type():
    from ..compat import GEOMETRY_POINT

    return GEOMETRY_POINT


def point_geometry(parts):
    """A QgsGeometry from WGS84 (lon, lat) parts: a point, or a multipoint for several."""
    from qgis.core import QgsPointXY

    if len(parts) == 1:
        return QgsGeometry.fromPointXY(QgsPointXY(*parts[0]))
    return QgsGeometry.fromMultiPointXY([QgsPointXY(lon, lat) for lon, lat in parts])


def extent_in_wgs84(rectangle, crs, context):
    """(xmin, ymin, xmax, ymax) in degrees of a rectangle given in `crs`."""
    if crs is not None and crs.isValid() and crs != WGS84:
        rectangle = QgsCoordinateTransform(
            crs, WGS84, context.transformContext()
        ).transformBoundingBox(rectangle)
    return (rectangle.xMinimum(), rectangle.yMinimum(), rectangle.xMaximum(), rectangle.yMaximum())
