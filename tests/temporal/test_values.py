"""TIMEX3 values: calendar ranges and the well-formedness check."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.day import Day
from timeline.model import Precision
from timeline.temporal.values import is_timex3_value, value_range


@pytest.mark.parametrize(
    ("value", "first", "last", "precision"),
    [
        ("2010-04-08", date(2010, 4, 8), date(2010, 4, 8), Precision.DAY),
        ("2012-05", date(2012, 5, 1), date(2012, 5, 31), Precision.MONTH),
        ("2011-W49", date(2011, 12, 5), date(2011, 12, 11), Precision.WEEK),
        ("1998-Q3", date(1998, 7, 1), date(1998, 9, 30), Precision.QUARTER),
        ("199", date(1990, 1, 1), date(1999, 12, 31), Precision.DECADE),
        ("18", date(1800, 1, 1), date(1899, 12, 31), Precision.CENTURY),
        ("1998-WI", date(1998, 12, 1), date(1999, 2, 28), Precision.SEASON),
        ("0476", date(476, 1, 1), date(476, 12, 31), Precision.YEAR),
        ("BC0044-03-15", Day.from_ymd(-44, 3, 15), Day.from_ymd(-44, 3, 15), Precision.DAY),
        ("BC0490-09", Day.from_ymd(-490, 9, 1), Day.from_ymd(-490, 9, 30), Precision.MONTH),
        ("BC0001", Day.from_ymd(-1, 1, 1), Day.from_ymd(-1, 12, 31), Precision.YEAR),
        ("BC0002-WI", Day.from_ymd(-2, 12, 1), Day.from_ymd(-1, 2, 29), Precision.SEASON),
    ],
)
def test_value_range(value: str, first: date | Day, last: date | Day, precision: Precision) -> None:
    assert value_range(value) == (first, last, precision)


@pytest.mark.parametrize("value", ["P3D", "PXY", "XXXX-04-08", "PRESENT_REF", "0000", "BC0044-W10"])
def test_no_calendar_range(value: str) -> None:
    assert value_range(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "2010-04-08",
        "2011-W49",
        "2011-W49-WE",
        "XXXX-WXX-1",
        "1998-Q3",
        "2010-SU",
        "199",
        "19",
        "P3D",
        "PT2H",
        "P2Y6M",
        "PXY",
        "P1DE",
        "PRESENT_REF",
        "2010-11-10T14:00",
        "1998-08-07TMO",
        "XXXX-XX-XX",
        "BC0044",
        "1902-XX-XXT21:00",
    ],
)
def test_valid_values(value: str) -> None:
    assert is_timex3_value(value)


@pytest.mark.parametrize("value", ["", "P", "PT", "2011-13", "2011-12-32", "tomorrow", "P3", "2011-Q5", "BC"])
def test_invalid_values(value: str) -> None:
    assert not is_timex3_value(value)
