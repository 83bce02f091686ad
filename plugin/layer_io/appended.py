"""Copies of a layer's features with new columns appended: how results join their strikes."""

import numpy as np
import shapely
from qgis.core import QgsFeature

from .geometry import polyline_geometry
from .sinks import BATCH, BatchWriter, new_feature
from .values import qgis_value


def write_appended(sink, fields, source, fids, columns, feedback, start=85.0, end=100.0):
    """Every feature of `source` with the values of `columns` appended (`fields`: the source's
    fields then one per column); row r of a column belongs to feature fids[r].

    Columns may be lists or numpy arrays (float NaN is NULL, dates go in as QDate); they
    become Python values one batch at a time, so a million strikes never hold all their
    answers as Python objects. The source's own attributes are never converted to Python:
    only the new ones are set (a strike layer of 30 fields costs what one of 3 does).
    """
    row_of = _RowOfFid(fids)
    writer = BatchWriter(sink, feedback, len(fids), start, end)
    first, count = fields.count() - len(columns), fields.count()
    features = source.getFeatures()
    while True:
        batch, rows = [], []
        for _ in range(BATCH):
            feature = QgsFeature()
            if not features.nextFeature(feature):
                break
            batch.append(feature)
            rows.append(row_of(feature.id()))
        if not batch:
            break
        # One tuple of answers per strike, built at C speed: the loop only sets them.
        answers = zip(*(_pick(column, rows) for column in columns))
        for feature, answer in zip(batch, answers):
            feature.setFields(fields, False)
            feature.resizeAttributes(count)
            for offset, value in enumerate(answer):
                feature.setAttribute(first + offset, value)
            writer.add(feature)
    writer.flush()


class _RowOfFid:
    """Row of a feature id in `fids`: the next row while the layer gives its features in the
    order they were read (as it does), a dict only if not (a million ids in a dict: 100 MB)."""

    def __init__(self, fids):
        self.fids = np.asarray(fids)
        self.next = 0
        self.rows = None

    def __call__(self, fid):
        row = self.next
        if self.rows is None and row < self.fids.size and self.fids[row] == fid:
            self.next += 1
            return row
        if self.rows is None:
            self.rows = dict(zip(self.fids.tolist(), range(self.fids.size)))
        return self.rows[fid]


def _pick(column, rows):
    """Python values of `column` at `rows` (NaN as None for floats, dates as QDate)."""
    if isinstance(column, np.ndarray):
        picked = column[rows]
        if picked.dtype.kind == "f":
            return [None if v != v else v for v in picked.tolist()]
        column, rows = picked.tolist(), range(len(rows))
    return [qgis_value(column[row]) for row in rows]


def write_polylines(
    sink, fields, lines_lonlat, attributes_list, transform_back, feedback, start=0.0, end=100.0
):
    """Features with WGS84 polylines moved into the output CRS, progress over [start, end]
    percent. lines_lonlat: (vertices, starts), every line's (lon, lat) vertices one line after
    the other and the index of each line's first vertex."""
    vertices, starts = lines_lonlat
    writer = BatchWriter(sink, feedback, len(attributes_list), start, end)
    for begin in range(0, len(attributes_list), BATCH):
        end_line = min(begin + BATCH, len(attributes_list))
        # WKB made by shapely a batch at a time, read by QGIS in C++: no Python list of
        # coordinates per line.
        for wkb, attributes in zip(
            polylines_wkb(vertices, starts, begin, end_line), attributes_list[begin:end_line]
        ):
            writer.add(new_feature(fields, attributes, polyline_geometry(wkb, transform_back)))
    writer.flush()


def polylines_wkb(vertices, starts, begin, end):
    """WKB of lines begin..end-1 of `vertices` (lines one after the other, line i's first
    vertex at starts[i])."""
    stop = starts[end] if end < starts.size else len(vertices)
    first = starts[begin]
    sizes = np.diff(np.append(starts[begin:end], stop))
    indices = np.repeat(np.arange(end - begin), sizes)
    return shapely.to_wkb(shapely.linestrings(vertices[first:stop], indices=indices)).tolist()
