"""Writes strikecheck:nearestfaction's results: the strikes with their answers, and the lines."""

import numpy as np
from qgis.core import QgsFeatureSink, QgsFields

from ..compat import WKB_LINESTRING, make_field
from .layer_arrays import qgis_value


def _nullable(values):
    """A numpy float array as a Python list with NaN as None (NULL in QGIS)."""
    return [None if v != v else v for v in np.asarray(values, dtype=float).tolist()]


def result_columns(analysis):
    """[(wanted field name, kind, values per feature)] in output order; optional answers only
    when the analysis produced them. Values are arrays (float NaN: NULL) or lists."""
    from ..core.naming import faction_slugs
    from ..core.timeline import iso_day

    # Arrays, not lists: write_strikes turns them into Python values a batch at a time.
    columns = [("controlled_by", "string", analysis.controlled_by)]
    for j, slug in enumerate(faction_slugs(analysis.factions)):
        columns.append((f"dist_{slug}_km", "double", np.asarray(analysis.dist_km[:, j], float)))
    columns.append(("nearest_other", "string", analysis.nearest_other))
    columns.append(("nearest_other_km", "double", np.asarray(analysis.nearest_other_km, float)))
    if analysis.front_km is not None:
        columns.append(("front_km", "double", np.asarray(analysis.front_km, float)))
        columns.append(("front_faction", "string", analysis.front_faction))
    if np.isfinite(analysis.snapshot_day).any() or any(analysis.snapshot_note):
        import datetime

        days = [
            None if d != d else qgis_value(datetime.date.fromisoformat(iso_day(d)))
            for d in analysis.snapshot_day.tolist()
        ]
        columns.append(("snapshot_date", "date", days))
        columns.append(("snapshot_note", "string", analysis.snapshot_note.tolist()))
    if analysis.possible_factions is not None:
        columns.append(("possible_factions", "string", analysis.possible_factions.tolist()))
        columns.append(("controlled_by_certain", "bool", analysis.controlled_by_certain.tolist()))
    return columns


def result_names(taken, columns):
    """The name of each result column beside fields named `taken`: a taken name gets a suffix."""
    from ..core.naming import unique_name

    taken, names = list(taken), []
    for wanted, _, _ in columns:
        names.append(unique_name(wanted, taken))
        taken.append(names[-1])
    return names


def output_fields(strike_fields, columns):
    """The strike layer's fields plus one per result column; a taken name gets a suffix."""
    fields = QgsFields(strike_fields)
    for name, (_, kind, _) in zip(result_names(fields.names(), columns), columns):
        fields.append(make_field(name, kind, precision=6 if kind == "double" else 0))
    return fields


def write_strikes(sink, fields, strikes, fids, columns, feedback):
    """Every strike feature with its answers appended; False when cancelled.

    Column values may be lists or numpy arrays (float NaN is NULL); they become Python values
    one batch at a time, so a million strikes never hold all their answers as Python objects.
    """
    row_of_fid = dict(zip(fids.tolist(), range(fids.size)))
    values = [v for _, _, v in columns]
    total = max(fids.size, 1)
    batch, rows, done = [], [], 0
    for feature in strikes.getFeatures():
        rows.append(row_of_fid[feature.id()])
        batch.append(feature)
        if len(batch) == _BATCH:
            _add(sink, fields, batch, rows, values)
            done += len(batch)
            batch, rows = [], []
            if feedback.isCanceled():
                return False
            feedback.setProgress(85.0 + 15.0 * done / total)
    _add(sink, fields, batch, rows, values)
    return True


# Features handed to the sink at once. Small batches stay in the CPU cache: reading features
# while keeping 5000 alive was 3-4x slower than keeping 1000 (measured, memory layers).
_BATCH = 1000


def _add(sink, fields, batch, rows, values):
    # One tuple of answers per strike, built at C speed: the loop only appends it.
    answers = zip(*(_pick(column, rows) for column in values))
    for feature, answer in zip(batch, answers):
        attributes = feature.attributes()
        attributes.extend(answer)
        # Reuse the feature read (geometry included) rather than copying it into a new one.
        feature.setFields(fields, False)
        feature.setAttributes(attributes)
    sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)


def _pick(column, rows):
    """Python values of `column` at `rows` (NaN as None for floats)."""
    if isinstance(column, np.ndarray):
        picked = column[rows]
        return _nullable(picked) if picked.dtype.kind == "f" else picked.tolist()
    return [column[row] for row in rows]


def line_fields():
    fields = QgsFields()
    fields.append(make_field("strike_id", "int"))
    fields.append(make_field("faction", "string"))
    fields.append(make_field("km", "double", precision=6))
    return fields


LINE_WKB_TYPE = WKB_LINESTRING


def write_lines(sink, fields, parts, analysis, back_transform):
    """Geodesic lines from each strike to every faction it is not inside."""
    from ..core.lines import nearest_lines
    from .layer_arrays import polyline_features

    features, factions, km, coords = nearest_lines(
        analysis, parts.lon, parts.lat, parts.part_feature
    )
    fids = parts.fids[features].tolist()
    attributes = [
        [fid, analysis.factions[j], d] for fid, j, d in zip(fids, factions.tolist(), km.tolist())
    ]
    sink.addFeatures(
        list(polyline_features(fields, coords, attributes, back_transform)),
        QgsFeatureSink.Flag.FastInsert,
    )
