"""Exports for other tools: TimelineJS3 JSON, iCalendar and CSV, from the seed events."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date

import pytest

from tests.render.conftest import hostile_event, merged_event, seed_events
from timeline.day import Day
from timeline.export import EXPORTERS, fold, ics_text, to_csv, to_ics, to_timelinejs
from timeline.model import Event, Precision, Status
from timeline.serialize import dumps_csv


@pytest.fixture
def events() -> list[Event]:
    """The seed events with the Lisbon summit merged from two reports, and a year event."""
    _, prague, deal = seed_events()
    year = replace(prague, id="e-year", date="2010", start=date(2010, 1, 1), end=date(2010, 12, 31))
    return [merged_event(), prague, deal, replace(year, precision=Precision.YEAR)]


def slides(text: str) -> dict[str, dict]:
    return {slide["unique_id"]: slide for slide in json.loads(text)["events"]}


def test_timelinejs_structure_and_dates(events: list[Event]) -> None:
    data = json.loads(to_timelinejs(events, title="NATO & Russia"))
    assert data["title"]["text"]["headline"] == "NATO &amp; Russia"
    by_id = slides(to_timelinejs(events))
    assert set(by_id) == {"e-lisbon", "e-prague", "e-deal", "e-year"}
    assert by_id["e-prague"]["start_date"] == {"year": 2010, "month": 4, "day": 8}
    assert "end_date" not in by_id["e-prague"]
    assert by_id["e-deal"]["start_date"] == {"year": 2012, "month": 5}  # month precision: no day
    assert "end_date" not in by_id["e-deal"]
    assert by_id["e-year"]["start_date"] == {"year": 2010}
    assert by_id["e-deal"]["group"] == "planned"
    lisbon = by_id["e-lisbon"]
    assert lisbon["text"]["headline"] == "NATO-Russia summit in Lisbon"
    assert lisbon["text"]["text"].startswith("<p>The matter is on the agenda")
    assert "<li>Russia, NATO in disagreement on missile threats (2010-11-10)</li>" in lisbon["text"]["text"]
    assert (
        '<li><a href="https://example.org/lisbon?a=1&amp;b=2">Leaders to meet in Lisbon</a> (2010-11-12): '
        "NATO leaders will meet Russia&#x27;s president" in lisbon["text"]["text"]
    )
    assert "title" not in json.loads(to_timelinejs(events))


def test_timelinejs_week_is_a_span() -> None:
    week = replace(
        seed_events()[1], precision=Precision.WEEK, start=date(2011, 12, 5), end=date(2011, 12, 11)
    )
    slide = json.loads(to_timelinejs([week]))["events"][0]
    assert slide["start_date"] == {"year": 2011, "month": 12, "day": 5}
    assert slide["end_date"] == {"year": 2011, "month": 12, "day": 11}


def bce_event() -> Event:
    """A year in the fifth century BC (490 BC), as a history text dates it."""
    return replace(
        seed_events()[1], id="e-marathon", date="BC0490", precision=Precision.YEAR,
        start=Day.from_ymd(-490, 1, 1), end=Day.from_ymd(-490, 12, 31),
    )  # fmt: skip


def test_timelinejs_years_bce_are_negative() -> None:
    slide = json.loads(to_timelinejs([bce_event()]))["events"][0]
    assert slide["start_date"] == {"year": -490}


def test_ics_leaves_bce_events_out(events: list[Event]) -> None:
    text = to_ics([bce_event(), *events])
    assert text.count("BEGIN:VEVENT") == len(events)
    assert "e-marathon" not in text


def test_timelinejs_escapes_hostile_text() -> None:
    hostile = hostile_event()
    slide = json.loads(to_timelinejs([hostile]))["events"][0]
    text = slide["text"]["headline"] + slide["text"]["text"]
    for raw in ("<script", "<img", "<svg", "<b ", '<a href="javascript', "javascript:window.__pwned=9"):
        assert raw not in text, raw
    assert slide["text"]["headline"].startswith("&lt;script&gt;window.__pwned = 4&lt;/script&gt;")
    assert "<li>&lt;svg onload=window.__pwned=8&gt; (2010-11-10)</li>" in text  # no link to javascript:


def unfold(calendar: str) -> list[str]:
    """The content lines of a calendar, after checking its physical lines."""
    assert calendar.endswith("\r\n")
    physical = calendar[:-2].split("\r\n")
    for line in physical:
        assert "\r" not in line and "\n" not in line
        assert len(line.encode("utf-8")) <= 75, line
    return re.sub(r"\r\n ", "", calendar)[:-2].split("\r\n")


def field(lines: list[str], name: str) -> list[str]:
    return [line.split(":", 1)[1] for line in lines if re.match(rf"{name}[:;]", line)]


def test_ics_lines_are_folded_balanced_and_all_day(events: list[Event]) -> None:
    lines = unfold(to_ics(events, calendar_name="NATO, Russia"))
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and "X-WR-CALNAME:NATO\\, Russia" in lines
    depth = 0
    for line in lines:
        depth += line.startswith("BEGIN:") - line.startswith("END:")
        assert depth >= 0
    assert depth == 0
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == 4
    assert field(lines, "UID") == [
        "e-lisbon@timeline",
        "e-prague@timeline",
        "e-deal@timeline",
        "e-year@timeline",
    ]
    assert [line for line in lines if line.startswith(("DTSTART", "DTEND"))][4:6] == [
        "DTSTART;VALUE=DATE:20120501",
        "DTEND;VALUE=DATE:20120601",  # May 2012, exclusive end
    ]
    assert field(lines, "DTEND")[1] == "20100409"  # a day event ends the next day
    assert field(lines, "DTSTAMP") == [
        "20101112T000000Z",  # the later of the two reports
        "20101110T000000Z",
        "20111208T000000Z",
        "20101110T000000Z",
    ]
    assert field(lines, "STATUS") == ["TENTATIVE", "CONFIRMED", "TENTATIVE", "CONFIRMED"]


def test_ics_escapes_text_and_folds_inside_utf8_safely(events: list[Event]) -> None:
    description = field(unfold(to_ics(events)), "DESCRIPTION")[0]
    assert "\\n\\nSources:\\n- Russia\\, NATO in disagreement on missile threats\\, 2010-11-10" in description
    assert (
        "\\n- Leaders to meet in Lisbon\\, 2010-11-12\\, https://example.org/lisbon?a=1&b=2"
        "\\n  NATO leaders will meet Russia's president" in description
    )
    odd = replace(events[1], title="Brüssel; talks, agreed.\nA back\\slash — " + "é" * 80)
    calendar = to_ics([odd])
    summary = field(unfold(calendar), "SUMMARY")[0]
    assert summary == "Brüssel\\; talks\\, agreed.\\nA back\\\\slash — " + "é" * 80
    assert sum(line.startswith(" ") for line in calendar.split("\r\n")) >= 3  # folded, each line checked
    assert field(unfold(to_ics([hostile_event()])), "SUMMARY")[0].startswith("<script>window.__pwned = 4")


def test_ics_text_and_fold() -> None:
    assert ics_text("a,b;c\\d\r\ne\rf\x07") == "a\\,b\\;c\\\\d\\ne\\nf"
    assert fold("x" * 75) == "x" * 75
    assert fold("x" * 76) == "x" * 75 + "\r\n x"
    folded = fold("é" * 40)  # 2 octets each: 37 fit on the first line, then 1 + 2*3 octets
    assert folded == "é" * 37 + "\r\n " + "é" * 3


def test_exporters(events: list[Event]) -> None:
    assert set(EXPORTERS) == {"timelinejs", "csv", "ics"}
    assert to_csv is dumps_csv
    assert EXPORTERS["csv"](events).splitlines()[1].startswith("e-lisbon,2010-11-20,")
    assert all(isinstance(export(events), str) for export in EXPORTERS.values())


def test_ics_status_follows_the_event_status(events: list[Event]) -> None:
    statuses = [Status.NEGATED, Status.HYPOTHETICAL, Status.ONGOING]
    text = to_ics([replace(events[0], status=s) for s in statuses])
    assert [line for line in text.split("\r\n") if line.startswith("STATUS:")] == [
        "STATUS:CANCELLED",
        "STATUS:TENTATIVE",
        "STATUS:CONFIRMED",
    ]
