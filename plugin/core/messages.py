"""Messages the core hands to the Qt side: English templates marked for translation, and values."""

CONTEXT = "StrikeCheck"


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the marker name pylupdate looks for
    """Marks `text` for translation without translating it (the core has no Qt)."""
    return text


class Message:
    """A sentence for the user: `template` with `{name}` placeholders, filled from `values`.

    The Processing side translates the template (context 'StrikeCheck') before formatting, so the
    core stays free of Qt while every sentence can still be translated.
    """

    __slots__ = ("template", "values")

    def __init__(self, template, **values):
        self.template = template
        self.values = values

    def format(self, translate=None):
        template = translate(self.template) if translate else self.template
        values = {
            key: value.format(translate) if isinstance(value, Message) else value
            for key, value in self.values.items()
        }
        return template.format(**values)

    def __str__(self):
        return self.format()

    def __repr__(self):
        return f"Message({str(self)!r})"

    def __eq__(self, other):
        return (
            isinstance(other, Message)
            and self.template == other.template
            and self.values == other.values
        )

    def __hash__(self):
        return hash(self.template)


class InputError(ValueError):
    """A mistake in the user's input or settings that they can fix; carries a Message."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def quoted(text, limit=60):
    """`text` shortened for a message: at most `limit` characters, with an ellipsis."""
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
