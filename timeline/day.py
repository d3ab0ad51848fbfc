"""A calendar day that may lie before the Common Era, which :class:`datetime.date` cannot hold.

History text dates events in 490 BC as readily as in 2010; an event's first and last days are
:class:`Day` values so that both place on one axis.  A ``Day`` is its ordinal, counted as
:meth:`datetime.date.toordinal` counts (0001-01-01 is 1), going on below 1 into the BCE years of
the proleptic Gregorian calendar.  Years are numbered as historians and TIMEX3 (``BC0490``)
number them, with no year zero: 1 BC is year -1, 490 BC is year -490 and its ISO form is
``-0490-01-01`` (ISO 8601's astronomical numbering would call that year -0489).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_CYCLE_DAYS = 146_097  # days in one cycle
CYCLE_YEARS = 400  # the Gregorian calendar repeats every 400 years
_LAST_ORDINAL = date.max.toordinal()
_ISO_DAY = re.compile(r"^(-?)(\d{4})-(\d{2})-(\d{2})$")


def _astronomical(year: int) -> int:
    """Year 1 BC is astronomical year 0, 2 BC is -1 ..."""
    if year == 0:
        raise ValueError("there is no year 0: 1 BC is year -1")
    return year + 1 if year < 0 else year


def add_years(year: int, years: int) -> int:
    """The year ``years`` after ``year`` (before, if negative), counting no year 0: 2 BC + 3 = AD 2."""
    moved = _astronomical(year) + years
    return moved if moved >= 1 else moved - 1


def _cycles_to_shift(astronomical_year: int) -> int:
    """Whole 400-year cycles that bring the year to 1 or later, where ``date`` can hold it."""
    return 0 if astronomical_year >= 1 else (CYCLE_YEARS - astronomical_year) // CYCLE_YEARS


@dataclass(frozen=True, slots=True, eq=False)
class Day:
    """One day of the proleptic Gregorian calendar, BCE days included (see the module text).

    Days compare, hash and subtract like :class:`datetime.date`, and against dates too (a Day
    equals the date of the same day); ``day + timedelta`` moves whole days.
    """

    ordinal: int

    @classmethod
    def of(cls, value: Day | date) -> Day:
        """``value`` as a Day (a Day is returned as it is)."""
        return value if isinstance(value, Day) else cls(value.toordinal())

    @classmethod
    def from_ymd(cls, year: int, month: int, day: int) -> Day:
        """The day ``year-month-day``; negative years are BCE (no year 0)."""
        astronomical = _astronomical(year)
        shift = _cycles_to_shift(astronomical)
        shifted = date(astronomical + shift * CYCLE_YEARS, month, day)
        return cls(shifted.toordinal() - shift * _CYCLE_DAYS)

    @classmethod
    def fromisoformat(cls, text: str) -> Day:
        """Parse ``YYYY-MM-DD`` or ``-YYYY-MM-DD`` (a BCE year, as :meth:`isoformat` writes it)."""
        m = _ISO_DAY.match(text)
        if not m:
            raise ValueError(f"not an ISO day: {text!r}")
        year = int(m[2])
        return cls.from_ymd(-year if m[1] else year, int(m[3]), int(m[4]))

    def cycles_to_date(self) -> int:
        """How many 400-year cycles of the calendar bring this day into ``date``'s range (0 from AD 1 on)."""
        return 0 if self.ordinal >= 1 else (_CYCLE_DAYS - self.ordinal) // _CYCLE_DAYS

    def in_cycles(self, cycles: int) -> date | None:
        """The same day ``cycles`` × 400 years later, as a ``date`` (None outside its range).

        The Gregorian calendar repeats every 400 years, weekdays and leap days included, so date
        arithmetic on the moved day, moved back, is arithmetic on this one: how BCE days are counted from.
        """
        moved = self.ordinal + cycles * _CYCLE_DAYS
        return date.fromordinal(moved) if 1 <= moved <= _LAST_ORDINAL else None

    def _shifted(self) -> tuple[date, int]:
        """The same day moved into ``date``'s range, and by how many 400-year cycles (back, for a day
        after AD 9999, as the end of a century counted past it is)."""
        shift = self.cycles_to_date()
        if self.ordinal > _LAST_ORDINAL:
            shift = -((self.ordinal - _LAST_ORDINAL + _CYCLE_DAYS - 1) // _CYCLE_DAYS)
        return date.fromordinal(self.ordinal + shift * _CYCLE_DAYS), shift

    @property
    def year(self) -> int:
        shifted, shift = self._shifted()
        astronomical = shifted.year - shift * CYCLE_YEARS
        return astronomical if astronomical >= 1 else astronomical - 1

    @property
    def month(self) -> int:
        return self._shifted()[0].month

    @property
    def day(self) -> int:
        return self._shifted()[0].day

    def to_date(self) -> date | None:
        """The :class:`datetime.date` of this day, or None before 0001-01-01 and after 9999-12-31."""
        return date.fromordinal(self.ordinal) if 1 <= self.ordinal <= _LAST_ORDINAL else None

    def toordinal(self) -> int:
        return self.ordinal

    def isoformat(self) -> str:
        if 1 <= self.ordinal <= _LAST_ORDINAL:
            return date.fromordinal(self.ordinal).isoformat()
        year = self.year
        sign = "-" if year < 0 else ""
        return f"{sign}{abs(year):04d}-{self.month:02d}-{self.day:02d}"

    __str__ = isoformat

    def __add__(self, other: timedelta) -> Day:
        if isinstance(other, timedelta):
            return Day(self.ordinal + other.days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other: timedelta | Day | date) -> Day | timedelta:
        if isinstance(other, timedelta):
            return Day(self.ordinal - other.days)
        if isinstance(other, Day | date):
            return timedelta(days=self.ordinal - other.toordinal())
        return NotImplemented

    def __rsub__(self, other: date) -> timedelta:
        if isinstance(other, date):
            return timedelta(days=other.toordinal() - self.ordinal)
        return NotImplemented

    def __eq__(self, other: object) -> bool:
        return self.ordinal == other.toordinal() if isinstance(other, Day | date) else NotImplemented

    def __hash__(self) -> int:
        day = self.to_date()
        return hash(day) if day else hash((Day, self.ordinal))  # equal to its date, equal hash

    def __lt__(self, other: Day | date) -> bool:
        return self.ordinal < other.toordinal() if isinstance(other, Day | date) else NotImplemented

    def __le__(self, other: Day | date) -> bool:
        return self.ordinal <= other.toordinal() if isinstance(other, Day | date) else NotImplemented

    def __gt__(self, other: Day | date) -> bool:
        return self.ordinal > other.toordinal() if isinstance(other, Day | date) else NotImplemented

    def __ge__(self, other: Day | date) -> bool:
        return self.ordinal >= other.toordinal() if isinstance(other, Day | date) else NotImplemented
