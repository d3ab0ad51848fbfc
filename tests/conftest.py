"""Shared fixtures: the repository's paths and a real event built by hand from a seed sentence."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

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


def from_article(
    document: str,
    sentence_starts: str,
    time_text: str,
    trigger: str,
    **fields: Any,
) -> Event:
    """An event whose sentence, time expression and trigger are real offsets into an example."""
    text = (EXAMPLES / f"{document}.txt").read_text(encoding="utf-8")
    start = text.index(sentence_starts)
    end = text.index(".", text.index(time_text, start)) + 1
    time_at = text.index(time_text, start)
    trigger_at = text.index(trigger, start)
    source = Source(
        document=document,
        sentence=text[start:end],
        sentence_span=Span(start, end),
        time_text=time_text,
        time_span=Span(time_at, time_at + len(time_text)),
        trigger=trigger,
        trigger_span=Span(trigger_at, trigger_at + len(trigger)),
        document_title=fields.pop("document_title", None),
        dct=fields.pop("dct", None),
        attribution=fields.pop("attribution", None),
        value=fields.pop("value", None),
    )
    return Event(
        sentence=source.sentence,
        document=document,
        time_text=time_text,
        time_span=source.time_span,
        trigger=trigger,
        trigger_span=source.trigger_span,
        sources=(source,),
        **fields,
    )


def seed_event() -> Event:
    """The Prague treaty event of the Global Research seed, with exact offsets into its text."""
    return from_article(
        "000_627a13c363480fff",
        "The Russian delegation in Brussels",
        "April 8th",
        "signed",
        id="e-prague",
        title="Russian-American strategic arms reduction treaty signed at a summit in Prague",
        date="2010-04-08",
        start=date(2010, 4, 8),
        end=date(2010, 4, 8),
        precision=Precision.DAY,
        status=Status.OCCURRED,
        actors=("Anatoli Antonov",),
        places=("Brussels", "Prague"),
        salience=0.5,
        document_title="Russia, NATO in disagreement on missile threats",
        dct=date(2010, 11, 10),
        value="2010-04-08",
    )


@pytest.fixture
def prague_event() -> Event:
    return seed_event()
