"""Text from data, file names and presets shown literally in layout labels and the KEY."""

from html import escape

from ..compat import LABEL_MODE_HTML

# Layout labels and legend entries replace every '[% ... %]' with the value of the expression
# inside (QgsExpression.replaceExpressionText, matched up to the first '%]'). An opening '[%'
# becomes the expression '[%'['%]' (the string '[') followed by a plain '%': QGIS prints the two
# characters and evaluates nothing after them. There is no switch to turn evaluation off.
_OPENING = "[%"
_OPENING_LITERAL = "[%'['%]%"


def literal(text):
    """`text` that a layout label or legend entry prints as it is, expressions and all."""
    return text.replace(_OPENING, _OPENING_LITERAL)


def set_literal_text(label, text):
    """Sets a layout label's text so that it prints `text` as it is, in a template's HTML
    label as well as in a plain one."""
    if label.mode() == LABEL_MODE_HTML:
        text = escape(text).replace("\n", "<br>")
    label.setText(literal(text))
