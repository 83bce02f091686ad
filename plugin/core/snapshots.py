"""Snapshot files of a control-map history: each file's date from its name, one file per day."""

import datetime
import re
from dataclasses import dataclass

from .messages import QT_TRANSLATE_NOOP, InputError, Message, quoted

_UNIX = re.compile(r"(?<!\d)(\d{10})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T_ ]?(\d{2})[:\-]?(\d{2}))?")
_COMPACT = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?:[T_]?(\d{2})(\d{2}))?(?!\d)")


def _tr(text):
    return QT_TRANSLATE_NOOP("StrikeCheck", text)


@dataclass(frozen=True)
class Snapshot:
    """One file of a history: its path, name, date and time of day (seconds, or None)."""

    path: str
    name: str
    date: datetime.date = None
    seconds: int = None


def compile_pattern(pattern):
    """A user DATE_PATTERN: a regular expression with named groups year, month, day (and
    optionally hour, minute); an InputError when it is not one."""
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        raise InputError(
            Message(_tr("DATE_PATTERN is not a regular expression: {error}"), error=str(error))
        ) from None
    if not {"year", "month", "day"} <= set(compiled.groupindex):
        raise InputError(
            Message(
                _tr("DATE_PATTERN needs the named groups (?P<year>...), (?P<month>...) and "
                    "(?P<day>...); it has: {groups}"),
                groups=", ".join(compiled.groupindex) or "-",
            )
        )  # fmt: skip
    return compiled


def _from_match(match):
    """(date, seconds or None) of a match with year, month, day (hour, minute) groups."""
    groups = match.groupdict() if match.re.groupindex else dict(
        zip(("year", "month", "day", "hour", "minute"), match.groups())
    )  # fmt: skip
    try:
        day = datetime.date(int(groups["year"]), int(groups["month"]), int(groups["day"]))
    except (TypeError, ValueError):
        return None, None
    hour, minute = groups.get("hour"), groups.get("minute")
    seconds = int(hour) * 3600 + int(minute or 0) * 60 if hour else None
    return day, seconds


def date_from_name(name, pattern=None):
    """(date, seconds of the day or None) read from a file name, or (None, None).

    With a compiled `pattern` only it is used; otherwise a 10-digit Unix time (UTC), then
    YYYY-MM-DD, then YYYYMMDD."""
    if pattern is not None:
        match = pattern.search(name)
        return _from_match(match) if match else (None, None)
    match = _UNIX.search(name)
    if match:
        moment = datetime.datetime.fromtimestamp(int(match.group(1)), datetime.timezone.utc)
        return moment.date(), moment.hour * 3600 + moment.minute * 60 + moment.second
    for regex in (_ISO, _COMPACT):
        match = regex.search(name)
        if match:
            day, seconds = _from_match(match)
            if day is not None:
                return day, seconds
    return None, None


def one_per_day(snapshots):
    """(kept, skipped): dated snapshots in date order, the latest of each day kept (by time of
    day, else by name); skipped is [(snapshot, the kept one)]. Undated ones are kept, last."""
    dated = [s for s in snapshots if s.date is not None]
    undated = [s for s in snapshots if s.date is None]
    by_day = {}
    for snapshot in dated:
        by_day.setdefault(snapshot.date, []).append(snapshot)
    kept, skipped = [], []
    for day in sorted(by_day):
        ordered = sorted(by_day[day], key=lambda s: (s.seconds or -1, s.name))
        winner = ordered[-1]
        kept.append(winner)
        skipped += [(s, winner) for s in ordered[:-1]]
    return kept + sorted(undated, key=lambda s: s.name), skipped


def undated_message(name):
    """The warning for a file whose name gives no date (and no DATE_FIELD)."""
    return Message(
        _tr("'{name}': no date in the file name (Unix time, YYYY-MM-DD or YYYYMMDD; or set "
            "DATE_PATTERN or DATE_FIELD); imported with valid_from NULL."),
        name=quoted(name),
    )  # fmt: skip
