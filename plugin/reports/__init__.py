"""Reports: charts (matplotlib), the HTML page, its PDF, and how they are put together."""
