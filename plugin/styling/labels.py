"""Label settings: strike names with the distance to the target faction, 'NN km to ISIS' lines."""

import re

from qgis.core import (
    QgsExpression,
    QgsPalLayerSettings,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor, QFont

from ..compat import (
    LABEL_CARTOGRAPHIC,
    LABEL_FROM_POINT,
    LABEL_HORIZONTAL,
    LABEL_LINE,
    LINE_ANCHOR_HINT,
    LINE_LABEL_ABOVE,
    LINE_LABEL_ON_LINE,
    RENDER_MM,
    RENDER_POINTS,
)

FONT_FAMILY = "DejaVu Sans"
_PLACEHOLDER = re.compile(r"(\{[a-z]+\})")


def tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


def quote_field(name):
    """A field name as an expression column reference ("my ""odd"" field")."""
    return QgsExpression.quotedColumnRef(name)


def quote_text(text):
    """A Python string as an expression string literal: QGIS's own quoting, which also escapes
    backslashes (`'Group\\'` left the literal open and the whole renderer unparsable)."""
    return QgsExpression.quotedString(str(text))


def text_format(size_pt=8.0, bold=False, colour="#1a1a1a", halo_mm=0.7):
    """Map label text: sans serif with a white halo so it reads on any territory colour."""
    fmt = QgsTextFormat()
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size_pt)
    fmt.setSizeUnit(RENDER_POINTS)
    fmt.setColor(QColor(colour))
    if halo_mm:
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(halo_mm)
        buffer.setSizeUnit(RENDER_MM)
        buffer.setColor(QColor(255, 255, 255, 230))
        fmt.setBuffer(buffer)
    return fmt


def template_expression(template, parts):
    """Expression text joining a (translated) sentence's words and expressions for its
    placeholders, in the sentence's own order: '{km} km to {name}' with {'km': ..., 'name': ...}
    -> km || ' km to ' || name. NULL when a part is NULL."""
    pieces = []
    for piece in _PLACEHOLDER.split(template):
        if piece[1:-1] in parts and piece.startswith("{"):
            pieces.append(parts[piece[1:-1]])
        elif piece:
            pieces.append(quote_text(piece))
    return " || ".join(pieces)


def distance_label(km_expression, name_expression):
    """Expression text for '53 km to ISIS' in the interface language."""
    return template_expression(
        tr("{km} km to {name}"),
        {"km": f"format_number({km_expression}, 0)", "name": name_expression},
    )


def distance_phrase(km_expression, target_name, inside_text=None):
    """Expression text: '29 km to ISIS', or 'in ISIS territory' at 0 km, or nothing when NULL."""
    inside = inside_text or tr("in {name} territory").format(name=target_name)
    return (
        f"CASE WHEN {km_expression} IS NULL THEN NULL "
        f"WHEN {km_expression} < 0.5 THEN {quote_text(inside)} "
        f"ELSE {distance_label(km_expression, quote_text(target_name))} END"
    )


def strike_label_expression(name_field=None, distance_field=None, target_name=None):
    """The label of a strike: its name, and below it the distance to the target faction."""
    parts = []
    if name_field:
        parts.append(f"to_string({quote_field(name_field)})")
    if distance_field and target_name:
        parts.append(distance_phrase(quote_field(distance_field), target_name))
    if not parts:
        return None
    # concat() skips NULLs; the newline only joins two present parts.
    if len(parts) == 1:
        return parts[0]
    return f"concat({parts[0]}, CASE WHEN {parts[1]} IS NULL THEN '' ELSE '\\n' END, {parts[1]})"


def strike_labeling(expression, size_pt=8.0):
    """Labels around each strike, placed where they collide least with the starbursts."""
    settings = QgsPalLayerSettings()
    settings.priority = 9  # strike names win over place names when space is short
    settings.fieldName = expression
    settings.isExpression = True
    # Cartographic placement: top right first, then the other corners. The distance is from
    # the point: QGIS takes an SVG marker's bounds as its whole halo-padded box, which pushes
    # labels visibly away from the starburst.
    settings.placement = LABEL_CARTOGRAPHIC
    settings.offsetType = LABEL_FROM_POINT
    settings.dist = 2.5
    settings.distUnits = RENDER_MM
    settings.setFormat(text_format(size_pt, bold=True))
    settings.enabled = True
    return QgsVectorLayerSimpleLabeling(settings)


# Distance labels on a map: at most this many (QGIS keeps the first lines it reads),
# none on a line shorter than LINE_LABEL_MIN_MM on the page, none repeating the same text
# within LINE_LABEL_DUPLICATE_MM (QGIS >= 3.42 only; earlier ones skip that rule).
LINE_LABEL_MAX = 40
LINE_LABEL_MIN_MM = 8.0
LINE_LABEL_DUPLICATE_MM = 25.0


def _thin_line_labels(settings):
    """Where many lines converge on one place their labels would pile up: thin them, prefer
    the strike's end of each line (lines spread out there) and give way to strike names."""
    # Below strike names (9); a lower priority (3) lost every label of a converging pair to
    # the starbursts near them, as PAL weighs obstacles against a label's priority.
    settings.priority = 5
    thinning = settings.thinningSettings()
    thinning.setLimitNumberLabelsEnabled(True)
    thinning.setMaximumNumberLabels(LINE_LABEL_MAX)
    thinning.setMinimumFeatureSize(LINE_LABEL_MIN_MM)
    if hasattr(thinning, "setAllowDuplicateRemoval"):
        thinning.setAllowDuplicateRemoval(True)
        thinning.setMinimumDistanceToDuplicate(LINE_LABEL_DUPLICATE_MM)
        thinning.setMinimumDistanceToDuplicateUnit(RENDER_MM)
    settings.setThinningSettings(thinning)
    line = settings.lineSettings()
    line.setLineAnchorPercent(0.3)  # a third of the way from the strike, as a hint
    line.setAnchorType(LINE_ANCHOR_HINT)
    settings.setLineSettings(line)
    obstacle = settings.obstacleSettings()
    obstacle.setIsObstacle(True)
    settings.setObstacleSettings(obstacle)


def line_labeling(expression, size_pt=7.5):
    """Labels along distance lines, above them, e.g. '53 km to ISIS', thinned where lines
    converge."""
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.placement = LABEL_LINE
    settings.placementFlags = int(LINE_LABEL_ON_LINE) | int(LINE_LABEL_ABOVE)
    settings.dist = 0.6
    settings.distUnits = RENDER_MM
    # A short line (a strike near the territory) may carry a label longer than itself, the
    # more so in a language with longer words: let the label run past its ends.
    line = settings.lineSettings()
    line.setOverrunDistance(12.0)
    line.setOverrunDistanceUnit(RENDER_MM)
    settings.setLineSettings(line)
    settings.setFormat(text_format(size_pt, colour="#222222", halo_mm=0.6))
    _thin_line_labels(settings)
    settings.enabled = True
    return QgsVectorLayerSimpleLabeling(settings)


def polygon_labeling(
    expression,
    size_pt=9.0,
    colour="#555555",
    letter_spacing=1.5,
    italic=False,
    priority=5,
    halo_mm=0.0,
):
    """Spaced capitals inside polygons, as neighbouring countries are named on conflict maps."""
    settings = QgsPalLayerSettings()
    settings.priority = priority
    settings.fieldName = expression
    settings.isExpression = True
    settings.placement = LABEL_HORIZONTAL
    settings.fitInPolygonOnly = True
    fmt = text_format(size_pt, colour=colour, halo_mm=halo_mm)
    if halo_mm:
        # A faint halo: enough to lift the name off a dark territory, not a white blob.
        fmt.buffer().setOpacity(0.45)
    font = fmt.font()
    font.setItalic(italic)
    font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, letter_spacing)
    fmt.setFont(font)
    settings.setFormat(fmt)
    settings.enabled = True
    return QgsVectorLayerSimpleLabeling(settings)
