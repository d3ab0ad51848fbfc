"""TempEval-3 Task A scoring: hand-made cases, gold against gold, and our tagger on TBAQ."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.evaluation.tempeval import evaluate_dir, score
from timeline.ingest.timeml import TimeMLDocument
from timeline.model import Span, Timex, TimexType


def timex(start: int, end: int, value: str, kind: TimexType = TimexType.DATE) -> Timex:
    return Timex(Span(start, end), "x" * (end - start), kind, value)


def test_hand_made_case() -> None:
    gold = TimeMLDocument(
        "d",
        "x" * 100,
        None,
        (timex(0, 10, "2010"), timex(20, 30, "P1D", TimexType.DURATION), timex(40, 45, "2011")),
    )
    system = TimeMLDocument(
        "d",
        "x" * 100,
        None,
        (timex(0, 10, "2010"), timex(22, 30, "P2D", TimexType.DURATION), timex(60, 65, "2012")),
    )
    report = score([gold], [system])
    counts = report.total.counts
    assert (counts.gold, counts.system, counts.strict, counts.relaxed, counts.value, counts.type) == (
        3,
        3,
        1,
        2,
        1,
        2,
    )
    assert report.total.measure("relaxed") == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert report.total.value_f1 == pytest.approx(1 / 3)
    kinds = sorted(error.kind for error in report.errors)
    assert kinds == ["missed", "spurious", "value"]


def test_missing_system_document_misses_everything() -> None:
    gold = TimeMLDocument("d", "x" * 20, None, (timex(0, 10, "2010"),))
    report = score([gold], {})
    assert report.total.relaxed_f1 == 0.0


def test_gold_against_gold_is_perfect(corpora: Path) -> None:
    report = evaluate_dir(corpora / "TimeBank", corpora / "TimeBank")
    for name in ("strict", "relaxed", "value", "type"):
        assert report.total.measure(name) == (1.0, 1.0, 1.0)
    assert report.errors == ()


def test_the_report_of_our_tagger_on_tbaq(corpora: Path) -> None:  # its figures: test_tbaq_floors.py
    report = evaluate_dir(corpora)
    assert report.total.counts.gold == 1822
    assert json.loads(json.dumps(report.to_dict()))["total"]["gold"] == 1822
    assert "strict" in report.to_text()
