"""Writes the bundled .qml styles (resources/styles) that users can load by hand in QGIS."""

from pathlib import Path

from qgis.core import QgsVectorLayer

from . import apply
from .factions import FactionStyles, available_presets

STYLES_DIR = Path(__file__).resolve().parents[2] / "resources" / "styles"
# Field names as StrikeCheck's algorithms write them.
CONTROL_FIELDS = "field=faction:string&field=status:string"
GEOMETRIES = {"polygons": "Polygon", "lines": "LineString", "points": "Point"}


def _layer(geometry, fields):
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326&{fields}", "style", "memory")
    if not layer.isValid():
        raise RuntimeError(f"cannot make a {geometry} memory layer")
    return layer


def style_file_name(preset, palette, role):
    """'syria-2015_isw-like_control_polygons.qml'."""
    return f"{preset}_{palette}_{role}.qml"


def _save(layer, path):
    message, ok = layer.saveNamedStyle(str(path))
    if not ok:
        raise OSError(f"could not write {path}: {message}")
    return path


def write_style_files(folder=STYLES_DIR):
    """Every role's style for every palette of every preset that names factions."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    strikes = _layer("Point", "field=confidence:string")
    apply.style_strikes(strikes, all_classes=True)
    written.append(_save(strikes, folder / "strikes_by_confidence.qml"))
    for name, preset in sorted(available_presets().items()):
        if not preset.factions:
            continue  # e.g. 'generic': no classes to save before seeing the data
        for palette in preset.palettes:
            styles = FactionStyles(preset, palette)
            for kind, geometry in GEOMETRIES.items():
                layer = _layer(geometry, CONTROL_FIELDS)
                status = "status" if kind == "points" else None
                apply.style_control(layer, styles, "faction", status, all_classes=True)
                path = folder / style_file_name(name, palette, f"control_{kind}")
                written.append(_save(layer, path))
            results = _layer("Point", "field=controlled_by:string")
            apply.style_results(results, styles, all_classes=True)
            written.append(_save(results, folder / style_file_name(name, palette, "results")))
            lines = _layer("LineString", "field=faction:string&field=km:double")
            apply.style_lines(lines, styles, all_classes=True)
            written.append(_save(lines, folder / style_file_name(name, palette, "lines")))
    return written
