"""The one-sentence verdict on a set of analysed strikes, e.g. '6 strikes: 0 in ISIS-held ...'."""

import numpy as np


def held_by(controlled_by, faction):
    """Boolean array: strikes whose controlled_by names `faction` (alone or with others)."""
    return np.array(
        [bool(value) and faction in str(value).split("+") for value in controlled_by], dtype=bool
    )


def verdict(controlled_by, target_km, faction, label=None):
    """'N strikes: K in <label>-held territory; nearest <label> territory A-B km (median M km)'.

    `controlled_by` holds each strike's controlled_by value (None when nobody holds it) and
    `target_km` its distance to `faction` (NaN when unknown, e.g. beyond a maximum distance).
    """
    label = label or faction
    controlled_by = list(controlled_by)
    target_km = np.asarray(target_km, dtype=float)
    n = len(controlled_by)
    inside = held_by(controlled_by, faction)
    noun = "strike" if n == 1 else "strikes"
    sentence = f"{n} {noun}: {int(inside.sum())} in {label}-held territory"
    outside_km = target_km[~inside & np.isfinite(target_km)]
    if outside_km.size:
        lead = "" if not inside.any() else f" the other {outside_km.size}:"
        if outside_km.size == 1:
            spread = f"{outside_km[0]:.0f} km"
        else:
            spread = (
                f"{outside_km.min():.0f}-{outside_km.max():.0f} km "
                f"(median {np.median(outside_km):.0f} km)"
            )
        sentence += f";{lead} nearest {label} territory {spread}"
    unknown = int((~inside & ~np.isfinite(target_km)).sum())
    if unknown:
        sentence += f"; {unknown} beyond the search distance or without a location"
    return sentence


def uncertainty_sentence(certain):
    """'3 of 5 conclusions survive the location uncertainty', or '' when nothing was judged.

    `certain` holds each strike's controlled_by_certain: True, False or None (unknown precision).
    """
    judged = [c for c in certain if c is not None]
    if not judged:
        return ""
    kept = sum(1 for c in judged if c)
    return (
        f"{kept} of {len(judged)} conclusions survive the location uncertainty "
        "(one faction holds every possible position)"
    )
