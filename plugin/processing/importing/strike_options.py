"""strikecheck:importstrikes' parameters as the core's StrikeOptions: columns, dates, precision."""

from qgis.core import QgsProcessingException

from ...compat import parameter_as_fields
from ...core.messages import InputError
from ...core.strike_columns import (
    parse_confidence_mapping,
    parse_precision_table,
    precision_role,
)
from ...core.strike_import import StrikeOptions
from ...core.vocabulary import DATE_ORDERS
from ...layer_io.crs import extent_in_wgs84
from .strike_input import say


def _field_override(alg, parameters, name, context):
    fields = parameter_as_fields(alg, parameters, name, context)
    return fields[0] if fields else None


def strike_options(alg, parameters, context, data):
    """The core's StrikeOptions from the importer's parameters and what the input hinted."""

    def get(name):
        return _field_override(alg, parameters, name, context)

    hints = data.uri_hints
    lat, lon = get(alg.LAT_FIELD), get(alg.LON_FIELD)
    text = get(alg.GEOMETRY_FIELD)
    if not (lat or lon or text):
        lat, lon = hints.get("yField"), hints.get("xField")
        text = hints.get("wktField")
        if not (lat and lon):
            lat = lon = None
    columns = {
        "id": get(alg.ID_FIELD),
        "date": get(alg.DATE_FIELD),
        "actor": get(alg.ACTOR_FIELD),
        "source": get(alg.SOURCE_FIELD),
        "confidence": get(alg.CONFIDENCE_FIELD),
    }
    precision = get(alg.PRECISION_FIELD)
    if precision:
        columns[precision_role(precision)] = precision
    order = DATE_ORDERS[alg.parameterAsEnum(parameters, alg.DATE_ORDER, context)]
    table_text = alg.parameterAsString(parameters, alg.PRECISION_KM, context)
    try:
        # The user's distances, over the table of the source recognised (event_sources).
        table = parse_precision_table(table_text) if (table_text or "").strip() else None
        mapping = parse_confidence_mapping(
            alg.parameterAsString(parameters, alg.CONFIDENCE_MAPPING, context)
        )
    except InputError as error:
        raise QgsProcessingException(say(error.message)) from None
    extent = None
    if parameters.get(alg.EXPECTED_EXTENT) not in (None, ""):
        rectangle = alg.parameterAsExtent(parameters, alg.EXPECTED_EXTENT, context)
        crs = alg.parameterAsExtentCrs(parameters, alg.EXPECTED_EXTENT, context)
        if not rectangle.isNull() and not rectangle.isEmpty():
            extent = extent_in_wgs84(rectangle, crs, context)
    return StrikeOptions(
        lat=lat,
        lon=lon,
        text=text,
        columns=columns,
        date_order=order,
        precision_table=table,
        confidence_mapping=mapping,
        extent=extent,
    )
