"""QGIS layers in and out: the only code that reads or writes features (arrays for the core)."""
