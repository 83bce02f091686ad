"""The verdict sentence counts held strikes and spans the distances of the others."""

import math

from strikecheck.plugin.core.summary import held_by, verdict


def test_none_held():
    text = verdict(
        ["rebel", "rebel", None, "jn", "rebel", "rebel"], [53, 60, 88, 140, 100, 70], "isis", "ISIS"
    )
    assert (
        text
        == "6 strikes: 0 in ISIS-held territory; nearest ISIS territory 53-140 km (median 79 km)"
    )


def test_some_held_and_some_unknown():
    text = verdict(["isis", "isis+jn", "rebel", None], [0, 0, 30.4, math.nan], "isis")
    assert text.startswith("4 strikes: 2 in isis-held territory; the other 1: nearest isis")
    assert "30 km" in text and "1 beyond the search distance" in text


def test_held_by_matches_whole_codes_only():
    assert list(held_by(["isis+jn", "isis_k", None, "jn"], "isis")) == [True, False, False, False]


def test_uncertainty_sentence():
    from strikecheck.plugin.core.summary import uncertainty_sentence

    assert uncertainty_sentence([True, False, None, True]).startswith(
        "2 of 3 conclusions survive the location uncertainty"
    )
    assert uncertainty_sentence([None, None]) == ""


def test_a_name_that_says_who_holds_is_not_held_twice():
    # The ukraine preset's names: 'Russia-occupied', 'Ukraine-held' (was '...-held-held').
    text = verdict(["russia", "russia", None], [0, 0, 12.0], "russia", "Russia-occupied")
    assert text.startswith("3 strikes: 2 in Russia-occupied territory; the other 1: nearest")
    one = verdict(["ukraine_held"], [0], "ukraine_held", "Ukraine-held")
    assert one == "1 strike: 1 in Ukraine-held territory"
    assert verdict([None], [5.0], "jn", "Jabhat al-Nusra").startswith("1 strike: 0 in Jabhat")
    assert "al-Nusra-held territory" in verdict([None], [5.0], "jn", "Jabhat al-Nusra")
