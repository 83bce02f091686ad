"""Faction values with backslashes, quotes, `[% %]`, `$` and braces: every styled layer still
draws every feature, and labels show the values as written (issue 18: `Group\\` or
`Regime\\Rebel` once made the renderer unparsable, and the layer or territory vanished)."""

import pytest
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProject,
    QgsRenderContext,
)

from tests.layers import memory_layer

VALUES = ["Group\\", "Regime\\Rebel", "it's [% env('HOME') %]", "$\\foo$ {x}", 'say "hi"']


def _expressions(layer):
    """Every expression the layer's renderer and labels hold."""
    renderer = layer.renderer()
    found = []
    if renderer.type() == "categorizedSymbol":
        found.append(renderer.classAttribute())
    elif renderer.type() == "RuleRenderer":
        found += [r.filterExpression() for r in renderer.rootRule().descendants()]
    labeling = layer.labeling()
    if layer.labelsEnabled() and labeling is not None:
        for key in labeling.subProviders():
            settings = labeling.settings(key)
            if settings.isExpression:
                found.append(settings.fieldName)
    return [e for e in found if e]


def _drawn(layer):
    """How many features the renderer draws with at least one symbol."""
    context = QgsRenderContext()
    context.expressionContext().appendScopes(
        QgsExpressionContextUtils.globalProjectLayerScopes(layer)
    )
    renderer = layer.renderer().clone()
    renderer.startRender(context, layer.fields())
    drawn = 0
    for feature in layer.getFeatures():
        context.expressionContext().setFeature(feature)
        drawn += bool(renderer.symbolsForFeature(feature, context))
    renderer.stopRender(context)
    return drawn


def _labels(layer):
    settings = layer.labeling().settings()
    expression = QgsExpression(settings.fieldName)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    texts = []
    for feature in layer.getFeatures():
        context.setFeature(feature)
        texts.append(expression.evaluate(context))
    return texts


def _styled(run_alg, role, geometry, fields, rows, **extra):
    layer = memory_layer(geometry, "EPSG:4326", fields, rows)
    QgsProject.instance().addMapLayer(layer)
    run_alg(
        "strikecheck:applystyle", {"LAYER": layer, "ROLE": role, "PRESET": "syria-2015", **extra}
    )
    for text in _expressions(layer):
        expression = QgsExpression(text)
        assert not expression.hasParserError(), (text, expression.parserErrorString())
    return layer


@pytest.fixture(autouse=True)
def _clean_project():
    yield
    QgsProject.instance().removeAllMapLayers()


def test_control_territories_never_vanish(run_alg):
    rows = [
        (f"POLYGON(({i} 0,{i + 0.9} 0,{i + 0.9} 1,{i} 1,{i} 0))", [value])
        for i, value in enumerate(VALUES)
    ]
    layer = _styled(run_alg, "control", "Polygon", ["faction:string"], rows)
    assert _drawn(layer) == len(VALUES)


def test_lines_draw_and_label_literally(run_alg):
    rows = [(f"LINESTRING({i} 0, {i} 1)", [i, value, 40.0 + i]) for i, value in enumerate(VALUES)]
    fields = ["strike_id:integer", "faction:string", "km:double"]
    layer = _styled(run_alg, "lines", "LineString", fields, rows)
    assert _drawn(layer) == len(VALUES)
    names = [{"Regime\\Rebel": "Rebel and Regime"}.get(v, v) for v in VALUES]  # a mixed class
    assert _labels(layer) == [f"{40 + i} km to {name}" for i, name in enumerate(names)]


def test_results_draw_and_label_literally(run_alg):
    rows = [(f"POINT({i} 0)", [value, value, 10.0 + i, value]) for i, value in enumerate(VALUES)]
    fields = ["site:string", "controlled_by:string", "dist_isis_km:double", "nearest_other:string"]
    layer = _styled(run_alg, "results", "Point", fields, rows, TARGET_FACTION="isis")
    assert _drawn(layer) == len(VALUES)
    assert _labels(layer) == [f"{10 + i} km to ISIS" for i in range(len(VALUES))]
