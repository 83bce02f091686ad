"""Event datasets recognised by their columns (ACLED, UCDP GED, CIR/Bellingcat, Airwars), each
with its own precision codes and the columns it names its fields with."""

from dataclasses import dataclass, field

from .coordinates import name_key

# StrikeCheck's distances (km) for each source's location precision codes. Only UCDP's code 2
# ("within 25 km") is the publisher's own distance; the others are StrikeCheck's assumption of
# how far the true place may be from the coordinates given (docs/data-sources.md, Event datasets).
ACLED_PRECISION_KM = "1=2;2=15;3=50"
UCDP_PRECISION_KM = "1=2;2=25;3=50;4=150;5=250;6=500;7=200"
AIRWARS_PRECISION_KM = (
    "exact=0.1;street=0.5;neighbourhood=1;neighborhood=1;village=3;town=5;city=10"
)
# A table that is none of the above: ACLED's codes and Airwars' words both understood.
GENERIC_PRECISION_KM = f"{ACLED_PRECISION_KM};exact=0.1;neighbourhood=1;neighborhood=1;" + (
    "village=3;town=5;city=10"
)


@dataclass(frozen=True)
class EventSource:
    """A kind of event table: how to recognise it and how to read it."""

    key: str  # 'acled', 'ucdp-ged', 'cir', 'airwars', 'table'
    name: str  # as the log names it
    precision_km: str  # its precision table, 'code=km;...' (PRECISION_KM's syntax)
    codes: tuple = None  # the precision codes the source defines (None: any the table knows)
    columns: dict = field(default_factory=dict)  # role -> names tried before the usual ones
    time_precision: bool = False  # ACLED's time_precision: 2 = a week, 3 = a month


ACLED = EventSource(
    "acled",
    "ACLED",
    ACLED_PRECISION_KM,
    codes=("1", "2", "3"),
    columns={"time_precision": ("time_precision",)},
    time_precision=True,
)
UCDP_GED = EventSource(
    "ucdp-ged",
    "UCDP GED",
    UCDP_PRECISION_KM,
    codes=("1", "2", "3", "4", "5", "6", "7"),
    columns={
        "id": ("id",),
        "date": ("date_start",),
        "date_end": ("date_end",),
        "actor": ("side_a",),
        "source": ("source_office", "source_original"),
        "precision_code": ("where_prec",),
    },
)
CIR = EventSource(
    "cir",
    "CIR / Bellingcat Russia-Ukraine Monitor",
    GENERIC_PRECISION_KM,
    columns={
        "id": ("id",),
        "date": ("date", "verifieddate", "verified_date"),
        "source": ("url", "source_url", "sources", "source", "link"),
    },
)
AIRWARS = EventSource(
    "airwars",
    "Airwars",
    AIRWARS_PRECISION_KM,
    codes=tuple(sorted({pair.split("=")[0] for pair in AIRWARS_PRECISION_KM.split(";")})),
    columns={
        "id": ("code", "unique_reference_code", "incident_code"),
        "actor": ("suspected_belligerent", "belligerent"),
        "confidence": ("grading",),
        "precision_code": ("geolocation_accuracy", "accuracy", "location_accuracy"),
    },
)
TABLE = EventSource("table", "", GENERIC_PRECISION_KM)
SOURCES = (ACLED, UCDP_GED, CIR, AIRWARS)

_CIR_HINTS = {"city", "province", "district", "credit", "categories", "status", "url", "country"}
_AIRWARS_HINTS = {
    "grading", "geolocation", "geolocation_accuracy", "civilians_killed", "civilian_deaths",
    "belligerent", "suspected_belligerent", "unique_reference_code", "civilian_harm_status",
    "strike_status",
}  # fmt: skip


def recognise(names):
    """The EventSource whose columns these are (TABLE when none)."""
    keys = {name_key(name) for name in names}
    if {"event_id_cnty", "event_date"} <= keys:
        return ACLED
    if "where_prec" in keys and ({"date_start", "date_end"} & keys or "side_a" in keys):
        return UCDP_GED
    if "verifieddate" in keys or ({"id", "description"} <= keys and len(keys & _CIR_HINTS) >= 2):
        return CIR
    if len(keys & _AIRWARS_HINTS) >= 2:
        return AIRWARS
    return TABLE
