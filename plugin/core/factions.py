"""Turns raw faction text ('Daesh', 'ISIL', 'Kurds/Government') into a preset's codes and labels."""

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .codes import join_codes, member_codes
from .messages import QT_TRANSLATE_NOOP, Message, quoted
from .naming import faction_slug
from .pairs import parse_pairs

RECOGNISED, MIXED, MAPPED, UNRECOGNISED, EMPTY, COLOURED = (
    "recognised", "mixed", "mapped", "unrecognised", "empty", "colour",
)  # fmt: skip
BY_NAME = (RECOGNISED, MIXED, MAPPED)
# Words that legends add around a faction's name ('ISIS Control', 'Regime-held areas'); ignored
# when the full text matches nothing.
FILLER = frozenset(
    (
        "control", "controlled", "held", "hold", "area", "areas", "zone", "zones", "territory",
        "territories", "forces", "force", "under", "by", "of", "the",
    )
)  # fmt: skip
# Apostrophes and full stops join rather than separate: "Da'esh" is "Daesh", "S.D.F." is "SDF".
_APOSTROPHES = re.compile(r"['’ʼʻ`´‘.]")
_NOT_WORD = re.compile(r"[\W_]+")
_ARABIC = str.maketrans({"ة": "ه", "ى": "ي", "ـ": None, "ٱ": "ا"})
_SEPARATORS = re.compile(
    r"\s*(?:/|\\|,|;|&|\+|\band\b|\bund\b|\bet\b|\bи\b|\bі\b|\bта\b)\s*", re.IGNORECASE
)


# 'Окуповано /// Occupied': one class named in several languages (DeepState, Google My Maps).
_LANGUAGES = re.compile(r"/{3,}")
# Dates and date ranges written into a class name ('Звільнено 25.03', '27-29.03.2022') and
# DeepState's '{{at:19.09}}' templates.
_DATED = re.compile(r"\{\{[^}]*\}\}|\d[\d.]*(?:\s*[-–]\s*\d[\d.]*)*")
_HEX = re.compile(r"^#?([0-9a-f]{6})(?:[0-9a-f]{2})?$")


def colour_key(text):
    """'#A52714', 'a52714' or '#a52714ff' -> '#a52714'; None when `text` is not a colour."""
    found = _HEX.match(str(text or "").strip().lower())
    return f"#{found.group(1)}" if found else None


def undated(text):
    """A class name without the dates written into it: 'Звільнено 25.03' -> 'Звільнено '."""
    return _DATED.sub(" ", str(text))


def _tr(text):
    return QT_TRANSLATE_NOOP("StrikeCheck", text)


def normalise_key(text):
    """Text reduced for alias matching: no case, accents, apostrophes or punctuation.

    'Da'esh' -> 'daesh', 'Al-Nusra Front' -> 'al nusra front', 'أحرار الشام' -> 'احرار الشام'.
    """
    if text is None:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = _APOSTROPHES.sub("", plain.casefold().translate(_ARABIC))
    return " ".join(_NOT_WORD.sub(" ", plain).split())


def filler_stripped(key):
    """A normalised key without legend filler words ('regime held areas' -> 'regime')."""
    words = [w for w in key.split() if w not in FILLER]
    return " ".join(words)


def short_name(label):
    """'ISIS Control' -> 'ISIS'; 'Russia-occupied' stays: the legend's filler words dropped."""
    words = str(label).split()
    while len(words) > 1 and words[-1].lower() in FILLER:
        words.pop()
    return " ".join(words)


def mixed_code(members):
    """The code of a class held by several factions: their codes sorted and joined with '+'."""
    return join_codes(set(members))


def _common_suffix(labels):
    words = [label.split() for label in labels]
    suffix = []
    while all(len(w) > len(suffix) + 1 for w in words):
        candidate = {w[-1 - len(suffix)] for w in words}
        if len(candidate) != 1:
            break
        suffix.insert(0, candidate.pop())
    return suffix


def composed_label(labels):
    """A legend label for several factions: ['ISIS Control', 'JN Control'] ->
    'ISIS and JN Control'; three or more: 'ISIS, JN, and Rebel Control'."""
    suffix = _common_suffix(labels)
    stems = [" ".join(label.split()[: len(label.split()) - len(suffix)]) for label in labels]
    if len(stems) == 2:
        joined = f"{stems[0]} and {stems[1]}"
    else:
        joined = ", ".join(stems[:-1]) + f", and {stems[-1]}"
    return " ".join([joined, *suffix])


@dataclass
class Resolution:
    """What one raw value became: canonical code, label, member codes and how it was found."""

    raw: object
    code: str = None
    label: str = None
    members: tuple = ()
    how: str = EMPTY


@dataclass
class Classification:
    resolutions: list
    counts: Counter = field(default_factory=Counter)  # code -> features
    unrecognised: dict = field(default_factory=dict)  # code -> (first raw text, features)
    notes: list = field(default_factory=list)  # Messages about the mapping override
    # code -> [features found by name, by style colour]
    found_by: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    empty: int = 0


class FactionResolver:
    """Resolves raw values with a preset, the user's mapping override first ('raw=code;...')."""

    def __init__(self, preset, mapping=""):
        self.preset = preset
        self.notes = []
        self._mapping = {}
        self._mapping_used = {}
        self._labels = {}
        self._cache = {}
        self._colours = {}  # '#rrggbb' -> (code, label, members): the user's colour=faction
        for raw, target in parse_pairs(mapping, "MAPPING"):
            key = colour_key(raw) if raw.strip().startswith("#") else None
            key = key or normalise_key(raw)
            resolved = self._target(target)
            if key.startswith("#"):
                self._colours[key] = resolved
            else:
                self._mapping[key] = resolved
            self._mapping_used[key] = (raw, target, False)

    def _by_members(self, members):
        members = tuple(sorted(set(members)))
        if len(members) == 1:
            faction = self.preset.by_code(members[0])
            return members[0], faction.label if faction else self._labels.get(members[0]), members
        code = mixed_code(members)
        known = self.preset.by_code(code)
        if known is not None:
            return code, known.label, members
        labels = []
        for member in members:
            faction = self.preset.by_code(member)
            labels.append(faction.label if faction else self._labels.get(member, member))
        return code, composed_label(labels), members

    def _target(self, target):
        members = []
        for piece in member_codes(target) or [target]:
            faction = self.preset.by_code(piece) or self.preset.lookup(piece)
            if faction is not None:
                members.extend(faction.members)
                continue
            code = faction_slug(piece)
            self._labels.setdefault(code, piece)
            members.append(code)
            self.notes.append(
                Message(
                    _tr(
                        "MAPPING target '{target}' is not a faction of preset '{preset}': used "
                        "as code '{code}'."
                    ),
                    target=piece,
                    preset=self.preset.name,
                    code=code,
                )
            )
        return self._by_members(members)

    def _compose(self, text):
        parts = [p for p in _SEPARATORS.split(text) if p and p.strip()]
        if len(parts) < 2:
            return None
        members = []
        for part in parts:
            faction = self.preset.lookup(part)
            if faction is None:
                return None
            members.extend(faction.members)
        return self._by_members(members)

    def resolve(self, raw):
        """The Resolution of one raw value (None or blank: EMPTY, with code None)."""
        text = "" if raw is None else str(raw).strip()
        if not text:
            return Resolution(raw=raw)
        if text in self._cache:
            return self._cache[text]
        key = normalise_key(text)
        if key in self._mapping:
            raw_text, target, _ = self._mapping_used[key]
            self._mapping_used[key] = (raw_text, target, True)
            code, label, members = self._mapping[key]
            result = Resolution(text, code, label, members, MAPPED)
        else:
            faction = self.preset.lookup(text) or self._in_languages(text)
            # Parts in several languages name one class, never a mixed one.
            composed = None if faction or _LANGUAGES.search(text) else self._compose(text)
            if faction is not None:
                how = MIXED if faction.mixed else RECOGNISED
                result = Resolution(text, faction.code, faction.label, faction.members, how)
            elif composed is not None:
                code, label, members = composed
                how = MIXED if len(members) > 1 else RECOGNISED
                result = Resolution(text, code, label, members, how)
            else:
                code = faction_slug(text)
                label = self._labels.setdefault(code, text)
                result = Resolution(text, code, label, (code,), UNRECOGNISED)
        self._cache[text] = result
        return result

    def _in_languages(self, text):
        """The faction that every recognised part of 'A /// B' names once its dates are
        dropped ('Звільнено 25.03 /// Liberated 25.03'); None when none or several."""
        found = {}
        for part in _LANGUAGES.split(text):
            faction = self.preset.lookup(undated(part))
            if faction is not None:
                found[faction.code] = faction
        return next(iter(found.values())) if len(found) == 1 else None

    def by_colour(self, raw, colour):
        """The Resolution of a feature by its style colour (the user's colour=faction first,
        then the preset's style colours), or None."""
        key = colour_key(colour)
        if key is None:
            return None
        if key in self._colours:
            raw_text, target, _ = self._mapping_used[key]
            self._mapping_used[key] = (raw_text, target, True)
            code, label, members = self._colours[key]
            return Resolution(raw, code, label, members, COLOURED)
        faction = self.preset.by_colour(key)
        if faction is None:
            return None
        return Resolution(raw, faction.code, faction.label, faction.members, COLOURED)

    def unused_mapping(self):
        """'raw=code' entries of the mapping that matched no value."""
        return [f"{raw}={target}" for raw, target, used in self._mapping_used.values() if not used]


def _resolved(resolver, values, colours):
    for value, colour in zip(values, colours or [None] * len(values)):
        resolution = resolver.resolve(value)
        if resolution.how in (UNRECOGNISED, EMPTY) and colour is not None:
            resolution = resolver.by_colour(value, colour) or resolution
        yield resolution


def classify(values, preset, mapping="", colours=None):
    """Resolves every value, by its style colour (`colours[i]`, optional) when the name does not
    settle it; counts per code, names vs colours, and the unrecognised values' new codes."""
    resolver = FactionResolver(preset, mapping)
    result = Classification(resolutions=list(_resolved(resolver, values, colours)))
    for resolution in result.resolutions:
        if resolution.how == EMPTY:
            result.empty += 1
            continue
        result.counts[resolution.code] += 1
        result.found_by[resolution.code][resolution.how == COLOURED] += 1
        if resolution.how == UNRECOGNISED:
            first, n = result.unrecognised.get(resolution.code, (resolution.raw, 0))
            result.unrecognised[resolution.code] = (first, n + 1)
    result.notes.extend(resolver.notes)
    for entry in resolver.unused_mapping():
        result.notes.append(
            Message(
                _tr("MAPPING entry '{entry}' matched no value of the faction field."),
                entry=quoted(entry),
            )
        )
    return result


def recognised_share(values, preset):
    """How many of `values` the preset recognises (by alias or as a mixed class)."""
    resolver = FactionResolver(preset)
    return sum(1 for v in values if resolver.resolve(v).how in (RECOGNISED, MIXED))


def choose_preset(values, presets, fallback="generic"):
    """(name, recognised) of the preset that recognises most values; `fallback` when none does."""
    best, best_n = fallback, 0
    for name in sorted(presets):
        if name == fallback:
            continue
        n = recognised_share(values, presets[name])
        if n > best_n:
            best, best_n = name, n
    return best, best_n
