"""The same event reported by several articles becomes one Event with all its sources."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from timeline.linking.match import compatible_dates, matches, same_status_group
from timeline.model import Event, Source, Span, Status, chronological

_SOURCE_BONUS = 0.1


def _finer(a: Event, b: Event) -> Event:
    """The report with the narrower date (then the more salient, then the first)."""
    return min((a, b), key=lambda e: ((e.end - e.start).days, -e.salience))


class _Clusters:
    """Union-find that keeps, per cluster, its finest report, refusing incompatible unions."""

    def __init__(self, events: Sequence[Event]) -> None:
        self.parent = list(range(len(events)))
        self.finest = list(events)

    def root(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def union(self, i: int, j: int) -> None:
        ri, rj = self.root(i), self.root(j)
        if ri == rj:
            return
        a, b = self.finest[ri], self.finest[rj]
        if compatible_dates((a.start, a.end), (b.start, b.end)) and same_status_group(a.status, b.status):
            self.parent[rj] = ri
            self.finest[ri] = _finer(a, b)


def merge_events(events: Iterable[Event]) -> list[Event]:
    """One Event per distinct happening: matching reports merged, sources and participants kept."""
    events = list(events)
    clusters = _Clusters(events)
    for _, i, j in matches(events):
        if same_status_group(events[i].status, events[j].status):
            clusters.union(i, j)
    members: dict[int, list[Event]] = {}
    for index, event in enumerate(events):
        members.setdefault(clusters.root(index), []).append(event)
    merged = [_combine(clusters.finest[root], group) for root, group in members.items()]
    return sorted(merged, key=chronological)


def _union(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _combine(base: Event, group: list[Event]) -> Event:
    """``base`` (the finest report) carrying every report's sources, actors and places."""
    if len(group) == 1:
        return base
    sources: dict[tuple[str, Span, Span], Source] = {}
    for event in sorted(group, key=lambda e: e is not base):
        for source in event.sources:
            sources.setdefault((source.document, source.time_span, source.trigger_span), source)
    documents = {s.document for s in sources.values()}
    known = [e.status for e in group if e.status is not Status.UNKNOWN]
    return replace(
        base,
        status=base.status if base.status is not Status.UNKNOWN or not known else known[0],
        actors=_union(a for e in group for a in e.actors),
        places=_union(p for e in group for p in e.places),
        sources=tuple(sources.values()),
        salience=min(1.0, max(e.salience for e in group) + _SOURCE_BONUS * (len(documents) - 1)),
    )
