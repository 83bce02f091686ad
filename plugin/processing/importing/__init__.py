"""What the importers read: text files line by line, KML/KMZ by StrikeCheck, the rest via QGIS."""
