"""Processing tests' fixtures: QGIS's batch dialogs deleted after the test that made them."""

import pytest

from tests.processing.batch_dialog import close_dialogs


@pytest.fixture(autouse=True)
def _no_batch_dialog_left():
    yield
    close_dialogs()
