"""Calendar arithmetic: Easter Sunday by the Gregorian computus, before 1583 the Julian one, and
the Orthodox Easter (the Julian computus) told as a Gregorian date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal.arithmetic import easter, from_julian, orthodox_easter, to_julian


@pytest.mark.parametrize(
    "sunday",
    [
        date(1583, 4, 10),
        date(1818, 3, 22),
        date(1916, 4, 23),
        date(2000, 4, 23),
        date(2013, 3, 31),
        date(2038, 4, 25),
        date(1066, 4, 16),  # Julian dates before 1583, as the texts of the time give them
        date(1209, 3, 29),
        date(1492, 4, 22),
    ],
)
def test_easter_sunday(sunday: date) -> None:
    assert easter(sunday.year) == sunday


@given(st.integers(min_value=1583, max_value=9999))
def test_easter_is_a_sunday_between_22_march_and_25_april(year: int) -> None:
    sunday = easter(year)
    assert sunday.isoweekday() == 7
    assert date(year, 3, 22) <= sunday <= date(year, 4, 25)


def _julian_weekday(day: date) -> int:
    """ISO weekday of a Julian-calendar date (via its Julian day number)."""
    shift = (14 - day.month) // 12
    year, month = day.year + 4800 - shift, day.month + 12 * shift - 3
    number = day.day + (153 * month + 2) // 5 + 365 * year + year // 4 - 32083
    return number % 7 + 1


@given(st.integers(min_value=1, max_value=1582))
def test_julian_easter_is_a_sunday_between_22_march_and_25_april(year: int) -> None:
    sunday = easter(year)
    assert _julian_weekday(sunday) == 7
    assert date(year, 3, 22) <= sunday <= date(year, 4, 25)


@pytest.mark.parametrize(
    "sunday", [date(1999, 4, 11), date(2013, 5, 5), date(2015, 4, 12), date(2016, 5, 1), date(1900, 4, 22)]
)
def test_orthodox_easter_sunday(sunday: date) -> None:
    assert orthodox_easter(sunday.year) == sunday


@given(st.integers(min_value=1583, max_value=4099))
def test_orthodox_easter_is_a_sunday_on_or_after_western_easter(year: int) -> None:
    sunday = orthodox_easter(year)
    assert sunday.isoweekday() == 7
    assert sunday >= easter(year)


@pytest.mark.parametrize(
    ("julian", "gregorian"),
    [
        (date(1745, 12, 4), date(1745, 12, 15)),
        (date(1752, 9, 2), date(1752, 9, 13)),
        (date(1917, 10, 25), date(1917, 11, 7)),
        (date(1700, 1, 1), date(1700, 1, 11)),  # before the Julian leap day of a century year
        (date(1900, 2, 28), date(1900, 3, 12)),
    ],
)
def test_a_julian_date_is_a_gregorian_one_the_calendars_gap_later(julian: date, gregorian: date) -> None:
    assert from_julian(julian) == gregorian
    assert to_julian(gregorian) == julian
