"""The tagger's TempEval-3 figures on TBAQ, per folder: floors a little under what it reaches.

Reached (strict / relaxed / value / type F1):
all TBAQ 0.8987 / 0.9522 / 0.8263 / 0.9230, TimeBank 0.9120 / 0.9534 / 0.8427 / 0.9271,
AQUAINT 0.8706 / 0.9496 / 0.7916 / 0.9143.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.evaluation.tempeval import evaluate_dir

TBAQ = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora" / "TBAQ-cleaned"

FLOORS = {
    "": {"strict": 0.898, "relaxed": 0.952, "value": 0.826, "type": 0.922},
    "TimeBank": {"strict": 0.911, "relaxed": 0.953, "value": 0.842, "type": 0.927},
    "AQUAINT": {"strict": 0.870, "relaxed": 0.949, "value": 0.791, "type": 0.914},
}


@pytest.mark.parametrize("folder", list(FLOORS))
def test_tagger_stays_above_floors(folder: str) -> None:
    if not TBAQ.is_dir():
        pytest.skip(f"missing corpus {TBAQ}")
    report = evaluate_dir(TBAQ / folder if folder else TBAQ)
    reached = {name: report.total.measure(name)[2] for name in FLOORS[folder]}
    assert all(reached[name] >= floor for name, floor in FLOORS[folder].items()), reached
