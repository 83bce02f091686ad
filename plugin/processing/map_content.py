"""strikecheck:exportmap's MapContent: the title, date, credits and paper asked for, and the
control snapshot in force on a time-aware map."""

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ..core.datespan import date_span_text, display_date, map_date
from ..core.vocabulary import CONTROLLED_BY
from ..layouts.map_layout import MapContent
from ..layouts.texts import MissingResultsError, credits_text, strike_dates, verdict_sentence
from ..styling.labels import quote_text
from .map_control import control_in_force, parse_day

# Between a title and the date read from the strikes ('Strikes on civilian sites — 1 - 31 OCT
# 2022'); a DATE given by hand follows the title as ISW writes it ('Russian Airstrikes 30
# SEPT 2015').
DATE_SEPARATOR = " \u2014 "


def _tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


def summary_text(alg, parameters, context, strikes_styles, target):
    """The finding about the target faction (with NOTE under it), or the NOTE alone."""
    strikes, styles = strikes_styles
    note = alg.parameterAsString(parameters, alg.NOTE, context).strip()
    if not target:
        return note
    try:
        sentence = verdict_sentence(strikes, target, styles.name_of(target))
    except MissingResultsError as error:
        raise QgsProcessingException(
            _tr(
                "The strike layer '{layer}' has no field {fields}, so the finding about "
                "{target} cannot be written. Use the output of strikecheck:nearestfaction "
                "as STRIKES, or leave TARGET_FACTION empty."
            ).format(layer=strikes.name(), fields=", ".join(error.missing), target=target)
        ) from None
    return f"{sentence}\n\n{note}" if note else sentence


def strikes_by_faction(alg, parameters, context, feedback, strikes):
    """Draw strikes by controlling faction? As asked, or when there is no confidence to
    draw them by but there is an analysis (an unrated-only KEY would say nothing)."""
    asked = alg.parameterAsEnumString(parameters, alg.STRIKE_STYLE, context)
    if asked == alg.STRIKE_STYLES[1]:
        return True
    fields = strikes.fields()
    if fields.lookupField("confidence") < 0 and fields.lookupField(CONTROLLED_BY) >= 0:
        feedback.pushInfo(
            _tr("No 'confidence' field: strikes drawn by the faction holding the ground.")
        )
        return True
    return False


def title_with_date(title, date, automatic):
    """The title and its date once: a date the title already holds stays once; one read from
    the strikes follows a dash."""
    if not date or date in title:
        return title
    if not title:
        return date
    return f"{title}{DATE_SEPARATOR if automatic else ' '}{date}"


def _map_day(alg, parameters, context, date_text):
    asked = alg.parameterAsString(parameters, alg.CONTROL_DATE, context).strip()
    if asked:
        day = parse_day(asked)
        if day is None:
            raise QgsProcessingException(
                _tr("CONTROL_DATE '{value}' is not a date written YYYY-MM-DD.").format(value=asked)
            )
        return day
    return parse_day(date_text)


def map_content(alg, parameters, context, layers, summary, feedback, target=""):
    """The content of the map for the algorithm's parameters; layers: (strikes, control,
    lines), summary: the finding sentence, target: the TARGET_FACTION already read."""
    strikes, control, lines = layers
    title = alg.parameterAsString(parameters, alg.TITLE, context).strip()
    asked_date = alg.parameterAsString(parameters, alg.DATE, context).strip()
    days = strike_dates(strikes)
    date = display_date(asked_date, alg.tr) if asked_date else date_span_text(days, alg.tr)
    snapshot, control_name = None, control.name() if control is not None else ""
    if control is not None:
        map_day = _map_day(alg, parameters, context, asked_date)
        control, snapshot = control_in_force(control, days, map_day, feedback)
    control_source = alg.parameterAsString(parameters, alg.CONTROL_SOURCE, context).strip()
    control_source = control_source or control_name
    strikes_source = alg.parameterAsString(parameters, alg.STRIKES_SOURCE, context)
    frame = None
    if lines is not None and target:
        frame = f'"faction" = {quote_text(target)}'
    template = alg.parameterAsFile(parameters, alg.TEMPLATE, context)
    content = MapContent(
        strikes=strikes,
        control=control,
        lines=lines,
        lines_frame_expression=frame,
        title=title_with_date(title, date, automatic=not asked_date),
        subtitle=alg.parameterAsString(parameters, alg.SUBTITLE, context).strip(),
        summary=summary,
        credits=credits_text(
            control_source,
            strikes_source.strip() or strikes.name(),
            control_date=map_date(snapshot.day, alg.tr) if snapshot else None,
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
