"""Text from data and file names printed as written on maps and in reports (issue 18): a faction
`[% env('HOME') %] Control` once printed the home folder in the KEY and the finding, and a control
file named `ctl[%@qgis_version%].geojson` printed QGIS's version in the credits."""

import json
import os
import subprocess
from pathlib import Path

from qgis.core import Qgis, QgsLayoutItemLabel, QgsPrintLayout, QgsProject

from strikecheck.plugin.compat import LABEL_MODE_HTML
from strikecheck.plugin.layouts.literal import literal, set_literal_text

EVALUATING = "[% env('HOME') %] Control"
BRACKETS = "Regime\\Rebel {x} $a$ [%]"
HOSTILE_FILE = "ctl[%@qgis_version%]"


def _box(x0, y0, x1, y1):
    ring = [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]
    return {"type": "Polygon", "coordinates": [ring]}


def _write(path, features):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return str(path)


def _inputs(folder):
    control = [
        {
            "type": "Feature",
            "properties": {"faction": EVALUATING},
            "geometry": _box(36, 35, 37, 36),
        },
        {"type": "Feature", "properties": {"faction": BRACKETS}, "geometry": _box(37, 35, 38, 36)},
    ]
    strikes = [
        {
            "type": "Feature",
            "properties": {"strike_id": f"S{i}", "date": "2015-09-30"},
            "geometry": {"type": "Point", "coordinates": [36.05 + 0.1 * i, 35.1 + 0.04 * i]},
        }
        for i in range(19)
    ]
    return (
        _write(folder / f"{HOSTILE_FILE}.geojson", control),
        _write(folder / "strikes[%@user_full_name%].geojson", strikes),
    )


def _pdf_text(path):
    done = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True)
    # Words wrapped onto several lines of a box read as one line.
    return " ".join(done.stdout.split())


def _nothing_evaluated(text):
    assert os.environ["HOME"] not in text.replace(HOSTILE_FILE, "")
    assert Qgis.QGIS_VERSION not in text


def test_the_map_prints_faction_names_and_file_names_as_written(run_alg, tmp_path):
    control, strikes = _inputs(tmp_path)
    analysed = run_alg(
        "strikecheck:nearestfaction",
        {
            "STRIKES": strikes,
            "CONTROL": control,
            "FACTION_FIELD": "faction",
            "OUTPUT": str(tmp_path / "results.gpkg"),
        },
    )["OUTPUT"]
    pdf = str(tmp_path / "map.pdf")
    run_alg(
        "strikecheck:exportmap",
        {
            "STRIKES": analysed,
            "CONTROL": control,
            "FACTION_FIELD": "faction",
            "TARGET_FACTION": EVALUATING,
            "SUBTITLE": "As of [%now()%]",
            "OUTPUT_PDF": pdf,
        },
    )
    text = _pdf_text(pdf)
    # The KEY lists both classes twice (territory and strikes), as written.
    assert text.count(EVALUATING) >= 2 and text.count(BRACKETS) >= 2, text
    assert f"Control: {HOSTILE_FILE};" in text, text
    assert "As of [%now()%]" in text, text
    assert "nearest [% env('HOME') %] territory" in text, text
    _nothing_evaluated(text)
    QgsProject.instance().removeAllMapLayers()


def test_the_report_prints_faction_names_and_file_names_as_written(run_alg, tmp_path):
    control, strikes = _inputs(tmp_path)
    analysed = run_alg(
        "strikecheck:nearestfaction",
        {
            "STRIKES": strikes,
            "CONTROL": control,
            "FACTION_FIELD": "faction",
            "OUTPUT": str(tmp_path / "results.gpkg"),
        },
    )["OUTPUT"]
    pdf = str(tmp_path / "report.pdf")
    html = str(tmp_path / "report.html")
    run_alg(
        "strikecheck:report",
        {
            "STRIKES": analysed,
            "CONTROL": control,
            "FACTION_FIELD": "faction",
            "TARGET_FACTION": EVALUATING,
            "NOTE": "<b>bold</b> [%1+1%]",
            "OUTPUT_PDF": pdf,
            "OUTPUT_HTML": html,
        },
    )
    text = _pdf_text(pdf)
    assert EVALUATING in text and BRACKETS in text, text
    assert HOSTILE_FILE in text and "<b>bold</b> [%1+1%]" in text, text
    _nothing_evaluated(text)
    page = Path(html).read_text(encoding="utf-8")
    assert "&lt;b&gt;bold&lt;/b&gt;" in page and "<b>bold</b>" not in page
    QgsProject.instance().removeAllMapLayers()


def test_labels_print_expression_text_literally_in_plain_and_html_mode(qgis_app):
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    for mode in (None, LABEL_MODE_HTML):
        label = QgsLayoutItemLabel(layout)
        layout.addLayoutItem(label)
        if mode is not None:
            label.setMode(mode)
        written = "[% 1 + 1 %] and [%[%%] <i>x</i> %]"
        set_literal_text(label, written)
        shown = label.currentText()
        if mode is not None:
            assert "&lt;i&gt;x&lt;/i&gt;" in shown and "[% 1 + 1 %]" in shown, shown
        else:
            assert shown == written
    assert literal("no expression here") == "no expression here"
