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


import pytest  # noqa: E402


@pytest.fixture(scope="session")
def strikecheck_plugin(qgis_app, qgis_processing):
    """The plugin object with its Processing provider registered, as QGIS does at start-up."""
    import strikecheck

    plugin = strikecheck.classFactory(None)
    plugin.initProcessing()
    yield plugin
    plugin.unload()


@pytest.fixture()
def run_alg(strikecheck_plugin):
    """processing.run with a fresh context; returns the result dict."""
    import processing

    def run(algorithm_id, parameters, feedback=None):
        from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(
            algorithm_id, parameters, context=context, feedback=feedback or QgsProcessingFeedback()
        )

    return run
