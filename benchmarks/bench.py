"""`make bench`: StrikeCheck against QGIS's own tools, speed, memory and accuracy.

Each case runs in its own process so its peak memory is its own. Figures and ratios are printed
side by side in one table; nothing here asserts a time. Groups of cases to run are chosen by
name in BENCH_CASES or on the command line (`BENCH_CASES=real,million make bench`); all of them
by default (the database group alone takes about 25 minutes).
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def _synthetic(n_strikes, seed):
    from tests.synthetic import strikes_around, syria_like_control

    codes, geometries = syria_like_control(seed=seed)
    lon, lat = strikes_around(n_strikes, seed=seed + 1)
    return codes, geometries, lon, lat


def _layers(codes, geometries, lon, lat):
    import shapely
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    control = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=faction:string", "control", "memory")
    feats = []
    for code, geometry in zip(codes, geometries):
        f = QgsFeature(control.fields())
        g = QgsGeometry()
        g.fromWkb(shapely.to_wkb(geometry))
        f.setGeometry(g)
        f.setAttributes([code])
        feats.append(f)
    control.dataProvider().addFeatures(feats)
    strikes = QgsVectorLayer("Point?crs=EPSG:4326&field=id:integer", "strikes", "memory")
    # Added 10,000 at a time: a list of a million Python features would be the case's peak.
    for begin in range(0, lon.size, 10_000):
        feats = []
        for i, (x, y) in enumerate(zip(lon[begin : begin + 10_000].tolist(),
                                       lat[begin : begin + 10_000].tolist()), begin):  # fmt: skip
            f = QgsFeature(strikes.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            f.setAttributes([i])
            feats.append(f)
        strikes.dataProvider().addFeatures(feats)
    return control, strikes


def _vertices(geometries):
    import shapely

    return int(sum(shapely.get_num_coordinates(g) for g in geometries))


def case_strikecheck(n, seed):
    import processing

    from strikecheck.plugin.core.collector import release_free_memory
    from strikecheck.plugin.core.nearest import nearest_factions
    from strikecheck.plugin.core.territory import Territories

    codes, geometries, lon, lat = _synthetic(n, seed)
    start = time.perf_counter()
    territories = Territories.from_geometries(codes, geometries)
    nearest_factions(territories, lon, lat)
    engine = time.perf_counter() - start
    # The engine-alone run's garbage is no user's: handed back before the measured run.
    release_free_memory()
    control, strikes = _layers(codes, geometries, lon, lat)
    held_mb = status_mb("VmRSS")  # QGIS, the generator's arrays and the input layers
    start = time.perf_counter()
    processing.run(
        "strikecheck:nearestfaction",
        {
            "STRIKES": strikes,
            "CONTROL": control,
            "FACTION_FIELD": "faction",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    total = time.perf_counter() - start
    return {
        "seconds": total,
        "engine_seconds": engine,
        "vertices": _vertices(geometries),
        "before_run_mb": held_mb,
    }


def case_native(n, seed):
    import processing

    codes, geometries, lon, lat = _synthetic(n, seed)
    control, strikes = _layers(codes, geometries, lon, lat)
    per_faction = {}
    for code in sorted(set(codes)):
        per_faction[code] = processing.run(
            "native:extractbyattribute",
            {
                "INPUT": control,
                "FIELD": "faction",
                "OPERATOR": 0,
                "VALUE": code,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )["OUTPUT"]
    start = time.perf_counter()
    for layer in per_faction.values():
        processing.run(
            "native:joinbynearest",
            {"INPUT": strikes, "INPUT_2": layer, "NEIGHBORS": 1, "OUTPUT": "TEMPORARY_OUTPUT"},
        )
    return {"seconds": time.perf_counter() - start, "factions": len(per_faction)}


def case_accuracy(n, seed):
    import numpy as np
    import shapely

    from strikecheck.plugin.core.nearest import nearest_factions
    from strikecheck.plugin.core.territory import Territories
    from tests.reference import brute_force_km

    codes, geometries, lon, lat = _synthetic(n, seed)
    result = nearest_factions(Territories.from_geometries(codes, geometries), lon, lat)
    merged = {
        code: shapely.union_all([g for c, g in zip(codes, geometries) if c == code])
        for code in result.factions
    }
    worst = 0.0
    for i in range(n):
        for j, code in enumerate(result.factions):
            if result.inside[i, j]:
                continue
            expected = brute_force_km(lon[i], lat[i], merged[code])
            worst = max(worst, abs(result.dist_km[i, j] - expected) * 1000.0)
    return {"max_error_m": worst, "pairs": int((~result.inside).sum()), "n": int(np.size(lon))}


def case_snapshots(n, seed, snapshots=1000, fronts=False):
    """Time-aware: `snapshots` dated control maps (each a few thousand vertices, drifting) and
    `n` strikes dated across them; the core analysis alone (one index per snapshot)."""
    import numpy as np
    import shapely

    from strikecheck.plugin.core.analysis import analyse
    from strikecheck.plugin.core.options import AnalysisOptions, ControlMap, StrikePoints
    from tests.synthetic import strikes_around, syria_like_control

    codes, geometries = syria_like_control(seed=seed, n_sites=60, depth=4)
    rng = np.random.default_rng(seed)
    all_codes, all_geometries, days = [], [], []
    base = np.asarray(geometries, dtype=object)
    for day in range(snapshots):
        dx, dy = rng.normal(0.0, 0.02, 2)
        all_codes += codes
        all_geometries += list(shapely.transform(base, lambda xy, d=(dx, dy): xy + d))
        days += [float(day)] * len(codes)
    lon, lat = strikes_around(n, seed=seed + 1)
    strike_days = np.floor(rng.uniform(0, snapshots, n))
    start = time.perf_counter()
    result = analyse(
        ControlMap(all_codes, all_geometries, np.array(days)),
        StrikePoints.of_points(lon, lat, days=strike_days),
        AnalysisOptions(fronts=fronts),
    )
    return {
        "seconds": time.perf_counter() - start,
        "snapshots": result.snapshots,
        "vertices_per_snapshot": _vertices(geometries),
    }


def case_snapshots_fronts(n, seed):
    return case_snapshots(n, seed, fronts=True)


def case_snapshot_one(n, seed, fronts=False):
    """The same strikes and map as case_snapshots, one snapshot: what 1,000 are compared with."""
    return case_snapshots(n, seed, snapshots=1, fronts=fronts)


def case_snapshot_one_fronts(n, seed):
    return case_snapshot_one(n, seed, fronts=True)


def case_database(n, seed):
    from bench_database import case_database as run

    return run(n, seed)


from bench_image import case_image  # noqa: E402
from bench_image import rows as image_rows  # noqa: E402
from bench_real import CASES as REAL_CASES  # noqa: E402
from bench_real import rows as real_rows  # noqa: E402
from bench_real import status_mb  # noqa: E402
from bench_volume import CASES as VOLUME_CASES  # noqa: E402
from bench_volume import rows as volume_rows  # noqa: E402

CASES = {
    **REAL_CASES,
    **VOLUME_CASES,
    "strikecheck": case_strikecheck,
    "native": case_native,
    "accuracy": case_accuracy,
    "snapshots": case_snapshots,
    "snapshots_fronts": case_snapshots_fronts,
    "snapshot_one": case_snapshot_one,
    "snapshot_one_fronts": case_snapshot_one_fronts,
    "database": case_database,
    "image": case_image,
}


def run_case(name, n, seed=7):
    """Runs one case in a child process; returns its figures plus its peak memory."""
    done = subprocess.run(
        [sys.executable, __file__, "--case", name, "--n", str(n), "--seed", str(seed)],
        capture_output=True,
        text=True,
        env=dict(os.environ),
    )
    if done.returncode != 0:
        raise SystemExit(f"bench case {name} n={n} failed:\n{done.stderr[-3000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    # Each case as it ends (the whole run takes most of an hour); the table follows at the end.
    print(f"  {name} n={n:,}: {json.dumps(figures)}", file=sys.stderr, flush=True)
    return figures


# What each group runs, and its place in the table: (case, n) pairs.
GROUPS = {
    "native": [("strikecheck", 100_000), ("native", 100_000)],
    "million": [("strikecheck", 1_000_000)],
    "accuracy": [("accuracy", 300)],
    "snapshots": [
        ("snapshots", 100_000),
        ("snapshots_fronts", 100_000),
        ("snapshot_one", 100_000),
        ("snapshot_one_fronts", 100_000),
    ],
    "database": [("database", 1_000_000)],
    "real": [("prepare_real", 100_000), ("real", 100_000)],
    "real_million": [("prepare_real", 1_000_000), ("real_million", 1_000_000)],
    "real_peers": [("prepare_real", 100_000), ("real_peers", 100_000)],
    # About 1M lines: most real-shaped strikes are outside two of the three factions.
    "lines": [("prepare_real", 500_000), ("lines", 500_000)],
    "import": [("prepare_csv", 1_000_000), ("import_csv", 1_000_000)],
    "image": [("image", 4000)],
}


def _chosen(argv):
    names = [n for arg in argv for n in arg.split(",") if n]
    names = names or [n for n in os.environ.get("BENCH_CASES", "").split(",") if n]
    unknown = set(names) - set(GROUPS)
    if unknown:
        raise SystemExit(f"unknown bench groups {sorted(unknown)}; choose from {sorted(GROUPS)}")
    return [n for n in GROUPS if n in names] if names else list(GROUPS)


def _rows(figures):
    """The table: rows (label, value, note) of the groups that ran."""
    rows = []
    if "native" in figures:
        ours, native = figures["native"]
        rows += [
            ("synthetic Syria-sized map (5 factions): vertices", f"{ours['vertices']:,}", ""),
            (
                "100k strikes: strikecheck:nearestfaction (end to end)",
                f"{ours['seconds']:.1f} s",
                "",
            ),
            ("100k strikes: engine alone", f"{ours['engine_seconds']:.1f} s", ""),
            (
                f"100k strikes: native:joinbynearest x {native['factions']} factions",
                f"{native['seconds']:.1f} s",
                "(Cartesian degrees, one faction per run)",
            ),
            (
                "speed-up over native",
                f"{native['seconds'] / ours['seconds']:.1f}x",
                "target >= 20x",
            ),
        ]
    if "million" in figures:
        (million,) = figures["million"]
        rows += [
            (
                "1M strikes (synthetic, memory layers): nearestfaction",
                f"{million['seconds']:.1f} s",
                "target < 30 s (layers built in the process beforehand)",
            ),
            ("1M strikes: engine alone", f"{million['engine_seconds']:.1f} s", ""),
            (
                "1M strikes: peak memory of the process",
                f"{million['peak_mb']:.0f} MB",
                "target < 1200 MB (the output memory layer included)",
            ),
            (
                "  held before the run (QGIS, the 1M input memory layer)",
                f"{million.get('before_run_mb', float('nan')):.0f} MB",
                "",
            ),
        ]
    if "accuracy" in figures:
        (accuracy,) = figures["accuracy"]
        rows.append(
            (
                f"max error vs GeographicLib brute force ({accuracy['pairs']} pairs)",
                f"{accuracy['max_error_m']:.3f} m",
                "target < 1 m",
            )
        )
    if "snapshots" in figures:
        snaps, snaps_fronts, one, one_fronts = figures["snapshots"]
        rows += [
            (
                f"time-aware: {snaps['snapshots']} snapshots "
                f"({snaps['vertices_per_snapshot']:,} vertices each) x 100k strikes",
                f"{snaps['seconds']:.1f} s",
                "target < 60 s (engine)",
            ),
            ("  one snapshot of them", f"{one['seconds']:.2f} s", ""),
            ("  ratio 1,000 / one", f"{snaps['seconds'] / one['seconds']:.1f}", "target <= 3"),
            ("  the same with front distances", f"{snaps_fronts['seconds']:.1f} s", ""),
            ("  one snapshot of them", f"{one_fronts['seconds']:.2f} s", ""),
            (
                "  ratio 1,000 / one",
                f"{snaps_fronts['seconds'] / one_fronts['seconds']:.1f}",
                "target <= 3",
            ),
        ]
    if "database" in figures:
        from bench_database import rows as database_rows

        rows += database_rows(figures["database"][0], 1_000_000)
    if "image" in figures:
        rows += image_rows(figures["image"][0])
    if any(group in figures for group in ("real", "real_million", "real_peers")):
        real = figures.get("real", [None, None])[1]
        million = figures.get("real_million", [None, None])[1]
        peers = figures.get("real_peers", [None, None])[1]
        rows += real_rows(real, million, peers)
    if "lines" in figures or "import" in figures:
        lines = figures.get("lines", [None, None])[1]
        imported = figures.get("import", [None, None])[1]
        rows += volume_rows(lines, imported)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("groups", nargs="*", help=f"groups to run: {', '.join(GROUPS)}")
    parser.add_argument("--case", choices=sorted(CASES))
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.case:
        from qgis_app import start_qgis

        app, plugin = start_qgis()
        figures = CASES[args.case](args.n, args.seed)
        figures["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
        print(json.dumps(figures), flush=True)
        plugin.unload()
        app.exitQgis()
        return
    groups = _chosen(args.groups)
    print(f"StrikeCheck benchmark ({', '.join(groups)})\n")
    figures = {g: [run_case(case, n) for case, n in GROUPS[g]] for g in groups}
    rows = _rows(figures)
    width = max(len(r[0]) for r in rows)
    for label, value, note in rows:
        print(f"{label:<{width}}  {value:>12}  {note}")


if __name__ == "__main__":
    main()
