#!/usr/bin/env bash
# `make qgis`: QGIS desktop with StrikeCheck installed from this checkout and enabled (private profile).
set -euo pipefail
"$QGIS_PROCESS" plugins enable strikecheck >/dev/null 2>&1 || true
exec qgis "$@"
