"""Events in the formats of other tools: TimelineJS3 JSON, iCalendar (RFC 5545) and CSV.

Every exporter takes a sequence of events (kept in the given order) and returns the file's text;
:data:`EXPORTERS` maps a format name to its function.  GraphML is not here: it is a graph of the
events, their documents and actors, written by ``timeline.linking.write_graph(build_graph(events),
path)`` (the ``.graphml`` suffix picks the format).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from timeline.day import Day
from timeline.model import Event, Precision, Source, Status
from timeline.serialize import dumps_csv

MONTH_PRECISIONS = frozenset({Precision.MONTH, Precision.SEASON, Precision.QUARTER, Precision.HALF_YEAR})
YEAR_PRECISIONS = frozenset({Precision.YEAR, Precision.DECADE, Precision.CENTURY})
ICS_STATUS = {
    Status.PLANNED: "TENTATIVE",
    Status.EXPECTED: "TENTATIVE",
    Status.HYPOTHETICAL: "TENTATIVE",
    Status.NEGATED: "CANCELLED",  # "the talks did not take place"
}
ICS_LINE_OCTETS = 75
ICS_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # not allowed in TEXT values (HTAB is)


def http_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) address (safe to link), else None."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def source_name(source: Source) -> str:
    """How a source is named to a reader: its document title, else its document id."""
    return source.document_title or source.document


to_csv = dumps_csv  # the flat table of ``timeline extract --format csv``


def own_sentence(event: Event, source: Source) -> str | None:
    """The sentence of ``source`` when it is not the event's own (a merged report), else None."""
    return source.sentence if source.sentence != event.sentence else None


# TimelineJS3 ---------------------------------------------------------------------------------------


def _timelinejs_date(day: Day, precision: Precision) -> dict[str, int]:
    """A TimelineJS date object no finer than ``precision`` (a month is year and month only);
    BCE years are negative, as TimelineJS takes them."""
    if precision in YEAR_PRECISIONS:
        return {"year": day.year}
    if precision in MONTH_PRECISIONS:
        return {"year": day.year, "month": day.month}
    return {"year": day.year, "month": day.month, "day": day.day}


def _timelinejs_source(event: Event, source: Source) -> str:
    """One source as an HTML list item: the linked name, the article's date, its own sentence."""
    item = html.escape(source_name(source))
    url = http_url(source.url)
    if url:
        item = f'<a href="{html.escape(url)}">{item}</a>'
    if source.dct:
        item += f" ({source.dct.isoformat()})"
    sentence = own_sentence(event, source)
    if sentence:
        item += f": {html.escape(sentence)}"
    return f"<li>{item}</li>"


def _timelinejs_slide(event: Event) -> dict[str, Any]:
    """The TimelineJS slide of one event; coarse or multi-day dates get an ``end_date``."""
    start = _timelinejs_date(event.start, event.precision)
    end = _timelinejs_date(event.end, event.precision)
    text = f"<p>{html.escape(event.sentence)}</p>"
    if event.sources:
        text += "<p>Sources:</p><ul>" + "".join(_timelinejs_source(event, s) for s in event.sources) + "</ul>"
    slide: dict[str, Any] = {"start_date": start}
    if end != start:
        slide["end_date"] = end
    slide.update(
        text={"headline": html.escape(event.title), "text": text},
        group=event.status.value,
        unique_id=event.id,
    )
    return slide


def to_timelinejs(events: Sequence[Event], title: str | None = None) -> str:
    """TimelineJS3 JSON (timeline.knightlab.com/docs/json-format.html): one slide per event.

    TimelineJS renders ``headline`` and ``text`` as HTML, so every article string is escaped;
    the ``group`` is the event's status.  ``title`` adds a title slide.
    """
    data: dict[str, Any] = {}
    if title is not None:
        data["title"] = {"text": {"headline": html.escape(title), "text": ""}}
    data["events"] = [_timelinejs_slide(event) for event in events]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# iCalendar -----------------------------------------------------------------------------------------


def ics_text(value: str) -> str:
    r"""An RFC 5545 TEXT value: ``\``, ``;``, ``,`` and newlines escaped, other controls dropped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    return ICS_CONTROL.sub("", value)


def fold(line: str) -> str:
    """Fold a content line into lines of at most 75 octets, never inside a UTF-8 character."""
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > ICS_LINE_OCTETS:
            parts.append("".join(current))
            current, size = [" "], 1  # a continuation line starts with one space
        current.append(char)
        size += octets
    parts.append("".join(current))
    return "\r\n".join(parts)


def _ics_day(day: date | Day) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def in_calendar(event: Event) -> bool:
    """Whether iCalendar can hold the event: its dates have years 1 to 9999 (no BCE)."""
    return event.start.to_date() is not None


def _ics_description(event: Event) -> str:
    """The sentence, then per source a line (name, date, http(s) address) and its own sentence."""
    lines = [event.sentence]
    if event.sources:
        lines += ["", "Sources:"]
    for source in event.sources:
        details = [source_name(source), source.dct.isoformat() if source.dct else None, http_url(source.url)]
        lines.append("- " + ", ".join(detail for detail in details if detail))
        sentence = own_sentence(event, source)
        if sentence:
            lines.append(f"  {sentence}")
    return "\n".join(lines)


def _vevent(event: Event) -> list[str]:
    """The content lines (unfolded) of one all-day VEVENT."""
    dates = [source.dct for source in event.sources if source.dct]
    stamp = f"{_ics_day(max(dates))}T000000Z" if dates else "19700101T000000Z"
    return [
        "BEGIN:VEVENT",
        f"UID:{ics_text(event.id)}@timeline",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_ics_day(event.start)}",
        f"DTEND;VALUE=DATE:{_ics_day(event.end + timedelta(days=1))}",  # exclusive
        f"SUMMARY:{ics_text(event.title)}",
        f"DESCRIPTION:{ics_text(_ics_description(event))}",
        f"STATUS:{ICS_STATUS.get(event.status, 'CONFIRMED')}",
        "END:VEVENT",
    ]


def to_ics(events: Sequence[Event], calendar_name: str = "timeline") -> str:
    """An RFC 5545 calendar: one all-day VEVENT per event, CRLF lines folded at 75 octets.

    DTEND is the day after the event's last day (exclusive); DTSTAMP is the latest creation date
    of the event's articles (or the epoch), so the same events always give the same file.
    Planned, expected and hypothetical events are TENTATIVE, negated ones CANCELLED, the rest
    CONFIRMED.  BCE events are left out (see :func:`in_calendar`): RFC 5545 has no such dates.
    """
    name = ics_text(calendar_name)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//timeline//timeline export//EN",
        "CALSCALE:GREGORIAN",
        f"NAME:{name}",
        f"X-WR-CALNAME:{name}",
    ]
    for event in filter(in_calendar, events):
        lines += _vevent(event)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


EXPORTERS: dict[str, Callable[[Sequence[Event]], str]] = {
    "timelinejs": to_timelinejs,
    "csv": to_csv,
    "ics": to_ics,
}
