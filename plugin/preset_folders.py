"""Where StrikeCheck finds faction presets inside QGIS: bundled ones, then the user's profile."""

from pathlib import Path

from qgis.core import QgsApplication

from .core.presets import BUNDLED, load_presets


def user_preset_folder():
    """<QGIS profile>/strikecheck/presets: the user's own or edited presets (may not exist)."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "strikecheck" / "presets"


def preset_folders():
    """The folders to read, in order: a user preset replaces the bundled one of the same name."""
    return [BUNDLED, user_preset_folder()]


def available_presets():
    """({name: Preset}, [Messages about preset files that could not be read])."""
    return load_presets(preset_folders())


def preset_names():
    """The names of the presets available, sorted (for a parameter's choices)."""
    presets, _ = available_presets()
    return sorted(presets)
