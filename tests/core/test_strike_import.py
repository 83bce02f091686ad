"""Rows become strikes or rejections with reasons: columns found, ACLED known, nothing dropped."""

import datetime as dt

import pytest

from strikecheck.plugin.core.messages import InputError
from strikecheck.plugin.core.strike_columns import (
    find_columns,
    is_acled,
    parse_confidence_mapping,
    parse_precision_table,
)
from strikecheck.plugin.core.strike_import import StrikeOptions, read_strikes
from strikecheck.plugin.core.strike_positions import COLUMNS, GEOMETRY, TEXT

ACLED_2023 = ["event_id_cnty", "event_date", "sub_event_type", "actor1", "latitude", "longitude",
              "geo_precision", "source", "notes", "fatalities"]  # fmt: skip
ACLED_OLD = [name.upper() for name in ACLED_2023]


def acled_row(i, date="30 September 2015", lat="34.8333", lon="36.7333", precision="1"):
    return [f"SYN{i}", date, "Air/drone strike", "Military Forces of Russia (2012-)", lat, lon,
            precision, "Synthetic source", "note", "0"]  # fmt: skip


@pytest.mark.parametrize("names", [ACLED_2023, ACLED_OLD])
def test_acled_columns_in_both_generations(names):
    assert is_acled(names)
    result = read_strikes(names, [acled_row(1), acled_row(2, precision="3")])
    assert result.plan.kind == COLUMNS and not result.rejected
    first, second = result.strikes
    assert first.strike_id == "SYN1" and first.date == dt.date(2015, 9, 30)
    assert first.actor == "Military Forces of Russia (2012-)" and first.source == "Synthetic source"
    assert first.parts == [(36.7333, 34.8333)]
    assert first.precision_km == 2.0 and second.precision_km == 50.0
    assert first.confidence is None


def test_every_bad_row_is_rejected_with_all_its_reasons():
    rows = [
        acled_row(1),
        acled_row(2, lat="134.2"),
        acled_row(3, date="31/31/2015"),
        acled_row(4, lat="", lon="abc", date="never"),
        acled_row(5, lat="0", lon="0"),
    ]
    result = read_strikes(ACLED_2023, rows)
    assert [s.strike_id for s in result.strikes] == ["SYN1"]
    reasons = {i: str(reason) for i, reason in result.rejected}
    assert reasons[1] == "latitude 134.2 outside -90..90"
    assert reasons[2] == "no date in '31/31/2015'"
    assert reasons[3] == "no latitude; longitude 'abc' is not a number; no date in 'never'"
    assert "placeholder" in reasons[4]
    assert len(result.strikes) + len(result.rejected) == len(rows)


def test_swapped_columns_are_detected_and_read_the_other_way():
    rows = [acled_row(i, lat=lon, lon=lat) for i, (lat, lon) in
            enumerate([("36.7", "127.0"), ("35.1", "129.0"), ("37.5", "126.9")])]  # fmt: skip
    result = read_strikes(ACLED_2023, rows)
    assert not result.rejected
    assert [s.parts[0] for s in result.strikes] == [(127.0, 36.7), (129.0, 35.1), (126.9, 37.5)]
    assert any("exchanged" in str(w) for w in result.warnings)


def test_swapped_columns_chosen_explicitly_are_used_as_given_with_a_warning():
    rows = [acled_row(1, lat="127.0", lon="36.7"), acled_row(2, lat="129.0", lon="35.1"),
            acled_row(3, lat="126.9", lon="37.5")]  # fmt: skip
    options = StrikeOptions(lat="latitude", lon="longitude")
    result = read_strikes(ACLED_2023, rows, options)
    assert len(result.rejected) == 3 and "outside -90..90" in str(result.rejected[0][1])
    assert any("used as given" in str(w) for w in result.warnings)


def test_expected_area_catches_a_swap_within_90_degrees():
    rows = [acled_row(1, lat="36.7333", lon="34.8333"), acled_row(2, lat="36.6225", lon="35.3208"),
            acled_row(3, lat="36.3176", lon="35.8126")]  # fmt: skip
    options = StrikeOptions(extent=(35.5, 32.0, 42.5, 37.5))
    result = read_strikes(ACLED_2023, rows, options)
    assert not result.rejected and result.strikes[0].parts == [(36.7333, 34.8333)]


def test_text_column_of_lat_lon_pairs_is_found_by_content():
    names = ["Incident", "Date", "Geolocation text", "Grading"]
    rows = [["RS1", "2015-09-30", "35.812585, 36.317605", "Fair"],
            ["RS2", "2015-09-30", "POINT (36.7333 34.8333)", "Weak"],
            ["RS3", "2015-09-30", "somewhere", "Fair"]]  # fmt: skip
    result = read_strikes(names, rows)
    assert result.plan.kind == TEXT and result.plan.text == "Geolocation text"
    assert [s.parts for s in result.strikes] == [[(36.317605, 35.812585)], [(36.7333, 34.8333)]]
    assert "no position in 'somewhere'" in str(result.rejected[0][1])
    # Unmapped gradings are NULL with a warning naming them; mapped they become high/low.
    assert any("'Fair' (1)" in str(w) for w in result.warnings)
    mapping = parse_confidence_mapping("Fair=high;Weak=low")
    mapped = read_strikes(names, rows, StrikeOptions(confidence_mapping=mapping))
    assert [s.confidence for s in mapped.strikes] == ["high", "low"]


def test_confidence_words():
    names = ["lat", "lon", "confidence"]
    values = ["High-Confidence reporting", "low", "H", "", "maybe"]
    result = read_strikes(names, [["34", "36", v] for v in values])
    assert [s.confidence for s in result.strikes] == ["high", "low", "high", None, None]


def test_layer_geometry_used_when_no_columns_override():
    names = ["name", "when"]
    rows = [["a", "2015-09-30"], ["b", "2015-09-30"], ["c", "2015-09-30"]]
    geometries = [[(36.7, 34.8)], None, [(36.7, 34.8), (36.8, 34.9)]]
    result = read_strikes(names, rows, geometries=geometries, fallback_ids=[10, 11, 12])
    assert result.plan.kind == GEOMETRY
    assert [s.strike_id for s in result.strikes] == ["10", "12"]
    assert result.strikes[1].parts == [(36.7, 34.8), (36.8, 34.9)]
    assert str(result.rejected[0][1]) == "no geometry"


def test_no_coordinates_anywhere_is_an_input_error_listing_columns():
    with pytest.raises(InputError) as error:
        read_strikes(["name", "town"], [["a", "Hama"]])
    assert "LAT_FIELD" in str(error.value) and "name, town" in str(error.value)


def test_override_naming_a_missing_column():
    with pytest.raises(InputError) as error:
        read_strikes(ACLED_2023, [acled_row(1)], StrikeOptions(lat="lat_x", lon="longitude"))
    assert "lat_x" in str(error.value)
    with pytest.raises(InputError):
        read_strikes(ACLED_2023, [acled_row(1)], StrikeOptions(lat="latitude"))


def test_missing_date_column_and_empty_dates_are_warned():
    result = read_strikes(["lat", "lon"], [["34", "36"]])
    assert result.strikes[0].date is None and "DATE_FIELD" in str(result.warnings[0])
    result = read_strikes(["lat", "lon", "date"], [["34", "36", ""]])
    assert "empty date" in str(result.warnings[0])


def test_precision_table_and_km_columns():
    table = parse_precision_table("1=1;2=5;village=3")
    names = ["lat", "lon", "geo_precision"]
    result = read_strikes(names, [["34", "36", "2"], ["34", "36", "Village"], ["34", "36", "9"]],
                          StrikeOptions(precision_table=table))  # fmt: skip
    assert [s.precision_km for s in result.strikes] == [5.0, 3.0, None]
    assert any("'9' (1)" in str(w) for w in result.warnings)
    columns = find_columns(["lat", "lon", "accuracy_km", "geo_precision"])
    assert columns["precision_km"] == "accuracy_km" and columns["precision_code"] is None
    with pytest.raises(InputError):
        parse_precision_table("1=near")


def test_duplicate_ids_are_warned_not_dropped():
    result = read_strikes(ACLED_2023, [acled_row(1), acled_row(1)])
    assert len(result.strikes) == 2 and any("more than once" in str(w) for w in result.warnings)


def test_ambiguous_dates_stop_the_import():
    rows = [acled_row(1, date="03/04/2015"), acled_row(2, date="05/06/2015")]
    with pytest.raises(InputError):
        read_strikes(ACLED_2023, rows)
    result = read_strikes(ACLED_2023, rows, StrikeOptions(date_order="month-first"))
    assert [s.date for s in result.strikes] == [dt.date(2015, 3, 4), dt.date(2015, 5, 6)]
