"""Styles a layer for its StrikeCheck role; only the layer's style changes, never its data."""

from contextlib import contextmanager

from ..layer_io.values import is_null
from . import labels, renderers
from .labels import quote_field

CONTROL, STRIKES, RESULTS, LINES = "control", "strikes", "results", "lines"
ROLES = (CONTROL, STRIKES, RESULTS, LINES)
# Values of a status field that put a ring around a town-control point (Wikipedia's map marks
# ring besieged places; contested ones get the same mark here).
RING_VALUES = ("besieged", "siege", "under siege", "encircled", "contested")


def marker_size_mm(count):
    """Starburst size for a layer of `count` strikes: ISW's large marks for a few sites,
    smaller ones as they crowd (thousands of 6 mm marks would carpet the map)."""
    if count is None or count <= 100:
        return 6.0
    if count <= 1000:
        return 4.0
    return 2.5


def ring_expression(field):
    """True for a control point whose `field` says it is besieged or contested."""
    listed = ", ".join(f"'{value}'" for value in RING_VALUES)
    return f"lower(trim(to_string({quote_field(field)}))) IN ({listed})"


def unique_values(layer, field):
    """The distinct values of a field, NULL included as None."""
    index = layer.fields().lookupField(field)
    return [None if is_null(v) else v for v in layer.uniqueValues(index)]


def _finish(layer, labeling=None):
    if labeling is not None:
        layer.setLabeling(labeling)
    layer.setLabelsEnabled(labeling is not None)
    layer.triggerRepaint()
    layer.emitStyleChanged()


def style_control(layer, styles, field, status_field=None, all_classes=False, tr=str):
    """Territory by faction: fills (hatched when mixed), heavy front lines, or dots with rings."""
    values = None if all_classes else unique_values(layer, field)
    ring = ring_expression(status_field) if status_field else None
    renderer = renderers.control_renderer(
        styles, field, layer.geometryType(), values, ring_expression=ring, tr=tr
    )
    layer.setRenderer(renderer)
    _finish(layer)
    return renderer


def style_strikes(layer, field="confidence", label_field=None, all_classes=False, tr=str):
    """Starbursts by reporting confidence, as ISW's airstrike maps draw them (all unrated
    when the layer has no such field)."""
    if layer.fields().lookupField(field) < 0:
        field, values = None, [None]
    else:
        values = None if all_classes else unique_values(layer, field)
    size = marker_size_mm(None if all_classes else layer.featureCount())
    renderer = renderers.strikes_renderer(field, values, tr=tr, size_mm=size)
    layer.setRenderer(renderer)
    expression = labels.strike_label_expression(label_field) if label_field else None
    _finish(layer, labels.strike_labeling(expression) if expression else None)
    return renderer


def style_results(
    layer,
    styles,
    field="controlled_by",
    label_field=None,
    distance_field=None,
    target=None,
    all_classes=False,
    tr=str,
):
    """Starbursts by who held the ground, labelled with the name and the distance to `target`."""
    values = None if all_classes else unique_values(layer, field)
    size = marker_size_mm(None if all_classes else layer.featureCount())
    renderer = renderers.results_renderer(styles, field, values, tr=tr, size_mm=size)
    layer.setRenderer(renderer)
    name = styles.name_of(target) if target else None
    expression = labels.strike_label_expression(label_field, distance_field, name)
    _finish(layer, labels.strike_labeling(expression) if expression else None)
    return renderer


def style_lines(
    layer, styles, field="faction", km_field="km", target=None, all_classes=False, tr=str
):
    """Dashed lines to the nearest territory, labelled '53 km to ISIS' (the target's only)."""
    values = None if all_classes else unique_values(layer, field)
    renderer = renderers.lines_renderer(styles, field, values, target, tr=tr)
    layer.setRenderer(renderer)
    expression = renderers.lines_label_expression(styles, field, km_field, target, values)
    _finish(layer, labels.line_labeling(expression))
    return renderer


@contextmanager
def borrowed_styles(layers):
    """Restores each layer's renderer and labels on exit: style layers for one rendering
    (e.g. a report's map) without leaving a trace in the user's project."""
    saved = []
    for layer in layers:
        renderer = layer.renderer().clone() if layer.renderer() else None
        labeling = layer.labeling().clone() if layer.labeling() else None
        saved.append((layer, renderer, labeling, layer.labelsEnabled()))
    try:
        yield
    finally:
        for layer, renderer, labeling, enabled in saved:
            if renderer is not None:
                layer.setRenderer(renderer)
            layer.setLabeling(labeling)
            layer.setLabelsEnabled(enabled)
            layer.triggerRepaint()
