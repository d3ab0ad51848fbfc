"""Calendar arithmetic: Easter Sunday by the Gregorian computus."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal.arithmetic import easter


@pytest.mark.parametrize(
    "sunday",
    [
        date(1583, 4, 10),
        date(1818, 3, 22),
        date(1916, 4, 23),
        date(2000, 4, 23),
        date(2013, 3, 31),
        date(2038, 4, 25),
    ],
)
def test_easter_sunday(sunday: date) -> None:
    assert easter(sunday.year) == sunday


@given(st.integers(min_value=1583, max_value=9999))
def test_easter_is_a_sunday_between_22_march_and_25_april(year: int) -> None:
    sunday = easter(year)
    assert sunday.isoweekday() == 7
    assert date(year, 3, 22) <= sunday <= date(year, 4, 25)
