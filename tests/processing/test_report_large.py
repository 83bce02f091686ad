"""strikecheck:report at real size: 4,000 strikes, 12 columns, several control snapshots.

The PDF must print every id and number unbroken, repeat the table's header on every page of it,
carry the breakdown per snapshot with the right counts, and stay a sane number of pages.
"""

import datetime
import random
import re
import subprocess
from collections import Counter

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QDate

from tests.layers import memory_layer
from tests.recording import RecordingFeedback

N = 4000
SNAPSHOTS = [datetime.date(2022, 9, 1), datetime.date(2022, 10, 1), datetime.date(2022, 11, 1)]
FACTIONS = ["ukraine_held", "russia_occupied", "contested"]
PLACES = ["Kramatorsk", "Sloviansk", "Bakhmut", "Kharkiv", "Izium", "Lyman", "Kupiansk"]
FIELDS = [
    "strike_id:string",
    "site:string",
    "date:date",
    "controlled_by:string",
    "dist_russia_occupied_km:double",
    "nearest_other:string",
    "nearest_other_km:double",
    "confidence:string",
    "front_km:double",
    "front_faction:string",
    "possible_factions:string",
    "controlled_by_certain:boolean",
    "snapshot_date:date",
]


def _strikes():
    """ACLED-like rows: ids UKR12812..., km values such as 106.5, three snapshots."""
    rng = random.Random(14)
    rows = []
    for i in range(N):
        snapshot = SNAPSHOTS[i * len(SNAPSHOTS) // N]
        day = snapshot + datetime.timedelta(days=rng.randrange(28))
        held = FACTIONS[rng.randrange(3)] if i % 11 else None
        other = next(f for f in FACTIONS if f != held)
        attributes = [
            f"UKR{12812 + i}",
            PLACES[i % len(PLACES)] if i % 10 else None,  # some unnamed: the id column stays
            QDate(day.year, day.month, day.day),
            held,
            0.0 if held == "russia_occupied" else round(rng.uniform(0.5, 180.0), 1),
            other,
            round(rng.uniform(0.1, 250.0), 1),
            ["high", "medium", "low"][i % 3],
            round(rng.uniform(0.1, 106.5), 1),
            other,
            "+".join(sorted({held or "contested", other})),
            bool(i % 4),
            QDate(snapshot.year, snapshot.month, snapshot.day),
        ]
        if i == 0:
            attributes[8] = 106.5  # the 106.5 km, printed once as 1/0/6./5
        rows.append((f"POINT({36 + rng.random():.4f} {48 + rng.random():.4f})", attributes))
    return rows


@pytest.fixture(scope="module")
def report(strikecheck_plugin, tmp_path_factory):
    import processing
    from qgis.core import QgsProcessingContext

    rows = _strikes()
    layer = memory_layer("Point", "EPSG:4326", FIELDS, rows, "Analysed strikes")
    QgsProject.instance().addMapLayer(layer)
    folder = tmp_path_factory.mktemp("large_report")
    html, pdf = folder / "report.html", folder / "report.pdf"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = RecordingFeedback()
    parameters = {
        "STRIKES": layer,
        "TARGET_FACTION": "russia_occupied",
        "PRESET": "ukraine",
        "OUTPUT_HTML": str(html),
        "OUTPUT_PDF": str(pdf),
    }
    processing.run("strikecheck:report", parameters, context=context, feedback=feedback)
    QgsProject.instance().removeMapLayer(layer.id())
    pages = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    yield rows, html.read_text(encoding="utf-8"), [p for p in pages if p.strip()], feedback


def test_every_id_and_number_is_printed_unbroken(report):
    rows, _, pages, _ = report
    words = Counter(" ".join(pages).split())
    ids = [attributes[0] for _, attributes in rows]
    assert [i for i in ids if words[i] < 1] == []
    for column in (4, 6, 8):  # km to the target, to the nearest other, to the front
        numbers = {f"{attributes[column]:.1f}" for _, attributes in rows}
        assert [n for n in numbers if words[n] < 1] == []
    assert words["106.5"] >= 1 and words["UKR12812"] == 1


def test_the_header_is_on_every_page_of_the_table(report):
    _, _, pages, _ = report
    table_pages = [page for page in pages if re.search(r"\bUKR\d{5}\b", page)]
    assert len(table_pages) >= N // 70
    for number, page in enumerate(table_pages):
        head = " ".join(page.split("UKR")[0].split())
        for word in ("Strike", "Date", "Held", "Nearest", "Certain"):  # (fi: a ligature)
            assert word in head, (number, head[:300])


def test_the_table_is_on_landscape_pages_and_the_page_count_is_sane(report):
    _, _, pages, feedback = report
    # About 50 rows per landscape page, a few pages before them.
    assert N / 60 < len(pages) <= N / 40 + 6
    assert "Strike table: all 4000 strikes, one per row." in feedback.text()
    assert "landscape pages" in feedback.text()
    # The one Python dict is processing.run's own, of this test's call.
    assert feedback.text().count("{'") == 1 and feedback.text().count("Results:") == 1


def test_the_breakdown_per_snapshot_has_the_right_counts(report):
    rows, html, pages, _ = report
    expected = Counter((a[12].toPyDate(), a[3]) for _, a in rows)
    text = " ".join(pages)
    assert "Strikes per control snapshot and controlling faction" in " ".join(text.split())
    breakdown = html.split('<table class="breakdown"')[1].split("</table>")[0]
    headers = re.findall(r"<th>([^<]*)</th>", breakdown)
    assert headers[0] == "Snapshot" and headers[-1] == "Total"
    labels = {"Ukraine-held": "ukraine_held", "Russia-occupied": "russia_occupied"}
    labels.update({"Contested": "contested", "No mapped faction": None})
    body = [re.findall(r"<td[^>]*>([^<]*)</td>", r) for r in breakdown.split("<tr>")[2:]]
    assert len(body) == len(SNAPSHOTS)
    for snapshot, cells in zip(SNAPSHOTS, body):
        day = snapshot.strftime("%-d")
        assert cells[0].startswith(day) and cells[0].endswith(str(snapshot.year)), cells[0]
        for header, count in zip(headers[1:-1], cells[1:-1]):
            assert int(count) == expected[(snapshot, labels[header])], (snapshot, header)
        assert int(cells[-1]) == sum(n for (s, _), n in expected.items() if s == snapshot)
        # The same line in the PDF.
        assert " ".join(cells) in " ".join(text.split())


def test_the_html_lists_every_strike(report):
    rows, html, _, _ = report
    table = html.split('<table class="strikes"')[1]
    assert table.count("<tr><td") == N
    assert "All 4000 strikes, one per row." in html
