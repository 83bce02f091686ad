"""The real QGIS desktop under Xvfb: the plugin loads, reloads cleanly, the panel answers,
exports the map, and a saved project reopens with every layer and its features."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).resolve().parent / "desktop_driver.py"


@pytest.mark.gui
@pytest.mark.parametrize("screen", ["1600x1000", "1366x768"])
def test_desktop_panel_on_sample_data(tmp_path, screen):
    assert shutil.which("xvfb-run"), "xvfb-run is missing: `make test` installs it"
    profile = tmp_path / "config"
    ini = profile / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text(
        "[PythonPlugins]\nstrikecheck=true\n\n[qgis]\ncheckVersion=false\nshowTips322=false\n"
        "showTips=false\n\n[core]\nNewsFeed\\httpsfeedqgisorg\\disabled=true\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    out.mkdir()
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="xcb",
        QGIS_CUSTOM_CONFIG_PATH=str(profile),
        STRIKECHECK_DESKTOP_OUT=str(out),
        STRIKECHECK_SAMPLE=str(ROOT / "resources" / "sample"),
    )
    done = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            f"-screen 0 {screen}x24",
            "qgis",
            "--nologo",
            "--noversioncheck",
            "--code",
            str(DRIVER),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report_path = out / "report.json"
    assert report_path.exists(), done.stdout[-2000:] + done.stderr[-4000:]
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["errors"] == []
    assert report["loaded_at_start"]
    # Twenty reloads leave exactly one plugin's worth of GUI; unloading leaves none.
    assert report["after_reloads"] == {
        "actions": 1,
        "docks": 1,
        "menu_entries": 1,
        "provider": True,
    }
    assert report["after_unload"] == {
        "actions": 0,
        "docks": 0,
        "menu_entries": 0,
        "provider": False,
    }
    assert report["selection_label"].startswith("5 of 7") and report["selected_only"]
    assert len(report["rows"]) == 5
    controlled = {row[0]: row[2] for row in report["rows"]}
    assert controlled["Jisr al-Shughur"] == "jn" and controlled["Talbiseh"] == "rebel"
    assert report["summary"].startswith("5 strikes: 0 in ISIS-held territory")
    # The map exported through the panel, then the project saved and reopened: every layer
    # (imports and results live in the outputs GeoPackage) comes back with its features.
    assert report["map_files"] == ["map.pdf", "map.png"]
    assert report["saved"] and report["reopened"]
    before, after = report["before_save"], report["after_reopen"]
    assert after == before and len(before) >= 4, (before, after)
    assert all(count > 0 for count in after.values()), after
    assert report["layouts_after_reopen"], "the exported map's layout is kept in the project"
    # ... and the panel shows what it showed: its layers chosen, the results in its table.
    panel = report["panel_after_reopen"]
    assert panel["strikes"] and panel["control"] and panel["rows"] == 5, panel
    assert panel["summary"] == report["summary"], panel
    for name in ("desktop.png", "panel.png", "reopened.png"):
        assert (out / name).stat().st_size > 20_000
    # On a laptop's screen too, the panel fits QGIS's window and Run is on screen.
    reach = report["reach"]
    height = int(screen.split("x")[1])
    assert reach["window"][1] <= height and reach["dock_minimum"] < 500, reach
    assert reach["run_bottom"] <= reach["dock_bottom"] <= reach["window"][1], reach
    # ... and nothing hides past its right edge (no sideways scrolling).
    assert reach["contents_minimum_width"] <= reach["viewport_width"], reach
    # Kept for people to look at, beside the test's other output.
    keep = ROOT / ".build" / "screenshots" / screen
    keep.mkdir(parents=True, exist_ok=True)
    for name in ("desktop.png", "panel.png", "toolbox.png", "reopened.png", "map.png"):
        if (out / name).exists():  # the toolbox view is for the user guide only
            shutil.copy(out / name, keep / name)
