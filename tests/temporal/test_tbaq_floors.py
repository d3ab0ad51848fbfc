"""The tagger's TempEval-3 figures on TBAQ, per folder: floors a little under what it reaches.

Reached (strict / relaxed / value / type F1):
all TBAQ 0.8974 / 0.9519 / 0.8250 / 0.9227, TimeBank 0.9100 / 0.9530 / 0.8408 / 0.9268,
AQUAINT 0.8706 / 0.9496 / 0.7916 / 0.9143.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.evaluation.tempeval import evaluate_dir

TBAQ = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora" / "TBAQ-cleaned"

FLOORS = {
    "": {"strict": 0.897, "relaxed": 0.951, "value": 0.824, "type": 0.922},
    "TimeBank": {"strict": 0.909, "relaxed": 0.952, "value": 0.840, "type": 0.926},
    "AQUAINT": {"strict": 0.870, "relaxed": 0.949, "value": 0.791, "type": 0.914},
}


@pytest.mark.parametrize("folder", list(FLOORS))
def test_tagger_stays_above_floors(folder: str) -> None:
    if not TBAQ.is_dir():
        pytest.skip(f"missing corpus {TBAQ}")
    report = evaluate_dir(TBAQ / folder if folder else TBAQ)
    reached = {name: report.total.measure(name)[2] for name in FLOORS[folder]}
    assert all(reached[name] >= floor for name, floor in FLOORS[folder].items()), reached
