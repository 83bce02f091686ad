"""strikecheck:controlfromimage's work: the image read, classed, polygonized and cut to the mask."""

import math
from dataclasses import dataclass

import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException, QgsUnitTypes

from ...core.image_classes import ImageSettings, class_raster, legend_counts
from ...core.image_colours import colour_text
from ...core.image_polygons import faction_polygons
from ...layer_io.outline import polygons_in_crs
from ...layer_io.progress import check_cancel
from ...layer_io.raster import NotGeoreferencedError, polygonize, read_map_image

# Metres in a degree of latitude: a tolerance in metres is at most that many degrees' worth.
METRES_PER_DEGREE = 111_320.0
DEFAULT_MIN_PIXELS = 49  # a 7 x 7 patch: smaller ones are text, symbols and JPEG noise


@dataclass
class ImageControl:
    polygons: dict  # code -> shapely (multi)polygon, in `crs`
    labels: dict  # code -> (label, '#rrggbb' or None for a hatched mixed class)
    crs: QgsCoordinateReferenceSystem


def units_per_metre(crs):
    """The CRS's map units in a metre (degrees: at most a metre in any direction)."""
    if crs.isGeographic():
        return 1.0 / METRES_PER_DEGREE
    metres = QgsUnitTypes.DistanceUnit.DistanceMeters
    factor = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), metres)
    return 1.0 / factor if factor > 0 else 1.0


def pixel_metres(image, crs):
    """(width, height) of a pixel in metres, at the image's centre."""
    gt = image.geotransform
    width, height = math.hypot(gt[1], gt[4]), math.hypot(gt[2], gt[5])
    if crs.isGeographic():
        rows = image.rgb.shape[0]
        centre_lat = gt[3] + gt[5] * rows / 2
        scale = math.cos(math.radians(max(min(centre_lat, 89.0), -89.0)))
        return width * METRES_PER_DEGREE * scale, height * METRES_PER_DEGREE
    per_metre = units_per_metre(crs)
    return width / per_metre, height / per_metre


def _open(alg, layer):
    path = layer.source().split("|")[0]
    try:
        image = read_map_image(path)
    except NotGeoreferencedError:
        raise QgsProcessingException(
            alg.tr(
                "The image '{name}' is not georeferenced (no GeoTIFF tags, world file or "
                "ground control points). Georeference it in QGIS's Georeferencer (Layer > "
                "Georeferencer), save the GCPs or a world file, and run again."
            ).format(name=layer.name())
        ) from None
    crs = QgsCoordinateReferenceSystem.fromWkt(image.crs_wkt) if image.crs_wkt else layer.crs()
    if not crs.isValid():
        raise QgsProcessingException(
            alg.tr(
                "The image '{name}' has no CRS: set it in the layer's properties (Source) or "
                "save it with the image (.aux.xml or .prj), and run again."
            ).format(name=layer.name())
        )
    return image, crs


def _settings(alg, parameters, context, pixel_km2):
    min_area = alg.parameterAsDouble(parameters, alg.MIN_AREA_KM2, context)
    min_pixels = DEFAULT_MIN_PIXELS if min_area <= 0 else math.ceil(min_area / pixel_km2)
    return ImageSettings(
        tolerance=alg.parameterAsDouble(parameters, alg.TOLERANCE, context),
        max_gap=alg.parameterAsDouble(parameters, alg.MAX_GAP_PX, context),
        min_pixels=min_pixels,
        hatching=alg.parameterAsBoolean(parameters, alg.HATCHING, context),
    )


def _report(alg, feedback, legend, codes, counts):
    total = max(int(counts.sum()), 1)
    for i, code in enumerate(codes):
        colour = colour_text(legend[i][2]) if i < len(legend) else alg.tr("hatching")
        feedback.pushInfo(
            alg.tr("{code} ({colour}): {share:.1f}% of the image").format(
                code=code, colour=colour, share=100.0 * counts[i + 1] / total
            )
        )
    feedback.pushInfo(alg.tr("No faction: {share:.1f}%").format(share=100.0 * counts[0] / total))


def _masked(alg, parameters, context, feedback, polygons, crs):
    source = alg.parameterAsSource(parameters, alg.MASK, context)
    if source is None:
        return polygons
    shapes = polygons_in_crs(source, source.sourceCrs(), crs, context.transformContext(), feedback)
    area = shapely.union_all([s for s in shapes if s is not None])
    cut = {code: shapely.intersection(geometry, area) for code, geometry in polygons.items()}
    return {code: geometry for code, geometry in cut.items() if not geometry.is_empty}


def read_image_control(alg, parameters, context, feedback, layer, legend):
    """The ImageControl of the INPUT image with this [(code, label, rgb)] legend."""
    image, crs = _open(alg, layer)
    width_m, height_m = pixel_metres(image, crs)
    feedback.pushInfo(
        alg.tr("Image: {w} x {h} pixels of {pw:.0f} x {ph:.0f} m.").format(
            w=image.rgb.shape[1], h=image.rgb.shape[0], pw=width_m, ph=height_m
        )
    )
    settings = _settings(alg, parameters, context, width_m * height_m / 1e6)
    feedback.setProgress(10)
    classes, codes = class_raster(image.rgb, [(c, rgb) for c, _, rgb in legend], settings)
    counts = legend_counts(classes, len(codes))
    _report(alg, feedback, legend, codes, counts)
    if counts[1:].sum() == 0:
        raise QgsProcessingException(
            alg.tr(
                "No pixel of the image is near a legend colour ({colours}). Check the legend "
                "against the image (pick the colours from it), or raise TOLERANCE."
            ).format(colours=", ".join(colour_text(rgb) for _, _, rgb in legend))
        )
    check_cancel(feedback)
    feedback.setProgress(50)
    values, shapes = polygonize(classes, image.geotransform, image.crs_wkt)
    check_cancel(feedback)
    simplify_m = alg.parameterAsDouble(parameters, alg.SIMPLIFY_M, context)
    simplify_m = simplify_m if simplify_m > 0 else min(width_m, height_m) / 2
    polygons = faction_polygons(values, shapes, codes, simplify_m * units_per_metre(crs))
    check_cancel(feedback)
    polygons = _masked(alg, parameters, context, feedback, polygons, crs)
    labels = {code: (label, colour_text(rgb)) for code, label, rgb in legend}
    return ImageControl(polygons, labels, crs)
