"""Merging never loses a report and is stable when run again."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.linking.helpers import report
from timeline.events import event_id
from timeline.linking import merge_events
from timeline.model import Event, Status

TITLES = ["NATO-Russia summit in Lisbon", "NATO summit in Lisbon", "Treaty signed in Prague", "Talks failed"]
VALUES = ["2010-11-20", "2010-11-21", "2010-11", "2010", "2010-04-08", "2010-W46"]


@st.composite
def reports(draw: st.DrawFn) -> Event:
    title = draw(st.sampled_from(TITLES))
    return report(
        title,
        draw(st.sampled_from(VALUES)),
        f"doc-{draw(st.integers(0, 5))}",
        trigger=title.split()[1] if title.startswith("NATO") else title.split()[-1],
        status=draw(st.sampled_from([Status.OCCURRED, Status.PLANNED, Status.UNKNOWN])),
        places=tuple(w for w in title.split() if w in {"Lisbon", "Prague"}),
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(reports(), max_size=25))
def test_merge_keeps_every_report_and_is_stable(events: list[Event]) -> None:
    events = list({e.id: e for e in events}.values())  # one event per place in a text, as extraction gives
    merged = merge_events(events)
    kept = [event_id(s.document, s.time_span, s.trigger_span) for e in merged for s in e.sources]
    assert sorted(kept) == sorted(e.id for e in events)
    assert len(merge_events(merged)) == len(merged)
