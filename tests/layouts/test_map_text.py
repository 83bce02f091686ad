"""Layouts that survive real text: titles never clipped (the text's box inside its frame, measured
at the layout's scale both by QGIS and by QFontMetrics), the inset's frame inside the inset,
current English place names."""

import pytest
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsLayoutUtils,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtGui import QFont, QFontMetricsF

from strikecheck.plugin.compat import label_font
from strikecheck.plugin.layouts import template as t
from strikecheck.plugin.layouts.context import current_name_expression
from tests.time_maps import in_project

ALG = "strikecheck:exportmap"
TITLES = (
    "Strikes on civilian sites, October 2022",
    "Russian and Syrian government air and missile strikes on civilian infrastructure in "
    "north-western Syria, reported by the Syrian Civil Defence and local monitors",
    "Ukraine: every strike recorded on hospitals, schools, power stations and water works "
    "from the first day of the invasion to the summer of 2024, by oblast and by month",
)


@pytest.fixture()
def dated():
    yield from in_project(300)


def export(run_alg, layers, **extra):
    result = run_alg(ALG, {**layers, "PRESET": "ukraine", **extra})
    layout = QgsProject.instance().layoutManager().layoutByName(result["LAYOUT"])
    return t.items_by_id(layout)


def assert_inside_its_frame(label):
    """The label's text, as drawn at the layout's scale, inside the label's frame."""
    font = label_font(label)
    text = label.text()
    box = label.sizeWithUnits()
    room_w = box.width() - 2 * label.marginX()
    room_h = box.height() - 2 * label.marginY()
    # QGIS's own measure of layout text (millimetres)...
    assert QgsLayoutUtils.textWidthMM(font, text) <= room_w, text
    assert QgsLayoutUtils.textHeightMM(font, text) <= room_h, text
    # ... and Qt's, at 1 px = 0.1 mm: every line's advance, a full line spacing per line.
    scaled = QFont(font)
    scaled.setPixelSize(round(font.pointSizeF() * 0.3528 * 10))
    metrics = QFontMetricsF(scaled)
    lines = text.split("\n")
    assert max(metrics.horizontalAdvance(line) for line in lines) / 10 <= room_w, text
    assert len(lines) * metrics.lineSpacing() / 10 <= room_h + 0.01, text


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_titles_fit_their_frame(run_alg, dated, title, orientation):
    items = export(run_alg, dated, TITLE=title, ORIENTATION=orientation)
    label = items[t.TITLE]
    assert_inside_its_frame(label)
    words = label.text().replace("\n", " ")
    # Shrunk and wrapped, not cut: the whole title and the date read from the strikes.
    assert words == f"{title} \u2014 5 SEPT - 25 NOV 2022", words
    assert label_font(label).pointSizeF() >= 9.0
    # Inside the header: the title stops above the rule under it.
    rule = items[t.RULE]
    bottom = label.positionWithUnits().y() + label.sizeWithUnits().height()
    assert bottom <= rule.positionWithUnits().y()


def test_a_short_title_keeps_its_size_on_one_line(run_alg, dated):
    items = export(run_alg, dated, TITLE="Russian Airstrikes", DATE="30 SEPT 2015")
    label = items[t.TITLE]
    assert label.text() == "Russian Airstrikes 30 SEPT 2015"
    assert label_font(label).pointSizeF() == 20.0


def test_a_title_with_a_subtitle_keeps_to_its_own_line(run_alg, dated):
    items = export(run_alg, dated, TITLE=TITLES[1], SUBTITLE="Reported strikes, by confidence")
    label = items[t.TITLE]
    assert_inside_its_frame(label)
    assert label.positionWithUnits().y() + label.sizeWithUnits().height() <= (
        items[t.SUBTITLE].positionWithUnits().y() + 1.0
    )


def test_an_endless_title_is_cut_short_inside_its_frame(run_alg, dated):
    items = export(run_alg, dated, TITLE=" ".join(["Kharkiv Kherson Zaporizhzhia"] * 30))
    label = items[t.TITLE]
    assert_inside_its_frame(label)
    assert label.text().endswith("\u2026")


def test_the_insets_frame_stays_inside_the_inset(run_alg, dated):
    # Strikes at the country's eastern edge: the main map reaches into Russia.
    items = export(run_alg, dated, PADDING=120)
    locator, main = items[t.LOCATOR_MAP], items[t.MAIN_MAP]
    shown = QgsRectangle(locator.extent())
    assert shown.contains(main.extent())


@pytest.mark.parametrize(
    "old, new",
    [("Kiev", "Kyiv"), ("Odessa", "Odesa"), ("L'viv", "Lviv"), ("Kharkiv", "Kharkiv")],
)
def test_place_names_in_current_english_forms(old, new):
    expression = QgsExpression(current_name_expression('"name"'))
    assert not expression.hasParserError(), expression.parserErrorString()
    context = QgsExpressionContext()
    fields = QgsFields()
    fields.append(QgsField("name"))
    feature = QgsFeature(fields)
    feature.setAttribute(0, old)
    context.setFeature(feature)
    context.setFields(fields)
    assert expression.evaluate(context) == new


def test_a_wrapped_title_keeps_its_date_on_one_line(run_alg, dated):
    title = "Strikes on civilian sites in the oblasts of Kharkiv, Donetsk and Zaporizhzhia"
    items = export(run_alg, dated, TITLE=title, ORIENTATION="portrait")
    label = items[t.TITLE]
    assert_inside_its_frame(label)
    lines = label.text().split("\n")
    assert len(lines) >= 2 and lines[-1].endswith("\u2014 5 SEPT - 25 NOV 2022"), lines
