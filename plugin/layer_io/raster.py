"""Map images read with GDAL (GeoTIFF, world files, GCPs) and class rasters polygonized."""

from dataclasses import dataclass

import numpy as np
from osgeo import gdal, ogr, osr

from .wkb import from_wkb


@dataclass
class MapImage:
    rgb: np.ndarray  # (h, w, 3) uint8
    geotransform: tuple  # GDAL's six numbers: pixel (col, row) to map (x, y)
    crs_wkt: str  # '' when the file says none
    warped: bool = False  # True when ground control points placed the pixels


class NotGeoreferencedError(ValueError):
    """The image cannot be read, or has neither a geotransform (GeoTIFF, world file) nor
    ground control points."""


def _rgb(dataset):
    """(h, w, 3) uint8 of a dataset: a palette image expanded, a grey one repeated."""
    band = dataset.GetRasterBand(1)
    table = band.GetColorTable()
    if dataset.RasterCount >= 3:
        bands = [dataset.GetRasterBand(i).ReadAsArray() for i in (1, 2, 3)]
        return np.ascontiguousarray(np.stack(bands, axis=-1).astype(np.uint8))
    values = band.ReadAsArray()
    if table is not None:
        lookup = np.array(
            [table.GetColorEntry(i)[:3] for i in range(table.GetCount())], dtype=np.uint8
        )
        return lookup[np.clip(values, 0, len(lookup) - 1)]
    return np.repeat(values.astype(np.uint8)[..., None], 3, axis=-1)


def _warped(dataset):
    """The image warped into the CRS of its ground control points (nearest neighbour: no new
    colours between two factions)."""
    wkt = dataset.GetGCPProjection()
    options = gdal.WarpOptions(format="MEM", dstSRS=wkt or None, resampleAlg="near")
    return gdal.Warp("", dataset, options=options), wkt


def read_map_image(path):
    """The MapImage of an image file; NotGeoreferencedError when nothing places it on the map."""
    dataset = gdal.Open(str(path))
    if dataset is None:
        raise NotGeoreferencedError(str(path))
    transform = dataset.GetGeoTransform(can_return_null=True)
    if transform is not None and transform != (0.0, 1.0, 0.0, 0.0, 0.0, 1.0):
        return MapImage(_rgb(dataset), tuple(transform), dataset.GetProjection() or "")
    if dataset.GetGCPCount() >= 3:
        warped, wkt = _warped(dataset)
        return MapImage(_rgb(warped), tuple(warped.GetGeoTransform()), wkt, warped=True)
    raise NotGeoreferencedError(str(path))


def polygonize(classes, geotransform, crs_wkt):
    """(class values, shapely polygons) of the connected patches of a class raster, in the
    image's coordinates (GDAL's polygonize: every pixel edge kept)."""
    height, width = classes.shape
    raster = gdal.GetDriverByName("MEM").Create("", width, height, 1, gdal.GDT_Byte)
    raster.SetGeoTransform(geotransform)
    raster.GetRasterBand(1).WriteArray(classes)
    vectors = ogr.GetDriverByName("Memory").CreateDataSource("classes")
    srs = osr.SpatialReference()
    if crs_wkt:
        srs.ImportFromWkt(crs_wkt)
    layer = vectors.CreateLayer("classes", srs=srs if crs_wkt else None)
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
    band = raster.GetRasterBand(1)
    gdal.Polygonize(band, None, layer, 0, [])
    values, wkbs = [], []
    for feature in layer:  # OGR's own features, not QGIS's
        values.append(feature.GetField(0))
        wkbs.append(bytes(feature.GetGeometryRef().ExportToIsoWkb()))
    return np.array(values, dtype=np.int32), list(from_wkb(wkbs))
