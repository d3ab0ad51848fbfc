"""The tagger on a table of English expressions: extent, type, value, mod, against a DCT."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.model import Precision, TimexType
from timeline.temporal import detect_mode, tag
from timeline.temporal.lexicon import load

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
WED = date(2011, 12, 7)  # a Wednesday
THU = date(2011, 12, 8)

# (sentence, dct, expected extent, type, value, mod)
TABLE: list[tuple[str, date | None, str, str, str, str | None]] = [
    # seed sentences
    (
        "the latest Russian-American treaty, signed at a summit in Prague on April 8th.",
        date(2010, 11, 10),
        "April 8th",
        "DATE",
        "2010-04-08",
        None,
    ),
    (
        "The matter is on the agenda of the next NATO-Russia summit in Lisbon on November 20th.",
        date(2010, 11, 10),
        "November 20th",
        "DATE",
        "2010-11-20",
        None,
    ),
    (
        "NATO and Russia failed to resolve a rift over a missile shield on Thursday.",
        THU,
        "Thursday",
        "DATE",
        "2011-12-08",
        None,
    ),
    (
        "He hoped a deal would be struck by the next NATO summit in May 2012.",
        THU,
        "May 2012",
        "DATE",
        "2012-05",
        None,
    ),
    # absolute dates
    ("It happened on March 5, 1946, at Fulton.", THU, "March 5, 1946", "DATE", "1946-03-05", None),
    ("Results for 1998 were poor.", THU, "1998", "DATE", "1998", None),
    ("The file is dated 2010-11-10.", None, "2010-11-10", "DATE", "2010-11-10", None),
    ("She was born on 4 July 1976.", THU, "4 July 1976", "DATE", "1976-07-04", None),
    # DCT-relative days, weeks, months, years
    ("The minister resigned yesterday.", THU, "yesterday", "DATE", "2011-12-07", None),
    ("Talks resume tomorrow.", THU, "tomorrow", "DATE", "2011-12-09", None),
    ("Shares fell today.", THU, "today", "DATE", "2011-12-08", None),
    ("Prices rose last week.", THU, "last week", "DATE", "2011-W48", None),
    ("Talks continue this week.", THU, "this week", "DATE", "2011-W49", None),
    ("The vote is next month.", THU, "next month", "DATE", "2012-01", None),
    ("Sales rose last year.", THU, "last year", "DATE", "2010", None),
    ("He resigned three days ago.", THU, "three days ago", "DATE", "2011-12-05", None),
    ("They will meet two years from now.", THU, "two years from now", "DATE", "2013", None),
    ("Prices rose earlier this month.", THU, "earlier this month", "DATE", "2011-12", "START"),
    ("The company expects profit early next year.", THU, "early next year", "DATE", "2012", "START"),
    ("The bill expires at the end of 1990.", THU, "the end of 1990", "DATE", "1990", "END"),
    ("It was built in mid-1996.", THU, "mid-1996", "DATE", "1996", "MID"),
    # a deadline lies ahead unless a past verb is near
    ("It is part of a plan to pay down the loan by February.", THU, "February", "DATE", "2012-02", None),
    ("The company had sold three million cars by February.", THU, "February", "DATE", "2011-02", None),
    # weekdays: tense decides the direction
    ("The ministers will meet on Friday.", WED, "Friday", "DATE", "2011-12-09", None),
    ("The ministers met on Monday.", WED, "Monday", "DATE", "2011-12-05", None),
    # quarters, halves, seasons, decades, centuries
    ("Third-quarter profit rose.", date(1989, 10, 30), "Third-quarter", "DATE", "1989-Q3", None),
    ("Profit fell in the third quarter of 1998.", THU, "the third quarter of 1998", "DATE", "1998-Q3", None),
    ("Output grew in the first half.", THU, "the first half", "DATE", "2011-H1", None),
    ("The strike began last summer.", THU, "last summer", "DATE", "2011-SU", None),
    ("Inflation soared in the 1990s.", THU, "the 1990s", "DATE", "199", None),
    ("It was a custom in the 19th century.", THU, "the 19th century", "DATE", "18", None),
    # durations
    ("The war lasted three years.", THU, "three years", "DURATION", "P3Y", None),
    ("Prices fell over the past three years.", THU, "the past three years", "DURATION", "P3Y", None),
    ("The meeting took two hours.", THU, "two hours", "DURATION", "PT2H", None),
    ("They talked for several years.", THU, "several years", "DURATION", "PXY", None),
    # a range of counts is one length of time whose count is not told
    ("Repairs take two to three weeks.", THU, "two to three weeks", "DURATION", "PXW", None),
    ("Over the next 12 to 18 months it will grow.", THU, "the next 12 to 18 months", "DURATION", "PXM", None),
    # "following" leads a length only after "the"; else it is a preposition, outside
    ("Over the following two weeks prices fell.", THU, "the following two weeks", "DURATION", "P2W", None),
    ("Talks resumed following a week of strikes.", THU, "a week", "DURATION", "P1W", None),
    # a dateline's day is no count: a spaced dash joins a range of counts only before digits
    ("KUWAIT CITY, Jan. 19 - Twenty years after the war.", THU, "Twenty years", "DURATION", "P20Y", None),
    ("The siege lasted 5-10 years.", THU, "5-10 years", "DURATION", "PXY", None),
    ("A five-year plan was adopted.", THU, "five-year", "DURATION", "P5Y", None),
    ("It took more than four hours.", THU, "more than four hours", "DURATION", "PT4H", "MORE_THAN"),
    ("He waited less than a week.", THU, "less than a week", "DURATION", "P1W", "LESS_THAN"),
    ("They lost 250 tanks in a single day.", THU, "a single day", "DURATION", "P1D", None),
    ("The fleet waited a whole week.", THU, "a whole week", "DURATION", "P1W", None),
    # sets
    ("The market opens every Monday.", THU, "every Monday", "SET", "XXXX-WXX-1", None),
    ("The paper is published daily.", THU, "daily", "SET", "P1D", None),
    ("Bins will be emptied fortnightly.", THU, "fortnightly", "SET", "P2W", None),
    # two bare units set against each other are lengths
    ("We have days, not weeks, to settle this.", THU, "days", "DURATION", "PXD", None),
    ("The swings could last for weeks, if not months.", THU, "months", "DURATION", "PXM", None),
    # "the day" the text is on, after words that frame it
    ("Shares rose early and ended the day 4 percent higher.", THU, "the day", "DATE", "2011-12-08", None),
    ("One lorry passed every fourteen seconds.", THU, "every fourteen seconds", "SET", "PT14S", None),
    ("He took the ball every fifth day.", THU, "every fifth day", "SET", "P5D", None),
    ("They meet twice a year.", THU, "twice a year", "SET", "P1Y", None),
    ("Assyria campaigned year after year.", THU, "year after year", "SET", "P1Y", None),
    ("Trucks deliver six days a week.", THU, "six days a week", "SET", "P1W", None),
    ("Walks of half an hour help.", THU, "half an hour", "DURATION", "PT30M", None),
    (
        "The match kicks off at 7.45pm.",
        THU,
        "7.45pm",
        "TIME",
        "2011-12-08T19:45",
        None,
    ),  # as Britain writes it
    ("Inflation slowed in the September quarter.", THU, "the September quarter", "DATE", "2011-Q3", None),
    ("The mission, originally planned for the summer, slipped.", THU, "the summer", "DATE", "2011-SU", None),
    # "a year earlier" counts from the month or quarter just told, at its precision
    (
        "Joblessness was 8.9% in November, up from 6.8% a year earlier.",
        THU,
        "a year earlier",
        "DATE",
        "2010-11",
        None,
    ),
    # a length told in parts is one length
    (
        "He came back seven months and twelve days later.",
        THU,
        "seven months and twelve days",
        "DURATION",
        "P7M12D",
        None,
    ),
    ("The game lasted 3 hours, 21 minutes.", THU, "3 hours, 21 minutes", "DURATION", "PT3H21M", None),
    # ISO 8601 writes weeks alone: weeks told with days are counted in days
    (
        "She reigned for eleven weeks and five days.",
        THU,
        "eleven weeks and five days",
        "DURATION",
        "P82D",
        None,
    ),
    ("The siege lasted three weeks and a day.", THU, "three weeks and a day", "DURATION", "P22D", None),
    (
        "It took two weeks, three days and four hours.",
        THU,
        "two weeks, three days and four hours",
        "DURATION",
        "P17DT4H",
        None,
    ),
    ("The wings opened after 1 hour 48 minutes.", THU, "1 hour 48 minutes", "DURATION", "PT1H48M", None),
    (
        "He pulled clear about 1 hour, 40 minutes into the race.",
        THU,
        "about 1 hour, 40 minutes",
        "DURATION",
        "PT1H40M",
        "APPROX",
    ),
    # not a length placed in time after it: "the last 48 hours" is a length of its own
    (
        "I have done this job for 15 years, and the last 48 hours never change.",
        THU,
        "the last 48 hours",
        "DURATION",
        "PT48H",
        None,
    ),
    ('"Another month in limbo is cruel," she said.', THU, "Another month", "DURATION", "P1M", None),
    ("It needed another 30 days to review the papers.", THU, "another 30 days", "DURATION", "P30D", None),
    (
        "She presented it at a meeting that runs through Friday.",
        date(2009, 2, 25),
        "Friday",
        "DATE",
        "2009-02-27",
        None,
    ),
    (
        "She won, and the council she leads holds its first meeting in January.",
        date(2021, 11, 2),
        "January",
        "DATE",
        "2022-01",
        None,
    ),
    ("Smog returns every winter.", THU, "every winter", "SET", "XXXX-WI", None),
    ("Every Christmas they sing.", THU, "Every Christmas", "SET", "XXXX-12-25", None),
    ("We eat turkey every Thanksgiving.", THU, "every Thanksgiving", "SET", "XXXX-11", None),
    # references
    ("Prices are now higher.", THU, "now", "DATE", "PRESENT_REF", None),
    ("Sales have recently improved.", THU, "recently", "DATE", "PAST_REF", None),
    ("Oil will matter in the future.", THU, "the future", "DATE", "FUTURE_REF", None),
    # times
    ("The bomb exploded at 10:35 a.m.", THU, "10:35 a.m.", "TIME", "2011-12-08T10:35", None),
    ("They met this morning.", THU, "this morning", "TIME", "2011-12-08TMO", None),
    (
        "On the morning of Monday, February 11, 1861, he said goodbye.",
        THU,
        "the morning of Monday, February 11, 1861",
        "TIME",
        "1861-02-11TMO",
        None,
    ),
    ("They met at four o'clock.", THU, "four o'clock", "TIME", "2011-12-08T16:00", None),  # the afternoon's
    ("They met at eight o'clock.", THU, "eight o'clock", "TIME", "2011-12-08T08:00", None),
    ("Mass: 11 o'clock in the morning.", THU, "11 o'clock in the morning", "TIME", "2011-12-08T11:00", None),
    # not a part of the day after "a.m.", whose dot ends the sentence
    ("It hit 9 at 11:45 a.m. In the afternoon it fell.", THU, "11:45 a.m.", "TIME", "2011-12-08T11:45", None),
    # after "the year", any year, however far ahead
    ("Temperatures could rise by the year 2100.", THU, "the year 2100", "DATE", "2100", None),
    # a clock time told with a morning stays a.m. after a later one
    (
        "In an address at noon Moscow time, that was four o'clock this morning here, he resigned.",
        date(1999, 12, 31),
        "four o'clock this morning",
        "TIME",
        "1999-12-31T04:00",
        None,
    ),
    ("At four in the morning it rained.", THU, "four in the morning", "TIME", "2011-12-08T04:00", None),
    ("The fleet sailed a fortnight later.", THU, "a fortnight", "DURATION", "P2W", None),
    ("Cuts will reduce spending this fiscal year.", THU, "this fiscal year", "DATE", "2011", None),
    ("Last fiscal year it rose.", THU, "Last fiscal year", "DATE", "2010", None),
    ("At this hour, power is out.", THU, "this hour", "DATE", "PRESENT_REF", None),
    # numeric dates: month first as in the US unless the first number cannot be a month; dots: day first
    ("The law took effect on 21/03/2013.", THU, "21/03/2013", "DATE", "2013-03-21", None),
    ("The law took effect on 21.03.2013.", THU, "21.03.2013", "DATE", "2013-03-21", None),
    ("The law took effect on 1.2.2013.", THU, "1.2.2013", "DATE", "2013-02-01", None),
    # after a full month name a dot ends the sentence; only an abbreviation's dot joins the day after it
    (
        "He was born on 15 September. 16 September was a holiday.",
        THU,
        "15 September",
        "DATE",
        "2011-09-15",
        None,
    ),
    ("The fair opened on Sept. 16 in the rain.", THU, "Sept. 16", "DATE", "2011-09-16", None),
    # a text that writes one date day first writes them all so, unless another is American
    ("Packs marked 28/11/16 are recalled, not 05/12/16.", THU, "05/12/16", "DATE", "2016-12-05", None),
    ("Packs marked 11/28/16 are recalled, not 05/12/16.", THU, "05/12/16", "DATE", "2016-05-12", None),
    # approximate years, eras shared by coordinated years and centuries, counts back past year 1
    ("The town grew around 1900.", THU, "around 1900", "DATE", "1900", "APPROX"),
    ("Farming reached Britain around 4000 BC.", THU, "around 4000 BC", "DATE", "BC4000", "APPROX"),
    ("Athens flourished in the 5th and 4th centuries BC.", THU, "the 5th", "DATE", "BC04", None),
    ("In 55 and 54 BC Caesar invaded Britain.", THU, "55", "DATE", "BC0055", None),
    ("The ice retreated 10,000 years ago.", THU, "10,000 years ago", "DATE", "BC7990", None),
    ("The dynasty ruled from about 1292 to 1189 BC.", THU, "about 1292", "DATE", "BC1292", "APPROX"),
    ("Between 58 and 50 BC his legions conquered Gaul.", THU, "58", "DATE", "BC0058", None),
    ("They fought in 853 BC and again in 849, 848 and 845 BC.", THU, "849", "DATE", "BC0849", None),
    ("During the 1270s BC Ramesses fought the Hittites.", THU, "the 1270s BC", "DATE", "BC127", None),
    ("The year 46 BC lasted 445 days.", THU, "The year 46 BC", "DATE", "BC0046", None),
    ("Augustus died on 19 August AD 14.", THU, "19 August AD 14", "DATE", "0014-08-19", None),
    ("The Adoration (c. 1481) was never finished.", THU, "c. 1481", "DATE", "1481", "APPROX"),
    ("It grew in the early 1500s.", THU, "the early 1500s", "DATE", "15", "START"),  # a century
    ("They play every Fourth of July.", THU, "every Fourth of July", "SET", "XXXX-07-04", None),
    ("A quarter of a century later it reopened.", THU, "A quarter of a century", "DURATION", "P25Y", None),
    ("It lasted three quarters of a century.", THU, "three quarters of a century", "DURATION", "P75Y", None),
    ("Profit fell in three quarters of the past four.", THU, "three quarters", "DURATION", "P3Q", None),
    # a decade told with two digits is the last such decade up to the time of writing
    ("Crime fell in the '90s.", THU, "the '90s", "DATE", "199", None),
    ("Jazz ruled the '20s.", THU, "the '20s", "DATE", "192", None),
    ("It followed the last half of the '80s.", THU, "the last half of the '80s", "DATE", "198", "END"),
    # a plan told just before its month lies ahead, however near the month just past
    ("The program will end in November.", THU, "November", "DATE", "2012-11", None),
    ("The talks will resume on Dec. 1.", THU, "Dec. 1", "DATE", "2012-12-01", None),
    ("Comments are accepted by Friday.", THU, "Friday", "DATE", "2011-12-09", None),  # a deadline
    ("Funding runs past March 31.", THU, "March 31", "DATE", "2012-03-31", None),  # "past" a preposition
    # wires write times of day in 24 hours with a zone
    ("Copper climbed to $9,310 by 1530 GMT.", THU, "1530 GMT", "TIME", "2011-12-08T15:30", None),
    # a hedge before a zoned clock time is its own, not a year's: "about 1900" is no year here
    ("The quake struck at about 1900 GMT.", THU, "about 1900 GMT", "TIME", "2011-12-08T19:00", "APPROX"),
    # number words: "nine two weeks" is no number
    ("Cases rose from nine two weeks ago.", THU, "two weeks ago", "DATE", "2011-W47", None),
    (
        "The empire lasted two hundred and fifty years.",
        THU,
        "two hundred and fifty years",
        "DURATION",
        "P250Y",
        None,
    ),
    (  # "a hundred" goes on with "and thirty", but a bare "million" takes no number after it
        "A hundred and thirty years ago today, young reformers tried to seize power.",
        date(2014, 12, 4),
        "A hundred and thirty years ago today",
        "DATE",
        "1884-12-04",
        None,
    ),
    (
        "The house sold for $3 million five years ago.",
        date(2014, 12, 4),
        "five years ago",
        "DATE",
        "2009",
        None,
    ),
    (
        "Schools closed on Martin Luther King Jr. Day.",
        THU,
        "Martin Luther King Jr. Day",
        "DATE",
        "2011-01-17",
        None,
    ),
    ("The population will double by 2050.", THU, "2050", "DATE", "2050", None),  # a target year
    # a quarter still to come
    ("The deal will close in the third quarter.", THU, "the third quarter", "DATE", "2012-Q3", None),
    (
        "Results are due in the fourth quarter.",
        date(2012, 5, 20),
        "the fourth quarter",
        "DATE",
        "2012-Q4",
        None,
    ),
    # the holiday quarter is the fourth, of the Christmas season's sales: last year's in January
    (
        "Revenue rose 18 percent to a record in the holiday quarter.",
        date(2013, 1, 24),
        "the holiday quarter",
        "DATE",
        "2012-Q4",
        None,
    ),
    (
        "They met at noon. By late afternoon it was over.",
        THU,
        "late afternoon",
        "TIME",
        "2011-12-08TAF",
        "END",
    ),
    ("The flu came a month earlier than usual.", THU, "a month", "DURATION", "P1M", None),  # a comparison
    ("Results came after 4 p.m. Eastern time.", THU, "4 p.m. Eastern time", "TIME", "2011-12-08T16:00", None),
    (
        "He hoped to bring both sides back by the weekend.",
        date(2011, 1, 20),
        "the weekend",
        "DATE",
        "2011-W03-WE",
        None,
    ),
    # a forecast lies ahead; the preposition stays out of the extent
    ("Rain is forecast through the weekend.", THU, "the weekend", "DATE", "2011-W49-WE", None),
    ("The season ends Sept. 3, Labour Day.", date(2007, 7, 20), "Labour Day", "DATE", "2007-09-03", None),
    # a weekday restated by a feast that falls on it is the feast's day
    (
        "Groups planned rallies on Monday, the Martin Luther King Jr. Day holiday.",
        date(2016, 1, 16),
        "Monday",
        "DATE",
        "2016-01-18",
        None,
    ),
    # a weekday after "from", with no end of a range after it, is when a measure comes into force
    (
        "Authorities declared a state of emergency from Friday and urged tourists to flee.",
        date(2020, 1, 2),
        "Friday",
        "DATE",
        "2020-01-03",
        None,
    ),
    ("Prices rose from Monday to Wednesday.", date(2020, 1, 2), "Monday", "DATE", "2019-12-30", None),
    # "today" after "alive", "even" or "still" is nowadays, in news too
    ("Fewer than 400,000 veterans are alive today.", date(2019, 6, 6), "today", "DATE", "PRESENT_REF", None),
    (
        "Officials say evacuation routes are still inadequate today.",
        date(2014, 12, 26),
        "today",
        "DATE",
        "PRESENT_REF",
        None,
    ),
    # but not an edge of the day: "still there early today" is the day of writing
    (
        "Barricades went up overnight, and crowds were still there early today.",
        date(1991, 8, 20),
        "early today",
        "DATE",
        "1991-08-20",
        "START",
    ),
    # a clock time told with "this evening" keeps the day of writing, past a later day in its range;
    # a deadline's clock time told before its weekday makes that weekday the deadline, ahead
    (
        "The Met Office has issued an amber warning from 6pm this evening until 11am on Thursday.",
        date(2015, 1, 14),
        "6pm this evening",
        "TIME",
        "2015-01-14T18:00",
        None,
    ),
    (
        "The Met Office has issued an amber warning from 6pm this evening until 11am on Thursday.",
        date(2015, 1, 14),
        "Thursday",
        "DATE",
        "2015-01-15",
        None,
    ),
    # a weekday after a passive that sets it ("cancelled for", "set for") is the appointment, ahead;
    # not one told in the pluperfect ("had been scheduled for Saturday and was postponed")
    (
        "Ferry sailings to the Aran Islands have been cancelled for Monday.",
        date(2008, 11, 23),
        "Monday",
        "DATE",
        "2008-11-24",
        None,
    ),
    # a weekday joined to the one just told is the first such day after it
    (
        "Ferry sailings to the Aran Islands have been cancelled for Monday and Tuesday.",
        date(2008, 11, 23),
        "Tuesday",
        "DATE",
        "2008-11-25",
        None,
    ),
    (
        "The wedding, which had been scheduled for Saturday, was postponed.",
        date(1999, 7, 18),
        "Saturday",
        "DATE",
        "1999-07-17",
        None,
    ),
    # a weekday and a day name one day even in a clause that tells a habit
    (
        "Homes normally served on Wednesdays will be picked up Thursday, Dec. 26.",
        date(2019, 12, 18),
        "Thursday, Dec. 26",
        "DATE",
        "2019-12-26",
        None,
    ),
    # a headline's infinitive tells what is to happen on the weekday after it
    (
        "Port Ashby council to take up budget Tuesday\n\nThe council will look at the plan.",
        date(2025, 5, 15),
        "Tuesday",
        "DATE",
        "2025-05-20",
        None,
    ),
    # a weekday's possessive that opens a sentence told in the present is a day to come
    (
        "Sunday's concert is free, and the gates open at noon.",
        date(2015, 7, 22),
        "Sunday",
        "DATE",
        "2015-07-26",
        None,
    ),
    # a weekday a day falls on is that day, whose year fits the weekday
    (
        "Shoppers have more time: Christmas will fall on a Monday.",
        date(2022, 12, 12),
        "a Monday",
        "DATE",
        "2023-12-25",
        None,
    ),
    (
        "Shoppers have more time: Christmas will fall on a Monday.",
        date(2022, 12, 12),
        "Christmas",
        "DATE",
        "2023-12-25",
        None,
    ),
    (
        "Riders scrambled for buses during Thanksgiving week.",
        THU,
        "Thanksgiving week",
        "DATE",
        "2011-W47",
        None,
    ),
    # a zone between a clock time and its weekday
    (
        "The bus line was struck at 12:01 a.m. MST Friday.",
        date(1990, 3, 5),
        "12:01 a.m. MST Friday",
        "TIME",
        "1990-03-02T00:01",
        None,
    ),
    # a feast's week: the ISO week that holds it
    (
        "Pickup will run one day late during the week of Christmas.",
        THU,
        "the week of Christmas",
        "DATE",
        "2011-W51",
        None,
    ),
    # a feast's weekend: the one before a Monday feast, else the one of its week
    (
        "Traffic was heavy over the Memorial Day weekend.",
        THU,
        "the Memorial Day weekend",
        "DATE",
        "2011-W21-WE",
        None,
    ),
    (
        "Stores expect crowds over the Christmas weekend.",
        THU,
        "the Christmas weekend",
        "DATE",
        "2011-W51-WE",
        None,
    ),
    # a weekday that opens its sentence as a schedule's subject, with a verb of the present, lies ahead
    ("Friday brings the longest day in the saddle.", date(2016, 5, 30), "Friday", "DATE", "2016-06-03", None),
    (
        "Monday, an extra bank holiday, brings a concert outside the palace.",
        date(2012, 5, 30),
        "Monday",
        "DATE",
        "2012-06-04",
        None,
    ),
    # the weekday a thing is moved to lies ahead, and so does one declared a holiday
    ("The bank holiday has been moved to Tuesday.", date(2012, 5, 30), "Tuesday", "DATE", "2012-06-05", None),
    (
        "The governor postponed trick-or-treating to Monday.",
        date(2012, 11, 1),
        "Monday",
        "DATE",
        "2012-11-05",
        None,
    ),
    (
        "The government has declared Tuesday a one-off public holiday.",
        date(2019, 10, 21),
        "Tuesday",
        "DATE",
        "2019-10-22",
        None,
    ),
    # Japan's holidays are in the table: "Constitution Memorial Day" is not America's Memorial Day
    (
        "Japan marks Constitution Memorial Day.",
        date(2019, 4, 29),
        "Constitution Memorial Day",
        "DATE",
        "2019-05-03",
        None,
    ),
    (
        "Markets were shut for Respect for the Aged Day.",
        date(2008, 9, 16),
        "Respect for the Aged Day",
        "DATE",
        "2008-09-15",
        None,
    ),
    (  # "holiday" may stand before the feast's weekend
        "The two sides spent the Thanksgiving holiday weekend trying to save the deal.",
        date(2001, 11, 26),
        "the Thanksgiving holiday weekend",
        "DATE",
        "2001-W47-WE",
        None,
    ),
    (  # feasts and national days of the tables, fixed, counted from a month's weekdays or from Easter
        "Thursday was a public holiday for the Feast of the Immaculate Conception.",
        THU,
        "the Feast of the Immaculate Conception",
        "DATE",
        "2011-12-08",
        None,
    ),
    ("The bombs went off on Patriots' Day.", date(2013, 4, 16), "Patriots' Day", "DATE", "2013-04-15", None),
    (
        "The rebels crossed London Bridge on the feast of Corpus Christi 1381.",
        THU,
        "the feast of Corpus Christi 1381",
        "DATE",
        "1381-06-13",
        None,
    ),
    (  # the US Election Day: the Tuesday after the first Monday in November
        "Obama campaigned in Ohio on Election Day itself.",
        date(2012, 11, 7),
        "Election Day",
        "DATE",
        "2012-11-06",
        None,
    ),
    (  # the Chinese lunar new year, from its table of Gregorian days; its "the" is part of it
        "Millions were heading home for the Lunar New Year.",
        date(2008, 2, 3),
        "the Lunar New Year",
        "DATE",
        "2008-02-07",
        None,
    ),
    (  # feasts of other calendars from their tables: the Hebrew calendar's, the Chinese mid-autumn
        "Security forces braced for more unrest ahead of Yom Kippur.",
        date(2000, 10, 6),
        "Yom Kippur",
        "DATE",
        "2000-10-09",
        None,
    ),
    (
        "The disaster cast a pall over the Mid-Autumn Festival.",
        date(1999, 9, 22),
        "the Mid-Autumn Festival",
        "DATE",
        "1999-09-24",
        None,
    ),
    # a holiday something came before is the nearest one, though told in the past; not after a year
    (
        "Shops hired far fewer temporary staff than usual ahead of Christmas.",
        date(2008, 12, 5),
        "Christmas",
        "DATE",
        "2008-12-25",
        None,
    ),
    (
        "Carriers have been cutting prices for Christmas travel.",
        date(1990, 12, 4),
        "Christmas",
        "DATE",
        "1990-12-25",
        None,
    ),
    (  # around it too, and a holiday joined to one led in
        "Agents said customers were rushing to buy tickets for trips around Thanksgiving and Christmas.",
        date(1990, 8, 9),
        "Christmas",
        "DATE",
        "1990-12-25",
        None,
    ),
    (
        "Shoppers returned items bought before Thanksgiving.",
        date(2022, 12, 2),
        "Thanksgiving",
        "DATE",
        "2022-11-24",
        None,
    ),
    (
        "A fifth of holiday sales in 1990 came in the final days before Christmas.",
        date(1991, 12, 5),
        "Christmas",
        "DATE",
        "1990-12-25",
        None,
    ),
    (  # the Islamic feasts by the Umm al-Qura calendar
        "Mosques expect record crowds for Eid al-Fitr prayers on Wednesday.",
        date(2024, 4, 8),
        "Eid al-Fitr",
        "DATE",
        "2024-04-10",
        None,
    ),
    # a year a feast's table does not reach is the year alone, before the Common Era too
    ("Herod died before Passover in 4 BC.", date(2024, 4, 9), "Passover", "DATE", "BC0004", None),
    (
        "Pilgrims began the last rites of the hajj before Eid al-Adha.",
        date(2023, 6, 26),
        "Eid al-Adha",
        "DATE",
        "2023-06-28",
        None,
    ),
    (  # ... a name in lower case too
        "Both sides had observed ceasefires over the lunar new year.",
        date(2011, 12, 8),
        "the lunar new year",
        "DATE",
        "2011-02-03",
        None,
    ),
    (
        "Shortly after Chinese New Year 1853, they sailed down the river.",
        THU,
        "Chinese New Year 1853",
        "DATE",
        "1853-02-08",
        None,
    ),
    (
        "Visitors drawn to Asia for Christmas and New Year are among the missing.",
        date(2005, 1, 1),
        "New Year",
        "DATE",
        "2005-01-01",
        None,
    ),
    (
        "Fireworks lit the sky on the Fourth of July.",
        THU,
        "the Fourth of July",
        "DATE",
        "2011-07-04",
        None,
    ),
    (  # a year of a reign whose accession the data holds: the calendar year holding most of it
        "The statute of the thirty-seventh year of George III was repealed.",
        THU,
        "the thirty-seventh year of George III",
        "DATE",
        "1797",
        None,
    ),
    (
        "In the twentieth year of Edward III's reign the king sailed for France.",
        THU,
        "the twentieth year of Edward III's reign",
        "DATE",
        "1346",
        None,
    ),
    (
        "The act was passed in the sixth year of King George I.",
        THU,
        "the sixth year of King George I",
        "DATE",
        "1720",
        None,
    ),
    (  # the day a plan is moved from is the nearer one, whatever the tense; the day it is moved to
        # lies ahead
        "The administration moved the filing deadline from April 15 to July 15.",
        date(2020, 3, 21),
        "April 15",
        "DATE",
        "2020-04-15",
        None,
    ),
    (
        "The administration moved the filing deadline from April 15 to July 15.",
        date(2020, 3, 21),
        "July 15",
        "DATE",
        "2020-07-15",
        None,
    ),
    (  # "expects" with its object looks ahead
        "It expects a surplus for the year ending Sept. 30.",
        date(2000, 3, 10),
        "Sept. 30",
        "DATE",
        "2000-09-30",
        None,
    ),
    (  # ... and a comparison with an earlier figure looks back, whatever the cue before it
        "The company now expects revenue growth of 3% to 4%, down from the 4% to 6% it forecast in July.",
        date(2019, 10, 22),
        "July",
        "DATE",
        "2019-07",
        None,
    ),
    (
        "It now expects 2023 revenue of about $38.6 billion, up from the $38 billion it forecast in July.",
        date(2023, 10, 26),
        "July",
        "DATE",
        "2023-07",
        None,
    ),
    (  # the year said last, in an aside too, though a day with no year was read since
        "The ordinance, adopted in 1991, bars evictions between Dec. 1 and March 1. A man was found dead in "
        "January of that year.",
        date(2012, 11, 30),
        "January of that year",
        "DATE",
        "1991-01",
        None,
    ),
    (  # an object of five words, with an amount
        "The district has postponed its $212 million bond election from May 2 to Nov. 3.",
        date(2020, 3, 24),
        "May 2",
        "DATE",
        "2020-05-02",
        None,
    ),
    (
        "A ceremony to mark the opening, postponed from Friday because of the forecast, will be held later.",
        date(2024, 3, 25),
        "Friday",
        "DATE",
        "2024-03-22",
        None,
    ),
    (  # the middle of the year told in one word, as "midweek" is; not an adjective after a possessive
        "Bankers expect to close the smaller agreement by midyear.",
        date(1990, 2, 5),
        "midyear",
        "DATE",
        "1990",
        "MID",
    ),
    (
        "Prices had climbed again by mid-month, traders said.",
        date(2020, 2, 20),
        "mid-month",
        "DATE",
        "2020-02",
        "MID",
    ),
    (  # a modal of the present after "had been" begins a verb of its own: no future of the past
        "The credits they had been warning about will not shrink on Friday after all.",
        date(2020, 12, 29),
        "Friday",
        "DATE",
        "2021-01-01",
        None,
    ),
    (
        "The talks had been expected to end on Friday.",
        date(2020, 12, 29),
        "Friday",
        "DATE",
        "2020-12-25",
        None,
    ),
    (  # the early hours of a day are its start; of a part told after it, that part alone
        "The fire broke out in the early hours of Sunday, police said.",
        THU,
        "the early hours of Sunday",
        "DATE",
        "2011-12-04",
        "START",
    ),
    (
        "Troops left in the small hours of Tuesday.",
        THU,
        "the small hours of Tuesday",
        "DATE",
        "2011-12-06",
        "START",
    ),
    (
        "Police arrested him in the early hours of Thursday morning.",
        THU,
        "Thursday morning",
        "DATE",
        "2011-12-08TMO",
        None,
    ),
    (  # the Fourth of July called by its ordinal alone
        "Grocers expect the busiest weekend since last year over the Fourth, when stores close early.",
        date(2023, 6, 28),
        "the Fourth",
        "DATE",
        "2023-07-04",
        None,
    ),
    (
        "Families whose picnics were rained out on the Fourth came back.",
        date(2024, 7, 10),
        "the Fourth",
        "DATE",
        "2024-07-04",
        None,
    ),
    (
        "Organizers said this Fourth would be the biggest yet.",
        date(2019, 6, 20),
        "this Fourth",
        "DATE",
        "2019-07-04",
        None,
    ),
    (
        "In the quarter of an hour that followed, hundreds died.",
        THU,
        "the quarter of an hour",
        "DURATION",
        "PT15M",
        None,
    ),
    (  # a year reported in the past in the first quarter: the year just ended
        "Sales fell 11% in the fourth quarter. For the full year, profit climbed 9% to $80 million.",
        date(1989, 1, 19),
        "the full year",
        "DATE",
        "1988",
        None,
    ),
    (  # told ahead, the year of writing
        "For the full year, the company expects profit of $1.20 a share.",
        date(1989, 1, 19),
        "the full year",
        "DATE",
        "1989",
        None,
    ),
    (  # leap day: 29 February of the year told, in lower case too
        "The museum will waive admission on Leap Day, when a fun run is planned.",
        date(2024, 2, 21),
        "Leap Day",
        "DATE",
        "2024-02-29",
        None,
    ),
    (
        "Crews were told to roll on leap day.",
        date(2016, 3, 2),
        "leap day",
        "DATE",
        "2016-02-29",
        None,
    ),
    (  # news back in the present after a day long past: a date counted from the time of writing ends it
        "The accord took effect on Jan. 20, 2014. The parties missed a deadline last July. "
        "Netanyahu spoke on March 3.",
        date(2015, 4, 1),
        "March 3",
        "DATE",
        "2015-03-03",
        None,
    ),
    (  # a weekday and its part of the day with the date after them: one expression, on that date
        "The Geminid shower peaks Sunday night, Dec. 13, into Monday morning.",
        date(2020, 12, 1),
        "Sunday night, Dec. 13",
        "DATE",
        "2020-12-13TNI",
        None,
    ),
    # a financial, tax or school year across two calendar years is the year it begins in
    (
        "Borrowing in the financial year 2023-24 is expected to fall.",
        THU,
        "the financial year 2023-24",
        "DATE",
        "2023",
        None,
    ),
    (
        "It projects a deficit for the 2024-25 fiscal year.",
        THU,
        "the 2024-25 fiscal year",
        "DATE",
        "2024",
        None,
    ),
    (  # a live page's entry stamp is a clock time of the day of the report
        "Crews will stay on the fire until Saturday.\n\nUpdated 12:05 p.m. PT\n\nTankers resumed drops.",
        date(2021, 8, 12),
        "12:05 p.m. PT",
        "TIME",
        "2021-08-12T12:05",
        None,
    ),
    (  # a night told in the past on the day of the report is the night before it
        "The negotiators worked straight through the night, and early this morning the deal was done.",
        date(1998, 4, 10),
        "the night",
        "TIME",
        "1998-04-09TNI",
        None,
    ),
    # amounts in millions and thousands; a time before BC 9999 has no year TIMEX3 can write
    (
        "The impact came about 66 million years ago.",
        THU,
        "about 66 million years ago",
        "DATE",
        "PAST_REF",
        "APPROX",
    ),
    ("The ice may reach back 1.5 million years.", THU, "1.5 million years", "DURATION", "P1500000Y", None),
    (
        "The culture lasted two hundred thousand years.",
        THU,
        "two hundred thousand years",
        "DURATION",
        "P200000Y",
        None,
    ),
    (
        "The tomb lay untouched for more than three thousand years.",
        THU,
        "more than three thousand years",
        "DURATION",
        "P3000Y",
        "MORE_THAN",
    ),
    (  # a clock time with its minutes in words, before a zone or with its part of the day
        "We will have a special report tonight, at eleven-thirty Eastern time.",
        date(1998, 1, 25),
        "eleven-thirty Eastern time",
        "TIME",
        "1998-01-25T23:30",
        None,
    ),
    (
        "The first round was set off at three forty-five in the afternoon.",
        THU,
        "three forty-five in the afternoon",
        "TIME",
        "2011-12-08T15:45",
        None,
    ),
    (
        "The test came at twelve twenty-one p.m. local time.",
        THU,
        "twelve twenty-one p.m. local time",
        "TIME",
        "2011-12-08T12:21",
        None,
    ),
    (  # a clock time told in the past after the day before the report, at any hour: that day's
        "The company said Tuesday that a faulty update knocked its service offline on Monday.\n\n"
        "The trouble began at about 11:40 a.m., when its servers stopped answering.",
        date(2021, 10, 5),
        "about 11:40 a.m.",
        "TIME",
        "2021-10-04T11:40",
        "APPROX",
    ),
    (  # ... but the small hours after its evening are the report's day
        "Crowds gathered on the waterfront Monday evening.\n\nAt 1:30 a.m., the new flag was raised.",
        date(1997, 7, 1),
        "1:30 a.m.",
        "TIME",
        "1997-07-01T01:30",
        None,
    ),
    (  # a verb of a schedule in the present: the month to come
        "Governor Jerry Brown, who leaves office in January, said the state would need federal help.",
        date(2018, 11, 13),
        "January",
        "DATE",
        "2019-01",
        None,
    ),
    (
        "Bolt, who turns 23 on Friday, said he knew something special was possible.",
        date(2009, 8, 17),
        "Friday",
        "DATE",
        "2009-08-21",
        None,
    ),
    (  # a 24-hour clock time with seconds and a named zone
        "Sputnik was launched at 22:28:34 Moscow time.",
        date(1957, 10, 5),
        "22:28:34 Moscow time",
        "TIME",
        "1957-10-05T22:28:34",
        None,
    ),
    (  # an hour in words before "p.m."
        "Mandela's release had been set for three p.m. local time.",
        date(1990, 2, 11),
        "three p.m. local time",
        "TIME",
        "1990-02-11T15:00",
        None,
    ),
    (
        "The capsule surfaced at 12:11 this morning.",
        date(2010, 10, 13),
        "12:11 this morning",
        "TIME",
        "2010-10-13T00:11",
        None,
    ),
    (  # a warning or a forecast looks ahead, though told in the past
        "Forecasters warned of more flooding at high tide Sunday morning.",
        date(2016, 1, 23),
        "Sunday morning",
        "DATE",  # AQUAINT's type (docs/tagger.md, "Where the annotated corpora disagree")
        "2016-01-24TMO",
        None,
    ),
    (
        "The National Weather Service forecast a chance of thunderstorms Thursday night, officials said.",
        date(2002, 7, 17),
        "Thursday night",
        "DATE",
        "2002-07-18TNI",
        None,
    ),
    (  # a participle after an article is an adjective, no cue of the future
        "Early Wednesday, Google cut the expected range to $85 to $95 a share.",
        date(2004, 8, 20),
        "Early Wednesday",
        "DATE",
        "2004-08-18",
        "START",
    ),
    (  # "that weekend": the weekend of the last date told
        "The Friends of the Library will meet on Friday, April 15. The shop will be closed that weekend.",
        date(2022, 4, 5),
        "that weekend",
        "DATE",
        "2022-W15-WE",
        None,
    ),
    # the holiday weekend, the long weekend: a weekend, the one of the report's tense
    (
        "Millions are expected to travel over the holiday weekend.",
        date(2019, 5, 23),
        "the holiday weekend",
        "DATE",
        "2019-W21-WE",
        None,
    ),
    (
        "Roads were jammed before the long weekend.",
        date(2019, 5, 28),
        "the long weekend",
        "DATE",
        "2019-W21-WE",
        None,
    ),
    ("Officials expect it to rise in the coming days.", THU, "the coming days", "DURATION", "PXD", None),
    (
        "Margins may come under pressure in the coming quarters.",
        THU,
        "the coming quarters",
        "DATE",
        "FUTURE_REF",
        None,
    ),
    # a day number joined by a range word to a dated day is a date of its own
    ("The war lasted from 5 to 10 June 1967.", THU, "5", "DATE", "1967-06-05", None),
    ("The talks ran from March 5 through 8.", THU, "8", "DATE", "2011-03-08", None),
    # a span of years before a comma
    ("The painting, made c. 1503-1506, hangs in the Louvre.", THU, "1506", "DATE", "1506", None),
    # holidays
    ("The shops close on Christmas Day.", THU, "Christmas Day", "DATE", "2011-12-25", None),
    ("Peace came in late January 1674/75.", THU, "late January 1674/75", "DATE", "1675-01", "END"),
    ("The bill passed on Easter Tuesday 1912.", THU, "Easter Tuesday 1912", "DATE", "1912-04-09", None),
    # spoken years, months with a relative year, fiscal periods, fractions, rates
    ("It was in nineteen ninety-six.", THU, "nineteen ninety-six", "DATE", "1996", None),
    ("Sales fell in June last year.", THU, "June last year", "DATE", "2010-06", None),
    (
        "It broke away on March eleventh of last year.",
        THU,
        "March eleventh of last year",
        "DATE",
        "2010-03-11",
        None,
    ),
    ("The case will be heard in May in Atlanta.", THU, "May", "DATE", "2012-05", None),
    ("Net income for the year ended Sept. 30 rose.", THU, "the year", "DURATION", "P1Y", None),
    ("Knife crime fell 15 per cent in the year to March.", THU, "the year", "DURATION", "P1Y", None),
    ("The talks lasted 5 1/2 hours.", THU, "5 1/2 hours", "DURATION", "PT5H30M", None),
    # the small hours after a day's end told in the paragraph: the night went on into the next day
    (
        "The storm moved in late Tuesday as temperatures fell. By 4 a.m., the warning was upgraded.",
        date(2004, 2, 18),
        "4 a.m.",
        "TIME",
        "2004-02-18T04:00",
        None,
    ),
    # so are those after an evening clock time told on the day (not a range's end), and a conversion
    # in brackets keeps its own day
    (
        "In Thursday's referendum, Leave won.\n\nPolls closed at 10 p.m. The mood turned at about 12:20 a.m.",
        date(2016, 6, 24),
        "about 12:20 a.m.",
        "TIME",
        "2016-06-24T00:20",
        "APPROX",
    ),
    (
        "Storms ripped across Kansas late Tuesday.\n\nIt touched down shortly before 9 p.m. CDT (0200 GMT).",
        date(1995, 5, 17),
        "9 p.m. CDT",
        "TIME",
        "1995-05-16T21:00",
        None,
    ),
    (
        "Storms ripped across Kansas late Tuesday.\n\nIt touched down shortly before 9 p.m. CDT (0200 GMT).",
        date(1995, 5, 17),
        "0200 GMT",
        "TIME",
        "1995-05-17T02:00",
        None,
    ),
    (
        "He spoke late Wednesday morning and imposed a curfew from 10 p.m. to 4 a.m. starting that night.",
        date(2022, 12, 8),
        "that night",
        "TIME",
        "2022-12-07TNI",
        None,
    ),
    # what was not done until a day was done then; not a plan ("was not due until Wednesday")
    (
        "The fee was not agreed with the Portuguese side until late Monday.",
        date(2021, 8, 31),
        "late Monday",
        "DATE",
        "2021-08-30",
        "END",
    ),
    (  # "but not" after a past verb too
        "We had his face for weeks, but not his name until Friday.",
        date(2014, 3, 6),
        "Friday",
        "DATE",
        "2014-02-28",
        None,
    ),
    (
        "The next tanker was not due until Wednesday.",
        date(2021, 9, 27),
        "Wednesday",
        "DATE",
        "2021-09-29",
        None,
    ),
    # a past-only verb rules its clause, whatever a clause joined by "and" tells after it
    (
        "She underwent surgery on Saturday morning and is expected to remain there for a week.",
        date(2019, 3, 18),
        "Saturday morning",
        "DATE",
        "2019-03-16TMO",
        None,
    ),
    # a schedule told in the present, past a participle in an apposition: a weekday to come
    (
        "The comet, the brightest seen in two decades, makes its closest approach Saturday.",
        date(2019, 11, 13),
        "Saturday",
        "DATE",
        "2019-11-16",
        None,
    ),
    (
        "Advance fares go on sale on Wednesday, the operator said.",
        date(2019, 12, 9),
        "Wednesday",
        "DATE",
        "2019-12-11",
        None,
    ),
    # a race's time, hours, minutes and seconds; a 24-hour clock reading with no word before it
    ("Kipchoge won in 2:01:39 on a calm morning.", THU, "2:01:39", "DURATION", "PT2H1M39S", None),
    ("He went through halfway in 1:00:33.", THU, "1:00:33", "DURATION", "PT1H33S", None),
    ("Stations are exit-only between 08:00 and noon.", THU, "08:00", "TIME", "2011-12-08T08:00", None),
    ("France v Uruguay, Lille, 21:00", THU, "21:00", "TIME", "2011-12-08T21:00", None),
    # "the following week" after a year told in passing: the week after the day told before it
    (
        "Atlanta won the lottery on May 12. The system introduced in 2019 flattened the odds. "
        "Prospects were measured at the combine the following week.",
        date(2024, 6, 24),
        "the following week",
        "DATE",
        "2024-W20",
        None,
    ),
    # a plan told in the past with no "for": the nearer day, past or to come
    (
        "The result had been due Tuesday, but Indonesia asked for an earlier announcement.",
        date(1999, 9, 4),
        "Tuesday",
        "DATE",
        "1999-09-07",
        None,
    ),
    (
        "The budget, which was due April 1, is now 10 weeks late.",
        date(1997, 6, 12),
        "April 1",
        "DATE",
        "1997-04-01",
        None,
    ),
    # a holiday whose relative clause tells it in the present lies ahead, whatever the main verb
    (
        "Travelers were rebooking on other airlines for Easter, which falls on March 26.",
        date(1989, 3, 8),
        "Easter",
        "DATE",
        "1989-03-26",
        None,
    ),
    # a plan called off in the past: the nearer day; not one put off in the perfect, still ahead
    (
        "The senators called off a news conference planned for Tuesday after the bombings.",
        date(2013, 4, 17),
        "Tuesday",
        "DATE",
        "2013-04-16",
        None,
    ),
    # a feast with "last year" after it is last year's
    (
        "Trading was thin on Good Friday last year.",
        date(2016, 3, 23),
        "Good Friday",
        "DATE",
        "2015-04-03",
        None,
    ),
    # "earlier" in a comparison is no past cue
    (
        "The checkpoint will open an hour earlier than usual through New Year's Day.",
        date(2016, 12, 23),
        "New Year's Day",
        "DATE",
        "2017-01-01",
        None,
    ),
    # the same called off after the date: the nearer day, not one a year on
    (
        "The original meeting, scheduled for February 9, was called off two hours before kick-off.",
        date(2013, 3, 18),
        "February 9",
        "DATE",
        "2013-02-09",
        None,
    ),
    (
        "His sentencing was first set for February but was delayed three times.",
        date(2011, 11, 4),
        "February",
        "DATE",
        "2011-02",
        None,
    ),
    (
        "The uprising, originally set for Monday, had been put off by a day.",
        date(1989, 10, 4),
        "Monday",
        "DATE",
        "1989-10-02",
        None,
    ),
    (
        "Hospitals have postponed elective surgery scheduled for Friday.",
        date(2013, 4, 17),
        "Friday",
        "DATE",
        "2013-04-19",
        None,
    ),
    # a day that one told earlier in its sentence comes "ahead of" lies after it
    (
        "The primary is May 19, ahead of the Nov. 3 general election.",
        date(2026, 1, 9),
        "Nov. 3",
        "DATE",
        "2026-11-03",
        None,
    ),
    # the day a day told is counted from, set off after it, is not the day clock times go on from
    (
        "The parade will be held on Saturday, March 15, two days before St. Patrick's Day. It steps "
        "off at 1 p.m.",
        date(2025, 3, 7),
        "1 p.m.",
        "TIME",
        "2025-03-15T13:00",
        None,
    ),
    # a relative clause with "when" tells the tense of its day
    (
        "The board canceled classes on April 8, when a total solar eclipse will cross the region.",
        date(2023, 8, 8),
        "April 8",
        "DATE",
        "2024-04-08",
        None,
    ),
    # a weekday of last or next week is that weekday of the week named
    (
        "The council met on Wednesday of last week and meets again on Monday of next week.",
        date(1838, 6, 15),
        "Wednesday of last week",
        "DATE",
        "1838-06-06",
        None,
    ),
    # the old spellings "to-day", "to-night", "to-morrow" are the day words
    (
        "The militia will occupy the town to-night, and the mills reopen to-morrow.",
        date(1892, 7, 12),
        "to-night",
        "TIME",
        "1892-07-12TNI",
        None,
    ),
    (
        "The Tientsin massacre took place thirty years ago to-day.",
        date(1900, 6, 21),
        "thirty years ago to-day",
        "DATE",
        "1870-06-21",
        None,
    ),
    # a weekday opening its sentence, or after a dateline, before "marks" is the coming one
    (
        "LONDON \u2014 Tuesday marks 100 years since the birth of Queen Elizabeth II.",
        date(2026, 4, 16),
        "Tuesday",
        "DATE",
        "2026-04-21",
        None,
    ),
    # Texas Independence Day is the republic's, not the Fourth of July
    (
        "Texas Independence Day falls on Sunday this year.",
        date(2014, 2, 20),
        "Texas Independence Day",
        "DATE",
        "2014-03-02",
        None,
    ),
    # clock times listed after one told are clock times too
    (
        "The great explosions came on Monday morning, at 5:30, 6:44, 10:02 and 10:41.",
        date(1883, 8, 28),
        "10:02",
        "TIME",
        "1883-08-27T10:02",
        None,
    ),
    # an hour in digits from five to eleven before "tonight" is the evening's
    (
        "Relatives planned to stand in silence at 10:31 tonight, the moment the plane struck the sea.",
        date(1999, 9, 2),
        "10:31 tonight",
        "TIME",
        "1999-09-02T22:31",
        None,
    ),
    # "o'clock" after the minutes past an hour, and the day word after it, are inside the expression
    (
        "He expired at twenty minutes past twelve o'clock yesterday, the 2nd of March.",
        date(1855, 3, 3),
        "twenty minutes past twelve o'clock yesterday",
        "TIME",
        "1855-03-02T12:20",
        None,
    ),
    # a day of the month that its words count: of last month, ultimo, instant, proximo, each month
    (
        "A meeting called at Mingo Creek on the 23d ultimo is appointed for Thursday next.",
        date(1794, 8, 9),
        "the 23d ultimo",
        "DATE",
        "1794-07-23",
        None,
    ),
    (
        "The governor's proclamation of the 12th instant was read aloud.",
        date(1794, 8, 20),
        "the 12th instant",
        "DATE",
        "1794-08-12",
        None,
    ),
    (
        "The assembly will sit on the 2d proximo.",
        date(1794, 12, 20),
        "the 2d proximo",
        "DATE",
        "1795-01-02",
        None,
    ),
    (
        "The collection in Georgia, begun on the 26th of last month, is all but complete.",
        date(1838, 6, 15),
        "the 26th of last month",
        "DATE",
        "1838-05-26",
        None,
    ),
    (
        "The new fares take effect on the first of next month.",
        date(2022, 2, 10),
        "the first of next month",
        "DATE",
        "2022-03-01",
        None,
    ),
    (
        "Benefits are paid on the third of each month.",
        date(2022, 2, 10),
        "the third of each month",
        "SET",
        "XXXX-XX-03",
        None,
    ),
    # ... and a past in it wins over a noun that reads as a verb of the present ("returns")
    (
        "A computer failure knocked out its systems on Tuesday, when returns were due.",
        date(2018, 4, 18),
        "Tuesday",
        "DATE",
        "2018-04-17",
        None,
    ),
    # an irregular past of a compound verb is a past ("upheld", as "held" is)
    (
        "An appeals court upheld the verdict on Tuesday.",
        date(2006, 12, 30),
        "Tuesday",
        "DATE",
        "2006-12-26",
        None,
    ),
    # news goes on from a season long past told with its year, as from a day ("last spring" does not)
    (
        "By the spring of 1945 his unit had crossed the Rhine. Hitler killed himself on April 30.",
        date(2005, 5, 8),
        "April 30",
        "DATE",
        "1945-04-30",
        None,
    ),
    # a verb in -s after a year of three digits is no plural that makes it a count ("793 soldiers")
    ("A voyage in January 793 seems unlikely.", date(2018, 6, 5), "January 793", "DATE", "0793-01", None),
    # a thing named by its year is no year a present clause's day is in; a past clause's is
    (
        "The 1983 coffee agreement itself expires Sept. 30.",
        date(1989, 7, 5),
        "Sept. 30",
        "DATE",
        "1989-09-30",
        None,
    ),
    ("The 1983 vote was held on May 5.", date(1989, 7, 5), "May 5", "DATE", "1983-05-05", None),
    # a year elaborated after a comma by "in" a month: that year's month
    (
        "The bank cut its key interest rate twice last year, in January and again in July.",
        date(2016, 3, 22),
        "January",
        "DATE",
        "2015-01",
        None,
    ),
    # a day of the event a year owns: "last year's show on Feb. 24"
    (
        "The ceremony will be held Feb. 9, two weeks earlier than last year's show on Feb. 24.",
        date(2020, 1, 14),
        "Feb. 24",
        "DATE",
        "2019-02-24",
        None,
    ),
    (
        "The board hopes to hold next year's fair from July 13 through July 17.",
        date(2020, 5, 27),
        "July 13",
        "DATE",
        "2021-07-13",
        None,
    ),  # and "from" its days
    # a range joined by "through" runs forward with no "from" before it
    (
        "Next year's fair is scheduled for Aug. 12 through Aug. 17.",
        date(2024, 8, 19),
        "Aug. 17",
        "DATE",
        "2025-08-17",
        None,
    ),
    # a starting point after "since the": behind, whatever the clause's tense
    (
        "The ruling ends two months of limbo since the Aug. 20 vote.",
        THU,
        "Aug. 20",
        "DATE",
        "2011-08-20",
        None,
    ),
    # a day of the month before "of", in figures or in lower-case words, with its "the"
    (
        "They signed it on the eleventh of November.",
        THU,
        "the eleventh of November",
        "DATE",
        "2011-11-11",
        None,
    ),
    (
        "He arrived on the 10th of February 1675.",
        THU,
        "the 10th of February 1675",
        "DATE",
        "1675-02-10",
        None,
    ),
    # news tells a day a present verb says of its subject as one to come; not a day in a noun phrase
    ("The last day for students is June 9.", THU, "June 9", "DATE", "2012-06-09", None),
    ("The window reopens on June 9 for most events.", THU, "June 9", "DATE", "2012-06-09", None),
    ('"Sept. 30 is the date," she said.', THU, "Sept. 30", "DATE", "2012-09-30", None),
    (
        "The general election, on Sept. 30, is still 10 months away.",
        THU,
        "Sept. 30",
        "DATE",
        "2012-09-30",
        None,
    ),
    ("The index remains below its record close on June 9.", THU, "June 9", "DATE", "2011-06-09", None),
    # a 24-hour clock's hour is not read again as the next twelve-hour one after the last time told
    (
        "The first train will leave at 05:30, and the last will depart at 00:15.",
        THU,
        "00:15",
        "TIME",
        "2011-12-08T00:15",
        None,
    ),
    ("It ended nearly two years ago.", THU, "nearly two years ago", "DATE", "2009", "LESS_THAN"),
    ("The war lasted two decades.", THU, "two decades", "DURATION", "P20Y", None),
    ("The feud lasted half a century.", THU, "half a century", "DURATION", "P50Y", None),
    (
        "The rite has lasted two and a half millennia.",
        THU,
        "two and a half millennia",
        "DURATION",
        "P2500Y",
        None,
    ),
    # seconds with a fraction join the length before them, as ISO 8601 lets its last unit carry one
    (
        "He broke the tape in 3 minutes 59.4 seconds.",
        THU,
        "3 minutes 59.4 seconds",
        "DURATION",
        "PT3M59.4S",
        None,
    ),
    (
        "The relay took 3 minutes, 29.34 seconds.",
        THU,
        "3 minutes, 29.34 seconds",
        "DURATION",
        "PT3M29.34S",
        None,
    ),
    # "the first Sunday after Easter" is the Sunday after it
    (
        "They met on the first Sunday after Easter 2012.",
        THU,
        "the first Sunday after Easter 2012",
        "DATE",
        "2012-04-15",
        None,
    ),
    # and "the fifth Sunday after Easter" four weeks after that (Easter 1478 by the Julian computus)
    (
        "The conspirators struck at Mass on the fifth Sunday after Easter 1478.",
        THU,
        "the fifth Sunday after Easter 1478",
        "DATE",
        "1478-04-26",
        None,
    ),
    (
        "They met on the second Monday before Easter 2015.",
        THU,
        "the second Monday before Easter 2015",
        "DATE",
        "2015-03-23",
        None,
    ),
    (
        "He waited almost a fortnight for an answer.",
        THU,
        "almost a fortnight",
        "DURATION",
        "P2W",
        "LESS_THAN",
    ),
    # a weekday a thing is being moved to lies ahead
    (
        "Kidnappers today postponed the execution, moving their deadline to 3 p.m. Thursday.",
        WED,
        "3 p.m. Thursday",
        "TIME",
        "2011-12-08T15:00",
        None,
    ),
    # a feast told in the past after a day long past in its sentence is of that day's year
    (
        "The thieves struck on Sunday, March 18, 1990, a few hours after the city's St. Patrick's Day "
        "celebrations had wound down.",
        date(2025, 3, 18),
        "St. Patrick's Day",
        "DATE",
        "1990-03-17",
        None,
    ),
    (
        "The strike began on Oct. 11, 2019, and lasted 47 days. Shops will close on Christmas Day.",
        date(2024, 11, 1),
        "Christmas Day",
        "DATE",
        "2024-12-25",
        None,
    ),
    # a word in -ed that is no past form is no past cue
    (
        "It will publish its annual speed survey in the week of March 5.",
        THU,
        "the week of March 5",
        "DATE",
        "2012-W10",
        None,
    ),
    ("It will name a hundred winners on March 5.", THU, "March 5", "DATE", "2012-03-05", None),
    # a season of "last year", "next year": of the time of writing
    ("Sales slowed in the spring of last year.", THU, "the spring of last year", "DATE", "2010-SP", None),
    ("Cattle have been hand-fed since winter last year.", THU, "winter last year", "DATE", "2010-WI", None),
    ("Sales were expected to fall this year.", THU, "this year", "DATE", "2011", None),  # a verb
    # a length a phrase names counts from the time of writing as "two weeks ago" does
    ("She finally said yes a fortnight ago.", THU, "a fortnight ago", "DATE", "2011-W47", None),
    (
        "The town fell less than a fortnight ago.",
        THU,
        "less than a fortnight ago",
        "DATE",
        "2011-W47",
        "AFTER",
    ),
    ("The mill closed a quarter of a century ago.", THU, "a quarter of a century ago", "DATE", "1986", None),
    (
        "Talks dragged on for at least another fortnight.",
        THU,
        "at least another fortnight",
        "DURATION",
        "P2W",
        "EQUAL_OR_MORE",
    ),
    (
        "Peace held for another quarter of a century.",
        THU,
        "another quarter of a century",
        "DURATION",
        "P25Y",
        None,
    ),
    (
        "It grew over the last quarter of a century.",
        THU,
        "the last quarter of a century",
        "DURATION",
        "P25Y",
        None,
    ),
    # "over" is no quantifier before a length with "the"
    ("Sales will rise over the coming months.", THU, "the coming months", "DURATION", "PXM", None),
    # company periods, clock times with a zone, old years in history
    ("Revenue rose in Q3 2012.", THU, "Q3 2012", "DATE", "2012-Q3", None),
    (
        "He ran the campaign from party headquarters. A year ago, few Russians had heard of him.",
        date(2000, 3, 27),
        "A year ago",
        "DATE",
        "1999",
        None,
    ),
    ("Revenue for FY2013 rose.", THU, "FY2013", "DATE", "2013", None),
    ("Trading opens at 14:30 GMT.", THU, "14:30 GMT", "TIME", "2011-12-08T14:30", None),
    ("Prices fell this past weekend.", THU, "this past weekend", "DATE", "2011-W48-WE", None),
    ("The barons met in the spring of 1215.", THU, "the spring of 1215", "DATE", "1215-SP", None),
    ("England was conquered in 1066, by William.", THU, "1066", "DATE", "1066", None),
    # tense cues: proper nouns in -ed are no verbs; a bare participle yields to an explicit auxiliary
    (
        "The father would be traveling to the United States Thursday.",
        WED,
        "Thursday",
        "DATE",
        "2011-12-08",
        None,
    ),
    (
        "The split would be paid on a still unspecified date in January.",
        THU,
        "January",
        "DATE",
        "2012-01",
        None,
    ),
    (
        "A ceremony would be held at the summit on April 24.",
        date(1999, 2, 10),
        "April 24",
        "DATE",
        "1999-04-24",
        None,
    ),
    ("Officials postponed until Tuesday any action on the case.", THU, "Tuesday", "DATE", "2011-12-13", None),
    # after the weekday, a cue that sets the date after it is no cue for the weekday
    (
        "A judge Wednesday postponed until March a hearing on the case.",
        THU,
        "Wednesday",
        "DATE",
        "2011-12-07",
        None,
    ),
    (
        "A judge Wednesday put off until March a hearing on the case.",
        THU,
        "Wednesday",
        "DATE",
        "2011-12-07",
        None,
    ),
    ("The standoff lasted a minute and a half.", THU, "a minute and a half", "DURATION", "PT1M30S", None),
    ("The hearing took an hour and a half.", THU, "an hour and a half", "DURATION", "PT1H30M", None),
    ("The trial ran for a year and a half.", THU, "a year and a half", "DURATION", "P18M", None),
    ("After a weeklong recess the Senate met.", THU, "weeklong", "DURATION", "P1W", None),
    ("Similar events were held all day in the capital.", THU, "all day", "DURATION", "P1D", None),
    ("All week, officials have issued statements.", THU, "All week", "DURATION", "P1W", None),
    ("The queue stayed long all year.", THU, "all year", "DURATION", "P1Y", None),
    ("They waited all day, and more than 12 hours at the border.", THU, "all day", "DURATION", "P1D", None),
    ("It would allow 2.7 degrees of warming by 2100.", THU, "2100", "DATE", "2100", None),
    ("The next transit will not happen until December 2117.", THU, "December 2117", "DATE", "2117-12", None),
    (
        "The countdown to Monday's total solar eclipse is down to its final three days.",
        date(2017, 8, 18),
        "Monday",
        "DATE",
        "2017-08-21",
        None,
    ),
    ("The law makes both the 2030 and 2050 targets binding.", THU, "2050", "DATE", "2050", None),
    ("Barak took office 3 1/2 years ago.", THU, "3 1/2 years ago", "DATE", "2008-06", None),
    ("He left two and a half years ago.", THU, "two and a half years ago", "DATE", "2009-06", None),
    ("He left a year and a half ago.", THU, "a year and a half ago", "DATE", "2010-06", None),
    (
        "He spent the last quarter-century of his life in Rome.",
        THU,
        "the last quarter-century",
        "DURATION",
        "P25Y",
        None,
    ),
    (
        "Profits rose in the first half, the chairman told shareholders.",
        THU,
        "the first half",
        "DATE",
        "2011-H1",
        None,
    ),
    ("Prices rose over the past year and a half.", THU, "the past year and a half", "DURATION", "P18M", None),
    (
        "The fleet ruled the seas for the next century and a half.",
        THU,
        "the next century and a half",
        "DURATION",
        "P150Y",
        None,
    ),
    (
        "Then, a week or so ago, the general picked a date.",
        THU,
        "a week or so ago",
        "DATE",
        "2011-W48",
        "APPROX",
    ),
    (
        "The plant will be closed over the next year or so.",
        THU,
        "the next year or so",
        "DATE",
        "2012",
        "APPROX",
    ),
    ("The so-called reform took two years so-called.", THU, "two years", "DURATION", "P2Y", None),
    (
        "The boy was found Thanksgiving Day clinging to a tube.",
        THU,
        "Thanksgiving Day",
        "DATE",
        "2011-11-24",
        None,
    ),
    ("Nineteen ninety-seven was a good year.", THU, "Nineteen ninety-seven", "DATE", "1997", None),
    ("Noon is when the market closes.", THU, "Noon", "TIME", "2011-12-08T12:00", None),
    ("The plan was approved in March for the first time.", THU, "March", "DATE", "2011-03", None),
    ("The appeal took two years and a week.", THU, "a week", "DURATION", "P1W", None),
    (
        "They said they would look for ways around Wednesday's ruling.",
        date(2000, 1, 7),
        "Wednesday",
        "DATE",
        "2000-01-05",
        None,
    ),
    (
        "The striker is expected to miss Sunday's game.",
        date(2013, 3, 22),
        "Sunday",
        "DATE",
        "2013-03-24",
        None,
    ),
    (
        "The debentures convert at a premium over Thursday's closing price.",
        date(1989, 10, 30),
        "Thursday",
        "DATE",
        "1989-10-26",
        None,
    ),
    (
        "January nineteen ninety-seven. Atlanta again.",
        THU,
        "January nineteen ninety-seven",
        "DATE",
        "1997-01",
        None,
    ),
    (
        "Asked about June fourth, nineteen eighty-nine, he said force had been wrong.",
        THU,
        "June fourth, nineteen eighty-nine",
        "DATE",
        "1989-06-04",
        None,
    ),
    (
        "September twenty-fourth, nineteen eighty-seven, was a Thursday.",
        THU,
        "September twenty-fourth, nineteen eighty-seven",
        "DATE",
        "1987-09-24",
        None,
    ),
    ("On May 5, nineteen hundred workers struck.", THU, "May 5", "DATE", "2011-05-05", None),
    (
        "Oil fell to the level of the winter of nineteen ninety-four.",
        THU,
        "the winter of nineteen ninety-four",
        "DATE",
        "1994-WI",
        None,
    ),
    (
        "It may be resolved in a hearing the week of March 6.",
        date(2000, 2, 24),
        "the week of March 6",
        "DATE",
        "2000-W10",
        None,
    ),
    (
        "Stocks fell on Friday, Oct. 14. The previous Friday they had risen.",
        THU,
        "The previous Friday",
        "DATE",
        "2011-10-07",
        None,
    ),
    ("Net fell 5% from the 1988 quarter.", date(1989, 10, 30), "the 1988 quarter", "DATE", "1988-Q3", None),
    (
        "It lost $1.8 million in the corresponding period last year.",
        date(1989, 11, 1),
        "the corresponding period last year",
        "DATE",
        "1988-Q3",
        None,
    ),
    (
        "U.K. sales for last year's quarter were about $3 million.",
        date(1989, 11, 1),
        "last year's quarter",
        "DATE",
        "1988-Q3",
        None,
    ),
    (
        "For the quarter a year ago, Columbia reported earnings.",
        date(1989, 11, 1),
        "the quarter a year ago",
        "DATE",
        "1988-Q3",
        None,
    ),
    (
        "He probably died within weeks or months of his capture.",
        THU,
        "weeks or months",
        "DURATION",
        "PXW",
        None,
    ),
    ("She ended the two-week visit on Friday.", THU, "two-week", "DURATION", "P2W", None),
    ("Shares hit their 52-week high.", THU, "52-week", "DURATION", "P52W", None),
    # eras
    ("Julius Caesar was killed in 44 BC.", THU, "44 BC", "DATE", "BC0044", None),
    ("Vesuvius erupted in AD 79 and buried Pompeii.", THU, "AD 79", "DATE", "0079", None),
    ("Rome fell in 476 A.D. after decades of decline.", THU, "476 A.D.", "DATE", "0476", None),
    ("Alexander entered Egypt in late 332 BC.", THU, "late 332 BC", "DATE", "BC0332", "END"),
    ("Their year had eighteen twenty-day months.", THU, "twenty-day", "DURATION", "P20D", None),  # no 1820
    (
        "The first, in 1966, began on New Year's Day.",
        date(2005, 12, 21),
        "New Year's Day",
        "DATE",
        "1966-01-01",
        None,
    ),
    (
        "Lines close over the late May bank holiday.",
        date(2018, 3, 29),
        "the late May bank holiday",
        "DATE",
        "2018-05-28",
        None,
    ),
    ("In the last quarter of 1419 the towns rose.", THU, "the last quarter of 1419", "DATE", "1419-Q4", None),
    (
        "The first half of 1420 was quiet; a quarter of 1200 men fell.",
        THU,
        "The first half of 1420",
        "DATE",
        "1420-H1",
        None,
    ),
    (
        "A public hearing is set for Nov. 9.",
        date(2021, 3, 17),
        "Nov. 9",
        "DATE",
        "2021-11-09",
        None,
    ),  # a plan
    (
        "The judge set sentencing for June 27 and ordered him to surrender his passport.",
        date(2013, 3, 21),
        "June 27",
        "DATE",
        "2013-06-27",
        None,
    ),
    (
        "Albright set a final pretrial conference for Aug. 30 and ordered the defense to reply.",
        date(2013, 6, 20),
        "Aug. 30",
        "DATE",
        "2013-08-30",
        None,
    ),  # an object of four words
    (
        "The kitchen will serve a limited menu of sandwiches and fried pickles through Saturday.",
        date(2024, 3, 27),
        "Saturday",
        "DATE",
        "2024-03-30",
        None,
    ),  # a word in -ed after "will" is no past verb
    (
        "Runners will start half an hour earlier than planned on Sunday, organizers said Thursday.",
        date(2008, 10, 9),
        "Sunday",
        "DATE",
        "2008-10-12",
        None,
    ),  # a participle compared with is no past verb
    (
        "Shares more than tripled by Friday.",
        date(2012, 3, 14),
        "Friday",
        "DATE",
        "2012-03-09",
        None,
    ),  # a change counted is
    ("She spent the fall in Paris.", THU, "the fall", "DATE", "2011-FA", None),  # a season, not a fall
    ("Henry VIII reigned from 1509 to 1547.", THU, "1547", "DATE", "1547", None),
    ("Mansfeld kept unpaid armies in the field through 1621 and 1622.", THU, "1621", "DATE", "1621", None),
    ("In early 1241 the horde divided.", THU, "early 1241", "DATE", "1241", "START"),
    ("The war began in AD 602. The fortress of Dara fell in 604 or 605.", THU, "605", "DATE", "0605", None),
    (
        "In the autumn of 1929 the market crashed. The following spring, banks failed.",
        THU,
        "The following spring",
        "DATE",
        "1930-SP",
        None,
    ),
    ("The museum is closed on Sundays.", THU, "Sundays", "SET", "XXXX-WXX-7", None),
    ("I'm 70 and I work every weekend at a grocery store.", THU, "every weekend", "SET", "XXXX-WXX-WE", None),
    (
        "He opened the tower every Wednesday evening.",
        THU,
        "every Wednesday evening",
        "SET",
        "XXXX-WXX-3TEV",
        None,
    ),
    ("Two flights leave Bombay on Tuesday nights.", THU, "Tuesday nights", "SET", "XXXX-WXX-2TNI", None),
    # a clock time told with a set that repeats by days is on no one day
    ("A cabaret tent will open every evening at 11pm.", THU, "11pm", "TIME", "XXXX-XX-XXT23:00", None),
    (
        "The siren sounds at noon every Wednesday.",
        THU,
        "noon every Wednesday",
        "SET",
        "XXXX-WXX-3T12:00",
        None,
    ),
    # a clock time news tells as kept on many days
    ("Kickoff is two hours earlier than the usual 3pm start.", THU, "3pm", "TIME", "XXXX-XX-XXT15:00", None),
    ("Buses will run from 6 a.m. to 8 p.m. on both days.", THU, "6 a.m.", "TIME", "XXXX-XX-XXT06:00", None),
    # and so does a weekday told as a habit, in the plural
    (
        "Trash is collected on Mondays, and bins must be at the curb by 7 a.m.",
        THU,
        "7 a.m.",
        "TIME",
        "XXXX-XX-XXT07:00",
        None,
    ),
    (
        "The clinic remains open Monday through Friday from 8 a.m. to 4:30 p.m.",
        THU,
        "8 a.m.",
        "TIME",
        "XXXX-XX-XXT08:00",
        None,
    ),
    (  # the sentence goes on past the dot of "a.m."
        "The clinic remains open Monday through Friday from 8 a.m. to 4:30 p.m.",
        THU,
        "4:30 p.m.",
        "TIME",
        "XXXX-XX-XXT16:30",
        None,
    ),
    (  # the hours of one day
        "Calling hours are Friday from 4 p.m. to 8 p.m. at the funeral home.",
        WED,
        "4 p.m.",
        "TIME",
        "2011-12-09T16:00",
        None,
    ),
    (  # a part of the day that says which day is on that day, a set beside it or not
        "His mother, who has sat in court every day of the trial, waited outside this afternoon.",
        THU,
        "this afternoon",
        "TIME",
        "2011-12-08TAF",
        None,
    ),
    (
        "Volunteers will staff the hall daily through Sunday, from 9 a.m. to 5 p.m.",
        THU,
        "5 p.m.",
        "TIME",
        "XXXX-XX-XXT17:00",
        None,
    ),
    ("The shop opens at 7 a.m. daily.", THU, "7 a.m.", "TIME", "XXXX-XX-XXT07:00", None),
    # nor one whose day is told right after it
    (
        "Drawings are held twice a week in Tampa, where the numbers came up at 10:59 p.m. on Wednesday.",
        THU,
        "10:59 p.m.",
        "TIME",
        "2011-12-07T22:59",
        None,
    ),
    # but not one told with its own month and day
    (
        "Homes may be seen on weekends, and bids must arrive by 5 p.m. Dec. 20.",
        THU,
        "5 p.m. Dec. 20",
        "TIME",
        "2011-12-20T17:00",
        None,
    ),
    # a bare hour opening a range takes the closing clock time's day and half of the day
    ("Open houses are Monday, Dec. 12, from 5:30 to 7 p.m.", THU, "5:30", "TIME", "2011-12-12T17:30", None),
    ("The pool reopens Saturday from 1 to 6 p.m.", THU, "1", "TIME", "2011-12-10T13:00", None),
    ("The office is open from 9 to noon on Saturday.", THU, "9", "TIME", "2011-12-10T09:00", None),
    ("Lunch is served daily between 11:30 and 1 p.m.", THU, "1 p.m.", "TIME", "XXXX-XX-XXT13:00", None),
    # "tonight" or an afternoon told before a clock time with only digits: its evening or afternoon
    ("The band plays in the park tonight at 6:30.", THU, "6:30", "TIME", "2011-12-08T18:30", None),
    (
        "This afternoon, at about 3:30, a jet came down in the river.",
        THU,
        "about 3:30",
        "TIME",
        "2011-12-08T15:30",
        "APPROX",
    ),
    (
        "Shuttles run from 6 a.m. to 9 a.m. and from 4 p.m. to 7 p.m. daily.",
        THU,
        "6 a.m.",
        "TIME",
        "XXXX-XX-XXT06:00",
        None,
    ),
    (
        "Crews meet twice daily, and the 6 a.m. briefing warned of winds.",
        THU,
        "6 a.m.",
        "TIME",
        "2011-12-08T06:00",
        None,
    ),
    (  # a part of the day this day is no time of the set's
        "The flight, which leaves for Paris every evening, was to have landed early this morning.",
        THU,
        "early this morning",
        "TIME",
        "2011-12-08TMO",
        "START",
    ),
    (
        "On Friday the bells rang every hour until midnight.",
        THU,
        "midnight",
        "TIME",
        "2011-12-02T24:00",
        None,
    ),
    # weekdays and weekends as sets; a set after "on"; a range of clock times after a set within
    # the day, in news, when the sentence tells no day
    ("Trams run until 12.30am on weekdays.", THU, "12.30am", "TIME", "XXXX-XX-XXT00:30", None),
    ("Trams run until 12.30am on weekdays.", THU, "weekdays", "SET", "XXXX-WXX-WD", None),
    ("At weekends the service is slower.", THU, "weekends", "SET", "XXXX-WXX-WE", None),
    (
        "There will be a tram every six minutes between 7am and 9.30am.",
        THU,
        "9.30am",
        "TIME",
        "XXXX-XX-XXT09:30",
        None,
    ),
    (
        "Wednesday: trains every 20 minutes between 7 a.m. and 7 p.m.",
        THU,
        "7 p.m.",
        "TIME",
        "2011-12-07T19:00",
        None,
    ),
    (  # nor one the day right after it tells
        "The club will post updates every hour from noon on Friday.",
        THU,
        "noon",
        "TIME",
        "2011-12-09T12:00",
        None,
    ),
    # a cue after a comma counts only when the clause before has none: the attribution tells
    # when it was said, not when the thing happens
    (
        "Timetables will be posted at stations and in newspapers Monday afternoon, Oyelaran said.",
        THU,
        "Monday afternoon",
        "DATE",
        "2011-12-12TAF",
        None,
    ),
    (
        "Inflation, which slowed to 2.9 percent from 3.4 percent in November, should return to target.",
        date(2025, 1, 30),
        "November",
        "DATE",
        "2024-11",
        None,
    ),
    ("On Monday, the company said it would cut jobs.", THU, "Monday", "DATE", "2011-12-05", None),
    # a weekday after "for" is an appointment, ahead (a month after it is not: "for the third quarter")
    (
        "A mediator has called both sides back for 10 a.m. Monday.",
        THU,
        "10 a.m. Monday",
        "TIME",
        "2011-12-12T10:00",
        None,
    ),
    # a deadline stays ahead after a verb that sets it, and past cues of the sentence before do not count
    (
        '"Nobody should sit unpaid," he said. Hobbs gave the district until 5 p.m. Tuesday to reply.',
        THU,
        "5 p.m. Tuesday",
        "TIME",
        "2011-12-13T17:00",
        None,
    ),
    ("The judge gave them until Friday to appeal.", THU, "Friday", "DATE", "2011-12-09", None),
    (
        "Minutes will be published two weeks from today.",
        THU,
        "two weeks from today",
        "DATE",
        "2011-12-22",
        None,
    ),
    # "of that year" is the year last told, in news too
    (
        "He was arrested on Aug. 3, 1992. A grand jury indicted him in October of that year.",
        THU,
        "October of that year",
        "DATE",
        "1992-10",
        None,
    ),
    # an irregular past verb before a deadline preposition makes it no deadline
    (
        "The Hawks swept through the weekend, winning all three games.",
        date(2012, 10, 15),
        "the weekend",
        "DATE",
        "2012-W41-WE",
        None,
    ),
    # a day restated in brackets is not the day later clock times are on
    (
        "The rocket lifted off at 10:06 p.m. Friday (0106 GMT Saturday), 11 minutes into a window that "
        "had opened at 9:55 p.m.",
        date(2013, 4, 13),
        "9:55 p.m.",
        "TIME",
        "2013-04-12T21:55",
        None,
    ),
    # a bare clock time before "this afternoon" is p.m.; "after midnight" the next day begins
    (
        "Negotiators last heard his voice at about 4:15 this afternoon.",
        THU,
        "about 4:15 this afternoon",
        "TIME",
        "2011-12-08T16:15",
        "APPROX",
    ),
    (
        "Clouds thicken tonight, and a storm brings snow after midnight.",
        THU,
        "midnight",
        "TIME",
        "2011-12-09T00:00",
        None,
    ),
    # a weekday in apposition is the day just told, and later clock times stay on it
    (
        "The clerk was shot on the night of Aug. 9, a Friday. Video shows a man entering at 10:47 p.m.",
        date(2002, 8, 16),
        "10:47 p.m.",
        "TIME",
        "2002-08-09T22:47",
        None,
    ),
    # ... and after "on" the holiday just told ("Saturday" alone would be the 10th)
    (
        "Shops will close early on Christmas Eve on Saturday.",
        THU,
        "Saturday",
        "DATE",
        "2011-12-24",
        None,
    ),
    # ... and the day a holiday just told "falls on"
    (
        "Because Christmas falls on Sunday this year, the centers will close on Monday, Dec. 26.",
        date(2016, 11, 14),
        "Sunday",
        "DATE",
        "2016-12-25",
        None,
    ),
    # ... also after "on" ("Two weeks ago today, on a busy Friday morning")
    (
        "Two weeks ago today, on a busy Friday morning, a truck bomb exploded behind the embassy.",
        date(1998, 8, 21),
        "Friday morning",
        "DATE",
        "1998-08-07TMO",
        None,
    ),
    # a month before a commodity, a word between, is a delivery month, the next such month
    (
        "In Paris, the November milling wheat contract jumped after Putin's comments.",
        date(2010, 8, 5),
        "November",
        "DATE",
        "2010-11",
        None,
    ),
    ("In November the wheat harvest failed.", date(2010, 8, 5), "November", "DATE", "2009-11", None),
    # "the week" of a market report told on a Monday is the week of the Friday it just told
    (
        "December corn settled Friday at $1.94, down 5 cents for the week.",
        date(2000, 9, 18),
        "the week",
        "DATE",
        "2000-W37",
        None,
    ),
    # a plan told in the past perfect lies behind, even with words between ("had originally been")
    (
        "The talks had originally been scheduled to end on Friday, but were extended.",
        date(2012, 7, 22),
        "Friday",
        "DATE",
        "2012-07-20",
        None,
    ),
    # news that tells a day of a year long past goes on in that year for the weeks after it
    (
        "The war began on Thursday 7 August 2008. On 9 August aircraft bombed Gori.",
        date(2010, 8, 10),
        "9 August",
        "DATE",
        "2008-08-09",
        None,
    ),
    # a possessive weekday whose event a clause after it tells ahead is to come
    (
        "Officials urged drivers to plan ahead for Sunday's marathon, which will close 40 streets.",
        date(2014, 10, 17),
        "Sunday",
        "DATE",
        "2014-10-19",
        None,
    ),
    # ... and a plan told with a day more than a year ahead goes on in that day's year
    (
        "Fall classes will begin on Monday, Aug. 18, 2014, rather than on Aug. 25.",
        date(2013, 4, 20),
        "Aug. 25",
        "DATE",
        "2014-08-25",
        None,
    ),
    # ... into the next year, and back into the one before
    (
        "The last shutdown began on Dec. 30, 1995 and ended on Jan. 6, when Congress passed a bill.",
        date(2013, 10, 1),
        "Jan. 6",
        "DATE",
        "1996-01-06",
        None,
    ),
    (
        "The flood peaked on Jan. 2, 1996, four days after the river rose on Dec. 29.",
        date(2013, 10, 1),
        "Dec. 29",
        "DATE",
        "1995-12-29",
        None,
    ),
    # a sentence's end is no abbreviation's dot: "every 25 April. Next year"
    (
        "Veterans gather every 25 April. Next year the centenary comes.",
        THU,
        "Next year",
        "DATE",
        "2012",
        None,
    ),
    # nor a full month name's before a year: "on 10 August.\n\n1791 was", "in early November. 1944"
    (
        "He finished the symphony on 10 August.\n\n1791 was his busiest year.",
        THU,
        "10 August",
        "DATE",
        "2011-08-10",
        None,
    ),
    (
        "The talks ended in early November. 1944 brought the landings.",
        THU,
        "1944",
        "DATE",
        "1944",
        None,
    ),
    # "midnight tonight" is the midnight that ends today, no "mid-night"
    (
        "A ceasefire will take effect at midnight tonight.",
        date(1994, 7, 10),
        "midnight tonight",
        "TIME",
        "1994-07-10T24:00",
        None,
    ),
    # a midnight told in the past on the day of the report is the one the day began with
    (
        "The strike began after talks broke down shortly before midnight.",
        date(2011, 1, 20),
        "midnight",
        "TIME",
        "2011-01-19T24:00",
        None,
    ),
    (
        "Provisional results were released shortly after midnight.",
        date(2013, 4, 15),
        "midnight",
        "TIME",
        "2013-04-15T00:00",
        None,
    ),
    # ... and after a day its sentence told early, the midnight that day began with
    (
        "She died in a Paris hospital early Sunday after the car hit a pillar shortly after midnight.",
        date(1997, 9, 1),
        "midnight",
        "TIME",
        "1997-08-31T00:00",
        None,
    ),
    (
        "The gas began pouring from a tank shortly after midnight Monday.",
        date(1984, 12, 8),
        "midnight Monday",
        "TIME",
        "1984-12-03T00:00",
        None,
    ),
    (
        "Polls open at 7 a.m. and close at 8 p.m. Tuesday.",
        date(2022, 11, 6),
        "7 a.m.",
        "TIME",
        "2022-11-08T07:00",
        None,
    ),
    ("Talks will go on until midnight.", date(2013, 4, 15), "midnight", "TIME", "2013-04-15T24:00", None),
    # "was expected" and "were expected" look ahead from the past they are told in
    (
        "Results were expected shortly after midnight.",
        date(2001, 10, 14),
        "midnight",
        "TIME",
        "2001-10-15T00:00",
        None,
    ),
    # a clock time told in the past falls on the earlier day told with the part of the day that
    # holds it, even in a later paragraph and after the day of the report was told
    (
        "A commuter plane crashed Tuesday night, investigators said Thursday.\n\n"
        "The flight left Minneapolis at 8:05 p.m. and went down at 9:47 p.m.",
        date(2004, 2, 12),
        "9:47 p.m.",
        "TIME",
        "2004-02-10T21:47",
        None,
    ),
    (
        "Two more rounds of voting Wednesday morning ended in black smoke, the Vatican said "
        "Thursday.\n\nAt 7:06 p.m., white smoke poured from the chimney.",
        date(2013, 3, 14),
        "7:06 p.m.",
        "TIME",
        "2013-03-13T19:06",
        None,
    ),
    (
        "A commuter plane crashed Tuesday night, investigators said Thursday.\n\n"
        "They met the families at 10 a.m.",
        date(2004, 2, 12),
        "10 a.m.",
        "TIME",
        "2004-02-12T10:00",
        None,
    ),
    (
        "A commuter plane crashed Tuesday night, investigators said Thursday.\n\n"
        "The board will meet at 9 p.m.",
        date(2004, 2, 12),
        "9 p.m.",
        "TIME",
        "2004-02-12T21:00",
        None,
    ),
    # "last winter" said in February is not the winter still on
    (
        "Only two cases were seen all of last winter.",
        date(2019, 2, 14),
        "last winter",
        "DATE",
        "2017-WI",
        None,
    ),
    (
        "Only two cases were seen all of last winter.",
        date(2019, 12, 14),
        "last winter",
        "DATE",
        "2018-WI",
        None,
    ),
    # a clock time with a zone by name and "next" weekday after it
    (
        "Preorders open at 9 a.m. Pacific next Tuesday, the company said.",
        date(2022, 5, 3),
        "9 a.m. Pacific next Tuesday",
        "TIME",
        "2022-05-10T09:00",
        None,
    ),
    ("We will have updates every half hour.", THU, "every half hour", "SET", "PT30M", None),
    (
        "Peace held for the next quarter of a century.",
        THU,
        "the next quarter of a century",
        "DURATION",
        "P25Y",
        None,
    ),
    ("Buses run every half-hour.", THU, "every half-hour", "SET", "PT30M", None),
    ("Trains leave every quarter-hour.", THU, "every quarter-hour", "SET", "PT15M", None),
    ("The bulletin is issued half-hourly.", THU, "half-hourly", "SET", "PT30M", None),
    ("The tide turns in each 12-hour cycle.", THU, "12-hour", "DURATION", "PT12H", None),
    ("Trams will run every quarter of an hour.", THU, "every quarter of an hour", "SET", "PT15M", None),
    (
        "Wednesday looks messy, with five inches on the ground by Wednesday evening's commute.",
        date(2007, 1, 9),
        "Wednesday evening",
        "DATE",
        "2007-01-10TEV",
        None,
    ),
    (
        "Polls will be open from 7 a.m. to 8 p.m. on March 24.",
        date(1998, 3, 14),
        "7 a.m.",
        "TIME",
        "1998-03-24T07:00",
        None,
    ),
    ("The county updates its count every Monday and Thursday.", THU, "Thursday", "SET", "XXXX-WXX-4", None),
    ("His people are prepared to wait days, even weeks.", THU, "days", "DURATION", "PXD", None),
    # a holiday with no tense around it is the nearer one
    (
        "The leaders face Millbrook before a full round of New Year's Day matches.",
        date(2013, 12, 23),
        "New Year's Day",
        "DATE",
        "2014-01-01",
        None,
    ),
    # "that year" and "the following spring" skip a century or decade told since the last year
    (
        "The roof fell on Oct. 29, 1958. By the early 20th century Greyhill was busy. An inquiry the "
        "following spring blamed rotten supports, and new rules passed that year.",
        date(2018, 10, 27),
        "that year",
        "DATE",
        "1959",
        None,
    ),
    ("Veterans held reunions in the town annually from 1954.", THU, "annually", "SET", "P1Y", None),
    # "quarterly" is a set as an adverb only; before a noun it names a kind of report or payment
    ("Interest on the notes will be paid quarterly.", THU, "quarterly", "SET", "P3M", None),
    # a weekday and day that fit no year near the one chosen fall in a year the text gave
    (
        "At 6.40am on Saturday 4th January 1975 a roof fell. This morning 400 people stood in the rain. "
        "The last four survivors were brought up on Monday 6th January.",
        date(2000, 1, 4),
        "Monday 6th January",
        "DATE",
        "1975-01-06",
        None,
    ),
    # a weekday with a numeric day and month: the weekday tells the order
    (
        "The festival closes Thursday, 10/6 with a film.",
        date(2016, 9, 14),
        "Thursday, 10/6",
        "DATE",
        "2016-10-06",
        None,
    ),
    ("Nominations close on Friday 22/10.", date(2004, 10, 5), "Friday 22/10", "DATE", "2004-10-22", None),
    ("Nominations close on Friday 8/10.", date(2004, 10, 5), "Friday 8/10", "DATE", "2004-10-08", None),
    ("The king was murdered at midsummer 336 BC.", THU, "midsummer 336 BC", "DATE", "BC0336-SU", None),
    # "this day in 1948": the day of writing's date in that year
    (
        "On this day in 1948, Gandhi was shot dead.",
        date(2018, 1, 30),
        "this day in 1948",
        "DATE",
        "1948-01-30",
        None,
    ),
    # a target year after an approximation: the word just before the year introduces it
    ("Emissions must reach net zero around 2050.", THU, "around 2050", "DATE", "2050", "APPROX"),
    ("The fair opened on Midsummer Day 1314.", THU, "Midsummer Day 1314", "DATE", "1314-06-24", None),
    (  # before the Common Era too
        "Two thousand and thirty-eight years ago today, the fleets met off Actium.",
        date(2008, 9, 2),
        "Two thousand and thirty-eight years ago today",
        "DATE",
        "BC0031-09-02",
        None,
    ),
    (  # a part of the day that many years back
        "Seventy-five years ago this morning, Japanese aircraft attacked Pearl Harbor.",
        date(2016, 12, 7),
        "Seventy-five years ago this morning",
        "TIME",
        "1941-12-07TMO",
        None,
    ),
    (  # "to the day": the day that many years back, in the extent
        "Hurricane Georges hit the island 19 years ago to the day.",
        date(2017, 9, 21),
        "19 years ago to the day",
        "DATE",
        "1998-09-21",
        None,
    ),
    (  # a day counted from the time of writing starts no recalled story for the weekdays after it
        "The plant exploded 25 years ago today. Crews restored power on Wednesday.",
        date(2017, 9, 21),
        "Wednesday",
        "DATE",
        "2017-09-20",
        None,
    ),
    (
        "Twenty-five years ago today, a roof fell.",
        date(2000, 1, 4),
        "Twenty-five years ago today",
        "DATE",
        "1975-01-04",
        None,
    ),
    (
        "Two hundred thirty-seven years ago tonight, Bostonians boarded three ships.",
        date(2010, 12, 16),
        "Two hundred thirty-seven years ago tonight",
        "TIME",
        "1773-12-16TNI",
        None,
    ),
    # "this Saturday" is the Saturday of the week it is told in
    (
        "The by-election comes after this Saturday's poll.",
        date(2004, 10, 5),
        "this Saturday",
        "DATE",
        "2004-10-09",
        None,
    ),
    # a season before or after the one told
    (
        "We canceled last summer and the summer before, he said.",
        date(2022, 5, 27),
        "the summer before",
        "DATE",
        "2020-SU",
        None,
    ),
    (
        "Temperatures will be rising into the 50s by the weekend.",
        date(2013, 3, 24),
        "the weekend",
        "DATE",
        "2013-W13-WE",
        None,
    ),
    # a morning clock time after midnight told is on the next day
    (
        "Polls closed at 6 p.m. Sunday. By midnight a third of stations were counted, and at 2 a.m. "
        "his margin had widened.",
        date(2013, 2, 18),
        "2 a.m.",
        "TIME",
        "2013-02-18T02:00",
        None,
    ),
    # a clock time that tells its day keeps it past a bracketed restatement, and "p.m." before a
    # zone or weekday ends no sentence
    (
        "Landfall is expected near 7 p.m. CDT Saturday (0000 UTC Sunday), forecasters said.",
        date(2014, 9, 19),
        "7 p.m. CDT Saturday",
        "TIME",
        "2014-09-20T19:00",
        None,
    ),
    (
        "Landfall is expected near 7 p.m. CDT Saturday (0000 UTC Sunday), forecasters said.",
        date(2014, 9, 19),
        "0000 UTC Sunday",
        "TIME",
        "2014-09-21T00:00",
        None,
    ),
    # a quarter not yet begun is this year's when its clause is told ahead
    (
        "The device will go on sale in mid-June in the United States and in the third quarter in Europe.",
        date(2013, 4, 23),
        "the third quarter",
        "DATE",
        "2013-Q3",
        None,
    ),
    # "should" looks ahead
    (
        "About 300 were without power Monday; all should be reconnected by Tuesday evening.",
        THU,
        "Tuesday evening",
        "DATE",
        "2011-12-13TEV",
        None,
    ),
    ("The minister left for Paris on Sunday.", THU, "Sunday", "DATE", "2011-12-04", None),
    # a weekday told in the present is one to come
    (
        "The schedule is compressed. Game 2 is Sunday in Portland.",
        date(2016, 6, 1),
        "Sunday",
        "DATE",
        "2016-06-05",
        None,
    ),
    ("Game 1 was Sunday in Portland.", date(2016, 6, 1), "Sunday", "DATE", "2016-05-29", None),
    # ... but not one of the sentence before, which a quotation's close ends
    (
        "``Our plan is ready.'' Statement of the ministry on Thursday.",
        date(2011, 12, 10),
        "Thursday",
        "DATE",
        "2011-12-08",
        None,
    ),
    # the "to" after a directive verb looks ahead; the verb itself, after the expression, looks back
    (
        "Officials urged residents to stay off the roads Wednesday.",
        date(2010, 2, 6),
        "Wednesday",
        "DATE",
        "2010-02-10",
        None,
    ),
    # ... as does the "to" after "expects" and its object: the quarter to come, not last year's
    (
        "It expects the rate to average 5.6 percent in the fourth quarter.",
        date(2003, 7, 1),
        "the fourth quarter",
        "DATE",
        "2003-Q4",
        None,
    ),
    (
        "She said they decided in October to see their children at Christmas instead.",
        date(1989, 11, 22),
        "Christmas",
        "DATE",
        "1989-12-25",
        None,
    ),
    (
        "The grid operator expects demand to peak on Thursday afternoon.",
        date(2006, 1, 15),
        "Thursday afternoon",
        "DATE",
        "2006-01-19TAF",
        None,
    ),
    (
        "A judge on Wednesday ordered the state to pay $14 million.",
        date(1998, 12, 3),
        "Wednesday",
        "DATE",
        "1998-12-02",
        None,
    ),
    # the first three months of the year are its first quarter; the first nine months are a length
    (
        "Sales rose in the first three months of the year.",
        date(2013, 6, 28),
        "the first three months of the year",
        "DATE",
        "2013-Q1",
        None,
    ),
    (
        "Sales rose in the first six months of the year.",
        date(2013, 9, 28),
        "the first six months of the year",
        "DATE",
        "2013-H1",
        None,
    ),
    (
        "Sales rose in the first nine months.",
        date(2013, 11, 28),
        "the first nine months",
        "DURATION",
        "P9M",
        None,
    ),
    # hours and minutes before "earlier" are a length (counted in a story); "ago" points to the past
    ("The race will start an hour earlier.", date(2013, 10, 13), "an hour", "DURATION", "PT1H", None),
    ("Two hours ago the rain stopped.", date(2013, 10, 13), "Two hours ago", "DATE", "PAST_REF", None),
    # a colon ends the clause whose cues count
    (
        "The attempt is the second in less than a year: in February, forces said they had foiled a plot.",
        date(2009, 11, 21),
        "February",
        "DATE",
        "2009-02",
        None,
    ),
    (
        "She said she expected the deal to close in the third quarter.",
        date(2013, 5, 22),
        "the third quarter",
        "DATE",
        "2013-Q3",
        None,
    ),
    # "said" reports a deadline, which stays ahead
    (
        "Ferrante said both sides must agree by the weekend.",
        date(2011, 1, 20),
        "the weekend",
        "DATE",
        "2011-W03-WE",
        None,
    ),
    # a possessive weekday is a past day's, unless it is tomorrow's
    ("There is no threat to Sunday's race.", date(2013, 4, 20), "Sunday", "DATE", "2013-04-21", None),
    # the week told ahead on a Sunday is the coming one
    (
        "The storm will come ashore late Monday and linger into the middle of the week.",
        date(2012, 10, 28),
        "the middle of the week",
        "DATE",
        "2012-W44",
        "MID",
    ),
    (
        "Temperatures will stay below normal through midweek.",
        date(2013, 3, 24),
        "midweek",
        "DATE",
        "2013-W13",
        "MID",
    ),
    # the last quarter or half of a year, told in months
    (
        "The number rose to 41 in the final three months of last year.",
        date(2014, 7, 16),
        "the final three months of last year",
        "DATE",
        "2013-Q4",
        None,
    ),
    # "this winter" told in the past in spring is the one just over
    ("This winter was the hardest of my life.", date(1995, 4, 24), "This winter", "DATE", "1994-WI", None),
    ("Snow will fall this winter.", date(1995, 4, 24), "this winter", "DATE", "1995-WI", None),
    # "followed by" tells a sequence, no past
    (
        "Tomorrow is forecast to reach 41C, followed by 42C on Tuesday.",
        date(2006, 1, 15),
        "Tuesday",
        "DATE",
        "2006-01-17",
        None,
    ),
    # an hour of one to five told with "o'clock" alone is the afternoon's, not one told with a morning
    (
        "He was last seen at 2 o'clock yesterday.",
        date(1999, 11, 26),
        "2 o'clock yesterday",
        "TIME",
        "1999-11-25T14:00",
        None,
    ),
    (
        "The shooting began at two o'clock Saturday morning.",
        date(1997, 4, 22),
        "two o'clock Saturday",
        "TIME",
        "1997-04-19T02:00",
        None,
    ),
    # "by" a later part of a day told with an earlier part, in the past: that day's
    (
        "Word spread through the firm yesterday morning, and by mid-afternoon employees were leaving.",
        date(1990, 2, 16),
        "mid-afternoon",
        "TIME",
        "1990-02-15TAF",
        "MID",
    ),
    (
        "The road closed for much of Thursday and reopened by midmorning.",
        date(1990, 2, 16),
        "midmorning",
        "TIME",
        "1990-02-16TMO",
        "MID",
    ),
    # "exactly" counts to the day, inside the expression
    (
        "Exactly 130 years ago, the congress opened.",
        date(2008, 7, 13),
        "Exactly 130 years ago",
        "DATE",
        "1878-07-13",
        None,
    ),
    # half a century counted back is fifty years
    (
        "The alliance was founded half a century ago.",
        date(1999, 6, 10),
        "half a century ago",
        "DATE",
        "1949",
        None,
    ),
    # a quotation's attribution after its comma is no cue of the quoted clause
    (
        '"People want to make this Christmas memorable," said Moyer.',
        date(1999, 11, 26),
        "this Christmas",
        "DATE",
        "1999-12-25",
        None,
    ),
    # a clause of reason or purpose after the date has its own tense
    (
        "Authorities evacuated neighborhoods near the refinery Wednesday for fear the flames would spread.",
        date(1999, 8, 19),
        "Wednesday",
        "DATE",
        "1999-08-18",
        None,
    ),
    # "starting" as an adjective is no future cue
    ("It raised starting pay to $15 an hour in July.", date(2021, 11, 9), "July", "DATE", "2021-07", None),
    # "last" as a verb is no past cue
    (
        "The celebrations are likely to last well into Sunday.",
        date(2013, 5, 25),
        "Sunday",
        "DATE",
        "2013-05-26",
        None,
    ),
    # nor after a modal or "to", where the length after it is no "last three days"
    (
        "The strike will last three days and end at 7 a.m. Friday.",
        date(2016, 1, 12),
        "three days",
        "DURATION",
        "P3D",
        None,
    ),
    (
        "The walkout is due to last 24 hours and end at 8 a.m. Wednesday.",
        date(2016, 1, 12),
        "8 a.m. Wednesday",
        "TIME",
        "2016-01-13T08:00",
        None,
    ),
    # a futures month is the next such month, this one included
    ("December corn settled at $1.94 a bushel.", date(2000, 9, 18), "December", "DATE", "2000-12", None),
    # a clause opened by "because" has its own tense (not "because of")
    (
        "The first two payments were pushed back because June 15 and Sept. 15 fall on a weekend.",
        date(2024, 4, 11),
        "June 15",
        "DATE",
        "2024-06-15",
        None,
    ),
    # a month of published figures is the latest one, though "will" tells when they come out
    (
        "The Labor Department will release its March employment figures at 8:30 a.m. Friday.",
        date(2015, 4, 1),
        "March",
        "DATE",
        "2015-03",
        None,
    ),
    ("Benchmark December arabica rose 3.15 cents.", date(2011, 9, 14), "December", "DATE", "2011-12", None),
    ("January soybeans closed at $4.98.", date(2000, 9, 18), "January", "DATE", "2001-01", None),
    ("September crude rose 40 cents.", date(2011, 9, 2), "September", "DATE", "2011-09", None),
    # a weekday declared a day of something is one to come
    (
        "The government declared Sunday a day of national mourning.",
        date(2013, 1, 25),
        "Sunday",
        "DATE",
        "2013-01-27",
        None,
    ),
    (  # the clause after a deadline is read past a number's comma ("250,000")
        "The plant flooded early Sunday, leaving the city dry by Sunday night as 250,000 people were told"
        " to boil water.",
        date(1993, 7, 13),
        "Sunday night",
        "DATE",
        "1993-07-11TNI",
        None,
    ),
    (  # "through" after a past verb anywhere in its clause: a stretch that went on to then
        "Firefighters from across Quebec battled the flames through Saturday and Sunday.",
        date(2013, 7, 9),
        "Saturday",
        "DATE",
        "2013-07-06",
        None,
    ),
    (  # but not "cost", a past form that is the present too
        "Early-bird three-day passes cost $149 through Easter Sunday, after which the price rises.",
        date(2013, 3, 19),
        "Easter Sunday",
        "DATE",
        "2013-03-31",
        None,
    ),
    (  # nor a verb in the present perfect: a measure that holds now, up to the day
        "Police have banned street demonstrations until Tuesday.",
        date(2013, 3, 22),
        "Tuesday",
        "DATE",
        "2013-03-26",
        None,
    ),
    (  # "at least" between the preposition and its day leaves it a deadline
        "The district has canceled classes through at least Wednesday.",
        date(2022, 9, 16),
        "Wednesday",
        "DATE",
        "2022-09-21",
        None,
    ),
    (  # "and by" opens a clause: its main verb tells the deadline's tense
        "The gas kept escaping for about an hour, and by Monday morning bodies lay in the streets.",
        date(1984, 12, 5),
        "Monday morning",
        "DATE",
        "1984-12-03TMO",
        None,
    ),
    (  # a deadline with a past verb later in its clause lies behind
        "The first relief flights landed Wednesday, but by Thursday the airport's runway was crowded.",
        date(2010, 1, 16),
        "Thursday",
        "DATE",
        "2010-01-14",
        None,
    ),
    (
        "Tuesday has been declared a national day of mourning.",
        date(2019, 4, 22),
        "Tuesday",
        "DATE",
        "2019-04-23",
        None,
    ),
    # "begin" tells a plan in the present ("Ceremonies begin at 9 a.m. Saturday"), but not after "to"
    (
        "Ceremonies for the College of Arts and Sciences begin at 9 a.m. Saturday, half an hour earlier than"
        " originally scheduled.",
        date(2006, 5, 19),
        "9 a.m. Saturday",
        "TIME",
        "2006-05-20T09:00",
        None,
    ),
    (
        "NATO's secretary general directed the alliance's commanders late Tuesday to begin air operations.",
        date(1999, 3, 25),
        "late Tuesday",
        "DATE",
        "1999-03-23",
        "END",
    ),
    # "the last" is an adjective, no past cue
    (
        "Archers will shoot at the last regional chance to reach the Paris Games, which open July 26.",
        date(2024, 3, 14),
        "July 26",
        "DATE",
        "2024-07-26",
        None,
    ),
    # so is "last" after a possessive: "its last episode" is the final one, not the one gone by
    (
        'The crime drama "The Saltmarsh" will broadcast its last episode on Sunday.',
        date(2013, 9, 27),
        "Sunday",
        "DATE",
        "2013-09-29",
        None,
    ),
    # a weekday joined to "tonight" or "tomorrow" is one of the days after the time of writing
    (
        "Forecasters were calling for another 20 millimetres of ice tonight and Friday.",
        WED,
        "Friday",
        "DATE",
        "2011-12-09",
        None,
    ),
    # and after "her" before its noun ("her last shift"), though "saw her last in May" is the past
    (
        "Marjorie Finch will work her last shift at Ledyard Road and Pine Street on Friday.",
        date(2022, 11, 14),
        "Friday",
        "DATE",
        "2022-11-18",
        None,
    ),
    (
        "Neighbours saw her last on Friday, walking her dog.",
        date(2022, 11, 14),
        "Friday",
        "DATE",
        "2022-11-11",
        None,
    ),
    # a "since" clause of the present perfect runs to the present: not the year long past told before
    (
        "The wall was built on Aug. 13, 1961 to stop a flood of refugees. The leadership has been in "
        "turmoil since Erich Honecker was ousted on Oct. 18 after weeks of protests.",
        date(1989, 11, 10),
        "Oct. 18",
        "DATE",
        "1989-10-18",
        None,
    ),
    # "as expected" is no plan ahead
    (
        "Business dipped as expected on Saturday night.",
        date(2009, 7, 6),
        "Saturday night",
        "DATE",
        "2009-07-04TNI",
        None,
    ),
    # the date of an appointment set lies ahead, whatever verb sets it
    (
        "A federal judge on Tuesday set a new sentencing date of June 21 for a former county treasurer who"
        " admitted siphoning $1.4 million.",
        date(2012, 3, 14),
        "June 21",
        "DATE",
        "2012-06-21",
        None,
    ),
    # a weekday that a modal follows is the subject of a clause told ahead, whatever verb reports it
    (
        "The Storm Prediction Center said Wednesday could bring long-track tornadoes.",
        date(2011, 4, 26),
        "Wednesday",
        "DATE",
        "2011-04-27",
        None,
    ),
    (
        "The forecaster said Friday should be the hottest day of the year.",
        date(2024, 1, 9),
        "Friday",
        "DATE",
        "2024-01-12",
        None,
    ),
    # a weekday just after the weather a forecast in its sentence tells is a day the forecast is of
    (
        "Forecasters called for sunshine Saturday, with a chance of thunderstorms Sunday afternoon.",
        date(2015, 5, 22),
        "Sunday afternoon",
        "DATE",
        "2015-05-24TAF",
        None,
    ),
    # ... not the subject of a past verb
    (
        "More rain is coming, forecasters say. Thunderstorms Thursday night dumped 1.4 inches on the county.",
        date(2019, 6, 28),
        "Thursday night",
        "DATE",
        "2019-06-27TNI",
        None,
    ),
    # and one that "would" follows right after a verb of saying: a forecast of the day
    (
        "Forecasters said Friday would be mostly dry.",
        date(2018, 12, 19),
        "Friday",
        "DATE",
        "2018-12-21",
        None,
    ),
    (
        "AAA said Sunday and Monday would be the heaviest days for travel.",
        date(2015, 11, 24),
        "Monday",
        "DATE",
        "2015-11-30",
        None,
    ),
    (  # not a participle's, nor one the clause says in the past perfect of the conditional
        "They tried to work out how the asset freezes announced Thursday would affect those holdings.",
        date(1990, 8, 3),
        "Thursday",
        "DATE",
        "1990-08-02",
        None,
    ),
    (
        "He said Friday would have been her birthday.",
        date(2018, 12, 19),
        "Friday",
        "DATE",
        "2018-12-14",
        None,
    ),
    (  # not the day a past participle tells: the office opened Monday is behind
        "The mailroom where the letter was opened Monday will stay closed for weeks.",
        date(2001, 10, 17),
        "Monday",
        "DATE",
        "2001-10-15",
        None,
    ),
    # the weekend one goes away "for" is the coming one
    (
        "The president has gone to Camp David for the weekend.",
        date(1991, 2, 22),
        "the weekend",
        "DATE",
        "1991-W08-WE",
        None,
    ),
    # with no tense told, the nearer weekend: the coming one from Thursday, the one gone before
    ("Heavy rain over the weekend.", date(2017, 12, 7), "the weekend", "DATE", "2017-W49-WE", None),
    ("Heavy rain over the weekend.", date(2017, 12, 5), "the weekend", "DATE", "2017-W48-WE", None),
    (
        "The game everyone is talking about is Sunday's meeting with Liverpool.",
        date(2011, 2, 1),
        "Sunday",
        "DATE",
        "2011-02-06",
        None,
    ),
    ("They got around Wednesday's ruling.", date(2013, 4, 20), "Wednesday", "DATE", "2013-04-17", None),
    # a weekday in apposition may have adjectives and a part of the day
    (
        "The blast came at 2:15 p.m. on May 6, 1987, a warm, windy Wednesday afternoon.",
        date(2012, 5, 5),
        "Wednesday afternoon",
        "DATE",
        "1987-05-06TAF",
        None,
    ),
    # a bare clock time before "tonight" is p.m.
    (
        "A tornado watch is in effect until 8 o'clock tonight.",
        date(2006, 5, 26),
        "8 o'clock tonight",
        "TIME",
        "2006-05-26T20:00",
        None,
    ),
    # "the end of the quarter" is a part of the quarter we are in, not of the last one reported
    (
        "It expects approval by the end of the quarter.",
        date(2014, 2, 11),
        "the end of the quarter",
        "DATE",
        "2014-Q1",
        "END",
    ),
    # "ago" with "this month" after it is that month so many years back
    (
        "It began with a hunch two years ago this month.",
        date(2009, 3, 17),
        "two years ago this month",
        "DATE",
        "2007-03",
        None,
    ),
    # and with "this weekend", that weekend so many years back
    (
        "CLEVELAND - Fifty years ago this weekend, the river caught fire.",
        date(2019, 6, 21),
        "Fifty years ago this weekend",
        "DATE",
        "1969-W25-WE",
        None,
    ),
    # and with "tomorrow" or "yesterday", the day beside today so many years back
    (
        "WALLACE, Idaho - A hundred years ago tomorrow, a hot wind began.",
        date(2010, 8, 19),
        "A hundred years ago tomorrow",
        "DATE",
        "1910-08-20",
        None,
    ),
    # seasons counted back: the summer before last
    (
        "Two summers ago, a shortage closed the pool.",
        date(2024, 5, 20),
        "Two summers ago",
        "DATE",
        "2022-SU",
        None,
    ),
    # and with "next month", "last month" or a season, that month or season so many years back
    (
        "Betsy swamped the Lower Ninth Ward 40 years ago next month.",
        date(2005, 8, 28),
        "40 years ago next month",
        "DATE",
        "1965-09",
        None,
    ),
    (
        "Three hundred years ago this autumn, the South Sea Bubble burst.",
        date(2020, 9, 28),
        "Three hundred years ago this autumn",
        "DATE",
        "1720-FA",
        None,
    ),
    (
        "Forty years ago this winter, the river froze.",
        date(2020, 1, 28),
        "Forty years ago this winter",
        "DATE",
        "1979-WI",
        None,
    ),
    # a period named by its months is the quarter they make
    (
        "Sales will rise in the January-March period.",
        date(2013, 11, 13),
        "the January-March period",
        "DATE",
        "2014-Q1",
        None,
    ),
    # "next" skips the two days ahead, which have nearer names ("tomorrow", "this Friday")
    ("The jobs report is due out next Friday.", date(2013, 3, 28), "next Friday", "DATE", "2013-04-05", None),
    ("The jobs report is due out next Friday.", date(2013, 3, 25), "next Friday", "DATE", "2013-03-29", None),
    # a weekday that ends a range, or is joined to the one before a few days on, follows it
    ("Talks will run from Saturday through Monday.", date(2012, 3, 4), "Monday", "DATE", "2012-03-12", None),
    ("Leaders gather next Monday and Tuesday.", date(2012, 3, 5), "Tuesday", "DATE", "2012-03-13", None),
    ("Statements made Friday and Thursday.", date(2012, 3, 2), "Thursday", "DATE", "2012-03-01", None),
    # "could", "might", "may be" and "may not" look ahead; "could not" looks back
    (
        "Analysts said the annual rate could top 4.5 percent in the second quarter.",
        date(2011, 2, 15),
        "the second quarter",
        "DATE",
        "2011-Q2",
        None,
    ),
    ("The storm might reach the coast on Friday.", date(2013, 3, 24), "Friday", "DATE", "2013-03-29", None),
    ("The mayor could not be reached Friday.", date(2013, 3, 24), "Friday", "DATE", "2013-03-22", None),
    # "must" looks ahead as "should" does; not "must have" (done) nor "must be" (as often of the past's plan)
    (
        "Airlines must file amended schedules in time for the summer.",
        date(2014, 2, 11),
        "the summer",
        "DATE",
        "2014-SU",
        None,
    ),
    ("Voters must register by Friday, he said.", date(2013, 3, 24), "Friday", "DATE", "2013-03-29", None),
    (
        "The agency had ruled that the boy must be returned and set Friday as the deadline.",
        date(2000, 1, 15),
        "Friday",
        "DATE",
        "2000-01-14",
        None,
    ),
    # a verb phrase joined after the expression has its own tense
    (
        "Investigators arrived early Wednesday and expect to remain at the site for a week.",
        date(2004, 2, 12),
        "early Wednesday",
        "DATE",
        "2004-02-11",
        "START",
    ),
    # "was to" and "were to" look ahead from the past they are told in
    ("Park was to meet the prime minister on Monday.", THU, "Monday", "DATE", "2011-12-12", None),
    ("The two drivers were to be questioned on Saturday.", THU, "Saturday", "DATE", "2011-12-10", None),
    # a date that "was due" is a deadline told as past; "was due to" still looks ahead
    (
        "The budget, which was due April 1, is now ten weeks late.",
        date(1997, 6, 13),
        "April 1",
        "DATE",
        "1997-04-01",
        None,
    ),
    (
        "The two men were due to fly home on Tuesday.",
        date(2002, 4, 14),
        "Tuesday",
        "DATE",
        "2002-04-16",
        None,
    ),
    # bare plural units placed against an event, and -long compounds
    (
        "His car was spotted in the neighborhood in the weeks before the shooting.",
        THU,
        "weeks",
        "DATE",
        "PAST_REF",
        None,
    ),
    ("He was seen crossing the border days after the attack.", THU, "days", "DATE", "PAST_REF", None),
    ("It could be weeks before they can go home.", THU, "weeks", "DURATION", "PXW", None),
    ("The walkout lasted only minutes before the order came.", THU, "minutes", "DURATION", "PTXM", None),
    (
        "The hub, first shown at a trade show in January, will go on sale next month.",
        date(2014, 10, 21),
        "January",
        "DATE",
        "2014-01",
        None,
    ),
    (
        "Wembley also staged the final two years ago.",
        date(2013, 5, 25),
        "two years ago",
        "DATE",
        "2011",
        None,
    ),
    # a month's dot that ends a sentence does not join the next sentence's "this year" to the day
    (
        "Schools return on Monday 22 August.\n\nThis year, by contrast, pupils break up on Friday 23 July.",
        date(2010, 3, 23),
        "Monday 22 August",
        "DATE",
        "2011-08-22",
        None,
    ),
    # a list of days, each heading its line, goes on day by day
    (
        "THURSDAY: Clouds break.\nSATURDAY: Sunny and mild.\nSUNDAY: Showers likely.\nMONDAY: Cold.",
        date(2001, 3, 14),
        "SUNDAY",
        "DATE",
        "2001-03-18",
        None,
    ),
    (
        "FRIDAY: The fire jumped the road.\nSATURDAY: Crews held the line.\nSUNDAY: Rain at dusk.",
        date(2003, 8, 21),
        "SUNDAY",
        "DATE",
        "2003-08-17",
        None,
    ),
    (  # a later part of the same day heads the next line
        "SATURDAY AFTERNOON: Light snow.\nSATURDAY EVENING: Heavier snow.\nSUNDAY MORNING: Flurries.",
        date(2019, 1, 18),
        "SATURDAY EVENING",
        "DATE",
        "2019-01-19TEV",
        None,
    ),
    (
        "TONIGHT: Rain.\nTHURSDAY: Clouds break by mid-morning.\nFRIDAY: Sunny.",
        date(2001, 3, 14),
        "mid-morning",
        "TIME",
        "2001-03-15TMO",
        "MID",
    ),
    (
        "Sunday's Mass begins at 9:30 a.m. in the morning.",
        date(2013, 3, 23),
        "Sunday",
        "DATE",
        "2013-03-24",
        None,
    ),
    # "the following February" in news follows the month told; "the last quarter of 2012" is its fourth
    (
        "He was elected in December 1998 and took office the following February.",
        date(2013, 3, 6),
        "the following February",
        "DATE",
        "1999-02",
        None,
    ),
    (
        "The economy shrank in the last quarter of 2012.",
        date(2013, 5, 3),
        "the last quarter of 2012",
        "DATE",
        "2012-Q4",
        None,
    ),
    # a rate: an amount "a year" is a set (as the written sets tag it; TimeBank tags two of seven)
    ("The deal saves $150 million a year.", THU, "a year", "SET", "P1Y", None),
    ("Westmoor carries about 90,000 passengers a day.", THU, "a day", "SET", "P1D", None),
    ("The army needed at least 300 tons of supplies a day.", THU, "a day", "SET", "P1D", None),
    ("Pompeii is visited by some 2.5 million people a year.", THU, "a year", "SET", "P1Y", None),
    (
        "In 1961 the government declared 14 August a day of remembrance.",
        THU,
        "a day",
        "DURATION",
        "P1D",
        None,
    ),
    ("The insolvent thrifts are losing millions of dollars a day.", THU, "a day", "SET", "P1D", None),
    # a habit makes a month any year's, in its own clause only
    ("Most of the pre-1906 city survives only in photographs.", THU, "pre-1906", "DATE", "1906", "BEFORE"),
    ("The post-1959 economy was planned.", THU, "post-1959", "DATE", "1959", "AFTER"),
    (
        "The Games were postponed in March of last year.",
        date(2021, 7, 23),
        "March of last year",
        "DATE",
        "2020-03",
        None,
    ),
    (
        "It last reported a decline for the June quarter of 2019.",
        THU,
        "the June quarter of 2019",
        "DATE",
        "2019-Q2",
        None,
    ),
    (  # an ordinal day set beside the day told is that day
        "Planes took off again on Tuesday, the sixth day of the worst disruption to air travel.",
        date(2010, 4, 20),
        "the sixth day",
        "DATE",
        "2010-04-20",
        None,
    ),
    # the new year: the one that begins nearest the report
    ("The talks dragged into the new year.", date(2009, 12, 7), "the new year", "DATE", "2010", None),
    ("It was the first strike of the new year.", date(2014, 1, 4), "the new year", "DATE", "2014", None),
    ("The rainy season usually begins in July.", THU, "July", "DATE", "XXXX-07", None),
    # a modal before the habit word tells one occasion: this year's date, not any year's
    (
        "The deadline would normally be Feb. 1, but this year it falls on a Sunday.",
        date(2015, 1, 27),
        "Feb. 1",
        "DATE",
        "2015-02-01",
        None,
    ),
    ("The final would usually be played in May.", date(2023, 3, 2), "May", "DATE", "2023-05", None),
    (
        "Ministers, who usually meet once a month, have met three times since June.",
        THU,
        "June",
        "DATE",
        "2011-06",
        None,
    ),
    ("Qantas runs four flights a week to Bombay.", THU, "a week", "SET", "P1W", None),
    ("This will add nearly 700 seats a week on the route.", THU, "a week", "SET", "P1W", None),
    # a season of sport is the year it is played in
    (
        "Westbridge, who finished 14th last season, lead this season.",
        date(2013, 12, 14),
        "last season",
        "DATE",
        "2012",
        None,
    ),
    (
        "Westbridge, who finished 14th last season, lead this season.",
        date(2013, 12, 14),
        "this season",
        "DATE",
        "2013",
        None,
    ),
    # "following" before a possessive weekday is a preposition
    (
        "Battles began when worshippers poured out of mosques following Friday's prayers.",
        date(2011, 1, 29),
        "Friday",
        "DATE",
        "2011-01-28",
        None,
    ),
    # minutes or hours before or after an event: how long, where days and weeks stay the past
    (
        "The bomb exploded at 9:02 a.m., minutes after parents had left.",
        THU,
        "minutes",
        "DURATION",
        "PTXM",
        None,
    ),
    ("A cross struck his arm seconds after the start.", THU, "seconds", "DURATION", "PTXS", None),
    # weeks counted from a weekday
    (
        "The House voted a week ago Saturday to pay workers.",
        date(2013, 10, 13),
        "a week ago Saturday",
        "DATE",
        "2013-10-05",
        None,
    ),
    (
        "Burial will be a week from Sunday in Qunu.",
        date(2013, 12, 6),
        "a week from Sunday",
        "DATE",
        "2013-12-15",
        None,
    ),
    (
        "A public meeting will be held at the town hall a week on Thursday.",
        date(2026, 2, 10),
        "a week on Thursday",
        "DATE",
        "2026-02-19",
        None,
    ),
    (
        "The league resumes on Easter Saturday.",
        date(2024, 3, 8),
        "Easter Saturday",
        "DATE",
        "2024-03-30",
        None,
    ),
    # a participle that describes the object of "keep" or "declare" is no past cue
    (
        "Cyprus will keep all of its banks closed until Thursday, the central bank said late Monday.",
        date(2013, 3, 26),
        "Thursday",
        "DATE",
        "2013-03-28",
        None,
    ),
    (
        "Libya's rulers will formally declare the country liberated in Benghazi on Sunday, officials said.",
        date(2011, 10, 22),
        "Sunday",
        "DATE",
        "2011-10-23",
        None,
    ),
    # a directive verb's "to" looks ahead past an object of a few words
    (
        "Obama has invited congressional leaders of both parties to meet with him Friday.",
        date(2014, 11, 5),
        "Friday",
        "DATE",
        "2014-11-07",
        None,
    ),
    # a holiday within days of the report is that one, whatever the tense
    (
        "The storm churned toward the coast, threatening to spoil Fourth of July plans.",
        date(2014, 7, 3),
        "Fourth of July",
        "DATE",
        "2014-07-04",
        None,
    ),
    # ... also across the new year
    (
        "Shoppers hurried to stock up before New Year's Day.",
        date(1991, 12, 28),
        "New Year's Day",
        "DATE",
        "1992-01-01",
        None,
    ),
    (
        "Shops had hoped for trade before Valentine's Day.",
        date(2014, 2, 9),
        "Valentine's Day",
        "DATE",
        "2014-02-14",
        None,
    ),
    # "a decade ago" is the year ten years back (most annotators), "a century ago" the year a hundred
    # back; "four decades ago" a decade
    (
        "The last strike, more than a decade ago, closed most lines.",
        THU,
        "more than a decade ago",
        "DATE",
        "2001",
        "BEFORE",
    ),
    ("The mill closed four decades ago.", THU, "four decades ago", "DATE", "197", None),
    ("The mill closed a century ago.", THU, "a century ago", "DATE", "1911", None),
    (
        "The company, which just months ago was losing money, is profitable.",
        THU,
        "months ago",
        "DATE",
        "PAST_REF",
        None,
    ),
    (
        "The government's decades-long battle with the exiles goes on.",
        THU,
        "decades-long",
        "DURATION",
        "PXDE",
        None,
    ),
    (
        "Lawyers emerged from their third day-long meeting with officials.",
        THU,
        "day-long",
        "DURATION",
        "P1D",
        None,
    ),
    ("Analysts are worried about the future.", THU, "the future", "DATE", "FUTURE_REF", None),
    ("The offer was advertised in today's editions.", THU, "today", "DATE", "2011-12-08", None),
    (
        "According to the institute, Islam will one day be the second largest religion.",
        THU,
        "one day",
        "DATE",
        "FUTURE_REF",
        None,
    ),
    ("The strike lasted one day.", THU, "one day", "DURATION", "P1D", None),
    ("Over the years many more patients have died waiting.", THU, "the years", "DURATION", "PXY", None),
    (
        "In Saudi Arabia, today is the eighth day of the operation.",
        THU,
        "the eighth day",
        "DATE",
        "XXXX-XX-XX",
        None,
    ),
    ("He vowed to revive the unit on his first day in office.", THU, "first day", "DATE", "XXXX-XX-XX", None),
    (
        "Prisoners were taken in the first hours of the ground war.",
        THU,
        "the first hours",
        "DURATION",
        "PTXH",
        None,
    ),
    ("In the years that followed, the guerrillas waged war.", THU, "years", "DURATION", "PXY", None),
    ("The following decades brought peace.", THU, "The following decades", "DURATION", "PXDE", None),
    ("In the following centuries the town grew.", THU, "the following centuries", "DURATION", "PXCE", None),
    ("Prices fell in the first hour of trading.", THU, "the first hour", "DURATION", "PT1H", None),
    # the week of the report, or of a day told in the six before it
    ("For the week, the index dropped 3.8%.", THU, "the week", "DATE", "2011-W49", None),
    (
        "The index tumbled 5.39 on Friday. For the week, it dropped 3.8%.",
        THU,
        "the week",
        "DATE",
        "2011-W48",
        None,
    ),
    # a day next to a day told
    (
        "The day before last Tuesday's hearing, he went home.",
        date(2000, 2, 24),
        "The day before last Tuesday",
        "DATE",
        "2000-02-21",
        None,
    ),
    (
        "On the day after Christmas 2010, stores opened.",
        THU,
        "the day after Christmas 2010",
        "DATE",
        "2010-12-26",
        None,
    ),
    (  # the week a week from a day: one expression
        "Heavy markdowns in the week before Christmas 1989 salvaged the season.",
        THU,
        "the week before Christmas 1989",
        "DATE",
        "1989-W51",
        None,
    ),
    (  # the weekend: two expressions, as the written sets tag them, the weekend the last before the day
        "Shoppers crowded the malls the weekend before Christmas.",
        date(2018, 12, 4),
        "the weekend",
        "DATE",
        "2018-W51-WE",
        None,
    ),
    (
        "Hearings resume the weekend after Easter.",
        date(2024, 12, 10),
        "the weekend",
        "DATE",
        "2025-W17-WE",
        None,
    ),
    # the day of writing a year back or on: one expression ("the same date" is the date just told)
    (
        "Prices are higher than this time last year.",
        date(2019, 12, 27),
        "this time last year",
        "DATE",
        "2018-12-27",
        None,
    ),
    (
        "We hope to be back this time next year.",
        date(2019, 12, 27),
        "this time next year",
        "DATE",
        "2020-12-27",
        None,
    ),
    (
        "The protest was held on this date more than four years ago.",
        date(2025, 10, 2),
        "more than four years ago",
        "DATE",
        "2021",
        "BEFORE",
    ),
    # a timetable told in the present lies ahead
    ("The new season starts in October.", date(2013, 3, 22), "October", "DATE", "2013-10", None),
    ("The Fed meets Dec. 12-13.", date(2013, 3, 22), "Dec. 12-13", "DATE", "2013-12-12", None),
    # the verb that sets the tense may stand far from the month, at the end of its sentence
    (
        "In March, two weeks after the opening of the new bridge over the river by the old mill at "
        "Wexford, a fire in the harbour destroyed the warehouse.",
        THU,
        "March",
        "DATE",
        "2011-03",
        None,
    ),
    # a sentence's dot after a month joined to its modifier is not part of the expression
    ("The festival is held in mid-October.", THU, "mid-October", "DATE", "2011-10", "MID"),
    (
        "Sales rose in the second half of the year.",
        THU,
        "the second half of the year",
        "DATE",
        "2011-H2",
        None,
    ),
    ("The speech is at noon ET.", THU, "noon ET", "TIME", "2011-12-08T12:00", None),
    # two quarters of a named year are its half
    (
        "The trend will last through the first two quarters of 1990.",
        THU,
        "the first two quarters of 1990",
        "DATE",
        "1990-H1",
        None,
    ),
    ("In the first three quarters, profit rose.", THU, "the first three quarters", "DURATION", "P3Q", None),
    # movable feasts by the computus; a holiday's word inside a name is no date
    ("The church was full at Easter 1916.", THU, "Easter 1916", "DATE", "1916-04-23", None),
    ("He was crowned on Christmas Day, 800, in Rome.", THU, "Christmas Day, 800", "DATE", "0800-12-25", None),
    ("It revived memories of the Boxing Day tsunami of 2004.", THU, "Boxing Day", "DATE", "2004-12-26", None),
    ("The rising came in Easter Week, April 1916.", THU, "Easter Week", "DATE", "1916-W16", None),
    ("Talks will resume on Good Friday.", date(2013, 3, 22), "Good Friday", "DATE", "2013-03-29", None),
    ("Shops close for Orthodox Easter.", date(2013, 4, 20), "Orthodox Easter", "DATE", "2013-05-05", None),
    (
        "Stores opened at 5 a.m. on Black Friday.",
        date(2008, 12, 6),
        "Black Friday",
        "DATE",
        "2008-11-28",
        None,
    ),
    # a holiday after "by" is a deadline, ahead
    (
        "Church leaders have appealed for the hostages to be home by Easter.",
        date(1990, 3, 17),
        "Easter",
        "DATE",
        "1990-04-15",
        None,
    ),
    (
        "She said she hoped to have the motels open by Memorial Day.",
        date(1993, 10, 17),
        "Memorial Day",
        "DATE",
        "1994-05-30",
        None,
    ),
    ("Protesters prayed as Easter week began.", date(2000, 4, 17), "Easter week", "DATE", "2000-W16", None),
    (
        "Dinner was served on Thanksgiving evening.",
        date(2008, 11, 28),
        "Thanksgiving evening",
        "TIME",
        "2008-11-27TEV",
        None,
    ),
    (  # a year that names a thing is no date to count from, in news too
        "In a speech on July 17, the anniversary of the 1968 revolution, Saddam Hussein accused Kuwait, "
        "and his divisions began massing on the border the following week.",
        date(1990, 8, 3),
        "the following week",
        "DATE",
        "1990-W30",
        None,
    ),
    # a half already over told ahead is next year's
    (
        "Results in the first half will be flat.",
        date(1998, 10, 22),
        "the first half",
        "DATE",
        "1999-H1",
        None,
    ),
    # the century that begins nearest the time of writing
    (
        "The question will be settled in the new century.",
        date(1999, 12, 20),
        "the new century",
        "DATE",
        "20",
        None,
    ),
    # the turn of the century nearest the time of writing, written as the year it turns
    (
        "By the turn of the century the town will have doubled.",
        date(1990, 1, 1),
        "the turn of the century",
        "DATE",
        "2000",
        "APPROX",
    ),
    (
        "At the turn of the century the town was small.",
        date(1905, 1, 1),
        "the turn of the century",
        "DATE",
        "1900",
        "APPROX",
    ),
    # a winter told by both its years is one expression, the winter of the first
    (
        "During the winter of 1939\u201340 the front was quiet.",
        THU,
        "the winter of 1939\u201340",
        "DATE",
        "1939-WI",
        None,
    ),
    # day numbers joined to a dated day share its month
    ("The summit is on April 24 and 25 in Washington.", THU, "25", "DATE", "2012-04-25", None),
    ("The summit is on April 24th and 25th.", THU, "25th", "DATE", "2012-04-25", None),
    ("The bombings of 6 and 9 August 1945 ended the war.", THU, "6", "DATE", "1945-08-06", None),
    ("Talks were held on 3, 4 and 5 May 1990.", THU, "4", "DATE", "1990-05-04", None),
    # ... and so do days joined on after it, when "and" or "or" follows them
    ("The make-up days will be June 13, 14 and 15, in that order.", THU, "14", "DATE", "2012-06-14", None),
    ("City Hall will be closed Dec. 24 and 25 and on New Year's Day.", THU, "25", "DATE", "2011-12-25", None),
    (
        "Officials said the last day to register is Feb. 7.",
        date(1999, 12, 9),
        "Feb. 7",
        "DATE",
        "2000-02-07",
        None,
    ),
    (
        '"We\'ve been waiting since March for this."',
        date(2006, 9, 30),
        "March",
        "DATE",
        "2006-03",
        None,
    ),
    (
        "Sales slid in the first quarter, and the slide continued through April and May.",
        date(2002, 6, 12),
        "May",
        "DATE",
        "2002-05",
        None,
    ),
    (
        "Sales slid in the first quarter, and the slide continued through April and May.",
        date(2002, 6, 12),
        "April",
        "DATE",
        "2002-04",
        None,
    ),
    (
        "By 2019, downtown populations had doubled from their low point two decades earlier.",
        date(2025, 1, 5),
        "two decades earlier",
        "DATE",
        "199",
        None,
    ),
    (
        "The government has ordered banks to stay shut until Thursday to prevent a run.",
        date(2013, 3, 19),
        "Thursday",
        "DATE",
        "2013-03-21",
        None,
    ),
    (
        "Prado, who left the game with a knee injury, can play on Wednesday.",
        date(2006, 9, 30),
        "Wednesday",
        "DATE",
        "2006-10-04",
        None,
    ),
    (
        "Relatives have gathered every morning for the past week.",
        THU,
        "the past week",
        "DURATION",
        "P1W",
        None,
    ),
    (
        "The Dow recovered most of its losses by midafternoon.",
        THU,
        "midafternoon",
        "TIME",
        "2011-12-08TAF",
        "MID",
    ),
    (
        "Harlan hopes to close the transaction by the end of the second quarter.",
        date(2013, 3, 13),
        "the end of the second quarter",
        "DATE",
        "2013-Q2",
        "END",
    ),
    (
        "We sold out by 10 o'clock this morning, he said.",
        THU,
        "10 o'clock this morning",
        "TIME",
        "2011-12-08T10:00",
        None,
    ),
    (  # a clock time from mid-afternoon on, told in the past, is of the day before the report told
        "Voters went to the polls on Sunday.\n\nThe polls closed at 5 p.m., and counting began.",
        date(2014, 10, 6),
        "5 p.m.",
        "TIME",
        "2014-10-05T17:00",
        None,
    ),
    (  # also after a year long past the news recalled
        "Germany beat Argentina on Sunday. Its titles came in 1954 and in 1990, on July 8, 1990, and "
        "1978.\n\nThe final kicked off at 4 p.m. local time.",
        date(2014, 7, 14),
        "4 p.m. local time",
        "TIME",
        "2014-07-13T16:00",
        None,
    ),
    (  # a bare clock time a broadcast announces is the time of telling, even after a later day told
        "Docking is Tuesday night. It's 7:42 on this Sunday morning.",
        date(1997, 1, 12),
        "7:42",
        "TIME",
        "1997-01-12T07:42",
        None,
    ),
    (
        "They counted ballots until 11 o'clock last night.",
        THU,
        "11 o'clock last night",
        "TIME",
        "2011-12-07T23:00",
        None,
    ),
    (
        "It is the fourth hurricane of a season that began June 1 and ends Nov. 30.",
        date(2000, 9, 20),
        "June 1",
        "DATE",
        "2000-06-01",
        None,
    ),
    (
        "It is the fourth hurricane of a season that began June 1 and ends Nov. 30.",
        date(2000, 9, 20),
        "Nov. 30",
        "DATE",
        "2000-11-30",
        None,
    ),
    (
        "The city is preparing a week of ceremonies, lectures and exhibits beginning Sunday.",
        date(2013, 3, 19),
        "Sunday",
        "DATE",
        "2013-03-24",
        None,
    ),
    (
        "The first stoppage begins at 00:01 local time on Friday.",
        date(2024, 7, 29),
        "Friday",
        "DATE",
        "2024-08-02",
        None,
    ),
    ("The vote was first scheduled for Friday.", date(2024, 7, 29), "Friday", "DATE", "2024-07-26", None),
    (
        "Ostrander, who rose from the floor of a Carolina cotton mill to lead one of the country's"
        " largest textile unions for two decades, died on Tuesday.",
        date(2013, 4, 6),
        "Tuesday",
        "DATE",
        "2013-04-02",
        None,
    ),
    (
        "He joined the union in 1947 and spent the next decade driving the back roads.",
        THU,
        "the next decade",
        "DURATION",
        "P10Y",
        None,
    ),
    ("Workers will lose one day a week for as long as 22 weeks.", THU, "one day a week", "SET", "P1W", None),
    ("It rained for one day a week ago.", THU, "a week ago", "DATE", "2011-W48", None),
    (
        "The court rarely rules on argued cases before summer.",
        date(2013, 3, 26),
        "summer",
        "DATE",
        "2013-SU",
        None,
    ),
    ("We just want this to be over by spring.", date(2013, 11, 26), "spring", "DATE", "2014-SP", None),
    (
        "By spring the plant will reopen, the company said.",
        date(2013, 11, 26),
        "spring",
        "DATE",
        "2014-SP",
        None,
    ),
    ("Nobody wants this hanging over us all summer.", date(2012, 3, 15), "summer", "DATE", "2012-SU", None),
    (
        "The strikes coincide with the peak of the summer season, when it expects record crowds.",
        date(2024, 7, 29),
        "the summer",
        "DATE",
        "2024-SU",
        None,
    ),
    (
        "A storm will bury New England under 20 inches of snow by Thursday, forecasters said Tuesday.",
        date(2010, 2, 9),
        "Thursday",
        "DATE",
        "2010-02-11",
        None,
    ),
    (
        "Until Thursday, they had not called Kopp a suspect.",
        date(1999, 5, 7),
        "Thursday",
        "DATE",
        "1999-05-06",
        None,
    ),
    (
        "The fire spread fast. By Monday it covered 11,000 acres.",
        date(2012, 8, 18),
        "Monday",
        "DATE",
        "2012-08-13",
        None,
    ),
    (
        "By Friday, the committee is expected to decide.",
        date(2012, 8, 18),
        "Friday",
        "DATE",
        "2012-08-24",
        None,
    ),
    (
        "Rescuers dug through the night. By late Saturday, the number of confirmed dead had climbed to 41.",
        date(2013, 3, 24),
        "late Saturday",
        "DATE",
        "2013-03-23",
        "END",
    ),
    (
        "A warning was issued for the region from 7 p.m. Tuesday until 7 a.m. Thursday.",
        date(2010, 2, 9),
        "7 p.m. Tuesday",
        "TIME",
        "2010-02-09T19:00",
        None,
    ),
    ("The dispute lasted about three years.", THU, "about three years", "DURATION", "P3Y", "APPROX"),
    ("Rescuers arrived at about 8 a.m.", THU, "about 8 a.m.", "TIME", "2011-12-08T08:00", "APPROX"),
    ("The bombardment lasted some six hours.", THU, "some six hours", "DURATION", "PT6H", "APPROX"),
    ("Stay home tonight if you can.", THU, "tonight", "TIME", "2011-12-08TNI", None),
    ("Heavy snow is expected Saturday night.", THU, "Saturday night", "DATE", "2011-12-10TNI", None),
    ("Rebuilding the cathedral took decades.", THU, "decades", "DURATION", "PXDE", None),
    ("Frustrated by decades of petitions, they marched.", THU, "decades", "DURATION", "PXDE", None),
    ("After weeks of talks, the strike ended.", THU, "weeks", "DURATION", "PXW", None),
    ("Within minutes the footage was being shared.", THU, "minutes", "DURATION", "PTXM", None),
    ("The rampage lasted only minutes.", THU, "minutes", "DURATION", "PTXM", None),
    ("Lenders part with the works for the first time in decades.", THU, "decades", "DURATION", "PXDE", None),
    # what is expected or forecast lies ahead; not "stronger-than-expected"
    (
        "Michigan could see snow, with the heaviest expected Saturday night.",
        THU,
        "Saturday night",
        "DATE",
        "2011-12-10TNI",
        None,
    ),
    (
        "Rivers rose, especially where rain arrives as forecast Friday.",
        THU,
        "Friday",
        "DATE",
        "2011-12-09",
        None,
    ),
    ("It reported a stronger-than-expected profit on Tuesday.", THU, "Tuesday", "DATE", "2011-12-06", None),
    # a year told in the sentence of a day leaves "the next day" on that day
    (
        "On Nov. 8, Enron cut its profits for the period since 1997. The next day, Dynegy agreed to buy it.",
        date(2001, 12, 3),
        "The next day",
        "DATE",
        "2001-11-09",
        None,
    ),
    (
        "The airship crashed in the early hours of 5 October 1930.",
        THU,
        "the early hours of 5 October 1930",
        "DATE",
        "1930-10-05",
        "START",
    ),
    (
        "The closing ceremony is on Sunday the 12th of August.",
        date(2012, 7, 27),
        "Sunday the 12th of August",
        "DATE",
        "2012-08-12",
        None,
    ),
    # an infinitive of purpose after the expression is no plan ahead
    (
        "Fans filed in over the weekend to leave flowers.",
        date(1989, 4, 18),
        "the weekend",
        "DATE",
        "1989-W15-WE",
        None,
    ),
    # a clock time and a weekday in the next paragraph are two expressions, each on its own day
    (
        "Tonight: Clear, low of 75 by 10 p.m.\n\nWednesday: Sunny.",
        date(2011, 7, 19),
        "10 p.m.",
        "TIME",
        "2011-07-19T22:00",
        None,
    ),
    # a modifier and "that" belong to "the next morning", "that same day"
    (
        "Rescuers returned early the next morning.",
        THU,
        "early the next morning",
        "TIME",
        "2011-12-09TMO",
        "START",
    ),
    ("The crews were recalled that same day.", THU, "that same day", "DATE", "2011-12-08", None),
    # "early in" and "late in" belong to what they open, with its edge as mod; "later in" stays
    # outside, as TimeBank leaves it
    ("The vote came late in the afternoon.", THU, "late in the afternoon", "TIME", "2011-12-08TAF", "END"),
    # after a word of degree "early in" and "late in" say how early or late: the date alone
    ("The resort last opened this late in 1980.", THU, "1980", "DATE", "1980", None),
    ("Never had it snowed so early in the year.", THU, "the year", "DATE", "2011", None),
    ("Prices rose early in 2011.", THU, "early in 2011", "DATE", "2011", "START"),
    ("The summit is due early in the week.", THU, "early in the week", "DATE", "2011-W49", "START"),
    ("The ministers met earlier in the day.", THU, "earlier in the day", "DATE", "2011-12-08", "START"),
    ("The talks resumed later in the day.", THU, "the day", "DATE", "2011-12-08", None),
    # "N minutes to" a number before a unit is no clock time: a length runs to another
    ("It grew from five hours and 45 minutes to seven hours.", THU, "seven hours", "DURATION", "PT7H", None),
    # "a" before a weekday that heads its phrase is the weekday's; before a noun it is the noun's
    ("The coronation fell on a Sunday.", THU, "a Sunday", "DATE", "2011-12-04", None),
    ("Talks broke up late on a Friday, and resumed.", THU, "a Friday", "DATE", "2011-12-02", None),
    ("The banks face a Monday deadline.", THU, "Monday", "DATE", "2011-12-05", None),
    # a season of a pair of years of three digits, named by the year it begins
    ("Alfred hid in the winter of 877-878.", THU, "the winter of 877-878", "DATE", "0877-WI", None),
    # the first or last units of a period take it in, with the edge as mod; the first or last
    # decade of a century is that decade; a length read from the words alone gives way
    (
        "The talks collapsed in the first days of November.",
        THU,
        "the first days of November",
        "DATE",
        "2011-11",
        "START",
    ),
    (
        "The charter was sealed in the early months of 1215.",
        THU,
        "the early months of 1215",
        "DATE",
        "1215",
        "START",
    ),
    (
        "Vikings raided the coast in the last years of the eighth century.",
        THU,
        "the last years of the eighth century",
        "DATE",
        "07",
        "END",
    ),
    (
        "Printing spread in the first decade of the sixteenth century.",
        THU,
        "the first decade of the sixteenth century",
        "DATE",
        "150",
        None,
    ),
    (
        "Trade grew in the first years of the 20th century.",
        THU,
        "the first years of the 20th century",
        "DATE",
        "19",
        "START",
    ),
    # a modifier parts the word before it from the month: no name like "the Salt March"
    (
        "The army was repulsed near Nuremberg early in September.",
        THU,
        "early in September",
        "DATE",
        "2011-09",
        "START",
    ),
    (
        "The talks failed, and late that day the crews left.",
        THU,
        "late that day",
        "DATE",
        "2011-12-08",
        "END",
    ),
    # a past form after "be" is passive, no past tense
    (
        "He said a government would be announced on Monday.",
        date(2011, 1, 16),
        "Monday",
        "DATE",
        "2011-01-17",
        None,
    ),
    # a schedule told in the present lies ahead
    ("Lawmakers left; the Senate returns on Monday.", THU, "Monday", "DATE", "2011-12-12", None),
    ("Teachers return for a training day on Monday.", THU, "Monday", "DATE", "2011-12-12", None),
    (  # "the next day" counts on from a day told: no cue of the future
        "He flew to Moscow last Sunday, met the president the next day and returned home Tuesday.",
        THU,
        "Tuesday",
        "DATE",
        "2011-12-06",
        None,
    ),
    ("Celebrations continue on Monday with street parties.", THU, "Monday", "DATE", "2011-12-12", None),
    ("The Open, the oldest in the state, gets under way Monday.", THU, "Monday", "DATE", "2011-12-12", None),
    ("Victorians go to the polls on Saturday.", date(2011, 12, 5), "Saturday", "DATE", "2011-12-10", None),
    # and in the plural, but not after a determiner, where the verb's form is a noun
    ("The two sides meet at the Brook Street ground on Tuesday.", THU, "Tuesday", "DATE", "2011-12-13", None),
    ("England host Slovakia at Wembley on Monday.", THU, "Monday", "DATE", "2011-12-12", None),
    (
        "Quarterfinals tip off at 10:30 a.m. Monday.",
        THU,
        "10:30 a.m. Monday",
        "TIME",
        "2011-12-12T10:30",
        None,
    ),
    ("The meet on Tuesday drew a record crowd.", THU, "Tuesday", "DATE", "2011-12-06", None),
    ("Many did not go to the polls on Saturday.", date(2011, 12, 5), "Saturday", "DATE", "2011-12-03", None),
    (
        "It was a fine stage, but the last real test comes Saturday.",
        THU,
        "Saturday",
        "DATE",
        "2011-12-10",
        None,
    ),
    (
        "He promised to rebuild, as he faces elections in May.",
        date(2023, 2, 20),
        "May",
        "DATE",
        "2023-05",
        None,
    ),
    (
        "He will be the oldest president ever sworn in when he takes office on Jan. 20.",
        date(2020, 11, 7),
        "Jan. 20",
        "DATE",
        "2021-01-20",
        None,
    ),
    ("The festival runs until Sunday week.", date(2018, 8, 6), "Sunday week", "DATE", "2018-08-19", None),
    (
        "Residents plan to travel between Wednesday and Sunday.",
        date(2019, 11, 23),
        "Sunday",
        "DATE",
        "2019-12-01",
        None,
    ),
    # a part of the day told in the past in the sentence of an earlier day is that day's
    (
        "They stood on the summit after 1 p.m. Friday, but others were still climbing in mid-afternoon.",
        date(1996, 5, 13),
        "mid-afternoon",
        "TIME",
        "1996-05-10TAF",
        "MID",
    ),
    (
        "Forecasters issued a watch Saturday morning, in effect from Sunday evening through Tuesday.",
        date(2018, 2, 3),
        "Sunday evening",
        "DATE",
        "2018-02-04TEV",
        None,
    ),
    # a weekday after or before a feast; the feast in the year that opens its sentence
    (
        "Last year, police counted 212,000 vehicles on the Sunday after Thanksgiving.",
        date(2019, 11, 23),
        "the Sunday after Thanksgiving",
        "DATE",
        "2018-11-25",
        None,
    ),
    # "this" before a feast: the year's, whatever the tense
    (
        "In Bethlehem, where officials had hoped for a record crowd this Christmas, merchants said the "
        "deadlock would scare pilgrims away.",
        date(1998, 12, 21),
        "this Christmas",
        "DATE",
        "1998-12-25",
        None,
    ),
    # a year that opens the sentence or clause is the year of a month or day told after it
    ("Last year it fell on Oct. 24.", date(2023, 11, 5), "Oct. 24", "DATE", "2022-10-24", None),
    (  # a year its relative clause tells of, mid-sentence
        "Sales were down sharply from last year, when Holi fell on March 21.",
        date(2020, 3, 6),
        "March 21",
        "DATE",
        "2019-03-21",
        None,
    ),
    (
        "Hoteliers hope for better business next year, when Holi falls on March 29.",
        date(2020, 3, 6),
        "March 29",
        "DATE",
        "2021-03-29",
        None,
    ),
    # ... a place's commas ("in Glendale, Arizona,") are no clause's
    (
        "Next year's game will be played in Glendale, Arizona, on Feb. 1.",
        date(2014, 2, 3),
        "Feb. 1",
        "DATE",
        "2015-02-01",
        None,
    ),
    (
        "In 1990, the budget was not adopted until June 4.",
        date(1997, 5, 1),
        "June 4",
        "DATE",
        "1990-06-04",
        None,
    ),
    (
        "In 1990 it passed in June, and in 1995 the session dragged into mid-July.",
        date(1997, 5, 1),
        "mid-July",
        "DATE",
        "1995-07",
        "MID",
    ),
    # not a participle's year, a fiscal year, or one before an aside
    (
        "Founded in 1937, the company is below its level of early September.",
        date(2015, 10, 20),
        "early September",
        "DATE",
        "2015-09",
        "START",
    ),
    (
        "For fiscal 2017, it expects more than it forecast in October.",
        date(2017, 1, 31),
        "October",
        "DATE",
        "2016-10",
        None,
    ),
    (
        "In 1898 Britain leased the land for 99 years, a lease that ran out on June 30.",
        date(1997, 7, 2),
        "June 30",
        "DATE",
        "1997-06-30",
        None,
    ),
    # each found from the token that opens its window: the minutes, "minutes", four digits from 0,
    # "ago" (far after its count), "quarter" before "past"
    (
        "The alarm rang at 15 minutes to 6 on Friday.",
        date(2010, 6, 1),
        "15 minutes to 6",
        "TIME",
        "2010-05-28T05:45",
        None,
    ),
    ("Troops moved at 0630 on Monday.", date(2010, 6, 1), "0630", "TIME", "2010-05-31T06:30", None),
    (
        "It happened about a hundred and twenty-five years or so ago.",
        date(2010, 6, 1),
        "about a hundred and twenty-five years or so ago",
        "DATE",
        "1885",
        "APPROX",
    ),
    (
        "They met at a quarter past six.",
        date(2010, 6, 1),
        "a quarter past six",
        "TIME",
        "2010-06-01T06:15",
        None,
    ),
    # "May" capitalised inside a sentence is the month, where the verb is not
    ("The May jobs report is scheduled for June 5.", date(2020, 5, 8), "May", "DATE", "2020-05", None),
    ("The index topped May's 8.6 percent.", date(2022, 7, 13), "May", "DATE", "2022-05", None),
    # the first or last months of a year told that make up its quarter or half
    (
        "Growth slowed from 0.8 percent in the final three months of 2010.",
        date(2011, 4, 28),
        "the final three months of 2010",
        "DATE",
        "2010-Q4",
        None,
    ),
    (
        "Sales rose in the first six months of this year.",
        date(2011, 4, 28),
        "the first six months of this year",
        "DATE",
        "2011-H1",
        None,
    ),
    (
        "Sales rose in the first six months of fiscal 2011.",
        date(2011, 4, 28),
        "the first six months",
        "DURATION",
        "P6M",
        None,
    ),
    # "a year earlier" after a year, half or week told in its sentence: that one a year back
    (
        "For 2003, the loss widened to $49 million from $41 million a year earlier.",
        date(2004, 3, 10),
        "a year earlier",
        "DATE",
        "2002",
        None,
    ),
    (  # not a year ahead of the report that a clause in the past counts back from
        "In May, the trustees projected that the funds would be depleted in 2035, rather than in 2034 as "
        "they had forecast a year earlier.",
        date(2024, 10, 10),
        "a year earlier",
        "DATE",
        "2023",
        None,
    ),
    (
        "Sales in the first half of 2022 totaled $3.1 billion, up 12 percent from a year earlier.",
        date(2022, 11, 17),
        "a year earlier",
        "DATE",
        "2021-H1",
        None,
    ),
    (
        "Doctors reported 1,412 cases in the first week of January, three times as many as a year earlier.",
        date(2013, 1, 13),
        "a year earlier",
        "DATE",
        "2012-W01",
        None,
    ),
    # "earlier" before the week it points to is not the end of a count: the count is a length
    (
        "Gasoline futures eased after touching their highest level in about three years earlier in the week.",
        date(2021, 5, 13),
        "about three years",
        "DURATION",
        "P3Y",
        "APPROX",
    ),
    (
        "Prices hit their highest level in three years earlier this week.",
        date(2021, 5, 13),
        "earlier this week",
        "DATE",
        "2021-W19",
        "START",
    ),
    # a day that names an event is the event's, and the text does not move to it
    (
        "Travel has changed since the Sept. 11 attacks. On Thursday it rained.",
        date(2009, 5, 29),
        "Sept. 11",
        "DATE",
        "2001-09-11",
        None,
    ),
    ("The vote on Sept. 11 was close.", date(2009, 5, 29), "Sept. 11", "DATE", "2008-09-11", None),
    # a day followed by "in" and a year is in that year, which is tagged apart
    (
        "Easter fell on March 31 this year, compared with April 8 in 2012.",
        date(2013, 4, 2),
        "April 8",
        "DATE",
        "2012-04-08",
        None,
    ),
    # "after that": next to the last date told, as "the week after" is
    (
        "Pupils collect their results next Thursday, and enrolment runs the week after that.",
        date(2019, 8, 15),
        "the week after that",
        "DATE",
        "2019-W35",
        None,
    ),
    # so is a feast or a season, and the year may have an era
    (
        "The ceasefire collapsed after nine days, and a truce declared for Christmas in 1993 failed too.",
        date(1995, 2, 2),
        "Christmas",
        "DATE",
        "1993-12-25",
        None,
    ),
    (
        "The invaders crossed the border at the beginning of spring in 431 BC.",
        date(2020, 2, 11),
        "the beginning of spring",
        "DATE",
        "BC0431-SP",
        "START",
    ),
    ("The envoys came on 28 March in 58 BC.", date(2020, 2, 11), "28 March", "DATE", "BC0058-03-28", None),
    # a weekday a plan told in the past was set for is the nearer one, past or to come
    (
        "The U.N. summit was due to end at 6 p.m. Friday, but negotiators argued into the night.",
        date(2021, 11, 14),
        "6 p.m. Friday",
        "TIME",
        "2021-11-12T18:00",
        None,
    ),
    # ... and so is a month, or a day after "had been scheduled for"
    (
        "The presidential election had been scheduled for June, but the resignation moved it forward.",
        date(2000, 3, 27),
        "June",
        "DATE",
        "2000-06",
        None,
    ),
    (
        "May on Monday pulled a vote that had been scheduled for Tuesday.",
        date(2018, 12, 10),
        "Tuesday",
        "DATE",
        "2018-12-11",
        None,
    ),
    # "last" moves a holiday a year back even when this year's is days away
    (
        "Traffic was heavy last Thanksgiving.",
        date(1999, 11, 23),
        "last Thanksgiving",
        "DATE",
        "1998-11-26",
        None,
    ),
    # a year split between two, as an archon's ran from summer to summer: the one it began in
    (
        "Cleisthenes reformed the tribes in 508/507 BC.",
        date(2009, 10, 22),
        "508/507 BC",
        "DATE",
        "BC0508",
        None,
    ),
    ("The peace was made in 446/445 BC.", date(2015, 11, 17), "446/445 BC", "DATE", "BC0446", None),
    # the first or last day, week or month of a year
    (
        "The law took effect on the last day of 1999.",
        date(2000, 1, 4),
        "the last day of 1999",
        "DATE",
        "1999-12-31",
        None,
    ),
    (
        "Applications rose in the first week of the year.",
        date(2015, 1, 19),
        "the first week of the year",
        "DATE",
        "2015-W01",
        None,
    ),
    # a weekend named by a day in it
    (
        "The bridge will close the weekend of 29 September.",
        date(2012, 9, 5),
        "the weekend of 29 September",
        "DATE",
        "2012-W39-WE",
        None,
    ),
    # a date some days away, or one a subject is heading into, is to come; not days "left" as a verb
    (
        "With Christmas ten days away, the company said it would run its full programme.",
        date(1989, 12, 14),
        "Christmas",
        "DATE",
        "1989-12-25",
        None,
    ),
    (  # set beside the date, whatever the verb of its clause
        "Church leaders appealed to both sides to observe a truce over the Easter weekend, less than two "
        "weeks away.",
        date(1990, 4, 2),
        "the Easter weekend",
        "DATE",
        "1990-W15-WE",
        None,
    ),
    (
        "With four weeks left until Christmas, analysts said stores should avoid deep discounts.",
        date(2016, 11, 28),
        "Christmas",
        "DATE",
        "2016-12-25",
        None,
    ),
    (
        "Consumers have been cautious since the recession began a year ago, and retailers heading into "
        "the weeks between Thanksgiving and Christmas are bracing for weak sales.",
        date(1991, 11, 7),
        "Thanksgiving",
        "DATE",
        "1991-11-28",
        None,
    ),
    # a subject plans a thing for a day: ahead
    (
        "Labor unions plan a rally at Memorial Stadium Tuesday, while student groups have vowed to blockade "
        "the center.",
        date(1999, 11, 29),
        "Tuesday",
        "DATE",
        "1999-11-30",
        None,
    ),
    (
        "Opponents of the war planned a march in Washington Saturday.",
        date(1991, 1, 18),
        "Saturday",
        "DATE",
        "1991-01-19",
        None,
    ),
    # so is a day a thing was booked for, or hoped for on
    (
        "She urged passengers booked for Monday or Tuesday to check with their airline.",
        date(1997, 7, 18),
        "Monday",
        "DATE",
        "1997-07-21",
        None,
    ),
    (
        "Tourism officials said they hoped for a rebound over Presidents Day weekend.",
        date(2026, 1, 27),
        "Presidents Day weekend",
        "DATE",
        "2026-W07-WE",
        None,
    ),
    # an appointment set for a day, "set" as "scheduled" is
    (
        "Because courts are closed Monday, his arraignment has been set for Tuesday.",
        date(2026, 1, 16),
        "Tuesday",
        "DATE",
        "2026-01-20",
        None,
    ),
    # "as planned" tells no tense, with an adverb too
    (
        "The ship will stay there for two days as originally planned and call at Tallinn on Monday.",
        date(2018, 8, 30),
        "Monday",
        "DATE",
        "2018-09-03",
        None,
    ),
    # a range told in the present holds the report's day: not pushed back by a "said" after it
    (
        "The ban runs from Feb. 9 to May 4, WADA said, so almost a week of it has already been served.",
        date(2025, 2, 15),
        "May 4",
        "DATE",
        "2025-05-04",
        None,
    ),
    # a weekday a "when" clause tells in the present is to come, though told in the past
    (
        "The holiday was lengthened this year to mark the abdication on Tuesday and the accession of the "
        "crown prince on Wednesday, when the new era begins.",
        date(2019, 4, 26),
        "Wednesday",
        "DATE",
        "2019-05-01",
        None,
    ),
    # what is "possible" on a day is still to come, even told in the past
    (
        "Tri-County Transit drivers back strike; walkout possible Monday",
        date(2013, 3, 14),
        "Monday",
        "DATE",
        "2013-03-18",
        None,
    ),
    (
        "Forecasters warned that more rain was possible over the weekend.",
        date(2000, 2, 28),
        "the weekend",
        "DATE",
        "2000-W09-WE",
        None,
    ),
    # "hours away from" a thing is a figure of speech, no cue
    (
        'Carver said negotiators had been "hours away from a deal" on Wednesday night.',
        date(2026, 2, 6),
        "Wednesday night",
        "DATE",
        "2026-02-04TNI",
        None,
    ),
    # a quarter named by its number: the one after the current is this year's from April on; one
    # told with "last year" is last year's
    (
        "The order book for the fourth quarter is thinner than it was in the spring.",
        date(2016, 7, 21),
        "the fourth quarter",
        "DATE",
        "2016-Q4",
        None,
    ),
    ("Profit fell in the fourth quarter.", date(2016, 1, 21), "the fourth quarter", "DATE", "2015-Q4", None),
    (
        "Sales rose 4 percent from the holiday period last year.",
        date(2009, 7, 10),
        "the holiday period last year",
        "DATE",
        "2008-Q4",
        None,
    ),
    # a relative clause closed just before an expression has its own tense, not the expression's
    (
        "Schools will then close for two weeks around Easter Sunday, which falls on April 5, from March 30 "
        "until April 10.",
        date(2025, 9, 2),
        "March 30",
        "DATE",
        "2026-03-30",
        None,
    ),
    # and so does one farther back when the clause goes on with a verb of its own; not a list's comma
    (
        "The village shop, which normally shuts at 6 p.m., kept its doors open until 10 p.m. on Saturday.",
        date(2017, 8, 21),
        "Saturday",
        "DATE",
        "2017-08-19",
        None,
    ),
    (
        "The hall, which is small, opened its doors to the fans on Saturday.",
        date(2017, 8, 21),
        "Saturday",
        "DATE",
        "2017-08-19",
        None,
    ),
    (
        "He succeeds James A. Taylor, who stepped down as chairman, president and chief executive in March.",
        date(1989, 11, 2),
        "March",
        "DATE",
        "1989-03",
        None,
    ),
    # so has a participle phrase between commas: the clause's own verb says when
    (
        "The discounts, announced late Friday, apply to travel between April 1 and June 14.",
        date(2024, 1, 15),
        "April 1",
        "DATE",
        "2024-04-01",
        None,
    ),
    (
        "The new rules, written after the crash last spring, take effect on March 1.",
        date(2012, 11, 20),
        "March 1",
        "DATE",
        "2013-03-01",
        None,
    ),
    # but not an attribution's reported clause, which the rest of the sentence goes on with
    (
        "The chain, the region's biggest baker, said its shops would open late on Good Friday, stay shut "
        "on Sunday and reopen on Easter Monday.",
        date(2016, 3, 23),
        "Sunday",
        "DATE",
        "2016-03-27",
        None,
    ),
    # a weekend of a month counted by its Saturdays
    (
        "Engineers will return on the last weekend of the month.",
        date(2026, 1, 16),
        "the last weekend of the month",
        "DATE",
        "2026-W05-WE",
        None,
    ),
    (  # "in" as "of"
        "The open is still scheduled for the last weekend in September.",
        date(2020, 4, 7),
        "the last weekend in September",
        "DATE",
        "2020-W39-WE",
        None,
    ),
    (
        "The festival returns on the last weekend of June.",
        date(2008, 3, 1),
        "the last weekend of June",
        "DATE",
        "2008-W26-WE",
        None,
    ),
    (
        "It opens the second weekend of July 2026.",
        None,
        "the second weekend of July 2026",
        "DATE",
        "2026-W28-WE",
        None,
    ),
    # "seen as" after a noun is a reduced relative clause, no past
    (
        "The club is targeting the derby on April 12, with the home game on Easter Monday seen as a more "
        "realistic date.",
        date(2025, 1, 16),
        "Easter Monday",
        "DATE",
        "2025-04-21",
        None,
    ),
    # a code of a letter and digits ("q12") is no trigger, and does not cost the text its dates
    ("Form q12 was filed in Q1 2010.", date(2010, 6, 1), "Q1 2010", "DATE", "2010-Q1", None),
    # no DCT: absolute values survive, relative ones are underspecified
    ("The treaty was signed on April 8th.", None, "April 8th", "DATE", "XXXX-04-08", None),
    ("He resigned yesterday.", None, "yesterday", "DATE", "XXXX-XX-XX", None),
]


@pytest.mark.parametrize(("sentence", "dct", "extent", "kind", "value", "mod"), TABLE)
def test_expression(
    sentence: str, dct: date | None, extent: str, kind: str, value: str, mod: str | None
) -> None:
    found = {t.text: t for t in tag(sentence, dct)}
    assert extent in found, f"{extent!r} not found in {list(found)}"
    timex = found[extent]
    assert (timex.type.value, timex.value, timex.mod) == (kind, value, mod)
    assert sentence[timex.span.start : timex.span.end] == extent


def test_a_fall_that_is_no_season_takes_no_year_told_after_it() -> None:
    found = tag("The republic lasted until its fall in 1797.", date(2020, 2, 11))
    assert [(t.text, t.value) for t in found] == [("1797", "1797")]


def test_a_gregorian_year_after_a_hijri_month_is_no_hijri_year() -> None:
    found = tag("Sales peaked during Ramadan 2024.", date(2024, 4, 20))
    assert all(t.value.startswith("2024") for t in found)


def test_the_modern_games_olympiad_is_no_year_of_the_greek_count() -> None:
    text = "80,000 people will watch the opening ceremony of the Games of the 30th Olympiad on Friday."
    assert all(not t.value.startswith("BC") for t in tag(text, date(2012, 7, 25)))


def test_unanchored_without_dct() -> None:
    (yesterday,) = tag("He resigned yesterday.", None)
    assert not yesterday.anchored
    (now,) = tag("Prices are now higher.", None)
    assert now.value == "PRESENT_REF" and not now.anchored
    (absolute,) = tag("He resigned on May 3, 2001.", None)
    assert absolute.anchored and absolute.value == "2001-05-03"


@pytest.mark.parametrize(
    ("sentence", "precision"),
    [
        ("on April 8, 2010", Precision.DAY),
        ("in May 2012", Precision.MONTH),
        ("in 1998", Precision.YEAR),
        ("in the third quarter of 1998", Precision.QUARTER),
        ("in the 1990s", Precision.DECADE),
        ("last week", Precision.WEEK),
        ("last summer", Precision.SEASON),
    ],
)
def test_precision(sentence: str, precision: Precision) -> None:
    (timex,) = tag(sentence, THU)
    assert timex.precision is precision


def test_a_clock_time_ending_a_list_line_is_not_on_the_next_entry_day() -> None:
    fixtures = (
        "Saturday, September 9: Italy v Namibia, Saint-Etienne, 13:00\n"
        "Thursday, September 14: France v Uruguay, Lille, 21:00\n"
    )
    found = [(t.text, t.value) for t in tag(fixtures, date(2023, 9, 4))]
    assert ("13:00", "2023-09-09T13:00") in found
    assert ("Thursday, September 14", "2023-09-14") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The 6-year-old boy smiled.",
        "The 6-year-olds were buried first.",
        "Theresa May spoke.",
        "You may go.",
        "a march on Washington",
        "Protesters rallied at the annual March for Life on Capitol Hill.",
        "He was arrested at this march in each of the last years.",
        "in 2000 words",
        "They bought 5 AD units.",
        'He said so on CBS\'s "60 Minutes."',
        "The poster showed Gary Cooper in the film High Noon.",
        'Baker, speaking on ABC News\' "This Week," agreed.',
        "It is a matter of days before the boy is reunited with his father.",
        "In the first days after the announcement, prices rose.",
        "Strong ties are very important to the future of our peoples.",
        "The case is for today's youth what the blockade was for their parents.",
        "Paternity can readily be proved in today's world.",
        "He sailed to Christmas Island.",  # a name
        "They watched the Thanksgiving Day Parade; he lives on Christmas Island.",  # names
        "The Easter Rising failed.",
        "Unionists backed the Good Friday Agreement; the Good Friday agreement held.",  # an event's name
        "Soldiers remembered the Christmas truce.",  # so is this
        "Henry the Fourth died at Westminster.",  # a king's ordinal
        "The Julian calendar adds a leap day to its year.",  # a kind of day, not one
        "Sweden resolved to omit every leap day until its calendar matched.",
        "Treasury's mid-year update forecast deficits; the midweek market was quiet.",  # adjectives
        "Fourth, the bill would cut the tax on fuel.",  # a list's
        "The Fourth and Fifth Armies crossed the river; the Fourth Crusade took the city.",
        "The struggle predates his birth by decades.",  # a margin, no length of time told
        "The Senate decreed a thanksgiving in his honour.",  # a feast's name is capitalised
        "Athens sent two thousand fresh hoplites.",  # a number of things, not the year 2000
        "Henry sailed with about two thousand men.",  # an irregular plural counts things too
        "By then fewer than two thousand remained.",  # "two thousand" is a year only after "in", "by" ...
        "The Sunday Times is suing him; the order appeared in the Sunday Independent.",  # papers
        "Capital City has won three of the past five finals.",  # the last few of something
        "The storm was 390 miles southeast of Corpus Christi.",  # a city, not the feast
        "The children went to summer camp before summer school.",  # a season before a noun names none
        "The rand fell on a current account gap that widened.",  # a balance, not the present
        "The bank cut its rate by a quarter point.",  # a share of a point, no length of time
        "The quarter-point cut surprised the markets.",
        "A section more than a quarter-mile long toppled; four quarter-point increases came.",  # fractions
        "The bank kept its benchmark overnight interest rate steady.",  # a loan's term
        "It is the first once-daily pill of its class.",  # a kind of pill, no set
        "Temperatures will stay low, with overnight lows in the teens.",  # of any night
        "The rate banks charge on overnight loans rose; overnight stays in hotels fell.",  # things
        "Sales are expected to rise 8.5% annually.",  # a rate, not a recurring time
        "The board raised the quarterly dividend and published its quarterly results.",  # kinds of payment
        "The storm moved north at 12 miles an hour.",  # a speed
        "It was a day of street fighting in the old town.",  # a kind of day, not a length
        "The larger asteroid 2012 DA14 passed within 27,700 kilometres of Earth.",  # a designation
        "Against the current, the canoes made 15 miles; the name became current only later.",  # a noun
        "Gunmen attacked the satirical weekly Charlie Hebdo; the party daily Granma said so.",  # papers
        "Most of them came from the 2nd Canadian Infantry Division, and others by the 9th Lancers.",  # units
        "She has served on the U.S. Court of Appeals for the 7th Circuit.",  # a court
        '"Families planned around this one months in advance," she said.',  # "one" is a pronoun
        "He came back from two sets down in the quarter-finals; she lost in the quarter finals.",  # rounds
        "Children under 12 may not visit the general medical floors.",  # the verb, not the month
        "The Salt March, also known as the Dandi March, began at Sabarmati.",  # names
        "The House did not sit because of the Jewish New Year.",  # another calendar's
        "He wished them all a Merry Christmas.",  # a greeting
        "She sold eleven thirty-year-old bonds.",  # counts, not a clock time
        "He remembered the day he left for the war.",  # a day a clause names, not the text's
        "At the end of the day, the vote is what matters.",  # an idiom
        "The year-on-year figure rose; a dusk-to-dawn curfew held.",  # words of a compound
        "Prime Minister Theresa May spoke. Lawmakers want May to quit.",  # her name, told in full
        "Mrs. May spoke to the May Department Stores board.",  # a name after a title, one before a name
        "The committee voted two to one against it.",  # a count before "to" is no clock's minutes
        "More than three quarters of voters, and nearly three-quarters of the rest, said yes.",  # shares
        "The sermon was on Matthew 16:18.",  # a verse, not a clock
        "Opposition leaders said the second half of the session would be busy.",  # half of a sitting
        "He was hurt early in the second half of Severn Athletic's draw with Dunmore.",  # of a match
        "Westbridge climbed to third, scoring twice early in the second half.",  # a period of play
        "The quarterback was sacked twice in the fourth quarter.",
        "The runner passed halfway with the leaders and ran the second half faster.",  # of a race
        "Most homeowners mail the first-half payment early.",  # a part of a bill
        "Owners who miss the second-half deadline pay a penalty.",
        "The last half-point increase surprised the markets.",  # a share of a point
        "The utility aims to cut use by a quarter; its economy has shrunk by about a quarter.",  # shares
        "Winds reached 65 miles per hour as output fell by 1.2 million barrels per day.",  # measures
        "Saudi Arabia pumps about 8 million barrels a day.",  # a flow, as "per day"
        "Much of the day-to-day work fell to deputies.",  # no old "to-day"
        "The church had chartered the steamer for its annual Sunday school excursion.",  # a compound
        "All three survived the fall; a chronicle describing the fall was published.",  # a fall's
        "His twenty-second regnal year brought a campaign.",  # an ordinal after its determiner, no seconds
        "Flags flew in Ohio for National Day.",  # a national day of no nation the text names
    ],
)
def test_not_time_expressions(sentence: str) -> None:
    assert tag(sentence, THU) == []


def test_the_leap_day_of_a_common_year_is_no_day() -> None:
    assert tag("The fair will be held on leap day.", date(2023, 2, 1)) == []


def test_a_weekday_of_a_custom_is_no_day_in_a_story_but_that_weeks_in_news() -> None:
    text = "In 1529 the sultan took Buda. He attended Friday prayer in its great mosque."
    assert [t.text for t in tag(text, date(2020, 5, 1), mode="narrative")] == ["1529"]
    news = "After Friday prayers, protesters marched to the square."
    assert [t.value for t in tag(news, date(2011, 2, 5))] == ["2011-02-04"]


def test_recently_as_a_degree_is_no_time() -> None:
    found = tag("Prices were that low as recently as 1990, and have recently risen.", THU)
    assert [(t.text, t.value) for t in found] == [("1990", "1990"), ("recently", "PAST_REF")]


def test_an_approximate_count_before_a_plural_is_no_year() -> None:
    text = "In 1066 the Normans came. By evening about 200 Persian ships had sunk, and about 300 Saxons fled."
    assert [t.text for t in tag(text, THU, "narrative")] == ["1066", "evening"]


def test_counts_after_of_do_not_make_a_story_medieval() -> None:
    text = "The raid began on 7 December 1941. A wave of 183 aircraft took off; a second of 171 followed."
    assert [t.text for t in tag(text, THU, "narrative")] == ["7 December 1941"]


def test_narrative_mode_anchors_on_the_last_date() -> None:
    text = "The treaty was signed on June 28, 1919. The next day the delegates left, and next year they met."
    news = {t.text: t.value for t in tag(text, THU, "news")}
    narrative = {t.text: t.value for t in tag(text, THU, "narrative")}
    assert narrative["The next day"] == news["The next day"] == "1919-06-29"
    assert narrative["next year"] == "1920"
    assert news["next year"] == "2012"


def test_the_coming_season_of_a_story_is_the_storys() -> None:
    text = (
        "When the army mutinied in the autumn of 602, Maurice had ordered the troops to spend the coming "
        "winter north of the river. Phocas was crowned on 23 November."
    )
    narrative = {t.text: t.value for t in tag(text, date(2013, 9, 10), "narrative")}
    assert (narrative["the coming winter"], narrative["23 November"]) == ("0602-WI", "0602-11-23")
    news = {t.text: t.value for t in tag(text, date(2013, 9, 10), "news")}
    assert news["the coming winter"] == "2013-WI"  # news counts from the time of writing


# (text, DCT, mode, expression, value): expressions whose value depends on the dates told before them
IN_CONTEXT = [
    # "that same Monday" is one expression, the day just told
    (
        "The shooting took place on Monday, 5 March 1770. Later that same Monday, a crowd gathered.",
        THU,
        "narrative",
        "that same Monday",
        "1770-03-05",
    ),
    # a day of 1752 or later told in the Julian calendar is the Gregorian day it was; an English
    # one before 1752 keeps the day written
    (
        "In October 1905 the tsar signed the manifesto, dated 17 October in the Russian calendar.",
        THU,
        "narrative",
        "17 October",
        "1905-10-30",
    ),
    (
        "In 1727 Newton died on 20 March by the Julian calendar still used in England.",
        THU,
        "narrative",
        "20 March",
        "1727-03-20",
    ),
    # a day after "since" before the week the story is on is where a state began, not where it goes
    (
        "By the last weekend of August 1883, the volcano had been erupting ever since 20 May. At "
        "about 1 p.m. on Sunday the first blast came.",
        THU,
        "narrative",
        "Sunday",
        "1883-08-26",
    ),
    # a year restating a date told in a flashback is in the flashback: the story stays on its year
    (
        "The governor signed the act on March 21, 1925. Darwin's book had appeared more than sixty "
        "years earlier, in 1859, and evolution was widely taught. In early May a teacher was charged.",
        THU,
        "narrative",
        "early May",
        "1925-05",
    ),
    # a clock time in digits, with no part of the day in its sentence, is of the evening the story is on
    (
        "The fire began on Sunday evening, 8 October 1871, in a barn. A neighbour saw flames at about 9:20.",
        THU,
        "narrative",
        "about 9:20",
        "1871-10-08T21:20",
    ),
    # ... and in a story, it is the time of writing's
    (
        "The treaty was signed on 29 December 1922. Wednesday marks a century since its approval.",
        date(2022, 12, 22),
        "narrative",
        "Wednesday",
        "2022-12-28",
    ),
    # a day "of that month" or "of the following month" counts from the month last told
    (
        "The siege began in September 1831, and the fort fell on the 15th of that month.",
        THU,
        "narrative",
        "the 15th of that month",
        "1831-09-15",
    ),
    (
        "The fleet left in March 1270 and landed on the ninth day of the following month.",
        THU,
        "narrative",
        "the ninth day of the following month",
        "1270-04-09",
    ),
    # ... and a day the counted month has not is the day alone, of no month known
    (
        "The Breens arrived on October 31, 1846. Breen wrote that they came on the 31st of last month.",
        THU,
        "narrative",
        "the 31st of last month",
        "XXXX-XX-31",
    ),
    (
        "Writing on 7 August 1846, he told of a journey on the 27th of last month.",
        THU,
        "narrative",
        "the 27th of last month",
        "1846-07-27",
    ),
    # years counted back in news from a month long past
    (
        "She made her name in February 1971. The wall had been climbed nine years earlier.",
        date(2021, 11, 16),
        "news",
        "nine years earlier",
        "1962",
    ),
    # a span's end centuries after the story's date is no date to count from
    (
        "In 1000 the doge sailed, a rite kept until the republic fell in 1797. The following year he won.",
        THU,
        "narrative",
        "The following year",
        "1001",
    ),
    # a day told with no year just after a day it names again is of that day's year
    (
        "Traffic is up on last year, when Easter fell on April 16.",
        date(2018, 3, 29),
        "news",
        "April 16",
        "2017-04-16",
    ),
    # a range's closing month or day lies on or after its opening, on the side of its tense
    (
        "The Olympics had been due to run from July 24 to Aug. 9.",
        date(2020, 3, 25),
        "news",
        "Aug. 9",
        "2020-08-09",
    ),
    ("Every month from January to June was warmer.", date(2025, 1, 10), "news", "January", "2024-01"),
    # the year a heading opens, at the text's start too
    (
        "1758: Louisbourg and Carillon\n\nThe fort, held since the 1720s, fell on 26 July.",
        THU,
        "narrative",
        "26 July",
        "1758-07-26",
    ),
    # the year a heading closes
    (
        "The Relief of Leiden, 1574\n\nWhen Holland rose in 1572, few expected it.",
        THU,
        "narrative",
        "1574",
        "1574",
    ),
    (  # ... one before a subtitle, or in brackets, or that opens it before "and the"
        "Kosovo, 1389: the battle that became a legend\n\nThe Serbs fought on 15 June.",
        THU,
        "narrative",
        "15 June",
        "1389-06-15",
    ),
    ("Siege of Vienna (1683)\n\nThe Ottomans arrived on 14 July.", THU, "narrative", "1683", "1683"),
    (
        "1759 and the fall of Quebec\n\nGuadeloupe surrendered on 1 May.",
        THU,
        "narrative",
        "1 May",
        "1759-05-01",
    ),
    # a year counted from Rome's founding (the year 1 is 753 BC)
    ("Caesar died in the year 710 of the city.", THU, "narrative", "the year 710 of the city", "BC0044"),
    (
        "The republic began in the year 245 ab urbe condita.",
        THU,
        "narrative",
        "the year 245 ab urbe condita",
        "BC0509",
    ),
    ("The consuls of 754 AUC served.", THU, "narrative", "754 AUC", "0001"),
    # a pair of early years that "between" opens; not "between 600 and 900 people"
    (
        "Samarkand fell in 712, Kabul in 713. Sindh fell between 711 and 713; between 600 and 900 men died.",
        THU,
        "narrative",
        "711",
        "0711",
    ),
    # a season joined to another is of the first one's year
    ("In 1812 the army retreated through the autumn and winter.", THU, "narrative", "winter", "1812-WI"),
    (
        "Most will not be vaccinated until next spring or summer.",
        date(2020, 11, 9),
        "news",
        "summer",
        "2021-SU",
    ),
    # feasts counted from Easter, named with "the" and a lower-case ordinal
    (
        "Michael was chosen on the first Sunday of Lent, 1613.",
        THU,
        "narrative",
        "the first Sunday of Lent, 1613",
        "1613-02-24",
    ),
    (
        "In 1415 the king won on the feast of Saints Crispin and Crispinian.",
        THU,
        "narrative",
        "the feast of Saints Crispin and Crispinian",
        "1415-10-25",
    ),
    (
        "The Bastille fell on 14 July 1789. Exactly a year later the Fete took place.",
        THU,
        "narrative",
        "Exactly a year later",
        "1790-07-14",
    ),
    # an approximate year of three digits before a name, its subject; not a count of things
    ("In 1066 the Normans came. Around 789 Offa married.", THU, "narrative", "Around 789", "0789"),
    (
        "In 1066 the Normans came. Earlier, by the early 890s the Danes had settled.",
        THU,
        "narrative",
        "the early 890s",
        "089",
    ),
    # a lead's "today" with a verb of celebration is the day of writing
    (
        "Hungary today commemorates the uprising that began on 23 October 1956.",
        date(2016, 10, 23),
        "narrative",
        "today",
        "2016-10-23",
    ),
    # a story told in years of three digits alone reads them as years, and a later year of a list
    # a word introduces is one too
    ("In 793 the raiders came. Iona was sacked in 795, 802 and 806.", THU, "narrative", "806", "0806"),
    ("Masada held out until 1073 or 1074.", THU, "narrative", "1074", "1074"),
    # a year before 1800 after "as early as", or between "the" and a noun, is introduced
    ("As early as 1525 the Scottish Parliament banned the books.", THU, "narrative", "1525", "1525"),
    ("The 1755 Lisbon earthquake struck the city.", THU, "narrative", "1755", "1755"),
    # a holiday after "on" before a capitalised subject is the day, not a name
    (
        "In 1418 the siege went on. On Christmas Day Henry sent food.",
        THU,
        "narrative",
        "Christmas Day",
        "1418-12-25",
    ),
    # a count of years and a half after a month told is a month
    (
        "In June 1658 he married. Three and a half years later he died.",
        THU,
        "narrative",
        "Three and a half years later",
        "1661-12",
    ),
    # a day without its year that a clause says is kept every year is any year's; another clause's
    # day is the story's
    (
        "The treaty was signed on 3 March 1878. Bulgaria today celebrates 3 March as its national day.",
        THU,
        "narrative",
        "3 March",
        "XXXX-03-03",
    ),
    (  # so does a history's "national holiday", unless a weekday dates the day; not news's
        "The treaty was signed on 6 February 1840. 6 February has been a national public holiday since 1974.",
        THU,
        "narrative",
        "6 February",
        "XXXX-02-06",
    ),
    (  # a day set off by commas is in the clause around it
        "Haiti became independent in 1804. The anniversary of its congress, 18 May, is a national holiday.",
        THU,
        "narrative",
        "18 May",
        "XXXX-05-18",
    ),
    (
        "The polls opened in 1914. On Wednesday, 7 October, a national holiday, the count began.",
        THU,
        "narrative",
        "Wednesday, 7 October",
        "1914-10-07",
    ),
    (
        "The new rules take effect on March 18, a national holiday.",
        date(2013, 3, 10),
        "news",
        "March 18",
        "2013-03-18",
    ),
    (
        "In 1945 the surrender was signed on September 2, and China celebrates its victory on September 3.",
        THU,
        "narrative",
        "September 2",
        "1945-09-02",
    ),
    # a dateline's dash opens no range: the lead's day counted back is where the story is
    (
        "ST PETERSBURG, Nov. 7 - A century ago today, the Bolsheviks seized power.\n\n"
        "The year had opened quietly. On 8 March, women walked out.",
        date(2017, 11, 7),
        "narrative",
        "8 March",
        "1917-03-08",
    ),
    # a modifier introduces a year before 1800 as "in" does; "that same year" is "that year"
    ("Christian II had invaded Sweden at the start of 1520.", THU, "narrative", "the start of 1520", "1520"),
    ("The monks fled in 1654. That same year the abbey burned.", THU, "narrative", "That same year", "1654"),
    (
        "The fleet sailed in May 1655, and that same summer it was lost.",
        THU,
        "narrative",
        "that same summer",
        "1655-SU",
    ),
    (
        "In 133 BC the tribune was killed. The same summer the consul fell.",
        THU,
        "narrative",
        "The same summer",
        "BC0133-SU",
    ),
    # the end of a clock range whose start a preposition introduces
    (
        "On Tuesday 13 March 1781, between ten and eleven in the evening, he was observing.",
        THU,
        "narrative",
        "eleven in the evening",
        "1781-03-13T23:00",
    ),
    # a weekday after a feast before the Gregorian reform falls by the Julian calendar the feast is
    # told in; set beside the day told it is that day
    (
        "In 1500 they sailed on the Wednesday after Easter.",
        THU,
        "narrative",
        "the Wednesday after Easter",
        "1500-04-22",
    ),
    (
        "A fleet left Lisbon on 9 March 1500 and sighted land on 22 April, the Wednesday after Easter.",
        THU,
        "narrative",
        "the Wednesday after Easter",
        "1500-04-22",
    ),
    ("In 1519 the fleet anchored on Holy Thursday.", THU, "narrative", "Holy Thursday", "1519-04-21"),
    # "the next year" with "the" counts from the date told, unless news tells it ahead or as a length
    (
        "Crews started in December 1987, and French crews started early the next year.",
        THU,
        "news",
        "early the next year",
        "1988",
    ),
    (
        "Hastings fell on 14 October 1066. The next year was quieter.",
        THU,
        "narrative",
        "The next year",
        "1067",
    ),
    (
        "The fund stood at $3.9 million in 2006 and would shrink by the end of the next year.",
        THU,
        "news",
        "the end of the next year",
        "2012",
    ),
    ("Sales will grow over the next year.", THU, "news", "the next year", "2012"),
    # a news timeline's small hours after a late clock time of a day before the report: the next day
    (
        "Police were called to the bar at 10:52 p.m. Tuesday to break up a fight.\n\n"
        "The bar stopped serving at 1:45 a.m., and the first shots were heard at 2:17 a.m.",
        THU,
        "news",
        "2:17 a.m.",
        "2011-12-07T02:17",
    ),
    # a directive verb's "to" looks ahead in its -ing form too
    (
        "The judge sent the jurors home, telling them to return at 9:30 a.m. Monday.",
        THU,
        "news",
        "9:30 a.m. Monday",
        "2011-12-12T09:30",
    ),
    # "shuts", "runs out" tell a schedule in the present; "likely to" looks ahead
    ("The transfer window shuts at 5 p.m. on Monday, a day late.", THU, "news", "Monday", "2011-12-12"),
    ("His contract, signed in 2009, runs out in March.", THU, "news", "March", "2012-03"),
    ("The manager said he was unlikely to sell him before Monday.", THU, "news", "Monday", "2011-12-12"),
    # "reaches", "falls on", "reopen" tell a schedule in the present; "prepared for" a plan ahead
    ("Jupiter reaches opposition on Monday, rising at dusk.", THU, "news", "Monday", "2011-12-12"),
    ("The fixtures were moved because the holiday falls on Sunday.", THU, "news", "Sunday", "2011-12-11"),
    ("Traders braced for turmoil when markets reopen on Monday.", THU, "news", "Monday", "2011-12-12"),
    ("Paris prepared for a unity rally on Sunday.", THU, "news", "Sunday", "2011-12-11"),
    # "may" in lower case is the modal, a cue that looks ahead; "may have" looks back
    ("Schools were told they may stay closed on Monday.", THU, "news", "Monday", "2011-12-12"),
    ("The victim may have died on Monday.", THU, "news", "Monday", "2011-12-05"),
    # where a fiscal year ends is a month of any year
    ("Harwell, whose fiscal year ends in December, expects a profit.", THU, "news", "December", "XXXX-12"),
    # a clause reported after "that" has its own tense, not the reporting verb's
    (
        "The council reminded traders that the clocks go forward a week before Easter Sunday.",
        date(2026, 3, 20),
        "news",
        "Easter Sunday",
        "2026-04-05",
    ),
    # a participle after "be" and an adverb is an adjective, no past verb
    (
        "The airline said departures would be significantly reduced on Monday.",
        THU,
        "news",
        "Monday",
        "2011-12-12",
    ),
    # a weekday after words of an intention is one to come, though the clause is told in the past
    (
        "Passengers hoping to travel on Tuesday were told to check the website.",
        THU,
        "news",
        "Tuesday",
        "2011-12-13",
    ),
    # a year after a participle that qualifies a noun, the sentence's verb after it, is an aside
    (
        "An explosion sank the Maine on 15 February 1898, although a study published in 1976 blamed a "
        "fire. On 11 April McKinley asked Congress for authority to intervene.",
        THU,
        "narrative",
        "11 April",
        "1898-04-11",
    ),
    (  # with an agent or a place between the participle and the date, and an auxiliary for the verb
        "An explosion sank the Maine on 15 February 1898; a study directed by Admiral Hyman Rickover in "
        "1976 concluded that a fire was likelier. On 11 April McKinley asked Congress to intervene.",
        THU,
        "narrative",
        "11 April",
        "1898-04-11",
    ),
    (
        "The earthquake struck Port Royal on 7 June 1692. A pocket watch raised from the seabed in 1959 "
        "had stopped at 11:43.",
        THU,
        "narrative",
        "11:43",
        "1692-06-07T11:43",
    ),
    (  # a later year after "only in", when the story is on a day
        "Columbus landed on 12 October 1492; the island took the name San Salvador only in 1925. "
        "He reached Cuba on 28 October.",
        THU,
        "narrative",
        "28 October",
        "1492-10-28",
    ),
    (  # so too when ", and" ends its clause
        "The Irish signed on Tuesday 6 December 1921. A commission was promised; it reported only in "
        "1925, and its report was buried. The Dail debated the Treaty from 14 December.",
        THU,
        "narrative",
        "14 December",
        "1921-12-14",
    ),
    (
        "The army landed in March 1757. The tide turned in 1758. On 11 April the siege began.",
        THU,
        "narrative",
        "11 April",
        "1758-04-11",
    ),
    # a count followed by "later" is no rate after an amount
    (
        "Honduras won 1-0 on Sunday, 8 June 1969. El Salvador won the return match 3-0 a week later.",
        THU,
        "narrative",
        "a week later",
        "1969-06-15",
    ),
    ("He earned $5 a week.", THU, "news", "a week", "P1W"),
    # a year in an event's name, or framing a superlative, does not move the story
    (
        "The Football War was fought in July 1969. Its name comes from three qualifying matches for "
        "the 1970 World Cup played that June.",
        THU,
        "narrative",
        "that June",
        "1969-06",
    ),
    (
        "Valens fell at Adrianople on 9 August 378. Ammianus called it the worst Roman defeat since "
        "Cannae in 216 BC. The Goths attacked Adrianople the next day.",
        THU,
        "narrative",
        "the next day",
        "0378-08-10",
    ),
    (
        "The Indo-Pakistani War of 1971 was the third war between the two countries since 1947. It began "
        "with air strikes on the evening of 3 December.",
        THU,
        "narrative",
        "the evening of 3 December",
        "1971-12-03TEV",
    ),
    # the first year of a BCE span joined by a dash takes the era, and later bare years follow it
    ("The Peloponnesian War (431\u2013404 BC) was fought by Athens.", THU, "narrative", "431", "BC0431"),
    (
        "The Peloponnesian War (431\u2013404 BC) was fought by Athens. Thucydides left in 424.",
        THU,
        "narrative",
        "424",
        "BC0424",
    ),
    # a count in the sentence of a flashback date counts from it; the story stays where it was
    (
        "The Vespers broke out in Palermo on 30 March 1282. Charles had won the kingdom of Sicily in "
        "1266, when he defeated Manfred, and two years later he had Conradin beheaded.",
        THU,
        "narrative",
        "two years later",
        "1268",
    ),
    (
        "The Vespers broke out in Palermo on 30 March 1282. Charles had won the kingdom of Sicily in "
        "1266, and two years later he had Conradin beheaded. The next day the rising spread.",
        THU,
        "narrative",
        "The next day",
        "1282-03-31",
    ),
    # the year of the event an anniversary is of names that event; the story stays where it was
    (
        "On 8 January 1943 the Soviets offered terms. On Saturday 30 January, the tenth anniversary "
        "of Hitler's appointment as chancellor in 1933, Paulus was promoted. The pocket held out "
        "until Tuesday 2 February.",
        THU,
        "narrative",
        "Tuesday 2 February",
        "1943-02-02",
    ),
    # years are not counted from a century told in passing, but from the story's year
    (
        "The war of 1866 was one of the largest of the nineteenth century. The quarrel over "
        "Holstein, taken from Denmark two years earlier, came to a head in June.",
        THU,
        "narrative",
        "two years earlier",
        "1864",
    ),
    # a year in a participle's aside, with its agent, does not move the story
    (
        "On 1 April 1945 American troops landed on Okinawa. The island, annexed by Japan in 1879, "
        "lay close to the home islands. The Marines had landed on Iwo Jima on Monday, 19 February.",
        THU,
        "narrative",
        "Monday, 19 February",
        "1945-02-19",
    ),
    # a month or day with no year in the sentence of a flashback date goes on from that date
    (
        "The Somme offensive opened on 1 July 1916. It had been planned at a conference in December "
        "1915, but the attack on Verdun in February forced changes.",
        THU,
        "narrative",
        "February",
        "1916-02",
    ),
    (
        "The war between Piedmont and Austria broke out in April 1859. Planning had begun in the "
        "summer of 1858, when Cavour met Napoleon III at Plombi\u00e8res on 21 July.",
        THU,
        "narrative",
        "21 July",
        "1858-07-21",
    ),
    (
        "The crusaders took Acre in July 1191. The siege had begun on 28 August 1189, when King Guy, "
        "released by Saladin the previous year, camped before the city.",
        THU,
        "narrative",
        "the previous year",
        "1188",
    ),
    # but not after the comma that closes a relative clause holding it: the story goes on
    (
        "The Empire fell apart in October 1918. Charles, who had become emperor in November 1916, "
        "issued a manifesto on 16 October.",
        THU,
        "narrative",
        "16 October",
        "1918-10-16",
    ),
    # in a text that dates by eras, a number before what it counts is no year ("189 guardsmen"),
    # and a year centuries before the day a story is on, and before every year told, is an aside
    (
        "Rome was sacked on 6 May 1527; the Gauls had sacked it in 390 BC. Of 189 guardsmen only 42 "
        "survived. On 6 June the pope surrendered.",
        THU,
        "narrative",
        "6 June",
        "1527-06-06",
    ),
    (
        "Rome was sacked on 6 May 1527. Contemporaries compared it with the Gallic sack traditionally "
        "dated to 390 BC. The pope surrendered on 6 June.",
        THU,
        "narrative",
        "6 June",
        "1527-06-06",
    ),
    # a weekday and a day with no year: the story's next year first, in the Julian calendar England kept
    (
        "He burst into the queen's bedchamber on the morning of 28 September 1599. Over the winter Essex "
        "House became a meeting place. On the afternoon of Saturday 7 February his men paid the players.",
        THU,
        "narrative",
        "the afternoon of Saturday 7 February",
        "1601-02-07TAF",
    ),
    # a count from a day before the Common Era
    (
        "Caesar was assassinated on the Ides of March, 44 BC. She sailed home a month later.",
        THU,
        "narrative",
        "a month later",
        "BC0044-04",
    ),
    # "traditionally dated to" dates one event, no habit
    (
        "Vesuvius erupted in AD 79. The eruption is traditionally dated to 24 August.",
        THU,
        "narrative",
        "24 August",
        "0079-08-24",
    ),
    # a decade told in passing leaves a story in its year
    (
        "The Prague Spring began in January 1968. Novotny's rule had become unpopular during the "
        "mid-1960s. He kept the presidency until March.",
        THU,
        "narrative",
        "March",
        "1968-03",
    ),
    # a clock time on a feast restated with its date takes the date's year
    (
        "The disaster occurred at 10:21 p.m. on Christmas Eve, 24 December 1953, when the bridge fell.",
        THU,
        "narrative",
        "10:21 p.m.",
        "1953-12-24T22:21",
    ),
    # after a year with no day, "that evening" and "the previous evening" go back to the day told
    (
        "The bridge collapsed on 24 December 1953. An eruption in 1945 emptied the lake, which then "
        "refilled. That evening the barrier gave way.",
        THU,
        "narrative",
        "That evening",
        "1953-12-24TEV",
    ),
    (
        "The earthquake struck at 5:20 a.m. on Monday, 28 December 1908. Messina had been devastated by "
        "the earthquakes of 1783. Aida had been given at the theatre the previous evening.",
        THU,
        "narrative",
        "the previous evening",
        "1908-12-27TEV",
    ),
    # a clock time told in the present after a day ahead, in a new paragraph, is on that day
    (
        "Streets will close Sunday morning for the marathon.\n\nClosures begin at 5 a.m. around the start.",
        date(2022, 10, 13),
        "news",
        "5 a.m.",
        "2022-10-16T05:00",
    ),
    # and so is one told ahead after the day gone a source spoke
    (
        "Drivers should allow extra time Sunday morning, when 1,400 athletes take part in the Millbrook "
        "Triathlon. Police said Tuesday that Riverside Drive will be closed from 5 a.m. to 1:30 p.m.",
        date(2015, 6, 17),
        "news",
        "5 a.m.",
        "2015-06-21T05:00",
    ),
    # "the following weekend" counts from the last day told, not from a month told after it
    (
        "Fireworks start at 9:15 p.m. Saturday. We have been planning since January. The fun continues "
        "the following weekend with the parade.",
        date(2019, 9, 12),
        "news",
        "the following weekend",
        "2019-W38-WE",
    ),
    # a clock time later than the last one, told on a day before the report, is on that day too
    (
        "The jet crashed on Thursday afternoon. It took off at 3:25 p.m.\n\nAt 3:31 p.m., the pilot set it "
        "down on the river.",
        date(2009, 1, 16),
        "news",
        "3:31 p.m.",
        "2009-01-15T15:31",
    ),
    # a story's day whose weekday put it in another year near the story's moves the story there
    (
        "The court ruled on 24 July 1974. A tape of 23 June 1972, released on 5 August, was damning. "
        "On Thursday, 8 August, Nixon said he would resign at noon tomorrow.",
        THU,
        "narrative",
        "noon tomorrow",
        "1974-08-09T12:00",
    ),
    # a date in quoted speech is the speaker's; the story does not move to it
    (
        'On Thursday, 8 August 1974, Nixon said he would resign "at noon tomorrow". He left the White '
        "House the next morning.",
        THU,
        "narrative",
        "the next morning",
        "1974-08-09TMO",
    ),
    # a starting point ("since") before every year told is behind the story, which stays on its day
    (
        "On Monday, 16 July 1973, an aide said that since 1971 the president had taped his talks. Cox "
        "asked for the tapes a week later.",
        THU,
        "narrative",
        "a week later",
        "1973-07-23",
    ),
    # and so is the year of an event named after "since", not across a sentence's end
    (
        "On March 6, 1857, Taney read the opinion. Not since Marbury v. Madison in 1803 had the Court "
        "struck down an act of Congress. Editors denounced the ruling the next morning.",
        THU,
        "narrative",
        "the next morning",
        "1857-03-07TMO",
    ),
    (
        "On 16 March 1889 a storm struck Apia. Rivalry had been growing in Samoa since the 1870s. In "
        "December 1888 fighters ambushed a German party. The following month the Germans shelled villages.",
        THU,
        "narrative",
        "The following month",
        "1889-01",
    ),
    # a year named by a possessive and "of" in a sentence on the story's day names a thing
    (
        "The ship sailed on 6 September 1620 for a harbour drawn on John Smith's map of 1616. She "
        "anchored there on 16 December.",
        THU,
        "narrative",
        "16 December",
        "1620-12-16",
    ),
    # a later year after "until" ends a state the story glimpses; the story stays where it was
    (
        "The building burned on the night of 27 February 1933, and a decree followed that stayed in "
        "force until 1945.\n\nBackground\n\nHitler was sworn in on 30 January.",
        THU,
        "narrative",
        "30 January",
        "1933-01-30",
    ),
    # a quotation's "today" is the day its sentence told it was said on, not the report's
    (
        'Rajoy said in his address on Sunday evening: "Today there has not been a referendum."',
        date(2017, 10, 2),
        "news",
        "Today",
        "2017-10-01",
    ),
    # or the day before the report its paragraph told (a night's events reported the next morning)
    (
        "The director told reporters late Sunday that raising the money had taken four years. "
        '"Now at least somebody will watch it. Tonight I will finally sleep."',
        date(2011, 9, 12),
        "news",
        "Tonight",
        "2011-09-11TNI",
    ),
    (
        "The director told reporters on Thursday that raising the money had taken four years. "
        '"Now at least somebody will watch it. Tonight I will finally sleep."',
        date(2011, 9, 12),
        "news",
        "Tonight",
        "2011-09-12TNI",
    ),
    (  # not a day a quotation told
        'Thousands gathered outside her home this afternoon. "Yesterday we voted for peace," said a '
        'vendor. "Tomorrow we find out if we get it."',
        date(1990, 2, 26),
        "news",
        "Tomorrow",
        "1990-02-27",
    ),
    # a weekday opening the sentence after a day long past, with its weekday, is that day
    (
        "The first democratic vote began on Tuesday 26 April 1994, when the sick cast special ballots. "
        "On Tuesday night, at midnight, the old flag was lowered.",
        date(2014, 4, 27),
        "news",
        "Tuesday night",
        "1994-04-26TNI",
    ),
    (
        "India last won the title at Lord's on June 25, 1983. Saturday's win also made India the first host "
        "to take the cup.",
        date(2011, 4, 3),
        "news",
        "Saturday",
        "2011-04-02",
    ),
    # a day that ends the sentence before the quotation is not the day it was said on
    (
        'The exam period ends on 21 June. "I had a train home booked for tomorrow," said a student.',
        date(2024, 6, 13),
        "news",
        "tomorrow",
        "2024-06-14",
    ),
    (
        '"There were raids last night and there will be raids tomorrow," the minister said.',
        date(2013, 1, 13),
        "news",
        "tomorrow",
        "2013-01-14",
    ),
    # a story told only to the year is in the winter that year begins, even after a century told
    (
        "In AD 60 the revolt began. Cassius Dio, writing in the early 3rd century, says she died. "
        "Paulinus ravaged the lands through the winter.",
        THU,
        "narrative",
        "the winter",
        "0060-WI",
    ),
    # a habit told just after a day with no year makes it any year's; after a comma it qualifies
    ("The victims are mourned on 13 December every year.", THU, "news", "13 December", "XXXX-12-13"),
    ("Since 2005, 31 August has been marked annually.", THU, "narrative", "31 August", "XXXX-08-31"),
    ("7 August is still a national holiday in Colombia.", THU, "narrative", "7 August", "XXXX-08-07"),
    (
        "The army took Amman in 1918 on 25 September, usually taken as the end of the battle.",
        THU,
        "narrative",
        "25 September",
        "1918-09-25",
    ),
    # a clock time told in the past in the hours "early" holds is on the earlier day told early
    (
        "Andrew tore across Florida early Monday.\n\nThe eye came ashore at about 5 a.m.",
        date(1992, 8, 25),
        "news",
        "about 5 a.m.",
        "1992-08-24T05:00",
    ),
    (  # also when that day is the report's
        "Gales swept the Channel overnight, leaving ships at anchor early Friday.\n\n"
        "Gusts of 80 knots were recorded at about 3 a.m.",
        date(1995, 1, 27),
        "news",
        "about 3 a.m.",
        "1995-01-27T03:00",
    ),
    # a story's midnight after its evening ends the day; its "overnight" is the night of its day
    (
        "The battle was fought on 31 May 1916. At 7:15 p.m. the fleets met. The cruiser was destroyed "
        "around midnight, and the Pommern was sunk at about 3:10 a.m.",
        THU,
        "narrative",
        "about 3:10 a.m.",
        "1916-06-01T03:10",
    ),
    (
        "The battle began on 31 May 1916. At dusk the fleet steamed south overnight.",
        THU,
        "narrative",
        "overnight",
        "1916-05-31TNI",
    ),
    (
        "The battle began on 18 June 1815. Rain had soaked the ground overnight.",
        THU,
        "narrative",
        "overnight",
        "1815-06-17TNI",
    ),
    (
        "The battle was fought on 31 May 1916. At dusk the fleets parted. The cruiser was destroyed "
        "around midnight, and the Lutzow was scuttled before dawn.",
        THU,
        "narrative",
        "dawn",
        "1916-06-01TMO",
    ),
    # the first date a story tells is where it is, even in an aside
    (
        "Apollo 13, launched in April 1970, was the third flight meant to land. The landing, planned for "
        "15 April, was abandoned.",
        THU,
        "narrative",
        "15 April",
        "1970-04-15",
    ),
    # a part of the day after a month moved on to is on the first day told in it
    (
        "The battle was fought on 8 July 1709. Charles beat Peter on 14 July 1708. At the start of July "
        "1709 Peter crossed the river. The Swedes attacked at first light.",
        THU,
        "narrative",
        "first light",
        "1709-07-08TMO",
    ),
    # "spent the night" is the night of the day told, and a dawn after it is the next day's
    (
        "On 18 May 1643 the French came through. The armies spent the night in the open. The battle "
        "began at dawn.",
        THU,
        "narrative",
        "dawn",
        "1643-05-19TMO",
    ),
    # news's "overnight" is the night after the day told only when that day was the day before
    (
        "Mandela died late Thursday. He had been discharged on Sept. 1. Crowds gathered outside the "
        "house overnight.",
        date(2013, 12, 6),
        "news",
        "overnight",
        "2013-12-05TNI",
    ),
    # digits after "last night" are of the evening, with a zone too
    (
        "Obama made the announcement late last night, at 11:35 Eastern time.",
        date(2011, 5, 2),
        "news",
        "11:35 Eastern time",
        "2011-05-01T23:35",
    ),
    # "past midnight" is the start of the next day
    (
        "Lawmakers voted after a debate that began Monday morning and ran past midnight.",
        date(2014, 4, 8),
        "news",
        "midnight",
        "2014-04-08T00:00",
    ),
    # a schedule told in the present is one to come
    ("Broadcom posts results Thursday after the close.", date(2027, 5, 30), "news", "Thursday", "2027-06-03"),
    ("On Friday, the playwright presents a reading.", date(2027, 1, 3), "news", "Friday", "2027-01-08"),
    # what "was planned" lies ahead, as what "was expected" does
    ("Officials said more strikes were planned Monday.", date(2011, 3, 20), "news", "Monday", "2011-03-21"),
    # ... but "posts" as a plural noun is none ("command posts")
    (
        "Cruise missiles struck air defenses, airfields and command posts across Yugoslavia Wednesday night.",
        date(1999, 3, 25),
        "news",
        "Wednesday night",
        "1999-03-24TNI",
    ),
    # a weekday and day in a story before the Common Era
    (
        "On 15 March 44 BC Caesar died. On Tuesday, 17 March, the Senate met.",
        THU,
        "narrative",
        "15 March 44 BC",
        "BC0044-03-15",
    ),
    # a dawn after an evening told is the next day's, wherever it stands in its sentence
    (
        "The battle was fought on 2 December 1805. On the evening of 1 December, soldiers lit torches. "
        "Thick fog lay over the valleys, and at dawn the columns moved off.",
        THU,
        "narrative",
        "dawn",
        "1805-12-02TMO",
    ),
    # weekdays declared holidays are days to come
    (
        "Tung took the oath on Tuesday. Tuesday and Wednesday have been declared public holidays.",
        date(1997, 7, 1),
        "news",
        "Wednesday",
        "1997-07-02",
    ),
    # a day of mourning is declared once
    (
        "President Joe Biden has declared Jan. 9 a national day of mourning.",
        date(2025, 1, 2),
        "news",
        "Jan. 9",
        "2025-01-09",
    ),
    # a day kept as a named day is any year's
    (
        "In 1973 war came. Egypt marks 6 October as Armed Forces Day.",
        THU,
        "narrative",
        "6 October",
        "XXXX-10-06",
    ),
    (  # ... or said to be kept, in the present
        "The army won at Boyaca in 1819. Today 7 August is a national holiday.",
        THU,
        "narrative",
        "7 August",
        "XXXX-08-07",
    ),
    (
        "Madero took up arms in 1910. 20 November is Revolution Day.",
        THU,
        "narrative",
        "20 November",
        "XXXX-11-20",
    ),
    (
        "She was canonised in 1920, and her feast day falls on 30 May.",
        THU,
        "narrative",
        "30 May",
        "XXXX-05-30",
    ),
    (
        "St. Louis had recorded March 11 as its warmest day.",
        date(2013, 3, 20),
        "news",
        "March 11",
        "2013-03-11",
    ),
    # a text that dates by eras reads one or two digits after a day and month, or past 31 after a
    # month, as a year
    ("Nero died in AD 68. Egypt proclaimed him on 1 July 69.", THU, "narrative", "1 July 69", "0069-07-01"),
    ("Nero died in AD 68. Wars followed his suicide in June 68.", THU, "narrative", "June 68", "0068-06"),
    ("Nero died in AD 68. On 14 June 40 soldiers left.", THU, "narrative", "14 June", "0068-06-14"),
    # a part of the day after a month told is on the first day the story told in that month
    (
        "The battle was fought on 9 August 378. Valens reached the city on 30 May 378. In early August "
        "the army marched. It set out at daybreak.",
        THU,
        "narrative",
        "daybreak",
        "0378-08-09TMO",
    ),
    # a plan for a day told with its year is where the story goes, unless the plan ends a span
    (
        "The first banquet was held in July 1847. The campaign was to end with a banquet on Tuesday, "
        "22 February 1848. On the eve, the government banned it. On Wednesday the Guard sided with "
        "the crowds.",
        THU,
        "narrative",
        "Wednesday",
        "1848-02-23",
    ),
    # a day named for what happened on it is the date told beside it
    (
        "The protests began in 1919. Students had planned to march on 7 May, National Humiliation Day.",
        THU,
        "narrative",
        "National Humiliation Day",
        "1919-05-07",
    ),
    (
        "The main offensive opened on Eagle Day, Tuesday, 13 August 1940.",
        THU,
        "narrative",
        "Eagle Day",
        "1940-08-13",
    ),
    # ... and a feast of the tables kept as a custom on another date is any year's on that date
    ("Ghana celebrates Independence Day every 6 March.", THU, "narrative", "Independence Day", "XXXX-03-06"),
    # a national day is its nation's: the one named just before it, else the one the text names most
    (
        "Troops paraded in Beirut for Lebanon's Independence Day.",
        THU,
        "news",
        "Independence Day",
        "2011-11-22",
    ),
    (
        "Accra was quiet. Ghanaians lined the streets of the Ghanaian capital on Independence Day.",
        THU,
        "news",
        "Independence Day",
        "2011-03-06",
    ),
    (
        "Moscow held its parade on Victory Day. Russian veterans marched past Soviet tanks.",
        THU,
        "news",
        "Victory Day",
        "2011-05-09",
    ),
    (
        "Kingston marked Emancipation Day with a parade. Jamaica's prime minister spoke; Jamaicans "
        "sang, and Jamaica's flag flew.",
        date(2014, 8, 4),
        "news",
        "Emancipation Day",
        "2014-08-01",
    ),
    # Indigenous Peoples' Day is Columbus Day's Monday
    (
        "The market will close on Indigenous Peoples' Day.",
        date(2022, 9, 28),
        "news",
        "Indigenous Peoples' Day",
        "2022-10-10",
    ),
    # the US Census Day is 1 April
    (
        "Forms must be mailed back by Census Day, the bureau said.",
        date(2000, 3, 14),
        "news",
        "Census Day",
        "2000-04-01",
    ),
    # ... the American one when no other is named: the District of Columbia's Emancipation Day
    (
        "Taxpayers have until Tuesday, April 18, because of Emancipation Day in the District.",
        date(2017, 4, 10),
        "news",
        "Emancipation Day",
        "2017-04-16",
    ),
    # ... and a nation named in passing does not take an American text's holiday
    (
        "Trading in New York was closed Tuesday for Independence Day. Brazil and Colombia disagreed.",
        date(1989, 7, 5),
        "news",
        "Independence Day",
        "1989-07-04",
    ),
    # a year that names a thing a span runs until does not move the story ("until the bombs of 1945")
    (
        "The city was devastated on 6 December 1917. It remained the largest explosion until the atomic "
        "bombs of 1945.\n\nThe ship had arrived on the evening of 5 December.",
        THU,
        "narrative",
        "the evening of 5 December",
        "1917-12-05TEV",
    ),
    # a morning clock time after the afternoon told in its paragraph is the next day's
    (
        "On the afternoon of 24 April 1915 the force sailed. The moon set at about 3 a.m.",
        THU,
        "narrative",
        "about 3 a.m.",
        "1915-04-25T03:00",
    ),
    # a day a plan was due to reach is no place the story goes
    (
        "Open war broke out in August 1409. A truce was due to expire on St John's Day, 24 June 1410, and "
        "both sides spent the winter hiring mercenaries. The army joined the Lithuanians on 30 June.",
        THU,
        "narrative",
        "30 June",
        "1410-06-30",
    ),
    # a Hijri year is the year told beside it, else the one most of it falls in; a Hijri day the
    # Gregorian day its sentence restates it as, else its day by the tabular calendar (Julian before 1582)
    ("It was fought in November 636 (15 AH).", THU, "narrative", "15 AH", "0636"),
    ("Muslim chroniclers date the battle to AH 463.", THU, "narrative", "AH 463", "1071"),
    ("The mausoleum was begun in the Hijri year 1037.", THU, "narrative", "the Hijri year 1037", "1628"),
    (
        "On 24 February 1739, in the Hijri year 1151, the armies met.",
        THU,
        "narrative",
        "the Hijri year 1151",
        "1739",
    ),
    ("Ismail was born on 17 July 1487 (25 Rajab 892).", THU, "narrative", "25 Rajab 892", "1487-07-17"),
    # a month of a Hijri year is the month most of it falls in (Julian before 1582); not a Gregorian year
    ("Musa crossed in Ramadan 93 with eighteen thousand men.", THU, "narrative", "Ramadan 93", "0712-06"),
    (
        "Ottoman sources date the conquest to 20 Jumada al-Awwal 857.",
        THU,
        "narrative",
        "20 Jumada al-Awwal 857",
        "1453-05-28",
    ),
    # a year counted by Olympiads, four years each from 776 BC, in a text that dates by eras
    (
        "Xerxes crossed in the first year of the 75th Olympiad, in 480 BC.",
        THU,
        "narrative",
        "the first year of the 75th Olympiad",
        "BC0480",
    ),
    ("Polybius opens with the 140th Olympiad, in 220 BC.", THU, "narrative", "the 140th Olympiad", "BC0220"),
    # a year counted in an East Asian era, from the table of eras' first years
    (
        "Japanese histories place the battle in the 27th year of Meiji.",
        THU,
        "narrative",
        "the 27th year of Meiji",
        "1894",
    ),
    (
        "In the eleventh year of the Bun'ei era, a fleet sailed.",
        THU,
        "narrative",
        "the eleventh year of the Bun'ei era",
        "1274",
    ),
    ("The battle was fought in Keicho 5.", THU, "narrative", "Keicho 5", "1600"),
    # a Chinese era in the Wade-Giles of older English texts as in pinyin (Kwang-hsu, Guangxu)
    ("It came in the 21st year of Kwang-hsu.", THU, "narrative", "the 21st year of Kwang-hsu", "1895"),
    # a day of its lunisolar calendar is the Gregorian day its sentence restates it as, before or after
    (
        "The Battle of Sekigahara was fought on 21 October 1600 "
        "(the 15th day of the ninth month of Keichō 5).",
        THU,
        "narrative",
        "the 15th day of the ninth month of Keichō 5",
        "1600-10-21",
    ),
    (  # in news too: a day told before it in its sentence
        "On 15 February 1894, the tenth day of the first lunar month, Jeon led 1,000 peasants.",
        date(2019, 5, 11),
        "news",
        "the tenth day of the first lunar month",
        "1894-02-15",
    ),
    (
        "Hokusai died in Edo on the 18th day of the fourth month of the second year of Kaei, or 10 May 1849.",
        THU,
        "narrative",
        "the 18th day of the fourth month of the second year of Kaei",
        "1849-05-10",
    ),
    (  # ... else the story's last day
        "Mao proclaimed the republic on 1 October 1949. "
        "The date fell on the tenth day of the eighth lunar month.",
        THU,
        "narrative",
        "the tenth day of the eighth lunar month",
        "1949-10-01",
    ),
    (
        'The armistice came into force on 11 November 1918, "the eleventh hour of the eleventh day of the '
        'eleventh month".',
        THU,
        "narrative",
        "the eleventh hour of the eleventh day of the eleventh month",
        "1918-11-11T11:00",
    ),
    # minutes told without the word before "past"; a clock time's part of the day told just after it
    (
        "At ten past midnight the radio played the song.",
        date(2015, 4, 22),
        "narrative",
        "ten past midnight",
        "2015-04-22T00:10",
    ),
    (
        "On 30 June 1690 the guns opened at two o'clock in the afternoon. The king crossed at four "
        "o'clock on the morning of Tuesday 1 July.",
        date(2011, 7, 12),
        "narrative",
        "four o'clock",
        "1690-07-01T04:00",
    ),
    (
        "At noon on 18 July 1936 the garrison rested. At about seven o'clock on Sunday morning the rising "
        "began.",
        date(2016, 7, 18),
        "narrative",
        "about seven o'clock",
        "1936-07-19T07:00",
    ),
    # an hour in digits told with "the next morning" is a.m. whatever clock time came before it
    (
        "The leaders sat down shortly after noon on Thursday 29 September 1938. The agreement was signed "
        "at about 1.30 the next morning.",
        date(2008, 9, 29),
        "narrative",
        "about 1.30 the next morning",
        "1938-09-30T01:30",
    ),
    # a count before "earlier than" is a length: the comparison is the expression's
    (
        "Last year the river broke up on March 29, ten days earlier than the average for the 1980s.",
        date(1996, 3, 14),
        "news",
        "ten days",
        "P10D",
    ),
    (
        "On 6 October 1973 the assault came at about 2 pm, four hours earlier than expected.",
        date(2018, 5, 3),
        "narrative",
        "four hours",
        "PT4H",
    ),
    # "the same week (weekend, day, month, period) last year": the one told in its sentence, else the
    # one of the time of writing, a year back; a week keeps its number
    (
        "The barn sold 3,100 head last Wednesday, three times the number it handled in the same week last "
        "year.",
        date(2012, 8, 14),
        "news",
        "the same week last year",
        "2011-W32",
    ),
    (
        "Tourist figures show 410,000 stays in May, up 6 percent on the same month last year.",
        date(2019, 6, 13),
        "news",
        "the same month last year",
        "2018-05",
    ),
    (
        "The top films grossed $176 million, up 19 percent from the same weekend a year ago.",
        date(2011, 5, 29),
        "news",
        "the same weekend a year ago",
        "2010-W21-WE",
    ),
    (
        "In the first quarter of this year, trade rose 8 percent over the same period of last year.",
        date(1996, 11, 20),
        "news",
        "the same period of last year",
        "1995-Q1",
    ),
    (  # the quarter or half just told, in the year named; a period told otherwise, the year
        "Revenue in the fourth quarter was $61.4 million, 2 percent above the same quarter of 2014.",
        date(2016, 2, 29),
        "news",
        "the same quarter of 2014",
        "2014-Q4",
    ),
    (
        "Sales in the first half rose 4 percent from the same period of 2019.",
        date(2020, 8, 1),
        "news",
        "the same period of 2019",
        "2019-H1",
    ),
    (
        "Cascade reported second-quarter profit of $4.1 million, up from $2.7 million in the 1989 period.",
        date(1990, 7, 20),
        "news",
        "the 1989 period",
        "1989-Q2",
    ),
    (
        "For the first half, net income was $63 million, down from $85.9 million in the 1989 period.",
        date(1990, 7, 20),
        "news",
        "the 1989 period",
        "1989-H1",
    ),
    (
        "Sales in the first nine months rose 3 percent from the same period of 1988.",
        date(1989, 10, 20),
        "news",
        "the same period of 1988",
        "1988",
    ),
    # a past participle in the reach before "by" or "until" dates the deadline in the past; "given"
    # sets one, which still lies ahead
    (
        "The university received 11,400 applications by January 15, down from 12,500 a year earlier.",
        date(2012, 3, 15),
        "news",
        "January 15",
        "2012-01-15",
    ),
    (
        "The agency has given the relatives until 9 a.m. Tuesday to sign a paper.",
        date(2000, 4, 3),
        "news",
        "9 a.m. Tuesday",
        "2000-04-04T09:00",
    ),
    # a possessive weekday after "for" is an appointment's, ahead unless a past verb comes just before
    (
        "Manager Colin Threlfall will not name his side for Saturday's cup final until after a closed "
        "training session tomorrow morning.",
        date(2008, 5, 15),
        "news",
        "Saturday",
        "2008-05-17",
    ),
    # before 1583 a story's weekday is counted in the Julian calendar, the only one then in use
    (
        "On 8 August 955 the Magyars stormed the gate. On Thursday evening the king proclaimed a fast.",
        THU,
        "narrative",
        "Thursday evening",
        "0955-08-09TEV",
    ),
    # a story's "the following year" that opens a sentence moves it on to that year; one told at the
    # end of a clause passes by ("led to the reunification the following year")
    (
        "Kamieniec capitulated on 20 August 1672. The following year Sobieski took his revenge. In "
        "November his army reached Khotyn.",
        date(2016, 2, 2),
        "narrative",
        "November",
        "1673-11",
    ),
    (
        "The fall of Saigon on 30 April 1975 led to the reunification of the country the following "
        "year.\n\nNorth Vietnam opened its spring offensive on 10 March.",
        date(2015, 4, 27),
        "narrative",
        "10 March",
        "1975-03-10",
    ),
    # an intransitive verb after an apposition's comma is the clause's verb, not a participle's aside
    (
        "Drake burned ships at Cadiz on 29 April 1587. The Spanish commander, Santa Cruz, died in early "
        "1588, and the Duke took his place. The Armada left Lisbon in May.",
        date(2018, 7, 29),
        "narrative",
        "May",
        "1588-05",
    ),
    # "by" a part of a day after a clock time told on it that the part comes after: that day's
    (
        "Thousands rode the first trains on Tuesday.\n\nThe first train left shortly after 6:30 a.m., and by "
        "mid-morning the platforms were crowded.",
        date(2022, 5, 25),
        "news",
        "mid-morning",
        "2022-05-24TMO",
    ),
    # in spring, a story's winter told in the past perfect is the one just over
    (
        "The king issued his appeal on 17 March 1813. Over the winter Napoleon had raised a new army.",
        date(2013, 10, 18),
        "narrative",
        "the winter",
        "1812-WI",
    ),
    # in a story told only to the year, the winter told in the past perfect is the one that ends in it
    (
        "Elections filled the first months of 1789, after the winter, one of the harshest of the century, "
        "had pushed bread prices up. The session opened on 5 May.",
        date(2022, 5, 5),
        "narrative",
        "the winter",
        "1788-WI",
    ),
    # a month of a later year a state lasts until, at the end of its clause, does not move the story
    (
        "The decisive blow fell at Vinegar Hill on Thursday, 21 June 1798, though Dwyer held out in the "
        "mountains until December 1803. The French landed near Killala on 22 August.",
        date(2019, 3, 11),
        "narrative",
        "22 August",
        "1798-08-22",
    ),
    # a feast that names an event is no day the news goes on from
    (
        "It took 20 months to turn the Good Friday agreement of 1998 into a government. An attempt to form "
        "the executive collapsed in July.",
        date(1999, 12, 2),
        "news",
        "July",
        "1999-07",
    ),
    # a text that says its dates are Old Style keeps Julian weekdays past 1752
    (
        "Russian accounts of 1812 use the Julian calendar; the dates below are Old Style. Kutuzov joined "
        "the army on 17 August. The battle was fought on Monday, 26 August.",
        date(2012, 9, 7),
        "narrative",
        "Monday, 26 August",
        "1812-08-26",
    ),
    # months counted from a day long past, as years are
    (
        "Prosecutors said he shot his partner on the night of Oct. 9, 1987. Three months earlier, he had "
        "taken out a policy on his partner's life.",
        date(1989, 11, 18),
        "news",
        "Three months earlier",
        "1987-07",
    ),
    # ... and from a month told in their sentence, however near
    (
        "Cash levels averaged 10.5% of assets at the end of October, up from 9.1% a month earlier.",
        date(1989, 12, 12),
        "news",
        "a month earlier",
        "1989-09",
    ),
    # a range's opening day set off by a comma takes the closing's year
    (
        "The Battle of Gettysburg, fought from Wednesday, July 1, to Friday, July 3, 1863, was the largest "
        "battle ever waged in North America. Lee's army began leaving its camps on June 3.",
        date(2013, 6, 28),
        "narrative",
        "Wednesday, July 1",
        "1863-07-01",
    ),
    # a clock time told in the past after a day of a report is of the day told before it, within a week
    (
        "The boxer died Friday at a hospital. A family spokesman said Saturday that he died at 9:10 p.m. "
        "of septic shock.",
        date(2016, 6, 4),
        "news",
        "9:10 p.m.",
        "2016-06-03T21:10",
    ),
    (
        "The bomb blew a hole in the ship Thursday. The Navy said Friday that 17 sailors were dead.\n\n"
        "The explosion ripped a hole in the hull at 11:18 a.m.",
        date(2000, 10, 13),
        "news",
        "11:18 a.m.",
        "2000-10-12T11:18",
    ),
    # a day told as a starting point is not the day of the clock times after it, unless a "when"
    # clause tells of it
    (
        "Rehnquist, who has presided over the trial since Jan. 7, announced the verdicts shortly after noon.",
        date(1999, 2, 12),
        "news",
        "noon",
        "1999-02-12T12:00",
    ),
    (
        "The panel has been deliberating since Tuesday, when it received the case at 1:50 p.m.",
        date(2004, 12, 16),
        "news",
        "1:50 p.m.",
        "2004-12-14T13:50",
    ),
    # not a report told with its part of the day, as a live report's "this evening"
    (
        "The emergency, declared last Thursday, will remain in effect, the manager announced this "
        "evening. The high reached 116 degrees at 3:51 p.m.",
        date(2024, 7, 9),
        "news",
        "3:51 p.m.",
        "2024-07-09T15:51",
    ),
    # a day told in the past after a plan's day a year ahead is not in the plan's year
    (
        "The film had been set for Aug. 2; it will now open on March 21, 2025. The writers' strike "
        "began on May 2 and lasted 148 days.",
        date(2024, 2, 9),
        "news",
        "May 2",
        "2023-05-02",
    ),
    (
        "It will now open on March 21, 2025. The writers' strike began on May 2, and the actors' walkout "
        "that started in July kept cameras off.",
        date(2024, 2, 9),
        "news",
        "July",
        "2023-07",
    ),
    (  # but a day to come goes on in it
        "It will now open on March 21, 2025, and the tour will start on May 2.",
        date(2024, 2, 9),
        "news",
        "May 2",
        "2025-05-02",
    ),
    # news of the weeks before a holiday means the coming one, even told in the past
    (
        "The company had planned to shut the plant for two weeks over Christmas to save money.",
        date(1990, 12, 14),
        "news",
        "Christmas",
        "1990-12-25",
    ),
    (
        "Feld's wife had hoped he would be home by New Year's Eve, she said.",
        date(2020, 12, 3),
        "news",
        "New Year's Eve",
        "2020-12-31",
    ),
    (
        "The mill burned in 1894. Two summers earlier the dam had failed.",
        date(2016, 3, 1),
        "narrative",
        "Two summers earlier",
        "1892-SU",
    ),
    ("In 1989 the plant closed over Christmas.", date(1990, 12, 14), "news", "Christmas", "1989-12-25"),
    ("Sales fell at Christmas.", date(1991, 1, 20), "news", "Christmas", "1990-12-25"),  # weeks behind
    (
        "Edinburgh's street party at Hogmanay is sold out.",
        date(2019, 12, 20),
        "news",
        "Hogmanay",
        "2019-12-31",
    ),
]


@pytest.mark.parametrize(("text", "dct", "mode", "extent", "value"), IN_CONTEXT)
def test_expression_in_context(text: str, dct: date, mode: str, extent: str, value: str) -> None:
    assert {t.text: t.value for t in tag(text, dct, mode)}[extent] == value


def test_a_part_of_the_day_before_a_day_and_its_part_is_tagged() -> None:
    """ "First light" is a part of the day, not a clock time whose hour the day after it could move."""
    found = {
        t.text: t.value
        for t in tag("The best views come between 2 a.m. and first light Friday morning.", THU)
    }
    assert found["first light"].endswith("TMO") and found["Friday morning"] == "2011-12-09TMO"


def test_a_custom_named_for_a_date_is_left_to_the_date() -> None:
    """The written sets mostly leave other names of a custom untagged, and tag its date."""
    found = {
        t.text: t.value for t in tag("Japan celebrated 10 March as Army Day until 1945.", THU, "narrative")
    }
    assert found["10 March"] == "XXXX-03-10" and "Army Day" not in found


def test_every_national_day_is_a_day_of_a_nation_the_data_names() -> None:
    lex = load()
    for days in lex.national_days.values():
        for nation, day in days.items():
            assert nation in lex.nations.values(), nation
            assert date.fromisoformat(f"2000-{day}")  # a day of the calendar


def test_seed_articles() -> None:
    text = (EXAMPLES / "000_627a13c363480fff.txt").read_text(encoding="utf-8")
    values = {t.text: t.value for t in tag(text, date(2010, 11, 10))}
    assert values["April 8th"] == "2010-04-08"
    assert values["November 20th"] == "2010-11-20"
    text = (EXAMPLES / "003_0013bbebfd2da064.txt").read_text(encoding="utf-8")
    values = {t.text: t.value for t in tag(text, date(2011, 12, 8))}
    assert values["Thursday"] == "2011-12-08"
    assert values["May 2012"] == "2012-05"


def test_narrative_partial_date_takes_the_year_of_the_story() -> None:
    text = "The war began in 1861. Confederate guns fired on Fort Sumter on April 12."
    values = {t.text: t.value for t in tag(text, THU, "narrative")}
    assert values["April 12"] == "1861-04-12"


def test_detect_mode() -> None:
    history = (
        "In 1861 the war began. By 1863 it had turned. In 1865 it ended; in 1877 troops left; 1896 came."
    )
    assert detect_mode(history, date(2011, 12, 8)) == "narrative"
    assert detect_mode("Shares fell on Thursday after the 2011 results.", date(2011, 12, 8)) == "news"
    # news that recalls history: weekdays on their own count from the time of writing
    recall = (
        "A lawyer said Tuesday the family would appeal. Exiles who fled in 1959, 1962 and 1965 rallied"
        " Wednesday; others came in 1980 and 1994. The boy's case went to court Thursday."
    )
    assert detect_mode(recall, date(2000, 2, 24)) == "news"
    dated = "On Sunday, December 7, 1941, Japan attacked. In 1942, 1943, 1944 and 1945 the war went on."
    assert detect_mode(dated, date(2020, 1, 1)) == "narrative"
    # a weekday in a name is no word of the present
    named = (
        "Bloody Sunday\n\nBloody Sunday was the massacre of 9 January 1905. Strikes followed in 1904, "
        "1905 and 1906."
    )
    assert detect_mode(named, date(2015, 1, 25)) == "narrative"
    # a text that opens "N years ago today" tells the story of that time, day by day
    uprising = (
        "Sixty years ago today, a student march in Budapest turned into an uprising. On Thursday "
        "security forces fired on a crowd; a ceasefire was declared on 28 October, and on Monday "
        "Israeli forces crossed into Sinai."
    )
    assert detect_mode(uprising, date(2016, 10, 23)) == "narrative"
    # an anniversary story: the days it looks ahead to are the week of writing
    anniversary = (
        "The rain began on Easter Sunday, March 23, 1913. The flood did not recede until Friday, "
        "March 28. In 1915 the state acted; dams were done in 1922; the 1950s, 1963, the 1970s and "
        "1980s followed. Bells will ring at 7:30 a.m. Monday, and on Wednesday pupils will record "
        "interviews. Last week the district unveiled a plan."
    )
    assert detect_mode(anniversary, date(2013, 3, 19)) == "news"
    # a weekday told with its day falls in a year where it is that weekday: here the story's
    dates = {t.text: t.value for t in tag(anniversary, date(2013, 3, 19), "news")}
    assert dates["Friday, March 28"] == "1913-03-28"
    # a feast with its year tells a day long past as a date does; the weekdays after it are the story's
    feast = (
        "The offensive was launched on New Year's Eve 1944 and abandoned in late January 1945, after "
        "the winter of 1944-45. By Wednesday afternoon the decision to hold the city had been taken."
    )
    assert detect_mode(feast, date(2012, 1, 15)) == "narrative"
    # a weekday and day that do not agree near the DCT are of another year: the weekdays after
    # them are the story's ("Sunday 12 March" in a text of March 2016, when the 12th was a Saturday)
    rising = (
        "The rising of 1848 lasted eight days. It began on the evening of Sunday 12 March. On "
        "Monday morning the crowd returned. Tuesday was a day of street fighting; on Thursday a guard "
        "was sworn in. The constitution was suspended in April 1849."
    )
    assert detect_mode(rising, date(2016, 3, 14)) == "narrative"
    assert detect_mode(rising.replace("Sunday 12 March", "Sunday 13 March"), date(2016, 3, 14)) == "news"
    # the anniversary a history opens with is no word of the time of writing
    waterloo = (
        "The Waterloo campaign of June 1815 ended with the battle on Sunday, 18 June, 199 years ago "
        "today. Exiled to Elba in 1814, Napoleon left the island on 26 February 1815."
    )
    assert detect_mode(waterloo, date(2014, 6, 18)) == "narrative"
    # a scholar's "today" is nowadays, no word of the time of writing
    brumaire = (
        "Bonaparte landed on 9 October 1799. The coup came on 9 November 1799. The Bank of France was "
        "founded on 18 January 1800, and on 7 February 1800 a plebiscite was proclaimed; historians "
        "today believe that half its votes were invented."
    )
    assert detect_mode(brumaire, date(2019, 11, 9)) == "narrative"
    said_today = brumaire.replace("historians today", "officials said today")
    assert detect_mode(said_today, date(2019, 11, 9)) == "news"
    # and so is the "today" of what lasts from the past
    airship = (
        "The airship burned at Lakehurst on Thursday, 6 May 1937, and the fire remains today one of the "
        "best-remembered disasters of the 1930s. It had left Frankfurt on the evening of 3 May."
    )
    assert detect_mode(airship, date(2017, 5, 6)) == "narrative"
    # and so is a relative clause's "today", and a "today" with "still" after it
    lucena = (
        "The year 1483 opened badly for Castile. The emir was first held in the Torre del Moral, which "
        "today houses the town's museum. On 21 April 1483 a relief force caught the Granadans beside a "
        "stream, and the fighting went on through 1483 into the next year, with raids in every season."
    )
    assert detect_mode(lucena, date(2023, 9, 8)) == "narrative"
    assert detect_mode(lucena.replace("which today", "and today it"), date(2023, 9, 8)) == "news"
    santa_fe = lucena.replace("which today houses the town's museum", "a tower Lucena today still keeps")
    assert detect_mode(santa_fe, date(2023, 9, 8)) == "narrative"
    # a lead that marks a death "a century ago" this week opens a history from the time of writing
    stolypin = (
        "Pyotr Stolypin, whose murder a century ago is being remembered this week in Kiev, ruled "
        "Russia's politics after 1905. In April 1906 he became minister of the interior and in July "
        "prime minister. He was shot at the opera on 14 September 1911 and died four days later."
    )
    assert detect_mode(stolypin, date(2011, 9, 18)) == "narrative"
    # "still [...] today" tells nowadays, not the day of writing
    alcazar = (
        "For ten weeks in the summer of 1936 the defenders held the fortress. The rising began on 17 "
        "July. Franco turned to Toledo, a decision still debated today, and the siege ended on 27 September."
    )
    assert detect_mode(alcazar, date(2010, 9, 27)) == "narrative"
    # weekdays after a month long past, in feasts' names, or near "the next morning" are the story's
    rising = (
        "The rising broke out in Easter Week, April 1916. The plan began to unravel on Good Friday. "
        "The ship was scuttled the next morning. On Saturday night the order was cancelled. By Tuesday "
        "the city was cut off; by 1918 the leaders were dead."
    )
    assert detect_mode(rising, date(2015, 4, 24)) == "narrative"
    # a story told day by day from a day long past, with one word of the present
    battle = (
        "The battle was fought on 3 July 1866 in Bohemia. The crisis came in the spring of 1866. On 14 June "
        "the diet voted, on 20 June Italy declared war, on 29 June the armies met, and on 1 July Benedek "
        "asked for peace. Moltke assured the king that he would win today. On 22 July an armistice began, "
        "on 26 July terms were agreed, and the Peace of Prague was signed on 23 August."
    )
    assert detect_mode(battle, date(2011, 7, 3)) == "narrative"
    assert detect_mode(battle.replace("and on 1 July", "and yesterday"), date(2011, 7, 3)) == "news"


# a history read as a story, and the same text with one phrase changed read as news
STORY_AND_NEWS_TWIN = [
    (  # a weekday and day that agree in the year long past told before them are that year's, even
        # when they agree near the DCT too (a history dated on the day's 95th anniversary)
        "By the late summer of 1929 buying stocks on borrowed money was a habit. On the morning of "
        "Thursday, October 24, selling turned into panic. On Friday bankers met, and on Saturday the "
        "market was calm; the slide resumed on Monday.",
        date(2024, 10, 24),
        ("1929", "2021"),
    ),
    (  # a dateline's lead that tells an anniversary leaves the rest of the text to decide
        "PARIS - France will mark the bicentenary of Napoleon's death on Wednesday.\n\n"
        "Born in Ajaccio in 1769, he was commissioned in 1785. He took power in November 1799 and was "
        "crowned on 2 December 1804. He won at Austerlitz in 1805, invaded Russia in 1812 and died on "
        "Saint Helena on 5 May 1821.",
        date(2021, 5, 4),
        ("mark the bicentenary of", "debate"),
    ),
    (  # a lead's sentences that all tell the anniversary are of the time of writing, weekdays too
        "This week brings the anniversary of the first battle of the Civil War. On Wednesday it will be "
        "382 years since the armies met on Sunday 23 October 1642.\n\nThe Long Parliament first met "
        "on 3 November 1640. Strafford was beheaded the next May. The Remonstrance passed that "
        "November, and Charles left London in the new year.",  # one year after the lead: no story under it
        date(2024, 10, 21),
        ("382 years since", "the day"),
    ),
    (  # "Today, ninety years on": an anniversary, as "ninety years ago today" is
        "Russia in 1917 still used the Julian calendar. Parades marked the day until 1990. Today, "
        "ninety years on, it is a working day. The rising began on the night of 6 November.",
        date(2007, 11, 7),
        ("ninety years on", "the square"),
    ),
    (  # "Today it is carried by": a sentence of the present opened by "Today", nowadays
        "Edward Pulaski was born in Ohio in 1868 and joined the Forest Service in 1908. On Saturday, 20 "
        "August 1910, the wind rose, and he led 45 men into a mine tunnel; all but five lived. The agency "
        "changed its rules in 1911, and his tool was standard by 1931. Today it is carried by wildland "
        "crews across the West, and his tunnel draws hikers.",
        date(2019, 7, 23),
        ("it is carried by wildland crews", "wildland crews carried it"),
    ),
    (  # "Today marks 37 years since": an anniversary too, not the time of writing
        "The dam was finished in 1972. On Saturday, 11 August 1979, it gave way and the town was "
        "flooded. The state grasped the scale of it only on Sunday. A fund was set up in 1980.\n\n"
        "Today marks 37 years since the dam failed, and the town has long been rebuilt.",
        date(2016, 8, 11),
        ("marks 37 years since the dam failed", "the town holds a silent march"),
    ),
    (  # a text that names a year of antiquity tells the others in two digits: "1 January 69"
        "The year 69, known as the Year of the Four Emperors, was hard. Galba had come in the autumn "
        "of 68, and on 1 January 69 the legions refused their oath. Titus opened the amphitheatre, "
        "which still dominates the city centre today. Vespasian died on 23 June 79, Titus on 13 "
        "September 81, and Domitian was killed on 18 September 96, which ended the dynasty.",
        date(2020, 3, 9),
        ("The year 69,", "That year,"),
    ),
]


@pytest.mark.parametrize(("text", "dct", "change"), STORY_AND_NEWS_TWIN)
def test_a_story_and_its_news_twin(text: str, dct: date, change: tuple[str, str]) -> None:
    assert detect_mode(text, dct) == "narrative"
    assert detect_mode(text.replace(*change), dct) == "news"


def test_timex_type_enum() -> None:
    (timex,) = tag("three years", THU)
    assert timex.type is TimexType.DURATION


def test_history_text_in_narrative_mode() -> None:
    text = (Path(__file__).parent / "fixtures" / "gettysburg.txt").read_text(encoding="utf-8")
    dct = date(2020, 1, 1)
    assert detect_mode(text, dct) == "narrative"
    values = {t.text: t.value for t in tag(text, dct, "narrative")}
    assert values["July 1-3, 1863"] == "1863-07-01"
    assert values["the morning of July 1"] == "1863-07-01TMO"
    assert values["The following year"] == "1864"
    assert values["each July"] == "XXXX-07"
    assert values["the 1860s"] == "186"
    assert values["the early 1800s"] == "18"  # the 1800s: the nineteenth century
    assert values["June 5"] == "1902-06-05"
    assert (
        values["about 9 p.m."] == "1902-XX-XXT21:00"
    )  # after "mid-1902" the day of the last date no longer holds
    assert values["a Tuesday evening"] == "1902-WXX-2TEV"
    assert values["The next day"] == "1902-XX-XX"


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 3, 10 people were hurt.",
        "On May 3, 4 percent of voters stayed home.",
        "He paid $5 and 9 August was hot.",
        "It was February 28 and 30 were absent.",
        "On September 9, 1,117 patrolmen walked out.",  # a number with its thousands
    ],
)
def test_numbers_beside_a_date_that_are_no_days(sentence: str) -> None:
    assert not [t.text for t in tag(sentence, THU) if t.text.isdigit()]  # no bare day number


def test_a_clock_time_whose_date_follows_leaves_the_story_on_its_day() -> None:
    text = "The jet left Rio on May 31, 2009.\n\nThe emergency began at 0210 GMT on June 1."
    found = {t.text: t.value for t in tag(text, date(2012, 7, 5), "news")}
    assert (found["0210 GMT"], found["June 1"]) == ("2009-06-01T02:10", "2009-06-01")


def test_today_set_against_a_time_long_past_is_nowadays() -> None:
    dct = date(2021, 7, 22)
    contrast = '"Smoke this thick was rare here ten years ago," she said. "Today it comes every summer."'
    assert {t.text: t.value for t in tag(contrast, dct, "news")}["Today"] == "PRESENT_REF"
    day = '"For three decades nothing came close. Today I\'ve been ringing my cousins every hour."'
    assert {t.text: t.value for t in tag(day, dct, "news")}["Today"] == "2021-07-22"
    plain = "The council met today to approve the budget."
    assert {t.text: t.value for t in tag(plain, dct, "news")}["today"] == "2021-07-22"


def test_the_year_to_a_month_of_a_year_told_is_no_length() -> None:
    found = {t.text: t for t in tag("Profit will rise in the year to March 2014.", date(2013, 5, 8), "news")}
    assert found["the year"].type is TimexType.DATE  # that fiscal year, not the twelve months to March
