"""Cheap sentence splitting and page furniture rules."""

from __future__ import annotations

from timeline.events.segment import MAX_SENTENCE, is_furniture, mask_markup, split_sentences
from timeline.model import Span


def test_sentences_split_at_terminal_punctuation_but_not_after_abbreviations() -> None:
    text = 'Mr. Smith met Dr. Jones in the U.S. on Sept. 30. "It went well," he said.\nNew line here'
    assert [s.slice(text) for s in split_sentences(text)] == [
        "Mr. Smith met Dr. Jones in the U.S. on Sept. 30.",
        '"It went well," he said.',
        "New line here",
    ]


def test_run_on_text_is_cut_into_parseable_pieces() -> None:
    text = "the talks went on, " * 200
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in spans)
    assert "".join(s.slice(text) + " " for s in spans).split() == text.split()


def test_markup_masking_keeps_offsets() -> None:
    text = "By [Alexander Vatutin](#) on **Monday**"
    masked = mask_markup(text)
    assert len(masked) == len(text)
    assert masked.split() == ["By", "Alexander", "Vatutin", "on", "Monday"]


def _furniture(line: str) -> bool:
    return is_furniture(line, Span(0, len(line)))


def test_furniture_lines() -> None:
    assert _furniture("Copyright © [Alexander Vatutin](#), [Voice of Russia](#), 2010")
    assert _furniture(
        "The content herein, unless otherwise known to be public domain, are Copyright 1995-2014"
    )
    assert _furniture("Global Research, November 10, 2010")
    assert _furniture("[Voice of Russia](#) 10 November 2010")
    assert _furniture("Articles by: [Alexander Vatutin](#)")
    assert _furniture("By Alexander Vatutin, 10 November 2010")
    assert not _furniture(
        "Rasmussen said he hoped a deal would be struck by the next NATO summit in May 2012."
    )
    assert not _furniture("Ministers met on Thursday")
