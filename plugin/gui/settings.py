"""The panel's remembered choices, kept in QgsSettings under strikecheck/."""

from qgis.core import QgsSettings

_PREFIX = "strikecheck/"


def value(key, default=None, kind=str):
    """A stored setting converted to `kind`, or `default` when absent or unreadable."""
    raw = QgsSettings().value(_PREFIX + key, default)
    if raw is None:
        return default
    if kind is bool:
        return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
    try:
        return kind(raw)
    except (TypeError, ValueError):
        return default


def set_value(key, stored):
    QgsSettings().setValue(_PREFIX + key, stored)
