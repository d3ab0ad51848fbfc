"""TIMEX3 values: calendar ranges and the well-formedness check."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.day import Day
from timeline.model import Precision
from timeline.temporal import tag
from timeline.temporal.values import is_timex3_value, value_range


@pytest.mark.parametrize(
    ("value", "first", "last", "precision"),
    [
        ("2010-04-08", date(2010, 4, 8), date(2010, 4, 8), Precision.DAY),
        ("2012-05", date(2012, 5, 1), date(2012, 5, 31), Precision.MONTH),
        ("2011-W49", date(2011, 12, 5), date(2011, 12, 11), Precision.WEEK),
        ("1998-Q3", date(1998, 7, 1), date(1998, 9, 30), Precision.QUARTER),
        ("199", date(1990, 1, 1), date(1999, 12, 31), Precision.DECADE),
        ("18", date(1800, 1, 1), date(1899, 12, 31), Precision.CENTURY),
        ("1998-WI", date(1998, 12, 1), date(1999, 2, 28), Precision.SEASON),
        ("0476", date(476, 1, 1), date(476, 12, 31), Precision.YEAR),
        ("BC0044-03-15", Day.from_ymd(-44, 3, 15), Day.from_ymd(-44, 3, 15), Precision.DAY),
        ("BC0490-09", Day.from_ymd(-490, 9, 1), Day.from_ymd(-490, 9, 30), Precision.MONTH),
        ("BC0001", Day.from_ymd(-1, 1, 1), Day.from_ymd(-1, 12, 31), Precision.YEAR),
        ("BC0002-WI", Day.from_ymd(-2, 12, 1), Day.from_ymd(-1, 2, 29), Precision.SEASON),
        ("1847/1849-03", date(1847, 1, 1), date(1849, 3, 31), Precision.YEAR),
        ("BC03", Day.from_ymd(-399, 1, 1), Day.from_ymd(-300, 12, 31), Precision.CENTURY),  # 4th century BC
        ("BC00", Day.from_ymd(-99, 1, 1), Day.from_ymd(-1, 12, 31), Precision.CENTURY),  # no year 0
        ("BC049", Day.from_ymd(-499, 1, 1), Day.from_ymd(-490, 12, 31), Precision.DECADE),
        ("9999", date(9999, 1, 1), date(9999, 12, 31), Precision.YEAR),  # the last year date holds
        ("9999-Q4", date(9999, 10, 1), date(9999, 12, 31), Precision.QUARTER),
    ],
)
def test_value_range(value: str, first: date | Day, last: date | Day, precision: Precision) -> None:
    assert value_range(value) == (first, last, precision)


@pytest.mark.parametrize(
    "value", ["P3D", "PXY", "XXXX-04-08", "PRESENT_REF", "0000", "BC0044-W10", "1849/1847", "1847/P3D"]
)
def test_no_calendar_range(value: str) -> None:
    assert value_range(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "2010-04-08",
        "2011-W49",
        "2011-W49-WE",
        "XXXX-WXX-1",
        "XXXX-WXX-WD",
        "1998-Q3",
        "2010-SU",
        "199",
        "19",
        "P3D",
        "PT2H",
        "P2Y6M",
        "PXY",
        "P1DE",
        "PRESENT_REF",
        "2010-11-10T14:00",
        "1998-08-07TMO",
        "XXXX-XX-XX",
        "BC0044",
        "1902-XX-XXT21:00",
    ],
)
def test_valid_values(value: str) -> None:
    assert is_timex3_value(value)


@pytest.mark.parametrize("value", ["", "P", "PT", "2011-13", "2011-12-32", "tomorrow", "P3", "2011-Q5", "BC"])
def test_invalid_values(value: str) -> None:
    assert not is_timex3_value(value)


# Values the tagger gives in real news sentences (TBAQ), one row per rule that decides them:
# (sentence, dct, extent, expected value)
SENTENCES: list[tuple[str, date, str, str]] = [
    # "the following/previous <unit>" counts from the last date told, not from the DCT
    (
        "On May 22, 1995, Farkas was made a brigadier general, and the following year he was "
        "appointed military attache at the Hungarian embassy in Washington.",
        date(1998, 4, 18),
        "the following year",
        "1996",
    ),
    (
        "In March, American Medical received a $24-a-share offer. The following month, the company "
        "put itself up for sale.",
        date(1989, 10, 27),
        "The following month",
        "1989-04",
    ),
    # tense cues are read across an abbreviation's dot ("Sept. 14"), and "next to" is no future
    (
        "Crane holds 504,200 Milton Roy shares, including 254,200 bought from Sept. 14 to Thursday "
        "for $15.50 to $16.75 each.",
        date(1989, 10, 30),
        "Thursday",
        "1989-10-26",
    ),
    (
        "More than 100 people have died since a bomb ripped through an office building next to the "
        "U.S. embassy in Nairobi, Kenya Friday morning.",
        date(1998, 8, 8),
        "Friday morning",
        "1998-08-07TMO",
    ),
    # a plan told in the past perfect ("had been due to") lies before the DCT
    (
        "The bid was extended to Nov. 16. It had been due to expire Friday evening.",
        date(1989, 10, 30),
        "Friday evening",
        "1989-10-27TEV",
    ),
    (
        "The offer previously had been scheduled to expire at midnight Friday.",
        date(1989, 10, 30),
        "midnight Friday",
        "1989-10-27T24:00",
    ),
    # a dot after the expression ends its sentence: the next sentence's tense does not count
    (
        "Air Force Lieutenant Colonel Eileen Collins will be named commander of the Space Shuttle "
        "Columbia for a mission in December. Colonel Collins has been the co-pilot before.",
        date(1998, 3, 4),
        "December",
        "1998-12",
    ),
    # an -ed word after a determiner or "still" is an adjective, no past tense
    (
        "The stock split, which is subject to holder approval, would be paid on a still unspecified "
        "date in January to holders of record Dec. 21.",
        date(1989, 10, 26),
        "January",
        "1990-01",
    ),
    # "the morning" belongs to the day told about; "overnight" qualifying a noun is the night
    # before it, told as an adverb the night after a day told before the report, tonight when
    # told ahead, else last night
    (
        "Stocks in Tokyo fell Friday. Dealers placed heavy buy orders in the morning to start the "
        "first trading day for November transactions.",
        date(1989, 10, 30),
        "the morning",
        "1989-10-27TMO",
    ),
    (
        "London share prices closed sharply lower Friday. London shares were depressed initially by "
        "overnight losses in New York.",
        date(1989, 10, 30),
        "overnight",
        "1989-10-26TNI",
    ),
    (
        "The storm began late Saturday, and power was restored to most customers who lost it overnight.",
        date(2013, 3, 24),
        "overnight",
        "2013-03-23TNI",
    ),
    (
        "Temperatures had dropped to minus 14 Celsius overnight, officials said Friday.",
        date(2013, 1, 25),
        "overnight",
        "2013-01-24TNI",
    ),
    (
        "The storm will strengthen overnight as it crosses warm water.",
        date(2006, 9, 12),
        "overnight",
        "2006-09-12TNI",
    ),
    # an hour with a part of the day after "at", "until" ... is a clock time
    (
        "''This courageous father will leave at 4 in the morning,'' Castro said.",
        date(2000, 4, 5),
        "4 in the morning",
        "2000-04-05T04:00",
    ),
    # a clock time takes the day told with it, past a restatement in brackets, or the restatement's
    (
        "The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
        date(1998, 8, 8),
        "about 10:35 a.m.",
        "1998-08-07T10:35",
    ),
    (
        "The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
        date(1998, 8, 8),
        "0735 GMT",
        "1998-08-07T07:35",
    ),
    (
        "''This father will leave at 4 in the morning (4 a.m. EDT Thursday),'' Castro said.",
        date(2000, 4, 5),
        "4 in the morning",
        "2000-04-06T04:00",
    ),
    (
        "The heaviest rain fell between 1 a.m. and 4 a.m. Sunday, the weather service said.",
        date(2021, 7, 19),
        "1 a.m.",
        "2021-07-18T01:00",
    ),
    (  # the time of a thing named between them
        "The theater said Tuesday that it had added a 10 a.m. performance on Christmas Eve.",
        date(2012, 12, 19),
        "10 a.m.",
        "2012-12-24T10:00",
    ),
    # ... or the last day told in its paragraph; a new paragraph of news is back on the day of the report
    (
        "The launch is now targeted for Monday, July 3, at 14:32 UTC, managers said.",
        date(2017, 6, 23),
        "14:32 UTC",
        "2017-07-03T14:32",
    ),
    # a clock time told in fractions of an hour
    (
        "The battle began at about half past two in the afternoon.",
        date(1827, 10, 20),
        "about half past two in the afternoon",
        "1827-10-20T14:30",
    ),
    ("At a quarter to six the guns fell silent.", date(1827, 10, 20), "a quarter to six", "1827-10-20T05:45"),
    # a starting point lies behind, however near the next such month is
    ("The cuts have been in place since January.", date(2017, 11, 30), "January", "2017-01"),
    # a plan told as one that did not happen lies behind
    (
        "Paramount's offer, which was to have expired July 7, remains open.",
        date(1989, 7, 18),
        "July 7",
        "1989-07-07",
    ),
    # weeks counted from today are days, as weeks counted from a day told are
    (
        "The Games end with the closing ceremony a week from today.",
        date(1996, 7, 28),
        "a week from today",
        "1996-08-04",
    ),
    # a weekday in apposition is the day just told
    (
        "Decorations for Christmas, which falls on Saturday, hung beside red lanterns.",
        date(1999, 12, 20),
        "Saturday",
        "1999-12-25",
    ),
    # a day of the month told as an ordinal word, as broadcasts say it
    ("The talks opened on November first.", date(1995, 11, 22), "November first", "1995-11-01"),
    # a clock time a broadcast announces after greeting the evening is p.m.
    ("Good evening. It is 10 o'clock in Oklahoma City.", date(1999, 5, 3), "10 o'clock", "1999-05-03T22:00"),
    (  # or the afternoon's, told before in the broadcast
        "Good afternoon from Sao Paulo. It's Sunday, October 30, runoff day in Brazil, and it is a quarter "
        "to five here.",
        date(2022, 10, 30),
        "a quarter to five",
        "2022-10-30T16:45",
    ),
    # in news a bare clock time reads on from one told just before in its sentence
    (
        "The tornado touched down at 6:23 p.m. Central time, and by 6:30 warnings were in effect.",
        date(1999, 5, 3),
        "6:30",
        "1999-05-03T18:30",
    ),
    # a clock time on a weekday told with its date
    (
        "The shutdown began at 12:01 a.m. Tuesday, Oct. 1, after the vote.",
        date(2013, 10, 17),
        "12:01 a.m. Tuesday, Oct. 1",
        "2013-10-01T00:01",
    ),
    # minutes counted from or to an hour, or from midnight or noon
    (
        "The barriers came down at one minute past midnight on 12 May.",
        date(1949, 5, 20),
        "one minute past midnight",
        "1949-05-12T00:01",
    ),
    ("The train left at ten minutes to noon.", date(1912, 4, 10), "ten minutes to noon", "1912-04-10T11:50"),
    (  # minutes told in two words
        "The bell rang at twenty-two minutes to eight.",
        date(2010, 11, 2),
        "twenty-two minutes to eight",
        "2010-11-02T07:38",
    ),
    (
        "The blockade was lifted at one minute after midnight on 12 May.",
        date(1949, 5, 20),
        "one minute after midnight",
        "1949-05-12T00:01",
    ),
    (
        "The bomb went off five minutes before midnight.",
        date(1949, 5, 20),
        "five minutes before midnight",
        "1949-05-20T23:55",
    ),
    (
        "She rang at twenty minutes past four.",
        date(1912, 4, 10),
        "twenty minutes past four",
        "1912-04-10T04:20",
    ),
    # a clock time to the second
    (
        "The quake struck at 10:14:32 a.m. local time.",
        date(2013, 10, 13),
        "10:14:32 a.m. local time",
        "2013-10-13T10:14:32",
    ),
    # a 24-hour clock time with its zone and weekday is one expression
    (
        "With 92 percent of stations counted by 0600 GMT Monday, Almagro led.",
        date(2014, 5, 26),
        "0600 GMT Monday",
        "2014-05-26T06:00",
    ),
    # ... unless that day is still to come and the clock time is told ahead
    (
        "The company said it would try again on Saturday.\n\nThe rocket is now scheduled to lift off at "
        "6:02 p.m. EDT from Cape Canaveral.",
        date(2015, 5, 21),
        "6:02 p.m. EDT",
        "2015-05-23T18:02",
    ),
    (
        "Residents have until 5 p.m. Friday to submit written comments, City Clerk Joan Patel said.",
        date(2002, 6, 12),
        "5 p.m. Friday",
        "2002-06-14T17:00",
    ),
    # a part of the day with "yesterday", "today" ... before or after it is a TIME of that day
    (
        "In London at mid-afternoon yesterday, Ratners's shares were up 2 pence, at 260 pence.",
        date(1989, 11, 2),
        "mid-afternoon yesterday",
        "1989-11-01TAF",
    ),
    (
        "Shares of the company fell sharply yesterday afternoon.",
        date(1989, 11, 2),
        "yesterday afternoon",
        "1989-11-01TAF",
    ),
]


@pytest.mark.parametrize(("sentence", "dct", "extent", "value"), SENTENCES)
def test_value_in_sentence(sentence: str, dct: date, extent: str, value: str) -> None:
    found = {timex.text: timex.value for timex in tag(sentence, dct, "news")}
    assert found.get(extent) == value, found


def test_an_amount_in_the_morning_is_no_clock_time() -> None:
    found = [timex.text for timex in tag("The Dow fell 12 in the morning.", date(1989, 10, 30), "news")]
    assert "12 in the morning" not in found, found
