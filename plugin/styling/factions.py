"""Faction colours and legend labels for styling, resolved from a preset and one of its palettes."""

from dataclasses import dataclass
from pathlib import Path

from ..core.factions import FactionResolver, short_name
from ..core.presets import load_preset
from ..i18n import preset_text
from ..layer_io.values import is_null
from ..preset_folders import available_presets as load_all

# Colour for the 'all other values' class of a saved style.
UNKNOWN_COLOUR = "#b0b0b0"


class PresetError(Exception):
    """A preset or palette name that does not exist (a sentence for the user)."""


@dataclass(frozen=True)
class StyleClass:
    """One legend entry: a faction (or a mixed class of several) and how it is drawn."""

    code: str
    label: str  # the legend text, ISW-like: "ISIS Control"
    name: str  # the short name used in sentences: "ISIS"
    colour: str  # the class's own colour (a mixed class has one too, for markers)
    colours: tuple = ()  # one per member of a mixed class, for hatching
    members: tuple = ()

    @property
    def mixed(self):
        return len(self.members) > 1

    @property
    def fill_colours(self):
        return self.colours or (self.colour,)


def available_presets():
    """{name: Preset}: the bundled presets, and the user's own (which replace bundled ones)."""
    presets, _ = load_all()
    return presets


def find_preset(name_or_path):
    """A bundled preset by name ('syria-2015'), or a preset file by path."""
    text = str(name_or_path or "").strip()
    if text.lower().endswith(".json") or Path(text).is_file():
        return load_preset(text)
    presets = available_presets()
    if text not in presets:
        raise PresetError(
            f"Preset '{text}' not found; use one of {', '.join(sorted(presets))} or the path "
            "of a preset .json file."
        )
    return presets[text]


class FactionStyles:
    """Resolves any faction value (code, alias, 'a+b' combination, unknown) to a StyleClass,
    with the colours of one palette of a preset."""

    def __init__(self, preset, palette=None):
        palette = palette or preset.default_palette
        if preset.palettes and palette not in preset.palettes:
            raise PresetError(
                f"Palette '{palette}' is not in preset '{preset.name}'; its palettes are "
                f"{', '.join(preset.palettes)}."
            )
        self.preset, self.palette = preset, palette
        self._resolver = FactionResolver(preset)
        codes = [f.code for f in (*preset.factions, *preset.mixed)]
        self._colours = preset.colours(codes, palette)
        self.classes = [self._make(f.code, f.label, f.members) for f in preset.factions]
        self.classes += [self._make(m.code, m.label, m.members) for m in preset.mixed]
        self._by_code = {c.code: c for c in self.classes}

    def _make(self, code, label, members):
        # Legend label and short name in the interface language when the label is a bundled
        # preset's (plugin/preset_strings.py lists them); a user's own labels stay as written.
        name = preset_text(short_name(label))
        label = preset_text(label)
        if len(members) > 1:
            colours = tuple(self._colour(m) for m in members)
            own = self._colours.get(code) or colours[0]
            return StyleClass(code, label, name, own, colours, tuple(members))
        return StyleClass(code, label, name, self._colour(code), (), (code,))

    def _colour(self, code):
        if code not in self._colours:
            self._colours.update(self.preset.colours([code], self.palette))
        return self._colours[code]

    def lookup(self, value):
        """The StyleClass for a raw value (None for NULL or blank)."""
        if is_null(value) or not str(value).strip():
            return None
        resolution = self._resolver.resolve(str(value).strip())
        known = self._by_code.get(resolution.code)
        if known is not None:
            return known
        made = self._make(resolution.code, resolution.label, resolution.members)
        self._by_code[made.code] = made
        return made

    def name_of(self, value):
        """The short name of a faction for sentences ('ISIS'); '' for NULL."""
        style = self.lookup(value)
        return style.name if style else ""

    def classes_for(self, values):
        """[(raw value, StyleClass)] for the values present, in the preset's order, then others
        by code. Several raw values may share one class ('Daesh', 'ISIL')."""
        texts = sorted({str(v).strip() for v in values if not is_null(v) and str(v).strip()})
        # Codes the preset does not know get its fallback colours together, in sorted order,
        # as Preset.colours assigns them: the same values always get the same colours.
        unknown = set()
        for text in texts:
            unknown.update(
                m for m in self._resolver.resolve(text).members if m not in self._colours
            )
        self._colours.update(self.preset.colours(sorted(unknown), self.palette))
        seen = {text: self.lookup(text) for text in texts}
        order = {c.code: i for i, c in enumerate(self.classes)}
        return sorted(
            seen.items(), key=lambda item: (order.get(item[1].code, len(order)), item[1].code)
        )
