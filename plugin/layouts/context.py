"""Context layers for maps: countries and borders from the world map QGIS ships (no network)."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
)

from ..core.place_names import CURRENT_NAMES
from ..layer_io.lookups import first_where, geometries_in_box, vertices_wgs84
from ..styling.labels import polygon_labeling, quote_text
from ..world_map import NAME_FIELD, ContextError, world_layer, world_map_path  # noqa: F401

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
NEIGHBOUR_FILL = "#e4e0d8"
FOCUS_FILL = "#fbfaf7"
BORDER = "#6f6f6f"


def points_wgs84(layer, project, expression=None, limit=None):
    """The vertices of the layer's features (up to `limit`), as WGS84 (lon, lat) pairs."""
    return vertices_wgs84(layer, project.transformContext(), expression, limit)


def focus_country(countries, lonlat, sample=2000):
    """The name of the country holding most of the points (None when none is on land)."""
    if not lonlat:
        return None
    # An even sample is enough to find the country, and keeps 100k strikes quick.
    lonlat = lonlat[:: max(1, len(lonlat) // sample)]
    xs = [p[0] for p in lonlat]
    ys = [p[1] for p in lonlat]
    box = QgsRectangle(min(xs), min(ys), max(xs), max(ys))
    box.grow(0.01)
    counts = {}
    points = [QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in lonlat]
    for name, geometry in geometries_in_box(countries, box, NAME_FIELD):
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        inside = sum(1 for point in points if engine.contains(point.constGet()))
        if inside:
            counts[name] = inside
    if not counts:
        return None
    return max(counts, key=counts.get)


def country_extent(countries, name):
    """The WGS84 bounding box of a country by its NAME, or None."""
    feature = first_where(countries, NAME_FIELD, name)
    return None if feature is None else feature.geometry().boundingBox()


def current_name_expression(name_expression):
    """Expression text: the current English form of a Natural Earth name (core.place_names),
    each name quoted as an expression string, never spliced."""
    pairs = ", ".join(f"{quote_text(old)}, {quote_text(new)}" for old, new in CURRENT_NAMES.items())
    return f"coalesce(map_get(map({pairs}), {name_expression}), {name_expression})"


def _fill(colour, outline=None, width=0.25):
    props = {"color": colour, "outline_style": "no"}
    if outline:
        props.update(
            {"outline_style": "solid", "outline_color": outline, "outline_width": str(width)}
        )
    return QgsFillSymbol.createSimple(props)


def _focus_rules(focus, focus_symbol, other_symbol):
    root = QgsRuleBasedRenderer.Rule(None)
    is_focus = f'"{NAME_FIELD}" = {quote_text(focus or "")}'
    root.appendChild(QgsRuleBasedRenderer.Rule(focus_symbol, filterExp=is_focus, label="focus"))
    root.appendChild(QgsRuleBasedRenderer.Rule(other_symbol, elseRule=True, label="others"))
    return QgsRuleBasedRenderer(root)


def land_layer(focus):
    """Land under the control map: the focus country pale, its neighbours named in capitals."""
    layer = world_layer("Countries", "countries")
    layer.setRenderer(_focus_rules(focus, _fill(FOCUS_FILL), _fill(NEIGHBOUR_FILL)))
    name = f'"{NAME_FIELD}"'
    current = current_name_expression(name)
    expression = f"CASE WHEN {name} = {quote_text(focus or '')} THEN NULL ELSE upper({current}) END"
    layer.setLabeling(polygon_labeling(expression, size_pt=10, colour="#6b665c", letter_spacing=2))
    layer.setLabelsEnabled(True)
    return layer


def provinces_layer(focus_iso):
    """The focus country's provinces: dotted boundaries and names in small spaced capitals, the
    way conflict maps name governorates (orientation without a basemap)."""
    layer = world_layer("Provinces", "states_provinces")
    layer.setSubsetString(f'"iso_a2" = {quote_text(focus_iso or "--")}')
    symbol = QgsFillSymbol.createSimple(
        {
            "color": "0,0,0,0",
            "outline_color": "#8c8577",
            "outline_width": "0.2",
            "outline_style": "dot",
        }
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    # Natural Earth writes alternates in brackets ('Homs (Hims)'): the first name is enough,
    # in its current English form ('Kiev' -> 'Kyiv').
    first = r"""trim(regexp_replace("name", '\\(.*\\)', ''))"""
    name = f"upper({current_name_expression(first)})"
    labeling = polygon_labeling(
        name,
        size_pt=6.5,
        colour="#7d7668",
        letter_spacing=1.2,
        italic=True,
        priority=1,
        halo_mm=0.5,
    )
    layer.setLabeling(labeling)
    layer.setLabelsEnabled(True)
    return layer


def country_iso(countries, name):
    """The ISO 3166 alpha-2 code of a country by its NAME, or None."""
    feature = first_where(countries, NAME_FIELD, name)
    return None if feature is None else feature["iso_a2"]


def borders_layer():
    """International borders drawn above the control map, as published maps do."""
    layer = world_layer("Borders", "countries")
    symbol = QgsFillSymbol.createSimple(
        {
            "color": "0,0,0,0",
            "outline_color": BORDER,
            "outline_width": "0.35",
            "outline_style": "dash",
        }
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def locator_layer(focus):
    """The inset's land: the focus country white with a dark outline, the rest grey."""
    layer = world_layer("Locator", "countries")
    layer.setRenderer(
        _focus_rules(focus, _fill("#ffffff", "#333333", 0.3), _fill("#cfcac0", "#9a958b", 0.15))
    )
    return layer
