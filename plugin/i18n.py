"""Loads the StrikeCheck translation that matches QGIS's interface language (i18n/*.qm)."""

from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[1] / "i18n"
_installed = []  # one translator at a time, also across plugin reloads


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


def qm_file(locale, folder=I18N_DIR):
    """The best .qm for a locale: strikecheck_pt_BR.qm, else strikecheck_pt.qm, else None."""
    for name in (locale, locale.split("_")[0]):
        if name:
            path = Path(folder) / f"strikecheck_{name}.qm"
            if path.exists():
                return path
    return None


def install(locale=None, folder=I18N_DIR):
    """Installs the translator for `locale` (default: QGIS's); returns the .qm used or None."""
    remove()
    path = qm_file(locale or qgis_locale(), folder)
    if path is None:
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return path


def remove():
    """Removes StrikeCheck's translator (on unload, so a reload does not stack them)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
