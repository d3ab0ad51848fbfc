"""Title rules over real AQUAINT sentences: who did what, without the framing, the date or a stray comma."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.helpers import events_of, only, timex
from timeline.events import extract_events
from timeline.model import Document, TimexType

SLEPIAN = (
    "Slepian, a 52-year-old obstetrician and gynecologist who was the mainstay of Buffalo's only abortion "
    "clinic, was shot to death on the night of Oct. 23 as he stood in the kitchen of his home."
)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "title"),
    [
        (  # a leading discourse adverbial goes
            "In addition, the department is still considering a request last week from Elian's father "
            "in Cuba, Juan Miguel Gonzalez, to have Elian's temporary custody shifted.",
            "last week",
            "2000-W13",
            "Department is still considering a request from Elian's father",
        ),
        (  # a leading prepositional phrase goes
            "In July 1997, at a summit in Madrid, Spain, the alliance announced it would accept Poland, "
            "Hungary and the Czech Republic.",
            "July 1997",
            "1997-07",
            "Alliance announced it would accept Poland, Hungary and the Czech Republic",
        ),
    ],
)
def test_framing_before_the_subject_is_dropped(text: str, phrase: str, value: str, title: str) -> None:
    assert only(events_of(text, date(2000, 4, 1), (phrase, value))).title.startswith(title)


def test_relative_pronoun_subject_becomes_its_noun() -> None:
    text = (
        "Similarly, the Hungarian foreign minister, Janos Martonyi, who remembers the 1956 uprising as a "
        "13-year-old, said that membership of NATO meant that Hungary was returning home."
    )
    event = only(events_of(text, date(1999, 3, 12), ("1956", "1956")))
    assert event.title == "Hungarian foreign minister remembers the uprising as a 13-year-old"


def test_relative_clause_keeps_where() -> None:
    text = "He lived in Oklahoma City, where 168 people were killed in a bombing in 1995."
    assert only(events_of(text, date(1999, 3, 12), ("1995", "1995"))).title.startswith(
        "Oklahoma City where 168 people were killed"
    )


def test_purpose_infinitive_keeps_its_verb_and_drops_the_dangling_as_early() -> None:
    text = (
        "With the finding of a buried rifle 11 days ago, the authorities in the Buffalo, N.Y., area say they "
        "have gathered enough evidence in the October slaying of Dr. Barnett Slepian to begin presenting a "
        "murder case to a state grand jury as early as next week."
    )
    event = only(events_of(text, date(1999, 1, 1), ("next week", "1999-W01")))
    assert event.title.startswith("They have gathered to begin presenting a murder case")
    assert not event.title.endswith("early")


def test_preposition_whose_object_was_the_time_goes_with_it_and_no_stray_comma() -> None:
    event = only(events_of(SLEPIAN, date(1999, 1, 1), ("Oct. 23", "1998-10-23")))
    assert event.title == "Slepian was shot to death"


def test_a_preposition_on_a_noun_before_the_time_stays() -> None:
    text = "NATO and Russia failed to resolve a rift over a European missile shield on Thursday."
    event = only(events_of(text, date(2011, 12, 8), ("Thursday", "2011-12-08")))
    assert event.title == "NATO and Russia failed to resolve a rift over a European missile shield"


def test_long_titles_lose_their_rightmost_modifiers_not_a_cut_phrase() -> None:
    text = (
        "The Kenyan government planned on Friday to pay the first 32 death claims of 100,000 Kenyan "
        "shillings each to families of the victims of the bombing in Nairobi."
    )
    title = only(events_of(text, date(1998, 9, 1), ("Friday", "1998-08-28"))).title
    assert len(title.split()) <= 12
    assert title.startswith("Kenyan government planned to pay the first 32 death claims")
    assert not title.endswith(("of", "the", "to"))


def test_dashes_around_a_dropped_apposition_go() -> None:
    text = (
        "The suspect -- a Saudi citizen named Mohamed Rashed Daoud Al-Owhali -- was scheduled to appear "
        "before a U.S. magistrate judge in Manhattan on Thursday."
    )
    title = only(events_of(text, date(1998, 8, 27), ("Thursday", "1998-08-27"))).title
    assert "--" not in title
    assert title.startswith("Suspect")


@pytest.mark.parametrize(
    ("text", "phrase", "value", "title"),
    [
        (  # the parser hangs the first clause under the second's verb
            "The campaign dragged on for eight months; the last troops were evacuated in January 1916.",
            "January 1916",
            "1916-01",
            "Troops were evacuated",
        ),
        (
            "In the summer of 1858 he debated Stephen Douglas seven times; "
            "he lost the Senate race that autumn.",
            "that autumn",
            "1858-FA",
            "He lost the Senate race",
        ),
    ],
)
def test_a_title_stays_within_its_clause_between_semicolons(
    text: str, phrase: str, value: str, title: str
) -> None:
    assert only(events_of(text, date(2020, 1, 1), (phrase, value))).title == title


def test_a_trailing_participle_borrows_no_pronoun() -> None:
    text = (
        "Four years later he was elected to the House of Representatives, serving a single term "
        "from 1847 to 1849."
    )
    events = events_of(text, date(2020, 1, 1), ("1847", "1847"), ("1849", "1849"))
    assert only(events).title.startswith("Serving a single term")


def test_a_counted_date_beside_the_date_leaves_the_title() -> None:
    text = "Caesar crossed the Rubicon in 49 BC. He was murdered five years later, on 15 March 44 BC."
    timexes = [
        timex(text, "49 BC", "BC0049"),
        timex(text, "five years", "P5Y", kind=TimexType.DURATION),
        timex(text, "15 March 44 BC", "BC0044-03-15"),
    ]
    murder = next(e for e in extract_events(Document("doc", text, None), timexes) if e.trigger == "murdered")
    assert murder.title == "He was murdered"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "title"),
    [
        ("In 204 BC Scipio landed in Africa.", "204 BC", "BC0204", "Scipio landed in Africa"),
        (
            "The Soviets invaded on 17 September, and by early October Poland had fallen.",
            "early October",
            "1939-10",
            "Poland had fallen",
        ),
        (
            "In June 1941 Germany invaded the Soviet Union.",
            "June 1941",
            "1941-06",
            "Germany invaded the Soviet Union",
        ),
        (  # a part of the day before the date: the phrase opens the clause all the same
            "On the night of 7\u20138 August Soviet bombers struck Berlin.",
            "7\u20138 August",
            "1941-08-07",
            "Soviet bombers struck Berlin",
        ),
    ],
)
def test_a_date_that_opens_a_clause_is_no_part_of_the_name_after_it(
    text: str, phrase: str, value: str, title: str
) -> None:
    (event,) = events_of(text, date(2020, 1, 1), (phrase, value))
    assert event.title == title
    assert event.sentence == text  # the comma the parser was shown is not quoted


def test_a_clause_that_shares_the_verb_stays_out_of_the_title() -> None:
    text = "Germany surrendered on 8 May 1945, and Japan on 2 September, after the atomic bombings."
    events = events_of(text, date(2020, 1, 1), ("8 May 1945", "1945-05-08"), ("2 September", "1945-09-02"))
    assert [e.title for e in events if e.date == "1945-05-08"] == ["Germany surrendered"]


def test_the_date_of_a_clause_that_shares_the_verb_dates_no_event_of_the_first_subject() -> None:
    text = "Germany surrendered in 1945, and Japan on 2 September."
    events = events_of(text, date(2020, 1, 1), ("1945", "1945"), ("2 September", "1945-09-02"))
    assert [(e.date, e.title) for e in events] == [
        ("1945", "Germany surrendered")
    ]  # not Germany on 2 September
