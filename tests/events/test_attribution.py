"""Reported speech: events inside what someone said carry who said it; the narrator's facts do not."""

from __future__ import annotations

from datetime import date

import pytest

from tests.events.helpers import events_of, only
from tests.events.test_extract import HOPED, LISBON, PRAGUE, RIFT

LAVROV = (
    "Foreign Minister Sergei Lavrov arrived in Brussels. "
    "Lavrov said on Friday that the talks in March had failed."
)
RASMUSSEN = "NATO Secretary General Anders Fogh Rasmussen spoke after the talks. " + HOPED


def test_the_complement_is_attributed_and_the_reporting_event_is_not() -> None:
    said, talks = events_of(LAVROV, date(2011, 4, 10), ("Friday", "2011-04-08"), ("March", "2011-03"))
    assert (said.trigger, said.sources[0].attribution) == ("said", None)
    assert (talks.trigger, talks.sources[0].attribution) == ("talks", "Sergei Lavrov")


def test_a_speaker_is_named_as_the_document_names_them() -> None:
    event = only(events_of(RASMUSSEN, date(2011, 12, 8), ("May 2012", "2012-05")))
    assert (event.trigger, event.sources[0].attribution) == ("summit", "Anders Fogh Rasmussen")


def test_according_to_names_the_source_without_its_rank() -> None:
    text = (
        "According to NATO spokesman James Appathurai, "
        "the ministers will meet again in Lisbon on November 20th."
    )
    event = only(events_of(text, date(2010, 11, 10), ("November 20th", "2010-11-20")))
    assert (event.trigger, event.sources[0].attribution) == ("meet", "James Appathurai")


@pytest.mark.parametrize(
    ("text", "phrase", "value", "speaker"),
    [
        ("The talks failed on Thursday, Lavrov said.", "Thursday", "2011-12-08", "Lavrov"),
        (
            "Officials said the ministers would meet in Lisbon on November 20th.",
            "November 20th",
            "2010-11-20",
            "officials",
        ),
        (
            "Rasmussen said he told Lavrov that the talks would resume in March.",
            "March",
            "2012-03",
            "Rasmussen",
        ),
        ("The talks will resume in March, he added.", "March", "2012-03", None),
        (
            "The Federal Bureau of Investigation says it received eight thousand reports last year.",
            "last year",
            "2010",
            "Federal Bureau of Investigation",
        ),
        ("The Foreign Office said he probably died in 1996.", "1996", "1996", "Foreign Office"),
    ],
)
def test_speakers(text: str, phrase: str, value: str, speaker: str | None) -> None:
    assert only(events_of(text, date(2011, 12, 8), (phrase, value))).sources[0].attribution == speaker


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (LISBON, "November 20th", "2010-11-20"),
        (PRAGUE, "April 8th", "2010-04-08"),
        (RIFT, "Thursday", "2011-12-08"),
    ],
)
def test_the_narrators_own_facts_have_no_attribution(text: str, phrase: str, value: str) -> None:
    assert only(events_of(text, date(2011, 12, 8), (phrase, value))).sources[0].attribution is None
