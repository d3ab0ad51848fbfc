"""Relations stated in real news sentences: which events they join, their type and offset."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.linking.helpers import report
from timeline.linking import build_graph, find_relations, find_relations_batch, merge_events, merged_relations
from timeline.linking.relations import AFTER, Relation, signals
from timeline.model import Document, Span
from timeline.pipeline import DocumentResult, link, process_document

DCT = date(2011, 12, 9)  # a Friday


def processed(text: str, name: str = "doc", dct: date = DCT) -> DocumentResult:
    return process_document(Document(name, text, dct=dct), "news")


def stated(text: str) -> list[tuple[str, str, str, str | None, str]]:
    """(source trigger, type, target trigger, offset, signal) of each relation in ``text``."""
    result = processed(text)
    triggers = {e.id: e.trigger for e in result.events}
    return [
        (triggers[r.source], r.type, triggers[r.target], r.offset, r.signal)
        for r in find_relations(result.document, result.events)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers met in Brussels on Thursday, two days after the summit in Lisbon on Tuesday.",
            ("met", "AFTER", "summit", "P2D", "two days after"),
        ),
        (
            "The vote was held on March 3, a week before the referendum on March 10.",
            ("held", "BEFORE", "referendum", "P1W", "a week before"),
        ),
        (
            "The alliance approved a new strategic concept on Friday, a day before the summit on Saturday.",
            ("approved", "BEFORE", "summit", "P1D", "a day before"),
        ),
        (
            "Following the talks on Monday, Lavrov told a news conference on Tuesday that no deal was near.",
            ("told", "AFTER", "talks", None, "Following"),
        ),
        (
            "The ceasefire collapsed on Friday, prior to the meeting of foreign ministers on Saturday.",
            ("collapsed", "BEFORE", "meeting", None, "prior to"),
        ),
        (  # the noun refers back to an event of an earlier sentence, by lemma: meeting / met
            "Foreign ministers met in Brussels on Wednesday. Lavrov told a news conference on Thursday, "
            "after the meeting with the ministers, that Moscow wanted guarantees.",
            ("told", "AFTER", "met", None, "after"),
        ),
        (  # a clause: "after the talks ended" relates to the talks' own verb when it is dated there
            "Talks ended on Monday. After the talks ended, the ministers signed the accord on Tuesday.",
            ("signed", "AFTER", "ended", None, "After"),
        ),
        (  # the title's event noun: "the summit" is the one the leaders held
            "NATO leaders held a summit in Lisbon on November 20. The ministers met in Brussels on "
            "November 18, two days before the summit.",
            ("met", "BEFORE", "held", "P2D", "two days before"),
        ),
        (  # a subjectless participle clause happens with its main verb; bombings / bombed share "bomb"
            "U.S. embassies in Nairobi and Dar es Salaam were bombed on Aug. 7. Retaliating 13 days after "
            "the deadly embassy bombings, U.S. forces on Thursday launched cruise missile strikes.",
            ("launched", "AFTER", "bombed", "P13D", "13 days after"),
        ),
    ],
)
def test_relations_in_news_sentences(text: str, expected: tuple[str, str, str, str | None, str]) -> None:
    assert stated(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # "since March" is a date, not an event
        "The carrier Eisenhower has been on patrol since March, officials said on Monday.",
        # the verb governing "since" is not a dated event: "said" does not follow the election
        "Prices have risen 10 percent since the election in May, the ministry said on Monday.",
        # no event is named after the signal
        "Rasmussen spoke to reporters on Thursday after Lavrov.",
        # the signal belongs to a second subject told with its own date and no verb of its own
        "Germany surrendered on 8 May 1945, and Japan on 2 September, after the atomic bombings of 6 August.",
    ],
)
def test_no_relation_without_two_events(text: str) -> None:
    assert stated(text) == []


def test_signal_span_and_sentence_point_into_the_document() -> None:
    text = "Officials said on Monday. The ministers met on Thursday, two days after the summit on Tuesday."
    result = processed(text)
    [relation] = find_relations(result.document, result.events)
    assert relation.signal_span.slice(text) == "two days after" == relation.signal
    assert relation.sentence == text[text.index("The ministers") :] and relation.document == "doc"


def test_signals_are_data() -> None:
    assert signals()["prior to"].relation == "BEFORE" and signals()["on the eve of"].offset == "P1D"


def test_another_article_names_the_event_it_refers_to() -> None:
    ministers = processed(
        "NATO foreign ministers met in Brussels on Thursday, two days after the NATO summit.", "a"
    )
    summit = processed("NATO leaders gathered in Lisbon for the NATO summit on Tuesday.", "b")
    [relation] = find_relations_batch([(r.document, r.events) for r in (ministers, summit)])[0]
    assert relation.target in {e.id for e in summit.events} and relation.type == AFTER
    assert find_relations(ministers.document, ministers.events) == []  # alone it has no summit


def test_an_unrelated_article_is_not_the_target() -> None:
    ministers = processed("Ministers met in Brussels on Thursday, two days after the summit.", "a")
    summit = processed("Leaders of the G20 held their summit in Cannes on Tuesday.", "b")
    assert find_relations_batch([(r.document, r.events) for r in (ministers, summit)]) == [[], []]


def _relation(source: str, target: str) -> Relation:
    return Relation(source, target, AFTER, "P2D", "two days after", Span(0, 14), "sentence", "a")


def test_merged_relations_follow_the_reports_into_their_merged_events() -> None:
    met = report("ministers met in Brussels", "2011-12-08", "a", actors=("NATO",))
    met_again = replace(report("ministers met in Brussels", "2011-12-08", "b", actors=("NATO",)))
    summit = report("NATO summit", "2011-12-06", "a")
    merged = merge_events([met, met_again, summit])
    assert len(merged) == 2
    owner = {s.document: e.id for e in merged for s in e.sources if "met" in e.title}
    relations = merged_relations([_relation(met_again.id, summit.id), _relation(met.id, met.id)], merged)
    assert [(r.source, r.target) for r in relations] == [(owner["b"], summit.id)]


def test_graph_has_a_stated_edge_with_its_offset() -> None:
    met = report("ministers met in Brussels", "2011-12-08", "a")
    summit = report("NATO summit", "2011-12-06", "a")
    graph = build_graph([met, summit], relations=[_relation(met.id, summit.id)])
    [data] = graph.get_edge_data(met.id, summit.id).values()
    assert data == {"relation": "stated_after", "offset": "P2D", "signal": "two days after"}


def test_link_carries_relations_between_merged_events() -> None:
    timeline = link(
        [
            processed("NATO foreign ministers met in Brussels on Thursday, two days after the summit.", "a"),
            processed("NATO leaders gathered in Lisbon for the NATO summit on Tuesday.", "b"),
            processed("NATO leaders gathered in Lisbon for the NATO summit on Tuesday, officials said.", "c"),
        ]
    )
    ids = {e.id: e.trigger for e in timeline.events}
    assert [(ids[r.source], r.type, ids[r.target]) for r in timeline.relations] == [("met", AFTER, "summit")]
    [relation] = timeline.relations
    [summit] = [e for e in timeline.events if e.id == relation.target]
    assert {s.document for s in summit.sources} == {"b", "c"}  # both reports, one merged event
    assert "stated_after" in timeline.graph.get_edge_data(relation.source, relation.target)
