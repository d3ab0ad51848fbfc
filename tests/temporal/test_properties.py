"""Properties of the tagger on any string: spans inside the text, sorted, disjoint, valid values."""

from __future__ import annotations

from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.model import Precision, TimexType
from timeline.temporal import MODES as MODES_KNOWN
from timeline.temporal import tag
from timeline.temporal.engine import run
from timeline.temporal.values import is_timex3_value

WORDS = st.sampled_from(
    [
        "the",
        "last",
        "next",
        "week",
        "May",
        "3",
        "2011",
        "Friday",
        "years",
        "ago",
        "early",
        "every",
        "a",
        "three",
        "-",
        ",",
        ".",
        "of",
        "quarter",
        "third",
        "1990s",
        "now",
        "10:30",
        "p.m.",
        "Dec.",
        "25th",
        "\n",
        "morning",
        "first light",
        "dawn",
        "night",
        "on",
        "at",
        "between",
        "and",
        "until",
        "midnight",
        "noon",
        "o'clock",
        "eleven-thirty",
        "Christmas",
        "Victory Day",
        "day",
        "month",
        "lunar",
        "Keichō",
        "year",
        "later",
        "(",
        ")",
    ]
)
PHRASES = st.lists(WORDS, max_size=12).map(" ".join)
DCTS = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
MODES = st.sampled_from(["news", "narrative", "bogus"])


def check(text: str, dct: date | None, mode: str) -> None:
    """The properties, on the engine itself: ``tag`` would log a failure and return nothing."""
    timexes = run(text, dct, mode if mode in MODES_KNOWN else "news") if text else tag(text, dct, mode)
    end = 0
    for timex in timexes:
        assert end <= timex.span.start < timex.span.end <= len(text)
        assert timex.text == text[timex.span.start : timex.span.end]
        assert is_timex3_value(timex.value), timex.value
        if timex.type in (TimexType.DATE, TimexType.TIME) and not timex.value.endswith("_REF"):
            assert timex.precision is not Precision.UNKNOWN, timex
        end = timex.span.end


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200), DCTS, MODES)
def test_any_text(text: str, dct: date | None, mode: str) -> None:
    check(text, dct, mode)


@settings(max_examples=300, deadline=None)
@given(PHRASES, DCTS, MODES)
@example("between 2 a.m. and first light Friday morning", date(2016, 10, 20), "news")  # no hour in "MO"
@example("next at early \n hours later", date(2011, 12, 8), "news")  # a two-word trigger across a line
@example("third quarter", date(1, 1, 1), "news")  # counted back from AD 1: no year 0
@example(
    "date morning tonight \n thousand 1925 BC AUG. midnight Day", date(9999, 12, 30), "news"
)  # no day past 9999
@example("the following summer", date(9999, 12, 31), "narrative")  # past 9999
@example("Today 1916 months earlier", date(1, 1, 2), "news")  # counted back before AD 1
@example("Sunday week 2:17 weeks earlier", date(1, 1, 2), "news")  # so too, in weeks
@example("Monday this century the week", date(9999, 12, 30), "narrative")  # a century's end past 9999
@example("1879 six day earlier 1866", date(1, 1, 2), "narrative")  # a count took the next one's word
@example("that spring", None, "news")  # a season with nothing to count from: XXXX-SP
@example("In the 1490s. On 29 February he left.", None, "narrative")  # no 29 February in 1490
@example("February 29", None, "news")  # XXXX-02-29 is a day
@example("h15 q12 Q1", date(2010, 6, 1), "news")  # a letter and digits that make no trigger
@example("Thursday four year later", date(9999, 12, 30), "narrative")  # a count past year 9999
@example("Monday evening 9999 BC, a final quarter", date(9999, 12, 30), "narrative")  # before 9999 BC
@example("from Dec. 20 to Jan. 5 9999 BC", date(1003, 9, 14), "news")  # a range over New Year before it
@example("from Dec. 29 to Jan. 2", date(9999, 12, 31), "news")  # a range run forward past 9999
@example("the 31st of last month", date(2019, 10, 31), "news")  # no 31st in September: XXXX-XX-31, a day
def test_time_like_text(text: str, dct: date | None, mode: str) -> None:
    check(text, dct, mode)


def test_a_failing_rule_is_logged_and_loses_only_that_text(monkeypatch, caplog) -> None:
    import timeline.temporal as temporal

    def broken(*_: object) -> list:
        raise ValueError("hour must be in 0..23")

    monkeypatch.setattr(temporal, "run", broken)
    with caplog.at_level("WARNING", logger="timeline.temporal"):
        assert tag("At 24:00 on Friday.", date(2013, 3, 22)) == []
    assert "the tagger failed on a text of 19 characters" in caplog.text


TOLD_DAY_WORDS = st.sampled_from(
    [
        "September",
        "Sept.",
        "2",
        "2,",
        "1666",
        "1666,",
        "866",
        "2011",
        "New Year's Eve",
        "Easter",
        "the",
        "attacks",
        "spring",
        "of",
        "\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(TOLD_DAY_WORDS, max_size=14).map(" ".join), st.dates(min_value=date(1000, 1, 1)))
def test_the_first_day_told_long_ago_is_found_as_a_scan_of_the_whole_text_finds_it(
    text: str, dct: date
) -> None:
    from timeline.temporal import _OLD, _first_told_long_ago, _told_day

    scanned = next((m.start() for m in _told_day().finditer(text) if dct.year - int(m["year"]) > _OLD), -1)
    assert _first_told_long_ago(text, dct, -1) == scanned
