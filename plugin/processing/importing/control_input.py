"""strikecheck:importcontrol's choices and messages: the preset, the classes found, repairs."""

from qgis.core import QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ...compat import GEOMETRY_POINT
from ...core.factions import MIXED, choose_preset
from ...core.messages import InputError
from ...core.presets import load_preset
from ...preset_folders import available_presets

AUTO = "auto"
_LISTED = 12


def _tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


def say(message):
    """A core Message in the user's language."""
    return message.format(_tr)


def choose_control_preset(alg, parameters, context, feedback, raw_values):
    """The preset asked for (a file, a name, or the best match for the values), said in the log."""

    path = alg.parameterAsFile(parameters, alg.PRESET_FILE, context)
    if path:
        try:
            preset = load_preset(path)
        except InputError as error:
            raise QgsProcessingException(say(error.message)) from None
        feedback.pushInfo(_tr("Preset from {path}.").format(path=path))
        return preset
    presets, problems = available_presets()
    for problem in problems:
        feedback.pushWarning(_tr("Preset ignored: {problem}").format(problem=say(problem)))
    name = alg.parameterAsEnumString(parameters, alg.PRESET, context) or AUTO
    if name == AUTO:
        name, recognised = choose_preset(raw_values, presets)
        feedback.pushInfo(
            _tr(
                "Preset '{name}' chosen automatically: it recognises {n} of {total} "
                "features. Set PRESET to choose another."
            ).format(name=name, n=recognised, total=len(raw_values))
        )
    if name not in presets:
        raise QgsProcessingException(
            _tr("Preset '{name}' not found; available: {names}.").format(
                name=name, names=", ".join(sorted(presets))
            )
        )
    preset = presets[name]
    feedback.pushInfo(
        _tr("Preset '{name}': {title} ({path}).").format(
            name=name, title=preset.title, path=preset.path
        )
    )
    return preset


def report_values(feedback, values, classes):
    """The faction field (or FACTION_VALUE) and colour fields read, and how many features of
    each class were found by name and by style colour."""
    if values.field is None:
        feedback.pushInfo(_tr("Every feature's faction from FACTION_VALUE."))
    elif values.found:
        feedback.pushInfo(
            _tr(
                "Faction field '{field}' (found by its name; set FACTION_FIELD to choose another)."
            ).format(field=values.field)
        )
    else:
        feedback.pushInfo(_tr("Faction field '{field}'.").format(field=values.field))
    if not values.colour_fields:
        return
    feedback.pushInfo(
        _tr("Style colours read from {fields} where a name does not settle the class.").format(
            fields=", ".join(values.colour_fields)
        )
    )
    for code, (by_name, by_colour) in sorted(classes.found_by.items()):
        feedback.pushInfo(
            _tr("{code}: {names} features by name, {colours} by style colour.").format(
                code=code, names=by_name, colours=by_colour
            )
        )


def report_classes(feedback, preset, classes, dates, features, field):
    """The factions found, mixed and unrecognised classes, missing values and bad dates."""
    counts = ", ".join(f"{code} ({n})" for code, n in sorted(classes.counts.items()))
    feedback.pushInfo(
        _tr("{n} features imported; factions: {counts}.").format(
            n=len(features), counts=counts or "-"
        )
    )
    seen = set()
    for resolution in classes.resolutions:
        if resolution.how == MIXED and resolution.code not in seen:
            seen.add(resolution.code)
            feedback.pushInfo(
                _tr(
                    "Mixed class '{label}' -> {code}: the analysis counts it as territory "
                    "of {members}."
                ).format(
                    label=resolution.label,
                    code=resolution.code,
                    members=", ".join(resolution.members),
                )
            )
    push = feedback.pushInfo if preset.name == "generic" else feedback.pushWarning
    for code, (raw, n) in sorted(classes.unrecognised.items()):
        push(
            _tr("'{raw}' ({n} features): unrecognised, kept as {code}").format(
                raw=raw, n=n, code=code
            )
        )
    if classes.unrecognised and preset.name != "generic":
        push(
            _tr("Map unrecognised values with MAPPING, e.g. '{raw}=<code>'.").format(
                raw=next(iter(sorted(classes.unrecognised.values())))[0]
            )
        )
    for note in classes.notes:
        feedback.pushWarning(say(note))
    if classes.empty:
        feedback.pushWarning(
            _tr("{n} features have no value in '{field}': kept with faction NULL.").format(
                n=classes.empty, field=field
            )
        )
    if dates.problems:
        listed = [
            f"{features[i].id()} ({say(message)})"
            for i, message in sorted(dates.problems.items())[:_LISTED]
        ]
        feedback.pushWarning(
            _tr("{n} features have a date that cannot be read, valid_from NULL: {list}").format(
                n=len(dates.problems), list="; ".join(listed)
            )
        )


def report_geometry(feedback, counts, kind, left_out=None):
    """What writing found in the geometries (layer_io RepairCounts) and the features of another
    kind left out of a raw GeoJSON ({kind: count})."""
    if counts.repaired:
        feedback.pushInfo(
            _tr("{n} invalid geometries repaired (the input layer is unchanged).").format(
                n=counts.repaired
            )
        )
    if counts.emptied:
        feedback.pushWarning(
            _tr("{n} geometries were empty after repair, kept as NULL: features {ids}.").format(
                n=len(counts.emptied), ids=", ".join(map(str, counts.emptied[:_LISTED]))
            )
        )
    left_out = dict(left_out or {})
    if counts.other_kind:
        other = "point" if kind != GEOMETRY_POINT else "polygon"
        left_out[other] = left_out.get(other, 0) + len(counts.other_kind)
    if left_out:
        feedback.pushWarning(
            _tr(
                "{n} features left out: they are not of the map's geometry type ({kind}; a "
                "layer holds one): {counts}. Import them as a layer of their own, e.g. INPUT "
                "'file|geometrytype=Point'."
            ).format(
                n=sum(left_out.values()),
                kind=QgsWkbTypes.geometryDisplayString(kind),
                counts=", ".join(f"{_tr(k)} {n}" for k, n in sorted(left_out.items())),
            )
        )
    if counts.no_geometry:
        feedback.pushWarning(
            _tr("{n} features have no geometry: kept, with NULL geometry.").format(
                n=counts.no_geometry
            )
        )
