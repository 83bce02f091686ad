#!/usr/bin/env bash
# Sourced by the Makefile's targets: points QGIS (desktop, qgis_process, PyQGIS) at this checkout.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$ROOT/.build"
mkdir -p "$BUILD/plugins" "$BUILD/qgis-config" "$BUILD/xdg"
chmod 700 "$BUILD/xdg"
# QGIS installs a plugin as a folder named after it; the checkout may be called anything.
ln -sfn "$ROOT" "$BUILD/plugins/strikecheck"
# QGIS's embedded Python is the system one: it sees the venv's packages through PYTHONPATH.
SITE="$("$ROOT/.venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
export PYTHONPATH="$SITE${PYTHONPATH:+:$PYTHONPATH}"
export QGIS_PLUGINPATH="$BUILD/plugins"
# A private QGIS profile: never touch the user's own settings.
export QGIS_CUSTOM_CONFIG_PATH="$BUILD/qgis-config"
export XDG_RUNTIME_DIR="$BUILD/xdg"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
# Debian 12's qgis_process wrapper passes an option qgis_process.bin rejects.
if [ -x /usr/bin/qgis_process.bin ]; then QGIS_PROCESS=/usr/bin/qgis_process.bin; else QGIS_PROCESS=qgis_process; fi
export QGIS_PROCESS
unset QGIS_OPTS
# Debian's pyproj finds PROJ's data by sys.prefix, which is the venv's: point it at the system's.
if [ -z "${PROJ_DATA:-}" ] && [ -f /usr/share/proj/proj.db ]; then export PROJ_DATA=/usr/share/proj; fi
