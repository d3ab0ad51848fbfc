"""Stated orders against the dates, and circles in stated before/after, as `timeline check` reports them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import EXAMPLES
from tests.linking.helpers import report
from timeline.checks import Severity, check_all, order_cycles, stated_order
from timeline.cli import app
from timeline.linking.relations import AFTER, BEFORE, BEGUN_BY, ENDED_BY, IS_INCLUDED, Relation
from timeline.model import Event, Span
from timeline.pipeline import link, process_paths

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "linking"
runner = CliRunner()


def relation(source: Event, type: str, target: Event, offset: str | None = None) -> Relation:
    return Relation(
        source.id, target.id, type, offset, type.lower(), Span(0, 5), source.sentence, source.document
    )


MET = report("ministers met in Brussels", "2011-12-08", "a")
SUMMIT = report("NATO summit", "2011-12-06", "a")
DECEMBER = report("ministers met in Brussels", "2011-12", "a")


@pytest.mark.parametrize(
    ("source", "type", "target", "offset", "contradicted"),
    [
        (MET, AFTER, SUMMIT, None, False),
        (MET, AFTER, SUMMIT, "P2D", False),
        (MET, AFTER, SUMMIT, "P3D", True),  # three days after the 6th is not the 8th
        (MET, AFTER, SUMMIT, "P1D", True),
        (MET, AFTER, SUMMIT, "P2M", False),  # months are not counted in days: order only
        (SUMMIT, AFTER, MET, None, True),
        (SUMMIT, BEFORE, MET, "P2D", False),
        (SUMMIT, BEFORE, MET, "P1W", True),
        (MET, BEFORE, SUMMIT, None, True),
        (DECEMBER, BEFORE, SUMMIT, None, False),  # some day of December is before the 6th
        (SUMMIT, AFTER, DECEMBER, None, False),
        (SUMMIT, BEGUN_BY, MET, None, True),  # "since" the meeting, yet over before it
        (MET, BEGUN_BY, SUMMIT, None, False),
        (MET, ENDED_BY, SUMMIT, None, True),  # "until" the summit, yet it began after it
        (MET, IS_INCLUDED, SUMMIT, None, True),
        (MET, IS_INCLUDED, DECEMBER, None, False),
    ],
)
def test_stated_order_against_dates(
    source: Event, type: str, target: Event, offset: str | None, contradicted: bool
) -> None:
    problems = stated_order([relation(source, type, target, offset)], [MET, SUMMIT, DECEMBER])
    assert bool(problems) is contradicted
    for problem in problems:
        assert problem.kind == "stated_order" and problem.severity is Severity.ERROR
        assert problem.evidence == (source.sources[0], target.sources[0])


def test_a_cycle_is_reported_once_per_component() -> None:
    vote = report("parliament vote", "2011-12", "a")
    talks = report("coalition talks", "2011-12", "a")
    strike = report("general strike", "2011-12", "b")
    relations = [
        relation(vote, AFTER, talks),
        relation(talks, AFTER, strike),
        relation(vote, BEFORE, strike),  # the strike came before the talks, before the vote: a circle
        relation(MET, AFTER, SUMMIT),
    ]
    [problem] = order_cycles(relations, [vote, talks, strike, MET, SUMMIT])
    assert problem.kind == "order_cycle" and problem.severity is Severity.ERROR
    assert {s.sentence for s in problem.evidence} == {vote.sentence, talks.sentence}  # where each is said
    assert stated_order(relations, [vote, talks, strike]) == []  # the month fits any order
    assert order_cycles(relations[:2] + relations[3:]) == []


def test_a_dense_tangle_is_one_short_cycle() -> None:
    """Every pair stated both ways: astronomically many simple cycles, one problem, two steps."""
    events = [report(f"round {n} of talks", "2011-12", f"doc{n}") for n in range(40)]
    relations = [relation(a, BEFORE, b) for a in events for b in events if a is not b]
    [problem] = order_cycles(relations, events)
    assert problem.message.count("'before'") == 2


def test_check_all_takes_relations() -> None:
    problems = check_all([MET, SUMMIT], {}, [relation(SUMMIT, AFTER, MET)])
    assert [p.kind for p in problems] == ["stated_order"]


def run_check(folder: Path) -> tuple[int, list[dict]]:
    result = runner.invoke(app, ["check", str(folder), "--format", "json"])
    return result.exit_code, json.loads(result.stdout)


def test_check_reports_a_stated_order_the_dates_contradict() -> None:
    code, problems = run_check(FIXTURES / "contradicted")
    assert code == 1
    [problem] = [p for p in problems if p["kind"] == "stated_order"]
    assert "'two days after'" in problem["message"]
    assert [e["sentence"] for e in problem["evidence"]] == [
        "The foreign ministers of the alliance met in Brussels on November 18, two days after the summit "
        "in Lisbon.",
        "The summit in Lisbon opened on November 20 with talks between NATO leaders and Russian President "
        "Dmitry Medvedev.",
    ]


def test_check_passes_consistent_stated_orders() -> None:
    timeline = link(process_paths([FIXTURES / "consistent"]))
    signals = sorted(r.signal for r in timeline.relations)
    assert signals == ["a day before", "after", "two days after"]
    code, problems = run_check(FIXTURES / "consistent")
    assert (code, problems) == (0, [])


def test_check_reports_a_cycle() -> None:
    code, problems = run_check(FIXTURES / "cycle")
    assert code == 1
    [problem] = problems
    assert problem["kind"] == "order_cycle" and len(problem["evidence"]) == 2


def test_seed_articles_have_no_stated_order_errors() -> None:
    code, problems = run_check(EXAMPLES)
    assert not [p for p in problems if p["kind"] in ("stated_order", "order_cycle")]
    assert code == 0
