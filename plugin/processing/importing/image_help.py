"""strikecheck:controlfromimage's help text, in parts so that each translates on its own."""

from qgis.PyQt.QtCore import QCoreApplication


def _tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


def image_help():
    """The help of strikecheck:controlfromimage, in the user's language."""
    parts = (
        _tr(
            "<p>Makes a control map from a published map image: georeference the picture "
            "in QGIS's Georeferencer, give the colour of each faction, and get polygons with "
            "the fields Import control map writes, ready for Nearest faction. Pixels take "
            "the nearest legend colour in CIELAB; labels, roads, rivers and borders drawn "
            "over the territory are bridged by the colours around them; hatching of two "
            "legend colours becomes their mixed class (a+b).</p><h3>Parameters</h3><ul>"
        ),
        _tr(
            "<li><b>INPUT</b>: a georeferenced image: a GeoTIFF, or a PNG/JPEG with a "
            "world file (.pgw, .jgw, .wld) or ground control points in its .aux.xml (the "
            "Georeferencer writes them). The output is in the image's CRS.</li>"
        ),
        _tr(
            "<li><b>LEGEND</b>: a palette (isw-like, wikipedia, ukraine, or "
            "preset/palette such as syria-2015/wikipedia) or each faction's colour, "
            "e.g. #e8707e=regime;#6db35a=rebel;#3a3a3a=isis (one per line or separated by "
            "';'; a mixed class is written jn+rebel).</li>"
        ),
        _tr(
            "<li><b>TOLERANCE</b>: how far (CIELAB delta E) a pixel may be from its legend "
            "colour; farther pixels are 'other' (text, roads, sea). 20 suits JPEG maps; "
            "lower it when two factions' colours are close.</li>"
        ),
        _tr(
            "<li><b>MIN_AREA_KM2</b>: patches smaller than this take the class around them "
            "(0: 49 pixels). <b>SIMPLIFY_M</b>: borders simplified to this many metres "
            "(0: half a pixel); neighbours keep sharing their border.</li>"
        ),
        _tr(
            "<li><b>MASK</b>: polygons of the area of interest: the output is cut to them "
            "(leave out a legend box or an inset map). <b>DATE</b>: the map's date, "
            "written as valid_from.</li></ul>"
        ),
        _tr(
            "<p>Areas outside every legend colour (sea, neighbouring countries, the legend "
            "box) stay empty. Features smaller than a few pixels cannot be read back from "
            "an image: compare the pixel size the log reports with what you need.</p>"
        ),
    )
    return "".join(parts)
