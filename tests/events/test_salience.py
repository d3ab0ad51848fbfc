"""Salience of extracted events: a precise date, a definite status and named actors weigh more."""

from __future__ import annotations

from datetime import date

from tests.events.helpers import events_of, only
from tests.events.test_extract import RIFT

DCT = date(2011, 12, 8)


def salience(text: str, phrase: str, value: str) -> float:
    return only(events_of(text, DCT, (phrase, value))).salience


def test_a_precise_date_weighs_more() -> None:
    assert salience(RIFT, "Thursday", "2011-12-08") > salience(RIFT, "Thursday", "2011-12") > 0


def test_an_occurred_event_weighs_more_than_a_hypothetical_one() -> None:
    occurred = salience("The rebels attacked the town on Sunday.", "Sunday", "2011-12-04")
    assert occurred > salience("The rebels could attack the town on Sunday.", "Sunday", "2011-12-11")


def test_named_actors_weigh_more() -> None:
    named = salience("Obama met Medvedev in Seoul on Tuesday.", "Tuesday", "2011-12-06")
    assert 1 >= named > salience("The officials met the delegates on Tuesday.", "Tuesday", "2011-12-06")
