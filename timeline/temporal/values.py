"""TIMEX3 values as calendar ranges: what days does ``2012-05`` or ``2011-W49`` cover?"""

from __future__ import annotations

import re
from datetime import MAXYEAR, date, timedelta
from functools import lru_cache

from timeline.day import Day, add_years
from timeline.model import Precision

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
_PART_OF_DAY = {"MO", "MI", "AF", "EV", "NI", "DT"}

_DATE_VALUE = re.compile(
    r"""^(?P<bc>BC)?(?P<year>\d{4})
        (?:-(?:
            (?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?P<time>[0-9:]+|MO|MI|AF|EV|NI|DT))?)?
          | W(?P<week>\d{2})(?:-WE)?
          | Q(?P<quarter>[1-4])
          | H(?P<half>[12])
          | (?P<season>SP|SU|FA|AU|WI)
        ))?$""",
    re.VERBOSE,
)
_DECADE = re.compile(r"^(?P<bc>BC)?(?P<decade>\d{3})X?$")
_CENTURY = re.compile(r"^(?P<bc>BC)?(?P<century>\d{2})(?:XX)?$")


def _month_span(year: int, first: int, last: int) -> tuple[Day, Day]:
    """First day of month ``first`` to last day of month ``last`` (13, 14: next year's)."""
    end_year, end_month = (add_years(year, 1), last - 12) if last > 12 else (year, last)
    if end_month == 12:  # its last day, with no step into a year after 9999
        return Day.from_ymd(year, first, 1), Day.from_ymd(end_year, 12, 31)
    return Day.from_ymd(year, first, 1), Day.from_ymd(end_year, end_month + 1, 1) - timedelta(days=1)


def year_value(year: int) -> str:
    """A year as TIMEX3 writes it: 1914, BC0044 (years BCE are negative, see :mod:`timeline.day`)."""
    return f"BC{-year:04d}" if year < 0 else f"{year:04d}"


def counted_year_value(year: int, years: int) -> str | None:
    """The TIMEX3 value of the year ``years`` after ``year`` (before it, if negative; no year 0:
    264 BC and 23 years is BC0241), ``None`` past the four digits a year is written in."""
    counted = add_years(year, years)
    return year_value(counted) if abs(counted) <= MAXYEAR else None


def day_value(day: Day) -> str:
    """A day as TIMEX3 writes it: 2010-04-08, BC0044-03-15."""
    return f"{year_value(day.year)}-{day.month:02d}-{day.day:02d}"


@lru_cache(maxsize=4096)  # a pure function of the value, asked again for each date told near it
def value_range(value: str) -> tuple[Day, Day, Precision] | None:
    """First day, last day and precision of a calendar TIMEX3 value, or ``None``.

    BCE years count (``BC0490`` is 490 BC, see :mod:`timeline.day`), and so does an event's
    stretch between two dates (``1847/1849``); ``None`` for values that are not calendar dates
    (durations, sets, PRESENT_REF, underspecified ``XXXX-12-25``).
    """
    try:
        if "/" in value:  # a stretch between two dates, as events write it: 1847/1849
            first, last = (_value_range(part) for part in value.split("/", 1))
            if first is None or last is None or first[0] > last[1]:
                return None
            return first[0], last[1], max(first[2], last[2], key=list(Precision).index)
        return _value_range(value)
    except (ValueError, OverflowError):
        return None


def _value_range(value: str) -> tuple[Day, Day, Precision] | None:
    m = _DATE_VALUE.match(value)
    if m:
        year = -int(m["year"]) if m["bc"] else int(m["year"])
        if m["day"]:
            day = Day.from_ymd(year, int(m["month"]), int(m["day"]))
            time = m["time"]
            if time is None:
                return day, day, Precision.DAY
            if time in _PART_OF_DAY:
                return day, day, Precision.PART_OF_DAY
            return day, day, {2: Precision.HOUR, 5: Precision.MINUTE}.get(len(time), Precision.SECOND)
        if m["month"]:
            month = int(m["month"])
            return (*_month_span(year, month, month), Precision.MONTH)
        if m["week"]:
            monday = Day.of(date.fromisocalendar(year, int(m["week"]), 1))  # ISO weeks: AD only
            return monday, monday + timedelta(days=6), Precision.WEEK
        if m["quarter"]:
            first = 3 * int(m["quarter"]) - 2
            return (*_month_span(year, first, first + 2), Precision.QUARTER)
        if m["half"]:
            first = 6 * int(m["half"]) - 5
            return (*_month_span(year, first, first + 5), Precision.HALF_YEAR)
        if m["season"]:
            return (*_month_span(year, *_SEASON_MONTHS[m["season"]]), Precision.SEASON)
        return (*_month_span(year, 1, 12), Precision.YEAR)
    m = _DECADE.match(value) or _CENTURY.match(value)
    if m:
        size = 10 if "decade" in m.groupdict() else 100
        digits = int(m["decade"] if size == 10 else m["century"]) * size
        if m["bc"]:  # BC049: 499 to 490 BC; BC00: the last century BC, 99 to 1 BC
            return (*_year_span(-(digits + size - 1), -max(digits, 1)), _SPAN_PRECISION[size])
        return (*_year_span(max(digits, 1), digits + size - 1), _SPAN_PRECISION[size])
    return None


_SPAN_PRECISION = {10: Precision.DECADE, 100: Precision.CENTURY}


def _year_span(first: int, last: int) -> tuple[Day, Day]:
    return Day.from_ymd(first, 1, 1), Day.from_ymd(last, 12, 31)


_NUMBER = r"(?:\d+(?:\.\d+)?|X)"
_TIMEX3_VALUE = re.compile(
    rf"""^(?:
        (?:PRESENT|PAST|FUTURE)_REF
      | P(?=.)(?:{_NUMBER}(?:Y|M|W|D|DE|CE|ML|Q|WE|L|E|C|X))*(?:T(?=.)(?:{_NUMBER}[HMS])+)?
      | (?:BC)?[0-9X]{{2,4}}
        (?:-(?:
            (?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX)(?:T(?:[0-2X]\d(?::[0-5X]\d(?::[0-5X]\d)?)?|MO|MI|AF|EV|NI|DT))?)?
          | W[0-9X]{{1,2}}(?:-(?:[1-7]|WE|WD))?(?:T(?:MO|MI|AF|EV|NI|DT|\d{{2}}:\d{{2}}))?
          | Q[1-4X] | H[12X] | SP|SU|FA|AU|WI
        ))?
      | T(?:\d{{2}}:\d{{2}}|MO|MI|AF|EV|NI|DT)
    )$""",
    re.VERBOSE,
)


def is_timex3_value(value: str) -> bool:
    """Whether ``value`` is well-formed TIMEX3: a date/time (maybe underspecified), duration or *_REF."""
    return bool(_TIMEX3_VALUE.match(value))
