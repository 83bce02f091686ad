"""Raw faction text becomes canonical codes: aliases, mixed classes, mapping override, unknowns."""

import pytest

from strikecheck.plugin.core.factions import (
    EMPTY,
    MAPPED,
    MIXED,
    RECOGNISED,
    UNRECOGNISED,
    choose_preset,
    classify,
    colour_key,
    composed_label,
    normalise_key,
    undated,
)
from strikecheck.plugin.core.messages import InputError
from strikecheck.plugin.core.presets import BUNDLED, load_presets


@pytest.fixture(scope="module")
def presets():
    return load_presets([BUNDLED])[0]


def test_normalised_keys():
    assert normalise_key("Da'esh") == normalise_key("DAESH") == "daesh"
    assert normalise_key("  Al-Nusra   Front ") == "al nusra front"
    assert normalise_key("Ahrar al-Shām") == "ahrar al sham"
    assert normalise_key("أحرار الشام") == normalise_key("احرار الشام")


def test_mixed_classes_map_to_member_codes(presets):
    syria = presets["syria-2015"]
    result = classify(
        ["ISIS, JN, and Rebel Control", "Kurds/Government", "YPG and regime", "Nusra/HTS"], syria
    )
    first, second, third, fourth = result.resolutions
    assert (first.code, first.label, first.how) == (
        "isis+jn+rebel", "ISIS, JN, and Rebel Control", MIXED,
    )  # fmt: skip
    assert first.members == ("isis", "jn", "rebel")
    assert (second.code, second.members) == ("kurdish+regime", ("kurdish", "regime"))
    assert third.code == "kurdish+regime" and third.label == second.label
    assert (fourth.code, fourth.how) == ("jn", RECOGNISED)  # both names of one faction


def test_unlisted_combination_gets_a_composed_label(presets):
    result = classify(["ISIS & YPG"], presets["syria-2015"])
    assert result.resolutions[0].code == "isis+kurdish"
    assert result.resolutions[0].label == "ISIS and YPG Control"
    assert composed_label(["A Control", "B Control", "C Control"]) == "A, B, and C Control"
    assert composed_label(["Ukraine-held", "Contested"]) == "Ukraine-held and Contested"


def test_unrecognised_values_keep_their_own_code_and_are_listed(presets):
    result = classify(
        ["Turkish-backed", "turkish backed", "ISIS", None, "  "], presets["syria-2015"]
    )
    codes = [r.code for r in result.resolutions]
    assert codes == ["turkish_backed", "turkish_backed", "isis", None, None]
    assert result.resolutions[0].how == UNRECOGNISED
    assert result.resolutions[1].label == "Turkish-backed"  # first spelling seen
    assert result.unrecognised == {"turkish_backed": ("Turkish-backed", 2)}
    assert result.empty == 2 and result.resolutions[3].how == EMPTY
    assert result.counts == {"turkish_backed": 2, "isis": 1}


def test_mapping_override_wins_and_reports_what_it_did(presets):
    mapping = "Turkish-backed=rebel; Daesh=jn ;Kurds and regime=kurdish+regime;ghost=isis;X=new one"
    result = classify(
        ["TURKISH BACKED", "Daesh", "Kurds and regime", "x"], presets["syria-2015"], mapping
    )
    resolutions = result.resolutions
    assert [r.code for r in resolutions] == ["rebel", "jn", "kurdish+regime", "new_one"]
    assert all(r.how == MAPPED for r in resolutions)
    assert resolutions[2].label == "Regime and YPG Control"
    notes = " ".join(str(n) for n in result.notes)
    assert "'ghost=isis' matched no value" in notes
    assert "'new one' is not a faction" in notes


def test_mapping_target_may_be_an_alias(presets):
    result = classify(["Foo"], presets["syria-2015"], "Foo=Islamic State")
    assert result.resolutions[0].code == "isis"


def test_bad_mapping_syntax_is_an_input_error(presets):
    with pytest.raises(InputError) as error:
        classify(["x"], presets["syria-2015"], "Daesh->isis")
    assert "MAPPING" in str(error.value) and "Daesh->isis" in str(error.value)


def test_preset_chosen_by_most_recognised(presets):
    assert choose_preset(["Daesh", "Regime", "YPG"], presets) == ("syria-2015", 3)
    assert choose_preset(["Occupied", "Україна", "x"], presets) == ("ukraine", 2)
    assert choose_preset(["Blue", "Red"], presets) == ("generic", 0)


def test_generic_keeps_every_value(presets):
    result = classify(["Blue Team", "Red Team", "Blue team"], presets["generic"])
    assert [r.code for r in result.resolutions] == ["blue_team", "red_team", "blue_team"]
    assert result.resolutions[0].label == "Blue Team"


@pytest.mark.parametrize(
    "text, code",
    [
        ("Окуповано /// Occupied", "russia_occupied"),
        ("Звільнено/// Liberated\xa0", "ukraine_held"),
        ("Звільнено 25.03", "ukraine_held"),
        ("Звільнено 31.03 - 02.04 /// Liberated 31.03 - 02.04", "ukraine_held"),
        ("Окуповано. 01.04", "russia_occupied"),
        ("Звільнено /// Liberated /// geoJSON.status.dismissed_at {{at:19.09}}", "ukraine_held"),
        ("ОРДЛО /// CADR and CALR", "russia_occupied"),
        ("Окупований Крим /// Occupied Crimea", "russia_occupied"),
        ("Крым", "russia_occupied"),
        ("Статус невідомий /// Unknown status", "contested"),
        ("Освобождено", "ukraine_held"),
        ("Оккупировано", "russia_occupied"),
    ],
)
def test_bilingual_dated_and_local_names(presets, text, code):
    resolution = classify([text], presets["ukraine"]).resolutions[0]
    assert (resolution.code, resolution.how) == (code, RECOGNISED)


def test_parts_that_disagree_settle_nothing(presets):
    resolution = classify(["Окуповано /// Liberated"], presets["ukraine"]).resolutions[0]
    assert resolution.how == UNRECOGNISED


def test_the_colour_classes_what_the_name_does_not(presets):
    values = ["Багатокутник 11", "Окуповано", None, "Багатокутник 12"]
    colours = ["#a52714", "#0288d1", "#bcaaa4", "#ffffff"]
    result = classify(values, presets["ukraine"], "", colours)
    assert [r.code for r in result.resolutions][:3] == [
        "russia_occupied", "russia_occupied", "contested",
    ]  # fmt: skip
    assert [r.how for r in result.resolutions] == ["colour", "recognised", "colour", UNRECOGNISED]
    assert result.found_by["russia_occupied"] == [1, 1]
    assert result.found_by["contested"] == [0, 1]
    mapped = classify(values, presets["ukraine"], "#A52714=contested", colours)
    assert mapped.resolutions[0].code == "contested" and not mapped.notes


def test_colour_keys_and_undated_names():
    assert colour_key("#A52714") == colour_key("a52714") == colour_key("#a52714ff") == "#a52714"
    assert colour_key("red") is None and colour_key(None) is None
    assert undated("Звільнено 27-29.03.2022").strip() == "Звільнено"
