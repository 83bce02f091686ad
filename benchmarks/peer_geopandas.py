"""GeoPandas on StrikeCheck's job: sjoin_nearest per faction in one projection (run in .venv-peers).

Prints one JSON line: seconds reading the files, projecting, joining; peak memory. Planar in
EPSG:3035 (LAEA Europe), the way an analyst would do it with GeoPandas; no geodesic answer.
"""

import json
import sys
import time

import geopandas
from bench_real import status_mb  # no QGIS import: it runs in the peers' venv too


def main(control_path, strikes_path):
    start = time.perf_counter()
    control = geopandas.read_file(control_path, layer="control", engine="pyogrio")
    strikes = geopandas.read_file(strikes_path, layer="strikes", engine="pyogrio")
    read = time.perf_counter() - start
    start = time.perf_counter()
    control, strikes = control.to_crs(3035), strikes.to_crs(3035)
    result = strikes[["geometry"]].copy()
    for faction in sorted(control["faction"].dropna().unique()):
        territory = control.loc[control["faction"] == faction, ["geometry"]]
        joined = geopandas.sjoin_nearest(strikes[["geometry"]], territory, distance_col="d")
        # Ties give one row per polygon: the first per strike is its distance.
        result[f"{faction}_km"] = joined["d"].groupby(level=0).first() / 1000.0
    joins = time.perf_counter() - start
    peak = status_mb()  # VmHWM, not ru_maxrss: that carries the parent's peak over exec
    figures = {"read_seconds": read, "join_seconds": joins, "peak_mb": peak}
    figures["factions"] = int(control["faction"].nunique())
    figures["n"] = len(strikes)
    print(json.dumps(figures), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
