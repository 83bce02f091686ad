"""Where the panel keeps what it makes: one GeoPackage (beside the project by default), so a saved
project reopens with every StrikeCheck layer and its features, never with empty memory layers."""

import re
import sqlite3
from pathlib import Path

from qgis.core import QgsApplication, QgsDataSourceUri, QgsProject

SUFFIX = "_strikecheck.gpkg"
_SCOPE, _KEY = "StrikeCheck", "outputs_geopackage"
_NOT_IN_NAME = re.compile(r"[^0-9a-z]+")
MAX_TABLE = 60


def default_geopackage(project):
    """Beside a saved project ('gaza.qgz' -> 'gaza_strikecheck.gpkg'); for a project not saved
    yet, one in the QGIS profile (its layers keep working once the project is saved)."""
    if project.fileName():
        path = Path(project.absoluteFilePath())
        return str(path.with_name(path.stem + SUFFIX))
    return str(Path(QgsApplication.qgisSettingsDirPath()) / "strikecheck" / "unsaved_project.gpkg")


def remember(path):
    """Keeps the analyst's choice of GeoPackage in the current project."""
    QgsProject.instance().writeEntry(_SCOPE, _KEY, path or "")


def remembered(project):
    """The GeoPackage chosen for `project` ('' when none was: the default applies)."""
    value, _ = project.readEntry(_SCOPE, _KEY, "")
    return value


def _tables(path):
    """The layer tables a GeoPackage already holds (none when it does not exist yet)."""
    if not Path(path).exists():
        return set()
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            return {row[0].lower() for row in db.execute("SELECT table_name FROM gpkg_contents")}
    except sqlite3.Error:
        return set()


def table_name(path, wanted, taken=()):
    """A new table name from `wanted` ('strikes 30 Sep: nearest faction' ->
    'strikes_30_sep_nearest_faction'), numbered when the GeoPackage (or `taken`) has it: a
    re-run adds results beside the earlier ones, never over them."""
    base = _NOT_IN_NAME.sub("_", wanted.lower()).strip("_")[:MAX_TABLE] or "strikecheck"
    used = _tables(path) | {t.lower() for t in taken}
    name, number = base, 2
    while name in used:
        name = f"{base}_{number}"
        number += 1
    return name


def table_of(destination_text):
    """The table a `destination` writes."""
    return QgsDataSourceUri(destination_text.removeprefix("ogr:")).table()


def destination(path, table, geometry=True):
    """A Processing destination writing `table` into the GeoPackage at `path` (`geometry`
    False: a table without one, e.g. rejected rows)."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    uri = QgsDataSourceUri()
    uri.setDatabase(path)
    uri.setDataSource("", table, "geom" if geometry else "")
    return "ogr:" + uri.uri(False)
