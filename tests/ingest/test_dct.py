"""DCT detection: the seed articles, a table of datelines and bylines, and lines that are not DCTs."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.ingest import detect_dct
from timeline.model import DctSource

from .conftest import GLOBAL_RESEARCH, SPACE_WAR


@pytest.mark.parametrize(
    ("path", "expected", "source", "shown"),
    [
        (GLOBAL_RESEARCH, date(2010, 11, 10), DctSource.BYLINE, "November 10, 2010"),
        (SPACE_WAR, date(2011, 12, 8), DctSource.DATELINE, "Dec 8, 2011"),
    ],
)
def test_seed_articles(path, expected: date, source: DctSource, shown: str) -> None:
    text = path.read_text(encoding="utf-8")
    found = detect_dct(text)
    assert found is not None
    assert (found.date, found.source, found.text) == (expected, source, shown)
    assert found.span.slice(text) == shown
    assert found.span.start < 200  # the one near the top, not a later mention


@pytest.mark.parametrize(
    ("text", "expected", "source", "shown"),
    [
        (
            "by Staff Writers Brussels (AFP) Dec 8, 2011 NATO and Russia failed",
            (2011, 12, 8),
            "dateline",
            "Dec 8, 2011",
        ),
        ("WASHINGTON, March 3, 2009 (Reuters) - Talks began", (2009, 3, 3), "dateline", "March 3, 2009"),
        ("MOSCOW, Dec. 8, 2011 -- Russia said on Thursday", (2011, 12, 8), "dateline", "Dec. 8, 2011"),
        ("Published: 2011-12-08", (2011, 12, 8), "dateline", "2011-12-08"),
        ("Updated: 2011-12-08T10:32:00Z", (2011, 12, 8), "dateline", "2011-12-08"),
        ("Posted on 12/08/2011 by admin", (2011, 12, 8), "dateline", "12/08/2011"),
        ("Posted on 25/12/2011", (2011, 12, 25), "dateline", "25/12/2011"),
        ("Last updated 8.12.2011", (2011, 12, 8), "dateline", "8.12.2011"),
        ("By Jane Doe | Dec 8th, 2011 at 10:32 am", (2011, 12, 8), "dateline", "Dec 8th, 2011"),
        ("By Jane Doe, staff writer, Dec 8, 2011", (2011, 12, 8), "dateline", "Dec 8, 2011"),
        ("Global Research, November 10, 2010", (2010, 11, 10), "byline", "November 10, 2010"),
        ("10 November 2010", (2010, 11, 10), "byline", "10 November 2010"),
        ("[Voice of Russia](#) 10 November 2010", (2010, 11, 10), "byline", "10 November 2010"),
        ("Thursday, December 8, 2011", (2011, 12, 8), "byline", "Thursday, December 8, 2011"),
    ],
)
def test_datelines_and_bylines(text: str, expected: tuple[int, int, int], source: str, shown: str) -> None:
    found = detect_dct(f"NATO and Russia at odds\n\n{text}\n\nThe ministers met on Thursday.")
    assert found is not None, text
    assert (found.date, found.source.value, found.text) == (date(*expected), source, shown)


def test_dateline_is_preferred_to_an_earlier_bare_date() -> None:
    found = detect_dct("10 November 2010\nBrussels (AFP) Nov 11, 2010 NATO said")
    assert found is not None and found.date == date(2010, 11, 11)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON, March 3 (Reuters) - Talks began",  # no year
        "Copyright 1995-2014 World News Desk",
        "Copyright © Voice of Russia, Dec 8, 2010. All rights reserved",
        "By December 8, 2011, the ministers must agree.",
        "By the end of the talks on December 8, 2011 nothing was agreed",
        "From Brussels to Moscow and on Dec 8, 2011 to Lisbon",
        "On December 8, 2011 NATO met Russia",
        "Talks were held in Geneva on March 3, 2009.",
        "Posted on 31/31/2011",
        "Published: 2011-02-30",
        "",
        "No date at all here.\nNor here.",
    ],
)
def test_not_a_dct(text: str) -> None:
    assert detect_dct(text) is None


def test_dates_deep_in_the_text_are_ignored() -> None:
    body = "\n\n".join(f"Paragraph {n} of the report says little." for n in range(40))
    assert detect_dct(f"{body}\n\nPublished: 2011-12-08\n\n10 November 2010") is None
