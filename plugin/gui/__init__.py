"""The dock panel and other widgets: they run Processing algorithms, nothing more."""
