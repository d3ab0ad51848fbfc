"""Extraction never fails on odd time expressions and always points back into the text."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import EXAMPLES
from timeline.events import extract_events
from timeline.model import Document, Span, Timex, TimexType

TEXT = (EXAMPLES / "003_0013bbebfd2da064.txt").read_text(encoding="utf-8")
DOCUMENT = Document("003", TEXT, date(2011, 12, 8))
VALUES = ["2011-12-08", "2012-05", "2011", "2011-W49", "P3D", "PRESENT_REF", "XXXX-12-25", "2011-12-08T10:00"]


@st.composite
def timexes(draw: st.DrawFn) -> Timex:
    start = draw(st.integers(0, len(TEXT) - 1))
    end = draw(st.integers(start, min(len(TEXT), start + 40)))
    kind = draw(st.sampled_from(list(TimexType)))
    return Timex(Span(start, end), TEXT[start:end], kind, draw(st.sampled_from(VALUES)))


@settings(max_examples=30, deadline=None)
@given(st.lists(timexes(), max_size=6))
def test_any_timexes_give_well_formed_events(found: list[Timex]) -> None:
    for event in extract_events(DOCUMENT, found):
        assert event.time_span.slice(TEXT) == event.time_text
        assert event.trigger_span.slice(TEXT) == event.trigger
        assert event.sources[0].sentence_span.slice(TEXT) == event.sentence
        assert event.start <= event.end
        assert event.title and len(event.title.split()) <= 14
