"""Print layouts: the StrikeCheck map template, its context layers, filling and export."""
