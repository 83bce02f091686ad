"""strikecheck:nearestfaction's output columns: which result fields, their kinds and values."""

import datetime

import numpy as np
from qgis.core import QgsFields

from ...compat import WKB_LINESTRING, make_field
from ...core import vocabulary as v
from ...core.naming import faction_slugs, unique_name
from ...core.timeline import iso_day

LINE_WKB_TYPE = WKB_LINESTRING


def result_columns(analysis):
    """[(wanted field name, kind, values per feature)] in output order; optional answers only
    when the analysis produced them. Values are arrays (float NaN: NULL) or lists."""
    # Arrays, not lists: layer_io turns them into Python values a batch at a time.
    columns = [(v.CONTROLLED_BY, "string", analysis.controlled_by)]
    for j, slug in enumerate(faction_slugs(analysis.factions)):
        columns.append(
            (v.distance_field(slug), "double", np.asarray(analysis.dist_km[:, j], float))
        )
    columns.append((v.NEAREST_OTHER, "string", analysis.nearest_other))
    columns.append((v.NEAREST_OTHER_KM, "double", np.asarray(analysis.nearest_other_km, float)))
    if analysis.front_km is not None:
        columns.append((v.FRONT_KM, "double", np.asarray(analysis.front_km, float)))
        columns.append((v.FRONT_FACTION, "string", analysis.front_faction))
    if np.isfinite(analysis.snapshot_day).any() or any(analysis.snapshot_note):
        days = [
            None if d != d else datetime.date.fromisoformat(iso_day(d))
            for d in analysis.snapshot_day.tolist()
        ]
        columns.append((v.SNAPSHOT_DATE, "date", days))
        columns.append((v.SNAPSHOT_NOTE, "string", analysis.snapshot_note.tolist()))
    if analysis.possible_factions is not None:
        columns.append((v.POSSIBLE_FACTIONS, "string", analysis.possible_factions.tolist()))
        columns.append((v.CONTROLLED_BY_CERTAIN, "bool", analysis.controlled_by_certain.tolist()))
    return columns


def result_names(taken, columns):
    """The name of each result column beside fields named `taken`: a taken name gets a suffix."""
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


def line_fields():
    fields = QgsFields()
    fields.append(make_field(v.LINE_STRIKE_ID, "string"))
    fields.append(make_field(v.LINE_STRIKE_FID, "int"))
    fields.append(make_field(v.LINE_FACTION, "string"))
    fields.append(make_field(v.LINE_KM, "double", precision=6))
    return fields
