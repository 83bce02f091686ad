"""Which snapshot of a time-aware control map a map of strikes shows, and how many snapshots the
strikes span: plain dates in, plain dates out (no QGIS, no numpy)."""

from dataclasses import dataclass


@dataclass
class MapSnapshot:
    """The snapshot a map draws: `day` (a datetime.date), and what the map's strikes span."""

    day: object  # the valid_from of the snapshot in force (datetime.date)
    map_day: object  # the map's date it was chosen for (datetime.date or None)
    before_first: bool  # the map's date is before the first snapshot: the first one is used
    spanned: list  # the snapshots (dates) the dated strikes fall in, in order
    next_day: object = None  # the valid_from of the snapshot after it (None: the latest)


def in_force(snapshot_days, day):
    """The latest of `snapshot_days` on or before `day` (None when all are later or none)."""
    earlier = [d for d in snapshot_days if d is not None and (day is None or d <= day)]
    return max(earlier) if earlier else None


def spanned(snapshot_days, strike_days):
    """The snapshots in force on the strikes' days (strikes before the first one count in the
    first), sorted: more than one means the strikes span several control maps."""
    days = sorted({d for d in snapshot_days if d is not None})
    if not days:
        return []
    used = set()
    for strike in strike_days:
        if strike is not None:
            used.add(in_force(days, strike) or days[0])
    return sorted(used)


def choose(snapshot_days, strike_days, map_day=None):
    """The MapSnapshot for a map of the strikes: the snapshot in force on `map_day` (default:
    the latest strike date; undated strikes: the latest snapshot). None without dated
    snapshots."""
    days = sorted({d for d in snapshot_days if d is not None})
    if not days:
        return None
    dated = [d for d in strike_days if d is not None]
    if map_day is None and dated:
        map_day = max(dated)
    day = days[-1] if map_day is None else in_force(days, map_day)
    before = day is None
    day = days[0] if before else day
    later = [d for d in days if d > day]
    return MapSnapshot(day, map_day, before, spanned(days, dated), later[0] if later else None)
