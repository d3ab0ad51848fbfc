"""Temporal tagging: find English time expressions and normalize them as TimeML TIMEX3 values.

``tag(text, dct, mode)`` is the entry point; ``detect_mode`` guesses news vs narrative.
"""

from __future__ import annotations

import re
from datetime import date

from timeline.model import Timex
from timeline.temporal.engine import run

MODES = ("news", "narrative")
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")


def tag(text: str, dct: date | None = None, mode: str = "news") -> list[Timex]:
    """Time expressions of ``text`` sorted by offset, non-overlapping, normalized against ``dct``.

    ``mode`` "news" resolves relative expressions against the DCT, "narrative" against the last
    absolute date mentioned before them (the DCT until there is one).  Never raises on a string.
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        return run(text, dct, mode if mode in MODES else "news")
    except (ValueError, OverflowError, KeyError, IndexError):
        return []


def detect_mode(text: str, dct: date | None = None) -> str:
    """ "narrative" when most years mentioned lie far before the DCT (history), else "news"."""
    years = [int(y) for y in _YEAR.findall(text[:20000])]
    if len(years) < 3:
        return "news"
    reference = dct.year if dct else max(years)
    old = sum(reference - year > 5 for year in years)
    return "narrative" if old / len(years) > 0.6 else "news"
