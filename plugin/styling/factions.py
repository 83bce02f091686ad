"""Faction colours and legend labels for styling, resolved from a preset and one of its palettes."""

from dataclasses import dataclass

# Colour for a value that neither the preset nor its spare colours cover.
UNKNOWN_COLOUR = "#b0b0b0"


@dataclass(frozen=True)
class StyleClass:
    """One legend entry: a faction (or a mixed class of several) and how it is drawn."""

    code: str
    label: str  # the legend text, ISW-like: "ISIS Control"
    name: str  # the short name used in sentences: "ISIS"
    colours: tuple  # one colour, or one per member of a mixed class
    members: tuple = ()

    @property
    def colour(self):
        return self.colours[0]

    @property
    def mixed(self):
        return len(self.members) > 1


def join_names(names):
    """'ISIS', 'ISIS and JN', 'ISIS, JN, and Rebel' (the serial comma of ISW's KEY)."""
    names = list(names)
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + ", and " + names[-1]


class FactionStyles:
    """Resolves any faction value (code, alias, 'a+b' combination, unknown) to a StyleClass."""

    def __init__(self, classes, aliases=None, spare_colours=(), suffix=" Control"):
        self.classes = list(classes)
        self._by_code = {c.code: c for c in self.classes}
        # Aliases map lower-cased raw text to a code, e.g. 'daesh' -> 'isis'.
        self._aliases = {str(k).strip().lower(): v for k, v in (aliases or {}).items()}
        self._spare = list(spare_colours)
        self._extra = {}
        self.suffix = suffix

    def code_of(self, value):
        """The preset code for a raw value, or None when the preset does not know it."""
        if value is None:
            return None
        text = str(value).strip()
        if text in self._by_code:
            return text
        return self._aliases.get(text.lower())

    def lookup(self, value):
        """The StyleClass for a value; combinations and unknown values get one made up."""
        code = self.code_of(value)
        if code is not None:
            return self._by_code[code]
        text = str(value).strip()
        if text in self._extra:
            return self._extra[text]
        parts = [p for p in text.split("+") if p]
        if len(parts) > 1:
            members = [self.lookup(p) for p in sorted(parts)]
            made = StyleClass(
                code=text,
                label=join_names(m.name for m in members) + self.suffix,
                name=join_names(m.name for m in members),
                colours=tuple(m.colour for m in members),
                members=tuple(m.code for m in members),
            )
        else:
            colour = self._spare.pop(0) if self._spare else UNKNOWN_COLOUR
            made = StyleClass(code=text, label=text, name=text, colours=(colour,))
        self._extra[text] = made
        return made

    def name_of(self, value):
        """The short name of a faction for sentences ('ISIS'); the value itself if unknown."""
        return self.lookup(value).name if value not in (None, "") else ""

    def classes_for(self, values):
        """StyleClasses for the values present, in the preset's order, then the others sorted."""
        seen = {}
        for value in values:
            if value is None or str(value).strip() == "":
                continue
            seen.setdefault(str(value).strip(), self.lookup(value))
        order = {c.code: i for i, c in enumerate(self.classes)}
        return sorted(
            seen.items(), key=lambda item: (order.get(item[1].code, len(order)), item[1].code)
        )
