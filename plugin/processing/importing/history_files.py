"""strikecheck:importhistory's inputs: folders, zips and files expanded into snapshot files."""

import os
import tempfile
import zipfile

from ...core.snapshots import Snapshot, date_from_name

# What a history folder or zip holds that importcontrol reads.
CONTROL_EXTENSIONS = (".geojson", ".json", ".kml", ".kmz", ".gpkg", ".shp", ".gml")


def _folder_files(folder):
    found = []
    for root, _dirs, names in os.walk(folder):
        found += [os.path.join(root, n) for n in names if n.lower().endswith(CONTROL_EXTENSIONS)]
    return sorted(found)


def expand_inputs(entries, temp_folder):
    """(files, problems): each entry a file, a folder (its control files, sub-folders too) or
    a .zip (extracted under `temp_folder`); problems are (entry, reason text) pairs."""
    files, problems = [], []
    for entry in entries:
        entry = str(entry).strip()
        if not entry:
            continue
        if os.path.isdir(entry):
            files += _folder_files(entry)
        elif entry.lower().endswith(".zip"):
            try:
                target = tempfile.mkdtemp(prefix="history_", dir=temp_folder)
                with zipfile.ZipFile(entry) as archive:
                    archive.extractall(target)
            except (OSError, zipfile.BadZipFile) as error:
                problems.append((entry, str(error)))
                continue
            files += _folder_files(target)
        elif os.path.isfile(entry):
            files.append(entry)
        else:
            problems.append((entry, "not found"))
    return files, problems


def snapshots_of(files, pattern=None):
    """A Snapshot per file, its date and time of day read from the file name."""
    snapshots = []
    for path in files:
        name = os.path.basename(path)
        day, seconds = date_from_name(os.path.splitext(name)[0], pattern)
        snapshots.append(Snapshot(path, name, day, seconds))
    return snapshots
