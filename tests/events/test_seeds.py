"""Seed acceptance: the two example articles through the real tagger and the extractor.

These need ``timeline.temporal.tag``; until the tagger lands they fail on import.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import EXAMPLES
from timeline.events import extract_events
from timeline.ingest import read_documents
from timeline.model import Document, Event, Precision, Status


def _events(name: str, dct: date) -> list[Event]:
    """Events of a seed article read by ingest (DCT and its span from the article) and tagged."""
    from timeline.temporal import tag

    [document] = read_documents([EXAMPLES / name])
    assert isinstance(document, Document) and document.dct == dct
    return extract_events(document, tag(document.text, document.dct))


@pytest.fixture(scope="module")
def global_research() -> list[Event]:
    return _events("000_627a13c363480fff.txt", date(2010, 11, 10))


@pytest.fixture(scope="module")
def space_war() -> list[Event]:
    return _events("003_0013bbebfd2da064.txt", date(2011, 12, 8))


def _dated(events: list[Event], value: str) -> Event:
    found = [e for e in events if e.date == value]
    assert len(found) == 1, [(e.date, e.title) for e in events]
    return found[0]


def test_lisbon_summit_is_planned(global_research: list[Event]) -> None:
    event = _dated(global_research, "2010-11-20")
    assert "NATO-Russia summit in Lisbon" in event.title
    assert (event.trigger, event.status) == ("summit", Status.PLANNED)


def test_prague_treaty_signing_occurred(global_research: list[Event]) -> None:
    event = _dated(global_research, "2010-04-08")
    assert {"treaty", "signed", "prague"} <= set(event.title.lower().split())
    assert (event.trigger, event.status) == ("signed", Status.OCCURRED)


def test_brussels_talks_failed_to_resolve_the_rift(space_war: list[Event]) -> None:
    event = _dated(space_war, "2011-12-08")
    assert "failed to resolve a rift over a European missile shield" in event.title
    assert (event.trigger, event.status) == ("failed", Status.OCCURRED)


def test_next_nato_summit_is_planned_for_may_2012(space_war: list[Event]) -> None:
    event = _dated(space_war, "2012-05")
    assert "NATO summit" in event.title
    assert (event.trigger, event.status, event.precision) == ("summit", Status.PLANNED, Precision.MONTH)


def test_no_event_from_furniture(global_research: list[Event], space_war: list[Event]) -> None:
    furniture = ("Copyright", "Global Research,", "Voice of Russia", "(AFP)", "By ")
    for event in global_research + space_war:
        assert not any(cue in event.sentence for cue in furniture), event.sentence
    assert len(global_research) == 2
    assert len(space_war) == 2


def test_only_the_reported_summit_is_attributed(global_research: list[Event], space_war: list[Event]) -> None:
    attributed = {e.date: e.sources[0].attribution for e in global_research + space_war}
    assert attributed == {
        "2010-11-20": None,
        "2010-04-08": None,
        "2011-12-08": None,
        "2012-05": "Anders Fogh Rasmussen",
    }
