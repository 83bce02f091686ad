"""strikecheck:report: the HTML page, its charts and map, the PDF, and the user's styles kept."""

import re
import subprocess
from html import unescape

import pytest
from qgis.core import QgsProcessingException, QgsProject
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtGui import QImage

from strikecheck.plugin.core.summary import verdict
from tests.layers import memory_layer
from tests.recording import RecordingFeedback

ALG = "strikecheck:report"
STRIKES = [
    ("POINT(36.7333 34.8333)", ["Talbiseh", "rebel", 43.1, "regime", 0.9, QDate(2015, 9, 30)]),
    ("POINT(36.733 34.917)", ["Ar-Rastan", "rebel", 43.4, "regime", 1.5, QDate(2015, 10, 1)]),
    ("POINT(36.6225 35.32083)", ["Al-Lataminah", "rebel", 57.0, "regime", 6.0, QDate(2015, 10, 8)]),
    ("POINT(39.0 35.95)", ["Ar-Raqqa", "isis", 0.0, "kurdish", 59.0, QDate(2015, 10, 20)]),
]
CONTROL = [
    ("POLYGON((35.8 34.0,37.0 34.0,37.0 35.1,35.8 35.1,35.8 34.0))", ["regime"]),
    ("POLYGON((36.5 34.75,36.9 34.75,36.9 35.0,36.5 35.0,36.5 34.75))", ["rebel"]),
    ("POLYGON((37.3 34.0,40.0 34.0,40.0 36.2,37.3 36.2,37.3 34.0))", ["isis"]),
]


def results_layer(rows=STRIKES):
    fields = [
        "site:string",
        "controlled_by:string",
        "dist_isis_km:double",
        "nearest_other:string",
        "nearest_other_km:double",
        "date:date",
    ]
    return memory_layer("Point", "EPSG:4326", fields, rows, "Analysed strikes")


@pytest.fixture()
def layers():
    strikes = results_layer()
    control = memory_layer("Polygon", "EPSG:4326", ["faction:string"], CONTROL, "Control")
    QgsProject.instance().addMapLayers([strikes, control])
    yield strikes, control
    QgsProject.instance().removeAllMapLayers()


def test_html_pdf_charts_and_map(run_alg, layers, tmp_path):
    strikes, control = layers
    renderer_before = strikes.renderer().dump()
    html, pdf = tmp_path / "report.html", tmp_path / "report.pdf"
    feedback = RecordingFeedback()
    result = run_alg(
        ALG,
        {
            "STRIKES": strikes,
            "CONTROL": control,
            "TARGET_FACTION": "isis",
            "TITLE": "Russian Airstrikes",
            "OUTPUT_HTML": str(html),
            "OUTPUT_PDF": str(pdf),
        },
        feedback,
    )
    # The log says what was written in words; the map drawn as a child prints no dict of its
    # own (the one "Results: {...}" is processing.run's, of this test's call).
    assert feedback.text().count("Results:") == 1
    assert f"Report (PDF): {pdf}, " in feedback.text()
    expected = (
        verdict(["rebel", "rebel", "rebel", "isis"], [43.1, 43.4, 57.0, 0.0], "isis", "ISIS") + "."
    )
    assert result["SUMMARY"] == expected
    text = html.read_text(encoding="utf-8")
    assert expected in text
    assert "<h1>Russian Airstrikes</h1>" in text
    # One table row per strike, with the preset's labels.
    assert text.split('<table class="strikes"')[1].count("<tr><td") == 4
    # Strikes per month (no snapshots): 1 rebel in September 2015; 2 rebel, 1 isis in October.
    breakdown = text.split('<table class="breakdown"')[1].split("</table>")[0]
    assert "Strikes per month and controlling faction" in text
    cells = [re.findall(r"<td[^>]*>([^<]*)</td>", row) for row in breakdown.split("<tr>")[2:]]
    assert cells == [["2015-09", "1", "0", "1"], ["2015-10", "2", "1", "3"]]
    assert "Rebel Control" in text and "ISIS Control" in text
    images = re.findall(r'<img src="([^"]+)"', text)
    names = [src.split("/")[-1] for src in images]
    assert names == ["map.png", "by_faction.png", "distance.png", "per_week.png"]
    for src in images:
        image = QImage(str(tmp_path / src))
        assert not image.isNull(), src
        assert image.width() >= 1200  # 6.3 in at 200 dpi: sharp at print size
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 1 <= pages <= 4
    assert "595 x 842" in info  # A4 portrait
    pdf_text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "in ISIS-held territory" in " ".join(pdf_text.split())
    # The report styled the layers for its map, then gave them their own styles back.
    assert strikes.renderer().dump() == renderer_before


def test_one_week_is_a_sentence_not_a_chart(run_alg, tmp_path):
    rows = [(wkt, [*attrs[:5], QDate(2015, 9, 30)]) for wkt, attrs in STRIKES]
    html = tmp_path / "r.html"
    run_alg(
        ALG, {"STRIKES": results_layer(rows), "TARGET_FACTION": "isis", "OUTPUT_HTML": str(html)}
    )
    text = html.read_text(encoding="utf-8")
    assert "per_week.png" not in text
    assert "All 4 dated strikes fall in one week (starting Monday 28 SEPT 2015)" in text


def _report_over(run_alg, tmp_path, dates):
    """The HTML of a report on the four strikes dated `dates`."""
    rows = [(wkt, [*attrs[:5], day]) for (wkt, attrs), day in zip(STRIKES, dates)]
    html = tmp_path / "r.html"
    run_alg(
        ALG, {"STRIKES": results_layer(rows), "TARGET_FACTION": "isis", "OUTPUT_HTML": str(html)}
    )
    return html.read_text(encoding="utf-8")


def test_dates_over_ten_millennia_are_a_sentence_not_a_runaway_chart(run_alg, tmp_path):
    # Issue 18: 0001-01-01 and 9999-12-31 once drew a weekly chart of 521,000 bars (over 4 GB).
    dates = [QDate(1, 1, 1), QDate(9999, 12, 31), QDate(2015, 10, 1), QDate(2015, 10, 8)]
    text = _report_over(run_alg, tmp_path, dates)
    assert "per_week.png" not in text
    assert "dates run from 1 JAN 1 to 31 DEC 9999" in text


def test_a_span_of_years_is_charted_per_month(run_alg, tmp_path):
    dates = [QDate(2001, 1, 5), QDate(2015, 10, 1), QDate(2015, 10, 8), QDate(2020, 6, 30)]
    text = _report_over(run_alg, tmp_path, dates)
    assert "Strikes per month by controlling faction" in text and "per_week.png" in text


def test_a_label_that_says_who_holds_is_not_held_twice(run_alg, tmp_path):
    """'Russia-occupied' is a whole name for the ground: never 'Russia-occupied-held'."""
    fields = [
        "site:string",
        "controlled_by:string",
        "dist_russia_occupied_km:double",
        "nearest_other:string",
        "nearest_other_km:double",
        "date:date",
    ]
    rows = [("POINT(37.6 48.0)", ["Donetsk", "russia_occupied", 0.0, "ukraine_held", 8.0,
                                  QDate(2022, 10, 1)]),
            ("POINT(36.2 50.0)", ["Kharkiv", "ukraine_held", 35.0, "russia_occupied", 35.0,
                                  QDate(2022, 10, 2)])]  # fmt: skip
    strikes = memory_layer("Point", "EPSG:4326", fields, rows, "Ukraine strikes")
    html = tmp_path / "r.html"
    run_alg(ALG, {"STRIKES": strikes, "TARGET_FACTION": "russia_occupied", "PRESET": "ukraine",
                  "OUTPUT_HTML": str(html)})  # fmt: skip
    text = " ".join(html.read_text(encoding="utf-8").split())
    assert "Not shown: 1 strike(s) inside Russia-occupied territory." in text
    assert "outside Russia-occupied territory to the nearest point" in text
    assert "-held-held" not in text and "occupied-held" not in text


def test_one_faraway_strike_is_counted_beyond_the_chart_not_binned(run_alg, tmp_path):
    """One strike 7,488 km away (the Kurils) must not make 1,000 km bins of a 60 km median."""
    fields = ["controlled_by:string", "dist_russia_occupied_km:double", "date:date"]
    rows = [
        ("POINT(36.2 50.0)", ["ukraine_held", 10.0 + 2.5 * i, QDate(2022, 10, 1 + i % 28)])
        for i in range(40)
    ]
    rows.append(("POINT(36.3 50.1)", ["ukraine_held", 7488.0, QDate(2022, 10, 3)]))
    strikes = memory_layer("Point", "EPSG:4326", fields, rows, "Ukraine strikes")
    html = tmp_path / "r.html"
    run_alg(ALG, {"STRIKES": strikes, "TARGET_FACTION": "russia_occupied", "PRESET": "ukraine",
                  "OUTPUT_HTML": str(html)})  # fmt: skip
    text = " ".join(unescape(html.read_text(encoding="utf-8")).split())
    found = re.search(r"1 strike\(s\) farther than (\d+) km are beyond the chart's right edge "
                      r"\(the farthest 7488 km\)", text)  # fmt: skip
    assert found, text
    assert 107.5 <= int(found.group(1)) < 300


def test_unanalysed_strikes_are_a_sentence(run_alg, tmp_path):
    plain = memory_layer("Point", "EPSG:4326", ["site:string"], [("POINT(36 34)", ["x"])])
    with pytest.raises(QgsProcessingException, match="strikecheck:nearestfaction"):
        run_alg(ALG, {"STRIKES": plain, "OUTPUT_HTML": str(tmp_path / "r.html")})


def test_target_without_distances_is_a_sentence(run_alg, tmp_path):
    with pytest.raises(QgsProcessingException, match="dist_jn_km"):
        run_alg(
            ALG,
            {
                "STRIKES": results_layer(),
                "TARGET_FACTION": "jn",
                "OUTPUT_HTML": str(tmp_path / "r.html"),
            },
        )


def test_arabic_chart_text_is_joined_and_in_display_order():
    # matplotlib draws letter by letter, left to right: the charts get Arabic pre-shaped.
    from strikecheck.plugin.reports.chart_text import can_shape, display_text

    assert can_shape()  # make setup installs python3-arabic-reshaper and python3-bidi
    assert display_text("Rebel Control") == "Rebel Control"
    shown = display_text("سيطرة داعش")
    # Joined forms (Arabic Presentation Forms-B), last word first when read left to right.
    assert all("\ufe70" <= ch <= "\ufefc" or ch == " " for ch in shown), shown
    assert shown == "\ufeb6\ufecb\ufe8d\ufea9 \ufe93\ufeae\ufec4\ufef4\ufeb3"


def test_arabic_labels_without_the_shaping_packages_get_a_warning(run_alg, layers, monkeypatch):
    from strikecheck.plugin.reports import chart_text

    _, control = layers
    # A faction value of the map's own, in Arabic.
    strikes = results_layer([(wkt, [a[0], "قوات العشائر", *a[2:]]) for wkt, a in STRIKES])
    parameters = {"STRIKES": strikes, "CONTROL": control, "OUTPUT_HTML": "TEMPORARY_OUTPUT"}
    feedback = RecordingFeedback()
    run_alg(ALG, parameters, feedback)
    assert "arabic-reshaper" not in feedback.text()
    monkeypatch.setattr(chart_text, "_shapers", lambda: None)
    run_alg(ALG, parameters, feedback)
    assert "install the Python packages arabic-reshaper and python-bidi" in feedback.text()
