"""Parameters as QGIS's batch panel sends them (BatchPanel.parametersForRow): every destination
wrapped in QgsProcessingOutputLayerDefinition, an empty optional column as one with sink ''.
Nearest faction once failed every batch row with "Could not create destination layer for
LINES: invalid value"."""

from pathlib import Path

from qgis.core import QgsProcessingOutputLayerDefinition, QgsProject, QgsVectorLayer

from tests.processing.test_nearest_faction import control_layer, strike_layer


def _batch(value):
    return QgsProcessingOutputLayerDefinition(value, QgsProject.instance())


def test_nearest_faction_with_the_lines_column_empty(run_alg, tmp_path):
    output = tmp_path / "row1.gpkg"
    result = run_alg(
        "strikecheck:nearestfaction",
        {
            "STRIKES": strike_layer(),
            "CONTROL": control_layer(),
            "FACTION_FIELD": "faction",
            "OUTPUT": _batch(str(output)),
            "LINES": _batch(""),
        },
    )
    assert result.get("LINES") in (None, "")
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert layer.isValid() and layer.featureCount() == strike_layer().featureCount()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["row1.gpkg"]  # no stray -journal


def test_nearest_faction_with_the_lines_column_filled(run_alg, tmp_path):
    result = run_alg(
        "strikecheck:nearestfaction",
        {
            "STRIKES": strike_layer(),
            "CONTROL": control_layer(),
            "FACTION_FIELD": "faction",
            "OUTPUT": _batch(str(tmp_path / "out.gpkg")),
            "LINES": _batch(str(tmp_path / "lines.gpkg")),
        },
    )
    lines = QgsVectorLayer(result["LINES"], "lines", "ogr")
    assert lines.isValid() and lines.featureCount() > 0
    assert Path(tmp_path / "lines.gpkg").exists()
