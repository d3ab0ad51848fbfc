"""Core records of the pipeline: immutable, typed, and carrying their provenance.

ingest -> :class:`Document`; temporal tagging -> :class:`Timex`; events -> :class:`Event`
(with one :class:`Source` per article that reports it).  Offsets are character offsets
into ``Document.text`` (Python ``str`` indices, end exclusive).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from timeline.day import Day


class Precision(str, Enum):
    """How finely a date is known, coarsest last."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part_of_day"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    UNKNOWN = "unknown"


class TimexType(str, Enum):
    """TIMEX3 ``type`` attribute."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Status(str, Enum):
    """Where an event stands relative to its article's creation time."""

    OCCURRED = "occurred"
    ONGOING = "ongoing"
    PLANNED = "planned"
    EXPECTED = "expected"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"
    UNKNOWN = "unknown"


class DctSource(str, Enum):
    """Where a document's creation time came from."""

    GIVEN = "given"  # --dct / dct= argument
    TIMEML = "timeml"  # <DCT> of a TimeML file
    HTML_METADATA = "html_metadata"  # meta tags, JSON-LD ... (htmldate)
    DATELINE = "dateline"  # "Brussels (AFP) Dec 8, 2011" near the top
    BYLINE = "byline"  # "Global Research, November 10, 2010"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` in a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Document:
    """One input article: its plain text and its creation time (DCT) with provenance."""

    id: str
    text: str
    dct: date | None = None
    dct_source: DctSource = DctSource.NONE
    dct_span: Span | None = None  # where in ``text`` the DCT was read, if it was
    title: str | None = None
    path: str | None = None
    url: str | None = None
    format: str = "text"  # text | markdown | html | timeml


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression found in a text, normalized as a TimeML TIMEX3."""

    span: Span
    text: str
    type: TimexType
    value: str  # TIMEX3 value: 2010-04-08, 2012-05, 2011-W49, P3D, PRESENT_REF, XXXX-WXX-1 ...
    precision: Precision = Precision.UNKNOWN
    mod: str | None = None  # START, MID, END, APPROX, BEFORE, AFTER, LESS_THAN, MORE_THAN ...
    freq: str | None = None  # SETs: "1X", "2X" ...
    anchored: bool = True  # False: relative expression with no reference time to resolve it


@dataclass(frozen=True, slots=True)
class Source:
    """One article's report of an event: where the event is said, exactly."""

    document: str
    sentence: str
    sentence_span: Span
    time_text: str
    time_span: Span
    trigger: str
    trigger_span: Span
    document_title: str | None = None
    url: str | None = None
    dct: date | None = None
    value: str | None = None  # the TIMEX3 value this report gives the event
    attribution: str | None = None  # who this article says reports it ("Sergei Lavrov"); None: the narrator


@dataclass(frozen=True, slots=True)
class Event:
    """A dated happening, with the report(s) it comes from.

    ``date`` is the TIMEX3 value of the expression that dates it; ``start``/``end`` are the
    first and last calendar days that value covers (equal for day precision), as :class:`Day`
    so that BCE dates fit (a :class:`datetime.date` given is turned into one).  The
    top-level provenance fields repeat ``sources[0]``, the report the event was built from.
    """

    id: str
    title: str
    date: str
    start: Day
    end: Day
    precision: Precision
    status: Status
    sentence: str
    document: str
    time_text: str
    time_span: Span
    trigger: str
    trigger_span: Span
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    sources: tuple[Source, ...] = field(default_factory=tuple)
    salience: float = 0.0

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            object.__setattr__(self, name, Day.of(getattr(self, name)))


def chronological(event: Event) -> tuple[int, int, str]:
    """Sort key of events in time order: first day, last day, then id (day ordinals sort fast)."""
    return event.start.ordinal, event.end.ordinal, event.id
