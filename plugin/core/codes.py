"""Faction codes: a mixed class 'a+b' stands for each of its members."""

from ..vocabulary import MIXED_SEPARATOR


def member_codes(code):
    """The factions a faction value stands for: a mixed code 'a+b' is territory of a and b."""
    return [member.strip() for member in str(code).split(MIXED_SEPARATOR) if member.strip()]


def join_codes(codes):
    """One value for several factions: sorted, without repeats, joined with '+'."""
    return MIXED_SEPARATOR.join(sorted(set(codes)))
