"""Runs qgis_process from tests, the way a user's shell would (see scripts/qgis-env.sh)."""

import os
import shutil
import subprocess

QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")


def qgis_process(*args):
    """The finished qgis_process run; Debian 12's wrapper options are kept out of it."""
    env = dict(os.environ)
    env.pop("QGIS_OPTS", None)
    return subprocess.run(
        [QGIS_PROCESS, *args], capture_output=True, text=True, env=env, timeout=300
    )


def enable_plugin():
    """Enables StrikeCheck in qgis_process's profile (fine when it already is)."""
    if "QGIS_PLUGINPATH" not in os.environ:
        raise AssertionError(
            "run the tests through `make test` (scripts/qgis-env.sh sets up QGIS paths)"
        )
    done = qgis_process("plugins", "enable", "strikecheck")
    assert done.returncode == 0 or "already enabled" in done.stderr, done.stderr
