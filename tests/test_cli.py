"""The command line end to end: the seed articles' acceptance case and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import EXAMPLES, REPO
from timeline.cli import app
from timeline.linking import read_graph
from timeline.serialize import load_events

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def seed_events() -> list[dict]:
    result = run("extract", EXAMPLES)
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    return payload["events"]


def find(events: list[dict], date: str, *words: str) -> dict:
    """The event with this TIMEX3 value whose title or trigger mentions every word."""
    for event in events:
        text = f"{event['title']} {event['trigger']}".lower()
        if event["date"] == date and all(w.lower() in text for w in words):
            return event
    listing = "\n".join(f"{e['date']} {e['status']} {e['title']!r}" for e in events)
    raise AssertionError(f"no event {date} with {words} among:\n{listing}")


@pytest.mark.parametrize(
    ("date", "words", "status", "precision"),
    [
        ("2010-11-20", ("summit", "Lisbon"), "planned", "day"),
        ("2010-04-08", ("treaty", "Prague"), "occurred", "day"),
        ("2011-12-08", ("NATO", "Russia"), "occurred", "day"),
        ("2012-05", ("summit",), "planned", "month"),
    ],
)
def test_seed_articles_yield_the_acceptance_events(
    seed_events: list[dict], date: str, words: tuple[str, ...], status: str, precision: str
) -> None:
    event = find(seed_events, date, *words)
    assert event["status"] == status
    assert event["precision"] == precision


def test_seed_dcts_are_read_from_the_articles() -> None:
    payload = json.loads(run("extract", EXAMPLES).stdout)
    dcts = {d["id"]: (d["dct"], d["dct_source"]) for d in payload["documents"]}
    assert dcts == {
        "000_627a13c363480fff": ("2010-11-10", "byline"),
        "003_0013bbebfd2da064": ("2011-12-08", "dateline"),
    }


def test_no_event_from_page_furniture(seed_events: list[dict]) -> None:
    for event in seed_events:
        sentence = event["sentence"].lower()
        assert "copyright" not in sentence and "articles by" not in sentence, event
        assert not event["sentence"].startswith("Global Research,"), event
        assert "(AFP) Dec 8, 2011" not in event["time_text"], event


def test_every_event_points_back_into_its_document(seed_events: list[dict]) -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in EXAMPLES.glob("*.txt")}
    for event in seed_events:
        text = texts[event["document"]]
        start, end = event["time_span"]
        assert text[start:end] == event["time_text"]
        start, end = event["trigger_span"]
        assert text[start:end] == event["trigger"]
        assert event["start"] <= event["end"]


def test_jsonl_and_csv_formats(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    assert run("extract", EXAMPLES, "--format", "jsonl", "-o", out).exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["id"] for line in lines)
    result = run("extract", EXAMPLES / "000_627a13c363480fff.txt", "-f", "csv")
    assert result.stdout.startswith("id,date,start,end")


def test_given_dct_overrides_the_document(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The ministers met yesterday in Vienna to discuss the deal.", encoding="utf-8")
    payload = json.loads(run("extract", article, "--dct", "2011-12-08").stdout)
    assert payload["documents"][0]["dct_source"] == "given"
    assert [e["date"] for e in payload["events"]] == ["2011-12-07"]


def test_build_then_render_round_trip(tmp_path: Path) -> None:
    html, graph, events = tmp_path / "t.html", tmp_path / "g.json", tmp_path / "e.json"
    result = run("build", EXAMPLES, "-o", html, "--graph", graph, "--events", events)
    assert result.exit_code == 0, result.output
    page = html.read_text(encoding="utf-8")
    assert "<html" in page.lower() and "Prague" in page
    loaded = load_events(events)
    assert {e.id for e in loaded} <= set(read_graph(graph).nodes)
    again = tmp_path / "again.html"
    assert run("render", events, "-o", again).exit_code == 0
    assert "Prague" in again.read_text(encoding="utf-8")


def test_graphml_export(tmp_path: Path) -> None:
    graph = tmp_path / "g.graphml"
    assert run("build", EXAMPLES, "-o", tmp_path / "t.html", "--graph", graph).exit_code == 0
    assert read_graph(graph).number_of_nodes() > 0


def _one_line_error(result, *needles: str) -> None:
    assert "Traceback" not in result.output
    assert all(n in result.stderr for n in needles), result.stderr


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"caf\xe9 on May 3, 2010", "UTF-8"),
    ],
)
def test_bad_file_alone_exits_1_with_a_one_line_error(tmp_path: Path, content: bytes, problem: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run("extract", bad)
    assert result.exit_code == 1
    _one_line_error(result, "bad.txt", problem)


def test_bad_file_in_a_batch_is_skipped_and_the_rest_processed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Talks were held in Geneva on March 3, 2009.", encoding="utf-8")
    result = run("extract", tmp_path)
    assert result.exit_code == 0
    _one_line_error(result, "empty.txt", "skipped")
    assert [e["date"] for e in json.loads(result.stdout)["events"]] == ["2009-03-03"]


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    result = run("extract", tmp_path / "nope.txt")
    assert result.exit_code == 1
    _one_line_error(result, "nope.txt")
    (tmp_path / "notes.bin").write_bytes(b"x")
    result = run("extract", tmp_path)
    assert result.exit_code == 1
    _one_line_error(result, "no supported files")


def test_bad_dct_is_a_usage_error() -> None:
    result = run("extract", EXAMPLES, "--dct", "12/08/2011")
    assert result.exit_code == 2
    _one_line_error(result, "--dct", "YYYY-MM-DD")


def test_malformed_events_file_for_render(tmp_path: Path) -> None:
    bad = tmp_path / "events.json"
    bad.write_text("{not json", encoding="utf-8")
    result = run("render", bad, "-o", tmp_path / "t.html")
    assert result.exit_code == 1
    _one_line_error(result, "events.json", "not valid event JSON")
    assert not (tmp_path / "t.html").exists()


@pytest.mark.parametrize("command", ["extract", "build", "render", "tag", "eval", "check", "export"])
def test_help_has_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert f"timeline {command}" in result.stdout and "Example" in result.stdout


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("timeline")
    result = subprocess.run([script, "--help"], capture_output=True, text=True, cwd=REPO, check=False)
    assert result.returncode == 0 and "extract" in result.stdout


def test_tag_other_language_and_unknown_language(tmp_path: Path) -> None:
    article = tmp_path / "de.txt"
    article.write_text("Die Minister trafen sich gestern in Berlin.", encoding="utf-8")
    result = run("tag", article, "--dct", "2011-12-08", "--language", "de")
    assert result.exit_code == 0 and 'value="2011-12-07">gestern</TIMEX3>' in result.stdout
    result = run("tag", article, "--language", "xx")
    assert result.exit_code == 2 and "unknown language 'xx'" in result.stderr


@pytest.mark.parametrize(("target", "marker"), [("timelinejs", '"start_date"'), ("ics", "BEGIN:VCALENDAR")])
def test_export_formats(tmp_path: Path, target: str, marker: str) -> None:
    events = tmp_path / "events.json"
    assert run("extract", EXAMPLES, "-o", events).exit_code == 0
    result = run("export", events, "--to", target)
    assert result.exit_code == 0 and marker in result.stdout
    graph = tmp_path / "events.graphml"
    assert run("export", events, "--to", "graphml", "-o", graph).exit_code == 0
    assert read_graph(graph).number_of_nodes() > 0
    assert run("export", events, "--to", "graphml").exit_code == 2


def test_build_writes_stated_relations_in_the_documented_schema(tmp_path: Path) -> None:
    import jsonschema

    events = tmp_path / "e.json"
    fixture = REPO / "tests" / "fixtures" / "linking" / "consistent"
    result = run("build", fixture, "-o", tmp_path / "t.html", "--events", events)
    assert result.exit_code == 0, result.output
    payload = json.loads(events.read_text(encoding="utf-8"))
    schema = json.loads((REPO / "docs" / "events.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(payload, schema)
    ids = {e["id"] for e in payload["events"]}
    assert payload["relations"] and all({r["source"], r["target"]} <= ids for r in payload["relations"])
    assert {r["type"] for r in payload["relations"]} >= {"AFTER", "BEFORE"}


def test_top_keeps_the_most_salient_events(tmp_path: Path) -> None:
    html, events = tmp_path / "t.html", tmp_path / "e.json"
    result = run("build", EXAMPLES, "-o", html, "--events", events, "--top", "2")
    assert result.exit_code == 0, result.output
    assert "2 events</caption>" in html.read_text(encoding="utf-8")
    loaded = load_events(events)  # the events file keeps them all
    assert len(loaded) > 2
    again = tmp_path / "again.html"
    assert run("render", events, "-o", again, "--top", "2").exit_code == 0
    assert "2 events</caption>" in again.read_text(encoding="utf-8")
    for event in sorted(loaded, key=lambda e: -e.salience)[:2]:
        assert f"<td>{event.date}</td>" in again.read_text(encoding="utf-8")
    assert run("render", events, "-o", again, "--top", "0").exit_code == 2
