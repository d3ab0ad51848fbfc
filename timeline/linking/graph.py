"""The event graph: events, documents and actors as nodes; chronology, provenance and plans as edges."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import groupby, pairwise

import networkx as nx

from timeline.linking.match import matches
from timeline.linking.relations import Relation
from timeline.model import Document, Event, Status, chronological

BEFORE = "before"
REPORTED_IN = "reported_in"
INVOLVES = "involves"
SHARES_ACTOR = "shares_actor"
PLAN_OUTCOME = "plan_outcome"
STATED = "stated_"  # + the relation type, lowercase: stated_before, stated_after, stated_begun_by ...
_PLANS = frozenset({Status.PLANNED, Status.EXPECTED})
_OUTCOMES = frozenset({Status.OCCURRED, Status.ONGOING})


def document_node(document_id: str) -> str:
    return f"doc:{document_id}"


def actor_node(name: str) -> str:
    return f"actor:{name}"


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _safe(attributes: dict[str, str | int | float]) -> dict[str, str | int | float]:
    """Strings without characters XML cannot hold, so GraphML output stays well-formed."""
    return {k: _XML_INVALID.sub("", v) if isinstance(v, str) else v for k, v in attributes.items()}


def _event_attributes(event: Event) -> dict[str, str | int | float]:
    """JSON- and GraphML-safe scalars only (no None, no tuples)."""
    return _safe(
        {
            "kind": "event",
            "title": event.title,
            "date": event.date,
            "start": event.start.isoformat(),
            "end": event.end.isoformat(),
            "precision": event.precision.value,
            "status": event.status.value,
            "trigger": event.trigger,
            "time_text": event.time_text,
            "document": event.document,
            "actors": "; ".join(event.actors),
            "places": "; ".join(event.places),
            "sources": len(event.sources),
            "salience": event.salience,
        }
    )


def _actors(event: Event) -> list[str]:
    return [_XML_INVALID.sub("", actor) for actor in event.actors]


def _document_attributes(document: Document) -> dict[str, str | int | float]:
    return _safe(
        {
            "kind": "document",
            "document": document.id,
            "title": document.title or "",
            "url": document.url or "",
            "dct": document.dct.isoformat() if document.dct else "",
        }
    )


def stated_relation(relation: Relation) -> str:
    """Edge relation of a relation stated in the text: ``stated_after`` for "after the summit"."""
    return STATED + relation.type.lower()


def build_graph(
    events: Sequence[Event], documents: Sequence[Document] = (), relations: Sequence[Relation] = ()
) -> nx.MultiDiGraph:
    """Graph of ``events`` (already merged) with their documents and actors, and the ``relations``
    stated between them; O(N) edges."""
    graph = nx.MultiDiGraph()
    for document in documents:
        graph.add_node(document_node(document.id), **_document_attributes(document))
    for event in events:
        graph.add_node(event.id, **_event_attributes(event))
        for source in event.sources:
            node = document_node(source.document)
            if node not in graph:  # a document known only from its sources
                seen = Document(source.document, "", source.dct, title=source.document_title, url=source.url)
                graph.add_node(node, **_document_attributes(seen))
            graph.add_edge(event.id, node, key=REPORTED_IN, relation=REPORTED_IN)
        for actor in _actors(event):
            graph.add_node(actor_node(actor), kind="actor", name=actor)
            graph.add_edge(event.id, actor_node(actor), key=INVOLVES, relation=INVOLVES)
    in_order = sorted(events, key=chronological)
    _link_chronology(graph, in_order)
    _link_shared_actors(graph, in_order)
    _link_plans(graph, events)
    _link_stated(graph, relations)
    return graph


def _link_stated(graph: nx.MultiDiGraph, relations: Sequence[Relation]) -> None:
    """One edge per stated relation between events of the graph, from the governing event."""
    for relation in relations:
        if relation.source in graph and relation.target in graph:
            kind = stated_relation(relation)
            attributes = {"relation": kind, "offset": relation.offset or "", "signal": relation.signal}
            graph.add_edge(relation.source, relation.target, key=kind, **_safe(attributes))


def _link_chronology(graph: nx.MultiDiGraph, in_order: list[Event]) -> None:
    """``before`` edges between consecutive date groups (events with the same range are ties).

    Every event of a group points to the first event of the next group, and the last event of
    a group points to every event of the next: each event gets a neighbour on either side,
    with at most two edges per event.
    """
    groups = [list(g) for _, g in groupby(in_order, key=lambda e: (e.start.ordinal, e.end.ordinal))]
    for earlier, later in pairwise(groups):
        pairs = {(a, later[0]) for a in earlier} | {(earlier[-1], b) for b in later}
        for a, b in sorted(pairs, key=lambda p: (p[0].id, p[1].id)):
            graph.add_edge(a.id, b.id, key=BEFORE, relation=BEFORE, gap_days=(b.start - a.end).days)


def _link_shared_actors(graph: nx.MultiDiGraph, in_order: list[Event]) -> None:
    """``shares_actor`` between consecutive events of each actor (a chain, not all pairs)."""
    by_actor: dict[str, list[str]] = defaultdict(list)
    for event in in_order:
        for actor in _actors(event):
            by_actor[actor].append(event.id)
    for actor, ids in by_actor.items():
        for a, b in pairwise(ids):
            graph.add_edge(a, b, key=f"{SHARES_ACTOR}:{actor}", relation=SHARES_ACTOR, actor=actor)


def _reported(event: Event) -> str:
    """When the event was first reported (ISO date, empty when unknown)."""
    dates = [s.dct.isoformat() for s in event.sources if s.dct is not None]
    return min(dates, default="")


def _link_plans(graph: nx.MultiDiGraph, events: Sequence[Event]) -> None:
    """``plan_outcome`` from a planned event to a matching occurred one reported later."""
    for _, i, j in matches(events):
        for plan, outcome in ((events[i], events[j]), (events[j], events[i])):
            later = _reported(plan) <= _reported(outcome)
            if plan.status in _PLANS and outcome.status in _OUTCOMES and later:
                graph.add_edge(plan.id, outcome.id, key=PLAN_OUTCOME, relation=PLAN_OUTCOME)
