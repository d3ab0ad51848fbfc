"""Chronology checks: what a careful editor would flag before a timeline is published.

Each check is a pure function from events (or tagged documents) to :class:`Problem` records
that carry their evidence, so a report can quote both sentences and both sources.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from timeline.model import Event, Source, Status, Timex
from timeline.temporal.values import value_range

FUTURE_STATUSES = frozenset({Status.PLANNED, Status.EXPECTED})


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
    """Planned events dated before their article, occurred ones dated after it."""
    problems = []
    for event in events:
        for source in event.sources:
            if source.dct is None:
                continue
            if event.status in FUTURE_STATUSES and event.end < source.dct:
                kind, relation = "planned_before_dct", "before"
            elif event.status is Status.OCCURRED and event.start > source.dct:
                kind, relation = "occurred_after_dct", "after"
            else:
                continue
            problems.append(
                Problem(
                    kind,
                    Severity.ERROR,
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


def check_all(events: Sequence[Event], timexes_by_document: Mapping[str, Sequence[Timex]]) -> list[Problem]:
    """Every check, errors first."""
    problems = [
        *status_against_dct(events),
        *date_conflicts(events),
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
