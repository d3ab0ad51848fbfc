import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import REPO
from timeline.day import Day
from timeline.errors import InputError
from timeline.model import DctSource, Document, Event, Span
from timeline.serialize import dumps_csv, dumps_events, dumps_jsonl, load_events, loads_events

SCHEMA = json.loads((REPO / "docs" / "events.schema.json").read_text(encoding="utf-8"))


def test_json_round_trip_keeps_every_field(prague_event: Event) -> None:
    assert loads_events(dumps_events([prague_event])) == [prague_event]


def test_jsonl_and_bare_list_are_read_too(prague_event: Event) -> None:
    other = replace(prague_event, id="e-other")
    assert loads_events(dumps_jsonl([prague_event, other])) == [prague_event, other]
    bare = json.dumps(json.loads(dumps_events([prague_event]))["events"])
    assert loads_events(bare) == [prague_event]


def test_output_validates_against_the_documented_schema(prague_event: Event) -> None:
    text = "Global Research, November 10, 2010\nBody."
    document = Document("000", text, dct_source=DctSource.BYLINE, dct_span=Span(17, 34))
    payload = json.loads(dumps_events([prague_event], [document], ["a warning"]))
    jsonschema.validate(payload, SCHEMA)
    assert payload["documents"][0]["dct_text"] == "November 10, 2010"


def test_offsets_point_into_the_source_text(prague_event: Event) -> None:
    text = (REPO / "examples" / "000_627a13c363480fff.txt").read_text(encoding="utf-8")
    data = json.loads(dumps_events([prague_event]))["events"][0]
    start, end = data["time_span"]
    assert text[start:end] == data["time_text"] == "April 8th"


def test_csv_has_a_header_and_one_row_per_event(prague_event: Event) -> None:
    lines = dumps_csv([prague_event, replace(prague_event, id="e2")]).splitlines()
    assert lines[0].startswith("id,date,start,end,precision,status,title")
    assert len(lines) == 3 and "Brussels; Prague" in lines[1]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("not json at all", "not valid event JSON"),
        ('{"format": "something-else", "events": []}', "not a timeline-events file"),
        ('[{"id": "x"}]', "event 1 is malformed: missing field 'title'"),
        ('[{"id": "x", "title": "t", "date": "2010", "start": "2010-13-01"}]', "event 1 is malformed"),
        ("[42]", "event 1 is malformed: not an object"),
    ],
)
def test_malformed_files_give_one_clear_error(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "events.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem) as info:
        load_events(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize(("content", "problem"), [(b"", "empty"), (b"\xff\xfe\x00[", "not UTF-8")])
def test_unreadable_files(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "events.json"
    path.write_bytes(content)
    with pytest.raises(InputError, match=problem):
        load_events(path)


def test_missing_file() -> None:
    with pytest.raises(InputError, match="no such file"):
        load_events("/nonexistent/events.json")


def test_attribution_round_trips_and_validates(prague_event: Event) -> None:
    source = replace(prague_event.sources[0], attribution="Sergei Lavrov")
    claimed = replace(prague_event, sources=(source, replace(source, document="wire", attribution=None)))
    text = dumps_events([claimed])
    jsonschema.validate(json.loads(text), SCHEMA)
    assert [s["attribution"] for s in json.loads(text)["events"][0]["sources"]] == ["Sergei Lavrov", None]
    assert loads_events(text) == [claimed]


def test_bce_days_round_trip_and_validate(prague_event: Event) -> None:
    bce = replace(
        prague_event, date="BC0044-03-15", start=Day.from_ymd(-44, 3, 15), end=Day.from_ymd(-44, 3, 15)
    )
    payload = json.loads(dumps_events([bce]))
    jsonschema.validate(payload, SCHEMA)
    assert payload["events"][0]["start"] == "-0044-03-15"
    assert loads_events(dumps_events([bce])) == [bce]
