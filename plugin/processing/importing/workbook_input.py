"""An .xlsx INPUT checked before GDAL opens it, and the sheet it reads named in the log."""

import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from .strike_input import read_failure

SPREADSHEETS = ("XLSX", "ODS", "XLS")


def _tr(text):  # a helper of this module's own: scripts/translations.py finds its strings
    from qgis.PyQt.QtCore import QCoreApplication

    return QCoreApplication.translate("StrikeCheck", text)


def _source_text(value, context):
    """The data source of an INPUT value: a path (with |options), or a layer's source."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if isinstance(value, QgsVectorLayer):
        return value.source()
    if not isinstance(value, str) or not value:
        return None
    if os.path.isfile(value.split("|")[0]):
        return value
    layer = QgsProcessingUtils.mapLayerFromString(value, context)
    return layer.source() if isinstance(layer, QgsVectorLayer) else None


def workbook_input(value, context):
    """(path, sheet names, the sheet GDAL reads) when INPUT is an .xlsx file or a layer of one,
    else None. QgsProcessingException naming the file when it is not a readable workbook."""
    from ...core.messages import InputError
    from ...core.workbook import inspect_workbook, is_workbook_path

    source = _source_text(value, context)
    if source is None:
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", source)
    path = parts.get("path") or source.split("|")[0]
    if not (is_workbook_path(path) and os.path.isfile(path)):
        return None
    try:
        sheets = inspect_workbook(path)
    except (InputError, OSError) as error:
        raise read_failure(error, path) from None
    sheet = parts.get("layerName")
    if not sheet:  # OGR opens the first sheet unless told another by name or number
        index = parts.get("layerId")
        index = int(index) if str(index or "").isdigit() else 0
        sheet = sheets[index] if index < len(sheets) else sheets[0]
    return path, sheets, sheet


def workbook_problem(value, context):
    """For checkParameterValues: why an .xlsx INPUT cannot be read, or None."""
    try:
        workbook_input(value, context)
    except QgsProcessingException as error:
        return error.args[0]
    return None


def sheet_note(workbook):
    """The log line saying which sheet of the workbook is read."""
    path, sheets, sheet = workbook
    name = os.path.basename(path)
    text = _tr("Reading sheet '{sheet}' of {name}.").format(sheet=sheet, name=name)
    others = [s for s in sheets if s != sheet]
    if others:
        text += " " + _tr(
            "Its other sheets are not read ({others}): give INPUT as {name}|layername=<sheet> "
            "to read another."
        ).format(others=", ".join(f"'{s}'" for s in others), name=name)
    return text


def check_sheet_has_cells(workbook, source):
    """A sheet with no cells at all is said as such, not as 'no positions found'."""
    if source.fields().count() == 0:
        path, _sheets, sheet = workbook
        raise QgsProcessingException(
            _tr("The sheet '{sheet}' of {name} holds no cells: there is nothing to import.").format(
                sheet=sheet, name=os.path.basename(path)
            )
        )


def open_input(algorithm, parameters, name, context, feedback):
    """(source, is a spreadsheet) of the layer input `name`; a workbook is checked before GDAL
    opens it and the sheet read is said."""
    workbook = workbook_input(parameters.get(name), context)
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(
            _tr(
                "The input could not be opened. Choose a layer, or a CSV, GeoJSON, "
                "GeoPackage, Shapefile, KML/KMZ or XLSX file."
            )
        )
    if workbook is not None:
        feedback.pushInfo(sheet_note(workbook))
        check_sheet_has_cells(workbook, source)
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    return source, layer is not None and layer.storageType().upper() in SPREADSHEETS
