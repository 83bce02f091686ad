"""Processing provider and algorithms: adapt QGIS layers to the core engine."""
