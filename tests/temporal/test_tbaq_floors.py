"""The tagger's TempEval-3 figures on TBAQ, per folder: floors a little under what it reaches.

Reached (strict / relaxed / value / type F1):
all TBAQ 0.8915 / 0.9457 / 0.8204 / 0.9164, TimeBank 0.9070 / 0.9485 / 0.8335 / 0.9222,
AQUAINT 0.8586 / 0.9399 / 0.7925 / 0.9043.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.evaluation.tempeval import evaluate_dir

TBAQ = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora" / "TBAQ-cleaned"

FLOORS = {
    "": {"strict": 0.890, "relaxed": 0.945, "value": 0.819, "type": 0.915},
    "TimeBank": {"strict": 0.905, "relaxed": 0.947, "value": 0.832, "type": 0.921},
    "AQUAINT": {"strict": 0.857, "relaxed": 0.939, "value": 0.791, "type": 0.903},
}


@pytest.mark.parametrize("folder", list(FLOORS))
def test_tagger_stays_above_floors(folder: str) -> None:
    if not TBAQ.is_dir():
        pytest.skip(f"missing corpus {TBAQ}")
    report = evaluate_dir(TBAQ / folder if folder else TBAQ)
    reached = {name: report.total.measure(name)[2] for name in FLOORS[folder]}
    assert all(reached[name] >= floor for name, floor in FLOORS[folder].items()), reached
