"""strikecheck:exportmap's map series (SERIES): one page per control snapshot, day, week or month,
each with that period's strikes over the control in force, its own title date, finding and
credit; the pages are the layout's atlas, so it opens and edits in the Layout Designer."""

from dataclasses import dataclass, field

from qgis.core import QgsMapLayerStyle, QgsProcessingException, QgsProcessingFeedback
from qgis.PyQt.QtCore import QCoreApplication

from ..core import series_periods as sp
from ..core.datespan import date_span_text, map_date
from ..core.summary import verdict
from ..core.vocabulary import CONTROLLED_BY, DATE_FIELD_NAMES, VALID_FROM, first_field
from ..layer_io.memory import full_copy
from ..layer_io.tables import read_columns
from ..layer_io.values import as_date, is_blank, number
from .map_control import control_dates

NONE = sp.SERIES_CHOICES[0]


def _tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


@dataclass
class Series:
    """The pages of a series and what each says."""

    kind: str
    periods: list
    titles: list = field(default_factory=list)
    summaries: list = field(default_factory=list)
    credits: list = field(default_factory=list)
    coverage: object = None  # the atlas coverage layer, once the layout is made


def series_kind(alg, parameters, context):
    """'none', 'snapshot', 'day', 'week' or 'month'."""
    return alg.parameterAsEnumString(parameters, alg.SERIES, context) or NONE


def told(alg, parameters, context, feedback):
    """The feedback the single map's content reports to: none for a series (its snapshot in
    force on one date, and the warning that the strikes span several, are not the series')."""
    if series_kind(alg, parameters, context) == NONE:
        return feedback
    return QgsProcessingFeedback(False)


def _periods(kind, strike_days, snapshot_days, feedback):
    if kind == "snapshot":
        if not snapshot_days:
            raise QgsProcessingException(
                _tr(
                    "SERIES 'snapshot' needs a time-aware control map (dated snapshots in "
                    "valid_from, as strikecheck:importcontrol writes them); choose day, week "
                    "or month, or give such a CONTROL."
                )
            )
        return sp.snapshot_periods(snapshot_days, strike_days)
    periods, skipped = sp.calendar_periods(strike_days, kind)
    if skipped:
        feedback.pushInfo(
            _tr("{n} period(s) without a dated strike have no page.").format(n=skipped)
        )
    return sp.assign_snapshots(periods, snapshot_days or [])


def _findings(columns, days, periods, target, name, note):
    """Per period: the finding about the target over that period's strikes (and the NOTE)."""
    if not target:
        return [note] * len(periods)
    from ..layouts.texts import distance_field

    controlled = [None if is_blank(v) else str(v) for v in columns.get(CONTROLLED_BY, [])]
    km = [number(v) for v in columns.get(distance_field(target), [])]
    found = []
    for period in periods:
        keep = sp.in_period(days, period)
        sentence = verdict(
            [c for c, k in zip(controlled, keep) if k],
            [d for d, k in zip(km, keep) if k],
            target,
            name,
            translate=_tr,
        )
        found.append(f"{sentence}.\n\n{note}" if note else f"{sentence}.")
    return found


def _texts(alg, run, series, content, sources):
    """The title, finding and credit of each page."""
    from ..layouts.texts import credits_text, distance_field
    from .map_content import title_with_date

    parameters, context, _ = run
    strikes, control, styles, target, days, columns = sources
    title = alg.parameterAsString(parameters, alg.TITLE, context).strip()
    control_source = alg.parameterAsString(parameters, alg.CONTROL_SOURCE, context).strip()
    strikes_source = alg.parameterAsString(parameters, alg.STRIKES_SOURCE, context).strip()
    control_source = control_source or (control.name() if control is not None else "")
    for period in series.periods:
        date = date_span_text([period.first, period.last], _tr)
        series.titles.append(title_with_date(title, date, automatic=True))
        snapshot = map_date(period.snapshot, _tr) if period.snapshot else None
        series.credits.append(
            credits_text(control_source, strikes_source or strikes.name(), control_date=snapshot)
        )
    if target and distance_field(target) not in columns:
        series.summaries = [content.summary] * len(series.periods)
        return
    note = alg.parameterAsString(parameters, alg.NOTE, context).strip()
    name = styles.name_of(target) if target else None
    series.summaries = _findings(columns, days, series.periods, target, name, note)


def _log(series, days, snapshot_days, feedback):
    feedback.pushInfo(
        _tr("Map series by {kind}: {n} page(s), {first} to {last}.").format(
            kind=series.kind,
            n=len(series.periods),
            first=map_date(series.periods[0].first, _tr),
            last=map_date(series.periods[-1].last, _tr),
        )
    )
    undated = sum(1 for d in days if d is None)
    if undated:
        feedback.pushWarning(
            _tr("{n} strike(s) have no date and are on no page of the series.").format(n=undated)
        )
    changing = [p for p in series.periods if sp.spans_a_change(p, snapshot_days or [])]
    if changing and series.kind != "snapshot":
        feedback.pushWarning(
            _tr(
                "{n} page(s) span a change of the control map (the first: {date}); each is "
                "drawn over the snapshot in force on its last day. SERIES 'snapshot' draws "
                "every strike over the map in force on its day."
            ).format(n=len(changing), date=date_span_text([changing[0].first, changing[0].last]))
        )


def _styled_copy(layer, overrides, name):
    """A copy of `layer` drawn with the map's style (lent from the analyst's layer)."""
    copy = full_copy(layer, name)
    xml = overrides.pop(layer.id(), None)
    if xml:
        QgsMapLayerStyle(xml).writeToLayer(copy)
    return copy


def _series_layers(series, content, originals, date_field, snapshot_days):
    """The strikes and control the pages draw: copies with temporal properties that the map's
    per-page time range filters (the analyst's layers are not changed)."""
    from ..styling.temporal import set_interval_time, set_strike_time

    strikes, control = originals
    overrides = content.style_overrides
    suffix = _tr("series")
    content.strikes = _styled_copy(strikes, overrides, f"{strikes.name()} ({suffix})")
    set_strike_time(content.strikes, date_field)
    if control is not None and snapshot_days:
        content.control = _styled_copy(control, overrides, f"{control.name()} ({suffix})")
        intervals = sp.snapshot_intervals(series.periods, snapshot_days)
        set_interval_time(content.control, VALID_FROM, intervals)


def _check_animation(kind, path):
    if not path:
        return
    if kind == NONE:
        raise QgsProcessingException(
            _tr(
                "OUTPUT_ANIMATION animates a map series: choose SERIES (snapshot, day, week "
                "or month)."
            )
        )
    from ..layouts.animation import AnimationUnavailableError, writer_for

    try:
        writer_for(path)
    except AnimationUnavailableError as error:
        raise QgsProcessingException(
            _tr("The animation cannot be written: {reason}.").format(reason=error)
        ) from None


def prepare(alg, run, layers, content, styles, outputs):
    """The Series asked for (None: SERIES none), `content` set to draw it: the series' layers
    and the longest page texts (the layout is sized for those)."""
    parameters, context, feedback = run
    kind = series_kind(alg, parameters, context)
    _check_animation(kind, outputs.get(alg.OUTPUT_ANIMATION))
    if kind == NONE:
        return None
    strikes, control, _ = layers
    date_field = first_field(strikes.fields().names(), DATE_FIELD_NAMES)
    if date_field is None:
        raise QgsProcessingException(
            _tr(
                "A map series needs the strikes' dates: the layer '{layer}' has no field "
                "called {names}."
            ).format(layer=strikes.name(), names=", ".join(DATE_FIELD_NAMES))
        )
    target = alg.parameterAsString(parameters, alg.TARGET_FACTION, context).strip()
    from ..layouts.texts import distance_field

    wanted = [date_field, CONTROLLED_BY] + ([distance_field(target)] if target else [])
    _, columns = read_columns(strikes, wanted, feedback=feedback)
    days = [as_date(v) for v in columns[date_field]]
    snapshot_days = sorted({d for d in control_dates(control) or [] if d is not None})
    series = Series(kind, _periods(kind, days, snapshot_days, feedback))
    if not series.periods:
        raise QgsProcessingException(
            _tr("None of the strikes of '{layer}' has a date: there is no period to map.").format(
                layer=strikes.name()
            )
        )
    _log(series, days, snapshot_days, feedback)
    _texts(alg, run, series, content, (strikes, control, styles, target, days, columns))
    _series_layers(series, content, (strikes, control), date_field, snapshot_days)
    content.title = max(series.titles, key=len)
    content.summary = max(series.summaries, key=len)
    content.credits = max(series.credits, key=len)
    return series


def finish(alg, series, layout, content, dpi):
    """Turns the finished layout into the series (its atlas over one feature per page, the
    coverage layer kept with the layout's own layers); returns the writer of each output."""
    from ..layouts import export
    from ..layouts import series as pages
    from ..layouts.animation import write_animation

    series.coverage = pages.enable_series(layout, series)
    content.context_layers.append(series.coverage)
    return {
        alg.OUTPUT_PDF: lambda path: pages.export_series_pdf(layout, path),
        alg.OUTPUT_PNG: lambda path: pages.export_series_each(
            layout, path, lambda lay, name: export.export_png(lay, name, dpi)
        ),
        alg.OUTPUT_SVG: lambda path: pages.export_series_each(layout, path, export.export_svg),
        alg.OUTPUT_ANIMATION: lambda path: write_animation(layout, path)[0],
    }


def say_written(feedback, written):
    """'Wrote map.pdf', or for numbered pages where they are; returns the (first) path."""
    if isinstance(written, str):
        feedback.pushInfo(_tr("Wrote {path}").format(path=written))
        return written
    feedback.pushInfo(
        _tr("Wrote {n} numbered files, {first} to {last}.").format(
            n=len(written), first=written[0], last=written[-1]
        )
    )
    return written[0]
