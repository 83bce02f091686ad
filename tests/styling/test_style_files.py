"""The bundled .qml styles load in QGIS, match their preset, and match what the code makes now."""

from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtGui import QColor

from strikecheck.plugin.core.presets import BUNDLED, load_preset
from strikecheck.plugin.styling.files import STYLES_DIR, write_style_files

GEOMETRY = {
    "control_polygons": "Polygon",
    "control_lines": "LineString",
    "control_points": "Point",
    "results": "Point",
    "lines": "LineString",
}


def role_of(path):
    return next(role for role in GEOMETRY if path.stem.endswith(role))


def layer_for(path):
    role = role_of(path)
    layer = QgsVectorLayer(f"{GEOMETRY[role]}?crs=EPSG:4326&field=faction:string", "t", "memory")
    message, ok = layer.loadNamedStyle(str(path))
    assert ok, f"{path.name}: {message}"
    return layer


def summary(layer):
    """(value, label, colour) of every category: what a reader of the legend sees."""
    return [
        (c.value(), c.label(), c.symbol().color().name()) for c in layer.renderer().categories()
    ]


def preset_files():
    files = sorted(p for p in STYLES_DIR.glob("*.qml") if p.name != "strikes_by_confidence.qml")
    assert len(files) >= 15  # syria-2015 x 2 palettes + ukraine, 5 roles each
    return files


@pytest.mark.parametrize("path", preset_files(), ids=lambda p: p.name)
def test_each_style_loads_with_the_presets_classes(qgis_app, path):
    preset_name, palette, _ = path.stem.split("_", 2)
    preset = load_preset(BUNDLED / f"{preset_name}.json")
    layer, role = layer_for(path), role_of(path)
    by_value = {c.value(): c for c in layer.renderer().categories()}
    for faction in preset.factions:
        if role == "lines":
            assert by_value[faction.code].label().startswith("Distance to nearest")
            continue
        assert by_value[faction.code].label() == faction.label
        if role == "control_polygons":
            colour = by_value[faction.code].symbol().color().name()
            assert colour == QColor(faction.colours[palette]).name()
    if role == "control_polygons":
        for mixed in preset.mixed:
            assert by_value[mixed.code].label() == mixed.label


def test_strike_style_has_isw_classes(qgis_app):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=confidence:string", "s", "memory")
    assert layer.loadNamedStyle(str(STYLES_DIR / "strikes_by_confidence.qml"))[1]
    labels = [c.label() for c in layer.renderer().categories()]
    assert labels[:2] == ["High-Confidence reporting", "Low-Confidence reporting"]


def test_bundled_files_are_up_to_date(qgis_app, tmp_path):
    """Fails when styling code changed without re-running scripts/make_resources.py."""
    fresh = write_style_files(tmp_path)
    assert sorted(p.name for p in fresh) == sorted(p.name for p in STYLES_DIR.glob("*.qml"))
    for path in fresh:
        bundled = Path(STYLES_DIR / path.name)
        if bundled.name == "strikes_by_confidence.qml":
            continue
        assert summary(layer_for(path)) == summary(layer_for(bundled)), path.name
