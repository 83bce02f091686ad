"""The dock's imports: strike files and control maps in, each output a new table of the
panel's GeoPackage so that a saved project keeps it."""

from pathlib import Path

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QFileDialog

from ..compat import GEOMETRY_LINE, GEOMETRY_POINT, GEOMETRY_POLYGON
from . import faction_table, output_store, settings


def tr(text):
    return QCoreApplication.translate("StrikeCheckDock", text)


class DockImports:
    """Part of StrikeCheckDock (a mixin): relies on its widgets, `current_preset_name`,
    `_pending_name`, `_start` and `_tell`."""

    def import_control(self, then_analyse=False):
        layer = self.controlCombo.currentLayer()
        field = self.factionFieldCombo.currentField()
        if layer is None or not field:
            self._tell(
                tr("Choose a control map and its faction field first."), Qgis.MessageLevel.Warning
            )
            return
        params = {
            "INPUT": layer.id(),
            "FACTION_FIELD": field,
            "PRESET": self.current_preset_name() or "generic",
            "MAPPING": faction_table.mapping(self.factionTable),
            "OUTPUT": self.output_destination(f"{layer.name()} factions"),
        }
        # A dated control map keeps its snapshots: the analysis becomes time-aware.
        names = layer.fields().names()
        dated = [n for n in ("valid_from", "snapshot_date", "date") if n in names]
        if dated:
            params["DATE_FIELD"] = dated[0]
        self._start(
            "control_then_analysis" if then_analyse else "control",
            "strikecheck:importcontrol",
            params,
        )

    def open_control_file(self, path=None):
        """Adds a control map file to the project and chooses it: its values fill the faction
        table, and Run imports it with the preset before the analysis."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                tr("Import control map"),
                settings.value("last_folder", ""),
                tr(
                    "Control maps (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb *.gml);;"
                    "All files (*)"
                ),
            )
        if not path:
            return None
        settings.set_value("last_folder", str(Path(path).parent))
        layer = QgsVectorLayer(path, Path(path).stem, "ogr")
        if not layer.isValid() or layer.geometryType() not in (
            GEOMETRY_POLYGON,
            GEOMETRY_POINT,
            GEOMETRY_LINE,
        ):
            self._tell(
                tr(
                    "{path} is not a control map QGIS can read (polygons, front lines or town "
                    "points)."
                ).format(path=path),
                Qgis.MessageLevel.Warning,
            )
            return None
        QgsProject.instance().addMapLayer(layer)
        self.controlCombo.setLayer(layer)
        return layer

    def import_strikes(self, path=None):
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
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
        self._start("strikes", "strikecheck:importstrikes", params)

    def output_destination(self, name, taken=(), geometry=True):
        """Where an output called `name` goes: a new table of the panel's GeoPackage."""
        project = QgsProject.instance()
        path = self.outputsFile.filePath() or output_store.default_geopackage(project)
        taken = [output_store.table_of(destination) for destination in taken]
        table = output_store.table_name(path, name, taken)
        return output_store.destination(path, table, geometry)
