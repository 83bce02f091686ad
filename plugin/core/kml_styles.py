"""A KML placemark's style colour (Google My Maps exports): its fill, else line, else icon colour.

KML writes colours as aabbggrr; the result is '#rrggbb' like GeoJSON's `fill`. A placemark names
its style by `styleUrl` ('#id' of a Style, or of a StyleMap whose 'normal' pair names one) or
holds a Style of its own.
"""

STYLE_COLOUR = "style_colour"
_ORDER = ("PolyStyle", "LineStyle", "IconStyle")


def _local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(element, tag):
    for child in element:
        if _local(child.tag) == tag:
            return (child.text or "").strip()
    return ""


def _colour_of_style(style):
    for kind in _ORDER:
        for child in style:
            if _local(child.tag) == kind:
                text = _child_text(child, "color").lower()
                if len(text) == 8 and all(c in "0123456789abcdef" for c in text):
                    return f"#{text[6:8]}{text[4:6]}{text[2:4]}"
    return None


def style_table(root):
    """{style id: '#rrggbb'} of every Style, and of every StyleMap through its 'normal' pair."""
    colours, maps = {}, {}
    for element in root.iter():
        tag, ident = _local(element.tag), element.get("id")
        if not ident:
            continue
        if tag == "Style":
            colours[ident] = _colour_of_style(element)
        elif tag == "StyleMap":
            for pair in element:
                if _local(pair.tag) == "Pair" and _child_text(pair, "key") == "normal":
                    maps[ident] = _child_text(pair, "styleUrl").lstrip("#")
    for ident, target in maps.items():
        colours.setdefault(ident, colours.get(target))
    return colours


def placemark_colour(placemark, table):
    """The placemark's own Style's colour, else that of the style its styleUrl names."""
    for child in placemark:
        if _local(child.tag) == "Style":
            colour = _colour_of_style(child)
            if colour:
                return colour
    url = _child_text(placemark, "styleUrl")
    return table.get(url.rsplit("#", 1)[-1]) if url else None
