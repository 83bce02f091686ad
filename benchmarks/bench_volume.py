"""Bench cases of volume: a million lines to the nearest territory, a million CSV rows imported."""

import csv
import os
import time

from bench_real import DATA, _layer, _nearest, data_files


def case_lines(n, seed):
    """nearestfaction with and without LINES on the real-shaped files: the lines' own cost."""
    import processing

    control_path, strikes_path = data_files(n, seed)
    control = _layer(control_path, "control")
    strikes = _layer(strikes_path, "strikes")
    without = _nearest(strikes, control, False)
    start = time.perf_counter()
    done = processing.run(
        "strikecheck:nearestfaction",
        {"STRIKES": strikes, "CONTROL": control, "FACTION_FIELD": "faction",
         "FRONT_DISTANCE": False, "OUTPUT": "TEMPORARY_OUTPUT", "LINES": "TEMPORARY_OUTPUT"},
    )  # fmt: skip
    with_lines = time.perf_counter() - start
    lines = done["LINES"]
    count = lines.featureCount() if hasattr(lines, "featureCount") else -1
    return {"n": n, "without_seconds": without, "with_seconds": with_lines, "lines": count}


def csv_file(n, seed):
    """An ACLED-shaped CSV export of `n` real-shaped strikes (written when missing)."""
    from tests.realistic import ACLED_FIELDS, acled_rows, strikes

    path = DATA / f"acled_n{n}_s{seed}.csv"
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    lon, lat, day = strikes(n, seed + 1, seed)
    part = path.with_suffix(".part")
    with part.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([name for name, _ in ACLED_FIELDS])
        for begin in range(0, n, 100_000):
            end = min(begin + 100_000, n)
            rows = acled_rows(lon[begin:end], lat[begin:end], day[begin:end], seed + begin)
            for i, row in enumerate(rows, begin):  # ids and timestamps unique over the file
                row[0], row[-1] = f"UKR{100000 + i}", 1_700_000_000 + i
            writer.writerows(rows)
    os.replace(part, path)
    return path


def case_prepare_csv(n, seed):
    start = time.perf_counter()
    csv_file(n, seed)
    return {"seconds": time.perf_counter() - start}


def case_import_csv(n, seed):
    """importstrikes of the CSV into a GeoPackage; the progress reports' largest gap."""
    import processing

    path = csv_file(n, seed)
    output = DATA / f"imported_n{n}.gpkg"
    output.unlink(missing_ok=True)
    feedback = _gap_feedback()
    start = time.perf_counter()
    processing.run(
        "strikecheck:importstrikes",
        {"INPUT": str(path), "OUTPUT": str(output)},
        feedback=feedback,
    )
    seconds = time.perf_counter() - start
    written = _count(output)
    output.unlink(missing_ok=True)
    return {"n": n, "seconds": seconds, "imported": written, "progress_gap_s": feedback.gap()}


def _count(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "imported", "ogr")
    return layer.featureCount()


def _gap_feedback():
    """A feedback remembering when the progress moved (qgis is imported by the case's process)."""
    from qgis.core import QgsProcessingFeedback

    class GapFeedback(QgsProcessingFeedback):
        """Remembers when progress moved: the longest stretch the bar sat still."""

        def __init__(self):
            super().__init__()
            self.times = [time.perf_counter()]
            self.progressChanged.connect(lambda _: self.times.append(time.perf_counter()))

        def gap(self):
            times = [*self.times, time.perf_counter()]
            return max(b - a for a, b in zip(times, times[1:]))

    return GapFeedback()


CASES = {
    "lines": case_lines,
    "prepare_csv": case_prepare_csv,
    "import_csv": case_import_csv,
}


def rows(lines=None, imported=None):
    """Table rows (label, value, note) of the volume cases that ran."""
    out = []
    if lines:
        cost = lines["with_seconds"] - lines["without_seconds"]
        out += [
            (f"LINES: {lines['lines']:,} strike-faction lines ({lines['n']:,} strikes)",
             f"{cost:.1f} s", "target < 20 s for 1M (with minus without LINES)"),
            ("  nearestfaction with LINES, end to end", f"{lines['with_seconds']:.1f} s", ""),
        ]  # fmt: skip
    if imported:
        out += [
            (f"importstrikes: {imported['n']:,} ACLED-shaped CSV rows -> GPKG",
             f"{imported['seconds']:.1f} s", f"target < 30 s; {imported['imported']:,} imported"),
            ("  longest time the progress bar sat still", f"{imported['progress_gap_s']:.1f} s",
             ""),
        ]  # fmt: skip
    return out
