"""QGIS attribute values as plain Python and back: NULL, dates, times."""

import datetime

from qgis.PyQt.QtCore import QDate, QDateTime, QTime


def is_null(value):
    """Whether a QGIS attribute is missing: None, a NULL QVariant or a null QDate/QDateTime."""
    if value is None:
        return True
    is_null_method = getattr(value, "isNull", None)
    return bool(is_null_method()) if callable(is_null_method) else False


def is_blank(value):
    """Missing, or text with nothing but spaces."""
    return is_null(value) or str(value).strip() == ""


def python_value(value):
    """A QGIS attribute as plain Python: NULL -> None, QDate -> date, QDateTime -> datetime."""
    if is_null(value):
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
    if isinstance(value, datetime.datetime):
        return QDateTime(value)
    if isinstance(value, datetime.date):
        return QDate(value.year, value.month, value.day)
    return value


# Julian day number of 1970-01-01: QDate.toJulianDay() minus this is the core's day number.
_JULIAN_1970 = 2440588


def as_date(value):
    """The calendar date of a QGIS or Python date, datetime or ISO text ('2015-09-30...');
    None when there is none."""
    if is_null(value):
        return None
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def day_number(value):
    """Days since 1970-01-01 (float, as core.timeline uses them) of what as_date reads; NaN
    when there is no date. QDates, the usual case, skip the Python date on the way."""
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return float(value.toJulianDay() - _JULIAN_1970) if value.isValid() else float("nan")
    date = as_date(value)
    return float("nan") if date is None else float((date - datetime.date(1970, 1, 1)).days)


def number(value):
    """A float of a number or numeric text; NaN when there is none."""
    if is_null(value):
        return float("nan")
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


# QVariant.Map, List and StringList, the same numbers as QMetaType's QVariantMap, QVariantList
# and QStringList (QGIS >= 3.38 types fields with QMetaType).
_NESTED_TYPES = (8, 9, 11)


def is_nested_field(field):
    """Whether a QgsField holds JSON objects or lists (GeoJSON), which GPKG cannot store."""
    kind = field.type()
    return int(getattr(kind, "value", kind)) in _NESTED_TYPES
