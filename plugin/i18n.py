"""Loads the StrikeCheck translation that matches QGIS's interface language (i18n/*.qm)."""

from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, QTranslator

I18N_DIR = Path(__file__).resolve().parents[1] / "i18n"
# The context of the bundled presets' titles and legend labels (plugin/preset_strings.py).
PRESET_CONTEXT = "StrikeCheckPresets"
_installed = []  # one translator at a time, also across plugin reloads
_locale = []  # the locale of the installed translator


def qgis_locale():
    """QGIS's interface language, e.g. 'ar' or 'pt_BR': the user's override, else the system's."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        value = settings.value("locale/userLocale", "", type=str)
        if value:
            return value
    if hasattr(QgsApplication, "locale"):
        value = QgsApplication.locale()
        if value:
            return value
    return settings.value("locale/userLocale", "", type=str) or QLocale.system().name()


def qm_file(locale, folder=None):
    """The best .qm for a locale: strikecheck_pt_BR.qm, else strikecheck_pt.qm, else None."""
    folder = folder or I18N_DIR
    for name in (locale, locale.split("_")[0]):
        if name:
            path = Path(folder) / f"strikecheck_{name}.qm"
            if path.exists():
                return path
    return None


def install(locale=None, folder=None):
    """Installs the translator for `locale` (default: QGIS's); returns the .qm used or None."""
    remove()
    locale = locale or qgis_locale()
    path = qm_file(locale, folder)
    if path is None:
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    _locale.append(locale)
    return path


def remove():
    """Removes StrikeCheck's translator (on unload, so a reload does not stack them)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    _locale.clear()


def installed_locale():
    """The locale of the translation in use ('ar', 'ru_RU'), or None (English)."""
    return _locale[-1] if _locale else None


def right_to_left():
    """True when the translation in use is of a right-to-left language (Arabic)."""
    locale = installed_locale()
    return bool(locale) and QLocale(locale).textDirection() == Qt.LayoutDirection.RightToLeft


def apply_direction(widget):
    """Lays `widget` out right to left when StrikeCheck speaks a right-to-left language.

    QGIS itself switches the whole application when its own Arabic translation says so; this
    makes the panel follow StrikeCheck's translation even where that did not happen. Other
    languages leave the widget inheriting the application's direction."""
    if right_to_left():
        widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)


def preset_text(text):
    """A bundled preset's title, legend label or short name in the interface language; any other
    text (a user's own preset, a value no preset names) comes back unchanged."""
    if not text:
        return text
    return QCoreApplication.translate(PRESET_CONTEXT, str(text))
