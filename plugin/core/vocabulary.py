"""The names StrikeCheck's layers share: result fields, the mixed-code '+', engines, rules, and
the field names looked for in users' layers. Plain constants at the bottom of
the core: every layer of the code may use them."""

# A mixed control class: 'isis+jn+rebel' is territory of each member.
MIXED_SEPARATOR = "+"

# -- fields strikecheck:nearestfaction writes ---------------------------------------------------
CONTROLLED_BY = "controlled_by"
NEAREST_OTHER = "nearest_other"
NEAREST_OTHER_KM = "nearest_other_km"
FRONT_KM = "front_km"
FRONT_FACTION = "front_faction"
SNAPSHOT_DATE = "snapshot_date"
SNAPSHOT_NOTE = "snapshot_note"
POSSIBLE_FACTIONS = "possible_factions"
CONTROLLED_BY_CERTAIN = "controlled_by_certain"
# Its LINES output.
LINE_STRIKE_ID = "strike_id"  # the strike's own id (its strike_id or chosen id field)
LINE_STRIKE_FID = "strike_fid"  # its feature id
LINE_FACTION = "faction"
LINE_KM = "km"


def distance_field(slug):
    """The distance field of a faction's field-name slug (core.naming): 'isis' -> 'dist_isis_km'."""
    return f"dist_{slug}_km"


# -- fields strikecheck:importstrikes and importcontrol write ------------------------------------
STRIKE_ID = "strike_id"
STRIKE_DATE = "date"  # the first day of the strike's date window
STRIKE_DATE_END = "date_end"  # its last day (= date when the date is one day)
PRECISION_KM = "precision_km"
CONFIDENCE = "confidence"
STRIKE_FIELDS = (
    (STRIKE_ID, "string"),
    (STRIKE_DATE, "date"),
    ("actor", "string"),
    (CONFIDENCE, "string"),
    (PRECISION_KM, "double"),
    ("source", "string"),
    (STRIKE_DATE_END, "date"),
)
FACTION = "faction"
VALID_FROM = "valid_from"
CONTROL_FIELDS = (
    (FACTION, "string"),
    ("faction_label", "string"),
    ("raw_faction", "string"),
    (VALID_FROM, "date"),
)

# -- names looked for in users' layers (first match, case-insensitive) ---------------------------
FACTION_FIELD_NAMES = (
    "faction", "control", "controlled_by", "controller", "control_by", "held_by", "holder",
    "side", "party", "mark", "status", "label", "name",
)  # fmt: skip
DATE_FIELD_NAMES = ("date", "event_date", "strike_date")
# Style colours of control features (GeoJSON simplestyle, Google My Maps; StrikeCheck's KML
# reader's style_colour), read in this order when a feature's name does not settle its class.
COLOUR_FIELD_NAMES = ("fill", "style_colour", "stroke", "colour", "color")
# The field naming each strike's place in tables, labels and reports.
PLACE_FIELD_NAMES = ("site", "location", "name", "place", "town")
# What identifies a strike in the panel's table when it has no place name.
ID_FIELD_NAMES = ("strike_id", "event_id_cnty", "id")


def first_field(names, candidates):
    """The first of `candidates` among the field `names` (case-insensitive), spelled as the
    layer spells it; None when none is there."""
    by_key = {name.lower(): name for name in names}
    return next((by_key[c] for c in candidates if c in by_key), None)


# -- choices -----------------------------------------------------------------------------------
ENGINE_AUTO, ENGINE_LOCAL, ENGINE_DATABASE = "auto", "local", "database"
ENGINES = (ENGINE_AUTO, ENGINE_LOCAL, ENGINE_DATABASE)
# Strikes before the first control snapshot, or undated: the nearest snapshot, or no answer.
RULE_NEAREST, RULE_SKIP = "nearest", "skip"
RULES = (RULE_NEAREST, RULE_SKIP)
DATE_ORDERS = ("detect", "day-first", "month-first")
