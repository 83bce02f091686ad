"""The legend of a map image: each faction's colour, from a preset's palette or a colour table."""

import re

from .image_colours import parse_colour
from .messages import QT_TRANSLATE_NOOP, InputError, Message
from .vocabulary import MIXED_SEPARATOR

_CODE = re.compile(r"^[a-z][a-z0-9_]*$")


def _tr(text):
    return QT_TRANSLATE_NOOP("StrikeCheck", text)


def palettes(presets):
    """{name: (preset, palette)} of every way to name a palette: 'preset/palette', the palette's
    name and title when only one preset has it ('isw-like', 'wikipedia'), and the preset's name
    for its default palette ('ukraine')."""
    found, counts = {}, {}
    for name, preset in sorted(presets.items()):
        for palette, about in preset.palettes.items():
            found[f"{name}/{palette}".lower()] = (preset, palette)
            for alias in {palette.lower(), str(about.get("title", "")).lower()} - {""}:
                counts[alias] = counts.get(alias, 0) + 1
                found.setdefault(alias, (preset, palette))
        if preset.default_palette:
            found.setdefault(name.lower(), (preset, preset.default_palette))
    for alias, count in counts.items():
        if count > 1 and "/" not in alias and alias not in presets:
            del found[alias]  # 'okabe-ito' is several presets' palette: say which
    return found


def _from_palette(preset, palette):
    legend = []
    for faction in [*preset.factions, *preset.mixed]:
        colour = parse_colour(faction.colours.get(palette) or "")
        if colour is not None:
            legend.append((faction.code, faction.label, colour))
    return legend


def _line(text):
    colour_text, _, code = text.partition("=")
    colour = parse_colour(colour_text)
    code = code.strip().lower()
    members = code.split(MIXED_SEPARATOR)
    if colour is None or not all(_CODE.match(m.strip()) for m in members):
        raise InputError(
            Message(
                _tr(
                    "Legend entry '{entry}' is not 'colour=faction': write each as "
                    "#rrggbb=faction, e.g. #e8707e=regime;#6db35a=rebel."
                ),
                entry=text.strip(),
            )
        )
    code = MIXED_SEPARATOR.join(sorted({m.strip() for m in members}))
    return code, code, colour


def parse_legend(text, presets):
    """[(code, label, (r, g, b))] of a LEGEND: a palette's name (see `palettes`) or
    'colour=faction' entries separated by ';' or new lines."""
    text = (text or "").strip()
    if not text:
        raise InputError(
            Message(
                _tr(
                    "No legend: name a palette, e.g. isw-like, or give "
                    "each faction's colour, e.g. #e8707e=regime;#6db35a=rebel."
                )
            )
        )
    if "=" not in text:
        found = palettes(presets).get(text.lower())
        if found is None:
            raise InputError(
                Message(
                    _tr(
                        "Unknown legend palette '{name}'; use one of {names}, or give each "
                        "faction's colour, e.g. #e8707e=regime;#6db35a=rebel."
                    ),
                    name=text,
                    names=", ".join(sorted(palettes(presets))),
                )
            )
        return _from_palette(*found)
    entries = [e for e in re.split(r"[;\n]", text) if e.strip()]
    return [_line(entry) for entry in entries]
