"""strikecheck:importstrikes' output: fields, one row per strike, and the report of rejections."""

from qgis.core import QgsField, QgsFields
from qgis.PyQt.QtCore import QCoreApplication

from ...compat import make_field
from ...core.naming import unique_name
from ...core.vocabulary import STRIKE_FIELDS
from ...layer_io.geometry import point_geometry
from ...layer_io.values import qgis_value

_LOGGED_REJECTIONS = 20


def _tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


def output_fields(data):
    """StrikeCheck's strike fields, then the input's (a name StrikeCheck uses gets _orig)."""

    fields = QgsFields()
    for name, kind in STRIKE_FIELDS:
        fields.append(make_field(name, kind, precision=3 if kind == "double" else 0))
    renamed = []
    taken = [name for name, _ in STRIKE_FIELDS]
    for original in data.fields:
        copy = QgsField(original)
        name = original.name()
        if name.lower() in {t.lower() for t in taken}:
            new = unique_name(f"{name}_orig", taken)
            renamed.append((name, new))
            copy.setName(new)
        taken.append(copy.name())
        fields.append(copy)
    return fields, renamed


def strike_row(strike, values, multi, text=False):
    """(attributes, geometry) of an imported strike: StrikeCheck's fields, then the input's
    (`text`: they are text or None, as from a text file, and go in as they are)."""
    geometry = point_geometry(strike.parts)
    if multi:
        geometry.convertToMultiType()
    attributes = [
        strike.strike_id,
        qgis_value(strike.date),
        strike.actor,
        strike.confidence,
        strike.precision_km,
        strike.source,
        qgis_value(strike.date_end),
    ]
    return attributes + (values if text else [qgis_value(v) for v in values]), geometry


def error_order(error):
    line, fid = error[0], error[1]
    return (line if line is not None else -1, fid if fid is not None else -1)


def report(feedback, data, result, errors):
    """How many rows were imported and why the others were rejected (the first few)."""
    feedback.pushInfo(
        _tr("{n} rows imported, {m} rejected (see ERRORS).").format(
            n=len(result.strikes), m=len(errors)
        )
    )
    if data.filtered_out:
        feedback.pushInfo(
            _tr("{n} rows left out by the filter expression.").format(n=data.filtered_out)
        )
    for line, fid, reason, _ in sorted(errors, key=error_order)[:_LOGGED_REJECTIONS]:
        where = (
            _tr("line {line}").format(line=line)
            if line is not None
            else _tr("feature {fid}").format(fid=fid)
        )
        feedback.pushWarning(f"{where}: {reason}")
    if len(errors) > _LOGGED_REJECTIONS:
        feedback.pushWarning(
            _tr("... and {n} more rejected rows (see ERRORS).").format(
                n=len(errors) - _LOGGED_REJECTIONS
            )
        )
    if not result.strikes:
        feedback.pushWarning(_tr("No row could be imported: see the reasons above."))
