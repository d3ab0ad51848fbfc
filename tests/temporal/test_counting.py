"""Counted dates: a length of time before "later"/"earlier" lies that far from the last date told."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.day import Day
from timeline.model import Precision, Span, Timex, TimexType
from timeline.temporal.counting import counted_date, counted_from_now, years_on
from timeline.temporal.lexicon import load


def counted(text: str, length: str, value: str, told: Day, precision: Precision) -> str | None:
    start = text.index(length)
    timex = Timex(Span(start, start + len(length)), length, TimexType.DURATION, value)
    found = counted_date(text, timex, told, precision, load())
    return None if found is None else found.value


@pytest.mark.parametrize(
    ("text", "length", "value", "told", "precision", "expected"),
    [
        ("Two years later he died.", "Two years", "P2Y", Day.from_ymd(1816, 1, 1), Precision.YEAR, "1818"),
        # no finer than the date told or the length: a year, then "three days later", is still that
        # year; but weeks are counted in days: a day, then "three weeks earlier", is a day
        ("Three days later he died.", "Three days", "P3D", Day.from_ymd(1816, 1, 1), Precision.YEAR, "1816"),
        (
            "Three weeks earlier, he left.",
            "Three weeks",
            "P3W",
            Day.from_ymd(1865, 4, 14),
            Precision.DAY,
            "1865-03-24",
        ),
        (
            "Two years later Zama fell.",
            "Two years",
            "P2Y",
            Day.from_ymd(-218, 1, 1),
            Precision.YEAR,
            "BC0216",
        ),
        (
            "Two years later Rome grew.",
            "Two years",
            "P2Y",
            Day.from_ymd(-1, 1, 1),
            Precision.YEAR,
            "0002",
        ),  # no year 0
        # "to the day" makes the count exact, as fine as the date told
        (
            "A year to the day later, it closed.",
            "A year",
            "P1Y",
            Day.from_ymd(1967, 12, 15),
            Precision.DAY,
            "1968-12-15",
        ),
        # a length told in parts is counted unit by unit, as fine as its finest unit
        (
            "A year and two days later, he flew.",
            "A year and two days",
            "P1Y2D",
            Day.from_ymd(1988, 9, 13),
            Precision.DAY,
            "1989-09-15",
        ),
        (
            "fifteen years and nine months earlier",
            "fifteen years and nine months",
            "P15Y9M",
            Day.from_ymd(1934, 8, 1),
            Precision.MONTH,
            "1918-11",
        ),
    ],
)
def test_a_counted_length_is_a_date(
    text: str, length: str, value: str, told: Day, precision: Precision, expected: str
) -> None:
    assert counted(text, length, value, told, precision) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It took two years longer.",  # no counting word
        "It came two years later than planned.",  # a comparison, not a date
        "They waited two years.",
    ],
)
def test_a_length_that_counts_nothing_is_no_date(text: str) -> None:
    assert counted(text, "two years", "P2Y", Day.from_ymd(1990, 1, 1), Precision.YEAR) is None


def test_a_count_past_the_last_year_timex3_writes_is_no_date() -> None:
    text = "Four years later it ended."
    assert counted(text, "Four years", "P4Y", Day.from_ymd(9999, 1, 1), Precision.YEAR) is None
    assert counted(text, "Four years", "P4Y", Day.from_ymd(9995, 1, 1), Precision.YEAR) == "9999"

    earlier = "Three months earlier it rained."  # and before the first year it writes, 9999 BC
    assert counted(earlier, "Three months", "P3M", Day.from_ymd(-9999, 1, 1), Precision.DAY) is None
    assert counted(earlier, "Three months", "P3M", Day.from_ymd(-9999, 6, 1), Precision.DAY) == "BC9999-03"


def test_years_on_from_a_year_told_to_the_time_of_writing_is_that_year() -> None:
    text = "The bomb fell in 1945. Seventy years on, radiation remains. He spent two years on the project."
    on = text.index("Seventy years")
    timex = Timex(Span(on, on + len("Seventy years")), "Seventy years", TimexType.DURATION, "P70Y")
    found = years_on(text, timex, date(2015, 7, 15), [1945])
    assert found is not None and (found.value, text[on : found.end]) == ("2015", "Seventy years on")
    assert years_on(text, timex, date(2016, 7, 15), [1945]) is None  # 71 years: no year told so far back
    length = text.index("two years")
    project = Timex(Span(length, length + 9), "two years", TimexType.DURATION, "P2Y")
    assert years_on(text, project, date(1947, 1, 1), [1945]) is None  # "on the project": a length


def length(text: str, words: str, value: str) -> Timex:
    start = text.index(words)
    return Timex(Span(start, start + len(words)), words, TimexType.DURATION, value)


@pytest.mark.parametrize(
    ("text", "words", "value", "expected"),
    [
        ("She said yes a fortnight ago.", "a fortnight", "P2W", ("2011-W47", "a fortnight ago")),
        (
            "It opened a quarter of a century ago.",
            "a quarter of a century",
            "P25Y",
            ("1986", "a quarter of a century ago"),
        ),
        (
            "It will open a fortnight from now, on time.",
            "a fortnight",
            "P2W",
            ("2011-W51", "a fortnight from now"),
        ),
    ],
)
def test_a_length_counted_from_now_is_a_date_from_the_time_of_writing(
    text: str, words: str, value: str, expected: tuple[str, str]
) -> None:
    found = counted_from_now(text, length(text, words, value), date(2011, 12, 8), load())
    assert found is not None
    start = text.index(words)
    assert (found.value, text[start : found.end]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A fortnight earlier he had left.",  # counted from the last date told (counted_date)
        "A fortnight passed.",
    ],
)
def test_a_length_not_counted_from_now_is_no_date(text: str) -> None:
    assert counted_from_now(text, length(text, "A fortnight", "P2W"), date(2011, 12, 8), load()) is None


def test_a_count_from_now_needs_a_time_of_writing_the_calendar_can_count_back_from() -> None:
    text = "It began a quarter of a century ago."
    quarter_century = length(text, "a quarter of a century", "P25Y")
    assert counted_from_now(text, quarter_century, None, load()) is None
    assert counted_from_now(text, quarter_century, date(10, 1, 1), load()) is None  # before year 1
