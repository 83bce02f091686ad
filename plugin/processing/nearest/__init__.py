"""strikecheck:nearestfaction's parts: request, engines, result columns and messages."""
