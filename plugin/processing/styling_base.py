"""What the map algorithms share: their group, main-thread flag, preset and palette parameters."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..compat import ALG_NO_THREADING, PARAMETER_ADVANCED
from ..core.messages import InputError
from ..preset_folders import preset_names
from ..styling.factions import FactionStyles, PresetError, find_preset
from .base import StrikeCheckAlgorithm

DEFAULT_PRESET = "syria-2015"


class StylingAlgorithm(StrikeCheckAlgorithm):
    GROUP_ID = "maps"
    GROUP = QT_TRANSLATE_NOOP("StrikeCheck", "Maps and reports")

    PRESET = "PRESET"
    PRESET_FILE = "PRESET_FILE"
    PALETTE = "PALETTE"

    def flags(self):
        # Layer styles, layouts and the project belong to the main thread.
        return super().flags() | ALG_NO_THREADING

    def _preset_names(self):
        return preset_names() or [DEFAULT_PRESET]

    def add_preset_parameters(self):
        names = self._preset_names()
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PRESET,
                self.tr("Faction preset (colours and legend labels)"),
                options=names,
                defaultValue=DEFAULT_PRESET if DEFAULT_PRESET in names else names[0],
                usesStaticStrings=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.PALETTE,
                self.tr("Palette, e.g. isw-like or wikipedia (empty: the preset's default)"),
                optional=True,
            )
        )
        preset_file = QgsProcessingParameterFile(
            self.PRESET_FILE,
            self.tr("Preset file (instead of PRESET)"),
            extension="json",
            optional=True,
        )
        preset_file.setFlags(preset_file.flags() | PARAMETER_ADVANCED)
        self.addParameter(preset_file)

    def faction_styles(self, parameters, context, feedback=None):
        """FactionStyles for the chosen preset and palette; a sentence when either is wrong."""
        path = self.parameterAsFile(parameters, self.PRESET_FILE, context)
        name = path or self.parameterAsEnumString(parameters, self.PRESET, context)
        palette = self.parameterAsString(parameters, self.PALETTE, context).strip()
        try:
            styles = FactionStyles(find_preset(name or DEFAULT_PRESET), palette or None)
        except PresetError as error:
            raise QgsProcessingException(self.tr(str(error))) from None
        except InputError as error:
            raise QgsProcessingException(error.message.format(self.tr)) from None
        if feedback is not None:
            feedback.pushInfo(
                self.tr("Colours from preset '{preset}', palette '{palette}'.").format(
                    preset=styles.preset.name, palette=styles.palette
                )
            )
        return styles

    def require_field(self, layer, field, what):
        """`field` when the layer has it; otherwise a sentence listing the fields it has."""
        if field and layer.fields().lookupField(field) >= 0:
            return field
        names = ", ".join(layer.fields().names()) or self.tr("none")
        raise QgsProcessingException(
            self.tr(
                "Field '{field}' not found in layer '{layer}'; choose the field that holds "
                "{what} (fields: {names})."
            ).format(field=field, layer=layer.name(), what=what, names=names)
        )
