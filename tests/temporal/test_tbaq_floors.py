"""The tagger's TempEval-3 figures on TBAQ, per folder: floors a little under what it reaches.

Reached (strict / relaxed / value / type F1):
all TBAQ 0.8959 / 0.9505 / 0.8185 / 0.9202, TimeBank 0.9091 / 0.9514 / 0.8325 / 0.9242,
AQUAINT 0.8680 / 0.9487 / 0.7889 / 0.9117.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.evaluation.tempeval import evaluate_dir

TBAQ = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora" / "TBAQ-cleaned"

FLOORS = {
    "": {"strict": 0.895, "relaxed": 0.950, "value": 0.818, "type": 0.920},
    "TimeBank": {"strict": 0.909, "relaxed": 0.951, "value": 0.832, "type": 0.924},
    "AQUAINT": {"strict": 0.867, "relaxed": 0.948, "value": 0.788, "type": 0.911},
}


@pytest.mark.parametrize("folder", list(FLOORS))
def test_tagger_stays_above_floors(folder: str) -> None:
    if not TBAQ.is_dir():
        pytest.skip(f"missing corpus {TBAQ}")
    report = evaluate_dir(TBAQ / folder if folder else TBAQ)
    reached = {name: report.total.measure(name)[2] for name in FLOORS[folder]}
    assert all(reached[name] >= floor for name, floor in FLOORS[folder].items()), reached
