"""Day: dates before the Common Era, on the same line as datetime.date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.day import Day, add_years

DAYS = st.builds(Day, st.integers(min_value=-3_000_000, max_value=date.max.toordinal()))


def test_ad_days_are_their_dates() -> None:
    day = Day.from_ymd(2010, 11, 20)
    assert day == date(2010, 11, 20) and hash(day) == hash(date(2010, 11, 20))
    assert day.to_date() == date(2010, 11, 20)
    assert day.isoformat() == "2010-11-20" == str(day)
    assert date(2010, 11, 19) < day < date(2010, 11, 21)
    assert day - date(2010, 11, 10) == timedelta(days=10)
    assert date(2010, 11, 30) - day == timedelta(days=10)


def test_a_day_after_ad_9999_has_its_year() -> None:
    day = Day(date.max.toordinal() + 1)  # the end of a century counted past the calendar's last day
    assert (day.year, day.month, day.day) == (10000, 1, 1) and day.to_date() is None
    assert day.isoformat() == "10000-01-01"


def test_bce_years_have_no_year_zero() -> None:
    first_ad = Day.from_ymd(1, 1, 1)
    last_bc = Day.from_ymd(-1, 12, 31)
    assert first_ad - last_bc == timedelta(days=1)
    assert last_bc.isoformat() == "-0001-12-31" and last_bc.to_date() is None
    assert Day.from_ymd(-490, 9, 12).isoformat() == "-0490-09-12"
    with pytest.raises(ValueError, match="no year 0"):
        Day.from_ymd(0, 1, 1)


def test_bce_leap_years_are_proleptic_gregorian() -> None:
    # 1 BC and 5 BC are leap years (astronomical 0 and -4); 2 BC is not
    assert Day.from_ymd(-1, 3, 1) - Day.from_ymd(-1, 2, 28) == timedelta(days=2)
    assert Day.from_ymd(-5, 3, 1) - Day.from_ymd(-5, 2, 28) == timedelta(days=2)
    with pytest.raises(ValueError):
        Day.from_ymd(-2, 2, 29)


@pytest.mark.parametrize("text", ["2010-4-8", "+2010-04-08", "-490-01-01", "2010-02-30", ""])
def test_bad_iso_days_raise(text: str) -> None:
    with pytest.raises(ValueError):
        Day.fromisoformat(text)


@given(DAYS)
def test_iso_round_trip(day: Day) -> None:
    assert Day.fromisoformat(day.isoformat()) == day
    assert Day.from_ymd(day.year, day.month, day.day) == day


@given(DAYS, st.integers(min_value=-100_000, max_value=100_000))
def test_arithmetic_moves_whole_days(day: Day, days: int) -> None:
    moved = day + timedelta(days=days)
    assert moved - day == timedelta(days=days)
    assert (moved > day) == (days > 0)
    assert moved - timedelta(days=days) == day


@given(DAYS, DAYS)
def test_order_follows_iso_calendar(a: Day, b: Day) -> None:
    assert (a < b) == ((a.year, a.month, a.day) < (b.year, b.month, b.day))


@pytest.mark.parametrize(
    ("year", "years", "moved"), [(-2, 3, 2), (-264, 23, -241), (-1, 1, 1), (1, -1, -1), (1990, 5, 1995)]
)
def test_years_are_counted_with_no_year_zero(year: int, years: int, moved: int) -> None:
    assert add_years(year, years) == moved


@given(DAYS)
def test_a_day_moved_by_whole_cycles_keeps_its_calendar(day: Day) -> None:
    moved = day.in_cycles(day.cycles_to_date())
    assert moved is not None  # the fewest cycles that reach date's range
    assert (moved.month, moved.day) == (day.month, day.day)
    assert moved.isoweekday() == (day.ordinal - 1) % 7 + 1  # weekdays run on across the era
    assert add_years(day.year, 400 * day.cycles_to_date()) == moved.year
    assert day.cycles_to_date() == 0 or day.in_cycles(day.cycles_to_date() - 1) is None
