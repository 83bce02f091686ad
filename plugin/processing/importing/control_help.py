"""strikecheck:importcontrol's help text, in parts so that each translates on its own."""

from qgis.PyQt.QtCore import QCoreApplication


def _tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


def shortHelpString():
    """The help of strikecheck:importcontrol, in the user's language."""
    parts = (
        _tr(
            "<p>Makes a territorial control map usable by StrikeCheck: every feature's "
            "faction text ('Daesh', 'ISIL', 'Regime-held', 'Kurds/Government') becomes a "
            "canonical faction code from a preset, geometries are repaired, and each feature "
            "gets the date from which it is valid. Raw public exports (DeepStateMap, Google "
            "My Maps) need only INPUT and the preset; the input is never "
            "modified.</p><h3>Parameters</h3><ul>"
        ),
        _tr(
            "<li><b>INPUT</b>: polygons (ISW-like zones), lines (front lines) or points "
            "(town control marks, as the Carter Center and Wikipedia publish them); any CRS, "
            "kept in the output. A KML or KMZ file (a Google My Maps export, for instance) "
            "is read by StrikeCheck itself: every placemark of every folder, with a folder "
            "column (FACTION_FIELD=folder when each faction has its own folder) and its "
            "ExtendedData columns. A GeoJSON that mixes geometry kinds or holds "
            "GeometryCollections or nested values (a DeepState export) is read by "
            "StrikeCheck too: the map keeps one geometry kind (polygons first) with the "
            "polygon parts of GeometryCollections, and nested values become JSON text.</li>"
        ),
        _tr(
            "<li><b>FACTION_FIELD</b>: the field naming who holds each feature. Empty: the "
            "first of faction, control, controlled_by, side, mark, label, name... that "
            "exists.</li>"
        ),
        _tr(
            "<li><b>PRESET</b>: the faction preset: syria-2015 (ISW-like classes: regime, "
            "rebel, isis, jn, kurdish and mixed classes), ukraine (ukraine_held, "
            "russia_occupied, contested; English, Ukrainian and Russian spellings), generic "
            "(any values), or a preset of your own in &lt;QGIS "
            "profile&gt;/strikecheck/presets. 'auto' picks the preset that recognises most "
            "values (generic if none).</li>"
        ),
        _tr("<li><b>PRESET_FILE</b>: optional; a preset JSON file to use instead.</li>"),
        _tr(
            "<li><b>MAPPING</b>: optional overrides 'raw=code;raw=code', applied before the "
            "preset's aliases, e.g. 'Turkish-backed=rebel;Kurds and regime=kurdish+regime'. "
            "Matching ignores case, accents and punctuation. The code may be a preset code, "
            "an alias, several codes joined with '+', or a new code.</li>"
        ),
        _tr(
            "<li><b>DATE_FIELD</b>: optional; the date from which each feature is valid (a "
            "snapshot date). Same formats as the strike importer.</li>"
        ),
        _tr(
            "<li><b>DATE_ORDER</b>: day/month order of numeric dates: detected once for the "
            "whole column (stops with a message when the column cannot tell), or given.</li>"
        ),
        _tr(
            "<li><b>SNAPSHOT_DATE</b>: optional; the map's date (e.g. 2015-09-27) for "
            "features whose DATE_FIELD is empty, or for all when there is no "
            "DATE_FIELD.</li>"
        ),
        _tr(
            "<li><b>FACTION_VALUE</b>: optional; one faction for every feature of a layer "
            "without a faction field (e.g. occupied, for DeepState's attribute-less occupied "
            "area); FACTION_FIELD is then not needed. With FACTION_FIELD set, it fills the "
            "features whose field is empty.</li><li><b>Style colours</b>: a feature whose "
            "name the preset does not recognise is classed by its style colour (a fill or "
            "stroke field, or a KML placemark's style, read as the style_colour column) when "
            "the preset gives that colour to a faction (ukraine: DeepStateMap's colours, "
            "e.g. #a52714 occupied, #0288d1 liberated). A colour in MAPPING, e.g. "
            "'#a52714=russia_occupied', overrides the preset. The log says how many features "
            "of each class were found by name and by "
            "colour.</li><li><b>REMAINDER_FACTION</b>: optional; the faction that holds the "
            "rest of an outline, e.g. ukraine_held for DeepState, which draws only occupied, "
            "liberated and contested ground. Adds one feature per snapshot (per valid_from): "
            "the outline minus everything drawn in that snapshot. Needs a polygon map and "
            "OUTLINE or OUTLINE_COUNTRY.</li><li><b>OUTLINE</b>: optional; a polygon layer "
            "whose union is the outline.</li><li><b>OUTLINE_COUNTRY</b>: optional, without "
            "OUTLINE; a country NAME of the Natural Earth world map QGIS ships, e.g. Ukraine "
            "(its borders are Natural Earth's: its Ukraine leaves out Crimea).</li></ul>"
        ),
        _tr(
            "<h3>Output</h3><p><b>OUTPUT</b>: the control map in the input's CRS, one "
            "feature per input feature of the map's geometry kind, then the remainder "
            "features, with these fields first:</p><ul>"
        ),
        _tr(
            "<li><b>faction</b>: the canonical code, e.g. isis. A mixed class ('ISIS, JN, "
            "and Rebel Control', 'Kurds/Government') gets its members' codes sorted and "
            "joined with '+' (isis+jn+rebel, kurdish+regime): the analysis counts it as "
            "territory of each member. A value no alias matches keeps its own normalised "
            "code (lower-case ASCII, '_' between words), listed in the log as 'unrecognised, "
            "kept as ...'. NULL where the feature has no faction value.</li>"
        ),
        _tr(
            "<li><b>faction_label</b>: the legend text of the class, e.g. 'ISIS Control', "
            "'ISIS, JN, and Rebel Control'; an unrecognised value's own text.</li>"
        ),
        _tr("<li><b>raw_faction</b>: the original text.</li>"),
        _tr("<li><b>valid_from</b>: date, or NULL.</li>"),
        _tr(
            "</ul>Then every original field; one whose name clashes with these is kept as "
            "&lt;name&gt;_orig. Polygon and line outputs are multi-part (repair can split a "
            "geometry); a geometry that repair leaves empty is kept as NULL with a warning. "
            "Nested values (JSON objects and lists) are written as JSON text. Features of "
            "another geometry kind (a raw export's unit and airfield points) are left out, "
            "with their count in the log. A remainder feature has raw_faction 'remainder: "
            "&lt;outline&gt;' and NULL original fields."
        ),
        _tr(
            "<h3>Example</h3><pre>qgis_process run strikecheck:importcontrol -- "
            "INPUT=control.kml FACTION_FIELD=Control PRESET=syria-2015 "
            'MAPPING="Turkish-backed=rebel" SNAPSHOT_DATE=2015-09-27 '
            "OUTPUT=control.gpkg</pre>"
        ),
        "<pre>qgis_process run strikecheck:importcontrol -- INPUT=1719866623.geojson "
        "PRESET=ukraine REMAINDER_FACTION=ukraine_held OUTLINE_COUNTRY=Ukraine "
        "OUTPUT=control.gpkg</pre>",
    )
    return "".join(parts)


control_help = shortHelpString
