"""The tagger's TempEval-3 figures on TBAQ, per folder: floors a little under what it reaches.

Reached (strict / relaxed / value / type F1):
all TBAQ 0.8949 / 0.9495 / 0.8176 / 0.9192, TimeBank 0.9084 / 0.9506 / 0.8319 / 0.9235,
AQUAINT 0.8665 / 0.9471 / 0.7876 / 0.9102.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.evaluation.tempeval import evaluate_dir

TBAQ = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora" / "TBAQ-cleaned"

FLOORS = {
    "": {"strict": 0.894, "relaxed": 0.949, "value": 0.817, "type": 0.919},
    "TimeBank": {"strict": 0.908, "relaxed": 0.950, "value": 0.831, "type": 0.923},
    "AQUAINT": {"strict": 0.866, "relaxed": 0.947, "value": 0.787, "type": 0.910},
}


@pytest.mark.parametrize("folder", list(FLOORS))
def test_tagger_stays_above_floors(folder: str) -> None:
    if not TBAQ.is_dir():
        pytest.skip(f"missing corpus {TBAQ}")
    report = evaluate_dir(TBAQ / folder if folder else TBAQ)
    reached = {name: report.total.measure(name)[2] for name in FLOORS[folder]}
    assert all(reached[name] >= floor for name, floor in FLOORS[folder].items()), reached
