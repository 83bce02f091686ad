"""Map framing arithmetic and map-style dates."""

import datetime

import pyproj
import pytest

from strikecheck.plugin.core.datespan import date_span_text, display_date, map_date
from strikecheck.plugin.core.framing import map_projection, nice_segment, padded_extent, utm_epsg


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


def test_a_regional_map_is_in_utm():
    assert map_projection(35.6, 34.6, 37.4, 36.6) == "EPSG:32637"  # western Syria
    assert map_projection(22.1, 44.4, 40.2, 52.4) == "EPSG:32636"  # all of Ukraine


def test_a_continental_map_is_equal_area_and_never_folds_the_globe():
    """Strikes from Ukraine to the Kurils (DeepState draws them occupied): in the UTM zone of the
    centre, South America lies beyond the North Pole and its outline crosses Siberia, which the
    map named COLOMBIA."""
    box = (30.0, 43.0, 148.0, 52.0)
    places = {"bogota": (-74.1, 4.7), "yakutsk": (129.7, 62.0), "kyiv": (30.5, 50.4)}

    def projected(projection):
        crs = pyproj.CRS.from_user_input(projection)
        to_map = pyproj.Transformer.from_crs("EPSG:4326", crs, always_xy=True)
        return {name: to_map.transform(*lonlat) for name, lonlat in places.items()}

    def km(a, b):
        return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 / 1000

    utm = projected(f"EPSG:{utm_epsg(89.0, 47.5)}")
    assert utm["bogota"][1] > 10_002_000  # northing past the pole: the fold this avoids
    projection = map_projection(*box)
    assert projection.startswith("+proj=laea +lat_0=47.5000 +lon_0=89.0000")
    laea = projected(projection)
    geod = pyproj.Geod(ellps="WGS84")
    true_km = geod.inv(*places["bogota"], *places["yakutsk"])[2] / 1000
    assert km(laea["bogota"], laea["yakutsk"]) > 0.5 * true_km
    assert km(laea["kyiv"], laea["yakutsk"]) > 4000
    centre = (0.0, 0.0)  # farther on the globe, farther on the map
    assert km(laea["bogota"], centre) > km(laea["yakutsk"], centre)


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
