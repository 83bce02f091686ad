"""Faction presets (codes, labels, aliases, colours) read from JSON in bundled and user folders."""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .factions import filler_stripped, mixed_code, normalise_key
from .messages import QT_TRANSLATE_NOOP, InputError, Message

SCHEMA = 1
BUNDLED = Path(__file__).resolve().parents[2] / "resources" / "presets"
# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision
# deficiency. The colour for any value a preset does not name.
OKABE_ITO = (
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000",
)  # fmt: skip
_CODE = re.compile(r"^[a-z][a-z0-9_]*$")
_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")


def _tr(text):
    return QT_TRANSLATE_NOOP("StrikeCheck", text)


@dataclass
class Faction:
    """A faction, or a mixed class whose `members` are several factions' codes."""

    code: str
    label: str
    aliases: tuple = ()
    colours: dict = field(default_factory=dict)
    members: tuple = ()
    style_colours: tuple = ()  # '#rrggbb' that publishers draw this faction in

    @property
    def mixed(self):
        return len(self.members) > 1


@dataclass
class Preset:
    """One preset file: factions and mixed classes, their aliases, and colours per palette."""

    name: str
    title: str
    description: str = ""
    palettes: dict = field(default_factory=dict)  # palette name -> {"title": ..., "note": ...}
    default_palette: str = None
    factions: list = field(default_factory=list)
    mixed: list = field(default_factory=list)
    fallback_colours: tuple = OKABE_ITO
    path: str = None
    _codes: dict = field(default_factory=dict, repr=False)
    _keys: dict = field(default_factory=dict, repr=False)
    _stripped: dict = field(default_factory=dict, repr=False)
    _by_colour: dict = field(default_factory=dict, repr=False)

    def __post_init__(self):
        ambiguous = set()
        for faction in [*self.factions, *self.mixed]:
            self._codes[faction.code] = faction
            for colour in faction.style_colours:
                self._by_colour.setdefault(colour.lower(), faction)
            for text in (faction.code, faction.label, *faction.aliases):
                key = normalise_key(text)
                if key:
                    self._keys.setdefault(key, faction)
                stripped = filler_stripped(key)
                if not stripped:
                    continue
                other = self._stripped.get(stripped)
                if other is not None and other.code != faction.code:
                    ambiguous.add(stripped)
                self._stripped.setdefault(stripped, faction)
        for key in ambiguous:
            del self._stripped[key]

    def by_code(self, code):
        """The faction or mixed class with this code, or None."""
        return self._codes.get(code)

    def by_colour(self, colour):
        """The faction drawn in this style colour ('#rrggbb', lower case), or None."""
        return self._by_colour.get(colour)

    def lookup(self, text):
        """The faction whose code, label or alias matches `text` (case, accents and punctuation
        ignored; words like 'control' or 'held' ignored when needed), or None."""
        key = normalise_key(text)
        if not key:
            return None
        found = self._keys.get(key)
        if found is None:
            found = self._stripped.get(filler_stripped(key))
        return found

    def colours(self, codes, palette=None):
        """{code: '#rrggbb'} for `codes`: the preset's colour in `palette`, else the fallback
        colours in turn (sorted codes, so the same values always get the same colours)."""
        palette = palette or self.default_palette
        result, rest = {}, []
        for code in codes:
            faction = self.by_code(code)
            colour = faction.colours.get(palette) if faction else None
            if colour:
                result[code] = colour
            else:
                rest.append(code)
        fallback = self.fallback_colours or OKABE_ITO
        for i, code in enumerate(sorted(set(rest))):
            result[code] = fallback[i % len(fallback)]
        return result


def _problem(path, text, **values):
    return InputError(
        Message(
            _tr("Preset {path} is not valid: {problem}"),
            path=str(path),
            problem=Message(text, **values),
        )
    )


def _strings(path, value, what):
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _problem(path, _tr("{what} must be a list of texts."), what=what)
    return tuple(v for v in value if v.strip())


def _entries(path, value, what):
    """The list under key `what` (empty when absent); a number or text there is an error."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise _problem(path, _tr("'{what}' must be a list of objects."), what=what)
    return value


def _colours(path, value, palettes, what, required):
    value = value or {}
    if not isinstance(value, dict):
        raise _problem(
            path, _tr("'colours' of {what} must map palette names to colours."), what=what
        )
    for palette, colour in value.items():
        if palette not in palettes:
            raise _problem(
                path,
                _tr(
                    "{what} has a colour for palette '{palette}', which the "
                    "preset does not declare in 'palettes'."
                ),
                what=what,
                palette=palette,
            )
        if not isinstance(colour, str) or not _COLOUR.match(colour):
            raise _problem(
                path,
                _tr("{what} has colour '{colour}' for palette '{palette}'; write it as #rrggbb."),
                what=what,
                colour=colour,
                palette=palette,
            )
    if required:
        for palette in palettes:
            if palette not in value:
                raise _problem(
                    path,
                    _tr("{what} has no colour for palette '{palette}'."),
                    what=what,
                    palette=palette,
                )
    return dict(value)


def _faction(path, entry, palettes):
    if not isinstance(entry, dict):
        raise _problem(path, _tr("every entry of 'factions' must be an object."))
    code, label = entry.get("code"), entry.get("label")
    if not isinstance(code, str) or not _CODE.match(code):
        raise _problem(
            path,
            _tr(
                "faction code '{code}' must be lower-case letters, digits and "
                "'_', starting with a letter."
            ),
            code=code,
        )
    if not isinstance(label, str) or not label.strip():
        raise _problem(path, _tr("faction '{code}' has no label."), code=code)
    what = f"faction '{code}'"
    return Faction(
        code=code,
        label=label.strip(),
        aliases=_strings(path, entry.get("aliases"), f"aliases of {what}"),
        colours=_colours(path, entry.get("colours"), palettes, what, required=True),
        members=(code,),
        style_colours=_style_colours(path, entry.get("style_colours"), what),
    )


def _style_colours(path, value, what):
    colours = _strings(path, value, f"style_colours of {what}")
    for colour in colours:
        if not _COLOUR.match(colour):
            raise _problem(
                path,
                _tr("{what} has style colour '{colour}'; write it as #rrggbb."),
                what=what,
                colour=colour,
            )
    return tuple(colour[:7].lower() for colour in colours)


def _mixed(path, entry, palettes, codes):
    if not isinstance(entry, dict):
        raise _problem(path, _tr("every entry of 'mixed' must be an object."))
    members = _strings(path, entry.get("members"), "members of a mixed class")
    label = entry.get("label")
    if not isinstance(label, str) or not label.strip():
        raise _problem(path, _tr("a mixed class has no label."))
    unknown = [m for m in members if m not in codes]
    if len(set(members)) < 2 or unknown:
        raise _problem(
            path,
            _tr(
                "mixed class '{label}' must name at least two faction codes "
                "of this preset as members (unknown: {unknown})."
            ),
            label=label,
            unknown=", ".join(unknown) or "-",
        )
    code = mixed_code(members)
    return Faction(
        code=code,
        label=label.strip(),
        aliases=_strings(path, entry.get("aliases"), f"aliases of mixed class '{label}'"),
        colours=_colours(
            path, entry.get("colours"), palettes, f"mixed class '{label}'", required=False
        ),
        members=tuple(sorted(set(members))),
    )


def _check_shared(path, factions):
    """Two factions may share neither an alias nor a style colour."""
    owner = {}
    for faction in factions:
        for text in (faction.code, faction.label, *faction.aliases):
            key = normalise_key(text)
            if key in owner and owner[key] != faction.code:
                raise _problem(
                    path,
                    _tr("'{alias}' is given to both '{first}' and '{second}'."),
                    alias=text,
                    first=owner[key],
                    second=faction.code,
                )
            owner[key] = faction.code
        for colour in faction.style_colours:
            if owner.setdefault(colour, faction.code) != faction.code:
                raise _problem(
                    path,
                    _tr("style colour '{colour}' is given to both '{first}' and '{second}'."),
                    colour=colour,
                    first=owner[colour],
                    second=faction.code,
                )


def preset_from_dict(data, name, path=None):
    """A validated Preset from parsed JSON; InputError saying what to fix otherwise."""
    path = path or name
    if not isinstance(data, dict):
        raise _problem(path, _tr("the file must hold one JSON object."))
    if data.get("schema", SCHEMA) != SCHEMA:
        raise _problem(
            path,
            _tr("schema {schema} is not supported (expected {expected})."),
            schema=data.get("schema"),
            expected=SCHEMA,
        )
    palettes = data.get("palettes") or {}
    if not isinstance(palettes, dict):
        raise _problem(path, _tr("'palettes' must map palette names to descriptions."))
    default = data.get("default_palette") or (next(iter(palettes), None))
    if not isinstance(default, (str, type(None))) or (palettes and default not in palettes):
        raise _problem(
            path, _tr("default_palette '{palette}' is not one of 'palettes'."), palette=default
        )
    entries = _entries(path, data.get("factions"), "factions")
    factions = [_faction(path, e, palettes) for e in entries]
    codes = [f.code for f in factions]
    repeated = sorted({c for c in codes if codes.count(c) > 1})
    if repeated:
        raise _problem(
            path, _tr("faction code(s) {codes} appear more than once."), codes=", ".join(repeated)
        )
    entries = _entries(path, data.get("mixed"), "mixed")
    mixed = [_mixed(path, e, palettes, set(codes)) for e in entries]
    fallback = _strings(path, data.get("fallback_colours"), "fallback_colours") or OKABE_ITO
    bad = [c for c in fallback if not _COLOUR.match(c)]
    if bad:
        raise _problem(path, _tr("fallback colour '{colour}' is not #rrggbb."), colour=bad[0])
    _check_shared(path, [*factions, *mixed])
    return Preset(
        name=name,
        title=str(data.get("title") or name),
        description=str(data.get("description") or ""),
        palettes={
            k: dict(v) if isinstance(v, dict) else {"title": str(v)} for k, v in palettes.items()
        },
        default_palette=default,
        factions=factions,
        mixed=mixed,
        fallback_colours=tuple(fallback),
        path=str(path),
    )


def load_preset(path):
    """The preset in one JSON file (named after the file); InputError when unreadable."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as error:
        raise _problem(path, _tr("the file cannot be read ({error})."), error=str(error)) from None
    except RecursionError:  # e.g. 100,000 nested arrays: Python's JSON parser recurses
        raise _problem(
            path, _tr("the file cannot be read ({error})."), error="nested too deeply"
        ) from None
    except json.JSONDecodeError as error:
        raise _problem(
            path,
            _tr("JSON error at line {line}, column {column}: {error}."),
            line=error.lineno,
            column=error.colno,
            error=error.msg,
        ) from None
    return preset_from_dict(data, path.stem, path)


def load_presets(folders):
    """({name: Preset}, [problem Messages]) from every *.json in `folders`, in order: a file in a
    later folder replaces the one of the same name in an earlier folder (the user's folder comes
    after the bundled one). A broken file is reported and skipped, never fatal."""
    presets, problems = {}, []
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                presets[path.stem] = load_preset(path)
            except InputError as error:
                problems.append(error.message)
            except (TypeError, ValueError, AttributeError, RecursionError) as error:
                # A shape no check foresaw: one broken user file must not break every algorithm.
                problems.append(
                    _problem(
                        path, _tr("the file cannot be read ({error})."), error=str(error)
                    ).message
                )
    return presets, problems
