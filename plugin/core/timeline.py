"""Time-aware control: which dated snapshot of the control map each strike is measured against."""

from dataclasses import dataclass

import numpy as np

from .vocabulary import RULE_NEAREST, RULE_SKIP, RULES

NEAREST = RULE_NEAREST  # strikes before the first snapshot use the first; undated the latest
SKIP = RULE_SKIP  # such strikes get no answer, with the reason said


@dataclass
class SnapshotChoice:
    """Per strike feature: index into `days` (or -1 when skipped) and why, when not plain."""

    days: np.ndarray  # sorted distinct snapshot days (int, days since 1970-01-01)
    index: np.ndarray  # int (n_features,)
    note: np.ndarray  # object (n_features,): None, or a sentence saying what happened
    before_first: int = 0  # strikes dated before the first snapshot
    undated: int = 0  # strikes without a date (the map has dated snapshots)


def day_number(value):
    """Days since 1970-01-01 of a datetime.date (or None), as the arrays below use them."""
    if value is None:
        return np.nan
    return float(np.datetime64(value, "D").astype(np.int64))


def iso_day(day):
    """'YYYY-MM-DD' of a day number."""
    return str(np.datetime64(int(day), "D"))


def choose_snapshots(strike_days, snapshot_days, rule=NEAREST):
    """The latest snapshot on or before each strike's day, and what to do with the others.

    strike_days: float days (NaN when undated); snapshot_days: the control map's dated snapshot
    days (any order, repeats allowed). With rule 'nearest' a strike dated before the first
    snapshot is measured against the first one and an undated strike against the latest one;
    with 'skip' both get index -1. Either way the note says which case applied.
    """
    if rule not in RULES:
        raise ValueError(f"rule must be one of {RULES}")
    days = np.unique(np.asarray(snapshot_days, dtype=float))
    days = days[np.isfinite(days)].astype(np.int64)
    strike_days = np.asarray(strike_days, dtype=float)
    n = strike_days.size
    note = np.full(n, None, dtype=object)
    if days.size == 0:
        return SnapshotChoice(days, np.zeros(n, dtype=np.int64) - 1, note)
    dated = np.isfinite(strike_days)
    index = np.full(n, days.size - 1, dtype=np.int64)
    where = np.searchsorted(days, strike_days[dated], side="right") - 1
    index[dated] = where
    before = np.zeros(n, dtype=bool)
    before[dated] = where < 0
    first, last = iso_day(days[0]), iso_day(days[-1])
    if rule == NEAREST:
        index[before] = 0
        note[before] = f"dated before the first control snapshot; measured against {first}"
        note[~dated] = f"undated; measured against the latest control snapshot, {last}"
    else:
        index[before | ~dated] = -1
        note[before] = f"skipped: dated before the first control snapshot ({first})"
        note[~dated] = "skipped: undated, and the control map has dated snapshots"
    return SnapshotChoice(days, index, note, int(before.sum()), int((~dated).sum()))


def snapshot_members(control_days, day):
    """bool mask of control features in the snapshot of `day`: those dated that day, plus the
    undated ones (a feature without a date holds in every snapshot)."""
    control_days = np.asarray(control_days, dtype=float)
    return ~np.isfinite(control_days) | (control_days == day)
