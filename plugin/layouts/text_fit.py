"""Text that fits its frame: words wrapped to a width, heights measured in layout millimetres,
and a title shrunk, then wrapped, so that it is never clipped."""

import re

from qgis.core import QgsLayoutSize
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QFont, QFontMetricsF

from ..compat import label_font, set_label_size
from .literal import set_literal_text

TITLE_MIN_PT = 9.0  # below this a title is cut short with an ellipsis rather than shrunk
TITLE_STEP_PT = 0.5
# A space beside a number joins it to its neighbour while a title wraps, so a date ('10 APR
# 2022 - 17 JULY 2024', '— 1 OCT 2022') stays on one line rather than breaking inside.
_GLUED_SPACE = re.compile(r" (?=\d)|(?<=\d) ")
_GLUE = "\u00a0"
# Measured a little wider than the text: the layout's own engine measures slightly otherwise.
WIDTH_SLACK = 1.04


def _metrics(font):
    """Font metrics at 1 px = 0.1 mm, so that layout text can be measured in millimetres."""
    measured = QFont(font)
    measured.setPixelSize(max(1, round(font.pointSizeF() * 0.3528 * 10)))
    return QFontMetricsF(measured)


def wrap_words(text, font, width_mm):
    """`text` with line breaks between words so that no line is wider than `width_mm` (a
    single longer word keeps a line to itself); existing line breaks stay."""
    metrics = _metrics(font)
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            longer = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(longer) / 10.0 > width_mm:
                lines.append(line)
                line = word
            else:
                line = longer
        lines.append(line)
    return "\n".join(lines)


def text_height_mm(text, font, width_mm):
    """Height a wrapped text needs in a box `width_mm` wide (1 px = 0.1 mm while measuring)."""
    metrics = _metrics(font)
    flags = int(Qt.TextFlag.TextWordWrap)
    # Measured a little narrower than the box, plus half a line: the layout's own text engine
    # breaks lines slightly differently, and a clipped finding is worse than a roomy one.
    rect = metrics.boundingRect(QRectF(0, 0, width_mm * 10 * 0.93, 1e6), flags, text)
    return (rect.height() + 0.5 * metrics.lineSpacing()) / 10.0


def text_box_mm(text, font):
    """(width, height) in mm the lines of `text` take in `font`: the widest line, and a full
    line spacing per line (a little more than the glyphs need)."""
    metrics = _metrics(font)
    lines = text.split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines) / 10.0
    return width, len(lines) * metrics.lineSpacing() / 10.0


def fits(text, font, width_mm, height_mm):
    width, height = text_box_mm(text, font)
    return width * WIDTH_SLACK <= width_mm and height <= height_mm


def _elided(text, font, width_mm, height_mm):
    """The longest start of `text` (whole words, then '…') that fits the box."""
    words = text.replace("\n", " ").split(" ")
    while len(words) > 1:
        words.pop()
        shorter = wrap_words(" ".join(words) + " \u2026", font, width_mm / WIDTH_SLACK)
        if fits(shorter, font, width_mm, height_mm):
            return shorter
    return words[0] if words else ""


def fit_label_text(label, text, max_pt=None, min_pt=TITLE_MIN_PT):
    """Sets `text` on the layout label at the largest size (from its own, down to `min_pt`)
    at which it fits its frame on one line or wrapped at word breaks: shrink first, then wrap.
    Past `min_pt` it is cut short with an ellipsis. Returns the size used."""
    box = label.sizeWithUnits()
    width = box.width() - 2 * label.marginX()
    height = box.height() - 2 * label.marginY()
    font = QFont(label_font(label))
    size = max_pt or font.pointSizeF()
    text = _GLUED_SPACE.sub(_GLUE, text)
    while True:
        font.setPointSizeF(size)
        wrapped = wrap_words(text, font, width / WIDTH_SLACK)
        if fits(wrapped, font, width, height) or size - TITLE_STEP_PT < min_pt:
            break
        size -= TITLE_STEP_PT
    if not fits(wrapped, font, width, height):
        wrapped = _elided(text, font, width, height)
    set_label_size(label, size)
    set_literal_text(label, wrapped.replace(_GLUE, " "))
    return size


def fit_title(items, title_id, subtitle_id, rule_id, text, has_subtitle):
    """The title fitted to its frame; without a subtitle the frame reaches down to the rule
    under the header, so a long title wraps onto a second line at a readable size."""
    title = items.get(title_id)
    if title is None:
        return None
    if not has_subtitle and rule_id in items:
        top = title.positionWithUnits().y()
        bottom = items[rule_id].positionWithUnits().y() - 0.5
        size = title.sizeWithUnits()
        if bottom - top > size.height():
            title.attemptResize(QgsLayoutSize(size.width(), bottom - top, size.units()))
    return fit_label_text(title, text)


def wrap_to_label(label, text):
    """`text` broken at word breaks as fit_label_text breaks it for the label's current font
    and frame (a map series' other titles, at the size fitted for the longest)."""
    width = label.sizeWithUnits().width() - 2 * label.marginX()
    wrapped = wrap_words(_GLUED_SPACE.sub(_GLUE, text), label_font(label), width / WIDTH_SLACK)
    return wrapped.replace(_GLUE, " ")
