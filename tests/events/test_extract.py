"""Event extraction on real news sentences with hand-made time expressions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.events.helpers import events_of, only, timex
from timeline.events import extract_events, extract_events_batch
from timeline.model import Document, Precision, Span, Status, TimexType

LISBON = "The matter is on the agenda of the next NATO-Russia summit in Lisbon on November 20th...."
PRAGUE = (
    "The Russian delegation in Brussels was led by Anatoli Antonov, the same diplomat who successfully "
    "negotiated the latest Russian-American strategic arms reduction treaty, signed at a summit in "
    "Prague on April 8th."
)
RIFT = (
    "NATO and Russia failed to resolve a rift over a European missile shield on Thursday but agreed "
    "to press on with negotiations aimed at reaching a cooperation deal."
)
HOPED = "Rasmussen said he hoped a deal would be struck by the next NATO summit in May 2012."


def test_event_noun_wins_over_the_parsers_attachment() -> None:
    event = only(events_of(LISBON, date(2010, 11, 10), ("November 20th", "2010-11-20")))
    assert event.trigger == "summit"
    assert event.title == "NATO-Russia summit in Lisbon"
    assert event.status is Status.PLANNED
    assert (event.start, event.end, event.precision) == (
        date(2010, 11, 20),
        date(2010, 11, 20),
        Precision.DAY,
    )
    assert event.places == ("Lisbon",)
    assert "NATO" in event.actors


def test_participle_trigger_and_title_with_its_noun() -> None:
    event = only(events_of(PRAGUE, date(2010, 11, 10), ("April 8th", "2010-04-08")))
    assert event.trigger == "signed"
    assert event.trigger_span.slice(PRAGUE) == "signed"
    assert event.title == "Russian-American strategic arms reduction treaty signed at a summit in Prague"
    assert "April" not in event.title
    assert event.status is Status.OCCURRED
    assert event.places == ("Prague",)


def test_failed_to_is_an_occurrence_and_the_title_stops_at_the_conjunction() -> None:
    event = only(events_of(RIFT, date(2011, 12, 8), ("Thursday", "2011-12-08")))
    assert event.trigger == "failed"
    assert event.title == "NATO and Russia failed to resolve a rift over a European missile shield"
    assert event.status is Status.OCCURRED
    assert event.actors == ("NATO", "Russia")


def test_hoped_for_deal_by_next_summit_dates_the_summit_as_planned() -> None:
    event = only(events_of(HOPED, date(2011, 12, 8), ("May 2012", "2012-05")))
    assert event.trigger == "summit"
    assert event.title == "NATO summit"
    assert event.status is Status.PLANNED
    assert (event.start, event.end, event.precision) == (date(2012, 5, 1), date(2012, 5, 31), Precision.MONTH)


def test_two_expressions_in_one_sentence_date_two_happenings() -> None:
    text = "Lavrov said on Friday that the talks in March had failed."
    events = events_of(text, date(2011, 4, 10), ("Friday", "2011-04-08"), ("March", "2011-03"))
    assert [(e.trigger, e.time_text) for e in events] == [("said", "Friday"), ("talks", "March")]
    assert events[1].title == "Talks had failed"
    assert all(e.status is Status.OCCURRED for e in events)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "dct", "status"),
    [
        (
            "Obama did not meet the Dalai Lama on Tuesday.",
            "Tuesday",
            "2011-12-06",
            date(2011, 12, 8),
            Status.NEGATED,
        ),
        (
            "The ministers expect to sign the agreement on Friday.",
            "Friday",
            "2011-12-09",
            date(2011, 12, 8),
            Status.EXPECTED,
        ),
        (
            "If the talks collapse on Monday, the strike could resume.",
            "Monday",
            "2011-12-12",
            date(2011, 12, 8),
            Status.HYPOTHETICAL,
        ),
        (
            "Rebels could attack the capital on Sunday.",
            "Sunday",
            "2011-12-11",
            date(2011, 12, 8),
            Status.HYPOTHETICAL,
        ),
        (
            "The president will visit Beijing on March 3.",
            "March 3",
            "2012-03-03",
            date(2011, 12, 8),
            Status.PLANNED,
        ),
        (
            "The election is scheduled to take place on June 5.",
            "June 5",
            "2012-06-05",
            date(2011, 12, 8),
            Status.PLANNED,
        ),
        ("Workers are striking this week.", "this week", "2011-W49", date(2011, 12, 8), Status.ONGOING),
        (
            "The rebels attacked the town on Sunday.",
            "Sunday",
            "2011-12-04",
            date(2011, 12, 8),
            Status.OCCURRED,
        ),
        ("The rebels attacked the town on Sunday.", "Sunday", "2011-12-04", None, Status.OCCURRED),
        ("The president will visit Beijing on March 3.", "March 3", "2012-03-03", None, Status.PLANNED),
        (
            "Rasmussen said he hoped the deal would be signed on Friday.",
            "Friday",
            "2011-12-09",
            date(2011, 12, 8),
            Status.EXPECTED,
        ),
        (
            "The president is to visit Moscow on Monday.",
            "Monday",
            "2011-12-12",
            date(2011, 12, 8),
            Status.PLANNED,
        ),
        (
            "Talks are under way in Brussels this week.",
            "this week",
            "2011-W49",
            date(2011, 12, 8),
            Status.ONGOING,
        ),
        ("Police never found the weapon in 1998.", "1998", "1998", date(2011, 12, 8), Status.NEGATED),
        (  # a past told as believed is no expectation
            "Police said they believe the IRA was behind two killings in Belfast last week.",
            "last week",
            "1998-W07",
            date(1998, 2, 16),
            Status.OCCURRED,
        ),
        (  # an event noun that acts is nobody's plan, whatever its verb ("set off")
            "The boy whose rescue off Florida's coast two months ago set off a tug-of-war is 6.",
            "two months ago",
            "1999-11",
            date(2000, 1, 28),
            Status.OCCURRED,
        ),
        (
            "Service Corp. said it expects to report net income of 15 cents a share for the third quarter.",
            "the third quarter",
            "1989-Q3",
            date(1989, 10, 27),
            Status.EXPECTED,
        ),
    ],
)
def test_status(text: str, phrase: str, value: str, dct: date | None, status: Status) -> None:
    assert only(events_of(text, dct, (phrase, value))).status is status


def test_an_expected_event_noun_is_the_trigger() -> None:
    event = only(events_of("A vote is expected on Tuesday.", date(2011, 12, 8), ("Tuesday", "2011-12-13")))
    assert (event.trigger, event.title, event.status) == ("vote", "Vote is expected", Status.EXPECTED)


def test_negated_title_keeps_the_negation() -> None:
    text = "Obama did not meet the Dalai Lama on Tuesday."
    assert only(events_of(text, date(2011, 12, 8), ("Tuesday", "2011-12-06"))).title == (
        "Obama did not meet the Dalai Lama"
    )


def test_actor_names_are_normalized_within_the_document() -> None:
    text = (
        "Foreign Minister Sergei Lavrov arrived in Brussels on Wednesday. "
        "Lavrov met NATO ministers on Thursday."
    )
    events = events_of(text, date(2011, 12, 8), ("Wednesday", "2011-12-07"), ("Thursday", "2011-12-08"))
    assert [e.trigger for e in events] == ["arrived", "met"]
    assert events[0].actors == ("Sergei Lavrov",)
    assert events[0].places == ("Brussels",)
    assert "Sergei Lavrov" in events[1].actors
    assert not any("Minister" in a or a == "Lavrov" for e in events for a in e.actors)


def test_page_furniture_and_datelines_yield_no_event() -> None:
    text = (
        "By [Alexander Vatutin](#)\n\n"
        "Global Research, November 10, 2010\n\n"
        "[Voice of Russia](#) 10 November 2010\n\n"
        "by Staff Writers Brussels (AFP) Dec 8, 2011 NATO and Russia failed to resolve a rift over a "
        "European missile shield on Thursday.\n"
        "Copyright © [Alexander Vatutin](#), [Voice of Russia](#), 2010\n"
        "The content herein are Copyright 1995-2014 - Space Media Network.\n"
    )
    timexes = [
        timex(text, "November 10, 2010", "2010-11-10"),
        timex(text, "10 November 2010", "2010-11-10"),
        timex(text, "Dec 8, 2011", "2011-12-08"),
        timex(text, "Thursday", "2011-12-08"),
        timex(text, "2010", "2010", nth=2),
        timex(text, "1995-2014", "1995"),
    ]
    events = extract_events(Document("doc", text, date(2011, 12, 8)), timexes)
    assert [(e.time_text, e.trigger) for e in events] == [("Thursday", "failed")]
    assert events[0].sentence.startswith("NATO and Russia failed")


def test_the_dct_span_itself_is_skipped() -> None:
    text = "Brussels, Dec 8, 2011 - Ministers met on Thursday."
    start = text.index("Dec 8, 2011")
    document = Document("doc", text, date(2011, 12, 8), dct_span=Span(start, start + len("Dec 8, 2011")))
    timexes = [timex(text, "Dec 8, 2011", "2011-12-08"), timex(text, "Thursday", "2011-12-08")]
    assert [e.time_text for e in extract_events(document, timexes)] == ["Thursday"]


@pytest.mark.parametrize(
    ("phrase", "value", "kind"),
    [
        ("three days", "P3D", TimexType.DURATION),
        ("every week", "P1W", TimexType.SET),
        ("now", "PRESENT_REF", TimexType.DATE),
        ("on Friday", "XXXX-WXX-5", TimexType.DATE),
    ],
)
def test_durations_sets_fillers_and_underspecified_dates_yield_no_event(
    phrase: str, value: str, kind: TimexType
) -> None:
    text = f"The rebels attacked the town {phrase}."
    document = Document("doc", text, date(2011, 12, 8))
    assert extract_events(document, [timex(text, phrase, value, kind)]) == []


def test_unanchored_expressions_yield_no_event() -> None:
    text = "The rebels attacked the town on Sunday."
    unanchored = timex(text, "Sunday", "2011-12-04")
    document = Document("doc", text, None)
    assert extract_events(document, [replace(unanchored, anchored=False)]) == []


def test_sources_ids_and_batch_agree() -> None:
    document = Document("seed-000", PRAGUE, date(2010, 11, 10), title="Russia, NATO", url="https://x.test/a")
    timexes = [timex(PRAGUE, "April 8th", "2010-04-08")]
    event = only(extract_events(document, timexes))
    source = event.sources[0]
    assert len(event.sources) == 1
    assert (source.document, source.document_title, source.url, source.dct) == (
        "seed-000",
        "Russia, NATO",
        "https://x.test/a",
        date(2010, 11, 10),
    )
    assert source.time_span.slice(PRAGUE) == "April 8th"
    assert source.sentence == PRAGUE and source.sentence_span == Span(0, len(PRAGUE))
    assert source.value == "2010-04-08"
    assert event.id == only(extract_events(document, timexes)).id
    assert event.id.startswith("ev-")
    assert extract_events_batch([(document, timexes), (document, [])]) == [[event], []]


def test_a_date_inside_the_event_nouns_phrase_dates_the_noun() -> None:
    text = (
        "Bin Laden and Kopp replace two former Libyan intelligence agents charged in the Dec. 21, 1988, "
        "bombing of Pan Am Flight 103."
    )
    event = only(events_of(text, date(1999, 6, 7), ("Dec. 21, 1988", "1988-12-21")))
    assert event.trigger == "bombing"
    assert event.title.startswith("Bombing of Pan Am Flight 103")


def test_periods_and_comparisons_are_not_events() -> None:
    text = (
        "The company had a loss of $92.2 million for the quarter ended Sept. 30, "
        "compared with a year earlier."
    )
    assert (
        events_of(text, date(1989, 10, 27), ("Sept. 30", "1989-09-30"), ("a year earlier", "1988-Q3")) == []
    )


def test_negated_plan_is_negated() -> None:
    text = "Officials said they did not plan to remove Elian on Thursday."
    event = only(events_of(text, date(2000, 4, 5), ("Thursday", "2000-04-06")))
    assert (event.trigger, event.status) == ("remove", Status.NEGATED)


def test_relative_clause_title_keeps_its_noun() -> None:
    text = "Yeltsin praised the treaty, which the two presidents signed last May."
    event = only(events_of(text, date(1998, 1, 10), ("last May", "1997-05")))
    assert event.trigger == "signed"
    assert event.title == "Treaty which the two presidents signed"


def test_a_time_right_after_the_dct_belongs_to_the_dateline() -> None:
    text = "Brussels (AFP) Dec 8, 2011 10:30 GMT - Ministers met on Thursday."
    start = text.index("Dec 8, 2011")
    document = Document("doc", text, date(2011, 12, 8), dct_span=Span(start, start + len("Dec 8, 2011")))
    timexes = [
        timex(text, "10:30 GMT", "2011-12-08T10:30", TimexType.TIME),
        timex(text, "Thursday", "2011-12-08"),
    ]
    assert [e.time_text for e in extract_events(document, timexes)] == ["Thursday"]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "title"),
    [
        (
            "The bombings on Aug. 7 killed 259 people, including 12 Americans.",
            "Aug. 7",
            "1998-08-07",
            "Bombings killed 259 people",
        ),
        (
            "Burton said he subpoenaed Elian to testify before the committee on Feb. 10.",
            "Feb. 10",
            "2000-02-10",
            "Subpoenaed Elian to testify before the committee",
        ),
        (
            "The rebels waged war on the troops, declaring victory on Jan. 1, 1959.",
            "Jan. 1, 1959",
            "1959-01-01",
            "Rebels declaring victory",
        ),
    ],
)
def test_titles_borrow_the_missing_subject_or_object(text: str, phrase: str, value: str, title: str) -> None:
    assert only(events_of(text, date(2000, 4, 1), (phrase, value))).title == title


def test_bce_dates_make_events_with_their_names_kept_apart() -> None:
    text = (
        "Julius Caesar was assassinated in Rome on March 15, 44 BC. "
        "The Western Roman Empire fell in AD 476, when Odoacer deposed Romulus Augustulus."
    )
    caesar, empire = events_of(
        text, date(2020, 1, 1), ("March 15, 44 BC", "BC0044-03-15"), ("AD 476", "0476")
    )
    assert (caesar.trigger, caesar.start.isoformat(), caesar.end.isoformat()) == (
        "assassinated",
        "-0044-03-15",
        "-0044-03-15",
    )
    assert caesar.status is Status.OCCURRED and caesar.precision is Precision.DAY
    assert empire.trigger == "fell" and empire.start < empire.end and caesar.end < empire.start
    assert "Western Roman Empire" in empire.actors + empire.places + (empire.title,)
    assert not any(name.startswith("BC") for name in empire.actors + empire.places)


def test_a_date_before_a_name_is_not_part_of_it() -> None:
    text = "On 1 August Germany declared war on Russia, and in 146 BC Carthage was destroyed by Rome."
    war, carthage = events_of(text, date(2020, 1, 1), ("1 August", "1914-08-01"), ("146 BC", "BC0146"))
    assert war.actors == ("Germany",) and war.places == ("Russia",)
    assert not any(name.startswith(("August", "BC")) for name in carthage.actors + carthage.places)


@pytest.mark.parametrize(
    ("text", "dated", "value", "first", "last", "time_text"),
    [
        (
            "The war lasted from 1861 until 1865.",
            (("1861", "1861"), ("1865", "1865")),
            "1861/1865",
            date(1861, 1, 1),
            date(1865, 12, 31),
            "1861 until 1865",
        ),
        (
            "Between 1914 and 1918 the empire lost two million men.",
            (("1914", "1914"), ("1918", "1918")),
            "1914/1918",
            date(1914, 1, 1),
            date(1918, 12, 31),
            "1914 and 1918",
        ),
        (
            "The exhibition runs from March 3 to April 10, 2012.",
            (("March 3", "2012-03-03"), ("April 10, 2012", "2012-04-10")),
            "2012-03-03/2012-04-10",
            date(2012, 3, 3),
            date(2012, 4, 10),
            "March 3 to April 10, 2012",
        ),
    ],
)
def test_two_dates_of_a_stretch_make_one_event_over_it(
    text: str, dated: tuple[tuple[str, str], ...], value: str, first: date, last: date, time_text: str
) -> None:
    event = only(events_of(text, date(2012, 1, 10), *dated))
    assert (event.date, event.start, event.end, event.time_text) == (value, first, last, time_text)
    assert text[event.time_span.start : event.time_span.end] == time_text
    assert event.sources[0].value == value
    assert time_text not in event.title and not event.title.endswith((" to", " and", " until"))


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met on Monday and the leaders met in May 2012.",
        "The vote was moved from Monday to May 2012.",
        "Talks were postponed from Monday until May 2012.",
    ],
)
def test_two_dates_not_joined_as_a_stretch_stay_apart(text: str) -> None:
    events = events_of(text, date(2011, 12, 8), ("Monday", "2011-12-05"), ("May 2012", "2012-05"))
    assert "2011-12-05/2012-05" not in [e.date for e in events]


@pytest.mark.parametrize(
    ("text", "told", "counted", "value"),
    [
        (
            "Fort Sumter was attacked on April 12, and three days later Lincoln called for volunteers.",
            ("April 12", "1861-04-12"),
            ("three days", "P3D"),
            "1861-04-15",
        ),
        (  # no finer than the date it counts from
            "The family moved to Indiana in 1816. His mother died two years later.",
            ("1816", "1816"),
            ("two years", "P2Y"),
            "1818",
        ),
        (
            "The treaty was signed in May 1998. Talks had begun six months earlier.",
            ("May 1998", "1998-05"),
            ("six months", "P6M"),
            "1997-11",
        ),
    ],
)
def test_a_length_of_time_later_dates_an_event_from_the_last_date_told(
    text: str, told: tuple[str, str], counted: tuple[str, str], value: str
) -> None:
    timexes = [timex(text, *told), timex(text, *counted, kind=TimexType.DURATION)]
    events = extract_events(Document("doc", text, date(2020, 1, 1)), timexes)
    later = next(e for e in events if e.time_text.startswith(counted[0]))
    assert later.date == value and later.time_text.endswith(("later", "earlier"))
    assert later.start <= later.end and later.status is Status.OCCURRED


@pytest.mark.parametrize(
    "text",
    [
        "The family moved to Indiana in 1816. The trip took two years longer than planned.",
        "The family moved to Indiana in 1816. A neighbour saw them two years before the move.",  # the move's
    ],
)
def test_a_length_of_time_alone_dates_nothing(text: str) -> None:
    timexes = [timex(text, "1816", "1816"), timex(text, "two years", "P2Y", kind=TimexType.DURATION)]
    events = extract_events(Document("doc", text, date(2020, 1, 1)), timexes)
    assert [e.date for e in events] == ["1816"]


def test_years_later_count_across_the_era() -> None:
    text = "The first war began in 264 BC and ended twenty-three years later."
    timexes = [
        timex(text, "264 BC", "BC0264"),
        timex(text, "twenty-three years", "P23Y", kind=TimexType.DURATION),
    ]
    events = extract_events(Document("doc", text, date(2020, 1, 1)), timexes)
    assert [e.date for e in events if e.time_text.endswith("later")] == ["BC0241"]


def test_a_date_told_right_after_a_counted_one_dates_the_event() -> None:
    text = "She died in 1934. Sixty years later, in 1995, her remains were moved to the Pantheon."
    timexes = [
        timex(text, "1934", "1934"),
        timex(text, "Sixty years", "P60Y", kind=TimexType.DURATION),
        timex(text, "1995", "1995"),
    ]
    events = extract_events(Document("doc", text, date(2020, 1, 1)), timexes)
    assert [e.date for e in events] == ["1934", "1995"]  # not 1994, counted from 1934


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a plan told in the past for a date gone by: whether it took place the clause does not say
        ("The landings were originally set for Monday 5 June 1944.", "Monday 5 June 1944", "1944-06-05"),
        ("The offer had been scheduled to expire at midnight Friday.", "midnight Friday", "1989-10-27T24:00"),
    ],
)
def test_a_past_plan_for_a_date_gone_by_is_of_unknown_outcome(text: str, phrase: str, value: str) -> None:
    (event,) = events_of(text, date(2019, 3, 10), (phrase, value))
    assert event.status is Status.UNKNOWN


def test_a_plan_told_in_the_past_for_a_date_ahead_is_still_planned() -> None:
    (event,) = events_of(
        "The vote was scheduled for next Tuesday.", date(2019, 3, 10), ("next Tuesday", "2019-03-12")
    )
    assert event.status is Status.PLANNED
