"""A time-aware case for maps: three monthly control snapshots of eastern Ukraine (the front
moving east), an undated feature in force in all of them, and a few thousand dated strikes."""

import random

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QDate

from tests.layers import memory_layer

SNAPSHOTS = (QDate(2022, 9, 1), QDate(2022, 10, 1), QDate(2022, 11, 1))
FRONTS = (36.6, 37.4, 38.2)  # longitude of the front in each snapshot


def _box(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def control_layer(name="DeepState"):
    """Per snapshot: Ukraine-held west of the front, Russia-occupied east of it (two parts);
    and undated occupied Crimea."""
    rows = []
    for day, front in zip(SNAPSHOTS, FRONTS):
        rows.append((_box(33.0, 46.4, front, 50.6), ["ukraine_held", day]))
        rows.append((_box(front, 48.4, 40.2, 50.6), ["russia_occupied", day]))
        rows.append((_box(front, 46.4, 40.2, 48.4), ["russia_occupied", day]))
    rows.append((_box(32.5, 44.4, 36.6, 46.2), ["russia_occupied", None]))
    return memory_layer("Polygon", "EPSG:4326", ["faction:string", "valid_from:date"], rows, name)


def strikes_layer(count=3000, seed=14, name="Strikes"):
    """`count` strikes near the front from 5 SEPT to 25 NOV 2022 (so they span all three
    snapshots), high or low confidence."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        day = QDate(2022, 9, 5).addDays(rng.randrange(0, 82))
        x, y = rng.uniform(35.0, 39.5), rng.uniform(46.6, 50.4)
        rows.append((f"POINT({x:.4f} {y:.4f})", [i + 1, day, rng.choice(["high", "low"])]))
    return memory_layer(
        "Point",
        "EPSG:4326",
        ["strike_id:integer", "date:date", "confidence:string"],
        rows,
        name,
    )


def in_project(strike_count):
    """Fixture body: the time-aware STRIKES and CONTROL in the project; afterwards the project's
    layouts and layers are removed."""
    made = {"STRIKES": strikes_layer(strike_count), "CONTROL": control_layer()}
    QgsProject.instance().addMapLayers(list(made.values()))
    yield made
    manager = QgsProject.instance().layoutManager()
    for layout in manager.printLayouts():
        manager.removeLayout(layout)
    QgsProject.instance().removeAllMapLayers()
