"""strikecheck:exportmap's styles: the strikes, control and lines styled as the map draws them."""

from qgis.PyQt.QtCore import QCoreApplication

AUTO_LABEL_MAX = 40
# strikes named on the map without LABEL_FIELD: at most this many


def _tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


def style_map_layers(alg, run, layers, target):
    """Styles the strikes, control and lines as the map draws them (unless APPLY_STYLES is off);
    returns the FactionStyles. `run`: (parameters, context, feedback)."""
    parameters, context, feedback = run
    strikes, control, lines = layers
    # Layouts and styles need numpy: loaded when it runs.
    from ..layouts.texts import distance_field
    from ..styling import apply
    from .map_content import strikes_by_faction

    styles = alg.faction_styles(parameters, context, feedback)
    label = alg.parameterAsString(parameters, alg.LABEL_FIELD, context) or None
    few = strikes.featureCount() <= AUTO_LABEL_MAX
    if label:
        alg.require_field(strikes, label, _tr("the strike labels"))
    elif few:
        # A few strikes are named on the map, as ISW names struck towns; hundreds would
        # bury it, so they stay unnamed unless LABEL_FIELD asks.
        from ..layouts.texts import name_field

        label = name_field(strikes)
    if not alg.parameterAsBoolean(parameters, alg.APPLY_STYLES, context):
        return styles
    if control is not None:
        field = alg.parameterAsString(parameters, alg.FACTION_FIELD, context) or "faction"
        alg.require_field(control, field, _tr("faction names"))
        apply.style_control(control, styles, field, tr=_tr)
    by_faction = strikes_by_faction(alg, parameters, context, feedback, strikes)
    if by_faction:
        alg.require_field(strikes, "controlled_by", _tr("the controlling faction"))
        # Distances label the strikes when they are few or named on request.
        distance = distance_field(target) if target and (few or label) else None
        if distance and strikes.fields().lookupField(distance) < 0:
            distance = None
        apply.style_results(
            strikes, styles, "controlled_by", label, distance, target or None, tr=_tr
        )
    else:
        if strikes.fields().lookupField("confidence") < 0:
            feedback.pushInfo(_tr("The strikes have no 'confidence' field: all drawn as unrated."))
        apply.style_strikes(strikes, "confidence", label, tr=_tr)
    if lines is not None:
        alg.require_field(lines, "faction", _tr("the faction of each line"))
        alg.require_field(lines, "km", _tr("the distance in km"))
        apply.style_lines(lines, styles, target=target or None, tr=_tr)
    return styles
