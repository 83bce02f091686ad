"""importcontrol's REMAINDER_FACTION: an outline (a layer, or a country of QGIS's world map)
minus everything drawn, added per snapshot as territory of one faction."""

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ...compat import GEOMETRY_POLYGON
from ...core.factions import FactionResolver
from ...layer_io.outline import feature_geometries, polygons_in_crs, to_qgis
from ...layer_io.values import qgis_value


def _tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


def _no_outline():
    return QgsProcessingException(
        _tr(
            "REMAINDER_FACTION needs an outline: set OUTLINE to a polygon layer or "
            "OUTLINE_COUNTRY to a country name (e.g. Ukraine)."
        )
    )


def require_outline(alg, parameters, context):
    """Stops before any work when REMAINDER_FACTION is set with neither OUTLINE nor
    OUTLINE_COUNTRY (importhistory would otherwise skip every file for the same reason)."""
    # By name: importhistory shares these parameters with importcontrol, not its constants.
    if not alg.parameterAsString(parameters, "REMAINDER_FACTION", context).strip():
        return
    if parameters.get("OUTLINE") not in (None, ""):
        return
    if not alg.parameterAsString(parameters, "OUTLINE_COUNTRY", context).strip():
        raise _no_outline()


def _outline(alg, parameters, context, feedback, crs):
    """(shapely polygons of the outline in `crs`, what it is called in the log)."""
    outline = alg.parameterAsSource(parameters, alg.OUTLINE, context)
    if outline is not None:
        found = polygons_in_crs(
            outline, outline.sourceCrs(), crs, context.transformContext(), feedback
        )
        return found, outline.sourceName() or "OUTLINE"
    country = alg.parameterAsString(parameters, alg.OUTLINE_COUNTRY, context).strip()
    if not country:
        raise _no_outline()
    from ...world_map import NAME_FIELD, ContextError, world_layer

    try:
        countries = world_layer("countries")
    except ContextError as error:
        raise QgsProcessingException(str(error)) from None
    found = polygons_in_crs(
        countries,
        countries.crs(),
        crs,
        context.transformContext(),
        feedback,
        where=(NAME_FIELD, country),
    )
    # Released now: a traceback keeping this frame would keep the layer past QGIS's exit.
    del countries
    if not found:
        raise QgsProcessingException(
            _tr(
                "Country '{name}' is not in the world map QGIS ships (Natural Earth names "
                "in English, e.g. Ukraine, Syria); set OUTLINE to a polygon layer instead."
            ).format(name=country)
        )
    return found, country


def remainder_rows(alg, parameters, context, feedback, plan):
    """[(attributes, QgsGeometry)] of the remainder features (none without REMAINDER_FACTION).

    `plan`: source, features, valid_from (Python dates per feature), preset, mapping, kind,
    wkb_type and the number of original fields (left NULL).
    """
    text = alg.parameterAsString(parameters, alg.REMAINDER_FACTION, context).strip()
    if not text:
        return []
    if plan["kind"] != GEOMETRY_POLYGON:
        raise QgsProcessingException(_tr("REMAINDER_FACTION needs a control map of polygons."))
    from ...core.remainder import remainders

    resolution = FactionResolver(plan["preset"], plan["mapping"]).resolve(text)
    crs = plan["source"].sourceCrs()
    outline, name = _outline(alg, parameters, context, feedback, crs)
    drawn = feature_geometries(plan["features"])
    rows = []
    for snapshot, geometry in remainders(outline, drawn, plan["valid_from"]):
        if geometry is None:
            feedback.pushWarning(
                _tr("Snapshot {date}: everything in {outline} is drawn; no remainder.").format(
                    date=snapshot or "-", outline=name
                )
            )
            continue
        leading = [resolution.code, resolution.label, f"remainder: {name}", qgis_value(snapshot)]
        rows.append(
            (leading + [None] * plan["original_fields"], to_qgis(geometry, plan["wkb_type"]))
        )
    feedback.pushInfo(
        _tr(
            "Remainder: {n} features of {code} added, {outline} minus everything drawn "
            "(one per snapshot)."
        ).format(n=len(rows), code=resolution.code, outline=name)
    )
    return rows
