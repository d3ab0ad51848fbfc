"""Counted dates: "two years later", "three days earlier" lie that far from the last date told.

TimeML tags the length ("two years") as a DURATION and leaves the date it implies to the reader.
Events are dated by it, and the tagger's narrative reference moves to it, so that "Five days later
Lincoln was shot; he died the next morning" reads "the next morning" from the shooting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from timeline.day import CYCLE_YEARS, Day
from timeline.model import Precision, Timex, TimexType
from timeline.temporal.arithmetic import format_value, shift
from timeline.temporal.lexicon import Lexicon
from timeline.temporal.values import counted_year_value, is_timex3_value, year_value

_COUNTED = re.compile(r"^P(\d+)([YMWD])$")  # two years, three days, two decades (P20Y)
# two years, three and a half years (P3Y6M), a year and two days (P1Y2D)
_COUNTED_PARTS = re.compile(r"^P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")
_COUNTED_CLOCK = re.compile(r"^PT(?=\d)(?:(\d+)H)?(?:(\d+)M)?$")  # two hours, an hour and 20 minutes
_DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}
_UNIT_ORDER = ("day", "week", "month", "quarter", "year")
_VAGUE_COUNTED = re.compile(r"^PX([DWM])$")  # a few days, several weeks, some months
_VAGUE_UNIT = {"D": "month", "W": "month", "M": "year"}  # the unit a vague count is told in
_A_FEW = 3  # how many units a count not told is taken to move on: "a few weeks later"
_COUNTING_UNIT = {  # the unit a counted date is told in after a date of this precision
    Precision.SECOND: "day",
    Precision.MINUTE: "day",
    Precision.HOUR: "day",
    Precision.PART_OF_DAY: "day",
    Precision.DAY: "day",
    Precision.WEEK: "week",
    Precision.MONTH: "month",
    Precision.QUARTER: "quarter",
    Precision.SEASON: "year",  # that summer ... two years later: a year
    Precision.HALF_YEAR: "year",
    Precision.YEAR: "year",
}
_NEXT_WORD = re.compile(r"\s+(\w+)")
_COUNTING_WORD = re.compile(r"\s+(?P<exact>to\s+the\s+day\s+)?(\w+)")  # "a year to the day later"


@dataclass(frozen=True, slots=True)
class Counted:
    """The date a counted length gives (a TIMEX3 value) and where its counting word ends."""

    value: str
    end: int


def counted_date(
    text: str,
    timex: Timex,
    told: Day,
    precision: Precision,
    lex: Lexicon,
    restated: bool = False,
    exact: bool = False,
) -> Counted | None:
    """The date ``timex`` ("two years" before "later") gives, counted from ``told`` (the first day of
    the last date told, of ``precision``), no finer than that date: a year told, then "two years
    later", is a year; a day told, then "a week later", a day; ``restated`` (set beside ``told``:
    "on 12 November 1912, nearly eight months later"), ``told`` itself in the unit counted; ``exact``
    ("exactly a month later"), as fine as the date told.  ``None`` when ``timex`` counts nothing."""
    counted = _counted_parts(timex)
    vague = _VAGUE_COUNTED.match(timex.value) if timex.type is TimexType.DURATION else None
    if (counted is None and vague is None) or precision not in _COUNTING_UNIT:
        return None
    after = _COUNTING_WORD.match(text, timex.span.end)
    if after is None or text.startswith(" than", after.end()):  # "two years later than planned"
        return None
    sign = lex.counting_words.get(after[2].lower(), 0)
    if not sign:
        return None
    exact = exact or after["exact"] is not None
    told_in = _COUNTING_UNIT[precision]
    if vague is not None:  # "a few days later" after 12 May 1520: May 1520, as far as it tells
        if after[2].lower() not in lex.vague_counting_words:
            return None  # "for several days afterwards": how long
        unit = _DURATION_UNITS[vague[1]]
        steps = [(unit, sign * _A_FEW)]
        coarser = max(told_in, _VAGUE_UNIT[vague[1]], key=_UNIT_ORDER.index)
    else:
        unit = counted[-1][0]  # the finest unit told: "a year and two days later" after a day is a day
        steps = [(step_unit, 0 if restated else sign * amount) for step_unit, amount in counted]
        # weeks after a day are days ("on 9 January [...] a week later": the 16th); else the coarser unit
        coarser = (
            told_in
            if exact or (unit, told_in) == ("week", "day")
            else max(told_in, unit, key=_UNIT_ORDER.index)
        )
    if coarser == "year" and unit == "year":  # 264 BC ... twenty-three years later: 241 BC
        value = counted_year_value(told.year, steps[0][1])
        return Counted(value, after.end()) if value is not None else None
    # a day before the Common Era is counted whole 400-year cycles later, where date arithmetic
    # holds, and its year moved back ("the Ides of March, 44 BC. She sailed home a month later")
    cycles = told.cycles_to_date()
    day = told.in_cycles(cycles)
    if day is None:
        return None
    try:
        value = format_value(_moved(day, steps), coarser)
    except (OverflowError, ValueError):  # counted past the years the calendar can write (AD 9999)
        return None
    if not cycles:
        return Counted(value, after.end())
    astronomical = int(value[:4]) - cycles * CYCLE_YEARS
    moved_back = year_value(astronomical if astronomical >= 1 else astronomical - 1) + value[4:]
    # "9999 BC [...] Three months earlier": no year before 9999 BC is written
    return Counted(moved_back, after.end()) if is_timex3_value(moved_back) else None


def _counted_parts(timex: Timex) -> list[tuple[str, int]] | None:
    """The units and amounts a length counts, the largest first ("two years": year, 2; "a year and
    two days", P1Y2D: year, 1 and day, 2), or ``None`` for another value."""
    found = _COUNTED_PARTS.match(timex.value) if timex.type is TimexType.DURATION else None
    if found is None:
        return None
    return [
        (_DURATION_UNITS[code], int(amount))
        for amount, code in zip(found.groups(), "YMWD", strict=True)
        if amount
    ]


def _moved(day: date, steps: Iterable[tuple[str, int]]) -> date:
    """``day`` moved by each (unit, amount) step in turn, the largest unit first."""
    for unit, amount in steps:
        day = shift(day, unit, amount)
    return day


_DIRECTION_AFTER = re.compile(r"\s+(\w+)(?:\s+(\w+))?")  # "ago", "from now"


def counted_from_now(text: str, timex: Timex, now: date | None, lex: Lexicon) -> Counted | None:
    """A length a phrase names, then a direction that counts from the time of writing ("a fortnight
    ago", "a quarter of a century from now"): the date that far from ``now``, in the length's unit, as
    "two weeks ago" and "25 years ago" are; ``None`` otherwise ("three days earlier" counts from the
    last date told, see :func:`counted_date`)."""
    counted = _counted_parts(timex)
    after = _DIRECTION_AFTER.match(text, timex.span.end)
    if counted is None or now is None or after is None:
        return None
    two_words = f"{after[1]} {after[2]}".lower() if after[2] else None
    direction, end = (
        (two_words, after.end(2)) if two_words in lex.directions else (after[1].lower(), after.end(1))
    )
    if lex.directions.get(direction, 0) == 0 or direction in lex.anaphoric_directions:
        return None
    sign = lex.directions[direction]
    try:
        value = format_value(_moved(now, ((unit, sign * amount) for unit, amount in counted)), counted[-1][0])
    except (OverflowError, ValueError):  # before year 1 or after 9999
        return None
    return Counted(value, end)


_YEARS_ON = re.compile(r"\s+on(?=\s*[,.;:])")  # "Seventy years on, ...": not "two years on the project"


def years_on(text: str, timex: Timex, dct: date | None, years_told: Iterable[int]) -> Counted | None:
    """ "Seventy years on", told as many years after a year the text told as the time of writing is:
    the year of writing ("The bomb fell in 1945 [...] Seventy years on, radiation remains" in 2015),
    with "on" in the expression; ``None`` otherwise (a length: "two years on the project")."""
    counted = _COUNTED.match(timex.value) if timex.type is TimexType.DURATION else None
    after = _YEARS_ON.match(text, timex.span.end) if counted and counted[2] == "Y" else None
    if after is None or dct is None or dct.year - int(counted[1]) not in years_told:
        return None
    return Counted(year_value(dct.year), timex.span.end + len(after[0]))


def counted_clock(text: str, timex: Timex, clock: datetime, lex: Lexicon) -> Counted | None:
    """The clock time ``timex`` ("three minutes" before "later") gives, counted from ``clock``, the
    last clock time told: "At 11.42 p.m. the ship struck the reef. The engines were stopped three
    minutes later" is 23:45.  ``None`` when ``timex`` counts no hours or minutes."""
    counted = _COUNTED_CLOCK.match(timex.value) if timex.type is TimexType.DURATION else None
    after = _NEXT_WORD.match(text, timex.span.end) if counted else None
    sign = lex.counting_words.get(after[1].lower(), 0) if after else 0
    if not sign or counted is None or after is None or text.startswith(" than", after.end()):
        return None  # "four hours earlier than expected": a length
    step = timedelta(hours=int(counted[1] or 0), minutes=int(counted[2] or 0))
    try:
        return Counted((clock + sign * step).strftime("%Y-%m-%dT%H:%M"), after.end())
    except OverflowError:  # past the last clock time the calendar can write
        return None
