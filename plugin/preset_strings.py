"""Written by `make translations` (scripts/translations.py) from resources/presets: do
not edit.

The bundled presets' titles, legend labels and short names, marked for translation in the
context plugin.i18n.preset_text() looks them up in, so that the .ts files hold them.
"""

from .core.messages import QT_TRANSLATE_NOOP

STRINGS = (
    # generic.json
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "Generic (any faction names)"),
    # syria-2015.json
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "Syria, 2015 (ISW-like control classes)"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "Regime Control"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "Regime"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "Rebel Control"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "Rebel"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "ISIS Control"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "ISIS"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "JN Control"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "JN"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "YPG Control"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "YPG"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "ISIS, JN, and Rebel Control"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "ISIS, JN, and Rebel"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "JN and Rebel Control"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "JN and Rebel"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "Regime and YPG Control"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "Regime and YPG"),
    # ukraine.json
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "Ukraine (held, occupied, contested)"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "Ukraine-held"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "Russia-occupied"),
    QT_TRANSLATE_NOOP("StrikeCheckPresets", "Contested"),
)
