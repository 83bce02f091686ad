"""The database engine: strikecheck:nearestfaction run as SQL inside PostGIS."""
