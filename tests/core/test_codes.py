"""Mixed faction codes: split into their members, joined back in one order."""

from strikecheck.plugin.core import analysis
from strikecheck.plugin.core.codes import MIXED_SEPARATOR, join_codes, member_codes


def test_members_of_a_mixed_code_are_stripped_and_empty_ones_dropped():
    assert member_codes("isis+jn+rebel") == ["isis", "jn", "rebel"]
    assert member_codes(" kurdish + regime ") == ["kurdish", "regime"]
    assert member_codes("isis") == ["isis"]
    assert member_codes("a++b+") == ["a", "b"]
    assert member_codes("") == []


def test_joined_codes_are_sorted():
    assert join_codes(["rebel", "isis", "jn"]) == "isis+jn+rebel"
    assert join_codes(c for c in ("b", "a")) == "a+b"
    assert member_codes(join_codes(["regime", "kurdish"])) == ["kurdish", "regime"]
    assert MIXED_SEPARATOR == "+"


def test_analysis_still_exports_member_codes():
    assert analysis.member_codes is member_codes
