"""Small helpers that build real QGIS memory layers for the tests."""

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer


def memory_layer(geometry, crs, fields, rows, name="layer"):
    """A memory layer: `fields` like 'faction:string', rows as (wkt or None, [attributes])."""
    uri = f"{geometry}?crs={crs}" if crs else geometry
    for field in fields:
        uri += ("&" if "?" in uri else "?") + f"field={field}"
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid(), uri
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(list(attributes))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def rows_by(layer, key):
    """{feature[key]: feature} for every feature of a layer."""
    return {feature[key]: feature for feature in layer.getFeatures()}
