"""Reads the 'key=value;key=value' settings users type (faction mapping, radii, confidence)."""

from .messages import QT_TRANSLATE_NOOP, InputError, Message, quoted


def parse_pairs(text, setting):
    """[(key, value), ...] from 'a=b;c=d' (also one pair per line); InputError on a bad entry.

    `setting` names the parameter in the error message, e.g. 'MAPPING'.
    """
    pairs = []
    for entry in str(text or "").replace("\n", ";").split(";"):
        if not entry.strip():
            continue
        key, sep, value = entry.partition("=")
        if not sep or not key.strip():
            raise InputError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "StrikeCheck",
                        "{setting} entry '{entry}' is not of the form value=replacement; write "
                        "pairs such as 'old=new;old=new', separated by ';'.",
                    ),
                    setting=setting,
                    entry=quoted(entry.strip()),
                )
            )
        pairs.append((key.strip(), value.strip()))
    return pairs
