"""The panel's Data group: the strike layer and the control map (chosen, or imported from a
file), the strikes' selection, and the GeoPackage the panel's outputs go to."""

import contextlib
from pathlib import Path

from qgis.core import Qgis, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, QObject
from qgis.PyQt.QtWidgets import QFileDialog

from ..compat import (
    GEOMETRY_LINE,
    GEOMETRY_POINT,
    GEOMETRY_POLYGON,
    LAYER_FILTER_CONTROL,
    LAYER_FILTER_POINT,
)
from . import output_layers, output_store, project_state, settings
from .legend_picker import LegendPicker

# Map images controlfromimage reads (georeferenced: GeoTIFF, or a world file or .aux.xml beside).
IMAGE_SUFFIXES = (".tif", ".tiff", ".png", ".jpg", ".jpeg")


def tr(text):
    return QCoreApplication.translate("StrikeCheckDock", text)


class DataPanel(QObject):
    """Works the dock's strikesCombo, controlCombo, their Import buttons, outputsFile and the
    selection widgets; tells the factions panel when the control map changes.
    A child of the dock: deleted with it, so no signal reaches it afterwards."""

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self._watched = None
        self._had_selection = False
        self._pending_name = ""
        for combo, kind in ((dock.strikesCombo, LAYER_FILTER_POINT),
                            (dock.controlCombo, LAYER_FILTER_CONTROL)):  # fmt: skip
            combo.setFilters(kind)
            combo.setAllowEmptyLayer(True)
        dock.outputsFile.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        dock.outputsFile.setFilter(tr("GeoPackage (*.gpkg)"))
        dock.outputsFile.lineEdit().setPlaceholderText(tr("Beside the project file"))
        dock.strikesCombo.layerChanged.connect(self._strikes_changed)
        dock.controlCombo.layerChanged.connect(self._control_changed)
        dock.importStrikesButton.clicked.connect(lambda: self.import_strikes())
        dock.importControlButton.clicked.connect(lambda: self.open_control_file())
        # The GeoPackage belongs to the project: another project keeps its own.
        dock.outputsFile.fileChanged.connect(output_store.remember)

    def strikes(self):
        return self.dock.strikesCombo.currentLayer()

    def control(self):
        return self.dock.controlCombo.currentLayer()

    def selected_only(self):
        """True when only the selected strikes are to be analysed."""
        strikes = self.strikes()
        checked = self.dock.selectedOnlyCheck.isChecked()
        return bool(strikes is not None and checked and strikes.selectedFeatureCount() > 0)

    def restore(self):
        """The project's layers as the panel last showed them (else the first that fit)."""
        project = QgsProject.instance()
        self.dock.outputsFile.setFilePath(output_store.remembered(project))
        for combo, key in ((self.dock.strikesCombo, "strikes_layer"),
                           (self.dock.controlCombo, "control_layer")):  # fmt: skip
            layer = project_state.recalled_layer(key)
            if layer is None and combo.count() > 1:
                layer = combo.layer(1)  # 0 is the empty choice
            if layer is not None:
                combo.setLayer(layer)
        self._strikes_changed(self.strikes())
        self._control_changed(self.control())

    def release(self):
        """No longer follows the strike layer's selection (the panel goes)."""
        if self._watched is not None:
            # TypeError/RuntimeError: the layer was deleted with its connections.
            with contextlib.suppress(TypeError, RuntimeError):
                self._watched.selectionChanged.disconnect(self._selection_changed)
        self._watched = None

    def _strikes_changed(self, layer):
        self.release()
        self._watched = layer
        if layer is not None:
            project_state.remember("strikes_layer", layer.id())
            layer.selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _selection_changed(self, *args):
        layer = self._watched
        selected = layer.selectedFeatureCount() if layer is not None else 0
        total = layer.featureCount() if layer is not None else 0
        check = self.dock.selectedOnlyCheck
        check.setEnabled(selected > 0)
        # Ticked when a selection appears, unticked when it goes; in between the analyst's
        # choice stands (changing the selection does not tick it again).
        if (selected > 0) != self._had_selection:
            check.setChecked(selected > 0)
        self._had_selection = selected > 0
        self.dock.selectionCountLabel.setText(
            tr("{n} of {total} selected").format(n=selected, total=total) if layer else ""
        )

    def _control_changed(self, layer):
        if layer is not None:
            project_state.remember("control_layer", layer.id())
        self.dock.factions.set_control(layer)

    def open_control_file(self, path=None):
        """Adds a control map file to the project and chooses it: its values fill the faction
        table, and Run imports it with the preset before the analysis."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self.dock,
                tr("Import control map"),
                settings.value("last_folder", ""),
                tr(
                    "Control maps (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb *.gml);;"
                    "Georeferenced map images (*.tif *.tiff *.png *.jpg *.jpeg);;All files (*)"
                ),
            )
        if not path:
            return None
        settings.set_value("last_folder", str(Path(path).parent))
        if Path(path).suffix.lower() in IMAGE_SUFFIXES:
            return self.import_image(path)
        layer = QgsVectorLayer(path, Path(path).stem, "ogr")
        kinds = (GEOMETRY_POLYGON, GEOMETRY_POINT, GEOMETRY_LINE)
        if not layer.isValid() or layer.geometryType() not in kinds:
            self.dock.tell(
                tr(
                    "{path} is not a control map QGIS can read (polygons, front lines or town "
                    "points)."
                ).format(path=path),
                Qgis.MessageLevel.Warning,
            )
            return None
        QgsProject.instance().addMapLayer(layer)
        self.dock.controlCombo.setLayer(layer)
        return layer

    def import_image(self, path, picker=None):
        """A georeferenced map image: the analyst picks each faction's colour on it (the
        preset's colours first), then controlfromimage makes the control map. `picker`: the
        dialog to show (made here when None)."""
        if picker is None:
            picker = self.legend_picker(path)
            if picker is None:
                return None
        if not picker.exec():  # 0: cancelled (an int on Qt 5 and Qt 6 alike)
            return None
        legend = picker.legend_text()
        if not legend:
            self.dock.tell(
                tr("No faction has a colour: nothing to import."), Qgis.MessageLevel.Warning
            )
            return None
        name = Path(path).stem
        params = {
            "INPUT": path,
            "LEGEND": legend,
            "OUTPUT": self.output_destination(f"{name} control"),
        }
        if picker.date_text():
            params["DATE"] = picker.date_text()
        self.dock.start(
            lambda results, layers: self.show_image_control(path, name, layers["OUTPUT"]),
            "strikecheck:controlfromimage",
            params,
        )
        return picker

    def legend_picker(self, path):
        """The legend dialog for the image at `path`, the preset's factions and colours in it;
        None (and said) when the file is not an image."""
        preset = self.dock.factions.current_preset()
        entries = []
        if preset is not None:
            colours = preset.colours([f.code for f in preset.factions])
            entries = [(f.code, colours.get(f.code, "")) for f in preset.factions]
        try:
            return LegendPicker(path, entries, self.dock)
        except ValueError:
            self.dock.tell(
                tr("{path} is not an image QGIS can read.").format(path=path),
                Qgis.MessageLevel.Warning,
            )
            return None

    def show_image_control(self, path, name, layer):
        """controlfromimage's output chosen as the control map, drawn above its image."""
        image = QgsRasterLayer(path, Path(path).stem)
        if image.isValid():
            output_layers.add_to_group(image)
        self.dock.factions.show_control(layer, tr("{name} (from image)").format(name=name))
        self.dock.tell(
            tr("{n} control areas read from the image.").format(n=layer.featureCount()),
            Qgis.MessageLevel.Success,
        )

    def import_strikes(self, path=None):
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self.dock,
                tr("Import strikes"),
                settings.value("last_folder", ""),
                tr(
                    "Strike files (*.csv *.tsv *.txt *.geojson *.json *.gpkg *.shp *.kml *.kmz "
                    "*.xlsx);;All files (*)"
                ),
            )
        if not path:
            return
        settings.set_value("last_folder", str(Path(path).parent))
        output = self.output_destination(Path(path).stem)
        errors = self.output_destination(f"{Path(path).stem} rejected", [output], False)
        params = {"INPUT": path, "OUTPUT": output, "ERRORS": errors}
        self._pending_name = Path(path).stem
        self.dock.start(self.show_strikes, "strikecheck:importstrikes", params)

    def output_destination(self, name, taken=(), geometry=True):
        """Where an output called `name` goes: a new table of the panel's GeoPackage."""
        project = QgsProject.instance()
        path = self.dock.outputsFile.filePath() or output_store.default_geopackage(project)
        taken = [output_store.table_of(destination) for destination in taken]
        table = output_store.table_name(path, name, taken)
        return output_store.destination(path, table, geometry)

    def show_strikes(self, results, layers):
        """importstrikes' outputs: the strikes chosen, the rejected rows beside them if any."""
        layer = layers["OUTPUT"]
        output_layers.set_unique_name(layer, self._pending_name)
        output_layers.add_to_group(layer)
        output_layers.apply_style(layer, "strikes", self.dock.factions.current_preset_name())
        self.dock.strikesCombo.setLayer(layer)
        errors = layers.get("ERRORS")
        rejected = errors.featureCount() if errors is not None else 0
        if not rejected:
            self.dock.tell(
                tr("{n} strikes imported.").format(n=layer.featureCount()),
                Qgis.MessageLevel.Success,
            )
            return
        name = tr("{name}: rejected rows").format(name=self._pending_name)
        output_layers.set_unique_name(errors, name)
        output_layers.add_to_group(errors)
        self.dock.tell(
            tr("{n} strikes imported, {m} rows rejected: see the layer '{errors}'.").format(
                n=layer.featureCount(), m=rejected, errors=errors.name()
            ),
            Qgis.MessageLevel.Warning,
        )
