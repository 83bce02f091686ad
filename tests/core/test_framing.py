"""Map framing arithmetic and map-style dates."""

import datetime

import pytest

from strikecheck.plugin.core.datespan import date_span_text, display_date, map_date
from strikecheck.plugin.core.framing import nice_segment, padded_extent, utm_epsg


def test_padded_extent_grows_and_keeps_a_minimum():
    assert padded_extent(0, 0, 100, 50, padding=0.1, min_span=0) == (-10, -10, 110, 60)
    # A single strike still gets a map 50 km across around it.
    assert padded_extent(1000, 2000, 1000, 2000, 0.2, 50_000) == (-24_000, -23_000, 26_000, 27_000)


@pytest.mark.parametrize(
    ("lon", "lat", "epsg"),
    [
        (36.7, 34.8, 32637),
        (30.5, 50.4, 32636),
        (-58.4, -34.6, 32721),
        (179.9, 1, 32660),
        (-180, 0, 32601),
    ],
)
def test_utm_zone(lon, lat, epsg):
    assert utm_epsg(lon, lat) == epsg


def test_nice_segment_is_round():
    assert nice_segment(180) == 25.0
    assert nice_segment(30) == 2.5
    assert nice_segment(0) == 1.0
    for span in (3, 47, 230, 1234):
        value = nice_segment(span)
        mantissa = value / 10 ** int(f"{value:e}".split("e")[1])
        assert mantissa in (1.0, 2.0, 2.5, 5.0)
        assert value * 2 <= span * 0.3 + 1e-9


def test_dates_as_isw_prints_them():
    d = datetime.date
    assert map_date(d(2015, 9, 30)) == "30 SEPT 2015"
    assert date_span_text([d(2015, 9, 30), None, d(2015, 9, 30)]) == "30 SEPT 2015"
    assert date_span_text([d(2015, 10, 1), d(2015, 9, 30)]) == "30 SEPT - 1 OCT 2015"
    assert date_span_text([d(2015, 10, 1), d(2015, 10, 7)]) == "1 - 7 OCT 2015"
    assert date_span_text([d(2015, 12, 30), d(2016, 1, 2)]) == "30 DEC 2015 - 2 JAN 2016"
    assert date_span_text([]) == ""


def test_iso_dates_from_parameters_print_like_the_map():
    assert display_date("2015-09-30") == "30 SEPT 2015"
    assert display_date("2015-09-30/2015-10-01") == "30 SEPT - 1 OCT 2015"
    assert display_date("30 SEPT 2015") == "30 SEPT 2015"
    assert display_date("2015-02-30") == "2015-02-30"  # not a date: left as written
