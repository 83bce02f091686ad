"""strikecheck:exportmap's MapContent: the title, date, credits and paper asked for."""

from qgis.PyQt.QtCore import QCoreApplication

from ..core.datespan import display_date
from ..core.vocabulary import CONTROLLED_BY
from ..layouts.map_layout import MapContent
from ..layouts.texts import credits_text, map_date


def _tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


def map_content(alg, parameters, context, layers, summary):
    """The content of the map for the algorithm's parameters; layers: (strikes, control,
    lines), summary: the finding sentence."""
    strikes, control, lines = layers
    target = alg.parameterAsString(parameters, alg.TARGET_FACTION, context).strip()
    title = alg.parameterAsString(parameters, alg.TITLE, context).strip()
    date = alg.parameterAsString(parameters, alg.DATE, context).strip()
    date = display_date(date, alg.tr) if date else map_date(strikes)
    subtitle = alg.parameterAsString(parameters, alg.SUBTITLE, context).strip()
    control_source = alg.parameterAsString(parameters, alg.CONTROL_SOURCE, context)
    strikes_source = alg.parameterAsString(parameters, alg.STRIKES_SOURCE, context)
    frame = None
    if lines is not None and target:
        frame = f"\"faction\" = '{target.replace(chr(39), chr(39) * 2)}'"
    template = alg.parameterAsFile(parameters, alg.TEMPLATE, context)
    content = MapContent(
        strikes=strikes,
        control=control,
        lines=lines,
        lines_frame_expression=frame,
        # A date already in the title (e.g. 'Russian Airstrikes 30 SEPT 2015') stays once.
        title=title if date and date in title else " ".join(p for p in (title, date) if p),
        subtitle=subtitle,
        summary=summary,
        credits=credits_text(
            control_source.strip() or (control.name() if control else ""),
            strikes_source.strip() or strikes.name(),
        ),
        paper=alg.parameterAsEnumString(parameters, alg.PAPER, context) or "A4",
        landscape=alg.parameterAsEnumString(parameters, alg.ORIENTATION, context) != "portrait",
        padding=alg.parameterAsDouble(parameters, alg.PADDING, context) / 100.0,
        country=alg.parameterAsString(parameters, alg.COUNTRY, context).strip() or None,
        name=f"StrikeCheck map: {title or strikes.name()}",
    )
    if template:
        content.template = template
    renderer = strikes.renderer()
    # Strikes coloured by who held the ground (by us or by the user) need a KEY heading,
    # or their classes read as a second copy of the control classes.
    if renderer and CONTROLLED_BY in getattr(renderer, "classAttribute", str)():
        content.strikes_heading = _tr("Strikes, by who held the ground")
    return content
