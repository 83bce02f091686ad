"""What the database engine needs to know about a QGIS PostGIS layer or destination."""

from __future__ import annotations

from qgis.core import QgsDataSourceUri, QgsVectorLayer

from .connection import place_of, postgis_destination, tr  # noqa: F401 (re-exported)
from .sql_builder import Relation


def is_postgis(layer):
    return isinstance(layer, QgsVectorLayer) and layer.providerType() == "postgres"


def uri_of(layer) -> QgsDataSourceUri:
    return QgsDataSourceUri(layer.source())


def place(layer):
    return place_of(uri_of(layer))


def relation_of(layer) -> Relation:
    """The layer's rows as SQL: its table or view with its filter, or a query layer's SQL."""
    uri = uri_of(layer)
    table = uri.table()
    subset = layer.subsetString() or uri.sql()
    if table.startswith("(") and table.endswith(")"):
        return Relation("", "", uri.geometryColumn(), subset, query=table[1:-1])
    return Relation(uri.schema(), table, uri.geometryColumn(), subset)


def key_fields(layer):
    """Names of the layer's primary key fields as QGIS sees them (empty: none / row ids)."""
    fields = layer.fields()
    indexes = layer.dataProvider().pkAttributeIndexes()
    return [fields.at(i).name() for i in indexes if 0 <= i < fields.count()]


def wgs84_datum_problem(layer, label):
    """None when the layer's CRS is on the WGS84 datum (PostGIS and QGIS then agree to the mm
    going to lon/lat), else why the database engine is not used for it."""
    crs = layer.crs()
    proj = crs.toProj() if crs.isValid() else ""
    if crs.authid() == "EPSG:4326" or "+datum=WGS84" in proj:
        return None
    return tr(
        "{label} is in {crs}, not on the WGS84 datum: QGIS and PostGIS may transform it differently"
    ).format(label=label, crs=crs.authid() or crs.description())
