"""Calendar arithmetic on TIMEX3 granularities: shifting an anchor date and writing values."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from timeline.model import Precision

GRANULARITY = {
    "day": Precision.DAY,
    "week": Precision.WEEK,
    "month": Precision.MONTH,
    "quarter": Precision.QUARTER,
    "year": Precision.YEAR,
    "decade": Precision.DECADE,
    "century": Precision.CENTURY,
}


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day; ``ValueError`` off the calendar."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise ValueError(f"year {year} is out of range")
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(anchor: date, unit: str, amount: int) -> date:
    """``anchor`` moved by ``amount`` units (day, week, month, quarter, year, decade, century)."""
    if unit == "day":
        return anchor + timedelta(days=amount)
    if unit in ("week", "weekend"):
        return anchor + timedelta(weeks=amount)
    months = {"month": 1, "quarter": 3, "season": 3, "year": 12, "decade": 120, "century": 1200}[unit]
    return add_months(anchor, months * amount)


def format_value(day: date, unit: str) -> str:
    """The TIMEX3 value of the ``unit`` that contains ``day``: 2011-12-08, 2011-W49, 2011-Q4 ..."""
    if unit == "day":
        return day.isoformat()
    if unit == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "weekend":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "decade":
        return f"{day.year // 10:03d}"
    if unit == "century":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ISO ``weekday`` (1 = Monday) of a month; ``nth`` -1 is the last one."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def weekday_near(anchor: date, weekday: int, direction: int) -> date:
    """The ``weekday`` on or after ``anchor`` (direction > 0), on or before it (direction < 0), or
    the nearer of the two (direction 0; the earlier one on a tie)."""
    ahead = (weekday - anchor.isoweekday()) % 7
    behind = (anchor.isoweekday() - weekday) % 7
    if direction > 0 or (direction == 0 and ahead < behind):
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=behind)


FIRST_GREGORIAN_YEAR = 1583  # the first whole year of the Gregorian calendar (begun October 1582)


def easter(year: int) -> date:
    """Easter Sunday of ``year``: in the Gregorian calendar (the computus as Gauss and Butcher give
    it), before 1583 in the Julian calendar its texts date by (Whit Sunday 1209 is 17 May)."""
    if year < FIRST_GREGORIAN_YEAR:
        return _julian_easter(year)
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_centuries, century_rest = divmod(century, 4)
    moon = (century - (century + 8) // 25 + 1) // 3
    epact = (19 * golden + century - leap_centuries - moon + 15) % 30
    quarter, quarter_rest = divmod(rest, 4)
    weekday = (32 + 2 * century_rest + 2 * quarter - epact - quarter_rest) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


def orthodox_easter(year: int) -> date:
    """Easter Sunday of the Orthodox churches in ``year``: the Julian computus, told as a Gregorian
    date from 1583 (the Julian date itself before, as for Western Easter)."""
    julian = _julian_easter(year)
    if year < FIRST_GREGORIAN_YEAR:
        return julian
    return from_julian(julian)


def from_julian(day: date) -> date:
    """The Gregorian date of a Julian-calendar date (``day`` holds its year, month and day; January
    and February keep the gap of the year before, as the Julian leap day comes at their end)."""
    return day + timedelta(days=_calendar_gap(day.year if (day.month, day.day) > (2, 28) else day.year - 1))


def to_julian(day: date) -> date:
    """The Julian-calendar date of a Gregorian ``day`` (the inverse of :func:`from_julian`; January
    and February keep the gap of the year before, as the Julian leap day comes at their end; the
    Julian 29 February of a century year, which no ``date`` holds, reads as the 28th)."""
    early = day - timedelta(days=_calendar_gap(day.year - 1))
    return (
        early
        if (early.year, early.month, early.day) <= (day.year, 2, 28)
        else day - timedelta(days=_calendar_gap(day.year))
    )


def _calendar_gap(year: int) -> int:
    """Days the Gregorian calendar is ahead of the Julian from March of ``year``."""
    return year // 100 - year // 400 - 2


def _julian_easter(year: int) -> date:
    """Easter Sunday of ``year`` in the Julian calendar, as a Julian date (the Julian computus)."""
    epact = (19 * (year % 19) + 15) % 30
    weekday = (2 * (year % 4) + 4 * (year % 7) - epact + 34) % 7
    month, day = divmod(epact + weekday + 114, 31)
    return date(year, month, day + 1)
