"""Bench cases on the real-shaped map (tests/realistic.py): StrikeCheck beside QGIS's own tools."""

import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Generated GeoPackages are kept here between runs (1M strikes take about two minutes to write).
DATA = ROOT / ".build" / "bench"


def data_files(n, seed):
    """(control, strikes) GeoPackages of the real-shaped case; written when missing."""
    from tests.realistic import write_control, write_strikes

    DATA.mkdir(parents=True, exist_ok=True)
    control = DATA / f"real_control_s{seed}.gpkg"
    strikes = DATA / f"real_strikes_n{n}_s{seed}.gpkg"
    for path, write in (
        (control, lambda p: write_control(p, seed)),
        (strikes, lambda p: write_strikes(p, n, seed + 1, seed)),
    ):
        if not path.exists():
            # Written aside and renamed: an interrupted run leaves no half file behind.
            part = path.with_suffix(".part.gpkg")
            write(part)
            os.replace(part, path)
    return control, strikes


def case_prepare(n, seed):
    """Writes the case's files (in its own process, so no case's peak memory includes it)."""
    start = time.perf_counter()
    data_files(n, seed)
    return {"seconds": time.perf_counter() - start}


def _layer(path, name):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    if not layer.isValid():
        raise RuntimeError(f"cannot open {path}")
    return layer


def _timed(algorithm, parameters):
    import processing

    start = time.perf_counter()
    processing.run(algorithm, parameters)
    return time.perf_counter() - start


def _nearest(strikes, control, fronts, output="TEMPORARY_OUTPUT"):
    return _timed(
        "strikecheck:nearestfaction",
        {
            "STRIKES": strikes,
            "CONTROL": control,
            "FACTION_FIELD": "faction",
            "FRONT_DISTANCE": fronts,
            "OUTPUT": output,
        },
    )


def _core(seed, n):
    """Core-only figures on the same map and strikes: point-in-territory and `analyse`."""
    import numpy as np
    import shapely

    from strikecheck.plugin.core.analysis import analyse
    from strikecheck.plugin.core.options import AnalysisOptions, ControlMap, StrikePoints
    from strikecheck.plugin.core.territory import Territories
    from tests.realistic import control_map, strikes

    codes, geometries = control_map(seed)
    lon, lat, _ = strikes(n, seed + 1, seed)
    start = time.perf_counter()
    territories = Territories.from_geometries(codes, geometries)
    built = time.perf_counter() - start
    start = time.perf_counter()
    inside = territories.contains(lon, lat)
    contains = time.perf_counter() - start
    figures = {"build_seconds": built, "contains_seconds": contains}
    figures["held"] = int(inside.any(axis=1).sum())
    for fronts in (False, True):
        start = time.perf_counter()
        analyse(
            ControlMap(codes, geometries),
            StrikePoints.of_points(lon, lat),
            AnalysisOptions(fronts=fronts),
        )
        figures[f"analyse_fronts_{str(fronts).lower()}_seconds"] = time.perf_counter() - start
    figures["vertices"] = int(shapely.get_num_coordinates(np.asarray(geometries)).sum())
    figures["features"] = len(codes)
    return figures


def case_real(n, seed):
    """QGIS's field calculator and join by location, and StrikeCheck, on the same GPKG files."""
    control_path, strikes_path = data_files(n, seed)
    control = _layer(control_path, "control")
    strikes = _layer(strikes_path, "strikes")
    figures = {"n": strikes.featureCount(), "features": control.featureCount()}
    figures["fieldcalculator_seconds"] = _timed(
        "native:fieldcalculator",
        {
            "INPUT": strikes,
            "FIELD_NAME": "checked",
            "FIELD_TYPE": 0,
            "FORMULA": "1.5",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    figures["join_seconds"] = _timed(
        "native:joinattributesbylocation",
        {
            "INPUT": strikes,
            "JOIN": control,
            "PREDICATE": [0],
            "JOIN_FIELDS": ["faction"],
            "METHOD": 0,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    figures["nearest_fronts_false_seconds"] = _nearest(strikes, control, False)
    figures["nearest_fronts_true_seconds"] = _nearest(strikes, control, True)
    figures.update(_core(seed, n))
    return figures


def case_real_million(n, seed):
    """Whole nearestfaction from GPKG to GPKG: wall time; the peak memory is the process's."""
    control_path, strikes_path = data_files(n, seed)
    output = DATA / f"real_out_n{n}.gpkg"
    output.unlink(missing_ok=True)
    control = _layer(control_path, "control")
    strikes = _layer(strikes_path, "strikes")
    before_mb = status_mb()
    seconds = _nearest(strikes, control, False, str(output))
    output.unlink(missing_ok=True)
    return {"seconds": seconds, "n": strikes.featureCount(), "qgis_started_mb": before_mb}


def case_real_peers(n, seed):
    """The peers on the same files: native:joinbynearest and GeoPandas's sjoin_nearest per
    faction, and nearestfaction (fronts off) in the same run, for the ratios."""
    import processing

    control_path, strikes_path = data_files(n, seed)
    control = _layer(control_path, "control")
    strikes = _layer(strikes_path, "strikes")
    figures = {"n": strikes.featureCount()}
    figures["nearest_seconds"] = _nearest(strikes, control, False)
    factions = sorted(control.uniqueValues(control.fields().lookupField("faction")))
    start = time.perf_counter()
    for faction in factions:
        territory = processing.run(
            "native:extractbyattribute",
            {"INPUT": control, "FIELD": "faction", "OPERATOR": 0, "VALUE": faction,
             "OUTPUT": "TEMPORARY_OUTPUT"},
        )["OUTPUT"]  # fmt: skip
        processing.run(
            "native:joinbynearest",
            {"INPUT": strikes, "INPUT_2": territory, "NEIGHBORS": 1, "OUTPUT": "TEMPORARY_OUTPUT"},
        )
    figures["joinbynearest_seconds"] = time.perf_counter() - start
    figures["factions"] = len(factions)
    figures.update(_geopandas(control_path, strikes_path))
    return figures


def _geopandas(control_path, strikes_path):
    """GeoPandas's figures from its own venv (benchmarks/peer_geopandas.py), prefixed."""
    import json
    import subprocess
    import sys

    python = ROOT / ".venv-peers" / "bin" / "python"
    done = subprocess.run(
        [str(python), str(ROOT / "benchmarks" / "peer_geopandas.py"), str(control_path),
         str(strikes_path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        print(done.stderr[-2000:], file=sys.stderr)
        return {}
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return {f"geopandas_{key}": value for key, value in figures.items()}


def status_mb(key="VmHWM"):
    """A memory figure of this process from /proc/self/status, MB: VmHWM its peak so far,
    VmRSS what it holds now (VmHWM, unlike ru_maxrss, starts afresh at exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{key}:"):
            return int(line.split()[1]) / 1024.0
    return float("nan")


CASES = {
    "prepare_real": case_prepare,
    "real": case_real,
    "real_million": case_real_million,
    "real_peers": case_real_peers,
}


def rows(real=None, million=None, peers=None):
    """Table rows (label, value, note) of the real-shaped cases that ran."""
    out = (_real_rows(real) if real else []) + (_million_rows(million) if million else [])
    return out + (_peer_rows(peers) if peers else [])


def _peer_rows(f):
    whole = f["nearest_seconds"]
    out = [
        (f"real-shaped, {f['n']:,} strikes, {f['factions']} factions: peers", "", ""),
        ("  nearestfaction FRONT_DISTANCE=false", f"{whole:.2f} s", "end to end"),
        ("  native:joinbynearest, per faction", f"{f['joinbynearest_seconds']:.2f} s", ""),
        ("    ratio joinbynearest / nearestfaction", f"{f['joinbynearest_seconds'] / whole:.1f}",
         "target >= 25"),
    ]  # fmt: skip
    if "geopandas_join_seconds" in f:
        gp = f["geopandas_join_seconds"]
        out += [
            ("  GeoPandas sjoin_nearest per faction (EPSG:3035)", f"{gp:.2f} s",
             f"+ {f['geopandas_read_seconds']:.2f} s reading; planar"),
            ("    ratio GeoPandas (joins) / nearestfaction", f"{gp / whole:.1f}", "target >= 8"),
            ("    GeoPandas peak memory", f"{f['geopandas_peak_mb']:.0f} MB", ""),
        ]  # fmt: skip
    return out


def _real_rows(f):
    out = [
        (
            f"real-shaped map: {f['features']} features, {f['vertices']:,} vertices; "
            f"{f['n']:,} strikes (GPKG, 30 fields)",
            "",
            "",
        ),
        ("  native:fieldcalculator (one field)", f"{f['fieldcalculator_seconds']:.2f} s", ""),
        ("  native:joinattributesbylocation", f"{f['join_seconds']:.2f} s", "(intersects)"),
        ("  point-in-territory (core, incl. index)", f"{f['contains_seconds']:.2f} s", ""),
        ("  territories build (core)", f"{f['build_seconds']:.2f} s", ""),
        (
            "  ratio point-in-territory / join",
            f"{f['contains_seconds'] / f['join_seconds']:.2f}",
            "target <= 2",
        ),
    ]
    for fronts in ("false", "true"):
        whole = f[f"nearest_fronts_{fronts}_seconds"]
        core = f[f"analyse_fronts_{fronts}_seconds"]
        out += [
            (f"  nearestfaction FRONT_DISTANCE={fronts}", f"{whole:.2f} s", ""),
            ("    core analyse alone", f"{core:.2f} s", ""),
            (
                "    ratio whole / fieldcalculator",
                f"{whole / f['fieldcalculator_seconds']:.1f}",
                "",
            ),
            (
                "    ratio read+write (whole - core) / fieldcalculator",
                f"{(whole - core) / f['fieldcalculator_seconds']:.1f}",
                "",
            ),
        ]
    return out


def _million_rows(million):
    return [
        (
            f"real-shaped, {million['n']:,} strikes GPKG -> GPKG: nearestfaction",
            f"{million['seconds']:.1f} s",
            "target < 30 s",
        ),
        (
            "  peak memory of the process",
            f"{million['peak_mb']:.0f} MB",
            f"target < 1200 MB (QGIS started: {million['qgis_started_mb']:.0f} MB)",
        ),
    ]
