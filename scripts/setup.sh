#!/usr/bin/env bash
# Sets up a fresh Debian 12/13 machine for StrikeCheck: QGIS from apt, a venv with pinned packages. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv
STAMP=$VENV/.setup-done

# System packages: QGIS with its Python bindings, a virtual screen for GUI tests, tools the tests use.
APT_PACKAGES="qgis python3-qgis qgis-providers python3-venv python3-pip python3-matplotlib \
  python3-pyproj python3-scipy python3-dev build-essential libgeos-dev \
  python3-arabic-reshaper python3-bidi \
  xvfb xauth imagemagick poppler-utils qttools5-dev-tools pyqt5-dev-tools"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
# PostgreSQL + PostGIS for the database engine (its tests start a throwaway cluster): the Debian
# release's own major version (15 on Debian 12, 17 on Debian 13), named by its postgresql package.
pg_major() {
  { dpkg-query -W -f='${Depends}\n' postgresql 2>/dev/null; apt-cache depends postgresql 2>/dev/null; } \
    | grep -oE 'postgresql-[0-9]+' | head -n1 | cut -d- -f2
}
# `|| true`: with empty apt lists (a fresh image) grep finds nothing, and set -e would stop here.
APT_UPDATED=""
PG_MAJOR=$(pg_major || true)
if [ -z "$PG_MAJOR" ]; then
  $SUDO apt-get update -qq; APT_UPDATED=1
  PG_MAJOR=$(pg_major || true)
fi
if [ -z "$PG_MAJOR" ]; then
  echo "setup: apt knows no postgresql package; check /etc/apt/sources.list" >&2
  exit 1
fi
APT_PACKAGES="$APT_PACKAGES postgresql postgresql-$PG_MAJOR-postgis-3 python3-psycopg2"
missing=""
for p in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing system packages:$missing"
  [ -n "$APT_UPDATED" ] || $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi

# PyQGIS binds to the system interpreter, so the venv is made from it and sees its packages.
if [ ! -x $VENV/bin/python ]; then
  echo "setup: creating $VENV"
  /usr/bin/python3 -m venv --system-site-packages $VENV
fi
if [ ! -f $STAMP ] || [ requirements.txt -nt $STAMP ] || [ requirements-dev.txt -nt $STAMP ]; then
  # Keep the system numpy: GDAL's and matplotlib's bindings are built against it.
  /usr/bin/python3 -c "import numpy; print('numpy==' + numpy.__version__)" > $VENV/constraints.txt
  echo "setup: installing Python packages (numpy pinned to the system's: $(cat $VENV/constraints.txt))"
  # shapely from source against the system GEOS: one GEOS per QGIS process (see requirements.txt).
  $VENV/bin/python -m pip install -q --disable-pip-version-check --no-binary shapely \
    -c $VENV/constraints.txt -r requirements-dev.txt
  touch $STAMP
fi
