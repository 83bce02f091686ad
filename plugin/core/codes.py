"""Mixed faction codes: 'isis+jn' is territory held by isis and by jn alike."""

from .vocabulary import MIXED_SEPARATOR


def member_codes(code):
    """The factions a faction value stands for: a mixed code 'a+b' is territory of a and b."""
    return [member.strip() for member in str(code).split(MIXED_SEPARATOR) if member.strip()]


def join_codes(codes):
    """The mixed code of several factions: their codes sorted and joined ('a+b')."""
    return MIXED_SEPARATOR.join(sorted(codes))
