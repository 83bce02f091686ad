"""What importcontrol reads of each feature: its faction text (a field, or FACTION_VALUE for the
whole layer) and its style colour (fill, stroke, a KML style)."""

from dataclasses import dataclass

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ...compat import parameter_as_fields
from ...core.coordinates import find_named, name_key
from ...core.factions import colour_key
from ...core.vocabulary import COLOUR_FIELD_NAMES, FACTION_FIELD_NAMES
from ...layer_io.values import python_value


def _tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


@dataclass
class FactionValues:
    field: str  # the faction field, or None (FACTION_VALUE for every feature)
    found: bool  # whether the field was found rather than chosen
    raw: list  # faction text per feature
    colours: list  # '#rrggbb' per feature, or None
    colour_fields: list  # the colour fields read


def faction_field(alg, parameters, context, source, required=True):
    """(the field naming who holds each feature, whether it was found by its name)."""
    names = source.fields().names()
    chosen = parameter_as_fields(alg, parameters, alg.FACTION_FIELD, context)
    if chosen:
        if source.fields().lookupField(chosen[0]) < 0:
            raise QgsProcessingException(
                _tr(
                    "Field '{field}' not found in the control layer; choose the field that "
                    "holds faction names (fields: {names})."
                ).format(field=chosen[0], names=", ".join(names))
            )
        return chosen[0], False
    found = find_named(names, FACTION_FIELD_NAMES)
    if found is None and required:
        raise QgsProcessingException(
            _tr(
                "No faction field found (looked for {tried}); set FACTION_FIELD to the field "
                "that names who holds each feature, or FACTION_VALUE to the faction of the "
                "whole layer (fields: {names})."
            ).format(tried=", ".join(FACTION_FIELD_NAMES[:7]), names=", ".join(names) or "-")
        )
    return found, True


def read_faction_values(alg, parameters, context, source, features):
    """The FactionValues of the features (copies read through layer_io)."""
    value = alg.parameterAsString(parameters, alg.FACTION_VALUE, context).strip()
    field, found = faction_field(alg, parameters, context, source, required=not value)
    if value and found:
        field = None  # FACTION_VALUE without FACTION_FIELD: one faction for the whole layer
    raw = [python_value(f[field]) for f in features] if field else [None] * len(features)
    if value:
        raw = [value if r is None or str(r).strip() == "" else r for r in raw]
    names = source.fields().names()
    keys = {name_key(n): n for n in reversed(names)}
    colour_fields = [keys[k] for k in COLOUR_FIELD_NAMES if k in keys]
    colours = [_colour(f, colour_fields) for f in features] if colour_fields else None
    return FactionValues(field, found, raw, colours, colour_fields)


def _colour(feature, fields):
    for name in fields:
        colour = colour_key(python_value(feature[name]))
        if colour is not None:
            return colour
    return None
