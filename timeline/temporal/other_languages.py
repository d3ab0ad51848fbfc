"""Dates in languages without a rule file, through dateparser's locale data.

The rule engine (``timeline.temporal.tag``) covers the languages that have a file in
``timeline/temporal/data/``; for any other language dateparser finds and parses dates.
It is slower and less complete (DATE values only: no durations, sets or modifiers, and its
extents are rougher), but it turns a German or French article into a usable timeline.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from pathlib import Path

from timeline.model import Precision, Span, Timex, TimexType

RULE_LANGUAGES = frozenset(p.stem for p in (Path(__file__).parent / "data").glob("*.json"))
_YEAR_DIGITS = re.compile(r"\d{4}")
_LAST_WORD = re.compile(r"\s+\S+\s*$")
_FIRST_WORD = re.compile(r"^\s*\S+\s+")
MIN_WORD_DATE = 4  # "Die" (German article) reads as "Di", Tuesday: a digit-less date needs 4+ letters
_PRECISION_OF_PARTS = {
    ("day", "month", "year"): Precision.DAY,
    ("month", "year"): Precision.MONTH,
    ("year",): Precision.YEAR,
}
_VALUE_FORMAT = {Precision.DAY: "%Y-%m-%d", Precision.MONTH: "%Y-%m", Precision.YEAR: "%Y"}


@cache
def _parser(language: str, dct: date | None):  # dateparser has no public type for it
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": datetime(dct.year, dct.month, dct.day)} if dct else {}
    return DateDataParser(languages=[language], settings={**settings, "STRICT_PARSING": False})


def is_supported(language: str) -> bool:
    """Whether the rule engine or dateparser's locale data knows ``language``."""
    if language in RULE_LANGUAGES:
        return True
    from dateparser.languages.loader import default_loader

    try:
        default_loader.get_locale_map(languages=[language])
    except ValueError:
        return False
    return True


def _normalize(candidate: str, language: str, dct: date | None) -> tuple[str, Precision] | None:
    data = _parser(language, dct).get_date_data(candidate)
    if data.date_obj is None:
        return None
    precision = _PRECISION_OF_PARTS.get(tuple(sorted(data.parts or ())), Precision.DAY)
    return data.date_obj.strftime(_VALUE_FORMAT[precision]), precision


def _trimmed(candidate: str, value: str, language: str, dct: date | None) -> tuple[int, str]:
    """Offset and text left after dropping edge words ("und gestern", "le 8 avril 2010 à")
    that do not change the date."""
    offset, extent = 0, candidate
    for edge in (_LAST_WORD, _FIRST_WORD):
        while match := edge.search(extent):
            shorter = extent[: match.start()] if edge is _LAST_WORD else extent[match.end() :]
            found = _normalize(shorter, language, dct)
            if found is None or found[0] != value:
                break
            offset += 0 if edge is _LAST_WORD else match.end()
            extent = shorter
    return offset, extent


def tag_other_language(text: str, dct: date | None, language: str) -> list[Timex]:
    """DATE expressions of ``text`` in ``language`` (an ISO 639-1 code dateparser knows).

    Without a DCT only expressions that state their year are kept: the rest cannot be anchored.
    """
    from dateparser.search import search_dates

    base = {"RELATIVE_BASE": datetime(dct.year, dct.month, dct.day)} if dct else {}
    found = search_dates(text, languages=[language], settings=base) or []
    timexes: list[Timex] = []
    cursor = 0
    for candidate, _ in found:
        start = text.find(candidate, cursor)
        normalized = _normalize(candidate, language, dct) if start >= 0 else None
        if normalized is None or (dct is None and not _YEAR_DIGITS.search(candidate)):
            continue
        value, precision = normalized
        shift, extent = _trimmed(candidate, value, language, dct)
        if len(extent) < MIN_WORD_DATE and not any(c.isdigit() for c in extent):
            continue
        first = start + shift
        timexes.append(Timex(Span(first, first + len(extent)), extent, TimexType.DATE, value, precision))
        cursor = start + len(candidate)
    return timexes
