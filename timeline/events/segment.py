"""Cheap text layout: sentences by rule, page furniture, datelines and markdown link syntax."""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from timeline.events.lexicon import lexicon
from timeline.model import Span

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]*[\"'”’)\]]*\s*$")
_MARKDOWN = re.compile(r"\]\([^)\s]*\)|[\[\]*|]|(?<!\w)_+|_+(?!\w)")
_DATELINE_TAIL = re.compile(r"(?:\(\s*[A-Z][\w.&-]{1,20}\s*\)|^\s*by\b[^.!?]{0,80})\s*[-–—:,]?\s*$", re.I)
_BYLINE = re.compile(r"^\s*by\s+\S", re.I)
_TERMINAL = re.compile(r"[.!?][\"'”’)\]]*\s*$")
_LOOKBACK = 40  # characters before a full stop where its word (an abbreviation?) is read
MAX_SENTENCE = 800  # characters; longer run-on text is parsed in pieces
_BYLINE_WORDS = 10
_HEADER_WORDS = 12


def mask_markup(text: str) -> str:
    """``text`` with markdown link targets and brackets blanked out (same length, same offsets)."""
    return _MARKDOWN.sub(lambda m: " " * len(m.group()), text)


def _is_boundary(line: str, match: re.Match[str]) -> bool:
    # Look back a short window only: an end-anchored search from 0 would make splitting quadratic.
    window_start = max(0, match.start() - _LOOKBACK)
    before = _WORD_BEFORE.search(line, window_start, match.start() + 1)
    word = before.group(1).lower().rstrip(".") if before else ""
    return not (word in lexicon().abbreviations or (len(word) == 1 and word.isalpha()))


def split_sentences(text: str) -> list[Span]:
    """Sentence spans: one or more per non-empty line, split after ``.!?`` before a capital."""
    spans: list[Span] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        cuts = [m.end() for m in _BOUNDARY.finditer(text, line.start(), line.end()) if _is_boundary(text, m)]
        for end in [*cuts, line.end()]:
            span = _trim(text, start, end)
            if span is not None:
                spans.extend(_chunks(text, span))
            start = end
    return spans


def _chunks(text: str, span: Span) -> list[Span]:
    """A run-on "sentence" (a page with no punctuation) cut into parseable pieces.

    Cuts fall at the last ``;`` or ``,`` (else whitespace) before :data:`MAX_SENTENCE` characters.
    """
    pieces: list[Span] = []
    start = span.start
    while span.end - start > MAX_SENTENCE:
        window = text[start : start + MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "))
        if cut < MAX_SENTENCE // 2:
            cut = window.rfind(" ")
        cut = start + (cut + 1 if cut > 0 else MAX_SENTENCE)
        piece = _trim(text, start, cut)
        if piece is not None:
            pieces.append(piece)
        start = cut
    last = _trim(text, start, span.end)
    return [*pieces, last] if last is not None else pieces


def _trim(text: str, start: int, end: int) -> Span | None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return None
    first = start + len(piece) - len(piece.lstrip())
    return Span(first, first + len(stripped))


@cache
def _furniture_pattern() -> re.Pattern[str]:
    words = sorted(lexicon().furniture, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.I)


def is_dateline(text: str, sentence: Span, time_span: Span) -> bool:
    """Whether a time expression is a dateline: right after ``(AFP)`` or a ``By ...`` byline."""
    return bool(_DATELINE_TAIL.search(text[sentence.start : time_span.start]))


def is_furniture(text: str, sentence: Span) -> bool:
    """Whether a sentence is page furniture: copyright, byline, a short capitalized header line."""
    piece = mask_markup(sentence.slice(text))
    if _furniture_pattern().search(piece):
        return True
    words = piece.split()
    if _BYLINE.match(piece) and len(words) <= _BYLINE_WORDS:
        return True
    return len(words) <= _HEADER_WORDS and not _TERMINAL.search(piece) and _all_capitalized(words)


def _all_capitalized(words: list[str]) -> bool:
    """Header-like: every word but function words starts with a capital (digits ignored)."""
    content = (w for w in words if w.strip(",.:;").lower() not in STOP_WORDS)
    return all(not w[0].isalpha() or w[0].isupper() for w in content)
