"""Chart text drawn literally: mathtext's `$` escaped; right-to-left scripts joined and ordered.

matplotlib draws characters one by one, left to right: Arabic comes out as separate letters in
reverse. arabic-reshaper (the joined letter forms) and python-bidi (display order) fix that
when installed; Debian packages them as python3-arabic-reshaper and python3-bidi.
"""

import re

_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def is_right_to_left(text):
    return bool(_RIGHT_TO_LEFT.search(text or ""))


def _shapers():
    try:  # optional: Arabic chart text is shaped only where these are installed
        import arabic_reshaper
        from bidi.algorithm import get_display
    except ImportError:
        return None
    return arabic_reshaper.reshape, get_display


def can_shape():
    """True when right-to-left text can be drawn readably in charts."""
    return _shapers() is not None


def _literal(text):
    # matplotlib reads text between two `$` as mathtext (`$\foo$` raises ValueError), and leaves
    # a legend label starting with `_` out: faction names are data, never markup.
    text = text.replace("$", "\\$")
    return " " + text if text.startswith("_") else text


def display_text(text):
    """`text` as matplotlib must be given it to show it as written (faction names are data)."""
    text = "" if text is None else str(text)
    if not is_right_to_left(text):
        return _literal(text)
    shapers = _shapers()
    if shapers is None:
        return _literal(text)
    reshape, get_display = shapers
    return _literal(get_display(reshape(text)))
