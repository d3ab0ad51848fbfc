"""Document creation time (DCT) from the top of an article's text: datelines and bylines.

The cue words, agency names and date formats are data (the tables just below); the engine
finds every full date (year, month and day) near the top of the text, keeps those on a line
that looks like a dateline or byline, and returns the strongest, earliest one.  A date on a
copyright line or inside an ordinary sentence is never taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from timeline.model import DctSource, Span

# --- data --------------------------------------------------------------------------------

HEAD_LINES = 15  # non-empty lines looked at
HEAD_CHARS = 1500  # a date must start before this offset
CONTEXT_CHARS = 200  # text after that offset still read, so that a date there is whole with its context
MIN_YEAR, MAX_YEAR = 1900, 2100
CUE_WINDOW = 80  # a dateline cue must open the line at most this many characters before the date
BARE_MAX_WORDS = 4  # words besides the date on a line that is just a date ("[Voice of Russia](#) 10 ...")

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

AGENCIES: tuple[str, ...] = (
    "AFP", "AP", "Reuters", "UPI", "Xinhua", "RIA Novosti", "RIA", "ITAR-TASS", "TASS", "Interfax",
    "dpa", "ANSA", "Kyodo", "Yonhap", "EFE", "IANS", "PTI", "AAP", "CP", "Bloomberg", "CNN", "BBC",
    "IRNA", "Anadolu", "Bernama", "KUNA", "WAM", "SPA", "MENA", "APA", "Trend", "UNI", "ANI",
)  # fmt: skip

# Words that open a timestamp line ("Published: 2011-12-08", "Posted on 12/08/2011").
TIMESTAMP_CUES: tuple[str, ...] = (
    "published", "first published", "posted", "posted on", "updated", "last updated",
    "last modified", "modified", "date", "dated", "filed", "released", "issued", "created",
)  # fmt: skip

# Words that open a byline, which must name someone before the date ("By Staff Writers Dec 8, 2011";
# "By December 8, 2011, ..." is a sentence).
BYLINE_CUES: tuple[str, ...] = ("by", "from", "written by", "posted by", "reported by")

# A date right after one of these is inside a sentence ("By the end of talks on December 8, 2011").
PREPOSITIONS: tuple[str, ...] = (
    "on", "in", "of", "at", "by", "to", "from", "since", "until", "till", "before", "after", "around",
    "about", "between", "and", "or", "the",
)  # fmt: skip

# A line with one of these is never a DCT source ("Copyright 1995-2014", "© 2010").
COPYRIGHT_CUES: tuple[str, ...] = ("copyright", "©", "(c)", "all rights reserved")

# Date formats: each needs a year and a day; groups are named y, m (number) or mon (name), d.
_MON = r"(?P<mon>(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*)\.?"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>\d{4})"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
DATE_FORMATS: dict[str, str] = {
    "month day year": rf"{_WEEKDAY}{_MON}\s+{_DAY},?\s+{_YEAR}",  # Dec 8, 2011
    "day month year": rf"{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}",  # 10 November 2010
    "iso": r"(?P<y>\d{4})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)",  # 2011-12-08
    "year/month/day": r"(?P<y>\d{4})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)",  # 2011/12/08
    "month/day/year": r"(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4})",  # 12/08/2011 (US order first)
    "day/month/year": r"(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>\d{4})",  # 25/12/2011
    "day.month.year": r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d{4})",  # 08.12.2011
}

# --- engine ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DctMatch:
    """A creation date found in a text: the date, the kind of line, and where it was read."""

    date: date
    source: DctSource
    span: Span
    text: str


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Not inside a longer number or word; "T" may follow (ISO "2011-12-08T10:00").
_DATE_RES = tuple(
    re.compile(rf"(?<![\w/.-]){pattern}(?![/-]?\d|\.\d|[^\W\dT])", re.IGNORECASE)
    for pattern in DATE_FORMATS.values()
)
_AGENCY = rf"\(\s*(?:{_alternation(AGENCIES)})\s*\)"
_AGENCY_BEFORE = re.compile(rf"{_AGENCY}[\s,:–—-]*$", re.IGNORECASE)  # "Brussels (AFP) " + date
_AGENCY_AFTER = re.compile(rf"^[\s,]*{_AGENCY}", re.IGNORECASE)  # date + " (Reuters) -"
_TIMESTAMP = re.compile(rf"^[\W_]*(?:{_alternation(TIMESTAMP_CUES)})\b", re.IGNORECASE)
_BYLINE = re.compile(rf"^[\W_]*(?:{_alternation(BYLINE_CUES)})\b.*\w", re.IGNORECASE)
_CAPS_PLACE = re.compile(r"^[\W_]*[A-Z][A-Z .'-]{2,30},\s*$")  # "WASHINGTON, " + date
_NAME_COMMA = re.compile(r"^[\W_]*[A-Z][\w&.'’ -]{1,60},\s*$")  # "Global Research, " + date
_COPYRIGHT = re.compile(_alternation(COPYRIGHT_CUES), re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")
_LOWER_WORD_AT_END = re.compile(r"\b[a-z]+\W*$")  # "signed on " + date: a sentence
_PREPOSITION_AT_END = re.compile(rf"\b(?:{_alternation(PREPOSITIONS)})\W*$", re.IGNORECASE)
_MARKDOWN_LINK = re.compile(r"\]\([^)]*\)")


def _to_date(match: re.Match[str]) -> date | None:
    parts = match.groupdict()
    month = MONTHS.get(parts["mon"].lower()) if parts.get("mon") else int(parts["m"])
    if month is None or not MIN_YEAR <= int(parts["y"]) <= MAX_YEAR:
        return None
    try:
        return date(int(parts["y"]), month, int(parts["d"]))
    except ValueError:
        return None


def _head_lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) of the first non-empty lines that start before ``HEAD_CHARS`` (cut a little after)."""
    offset, seen = 0, 0
    for line in text[: HEAD_CHARS + CONTEXT_CHARS].split("\n"):
        if offset >= HEAD_CHARS or seen >= HEAD_LINES:
            return
        if line.strip():
            seen += 1
            yield offset, line
        offset += len(line) + 1


def _classify(before: str, after: str) -> tuple[int, DctSource] | None:
    """Strength and kind of a date given the rest of its line, or None if it is not a DCT line."""
    if _AGENCY_BEFORE.search(before) or _AGENCY_AFTER.match(after):
        return 3, DctSource.DATELINE
    byline = _BYLINE.match(before) and not _PREPOSITION_AT_END.search(before)
    if (_TIMESTAMP.match(before) or byline) and len(before) <= CUE_WINDOW:
        return 3, DctSource.DATELINE
    if _CAPS_PLACE.match(before):
        return 2, DctSource.DATELINE
    if _NAME_COMMA.match(before) and not _WORD.search(after):
        return 2, DctSource.BYLINE
    return (1, DctSource.BYLINE) if _is_bare(_MARKDOWN_LINK.sub(" ", before), after) else None


def _is_bare(before: str, after: str) -> bool:
    """A line that is a date with a few words on one side, not a sentence around a date."""
    words = len(_WORD.findall(before)) + len(_WORD.findall(after))
    one_sided = not (_WORD.search(before) and _WORD.search(after))
    sentence = _LOWER_WORD_AT_END.search(before) or after.rstrip().endswith((".", "?", "!"))
    return words <= BARE_MAX_WORDS and one_sided and not sentence


def _candidates(text: str) -> Iterator[tuple[int, int, DctMatch]]:
    """(strength, -offset, match) for every date on a dateline/byline-like line at the top."""
    for offset, line in _head_lines(text):
        if _COPYRIGHT.search(line):
            continue
        for pattern in _DATE_RES:
            for found in pattern.finditer(line):
                start = offset + found.start()
                value = _to_date(found)
                kind = _classify(line[: found.start()], line[found.end() :])
                if value is None or kind is None or start >= HEAD_CHARS:
                    continue
                span = Span(start, offset + found.end())
                yield kind[0], -start, DctMatch(value, kind[1], span, found.group())


def contains_date(text: str) -> bool:
    """Whether ``text`` has a full date (day, month and year) in one of the known formats."""
    return any(pattern.search(text) for pattern in _DATE_RES)


def detect_dct(text: str) -> DctMatch | None:
    """The creation date a dateline or byline near the top of ``text`` gives, or None."""
    best = max(_candidates(text), key=lambda c: c[:2], default=None)
    return best[2] if best else None
