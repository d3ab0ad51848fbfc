"""Merging reports of the same event across articles."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from tests.conftest import EXAMPLES
from tests.events.helpers import timex
from tests.linking.helpers import report
from timeline.events import extract_events
from timeline.linking import merge_events
from timeline.linking.match import candidate_pairs, words
from timeline.model import Document, Precision, Status

LISBON = "NATO-Russia summit in Lisbon"


def test_same_event_in_two_articles_merges_and_the_precise_date_wins() -> None:
    vague = report(LISBON, "2010-11", "a", trigger="summit", actors=("NATO",), places=("Lisbon",))
    precise = report(
        "NATO-Russia summit in Lisbon, Portugal",
        "2010-11-20",
        "b",
        trigger="summit",
        actors=("Russia",),
        places=("Lisbon", "Portugal"),
    )
    [merged] = merge_events([vague, precise])
    assert (merged.date, merged.precision, merged.start) == ("2010-11-20", Precision.DAY, date(2010, 11, 20))
    assert [s.document for s in merged.sources] == ["b", "a"]
    assert set(merged.actors) == {"NATO", "Russia"}
    assert merged.places == ("Lisbon", "Portugal")
    assert merged.salience > precise.salience


def test_different_events_do_not_merge() -> None:
    events = [
        report(LISBON, "2010-11-20", "a", trigger="summit"),
        report(LISBON, "2010-11-21", "b", trigger="summit"),  # another day
        report("Arms reduction treaty signed in Prague", "2010-11-20", "c", trigger="signed"),
        report(LISBON, "2010-11-20", "d", trigger="summit", status=Status.PLANNED),  # a plan, not the fact
    ]
    assert len(merge_events(events)) == 4


def test_a_vague_report_does_not_chain_two_different_days() -> None:
    events = [
        report(LISBON, "2010-11-20", "a", trigger="summit", places=("Lisbon",)),
        report(LISBON, "2010-11", "b", trigger="summit", places=("Lisbon",)),
        report(LISBON, "2010-11-21", "c", trigger="summit", places=("Lisbon",)),
    ]
    merged = merge_events(events)
    assert len(merged) == 2
    assert sorted(len(e.sources) for e in merged) == [1, 2]


def test_near_duplicate_articles_do_not_double_events() -> None:
    original = (EXAMPLES / "003_0013bbebfd2da064.txt").read_text(encoding="utf-8")
    copy = original.replace("by Staff Writers", "by AFP Staff Writers")  # a re-post, shifted offsets
    events = [
        event
        for name, text in (("copy-1", original), ("copy-2", copy))
        for event in extract_events(
            Document(name, text, date(2011, 12, 8)),
            [timex(text, "Thursday", "2011-12-08"), timex(text, "May 2012", "2012-05")],
        )
    ]
    merged = merge_events(events)
    assert len(events) == 4
    assert len(merged) == 2
    assert all({s.document for s in e.sources} == {"copy-1", "copy-2"} for e in merged)


def test_blocking_compares_far_fewer_than_all_pairs() -> None:
    day = date(2000, 1, 1)
    events = [
        report(
            f"Minister {i} opened bridge {i}",
            (day + timedelta(days=i)).isoformat(),
            f"d{i}",
            trigger="opened",
        )
        for i in range(400)
    ]
    pairs = list(candidate_pairs(events, [words(e) for e in events]))
    assert len(pairs) < 400 * 399 // 2 // 10
    assert len(merge_events(events)) == 400


def test_a_big_story_still_merges_beyond_the_block_limit() -> None:
    reports = [
        report(LISBON, "2010-11-20", f"wire-{i}", trigger="summit", places=("Lisbon",)) for i in range(150)
    ]
    [merged] = merge_events(reports)
    assert len(merged.sources) == 150


def test_differently_worded_reports_of_one_day_merge_on_trigger_and_place() -> None:
    ours = report(
        "Russian-American strategic arms reduction treaty signed at a summit in Prague",
        "2010-04-08",
        "a",
        trigger="signed",
        places=("Prague",),
    )
    theirs = report(
        "Obama and Medvedev signed the New START treaty in Prague",
        "2010-04-08",
        "b",
        trigger="signed",
        actors=("Obama", "Medvedev"),
        places=("Prague",),
    )
    [merged] = merge_events([ours, theirs])
    assert merged.actors == ("Obama", "Medvedev")
    assert {s.document for s in merged.sources} == {"a", "b"}


def test_reports_naming_different_actors_do_not_merge() -> None:
    travelers = report(
        "Travelers Corp.'s net income rose", "1989-Q3", "a", trigger="rose", actors=("Travelers Corp",)
    )
    compaq = report(
        "Compaq Computer Corp.'s net income rose", "1989-Q3", "b", trigger="rose", actors=("Compaq",)
    )
    assert len(merge_events([travelers, compaq])) == 2


def test_each_companys_quarter_is_its_own_event() -> None:
    dsm = replace(report("Net income jumped", "1989-Q3", "a"), sentence="DSM said net income jumped 63%.")
    ogden = replace(report("Net income jumped", "1989-Q3", "b"), sentence="Ogden said net income jumped.")
    assert len(merge_events([dsm, ogden])) == 2


def test_different_figures_are_different_facts() -> None:
    first = report("Company earned $461 million", "1988-10-20", "a", trigger="earned")
    second = report("Company earned $480.4 million", "1988-10-20", "b", trigger="earned")
    assert len(merge_events([first, second])) == 2


def test_the_same_sentence_in_two_copies_merges_even_with_a_vague_date() -> None:
    first = report("Olympic bombing", "1996", "a", trigger="bombing")
    second = report("Olympic bombing", "1996", "b", trigger="bombing")
    assert first.sentence == second.sentence
    [merged] = merge_events([first, second])
    assert len(merged.sources) == 2
