"""Distance labels where many lines converge: thinned, near the strike, below strike names."""

from qgis.core import QgsProject

from strikecheck.plugin.styling import labels
from tests.layers import memory_layer


def test_line_labels_are_thinned_and_give_way(run_alg):
    # Fifteen strikes, all measured to one point of the territory: fifteen lines converge there.
    rows = [
        (f"LINESTRING({36.0 + i * 0.05} {34.0 + (i % 5) * 0.1}, 37.3 34.9)", [i, "isis", 40.0 + i])
        for i in range(15)
    ]
    layer = memory_layer(
        "LineString", "EPSG:4326", ["strike_id:integer", "faction:string", "km:double"], rows
    )
    QgsProject.instance().addMapLayer(layer)
    try:
        run_alg("strikecheck:applystyle", {"LAYER": layer, "ROLE": "lines", "PRESET": "syria-2015"})
        settings = layer.labeling().settings()
        thinning = settings.thinningSettings()
        assert thinning.limitNumberOfLabelsEnabled()
        assert thinning.maximumNumberLabels() == labels.LINE_LABEL_MAX
        assert thinning.minimumFeatureSize() == labels.LINE_LABEL_MIN_MM
        # Below strike names (9): where space is short, distances give way to them.
        assert settings.priority < 9
        # Anchored towards the strike's end, where converging lines are still apart.
        assert settings.lineSettings().lineAnchorPercent() < 0.5
        if hasattr(thinning, "allowDuplicateRemoval"):  # QGIS >= 3.42
            assert thinning.allowDuplicateRemoval()
    finally:
        QgsProject.instance().removeAllMapLayers()
