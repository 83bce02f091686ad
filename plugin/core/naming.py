"""Turns faction values into safe, unique field names and resolves name collisions."""

import re
import unicodedata

# Portable across GeoPackage, Shapefile (10 chars is too short to enforce: we warn instead),
# PostGIS and CSV: ASCII letters, digits and underscores, not starting with a digit.
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def faction_slug(value):
    """A lower-case ASCII identifier for a faction value ('Al-Nusra Front' -> 'al_nusra_front').

    Values with no Latin letters at all (e.g. Arabic) become 'f_' plus their code points in hex,
    so they are normalised, never dropped, and stay distinct.
    """
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_WORD.sub("_", text.lower()).strip("_")
    if not slug:
        slug = "f_" + "".join(f"{ord(ch):x}" for ch in str(value).strip())[:24]
    if slug[0].isdigit():
        slug = "f_" + slug
    return slug


def faction_slugs(values):
    """A distinct slug for every value, in order; values that normalise alike get _2, _3..."""
    seen = {}
    slugs = []
    for value in values:
        slug = faction_slug(value)
        count = seen.get(slug, 0) + 1
        seen[slug] = count
        slugs.append(slug if count == 1 else f"{slug}_{count}")
    return slugs


def unique_name(wanted, taken):
    """`wanted`, or `wanted_1`, `wanted_2`... whichever is not in `taken` (case-insensitive)."""
    lowered = {name.lower() for name in taken}
    if wanted.lower() not in lowered:
        return wanted
    n = 1
    while f"{wanted}_{n}".lower() in lowered:
        n += 1
    return f"{wanted}_{n}"
