"""The tagger's TempEval-3 figures on TBAQ, per folder: floors a little under what it reaches.

Reached (strict / relaxed / value / type F1):
all TBAQ 0.8989 / 0.9527 / 0.8246 / 0.9220, TimeBank 0.9171 / 0.9528 / 0.8457 / 0.9274,
AQUAINT 0.8605 / 0.9524 / 0.7803 / 0.9106 (a little below earlier sessions' where the tagger
now follows the guidelines and the written gold sets, as in tagging rates as sets, which
TimeBank mostly leaves untagged: see docs/tagger.md).  The corpus is
``../shared/corpora`` beside the checkout; without it these tests fail, they do not skip.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.evaluation.tempeval import evaluate_dir

FLOORS = {
    "": {"strict": 0.897, "relaxed": 0.951, "value": 0.823, "type": 0.920},
    "TimeBank": {"strict": 0.913, "relaxed": 0.951, "value": 0.844, "type": 0.926},
    "AQUAINT": {"strict": 0.857, "relaxed": 0.949, "value": 0.777, "type": 0.907},
}


@pytest.mark.parametrize("folder", list(FLOORS))
def test_tagger_stays_above_floors(folder: str, corpora: Path) -> None:
    report = evaluate_dir(corpora / folder if folder else corpora)  # the fixture fails without the corpus
    reached = {name: report.total.measure(name)[2] for name in FLOORS[folder]}
    assert all(reached[name] >= floor for name, floor in FLOORS[folder].items()), reached
