"""The analysis engine: shapely, numpy and pyproj only, no qgis import."""
