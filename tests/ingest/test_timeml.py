"""TimeML reading and writing on the TempEval-3 corpus: offsets, DCT, round trips, bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.ingest.timeml import parse_timeml, read_timeml_document, to_timeml
from timeline.model import DctSource, Span, Timex, TimexType
from timeline.temporal import tag

TBAQ = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora" / "TBAQ-cleaned"
SAMPLE = TBAQ / "TimeBank" / "ABC19980108.1830.0711.tml"


@pytest.fixture(scope="module")
def sample_raw() -> str:
    assert SAMPLE.is_file(), f"missing corpus file {SAMPLE}"
    return SAMPLE.read_text(encoding="utf-8")


def test_gold_offsets_point_at_the_tagged_text(sample_raw: str) -> None:
    document = parse_timeml(sample_raw)
    assert document.doc_id == "ABC19980108.1830.0711"
    assert document.dct == date(1998, 1, 8)
    assert "<" not in document.text
    first = document.timexes[0]
    assert (first.text, first.type, first.value) == ("week", TimexType.DURATION, "P1W")
    for timex in document.timexes:
        assert document.text[timex.span.start : timex.span.end] == timex.text


def test_read_document(sample_raw: str) -> None:
    document = read_timeml_document(sample_raw, "abc")
    assert (document.id, document.format, document.dct_source) == ("abc", "timeml", DctSource.TIMEML)
    assert document.text == parse_timeml(sample_raw).text


def test_round_trip_of_tagger_output(sample_raw: str) -> None:
    gold = parse_timeml(sample_raw)
    timexes = tag(gold.text, gold.dct)
    again = parse_timeml(to_timeml(gold.text, timexes, gold.dct, gold.doc_id))
    assert again.text == gold.text
    assert again.dct == gold.dct
    assert [(t.span, t.type, t.value, t.mod) for t in again.timexes] == [
        (t.span, t.type, t.value, t.mod) for t in timexes
    ]


def test_round_trip_keeps_markup_characters_and_carriage_returns() -> None:
    text = 'A & B <said> "yes" on 5 May 2001.\r\nDone.'
    timex = Timex(Span(22, 32), "5 May 2001", TimexType.DATE, "2001-05-05", freq=None, mod="APPROX")
    again = parse_timeml(to_timeml(text, [timex], None, "x&y"))
    assert again.text == text
    assert again.dct is None
    assert again.timexes[0].span == timex.span and again.timexes[0].mod == "APPROX"


@pytest.mark.parametrize("raw", ["<TimeML><TEXT>unclosed</TimeML>", "<TimeML><DCT/></TimeML>", "not xml"])
def test_bad_input(raw: str) -> None:
    with pytest.raises(InputError):
        read_timeml_document(raw, "bad")
