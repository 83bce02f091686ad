"""Renderers for the four StrikeCheck layer roles: control, strikes, results and lines."""

from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP
from qgis.PyQt.QtGui import QColor

from ..compat import GEOMETRY_LINE, GEOMETRY_POINT
from ..layer_io.values import is_null
from .factions import UNKNOWN_COLOUR, StyleClass
from .labels import distance_label, quote_field, quote_text
from .symbols import control_dot, distance_line, front_line, hatched_fill, starburst, territory_fill

# Strike classes as ISW's airstrike maps name them; values as strikecheck:importstrikes writes.
# Legend labels are English here and translated by the caller's tr (context 'StrikeCheck').
HIGH, LOW, UNRATED = "high", "low", "unrated"
STRIKE_CLASSES = (
    (HIGH, QT_TRANSLATE_NOOP("StrikeCheck", "High-Confidence reporting"), "#d7261e", "#4a0805"),
    (LOW, QT_TRANSLATE_NOOP("StrikeCheck", "Low-Confidence reporting"), "#ffffff", "#d7261e"),
    (
        UNRATED,
        QT_TRANSLATE_NOOP("StrikeCheck", "Reported strike (confidence not rated)"),
        "#f08c1e",
        "#4a2305",
    ),
)
# Category value for a strike nobody holds. Renderers map NULL to it explicitly because QGIS's
# legend filter (QgsMapHitTest) does not match NULL to an 'all other values' category.
NOBODY = "(none)"
NOBODY_LABEL = QT_TRANSLATE_NOOP("StrikeCheck", "Not in any mapped faction's territory")
NOBODY_COLOURS = ("#ffffff", "#333333")
OTHER_LABEL = QT_TRANSLATE_NOOP("StrikeCheck", "Other")

# Distance lines are drawn darker than the territory they lead to, so they read on its fill.
LINE_DARKEN = 170


def groups_for(styles, values):
    """{code: (StyleClass, [raw values])} in preset order: for the values present, or (None)
    for every class of the preset, the form saved to resources/styles."""
    if values is None:
        return {c.code: (c, [c.code]) for c in styles.classes}
    groups = {}
    for raw, style in styles.classes_for(values):
        groups.setdefault(style.code, (style, []))[1].append(raw)
    return groups


def class_expression(field, groups, null_value=None):
    """The field itself when every value is a code, else a CASE mapping raw values to codes;
    NULL and '' become `null_value` when given."""
    column = quote_field(field)
    whens = []
    for code, (_, raws) in groups.items():
        if any(r != code for r in raws):
            listed = ", ".join(quote_text(r) for r in raws)
            whens.append(f"WHEN {column} IN ({listed}) THEN {quote_text(code)}")
    expression = field if not whens else "CASE " + " ".join(whens) + f" ELSE {column} END"
    if null_value is None:
        return expression
    inner = column if not whens else expression
    return f"coalesce(nullif(trim(to_string({inner})), ''), {quote_text(null_value)})"


def control_symbol(style, geometry_type, ring_expression=None, opacity=1.0):
    """How one faction's territory is drawn for the layer's geometry type."""
    if geometry_type == GEOMETRY_POINT:
        return control_dot(style.fill_colours, ring_expression)
    if geometry_type == GEOMETRY_LINE:
        return front_line(style.colour)
    if style.mixed:
        return hatched_fill(style.fill_colours, opacity)
    return territory_fill(style.colour, opacity)


def _other_category(symbol, tr):
    # The empty value is QGIS's 'all other values' category: a saved style still draws values
    # its preset does not know.
    return QgsRendererCategory("", symbol, tr(OTHER_LABEL))


def control_renderer(
    styles, field, geometry_type, values=None, ring_expression=None, opacity=1.0, tr=str
):
    """Territory categorised by faction, with the preset's colours and ISW-like legend labels."""
    groups = groups_for(styles, values)
    renderer = QgsCategorizedSymbolRenderer(class_expression(field, groups), [])
    for code, (style, _) in groups.items():
        symbol = control_symbol(style, geometry_type, ring_expression, opacity)
        renderer.addCategory(QgsRendererCategory(code, symbol, style.label))
    if values is None:
        unknown = StyleClass("", OTHER_LABEL, OTHER_LABEL, UNKNOWN_COLOUR)
        other = control_symbol(unknown, geometry_type, ring_expression, opacity)
        renderer.addCategory(_other_category(other, tr))
    return renderer


def strikes_renderer(field="confidence", values=None, tr=str, size_mm=6.0):
    """Starbursts in the two classes of ISW's airstrike maps, plus one for unrated reports.

    `values` (the confidence values present) limits the classes to those on the map; with no
    `field` every strike is an unrated report.
    """
    column = f"lower(trim(to_string({quote_field(field)})))" if field else None
    expression = (
        f"CASE WHEN {column} IN ('{HIGH}', '{LOW}') THEN {column} ELSE '{UNRATED}' END"
        if field
        else f"'{UNRATED}'"
    )
    present = None if values is None else {_strike_class(v) for v in values}
    renderer = QgsCategorizedSymbolRenderer(expression, [])
    for value, label, fill, outline in STRIKE_CLASSES:
        if present is None or value in present:
            renderer.addCategory(
                QgsRendererCategory(value, starburst(fill, outline, size_mm), tr(label))
            )
    return renderer


def _strike_class(value):
    text = "" if is_null(value) else str(value).strip().lower()
    return text if text in (HIGH, LOW) else UNRATED


def results_renderer(styles, field="controlled_by", values=None, tr=str, size_mm=6.0):
    """Starbursts coloured by the faction holding the ground where each strike landed."""
    groups = groups_for(styles, values)
    renderer = QgsCategorizedSymbolRenderer(class_expression(field, groups, NOBODY), [])
    for code, (style, _) in groups.items():
        # A mixed class: its own colour, with a dot of its first member's in the centre.
        centre = style.fill_colours[0] if style.mixed else None
        symbol = starburst(style.colour, "#222222", size_mm, centre=centre)
        renderer.addCategory(QgsRendererCategory(code, symbol, style.label))
    if values is None or any(is_null(v) or str(v).strip() == "" for v in values):
        nobody = starburst(*NOBODY_COLOURS, size_mm)
        renderer.addCategory(QgsRendererCategory(NOBODY, nobody, tr(NOBODY_LABEL)))
    if values is None:
        renderer.addCategory(_other_category(starburst("#b0b0b0", "#222222", size_mm), tr))
    return renderer


def lines_renderer(styles, field="faction", values=None, target=None, tr=str):
    """Dashed lines to the nearest territory of each faction (only the target's when given)."""
    if target:
        style = styles.lookup(target)
        groups = {style.code: (style, [target])}
    elif values is None:
        groups = {c.code: (c, [c.code]) for c in styles.classes if not c.mixed}
    else:
        groups = groups_for(styles, values)
    renderer = QgsCategorizedSymbolRenderer(class_expression(field, groups), [])
    for code, (style, _) in groups.items():
        colour = QColor(style.colour).darker(LINE_DARKEN)
        label = tr("Distance to nearest {name} territory").format(name=style.name)
        renderer.addCategory(QgsRendererCategory(code, distance_line(colour), label))
    return renderer


def lines_label_expression(styles, field="faction", km_field="km", target=None, values=None):
    """'53 km to ISIS' for every line (or the target's only), with the preset's short names."""
    column = quote_field(field)
    km = quote_field(km_field)
    if target:
        label = distance_label(km, quote_text(styles.lookup(target).name))
        return f"CASE WHEN {column} = {quote_text(target)} THEN {label} END"
    if values is None:
        pairs = [(c.code, c.name) for c in styles.classes]
    else:
        pairs = [(raw, style.name) for raw, style in styles.classes_for(values)]
    # QGIS 3.22 has only the searched form of CASE (CASE WHEN a = b), not CASE a WHEN b.
    names = " ".join(
        f"WHEN {column} = {quote_text(raw)} THEN {quote_text(name)}" for raw, name in pairs
    )
    return distance_label(km, f"CASE {names} ELSE {column} END")
