"""Turns raw faction text ('Daesh', 'ISIL', 'Kurds/Government') into a preset's codes and labels."""

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from .codes import join_codes, member_codes
from .messages import QT_TRANSLATE_NOOP, Message, quoted
from .naming import faction_slug
from .pairs import parse_pairs

RECOGNISED, MIXED, MAPPED, UNRECOGNISED, EMPTY = (
    "recognised", "mixed", "mapped", "unrecognised", "empty",
)  # fmt: skip
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
        for raw, target in parse_pairs(mapping, "MAPPING"):
            key = normalise_key(raw)
            self._mapping[key] = self._target(target)
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
            faction = self.preset.lookup(text)
            composed = None if faction else self._compose(text)
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

    def unused_mapping(self):
        """'raw=code' entries of the mapping that matched no value."""
        return [f"{raw}={target}" for raw, target, used in self._mapping_used.values() if not used]


def classify(values, preset, mapping=""):
    """Resolves every value; counts per code and the unrecognised values with their new codes."""
    resolver = FactionResolver(preset, mapping)
    result = Classification(resolutions=[resolver.resolve(v) for v in values])
    for resolution in result.resolutions:
        if resolution.how == EMPTY:
            result.empty += 1
            continue
        result.counts[resolution.code] += 1
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
