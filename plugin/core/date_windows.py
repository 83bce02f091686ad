"""Date uncertainty: a strike dated over a window (first to last day) is checked against every
control snapshot in force during it; the answer is certain only when the controller stays."""

from __future__ import annotations

import numpy as np

from .codes import join_codes, member_codes
from .timeline import iso_day


def window_spans(choice, strike_days, end_days):
    """(windowed, first, last) per strike feature: whether its date is a window of more than
    one day measured against a snapshot, and the first and last snapshot index in force during
    it. The first is the snapshot it was measured against (choice.index, the one in force on its
    first day); the others are those dated after it up to its last day."""
    n = choice.index.size
    first = choice.index.copy()
    last = first.copy()
    if strike_days is None or end_days is None or choice.days.size == 0:
        return np.zeros(n, bool), first, last
    start = np.asarray(strike_days, float)
    end = np.asarray(end_days, float)
    windowed = (first >= 0) & np.isfinite(start) & np.isfinite(end) & (end > start)
    reach = np.searchsorted(choice.days, np.where(windowed, end, -np.inf), side="right") - 1
    last[windowed] = np.maximum(reach[windowed], first[windowed])
    return windowed, first, last


def window_choices(choice, windowed, first, last):
    """(snapshot g, SnapshotChoice measuring only the strikes whose window reaches g beyond its
    first snapshot) for every such snapshot."""
    extra = windowed & (last > first)
    wanted = set()
    for a, b in zip(first[extra].tolist(), last[extra].tolist()):
        wanted.update(range(a + 1, b + 1))
    for g in sorted(wanted):
        reaches = extra & (first < g) & (last >= g)
        index = np.where(reaches, g, -1).astype(np.int64)
        yield int(g), type(choice)(choice.days, index, np.full(index.size, None, object))


class WindowAnswers:
    """Per strike feature, the controllers (and possible factions) seen in each snapshot of its
    window, gathered snapshot by snapshot, then turned into certainty and notes."""

    def __init__(self, windowed):
        self.windowed = windowed
        rows = np.flatnonzero(windowed).tolist()
        self.seen = {f: [] for f in rows}  # per windowed feature: [(snapshot g, controlled_by)]
        self.possible = {f: set() for f in rows}

    def add(self, g, feats, controlled_by, possible):
        """The answers of snapshot g for features `feats`: controlled_by and possible (None
        without radii) give one value per feature of `feats`."""
        possible = [None] * len(feats) if possible is None else possible.tolist()
        for f, code, touched in zip(feats.tolist(), controlled_by.tolist(), possible):
            self.seen[f].append((g, code))
            value = touched or code
            self.possible[f].update(member_codes(value) if value else ())

    def apply(self, out, first, days, start_days, end_days):
        """Sets out.certain, out.possible and out.snapshot_note of the windowed features;
        returns how many saw the controller change inside their window."""
        changes = 0
        for f in self.seen:
            seen = [(int(first[f]), out.controlled_by[f])] + self.seen[f]
            changed = any(code != seen[0][1] for _, code in seen[1:])
            changes += changed
            own = out.possible[f] or out.controlled_by[f]
            union = set(member_codes(own) if own else ()) | self.possible[f]
            out.possible[f] = join_codes(sorted(union)) if union else None
            before = out.certain[f]
            out.certain[f] = (not changed) if before is None else bool(before) and not changed
            note = _note(seen, changed, days, start_days[f], end_days[f])
            if note:
                old = out.snapshot_note[f]
                out.snapshot_note[f] = f"{old}; {note}" if old else note
        return changes


def _note(seen, changed, days, start, end):
    """What the window showed, in the words snapshot_note uses (None for one snapshot)."""
    window = f"{iso_day(start)} to {iso_day(end)}"
    if not changed:
        if len(seen) < 2:
            return None
        return f"date window {window} spans {len(seen)} control snapshots, same controller in each"
    steps, previous = [], object()
    for g, code in seen:
        if code != previous:
            steps.append(f"{code or 'nobody'} from {iso_day(days[g])}")
            previous = code
    return f"not certain: control changes within the date window {window}: " + ", ".join(steps)
