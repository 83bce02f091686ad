"""The pure pixel work of controlfromimage: colours, legends, overprints, speckle, hatching."""

import numpy as np
import pytest

from strikecheck.plugin.core.image_classes import ImageSettings, class_raster, mixed_of
from strikecheck.plugin.core.image_colours import classify_pixels, parse_colour, srgb_to_lab
from strikecheck.plugin.core.image_legend import parse_legend
from strikecheck.plugin.core.image_rims import refine_rims
from strikecheck.plugin.core.messages import InputError
from strikecheck.plugin.core.presets import BUNDLED, load_presets

RED, GREEN, LAND = (232, 112, 126), (109, 179, 90), (239, 233, 216)


def test_cielab_of_srgb_reference_colours():
    assert np.allclose(srgb_to_lab([255, 255, 255]), [100, 0, 0], atol=1e-3)
    assert np.allclose(srgb_to_lab([255, 0, 0]), [53.24, 80.09, 67.20], atol=0.01)


def test_pixels_take_the_nearest_legend_colour_within_the_tolerance():
    image = np.array([[RED, (230, 110, 128), GREEN, (0, 0, 255)]], dtype=np.uint8)
    assert classify_pixels(image, [RED, GREEN], 20).tolist() == [[1, 1, 2, 0]]


def test_legends_from_palettes_and_tables():
    presets, _ = load_presets([BUNDLED])
    isw = parse_legend("ISW-like", presets)
    assert ("regime", "Regime Control", (232, 112, 126)) in isw
    assert {code for code, _, _ in parse_legend("ukraine", presets)} == {
        "ukraine_held", "russia_occupied", "contested"}  # fmt: skip
    assert parse_legend("#FF0000=Regime; 00ff00=rebel+jn", presets) == [
        ("regime", "regime", (255, 0, 0)), ("jn+rebel", "jn+rebel", (0, 255, 0))]  # fmt: skip
    for bad in ("", "nowhere", "#ff0000=regime;red=rebel", "#ff0000=Not a code"):
        with pytest.raises(InputError):
            parse_legend(bad, presets)
    assert parse_colour("#12345678") == (0x12, 0x34, 0x56)


def test_a_road_across_a_faction_is_bridged_and_a_speck_absorbed():
    image = np.full((60, 80, 3), RED, dtype=np.uint8)
    image[:, 40:] = GREEN
    image[28:31, :] = (80, 80, 80)  # a road across both
    image[10:12, 10:12] = GREEN  # a speck
    classes, codes = class_raster(image, [("regime", RED), ("rebel", GREEN)], ImageSettings())
    assert codes == ["regime", "rebel"]
    expected = np.where(np.arange(80) < 40, 1, 2)
    assert (classes == expected[None, :]).mean() > 0.99


def test_the_land_outside_and_a_river_across_it_stay_outside():
    image = np.full((80, 80, 3), LAND, dtype=np.uint8)
    image[:, :30] = RED
    image[50:53, :] = (79, 143, 208)  # a river across both
    classes, _ = class_raster(image, [("regime", RED)], ImageSettings())
    assert (classes[:, 35:] == 0).all()
    assert (classes[:, :28] == 1).all()


def test_a_strip_of_land_between_a_coast_and_a_road_stays_land():
    image = np.full((80, 80, 3), LAND, dtype=np.uint8)
    image[:, :30] = RED
    grey = (153, 153, 153)
    # A road 8 px off the coast for most of its length, in the grey of a faction (as roads
    # often are): too thin to be that faction, yet not a line far from every faction's colour.
    image[:60, 38:40] = grey
    legend = [("regime", RED), ("contested", grey)]
    classes, _ = class_raster(image, legend, ImageSettings())
    # The strip is too narrow to be wide by itself, but it is the land that runs on below.
    assert (classes[:, 31:] == 0).all()
    assert (classes[:, :29] == 1).all()


def test_hatching_becomes_the_mixed_class():
    rows, cols = np.mgrid[0:120, 0:120]
    stripes = ((rows + cols) // 4) % 2 == 0
    image = np.where(stripes[..., None], np.array(RED), np.array(GREEN)).astype(np.uint8)
    image[:, :30] = RED
    classes, codes = class_raster(image, [("regime", RED), ("rebel", GREEN)], ImageSettings())
    assert codes[2] == mixed_of("regime", "rebel") == "rebel+regime"
    assert (classes[:, 45:] == 3).mean() > 0.95
    assert (classes[:, :25] == 1).all()


def test_a_border_line_is_shared_by_a_grey_faction_and_a_saturated_one():
    # A row across a dark border line as JPEG leaves it (pixels measured in a rendered map):
    # grey, grey darkened by the line, the line, orange faded by the line's grey, orange.
    grey, orange = (153, 153, 153), (213, 94, 0)
    row = [grey] * 4 + [(126, 108, 94), (118, 86, 61), (155, 103, 63), (178, 106, 48)]
    image = np.array([row + [orange] * 4] * 12, dtype=np.uint8)
    legend = [("contested", grey), ("russia_occupied", orange)]
    plain = classify_pixels(image, [grey, orange], 20)[0].tolist()
    assert plain == [1, 1, 1, 1, 1, 0, 0, 0, 2, 2, 2, 2]  # the grey takes the line's blend
    refined = classify_pixels(image, [grey, orange], 20)
    refine_rims(image, refined, [grey, orange], 20)
    assert refined[0].tolist() == [1, 1, 1, 1, 0, 0, 0, 2, 2, 2, 2, 2]
    classes, _ = class_raster(image, legend, ImageSettings(min_pixels=1, smoothing=1))
    # The line's pixels (4 to 6 after the rims; its middle is pixel 5) are split between the
    # two sides; without the rims the grey takes pixels 0 to 6.
    assert classes[6, :5].tolist() == [1] * 5 and classes[6, 6:].tolist() == [2] * 6
