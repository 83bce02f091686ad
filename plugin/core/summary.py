"""The one-sentence verdict on a set of analysed strikes, e.g. '6 strikes: 0 in ISIS-held ...'."""

import numpy as np

from .codes import member_codes
from .messages import QT_TRANSLATE_NOOP, Message


def _tr(text):
    return QT_TRANSLATE_NOOP("StrikeCheck", text)


def held_by(controlled_by, faction):
    """Boolean array: strikes whose controlled_by names `faction` (alone or with others)."""
    return np.array(
        [bool(value) and faction in member_codes(value) for value in controlled_by], dtype=bool
    )


# Endings of faction names that already say who holds the ground ('Ukraine-held').
_HOLDING_WORDS = ("held", "occupied", "controlled", "contested", "liberated")


def says_who_holds(label):
    """Whether a faction's name already says how the ground is held ('Russia-occupied')."""
    words = str(label).lower().replace("-", " ").split()
    return bool(words) and words[-1] in _HOLDING_WORDS


def verdict(controlled_by, target_km, faction, label=None, translate=None):
    """'N strikes: K in <label>-held territory; nearest <label> territory A-B km (median M km)'.

    `controlled_by` holds each strike's controlled_by value (None when nobody holds it) and
    `target_km` its distance to `faction` (NaN when unknown, e.g. beyond a maximum distance).
    `translate` puts the sentence's parts in the user's language (context 'StrikeCheck').
    """
    label = label or faction
    controlled_by = list(controlled_by)
    target_km = np.asarray(target_km, dtype=float)
    n = len(controlled_by)
    inside = held_by(controlled_by, faction)
    if says_who_holds(label):  # 'Russia-occupied', 'Ukraine-held': not '...-held-held'
        template = _tr("{n} strike: {k} in {label} territory")
        if n != 1:
            template = _tr("{n} strikes: {k} in {label} territory")
    elif n == 1:
        template = _tr("{n} strike: {k} in {label}-held territory")
    else:
        template = _tr("{n} strikes: {k} in {label}-held territory")
    sentence = Message(template, n=n, k=int(inside.sum()), label=label).format(translate)
    outside_km = target_km[~inside & np.isfinite(target_km)]
    if outside_km.size:
        if outside_km.size == 1:
            spread = Message(_tr("{km} km"), km=f"{outside_km[0]:.0f}")
        else:
            spread = Message(
                _tr("{low}-{high} km (median {median} km)"),
                low=f"{outside_km.min():.0f}",
                high=f"{outside_km.max():.0f}",
                median=f"{np.median(outside_km):.0f}",
            )
        if inside.any():
            part = _tr("; the other {m}: nearest {label} territory {spread}")
        else:
            part = _tr("; nearest {label} territory {spread}")
        sentence += Message(part, m=outside_km.size, label=label, spread=spread).format(translate)
    unknown = int((~inside & ~np.isfinite(target_km)).sum())
    if unknown:
        part = _tr("; {unknown} beyond the search distance or without a location")
        sentence += Message(part, unknown=unknown).format(translate)
    return sentence


def uncertainty_sentence(certain, translate=None):
    """'3 of 5 conclusions survive the location uncertainty', or '' when nothing was judged.

    `certain` holds each strike's controlled_by_certain: True, False or None (unknown precision).
    """
    judged = [c for c in certain if c is not None]
    if not judged:
        return ""
    kept = sum(1 for c in judged if c)
    template = _tr(
        "{kept} of {judged} conclusions survive the location uncertainty "
        "(one faction holds every possible position)"
    )
    return Message(template, kept=kept, judged=len(judged)).format(translate)


def finding_with_uncertainty(finding, certain, translate=None):
    """The finding, then how many of its conclusions survive the location uncertainty (when
    strikes had a precision), each sentence ending with a full stop; '' when neither exists."""
    survive = uncertainty_sentence(certain, translate)
    parts = [finding.rstrip(".")] if finding else []
    if survive:
        parts.append(survive[0].upper() + survive[1:])
    return " ".join(f"{part}." for part in parts)
