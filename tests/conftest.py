"""Shared fixtures: the repository's paths and a real event built by hand from a seed sentence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.model import Event, Precision, Source, Span, Status

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
CORPORA = REPO.parent / "shared" / "corpora"


@pytest.fixture(scope="session")
def corpora() -> Path:
    """The TempEval-3 corpora beside the checkout; tests that need them fail without them."""
    assert (CORPORA / "TBAQ-cleaned").is_dir(), f"missing corpora at {CORPORA}"
    return CORPORA / "TBAQ-cleaned"


def seed_event() -> Event:
    """The Prague treaty event of the Global Research seed, with exact offsets into its text."""
    text = (EXAMPLES / "000_627a13c363480fff.txt").read_text(encoding="utf-8")
    sentence_start = text.index("The Russian delegation in Brussels")
    sentence_end = text.index("April 8th.") + len("April 8th.")
    time_start = text.index("April 8th")
    trigger_start = text.index("signed at a summit")
    source = Source(
        document="000_627a13c363480fff",
        sentence=text[sentence_start:sentence_end],
        sentence_span=Span(sentence_start, sentence_end),
        time_text="April 8th",
        time_span=Span(time_start, time_start + len("April 8th")),
        trigger="signed",
        trigger_span=Span(trigger_start, trigger_start + len("signed")),
        document_title="Russia, NATO in disagreement on missile threats",
        dct=date(2010, 11, 10),
        value="2010-04-08",
    )
    return Event(
        id="e-prague",
        title="Russian-American strategic arms reduction treaty signed at a summit in Prague",
        date="2010-04-08",
        start=date(2010, 4, 8),
        end=date(2010, 4, 8),
        precision=Precision.DAY,
        status=Status.OCCURRED,
        sentence=source.sentence,
        document=source.document,
        time_text=source.time_text,
        time_span=source.time_span,
        trigger=source.trigger,
        trigger_span=source.trigger_span,
        actors=("Anatoli Antonov",),
        places=("Brussels", "Prague"),
        sources=(source,),
        salience=0.5,
    )


@pytest.fixture
def prague_event() -> Event:
    return seed_event()
