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
    when the analysis produced them."""
    from ..core.naming import faction_slugs
    from ..core.timeline import iso_day

    columns = [("controlled_by", "string", analysis.controlled_by.tolist())]
    for j, slug in enumerate(faction_slugs(analysis.factions)):
        columns.append((f"dist_{slug}_km", "double", _nullable(analysis.dist_km[:, j])))
    columns.append(("nearest_other", "string", analysis.nearest_other.tolist()))
    columns.append(("nearest_other_km", "double", _nullable(analysis.nearest_other_km)))
    if analysis.front_km is not None:
        columns.append(("front_km", "double", _nullable(analysis.front_km)))
        columns.append(("front_faction", "string", analysis.front_faction.tolist()))
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
    """Every strike feature with its answers appended; False when cancelled."""
    row_of_fid = {fid: row for row, fid in enumerate(fids.tolist())}
    # One tuple of answers per strike, built at C speed: the loop below only appends it.
    rows = list(zip(*(values for _, _, values in columns)))
    total = max(len(rows), 1)
    batch = []
    for i, feature in enumerate(strikes.getFeatures()):
        attributes = feature.attributes()
        attributes.extend(rows[row_of_fid[feature.id()]])
        # Reuse the feature read (geometry included) rather than copying it into a new one.
        feature.setFields(fields, False)
        feature.setAttributes(attributes)
        batch.append(feature)
        if len(batch) == 5000:
            sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
            batch = []
            if feedback.isCanceled():
                return False
            feedback.setProgress(85.0 + 15.0 * i / total)
    sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
    return True


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
