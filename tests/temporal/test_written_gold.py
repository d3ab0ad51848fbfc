"""The tagger's TempEval-3 figures on the gold sets written for the project (``gold/``): news
articles and history passages annotated by sessions that neither read nor ran the tagger.

Reached in auto mode (strict / relaxed / value / type F1), 36 documents each: news 0.950 / 0.989 /
0.899 / 0.933, history 0.927 / 0.993 / 0.949 / 0.966.
days later" as a DATE and write decades as P1DE, where TimeBank tags the length and writes P10Y.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.evaluation.tempeval import evaluate_dir

GOLD = Path(__file__).parent / "gold"
FLOORS = {
    "news": {"strict": 0.945, "relaxed": 0.985, "value": 0.895, "type": 0.93},
    "history": {"strict": 0.92, "relaxed": 0.99, "value": 0.945, "type": 0.96},
}


@pytest.mark.parametrize("folder", list(FLOORS))
def test_tagger_stays_above_floors_on_written_gold(folder: str) -> None:
    report = evaluate_dir(GOLD / folder)
    assert len(report.documents) == 36
    reached = {name: report.total.measure(name)[2] for name in FLOORS[folder]}
    assert all(reached[name] >= floor for name, floor in FLOORS[folder].items()), reached
