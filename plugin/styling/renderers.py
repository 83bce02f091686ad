"""Renderers for the four StrikeCheck layer roles: control, strikes, results and lines."""

from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory

from ..compat import GEOMETRY_LINE, GEOMETRY_POINT
from .labels import quote_field, quote_text
from .symbols import control_dot, distance_line, front_line, hatched_fill, starburst, territory_fill

# Strike classes as ISW's airstrike maps name them; values as strikecheck:importstrikes writes.
HIGH, LOW = "high", "low"
STRIKE_CLASSES = (
    (HIGH, "High-Confidence reporting", "#d7261e", "#4a0805"),
    (LOW, "Low-Confidence reporting", "#ffffff", "#d7261e"),
)
UNRATED_LABEL = "Strike (confidence not reported)"
UNRATED_COLOURS = ("#f08c1e", "#4a2305")
NOBODY_LABEL = "Not in any mapped faction's territory"
NOBODY_COLOURS = ("#ffffff", "#333333")

# Distance lines are drawn darker than the territory they lead to, so they read on its fill.
LINE_DARKEN = 170


def _grouped(styles, values):
    """{code: (StyleClass, [raw values])} in preset order, for the values present."""
    groups = {}
    for raw, style in styles.classes_for(values):
        groups.setdefault(style.code, (style, []))[1].append(raw)
    return groups


def class_expression(field, groups):
    """The field itself when every value is already a code, else a CASE mapping raw -> code."""
    column = quote_field(field)
    whens = []
    for code, (_, raws) in groups.items():
        others = [r for r in raws if r != code]
        if others:
            listed = ", ".join(quote_text(r) for r in raws)
            whens.append(f"WHEN {column} IN ({listed}) THEN {quote_text(code)}")
    if not whens:
        return field
    return "CASE " + " ".join(whens) + f" ELSE {column} END"


def control_symbol(style, geometry_type, ring_expression=None, opacity=1.0):
    """How one faction's territory is drawn for the layer's geometry type."""
    if geometry_type == GEOMETRY_POINT:
        return control_dot(style.colours, ring_expression)
    if geometry_type == GEOMETRY_LINE:
        return front_line(style.colour)
    if style.mixed:
        return hatched_fill(style.colours, opacity)
    return territory_fill(style.colour, opacity)


def control_renderer(styles, field, geometry_type, values=None, ring_expression=None, opacity=1.0):
    """Territory categorised by faction, with the preset's colours and ISW-like legend labels.

    `values` are the raw values present in the layer; None gives every class of the preset
    (the form saved to resources/styles).
    """
    if values is None:
        groups = {c.code: (c, [c.code]) for c in styles.classes}
    else:
        groups = _grouped(styles, values)
    renderer = QgsCategorizedSymbolRenderer(class_expression(field, groups), [])
    for code, (style, _) in groups.items():
        symbol = control_symbol(style, geometry_type, ring_expression, opacity)
        renderer.addCategory(QgsRendererCategory(code, symbol, style.label))
    return renderer


def strikes_renderer(field="confidence", tr=str):
    """Starbursts in the two classes of ISW's airstrike maps, plus one for unrated reports."""
    expression = f"lower(trim({quote_field(field)}))"
    renderer = QgsCategorizedSymbolRenderer(expression, [])
    for value, label, fill, outline in STRIKE_CLASSES:
        renderer.addCategory(QgsRendererCategory(value, starburst(fill, outline), tr(label)))
    # The empty value is the 'all other values' category: NULL and anything unexpected.
    renderer.addCategory(QgsRendererCategory("", starburst(*UNRATED_COLOURS), tr(UNRATED_LABEL)))
    return renderer


def results_renderer(styles, field="controlled_by", values=None, tr=str):
    """Starbursts coloured by the faction holding the ground where each strike landed."""
    if values is None:
        groups = {c.code: (c, [c.code]) for c in styles.classes}
    else:
        groups = _grouped(styles, values)
    renderer = QgsCategorizedSymbolRenderer(class_expression(field, groups), [])
    for code, (style, _) in groups.items():
        centre = style.colours[1] if style.mixed else None
        symbol = starburst(style.colour, "#222222", centre=centre)
        renderer.addCategory(QgsRendererCategory(code, symbol, style.label))
    renderer.addCategory(QgsRendererCategory("", starburst(*NOBODY_COLOURS), tr(NOBODY_LABEL)))
    return renderer


def lines_renderer(styles, field="faction", values=None, target=None, tr=str):
    """Dashed lines to the nearest territory of each faction (only the target's when given)."""
    from qgis.PyQt.QtGui import QColor

    if target:
        groups = {styles.lookup(target).code: (styles.lookup(target), [target])}
    elif values is None:
        groups = {c.code: (c, [c.code]) for c in styles.classes if not c.mixed}
    else:
        groups = _grouped(styles, values)
    renderer = QgsCategorizedSymbolRenderer(class_expression(field, groups), [])
    for code, (style, _) in groups.items():
        colour = QColor(style.colour).darker(LINE_DARKEN)
        label = tr("Distance to nearest {name} territory").format(name=style.name)
        renderer.addCategory(QgsRendererCategory(code, distance_line(colour), label))
    return renderer


def lines_label_expression(styles, field="faction", km_field="km", target=None):
    """'53 km to ISIS' for every line (or the target's only), with the preset's short names."""
    column = quote_field(field)
    if target:
        style = styles.lookup(target)
        name = quote_text(" km to " + style.name)
        return (
            f"CASE WHEN {column} = {quote_text(target)} "
            f"THEN format_number({quote_field(km_field)}, 0) || {name} END"
        )
    names = " ".join(f"WHEN {quote_text(c.code)} THEN {quote_text(c.name)}" for c in styles.classes)
    return (
        f"format_number({quote_field(km_field)}, 0) || ' km to ' || "
        f"CASE {column} {names} ELSE {column} END"
    )
