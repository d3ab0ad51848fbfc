"""The tagger's TempEval-3 figures on TBAQ, per folder: floors a little under what it reaches.

Reached (strict / relaxed / value / type F1):
all TBAQ 0.8962 / 0.9508 / 0.8194 / 0.9210, TimeBank 0.9095 / 0.9518 / 0.8338 / 0.9255,
AQUAINT 0.8680 / 0.9487 / 0.7889 / 0.9117.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.evaluation.tempeval import evaluate_dir

TBAQ = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora" / "TBAQ-cleaned"

FLOORS = {
    "": {"strict": 0.895, "relaxed": 0.950, "value": 0.819, "type": 0.920},
    "TimeBank": {"strict": 0.909, "relaxed": 0.951, "value": 0.833, "type": 0.925},
    "AQUAINT": {"strict": 0.867, "relaxed": 0.948, "value": 0.788, "type": 0.911},
}


@pytest.mark.parametrize("folder", list(FLOORS))
def test_tagger_stays_above_floors(folder: str) -> None:
    if not TBAQ.is_dir():
        pytest.skip(f"missing corpus {TBAQ}")
    report = evaluate_dir(TBAQ / folder if folder else TBAQ)
    reached = {name: report.total.measure(name)[2] for name in FLOORS[folder]}
    assert all(reached[name] >= floor for name, floor in FLOORS[folder].items()), reached
