"""Dates as analysts write them; day/month order decided once per column, never per row."""

import datetime as dt

import pytest

from strikecheck.plugin.core.dates import (
    DAY_FIRST,
    MONTH_FIRST,
    parse_date_column,
    parse_one_date,
)
from strikecheck.plugin.core.messages import InputError

D = dt.date(2015, 9, 30)


@pytest.mark.parametrize(
    "text",
    [
        "2015-09-30",
        "2015/09/30",
        "2015-09-30T10:00:00Z",
        "2015-09-30T23:59:59+03:00",
        "2015-09-30 10:00",
        "30-09-2015",
        "30/09/2015",
        "30.09.2015",
        "30 September 2015",
        "30 Sep 2015",
        "30-Sep-2015",
        "Sep 30, 2015",
        "September 30 2015",
        "Wednesday, 30 September 2015",
        "30th September 2015",
        "  30 SEPT. 2015 ",
    ],
)
def test_every_format_reads_the_same_day(text):
    column = parse_date_column([text])
    assert column.dates == [D] and not column.problems


def test_python_dates_pass_through():
    column = parse_date_column([D, dt.datetime(2015, 9, 30, 12, 0), None, ""])
    assert column.dates == [D, D, None, None] and not column.problems


def test_day_first_decided_by_one_unambiguous_row():
    column = parse_date_column(["03/04/2015", "25/09/2015", "01/10/2015"])
    assert column.order == DAY_FIRST
    assert column.dates == [dt.date(2015, 4, 3), dt.date(2015, 9, 25), dt.date(2015, 10, 1)]
    assert "25/09/2015" in str(column.note)


def test_month_first_decided_by_one_unambiguous_row():
    column = parse_date_column(["03/04/2015", "09/25/2015"])
    assert column.order == MONTH_FIRST
    assert column.dates == [dt.date(2015, 3, 4), dt.date(2015, 9, 25)]


def test_ambiguous_column_is_reported_not_guessed():
    with pytest.raises(InputError) as error:
        parse_date_column(["03/04/2015", "05/06/2015"], column="event_date")
    text = str(error.value)
    assert "event_date" in text and "03/04/2015" in text and "DATE_ORDER" in text


def test_same_day_and_month_is_not_ambiguous():
    column = parse_date_column(["05/05/2015", "2015-09-30"])
    assert column.dates == [dt.date(2015, 5, 5), D] and not column.problems


def test_mixed_orders_in_one_column_are_reported():
    with pytest.raises(InputError) as error:
        parse_date_column(["25/09/2015", "09/26/2015"], column="d")
    assert "25/09/2015" in str(error.value) and "09/26/2015" in str(error.value)


def test_given_order_rejects_rows_written_the_other_way():
    column = parse_date_column(["25/09/2015", "09/26/2015", "03/04/2015"], order=DAY_FIRST)
    assert column.dates[0] == dt.date(2015, 9, 25) and column.dates[2] == dt.date(2015, 4, 3)
    assert column.dates[1] is None and "09/26/2015" in str(column.problems[1])


def test_impossible_dates_are_problems_with_the_text():
    column = parse_date_column(["31/31/2015", "2015-02-30", "yesterday", "30/09/15", "30/09/1015"])
    assert column.dates == [None] * 5
    assert str(column.problems[0]) == "no date in '31/31/2015'"
    assert "2015-02-30" in str(column.problems[1])
    assert "yesterday" in str(column.problems[2])
    assert "four digits" in str(column.problems[3])
    assert set(column.problems) == {0, 1, 2, 3, 4}


def test_empty_values_are_not_problems():
    column = parse_date_column([None, "  ", "2015-09-30"])
    assert column.dates == [None, None, D] and not column.problems


def test_one_date_must_be_unambiguous():
    assert parse_one_date("2015-09-27") == dt.date(2015, 9, 27)
    assert parse_one_date("27/09/2015") == dt.date(2015, 9, 27)
    assert parse_one_date("27 September 2015") == dt.date(2015, 9, 27)
    with pytest.raises(InputError):
        parse_one_date("03/04/2015")
    with pytest.raises(InputError):
        parse_one_date("soon")
