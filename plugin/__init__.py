"""StrikeCheck: the plugin code (core engine, Processing algorithms, GUI)."""
