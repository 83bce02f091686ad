"""strikecheck:nearestfaction's messages to the user, the same from either engine."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.PyQt.QtCore import QCoreApplication

from ...core.codes import MIXED_SEPARATOR
from ...core.timeline import iso_day

# More faction values than any real control map has: probably the wrong field (unit names...).
MANY_FACTIONS = 30


def tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


@dataclass
class RunSummary:
    """What a run found, counted by whichever engine ran it."""

    factions: list  # factions measured
    present: list  # every faction the control map names (FACTIONS may measure fewer)
    faction_field: str
    strikes: int  # strike features
    held: int  # inside some faction's territory
    empty: int  # with an empty or NULL geometry
    snapshots: int = 1
    repaired: int = 0  # invalid control geometries repaired in memory
    skipped_empty: int = 0  # control features without geometry
    null_values: int = 0  # control features without a faction value
    certain: int | None = None  # held by one faction across their whole disc (with precision)
    judged: int | None = None  # strikes with a known precision
    unmeasured: int = 0  # strikes without a snapshot to measure against (SNAPSHOT_RULE=skip)
    before_first: int = 0  # strikes dated before the first control snapshot
    undated: int = 0  # strikes without a date against a dated control map


def report_inputs(feedback, request, codes, snapshot_days, radius_km):
    """Mixed classes, the time-aware reading and how many strikes have a precision."""
    mixed = sorted({code for code in codes if MIXED_SEPARATOR in code})
    if mixed:
        feedback.pushInfo(
            tr("Mixed control ({classes}) counts as territory of each member.").format(
                classes=", ".join(mixed)
            )
        )
    days = (
        sorted({d for d in snapshot_days.tolist() if d == d}) if snapshot_days is not None else []
    )
    if len(days) == 1:
        feedback.pushInfo(
            tr("One dated control snapshot ({day}): every strike is measured against it.").format(
                day=iso_day(days[0])
            )
        )
    elif days:
        feedback.pushInfo(
            tr(
                "Time-aware: control snapshots from '{control}', strike dates from "
                "'{strike}'; strikes before the first snapshot or undated: {rule}."
            ).format(
                control=request.control_date_field,
                strike=request.strike_date_field or tr("(none: all undated)"),
                rule=request.options.rule,
            )
        )
    if radius_km is not None:
        known = int((radius_km == radius_km).sum())  # not NaN
        feedback.pushInfo(
            tr("Location precision known for {n} of {total} strikes.").format(
                n=known, total=radius_km.size
            )
        )


def report_control(feedback, summary: RunSummary):
    """The factions found and what was repaired or skipped in the control map."""
    feedback.pushInfo(
        tr("Factions in the control map (field '{field}'): {names}").format(
            field=summary.faction_field, names=", ".join(summary.present)
        )
    )
    if list(summary.factions) != list(summary.present):
        feedback.pushInfo(
            tr("Measured (FACTIONS): {names}; the others still count for controlled_by.").format(
                names=", ".join(summary.factions)
            )
        )
    if len(summary.present) > MANY_FACTIONS:
        feedback.pushWarning(
            tr(
                "{n} different faction values in field '{field}', each measured into a field of "
                "its own: is it the field that names who holds the ground? Choose another "
                "FACTION_FIELD, or import the map with strikecheck:importcontrol first."
            ).format(n=len(summary.present), field=summary.faction_field)
        )
    if summary.snapshots > 1:
        feedback.pushInfo(tr("{n} control snapshots used.").format(n=summary.snapshots))
    if summary.repaired:
        feedback.pushInfo(
            tr("{n} invalid control geometries were repaired in memory.").format(n=summary.repaired)
        )
    if summary.skipped_empty:
        feedback.pushWarning(
            tr("{n} control features with an empty or NULL geometry were skipped.").format(
                n=summary.skipped_empty
            )
        )
    if summary.null_values:
        feedback.pushWarning(
            tr("{n} control features with no faction value were skipped.").format(
                n=summary.null_values
            )
        )


def report_result(feedback, summary: RunSummary):
    """How many strikes each answer covers, said in the log; returns the same sentences as one
    text (the algorithm's SUMMARY output, the panel's finding)."""
    said = []

    def info(text):
        said.append(text)
        feedback.pushInfo(text)

    def warning(text):
        said.append(text)
        feedback.pushWarning(text)

    info(
        tr(
            "{n} strikes analysed against {k} factions: {held} inside a faction's "
            "territory, {free} outside all of them."
        ).format(
            n=summary.strikes,
            k=len(summary.factions),
            held=summary.held,
            free=summary.strikes - summary.held - summary.empty - summary.unmeasured,
        )
    )
    if summary.before_first and summary.unmeasured == 0:
        warning(
            tr(
                "{n} strikes are dated before the first control snapshot and were measured "
                "against it (SNAPSHOT_RULE 'nearest'; 'skip' leaves them unanswered): the map "
                "may not show who held the ground on their day."
            ).format(n=summary.before_first)
        )
    if summary.undated and summary.unmeasured == 0:
        info(
            tr("{n} undated strikes were measured against the latest control snapshot.").format(
                n=summary.undated
            )
        )
    if summary.unmeasured:
        warning(
            tr(
                "{n} strikes have no control snapshot to be measured against "
                "(SNAPSHOT_RULE=skip): NULL results, the reason in snapshot_note."
            ).format(n=summary.unmeasured)
        )
    if summary.judged:
        info(
            tr(
                "{kept} of {n} strikes with a known precision are held by one faction "
                "across their whole uncertainty disc."
            ).format(kept=summary.certain, n=summary.judged)
        )
    if summary.empty:
        warning(
            tr(
                "{n} strikes have an empty or NULL geometry: kept in the output with NULL results."
            ).format(n=summary.empty)
        )
    return " ".join(said)
