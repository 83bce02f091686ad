"""Positions: columns found by name, numbers in every notation, text pairs, WKT, range, swaps."""

import pytest

from strikecheck.plugin.core.coordinates import (
    LAT_NAMES,
    LON_NAMES,
    check_position,
    detect_swap,
    find_named,
    parse_degrees,
    parse_position_text,
)


@pytest.mark.parametrize(
    "names, lat, lon",
    [
        (["event_id_cnty", "latitude", "longitude"], "latitude", "longitude"),
        (["EVENT_ID_CNTY", "LATITUDE", "LONGITUDE"], "LATITUDE", "LONGITUDE"),
        (["name", "Lat", "Lng"], "Lat", "Lng"),
        (["name", "Y", "X"], "Y", "X"),
        (["Latitude (WGS84)", "Longitude (WGS84)"], "Latitude (WGS84)", "Longitude (WGS84)"),
        (["site", "lat", "long"], "lat", "long"),
    ],
)
def test_columns_found_by_usual_names_in_any_case(names, lat, lon):
    assert find_named(names, LAT_NAMES) == lat and find_named(names, LON_NAMES) == lon


@pytest.mark.parametrize(
    "value, axis, expected",
    [
        ("34.8333", "lat", 34.8333),
        (34.8333, "lat", 34.8333),
        ("34,8333", "lat", 34.8333),
        ("-3.5", "lon", -3.5),
        ("34.8333° N", "lat", 34.8333),
        ("3.5 W", "lon", -3.5),
        ("S 12.5", "lat", -12.5),
        ("35°48′45″N", "lat", 35.8125),
        ("35 48 45", "lat", 35.8125),
        ("36°19'3\"E", "lon", 36.3175),
    ],
)
def test_numbers_in_every_notation(value, axis, expected):
    number, problem = parse_degrees(value, axis)
    assert problem is None and number == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize(
    "value, axis, words",
    [
        (None, "lat", "no latitude"),
        ("", "lon", "no longitude"),
        ("abc", "lat", "'abc' is not a number"),
        ("36.3 E", "lat", "other axis"),
        ("-36.3 S", "lat", "minus sign"),
    ],
)
def test_unreadable_numbers_say_why(value, axis, words):
    number, problem = parse_degrees(value, axis)
    assert number is None and words in str(problem)


@pytest.mark.parametrize(
    "text, parts",
    [
        ("35.812585, 36.317605", [(36.317605, 35.812585)]),
        ("35.812585,36.317605", [(36.317605, 35.812585)]),
        ("35.81 36.31", [(36.31, 35.81)]),
        ("34,8333, 36,7333", [(36.7333, 34.8333)]),
        ("36.31 E, 35.81 N", [(36.31, 35.81)]),
        ("35°48′45″N 36°19′3″E", [(36.3175, 35.8125)]),
        ("POINT (36.3 35.8)", [(36.3, 35.8)]),
        ("point z (36.3 35.8 10)", [(36.3, 35.8)]),
        ("SRID=4326;POINT(36.3 35.8)", [(36.3, 35.8)]),
        ("MULTIPOINT ((36.3 35.8), (36.4 35.9))", [(36.3, 35.8), (36.4, 35.9)]),
        ("MULTIPOINT (36.3 35.8, 36.4 35.9)", [(36.3, 35.8), (36.4, 35.9)]),
    ],
)
def test_position_text(text, parts):
    found, problem = parse_position_text(text)
    assert problem is None
    assert found == [pytest.approx(p, abs=1e-9) for p in parts]


@pytest.mark.parametrize(
    "text, words",
    [
        ("POLYGON ((0 0, 1 0, 1 1, 0 0))", "POLYGON, not a point"),
        ("POINT EMPTY", "empty geometry"),
        ("near the mill", "no position in 'near the mill'"),
        ("", "no position"),
    ],
)
def test_position_text_problems(text, words):
    found, problem = parse_position_text(text)
    assert found is None and words in str(problem)


def test_range_checks_give_the_value():
    assert str(check_position(36.0, 134.2)) == "latitude 134.2 outside -90..90"
    assert str(check_position(-190.5, 34.0)) == "longitude -190.5 outside -180..180"
    assert "placeholder" in str(check_position(0.0, 0.0))
    assert check_position(36.7, 34.8) is None
    syria = (35.5, 32.0, 42.5, 37.5)
    assert "expected area" in str(check_position(2.35, 48.85, syria))
    assert check_position(36.7, 34.8, syria) is None


def test_a_whole_column_beyond_90_is_swapped():
    # Written as (lat, lon) = (36.7, 134.8): longitudes in the latitude column (e.g. Korea).
    positions = [(36.7, 127.0), (35.1, 129.0), (37.5, 126.9)]
    verdict = detect_swap(positions)
    assert verdict.swapped and "3 of 3 latitudes" in str(verdict.reason)


def test_one_bad_row_is_not_a_swapped_column():
    assert not detect_swap([(36.7, 134.2), (127.0, 36.7)]).swapped
    assert not detect_swap([(36.7, 34.8), (36.6, 35.0)]).swapped
    # Two rows are too few to tell a swap from two typos.
    assert not detect_swap([(36.7, 127.0), (35.1, 129.0)]).swapped


def test_swap_within_90_detected_only_with_an_expected_area():
    # Syrian sites written lon, lat into lat, lon columns: both within ±90.
    swapped = [(34.8333, 36.7333), (35.32, 36.62), (35.81, 36.31)]
    assert not detect_swap(swapped).swapped
    verdict = detect_swap(swapped, extent=(35.5, 32.0, 42.5, 37.5))
    assert verdict.swapped and "expected area" in str(verdict.reason)
    assert not detect_swap([(lat, lon) for lon, lat in swapped], (35.5, 32.0, 42.5, 37.5)).swapped
    # Half inside either way is no evidence: nothing is exchanged.
    assert not detect_swap([(36.0, 35.0), (35.0, 36.0)], (35.5, 32.0, 42.5, 37.5)).swapped
