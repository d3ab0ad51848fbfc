"""History passages written for these tests (tests/temporal/fixtures): what the tagger must find in
narrative text, judged by the TIMEX3 guidelines. Each row is an expression that once went wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.temporal import tag

FIXTURES = Path(__file__).parent / "fixtures"


def tagged(name: str, dct: date | None, mode: str = "narrative") -> dict[str, tuple[str, str | None]]:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    return {t.text: (t.value, t.mod) for t in tag(text, dct, mode)}


CASES = [
    # years before 1800 after a word that introduces a year
    ("war", "1793", "1793", None),  # In 1793 the coalition grew
    ("war", "1795", "1795", None),  # The peace of 1795
    ("city", "1666", "1666", None),  # A great fire in 1666
    ("city", "c. 1150", "1150", "APPROX"),  # a charter of c. 1150
    # a text that dates by eras: years of one to three digits after "in"
    ("ancient", "AD 14", "0014", None),  # at the end of a sentence
    ("ancient", "117", "0117", None),  # Trajan, who died in 117
    ("ancient", "476", "0476", None),
    # "the" before early/mid/late belongs to a century, as to a decade (the late 1970s)
    ("ancient", "the late 3rd century", "02", "END"),
    ("biography", "the early 20th century", "19", "START"),
    ("city", "the late 15th century", "14", "END"),
    # a month, a part of the day told of again
    ("biography", "That November", "1838-11", None),
    ("days", "That evening", "1941-12-07TEV", None),
    # a part of the day before a day-month date
    ("biography", "the morning of 19 August 1872", "1872-08-19TMO", None),
    ("days", "the afternoon of 15 February 1942", "1942-02-15TAF", None),
    # a holiday in the year the story is in, whatever the tense
    ("days", "Christmas Day", "1941-12-25", None),
    # coordinated seasons and centuries share the year or the noun that follows
    ("war", "the spring", "1796-SP", None),  # the spring and summer of 1796
    ("war", "summer of 1796", "1796-SU", None),
    ("city", "the 16th", "15", None),  # the 16th and 17th centuries
    ("city", "17th centuries", "16", None),
    # a stretch of the story after a told event
    ("biography", "decades", "PXDE", None),  # In the decades after her death
    # a range of years told with two digits for the second
    ("city", "1939", "1939", None),
    ("city", "45", "1945", None),  # (1939\u201345)
    # a year before a word in -s that counts nothing is still a year (a plural would count: 1500 soldiers)
    ("plague", "1665", "1665", None),  # The Great Plague of London in 1665 was
    ("plague", "1347", "1347", None),  # in the years 1347 to 1351
    # a season with no year goes on in the story's year, as a month does
    ("plague", "the summer", "1348-SU", None),  # By January 1348 ... by the summer
    # the same/next part of the day told of
    ("korea", "the same afternoon", "1950-06-25TAF", None),
    # parts of the day told of
    ("landing", "the night of 4 June 1944", "1944-06-04TNI", None),
    ("landing", "dawn", "1944-06-06TMO", None),
    ("landing", "nightfall", "1944-06-06TEV", None),
    ("landing", "the afternoon", "1944-06-06TAF", None),
    ("landing", "6:30", "1944-06-06T06:30", None),  # a clock time after "at", with no a.m.
    ("landing", "the 26th", "1944-06-26", None),  # a day of the month told of
    # "that" before a month is a determiner unless a verb follows the month
    ("company", "that November", "1999-11", None),  # was spun off that November under a new name
]


@pytest.mark.parametrize("dct", [None, date(2020, 1, 1)])
@pytest.mark.parametrize(("name", "expression", "value", "mod"), CASES)
def test_history_expressions(
    name: str, expression: str, value: str, mod: str | None, dct: date | None
) -> None:
    found = tagged(name, dct)
    assert expression in found, sorted(found)
    assert found[expression] == (value, mod)


@pytest.mark.parametrize("dct", [None, date(2020, 1, 1)])
def test_today_in_a_story_is_the_present_of_its_writing(dct: date | None) -> None:
    assert tagged("city", dct)["today"] == ("PRESENT_REF", None)  # nowadays, not one day


def test_that_before_a_month_and_a_verb_is_a_conjunction() -> None:
    assert not tag("He said that May was hard.", date(2020, 1, 1), "news")
    said = tag("He said that November was hard.", date(2020, 1, 1), "news")
    assert [(t.text, t.value) for t in said] == [("November", "2019-11")]  # the month alone, as news reads it
    assert [t.text for t in tag("He said that March 3 was fine.", date(2020, 1, 1), "news")] == ["March 3"]


def test_a_year_after_for_is_a_year() -> None:
    saratoga = "The British plan for 1777 was bold. Burgoyne left Canada in mid-June."
    assert [(t.text, t.value) for t in tag(saratoga, date(2016, 10, 17), "narrative")] == [
        ("1777", "1777"),
        ("mid-June", "1777-06"),
    ]
    lindisfarne = "Three ships came in 787. The Chronicle opens its entry for 793 with portents."
    assert [t.value for t in tag(lindisfarne, date(2016, 10, 17), "narrative")] == ["0787", "0793"]
    horses = "Three ships came in 787 and more in 789. The king paid for 150 horses."
    assert [t.text for t in tag(horses, date(2016, 10, 17), "narrative")] == ["787", "789"]  # a count


def test_a_number_after_in_is_no_year_in_a_modern_text() -> None:
    assert not tag("The index fell in 117 of the 500 markets we watch.", date(2020, 1, 1), "narrative")
    assert [t.text for t in tag("Prices rose in 1750 stores.", None, "narrative")] == []


def test_the_year_before_a_number_of_the_first_millennium_names_it() -> None:
    text = (
        "The year 69, known as the Year of the Four Emperors, was hard. Galba reached Rome in the "
        "autumn of 68. On 1 January 69 the legions refused."
    )
    found = {t.text: t.value for t in tag(text, date(2020, 3, 9), "narrative")}
    assert (found["The year 69"], found["the autumn of 68"], found["1 January 69"]) == (
        "0069",
        "0068-FA",
        "0069-01-01",
    )
    modern = {
        t.text: t.value
        for t in tag("The year 1 pupils and the year 5 of the plan.", date(2020, 1, 1), "news")
    }
    assert "The year 1" not in modern and "the year 5" not in modern  # a school year, a plan's
    granada = (  # a year counted from the Hijra in a story centuries later is none of its years
        "Alhama fell on 28 February 1482; Arab annalists placed the loss in the year 887. That spring "
        "the king marched."
    )
    found = {t.text: t.value for t in tag(granada, date(2021, 3, 8), "narrative")}
    assert "the year 887" not in found and found["That spring"] == "1482-SP"
    normans = (  # a medieval story's three-digit year near the years told before it is one
        "Norman pilgrims met Melus in 1016; he had risen against Byzantine rule in 1009. Amatus sets a "
        "similar story around the year 999, when forty knights drove off a raid."
    )
    found = {t.text: t.value for t in tag(normans, date(2014, 5, 12), "narrative")}
    assert found["around the year 999"] == "0999"


def test_an_approximate_number_that_ends_its_phrase_is_a_year_in_antiquity() -> None:
    clovis = (
        "Clovis died in Paris on 27 November 511. His father had died around 481, and he married "
        "around 493. Ramesses died aged about 90; his fleet lost about 400 ships in one year."
    )
    found = {t.text: t.value for t in tag(clovis, date(2006, 3, 14), "narrative")}
    assert (found["around 481"], found["around 493"]) == ("0481", "0493")
    assert "about 90" not in found and "about 400" not in found  # an age, a count


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen of the Black September group broke in.",
        "Since 1994 the Summer and Winter Games have alternated.",  # 1994 is a date; "Summer" is not
        "The future Marquis of Pombal had the town rebuilt.",
        "Though still called Tokyo 2020, the Games were held later.",
        "The orchestra played Tchaikovsky's 1812 Overture.",
        "The Terror ended with the fall of Robespierre.",
        'The radio station gave the signal by playing "White Christmas".',
    ],
)
def test_names_that_hold_time_words_are_no_dates(text: str) -> None:
    found = [t.text for t in tag(text, date(2024, 5, 1), "narrative")]
    words = ("September", "Friday", "Summer", "future", "2020", "1812", "fall", "Christmas")
    assert not [word for word in words if word in " ".join(found)]


def test_an_age_is_no_year_in_an_ancient_text() -> None:
    found = {t.text for t in tag("Ramesses died in 1213 BC, aged about 90.", None, "narrative")}
    assert found == {"1213 BC"}


def test_an_ordinal_is_a_day_only_where_it_stands_for_one() -> None:
    text = (
        "On 5 August 1858 the cable was done. On the 16th Queen Victoria used it; she lived on the 2nd floor."
    )
    assert [t.text for t in tag(text, None, "narrative")] == ["5 August 1858", "the 16th"]


def test_of_that_year_belongs_to_the_date_before_it() -> None:
    text = "Settlers came in the summer of 1630 and named the town on 7 September of that year."
    found = {t.text: t.value for t in tag(text, date(2019, 3, 10), "narrative")}
    assert found == {"the summer of 1630": "1630-SU", "7 September of that year": "1630-09-07"}
