"""Test set-up: makes the checkout importable as the package `strikecheck`, as QGIS installs it."""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _import_checkout_as_strikecheck():
    # The checkout folder may have any name; QGIS installs it as "strikecheck".
    if "strikecheck" in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(
        "strikecheck", ROOT / "__init__.py", submodule_search_locations=[str(ROOT)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["strikecheck"] = module
    spec.loader.exec_module(module)


_import_checkout_as_strikecheck()
