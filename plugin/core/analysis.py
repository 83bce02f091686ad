"""The whole nearest-faction analysis: snapshots in time, distances, fronts and uncertainty."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from .build_cache import BuildCache
from .codes import member_codes
from .control_map import ControlMembers, snapshot_rows
from .date_windows import WindowAnswers, window_choices, window_spans
from .front_search import pair_distances
from .fronts import (
    faction_areas,
    front_distances,
    front_lines,
    front_reach_km,
    membership,
    pair_codes,
)
from .nearest import nearest_factions
from .options import AnalysisOptions, ControlMap, FrontLines, StrikePoints
from .parallel import aside
from .territory import Territories
from .uncertainty import disc_answers

_FIELDS = ("inside", "dist_km", "nearest_lon", "nearest_lat")
# Snapshots measuring this many strikes draw their front lines on another thread meanwhile.
_ASIDE = 8192


@dataclass
class Analysis:
    """Per strike feature; columns of the 2-D arrays follow `factions`."""

    factions: list
    inside: np.ndarray
    dist_km: np.ndarray
    nearest_lon: np.ndarray | None
    nearest_lat: np.ndarray | None
    controlled_by: np.ndarray
    nearest_other: np.ndarray
    nearest_other_km: np.ndarray
    snapshot_day: np.ndarray  # float days since 1970-01-01, NaN when none was used
    snapshot_note: np.ndarray  # object: None, or what happened (before the first snapshot...)
    front_km: np.ndarray | None
    front_faction: np.ndarray | None
    possible_factions: np.ndarray | None
    controlled_by_certain: np.ndarray | None
    snapshots: int  # distinct control snapshots used
    repaired: int  # invalid control geometries (repaired in memory)
    skipped_empty: int  # control features without geometry
    unmeasured: int = 0  # strikes without a snapshot to measure against (rule 'skip')
    before_first: int = 0  # strikes dated before the first snapshot (measured or skipped)
    undated: int = 0  # strikes without a date, the map having dated snapshots
    windowed: int = 0  # strikes dated over a window, checked against its every snapshot
    window_changes: int = 0  # of them: the controller changes inside the window


def measured_factions(codes, factions=None):
    """(every faction the codes name, sorted; the ones to measure: those in `factions`, or all
    of them when it is None). The local and the database engine both decide it here."""
    all_codes = sorted({member for code in codes for member in member_codes(code)})
    if factions is None:
        return all_codes, all_codes
    wanted = set(factions)
    return all_codes, [c for c in all_codes if c in wanted]


def analyse(
    control: ControlMap,
    strikes: StrikePoints,
    options: AnalysisOptions | None = None,
    front_lines: FrontLines | None = None,
    progress=None,
) -> Analysis:
    """Measures strikes against a control map, snapshot by snapshot.

    control.days: each distinct day is a snapshot and undated features hold in every one.
    strikes.days: each strike is measured against the latest snapshot on or before its day
    (`options.rule` decides the others). options.fronts: also measure front_km / front_faction,
    from the polygons (options.front_tolerance_km) or from `front_lines`. strikes.radius_km:
    adds possible_factions and controlled_by_certain. strikes.end_days (time-aware runs): a
    strike dated over a window is also checked against every later snapshot in force during it;
    controlled_by_certain is false when the controller changes (the reason in snapshot_note),
    and possible_factions gathers the factions of every snapshot. Other options as in
    nearest.nearest_factions. One spatial index per snapshot; strikes grouped by snapshot,
    never indexed per strike.
    """
    options = options or AnalysisOptions()
    lon = np.asarray(strikes.lon, dtype=float)
    lat = np.asarray(strikes.lat, dtype=float)
    part_feature = strikes.part_feature
    part_feature = np.arange(lon.size) if part_feature is None else np.asarray(part_feature)
    n_features = strikes.n_features
    if n_features is None:
        n_features = int(part_feature.max()) + 1 if part_feature.size else 0
    members = ControlMembers.read(control.codes, control.geometries, control.days)
    factions = None if options.factions is None else list(options.factions)
    _, measured = measured_factions(members.member.tolist(), factions)
    choice = members.choose_snapshots(n_features, strikes.days, options.rule)
    spans = window_spans(choice, strikes.days if members.dated else None, strikes.end_days)
    radius_km = strikes.radius_km
    if radius_km is None and spans[0].any():  # the window alone decides the certainty
        radius_km = np.full(n_features, np.nan)
    out = _Output(
        n_features, measured, options.with_nearest_points, options.fronts, radius_km is not None
    )
    out.snapshot_note = choice.note
    settings = _settings(options, front_lines)
    points = (lon, lat, part_feature, n_features)
    windows = bool(spans[0].any())
    # Strikes dated over a window are measured again against each later snapshot of it: that
    # can take as long as the main pass, so each gets half of the bar.
    main, rest = _shares(progress, 0.5 if windows else 1.0)
    snapshots = _measure_snapshots(out, members, choice, points, radius_km, settings, main)
    if windows:
        _check_windows(out, members, choice, spans, points, radius_km, settings, strikes, rest)
    analysis = out.finish(snapshots, int(members.invalid.sum()), int((~members.present).sum()))
    analysis.unmeasured = int((choice.index < 0).sum())
    analysis.before_first, analysis.undated = choice.before_first, choice.undated
    return analysis


def _shares(progress, first):
    """progress callbacks for the first `first` of the bar and for the rest (None: none)."""
    if progress is None:
        return None, None
    return (lambda f: progress(first * f)), (lambda f: progress(first + (1.0 - first) * f))


def _measure_snapshots(out, control, choice, strikes, radius_km, options, progress):
    """Every snapshot's strikes measured against it, into `out`; returns how many were used."""
    lon, lat, part_feature, n_features = strikes
    groups = np.unique(choice.index[choice.index >= 0])
    done = 0
    for g, parts, feats in snapshot_rows(choice, groups, part_feature):
        day = float(choice.days[g]) if control.dated else np.nan
        in_snapshot = control.in_snapshot(day)
        weight = max(feats.size, 1) / max(n_features, 1)

        def step(fraction, done=done, weight=weight):
            if progress is not None:
                progress(min(done + weight * fraction, 1.0))

        _measure_group(
            out,
            control.member[in_snapshot].tolist(),
            control.geometries[control.owner[in_snapshot]],
            lon[parts],
            lat[parts],
            np.searchsorted(feats, part_feature[parts]),
            feats,
            {
                **options,
                "radius_km": None if radius_km is None else np.asarray(radius_km, float)[feats],
                "valid": not control.invalid[control.owner[in_snapshot]].any(),
            },
            step,
        )
        out.snapshot_day[feats] = day
        done += weight
        options["cache"].next_snapshot()
    return groups.size


def _check_windows(out, control, choice, spans, points, radius_km, settings, strikes, progress):
    """The strikes dated over a window measured against each later snapshot of it (only those
    strikes: a subset of the run), then their certainty, possible factions and notes set from
    what every snapshot said."""
    windowed, first, last = spans
    answers = WindowAnswers(windowed)
    feats = np.flatnonzero(windowed & (last > first))
    lon, lat, part_feature, _ = points
    parts = np.flatnonzero(np.isin(part_feature, feats))
    subset = (lon[parts], lat[parts], np.searchsorted(feats, part_feature[parts]), feats.size)
    sub_choice = type(choice)(choice.days, choice.index[feats], choice.note[feats])
    radius = np.asarray(radius_km, float)[feats]
    reach = float(np.nanmax(radius)) if np.isfinite(radius).any() else 0.0
    # Only who holds the ground and what each disc touches: no distance beyond the discs.
    settings = {**settings, "front_geometries": None, "with_nearest_points": False}
    settings["max_distance_km"] = reach
    everyone = np.ones(feats.size, bool)
    later = list(window_choices(sub_choice, everyone, first[feats], last[feats]))
    for k, (g, extra) in enumerate(later):
        scratch = _Output(feats.size, out.factions, False, False, True)
        step = None if progress is None else _part_of(progress, k, len(later))
        _measure_snapshots(scratch, control, extra, subset, radius, settings, step)
        rows = np.flatnonzero(extra.index >= 0)
        answers.add(g, feats[rows], scratch.controlled_by[rows], scratch.possible[rows])
    out.window_changes = answers.apply(out, first, choice.days, strikes.days, strikes.end_days)
    out.windowed = int(windowed.sum())


def _part_of(progress, k, n):
    """progress(fraction) of the k-th of n equal steps."""
    return lambda f: progress((k + f) / n)


def _settings(options, front_lines):
    """What every snapshot's measurement needs besides its strikes."""
    return {
        "max_distance_km": options.max_distance_km,
        "with_nearest_points": options.with_nearest_points,
        "front_tolerance_km": options.front_tolerance_km,
        "front_geometries": None if front_lines is None else front_lines.geometries,
        "front_labels": None if front_lines is None else front_lines.labels,
        # Snapshots often repeat most of the map (undated features, factions that did not
        # move): what was built for one is reused by the next.
        "cache": BuildCache(),
    }


class _Output:
    """The arrays being filled, snapshot by snapshot."""

    def __init__(self, n, measured, with_points, fronts, uncertain):
        f = len(measured)
        self.factions = measured
        self.inside = np.zeros((n, f), dtype=bool)
        self.dist_km = np.full((n, f), np.nan)
        self.nearest_lon = np.full((n, f), np.nan) if with_points else None
        self.nearest_lat = np.full((n, f), np.nan) if with_points else None
        self.controlled_by = np.full(n, None, dtype=object)
        self.nearest_other = np.full(n, None, dtype=object)
        self.nearest_other_km = np.full(n, np.nan)
        self.snapshot_day = np.full(n, np.nan)
        self.snapshot_note = np.full(n, None, dtype=object)
        self.front_km = np.full(n, np.nan) if fronts else None
        self.front_faction = np.full(n, None, dtype=object) if fronts else None
        self.possible = np.full(n, None, dtype=object) if uncertain else None
        self.certain = np.full(n, None, dtype=object) if uncertain else None
        self.windowed = self.window_changes = 0

    def finish(self, snapshots, repaired, skipped_empty):
        return Analysis(
            factions=self.factions,
            inside=self.inside,
            dist_km=self.dist_km,
            nearest_lon=self.nearest_lon,
            nearest_lat=self.nearest_lat,
            controlled_by=self.controlled_by,
            nearest_other=self.nearest_other,
            nearest_other_km=self.nearest_other_km,
            snapshot_day=self.snapshot_day,
            snapshot_note=self.snapshot_note,
            front_km=self.front_km,
            front_faction=self.front_faction,
            possible_factions=self.possible,
            controlled_by_certain=self.certain,
            snapshots=snapshots,
            repaired=repaired,
            skipped_empty=skipped_empty,
            windowed=self.windowed,
            window_changes=self.window_changes,
        )


def _measure_group(out, codes, geometries, lon, lat, local_feature, feats, options, step):
    """One snapshot: its own index, the strikes measured against it, results put in place."""
    cache = options["cache"]
    territories = Territories.from_geometries(codes, list(geometries), cache=cache)
    here = [c for c in out.factions if c in territories.factions]
    columns = [out.factions.index(c) for c in here]
    drawn = None
    if out.front_km is not None and options["front_geometries"] is None and lon.size >= _ASIDE:
        # The front lines depend on the map alone: drawn on another thread meanwhile.
        drawn = aside(functools.partial(_draw_fronts, codes, geometries, options))
    result = nearest_factions(
        territories,
        lon,
        lat,
        part_feature=local_feature,
        n_features=feats.size,
        factions=here,
        max_distance_km=options["max_distance_km"],
        with_nearest_points=options["with_nearest_points"],
        # Fronts and disc depths come after: a share of the bar each, so it never sits still.
        progress=None if step is None else (lambda f: step(0.7 * f)),
    )
    rows = np.ix_(feats, columns)
    out.inside[rows] = result.inside
    out.dist_km[rows] = result.dist_km
    if out.nearest_lon is not None:
        out.nearest_lon[rows] = result.nearest_lon
        out.nearest_lat[rows] = result.nearest_lat
    out.controlled_by[feats] = result.controlled_by
    out.nearest_other[feats] = result.nearest_other
    out.nearest_other_km[feats] = result.nearest_other_km
    areas = None
    if out.front_km is not None:
        lines = None
        if options["front_geometries"] is None:  # fronts between the factions' areas
            areas, lines = (
                drawn.result() if drawn is not None else _draw_fronts(codes, geometries, options)
            )
        km, across = _fronts(result, here, lon, lat, local_feature, feats.size, options, lines)
        out.front_km[feats] = km
        out.front_faction[feats] = across
    if step is not None:
        step(0.85)
    if out.possible is not None:
        depth = np.full((feats.size, len(here)), np.nan)
        if np.isfinite(options["radius_km"]).any():  # else no disc to judge (a date window)
            areas = areas if areas is not None else faction_areas(codes, geometries, cache)
            depth = _depth(areas, here, result, lon, lat, local_feature, feats.size, options)
        possible, certain = disc_answers(here, result.dist_km, depth, options["radius_km"])
        out.possible[feats] = possible
        out.certain[feats] = certain


def _draw_fronts(codes, geometries, options):
    """(areas, (pairs, front lines)) of a snapshot's map."""
    areas = faction_areas(codes, geometries, options["cache"])
    return areas, front_lines(areas, options["front_tolerance_km"], options["cache"])


def _fronts(result, here, lon, lat, local_feature, n, options, drawn):
    """Front distances: to the given FRONT_LINES, or to `drawn` = (pairs, lines) between the
    factions' areas."""
    kwargs = {
        "part_feature": local_feature,
        "n_features": n,
        "max_distance_km": options["max_distance_km"],
    }
    if options["front_geometries"] is not None:
        labels = options["front_labels"] or ["front"] * len(options["front_geometries"])
        lines = Territories.from_geometries(
            list(labels), list(options["front_geometries"]), cache=options["cache"]
        )
        measured = nearest_factions(lines, lon, lat, **kwargs)
        km = np.nanmin(np.where(np.isnan(measured.dist_km), np.inf, measured.dist_km), axis=1)
        nearest = np.argmin(np.where(np.isnan(measured.dist_km), np.inf, measured.dist_km), axis=1)
        across = np.asarray(measured.factions, dtype=object)[nearest]
        if options["front_labels"] is None:
            across[:] = None
        km[~np.isfinite(km)] = np.nan
        return km, across
    pairs, lines = drawn
    if not pairs:
        return front_distances(
            result.controlled_by,
            [],
            np.zeros((n, 0)),
            result.nearest_other,
            result.nearest_other_km,
        )
    held = membership(result.controlled_by, pair_codes(pairs))  # for both steps below
    pair_km = pair_distances(
        result,
        here,
        pairs,
        lines,
        lon,
        lat,
        # Repaired maps may differ from the fronts' own repair: no pruning bound from them.
        reach_km=front_reach_km(options["front_tolerance_km"]) if options["valid"] else None,
        cache=options["cache"],
        held=held,
        **kwargs,
    )
    return front_distances(
        result.controlled_by,
        pairs,
        pair_km,
        result.nearest_other,
        result.nearest_other_km,
        held=held,
    )


def _depth(areas, here, result, lon, lat, local_feature, n, options):
    """Distance from each strike to the border of every faction it is inside (else NaN)."""
    depth = np.full((n, len(here)), np.nan)
    codes = [c for c in here if c in areas]
    if not codes:
        return depth
    borders = Territories.from_geometries(
        codes, [areas[c].boundary for c in codes], cache=options["cache"]
    )
    # Only the borders of the strike's own factions are wanted.
    wanted = result.inside[:, [here.index(c) for c in borders.factions]]
    measured = nearest_factions(
        borders, lon, lat, part_feature=local_feature, n_features=n, wanted=wanted
    )
    for c in codes:
        depth[:, here.index(c)] = measured.dist_km[:, measured.factions.index(c)]
    return np.where(result.inside, depth, np.nan)
