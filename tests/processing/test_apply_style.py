"""strikecheck:applystyle through processing.run: categories, colours and labels from the preset."""

import pytest
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsLinePatternFillSymbolLayer,
    QgsProcessingException,
    QgsProject,
    QgsRenderContext,
    QgsSvgMarkerSymbolLayer,
)
from qgis.PyQt.QtGui import QColor

from strikecheck.plugin.core.presets import BUNDLED, load_preset
from tests.layers import memory_layer
from tests.recording import RecordingFeedback

ALG = "strikecheck:applystyle"
SYRIA = load_preset(BUNDLED / "syria-2015.json")
SQUARE = "POLYGON((36 34,37 34,37 35,36 35,36 34))"


def colour_of(code, palette="isw-like"):
    return QColor(SYRIA.by_code(code).colours[palette]).name()


@pytest.fixture()
def project_layer():
    added = []

    def add(layer):
        QgsProject.instance().addMapLayer(layer)
        added.append(layer.id())
        return layer

    yield add
    QgsProject.instance().removeMapLayers(added)


def control_layer(values):
    rows = [(SQUARE, [value]) for value in values]
    return memory_layer("Polygon", "EPSG:4326", ["faction:string"], rows, "control")


def categories(layer):
    return {c.value(): c for c in layer.renderer().categories()}


def symbol_for(layer, attributes):
    """The colour of the symbol the renderer picks for a feature with these attributes."""
    feature = next(layer.getFeatures())
    for name, value in attributes.items():
        feature[name] = value
    context = QgsRenderContext()
    context.expressionContext().appendScope(QgsExpressionContextUtils.layerScope(layer))
    renderer = layer.renderer().clone()
    renderer.startRender(context, layer.fields())
    # The map renderer sets the feature on the context; an expression class needs it.
    context.expressionContext().setFeature(feature)
    symbol = renderer.symbolForFeature(feature, context)
    colour = symbol.color().name() if symbol else None
    renderer.stopRender(context)
    return colour


def label_text(layer, attributes):
    """The label text the layer's labeling expression gives a feature with these attributes."""
    settings = layer.labeling().settings()
    feature = next(layer.getFeatures())
    for name, value in attributes.items():
        feature[name] = value
    context = QgsExpressionContext()
    context.appendScope(QgsExpressionContextUtils.layerScope(layer))
    context.setFeature(feature)
    expression = QgsExpression(settings.fieldName)
    value = expression.evaluate(context)
    assert not expression.hasEvalError(), expression.evalErrorString()
    return value


def test_control_classes_are_the_presets(run_alg, project_layer):
    layer = project_layer(control_layer(["regime", "isis", "jn", "rebel", "isis+jn+rebel"]))
    before = [f.attributes() for f in layer.getFeatures()]
    run_alg(ALG, {"LAYER": layer, "ROLE": "control", "PRESET": "syria-2015"})
    cats = categories(layer)
    assert list(cats) == ["regime", "rebel", "isis", "jn", "isis+jn+rebel"]  # preset order
    for code in ("regime", "rebel", "isis", "jn"):
        assert cats[code].label() == SYRIA.by_code(code).label
        assert cats[code].symbol().color().name() == colour_of(code)
    assert cats["isis"].label() == "ISIS Control"
    mixed = cats["isis+jn+rebel"]
    assert mixed.label() == "ISIS, JN, and Rebel Control"
    # Hatched: a base in one member's colour, stripes in the others'.
    stripes = [
        sl for sl in mixed.symbol().symbolLayers() if isinstance(sl, QgsLinePatternFillSymbolLayer)
    ]
    assert len(stripes) == 2
    drawn = {mixed.symbol().symbolLayer(0).color().name()}
    drawn |= {sl.subSymbol().color().name() for sl in stripes}
    assert drawn == {colour_of("isis"), colour_of("jn"), colour_of("rebel")}
    # Style only: the data is untouched.
    assert [f.attributes() for f in layer.getFeatures()] == before
    assert not layer.isModified()


def test_palette_and_aliases(run_alg, project_layer):
    layer = project_layer(control_layer(["Daesh", "ISIL", "Syrian Arab Army"]))
    run_alg(
        ALG, {"LAYER": layer, "ROLE": "control", "PRESET": "syria-2015", "PALETTE": "wikipedia"}
    )
    cats = categories(layer)
    # Two spellings of ISIS make one legend entry.
    assert sorted(cats) == ["isis", "regime"]
    assert cats["isis"].label() == "ISIS Control"
    assert symbol_for(layer, {"faction": "ISIL"}) == colour_of("isis", "wikipedia")
    assert symbol_for(layer, {"faction": "Syrian Arab Army"}) == colour_of("regime", "wikipedia")


def test_strikes_by_confidence(run_alg, project_layer):
    layer = project_layer(
        memory_layer(
            "Point",
            "EPSG:4326",
            ["confidence:string", "site:string"],
            [
                ("POINT(36.7 34.8)", ["high", "Talbiseh"]),
                ("POINT(36.7 34.9)", ["Low", "Rastan"]),
                ("POINT(36.6 35.3)", [None, "Lataminah"]),
            ],
        )
    )
    run_alg(ALG, {"LAYER": layer, "ROLE": "strikes", "LABEL_FIELD": "site"})
    cats = categories(layer)
    assert cats["high"].label() == "High-Confidence reporting"
    assert cats["low"].label() == "Low-Confidence reporting"
    assert "unrated" in cats  # the NULL confidence
    symbol = cats["high"].symbol()
    rim, halo, marker = (symbol.symbolLayer(i) for i in range(3))
    assert isinstance(marker, QgsSvgMarkerSymbolLayer)
    assert marker.path().startswith("base64:")
    # A dark rim around a white halo: contrast on pale and on dark ground, its own colour too.
    assert QColor(rim.fillColor()).lightness() < 60 and halo.fillColor().name() == "#ffffff"
    assert rim.strokeWidth() > halo.strokeWidth() and marker.fillColor().name() == "#d7261e"
    assert symbol_for(layer, {"confidence": "Low"}) == cats["low"].symbol().color().name()
    assert label_text(layer, {"site": "Talbiseh"}) == "Talbiseh"


def test_results_with_distance_labels(run_alg, project_layer):
    layer = project_layer(
        memory_layer(
            "Point",
            "EPSG:4326",
            ["site:string", "controlled_by:string", "dist_isis_km:double"],
            [
                ("POINT(36.7 34.8)", ["Talbiseh", "rebel", 52.6]),
                ("POINT(38.9 35.9)", ["Raqqa", "isis", 0.0]),
                ("POINT(36.0 34.0)", ["Nowhere", None, 80.0]),
            ],
        )
    )
    run_alg(
        ALG, {"LAYER": layer, "ROLE": "results", "TARGET_FACTION": "isis", "LABEL_FIELD": "site"}
    )
    cats = categories(layer)
    assert cats["rebel"].label() == "Rebel Control"
    assert cats["isis"].label() == "ISIS Control"
    assert cats["(none)"].label() == "Not in any mapped faction's territory"
    assert symbol_for(layer, {"controlled_by": None}) == cats["(none)"].symbol().color().name()
    text = label_text(layer, {"site": "Talbiseh", "dist_isis_km": 52.6})
    assert text == "Talbiseh\n53 km to ISIS"
    assert label_text(layer, {"site": "Raqqa", "dist_isis_km": 0.0}) == "Raqqa\nin ISIS territory"


def test_lines_labelled_and_filtered_to_target(run_alg, project_layer):
    layer = project_layer(
        memory_layer(
            "LineString",
            "EPSG:4326",
            ["strike_id:integer", "faction:string", "km:double"],
            [
                ("LINESTRING(36.7 34.8, 37.2 34.9)", [1, "isis", 53.2]),
                ("LINESTRING(36.7 34.8, 36.7 34.7)", [1, "regime", 4.0]),
            ],
        )
    )
    run_alg(ALG, {"LAYER": layer, "ROLE": "lines"})
    assert sorted(categories(layer)) == ["isis", "regime"]
    assert label_text(layer, {"faction": "isis", "km": 53.2}) == "53 km to ISIS"
    assert label_text(layer, {"faction": "regime", "km": 4.0}) == "4 km to Regime"
    run_alg(ALG, {"LAYER": layer, "ROLE": "lines", "TARGET_FACTION": "isis"})
    cats = categories(layer)
    assert list(cats) == ["isis"]
    assert cats["isis"].label() == "Distance to nearest ISIS territory"
    assert symbol_for(layer, {"faction": "regime"}) is None  # not drawn
    assert label_text(layer, {"faction": "regime", "km": 4.0}) is None


def test_control_points_ring_where_besieged(run_alg, project_layer):
    layer = project_layer(
        memory_layer(
            "Point",
            "EPSG:4326",
            ["faction:string", "status:string"],
            [("POINT(36.7 34.8)", ["regime", "besieged"]), ("POINT(36.8 34.8)", ["rebel", ""])],
        )
    )
    run_alg(ALG, {"LAYER": layer, "ROLE": "control", "STATUS_FIELD": "status"})
    cats = categories(layer)  # held: a category owns its symbol
    ring = cats["regime"].symbol().symbolLayer(0)
    prop = next(iter(ring.dataDefinedProperties().propertyKeys()))
    expression = ring.dataDefinedProperties().property(prop).expressionString()
    assert '"status"' in expression and "besieged" in expression


def test_qml_file_written_and_reloadable(run_alg, tmp_path):
    layer = control_layer(["regime", "isis"])
    qml = tmp_path / "control.qml"
    feedback = RecordingFeedback()
    run_alg(ALG, {"LAYER": layer, "ROLE": "control", "QML_FILE": str(qml)}, feedback)
    fresh = control_layer(["regime"])
    message, ok = fresh.loadNamedStyle(str(qml))
    assert ok, message
    assert sorted(categories(fresh)) == ["isis", "regime"]


@pytest.mark.parametrize(
    ("parameters", "words"),
    [
        ({"PRESET_FILE": "/nonexistent/atlantis.json"}, ["atlantis.json", "cannot be read"]),
        ({"PALETTE": "neon"}, ["Palette 'neon'", "isw-like", "wikipedia"]),
        ({"FACTION_FIELD": "side"}, ["Field 'side' not found", "faction"]),
    ],
)
def test_mistakes_are_sentences(run_alg, parameters, words):
    layer = control_layer(["regime"])
    with pytest.raises(QgsProcessingException) as raised:
        run_alg(ALG, {"LAYER": layer, "ROLE": "control", **parameters})
    for word in words:
        assert word in str(raised.value)


def test_unknown_target_for_lines_is_a_sentence(run_alg):
    layer = memory_layer(
        "LineString",
        "EPSG:4326",
        ["faction:string", "km:double"],
        [("LINESTRING(0 0, 1 1)", ["regime", 4.0])],
    )
    with pytest.raises(QgsProcessingException, match="Target faction 'isis' has no line"):
        run_alg(ALG, {"LAYER": layer, "ROLE": "lines", "TARGET_FACTION": "isis"})
