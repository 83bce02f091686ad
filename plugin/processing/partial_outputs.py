"""A failed or cancelled run leaves no partial files: what its outputs created is removed, what
existed before the run is kept (a table the run added to an existing GeoPackage is dropped)."""

import gc
import re
import shutil
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsProcessingOutputLayerDefinition, QgsProperty

# Files SQLite, GDAL and the shapefile writer put beside an output while (or after) writing it.
SIDECARS = ("-journal", "-wal", "-shm", ".aux.xml")
SHAPEFILE_PARTS = (".shx", ".dbf", ".prj", ".cpg", ".qix", ".qpj")
_NOT_FILES = ("memory:", "postgres:", "postgis:", "spatialite:", "mssql:", "oracle:", "TEMPORARY")
_TABLE = re.compile(r"""table=("[^"]*"|'[^']*'|\S+)""")
_LAYERNAME = re.compile(r"\|layername=([^|]*)")


@dataclass
class _Target:
    """One destination file, and what of it was there before the run."""

    path: Path
    table: str = ""
    existed: bool = False
    table_existed: bool = False
    companions: dict = field(default_factory=dict)  # path: existed before


def destination_text(value, context):
    """The text of a destination parameter's value, however it came (the batch panel's
    QgsProcessingOutputLayerDefinition, a model's QgsProperty, a plain string)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.valueAsString(context.expressionContext(), "")[0]
    return "" if value is None else str(value)


def file_and_table(text):
    """(file, table) a destination writes: 'ogr:dbname=x.gpkg table=t' and 'x.gpkg|layername=t'
    name a table; ('', '') for memory layers, databases and temporary outputs."""
    if not text or text.startswith(_NOT_FILES):
        return "", ""
    if text.startswith("ogr:"):
        body = text[4:]
        match = _TABLE.search(body)
        path = body.split(" table=")[0].removeprefix("dbname=").strip().strip("'\"")
        return path, match.group(1).strip("'\"") if match else ""
    match = _LAYERNAME.search(text)
    return text.split("|")[0], match.group(1) if match else ""


def _companions(path):
    names = [Path(f"{path}{suffix}") for suffix in SIDECARS]
    if path.suffix.lower() == ".shp":
        names += [path.with_suffix(suffix) for suffix in SHAPEFILE_PARTS]
    if path.suffix.lower() in (".html", ".htm"):
        names.append(path.parent / f"{path.stem}_files")  # the report's images
    return names


def _tables(path):
    """The layer names of a GeoPackage or other OGR file (empty when it cannot be opened)."""
    from osgeo import ogr

    dataset = ogr.Open(str(path))
    if dataset is None:
        return []
    return [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]


class PartialOutputs:
    """Notes the run's destination files before it starts; discard() removes what it made."""

    def __init__(self, algorithm, parameters, context):
        self.targets = []
        for definition in algorithm.destinationParameterDefinitions():
            text = destination_text(parameters.get(definition.name()), context)
            path, table = file_and_table(text)
            if not path:
                continue
            paths = [Path(path)]
            extension = getattr(definition, "defaultFileExtension", lambda: "")()
            if not paths[0].suffix and extension:  # QGIS adds the default extension
                paths.append(Path(f"{path}.{extension}"))
            for each in paths:
                self.targets.append(self._before(each, table))

    @staticmethod
    def _before(path, table):
        target = _Target(path, table, path.exists())
        if target.existed and table:
            target.table_existed = table.lower() in (t.lower() for t in _tables(path))
        target.companions = {c: c.exists() for c in _companions(path)}
        return target

    def discard(self):
        """Removes what the run created; returns the files removed (as text)."""
        gc.collect()  # sinks still referenced by a cycle close their files now
        removed = []
        for target in self.targets:
            if not target.existed:
                removed += _remove([target.path]) + _remove(
                    [c for c, existed in target.companions.items() if not existed]
                )
            elif target.table and not target.table_existed:
                _drop_table(target.path, target.table)
        return removed


def _remove(paths):
    removed = []
    for path in paths:
        try:
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()
            else:
                continue
        except OSError:
            continue
        removed.append(str(path))
    return removed


def _drop_table(path, table):
    """Drops the table a failed run added to a file that holds the user's other tables."""
    from osgeo import ogr

    dataset = ogr.Open(str(path), 1)
    if dataset is None:
        return
    for index in range(dataset.GetLayerCount()):
        if dataset.GetLayerByIndex(index).GetName().lower() == table.lower():
            dataset.DeleteLayer(index)
            break
    dataset = None


def release(error):
    """Lets go of the locals (open sinks among them) of the frames an exception left, so the
    files they write are closed before they are removed; the traceback's lines stay."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        traceback.clear_frames(error.__traceback__)
        error = error.__cause__ or error.__context__


def forget_layers(context, removed):
    """Keeps QGIS from loading (and warning about) outputs that were removed."""
    if not removed:
        return
    gone = {str(Path(p)) for p in removed}
    layers = context.layersToLoadOnCompletion()
    kept = {k: v for k, v in layers.items() if str(Path(file_and_table(k)[0] or k)) not in gone}
    if len(kept) != len(layers):
        context.setLayersToLoadOnCompletion(kept)
