"""Chronology checks: what a careful editor would flag before a timeline is published.

Each check is a pure function from events (or tagged documents) to :class:`Problem` records
that carry their evidence, so a report can quote both sentences and both sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum
from itertools import pairwise

import networkx as nx

from timeline.linking.relations import AFTER, BEFORE, BEGUN_BY, ENDED_BY, IS_INCLUDED, Relation
from timeline.model import Event, Precision, Source, Status, Timex
from timeline.temporal.values import value_range

FUTURE_STATUSES = frozenset({Status.PLANNED, Status.EXPECTED})
# a plan or expectation about a whole period ("expects to report a loss for the third quarter")
# often concerns a period already over: worth a look, no error
PERIODS = frozenset(
    {Precision.QUARTER, Precision.HALF_YEAR, Precision.YEAR, Precision.DECADE, Precision.CENTURY}
)
_DAYS = re.compile(r"P(\d+)([DW])")


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding, with the reports that show it."""

    kind: str
    severity: Severity
    message: str
    evidence: tuple[Source, ...] = ()


def status_against_dct(events: Iterable[Event]) -> list[Problem]:
    """Planned events dated before their article, occurred ones dated after it (a plan for a
    period already over, a quarter or a year, is a warning)."""
    problems = []
    for event in events:
        for source in event.sources:
            if source.dct is None:
                continue
            severity = Severity.ERROR
            if event.status in FUTURE_STATUSES and event.end < source.dct:
                kind, relation = "planned_before_dct", "before"
                severity = Severity.WARNING if event.precision in PERIODS else Severity.ERROR
            elif event.status is Status.OCCURRED and event.start > source.dct:
                kind, relation = "occurred_after_dct", "after"
            else:
                continue
            problems.append(
                Problem(
                    kind,
                    severity,
                    f"{event.status.value} event {event.title!r} is dated {event.date}, "
                    f"{relation} its article's date {source.dct.isoformat()} ({source.document})",
                    (source,),
                )
            )
    return problems


def date_conflicts(events: Iterable[Event]) -> list[Problem]:
    """Merged events whose sources give dates that no common day satisfies."""
    problems = []
    for event in events:
        ranges = [(s, value_range(s.value)) for s in event.sources if s.value]
        known = [(s, r[0], r[1]) for s, r in ranges if r is not None]
        if len(known) < 2:
            continue
        latest_start = max(known, key=lambda item: item[1])
        earliest_end = min(known, key=lambda item: item[2])
        if latest_start[1] > earliest_end[2]:
            first, second = earliest_end[0], latest_start[0]
            problems.append(
                Problem(
                    "date_conflict",
                    Severity.ERROR,
                    f"{event.title!r}: {first.document} dates it {first.value} ({first.time_text!r}), "
                    f"{second.document} {second.value} ({second.time_text!r})",
                    (first, second),
                )
            )
    return problems


def unanchored_dates(document_id: str, timexes: Sequence[Timex]) -> list[Problem]:
    """Relative dates that could not be resolved because the document has no DCT."""
    return [
        Problem(
            "unanchored_date",
            Severity.WARNING,
            f"{document_id}: {t.text!r} at {t.span.start} is relative and the document has no date",
        )
        for t in timexes
        if not t.anchored
    ]


def _offset_days(offset: str | None) -> int | None:
    """Days of a stated day or week offset (``P2D`` -> 2, ``P1W`` -> 7); ``None`` for others."""
    match = _DAYS.fullmatch(offset or "")
    return None if match is None else int(match[1]) * (7 if match[2] == "W" else 1)


def _contradicted(relation: Relation, source: Event, target: Event) -> bool:
    """Whether the dates rule out "source <type> target", each event on any day of its range; a
    stated offset ("two days after") must hold too."""
    if relation.type in (AFTER, BEFORE):
        later, earlier = (source, target) if relation.type == AFTER else (target, source)
        days = _offset_days(relation.offset)
        shift = timedelta(days=days or 0)
        too_soon = later.end < earlier.start + shift
        too_late = days is not None and later.start > earlier.end + shift
        return too_soon or too_late
    ends_before = source.end < target.start  # source over before target begins
    starts_after = source.start > target.end  # source begins after target is over
    if relation.type == BEGUN_BY:
        return ends_before
    if relation.type == ENDED_BY:
        return starts_after
    return relation.type == IS_INCLUDED and (ends_before or starts_after)


def _evidence(event: Event, relation: Relation) -> Source:
    """The report of ``event`` in the relation's sentence, else in its document, else the first."""
    return min(
        event.sources,
        key=lambda s: (s.document != relation.document, s.sentence != relation.sentence),
    )


def _name(event_id: str, by_id: Mapping[str, Event]) -> str:
    event = by_id.get(event_id)
    return repr(event.title) if event is not None else event_id


def _range(event: Event) -> str:
    return event.start.isoformat() if event.start == event.end else f"{event.start}..{event.end}"


def stated_order(relations: Iterable[Relation], events: Iterable[Event]) -> list[Problem]:
    """Orders stated in the text ("met two days after the summit") that the events' dates contradict."""
    by_id = {e.id: e for e in events}
    problems = []
    for relation in relations:
        source, target = by_id.get(relation.source), by_id.get(relation.target)
        if source is None or target is None or not _contradicted(relation, source, target):
            continue
        problems.append(
            Problem(
                "stated_order",
                Severity.ERROR,
                f"{source.title!r} ({_range(source)}) is said to be {relation.signal!r} "
                f"{target.title!r} ({_range(target)}) in {relation.document}",
                (_evidence(source, relation), _evidence(target, relation)),
            )
        )
    return problems


def _short_cycle(component: nx.DiGraph) -> list[str]:
    """A cycle (first node repeated last) through the component's smallest node, as short as a
    breadth-first search finds it: linear time, the same cycle on every run."""
    first = min(component)
    after = min(component.successors(first))
    return [first, *nx.shortest_path(component, after, first)]


def order_cycles(relations: Iterable[Relation], events: Iterable[Event] = ()) -> list[Problem]:
    """Stated before/after relations that go round in a circle: one cycle per strongly connected
    component of the 'before' graph, quoting each relation's sentence (and reports, given ``events``)."""
    graph = nx.DiGraph()
    for relation in relations:
        if relation.type == BEFORE:
            graph.add_edge(relation.source, relation.target, relation=relation)
        elif relation.type == AFTER:
            graph.add_edge(relation.target, relation.source, relation=relation)
    by_id = {e.id: e for e in events}
    problems = []
    for component in nx.strongly_connected_components(graph):
        if len(component) < 2:
            continue
        cycle = [graph.edges[u, v]["relation"] for u, v in pairwise(_short_cycle(graph.subgraph(component)))]
        evidence = tuple(_evidence(by_id[r.source], r) for r in cycle if r.source in by_id)
        steps = ", ".join(f"{_name(r.source, by_id)} {r.signal!r} {_name(r.target, by_id)}" for r in cycle)
        problems.append(
            Problem(
                "order_cycle",
                Severity.ERROR,
                f"stated orders go round in a circle: {steps}",
                tuple(dict.fromkeys(evidence)),
            )
        )
    return problems


def check_all(
    events: Sequence[Event],
    timexes_by_document: Mapping[str, Sequence[Timex]],
    relations: Sequence[Relation] = (),
) -> list[Problem]:
    """Every check, errors first."""
    problems = [
        *status_against_dct(events),
        *date_conflicts(events),
        *stated_order(relations, events),
        *order_cycles(relations, events),
        *(p for doc, timexes in timexes_by_document.items() for p in unanchored_dates(doc, timexes)),
    ]
    return sorted(problems, key=lambda p: p.severity is not Severity.ERROR)


def problem_to_dict(problem: Problem) -> dict[str, object]:
    """JSON-ready form of a finding, evidence included."""
    return {
        "kind": problem.kind,
        "severity": problem.severity.value,
        "message": problem.message,
        "evidence": [
            {"document": s.document, "sentence": s.sentence, "time_text": s.time_text, "value": s.value}
            for s in problem.evidence
        ],
    }


def format_report(problems: Sequence[Problem]) -> str:
    """A plain-text report: one block per finding with its evidence, then a summary line."""
    lines = []
    for problem in problems:
        lines.append(f"{problem.severity.value.upper()} [{problem.kind}] {problem.message}")
        lines.extend(f"    {s.document}: {s.sentence}" for s in problem.evidence)
    errors = sum(p.severity is Severity.ERROR for p in problems)
    lines.append(f"{errors} error(s), {len(problems) - errors} warning(s)")
    return "\n".join(lines) + "\n"
