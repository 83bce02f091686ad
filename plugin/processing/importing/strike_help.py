"""strikecheck:importstrikes' help on the event datasets it recognises (and date windows)."""

from qgis.PyQt.QtCore import QCoreApplication


def _tr(text):
    return QCoreApplication.translate("StrikeCheck", text)


def default_precision_help():
    """What PRECISION_KM is when left empty, as the help's first part says it."""
    return _tr("the table of the event dataset recognised (see Event datasets below)")


def event_datasets_help():
    """The help's 'Event datasets' section: each source, its precision codes, date windows."""
    return _tr(
        "<h3>Event datasets</h3><p>The input's columns say which dataset it is, and the log "
        "names it:</p><ul>"
        "<li><b>ACLED</b> (event_id_cnty, event_date): geo_precision 1 = 2 km, 2 = 15 km, "
        "3 = 50 km. time_precision 2 (a week) gives date = event_date - 3 days and date_end = "
        "event_date + 3 days; 3 (a month) gives the calendar month.</li>"
        "<li><b>UCDP GED</b> (where_prec with date_start/date_end or side_a): id, date_start "
        "to date_end, side_a as actor; where_prec 1 (exact location) = 2 km, 2 (within 25 km) "
        "= 25 km, 3 (second-order administrative area) = 50 km, 4 (first-order) = 150 km, 5 "
        "(a line or a larger area) = 250 km, 6 (the country) = 500 km, 7 (international "
        "waters or airspace) = 200 km.</li>"
        "<li><b>CIR / Bellingcat Russia-Ukraine Monitor</b>, CSV or GeoJSON (id, date or "
        "verifiedDate, description, with city, province, url, categories...): points "
        "geolocated by their team; no precision codes.</li>"
        "<li><b>Airwars</b> (two of grading, geolocation, belligerent, civilians killed...): "
        "accuracy words exact = 0.1 km, street = 0.5, neighbourhood = 1, village = 3, town = "
        "5, city = 10; Code, Grading and the suspected belligerent as id, confidence and "
        "actor.</li>"
        "<li>Any other table: the codes 1 = 2 km, 2 = 15 km, 3 = 50 km and the words "
        "above.</li></ul>"
        "<p>Only UCDP's 25 km is the publisher's own distance; the others are StrikeCheck's "
        "assumptions. PRECISION_KM changes or adds codes (e.g. '6=300'). A code that the "
        "recognised dataset does not define is a warning, and the strike gets precision "
        "NULL.</p><p><b>date_end</b> (in OUTPUT): the last day of the strike's date window "
        "(the same as date for a single day); a date_end before the date rejects the row. "
        "strikecheck:nearestfaction checks such a strike against every control snapshot of "
        "its window.</p>"
    )
