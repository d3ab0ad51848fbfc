"""Ranking by salience: the order is total, deterministic, and top_events keeps the input order."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest

from timeline.model import Event, Precision
from timeline.salience import salience_ranks, top_events


def variant(base: Event, id: str, salience: float, **fields: object) -> Event:
    return replace(base, id=id, salience=salience, **fields)


@pytest.fixture
def ranked(prague_event: Event) -> list[Event]:
    """Events from most to least salient, each tie broken by the next rule."""
    wire = replace(prague_event.sources[0], document="wire")
    april = {
        "precision": Precision.MONTH,
        "date": "2010-04",
        "start": date(2010, 4, 1),
        "end": date(2010, 4, 30),
    }
    may = {**april, "date": "2010-05", "start": date(2010, 5, 1), "end": date(2010, 5, 31)}
    return [
        variant(prague_event, "top", 0.9),
        variant(prague_event, "two-articles", 0.5, sources=(*prague_event.sources, wire)),
        variant(prague_event, "day", 0.5),
        variant(prague_event, "april", 0.5, **april),
        variant(prague_event, "may", 0.5, **may),
        variant(prague_event, "may-2", 0.5000001, **may),  # the same salience once rounded
        variant(prague_event, "least", 0.1),
    ]


def test_ranks_follow_salience_then_articles_precision_date_and_id(ranked: list[Event]) -> None:
    assert salience_ranks(ranked) == list(range(len(ranked)))


def test_the_order_does_not_depend_on_the_input_order(ranked: list[Event]) -> None:
    shuffled = ranked[:]
    random.Random(3).shuffle(shuffled)
    assert [event for _, event in sorted(zip(salience_ranks(shuffled), shuffled, strict=True))] == ranked


def test_top_events_keeps_the_most_salient_in_input_order(ranked: list[Event]) -> None:
    chronological = ranked[::-1]
    assert [e.id for e in top_events(chronological, 3)] == ["day", "two-articles", "top"]
    assert top_events(chronological, 0) == []
    assert top_events(chronological, 100) == chronological
    assert top_events([], 5) == []
    with pytest.raises(ValueError):
        top_events(ranked, -1)
