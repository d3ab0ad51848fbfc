"""Hand-made time expressions over real sentences, so event tests do not need the tagger."""

from __future__ import annotations

from datetime import date

from timeline.events import extract_events
from timeline.model import Document, Event, Span, Timex, TimexType


def timex(text: str, phrase: str, value: str, kind: TimexType = TimexType.DATE, nth: int = 0) -> Timex:
    """The ``nth`` occurrence of ``phrase`` in ``text`` as a Timex with ``value``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Timex(Span(start, start + len(phrase)), phrase, kind, value)


def events_of(text: str, dct: date | None, *dated: tuple[str, str]) -> list[Event]:
    """Events of ``text`` given ``(phrase, value)`` DATE expressions."""
    document = Document("doc", text, dct)
    return extract_events(document, [timex(text, phrase, value) for phrase, value in dated])


def only(events: list[Event]) -> Event:
    assert len(events) == 1, [e.title for e in events]
    return events[0]
