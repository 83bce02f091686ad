"""Map images made by QGIS for the tests: a known control map drawn ISW-like (flat fills, borders,
roads, rivers, labels, a legend box), saved as JPEG or PNG with a world file, or as a GeoTIFF."""

from dataclasses import dataclass

import numpy as np
import shapely
from qgis.core import (
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsProperty,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
)
from qgis.PyQt.QtCore import QRectF, QSize
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

from .layers import memory_layer

DPI = 150
LAND = "#efe9d8"  # the land outside every faction, as ISW's base maps draw it
WATER = "#c6dcef"
NAMES = ("Raqqa", "Deir ez-Zor", "Aleppo", "Homs", "Palmyra", "Hasakah", "Idlib", "Hama")


@dataclass
class Drawn:
    image: QImage
    extent: tuple  # (x0, y0, x1, y1): what the image shows, edge to edge
    hidden: object  # shapely: where names and the legend box cover the map


def visible(codes, geometries):
    """[(code, polygon)] of what a painter shows: each feature without what later ones cover."""
    shown, above = [], shapely.Polygon()
    for code, geometry in reversed(list(zip(codes, geometries))):
        part = shapely.make_valid(shapely.difference(geometry, above))
        above = shapely.union(above, geometry)
        polygons = [p for p in shapely.get_parts(part) if p.geom_type == "Polygon"]
        if polygons:
            shown.append((code, shapely.MultiPolygon(polygons)))
    return shown[::-1]


def truth_by_code(shown):
    """{code: geometry} of visible() pieces joined per faction."""
    codes = sorted({code for code, _ in shown})
    return {c: shapely.union_all([g for code, g in shown if code == c]) for c in codes}


def _fill_layer(shown, colours, hatches):
    rows = [(g.wkt, [code, colours.get(code, "#000000")]) for code, g in shown]
    layer = memory_layer("MultiPolygon", "EPSG:4326", ["faction:string", "colour:string"], rows)
    symbol = QgsFillSymbol.createSimple(
        {"color": "#000000", "outline_color": "#5a5a5a", "outline_width": "0.2"}
    )
    symbol.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.Property.PropertyFillColor, QgsProperty.fromField("colour")
    )
    for code, (stripe, spacing_mm) in hatches.items():
        pattern = QgsLinePatternFillSymbolLayer()
        pattern.setLineAngle(45)
        pattern.setDistance(spacing_mm)
        pattern.setSubSymbol(QgsLineSymbol.createSimple({"color": stripe, "width": spacing_mm / 2}))
        pattern.setDataDefinedProperty(
            QgsSymbolLayer.Property.PropertyLayerEnabled,
            QgsProperty.fromExpression(f"\"faction\" = '{code}'"),
        )
        symbol.appendSymbolLayer(pattern)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def _lines(extent, count, rng, colour, width_mm):
    x0, y0, x1, y1 = extent
    rows = []
    for _ in range(count):
        t = np.linspace(0, 1, 40)
        xs = x0 + (x1 - x0) * t
        ys = y0 + (y1 - y0) * (rng.uniform(0.1, 0.9) + 0.08 * np.sin(t * rng.uniform(3, 9)))
        if rng.random() < 0.5:  # some run north-south
            xs, ys = x0 + (x1 - x0) * (ys - y0) / (y1 - y0), y0 + (y1 - y0) * t
        rows.append((shapely.LineString(np.c_[xs, ys]).wkt, []))
    layer = memory_layer("LineString", "EPSG:4326", [], rows)
    symbol = QgsLineSymbol.createSimple({"color": colour, "width": str(width_mm)})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def _text(image, rng, colours):
    """Place names with white halos and a legend box in the lower right corner; returns the
    pixel boxes (left, top, right, bottom) of the names: what they hide nothing can read."""
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(16)
    painter.setFont(font)
    w, h = image.width(), image.height()
    boxes = []
    for name in NAMES:
        x, y = rng.uniform(0.1, 0.8) * w, rng.uniform(0.1, 0.9) * h
        painter.setPen(QPen(QColor("#ffffff"), 3))
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            painter.drawText(int(x + dx), int(y + dy), name)
        painter.setPen(QColor("#202020"))
        painter.drawText(int(x), int(y), name)
        painter.fillRect(QRectF(x - 8, y - 10, 6, 6), QColor("#000000"))  # a town mark
        width = painter.fontMetrics().horizontalAdvance(name)
        boxes.append((x - 10, y - 18, x + width + 3, y + 6))
    box = QRectF(w - 200, h - 30 - 22 * len(colours), 190, 20 + 22 * len(colours))
    painter.fillRect(box, QColor("#ffffff"))
    painter.setPen(QColor("#000000"))
    painter.drawRect(box)
    for i, (code, colour) in enumerate(colours.items()):
        top = box.top() + 10 + 22 * i
        painter.fillRect(QRectF(box.left() + 10, top, 24, 14), QColor(colour))
        painter.drawText(int(box.left() + 42), int(top + 13), code)
    painter.end()
    boxes.append((box.left(), box.top(), box.right(), box.bottom()))
    return boxes


def render(shown, colours, extent, width_px, hatches=None, seed=7, overprints=True):
    """Drawn(QImage, lon/lat extent, text boxes) of the visible pieces [(code, polygon)] over
    `extent` (a lon/lat box) at DPI; `hatches` {code: (stripe colour, spacing mm)} draws those
    factions striped."""
    x0, y0, x1, y1 = extent
    height_px = round(width_px * (y1 - y0) / (x1 - x0))
    rng = np.random.default_rng(seed)
    layers = [_fill_layer(shown, colours, hatches or {})]
    if overprints:
        layers = [
            _lines(extent, 4, rng, "#4f8fd0", 0.4),  # rivers
            _lines(extent, 6, rng, "#555555", 0.25),  # roads
            *layers,
        ]
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[0].crs())
    settings.setExtent(QgsRectangle(x0, y0, x1, y1))
    settings.setOutputSize(QSize(width_px, height_px))
    settings.setOutputDpi(DPI)
    settings.setBackgroundColor(QColor(LAND))
    image = QImage(QSize(width_px, height_px), QImage.Format.Format_RGB32)
    image.fill(QColor(LAND))
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.start()
    job.waitForFinished()
    painter.end()
    boxes = _text(image, rng, colours) if overprints else []
    # QGIS widens the extent to the image's shape: the world file must say what was drawn.
    drawn = settings.visibleExtent()
    drawn = (drawn.xMinimum(), drawn.yMinimum(), drawn.xMaximum(), drawn.yMaximum())
    return Drawn(image, drawn, shapely.union_all([_box(drawn, image, b) for b in boxes]))


def _box(extent, image, box):
    """A pixel box (left, top, right, bottom) as a lon/lat polygon."""
    dx, dy = pixel_size(extent, image)
    left, top, right, bottom = box
    return shapely.box(
        extent[0] + left * dx, extent[3] - bottom * dy, extent[0] + right * dx, extent[3] - top * dy
    )


def world_file(path, extent, image):
    """Writes the world file of an image covering `extent` exactly (pixel centres)."""
    x0, y0, x1, y1 = extent
    dx, dy = (x1 - x0) / image.width(), (y1 - y0) / image.height()
    lines = [dx, 0.0, 0.0, -dy, x0 + dx / 2, y1 - dy / 2]
    path.write_text("\n".join(f"{v:.12f}" for v in lines) + "\n")


def save_with_world_file(image, path, extent, quality=80):
    """Saves the image (format from the suffix) with its world file (.jgw, .pgw)."""
    assert image.save(str(path), None, quality)
    suffix = {".jpg": ".jgw", ".png": ".pgw"}[path.suffix]
    world_file(path.with_suffix(suffix), extent, image)
    path.with_suffix(path.suffix + ".aux.xml").write_text(
        "<PAMDataset><SRS>EPSG:4326</SRS></PAMDataset>\n"
    )
    return path


def pixel_size(extent, image):
    """(dx, dy) of a pixel in degrees."""
    x0, y0, x1, y1 = extent
    return (x1 - x0) / image.width(), (y1 - y0) / image.height()


def fractal_front_map(seed=0):
    """(codes, polygons) of Ukraine split by a fractal front (tests/realistic.py) into
    russia_occupied and ukraine_held, with contested areas along the front and an enclave of
    each side: features a 150 dpi map can show (tens of pixels across), codes of the ukraine
    preset."""
    from .realistic import _blob, country_outline, front_line

    rng = np.random.default_rng(seed)
    country = country_outline()
    xy = shapely.get_coordinates(front_line(seed, depth=12))
    east = shapely.make_valid(
        shapely.Polygon(np.vstack([xy, [(45, 44), (50, 44), (50, 56), (36, 56), xy[0]]]))
    )
    codes = ["russia_occupied", "ukraine_held"]
    shapes = [shapely.intersection(country, east), shapely.difference(country, east)]
    for i in rng.choice(len(xy), 4, replace=False):
        codes.append("contested")
        shapes.append(shapely.intersection(_blob(xy[i], rng.uniform(0.25, 0.4), rng), country))
    for centre, code in (((36.0, 48.6), "ukraine_held"), ((31.5, 49.5), "russia_occupied")):
        codes.append(code)
        shapes.append(_blob(centre, 0.3, rng))
    return codes, shapes
