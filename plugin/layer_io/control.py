"""Control maps and front lines into arrays: one faction value and WGS84 geometry per feature."""

from dataclasses import dataclass

from qgis.core import QgsFeatureRequest

from .crs import to_wgs84
from .geometry import wkb_in_wgs84
from .progress import check_cancel
from .values import day_number, is_blank
from .wkb import from_wkb


@dataclass
class ControlFeatures:
    """The features of a control layer that name a faction, as the core takes them."""

    codes: list  # faction value per feature (text, stripped)
    geometries: list  # shapely, WGS84 (None where the feature has none)
    null_values: int  # features without a faction value (left out)
    days: list | None  # day number of the date field per feature (NaN: undated), or None


def read_control(source, field_name, context, feedback, date_field=None):
    """The control layer's features that name a faction (see ControlFeatures)."""
    transform = to_wgs84(source, context)
    index = source.fields().lookupField(field_name)
    date_index = source.fields().lookupField(date_field) if date_field else -1
    request = QgsFeatureRequest().setSubsetOfAttributes([i for i in (index, date_index) if i >= 0])
    values, wkbs, days = [], [], []
    null_values = 0
    for i, feature in enumerate(source.getFeatures(request)):
        if i % 5000 == 0:
            check_cancel(feedback)
        value = feature.attribute(index)
        if is_blank(value):
            null_values += 1
            continue
        values.append(str(value).strip())
        wkbs.append(wkb_in_wgs84(feature.geometry(), transform) if feature.hasGeometry() else None)
        if date_index >= 0:
            days.append(day_number(feature.attribute(date_index)))
    return ControlFeatures(
        values, list(from_wkb(wkbs)), null_values, days if date_index >= 0 else None
    )


def read_geometries(source, context, feedback):
    """Every feature's geometry in WGS84 as shapely (None where it has none)."""
    transform = to_wgs84(source, context)
    wkbs = []
    for i, feature in enumerate(source.getFeatures(QgsFeatureRequest().setNoAttributes())):
        if i % 5000 == 0:
            check_cancel(feedback)
        wkbs.append(wkb_in_wgs84(feature.geometry(), transform) if feature.hasGeometry() else None)
    return list(from_wkb(wkbs))


def read_front_lines(source, label_field, context, feedback):
    """(labels or None, WGS84 line geometries) of a front-line layer."""
    if label_field:
        lines = read_control(source, label_field, context, feedback)
        return lines.codes, lines.geometries
    return None, read_geometries(source, context, feedback)
