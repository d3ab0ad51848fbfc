"""The tagger's compiled patterns, built once per language from its :class:`Lexicon`.

Each pattern is one kind of time expression; its named groups are what the resolver reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from timeline.temporal.lexicon import Lexicon, alternation, load

_FLAGS = re.IGNORECASE


# a scan's index, and how far a match may extend before and after its trigger token
ScanReach = tuple[int, int, int, re.Pattern[str] | None]  # scan, reach before and after, anchor


@dataclass(frozen=True)
class Patterns:
    """Compiled patterns of one language, in priority order (earlier wins a tie in length)."""

    rules: tuple[tuple[str, re.Pattern[str]], ...]
    # token -> the scans it opens a window for, each where its anchor (if any) matches at the token
    triggers: dict[str, tuple[ScanReach, ...]]
    scan_of_rule: tuple[int, ...]  # rules with the same trigger tokens and reach share one scan's windows
    trigger: re.Pattern[str]  # finds the trigger tokens (not inside a word) in lower-cased text
    period_ended: re.Pattern[str]  # "... ended Sept. 30": the expression before it is a length of time
    # "the year to March": the twelve months up to it, a length (not "the year to March 2014")
    year_to_month: re.Pattern[str]
    amount_before: re.Pattern[str]  # "$2 million" just before "a year": a rate
    modal_before: re.Pattern[str]  # "will " just before "one day": some day in the future
    modal_after: re.Pattern[str]  # " could bring" just after "Wednesday": the subject of a clause told ahead
    same_day_before: re.Pattern[str]  # "this time " before "last year": the day of writing, that year
    # "said Friday would be the peak day", "said Sunday and Monday would be": a forecast of the day,
    # its subject right after a verb of saying (not "said Friday that", nor "would have been")
    forecast_day_before: re.Pattern[str]
    forecast_day_after: re.Pattern[str]
    not_time: re.Pattern[str]  # matched at an expression's start: "the future of", "today's world"
    title_word: re.Pattern[str]  # a capitalised unit or time word ("60 Minutes", "High Noon"): a title
    future: re.Pattern[str]
    future_after: re.Pattern[
        str
    ]  # a future cue after an expression: none that sets a date ("postponed until")
    calendar_note: re.Pattern[str]  # " O.S.)", " by the Julian calendar": a day restated in another calendar
    clock_announced: re.Pattern[str]  # "It's 7:42": words before a bare clock time that tell it
    clock_list_before: re.Pattern[str]  # "at 5:30, 6:44, ": clock times a bare one is listed after
    clock_part_after: re.Pattern[str]  # " on the morning of", " on Sunday morning" after a clock time
    introduced_year: re.Pattern[str]  # "in 1642", "since 1509": a year a word introduces
    weekday_date: re.Pattern[str]  # "Tuesday, 30 August", "Monday, Aug. 15": a weekday's day, no year
    pair_closing_year: re.Pattern[str]  # " and 713": the later year of a pair, no count ("and 900 men")
    introduced_early_year: re.Pattern[str]  # "in 793": a year of three digits a word introduces
    early_year_in: re.Pattern[str]  # "in 793" alone: the word news introduces such a year with
    habitual: re.Pattern[str]  # "usually", "each year": a habit, whose months are any year's
    habit_after: re.Pattern[str]  # "[13 December] every year": a habit told just after a day
    directive: re.Pattern[str]  # "urged residents to": what follows is to come
    promised: re.Pattern[str]  # "promised to come", "announced that he would return": a plan follows
    range_after: re.Pattern[str]  # "from Monday to Wednesday": the end of a range follows
    occasion_verb: re.Pattern[str]  # "turns 35 ", "falls ": the "today" after it is the writer's
    habit_before: re.Pattern[str]  # "paid twice a year, at ": the habit of what is told after it
    habit_aside: re.Pattern[str]  # "as they do each year", "as on every 6 November": this time, as always
    appointment_set: re.Pattern[str]  # "have been cancelled for ": a passive that sets the day after it
    appointment_setter: re.Pattern[str]  # "set sentencing for ": a verb and its object that set the day after
    rescheduled_from: re.Pattern[str]  # "moved the deadline from ": the day a plan was moved from
    clock_habit: re.Pattern[str]  # "instead of", "on both days": a clock time in their sentence recurs
    observance: re.Pattern[str]  # "celebrates", "national day": a day without its year is any year's
    holiday_noun: re.Pattern[str]  # "a national holiday": in a history, a day without its year is any year's
    nation: re.Pattern[str]  # "Ghana", "Ghanaian", "Accra": a word naming a nation
    forecast_word: re.Pattern[str]  # "forecasters", "a chance of rain": a weather forecast
    work_made_before: re.Pattern[str]  # "a book published in ": when a work was made
    weather_before: re.Pattern[str]  # "sunshine ", "showers until ": the weather a weekday after it has
    match_word: re.Pattern[str]  # "scored", "kickoff": a half or quarter near them is one of a game
    numbered_unit: re.Pattern[str]  # " Canadian Infantry Division" after "the 2nd": a name, no day
    past: re.Pattern[str]
    reign_start: re.Pattern[str]  # "was crowned": where the years of a reign count from
    flashback: re.Pattern[str]  # "had": a clause told before the story's time
    day_frame: re.Pattern[str]  # "throughout ": before "the day" that is the day the text is on
    fiscal_bound: re.Pattern[str]  # "whose fiscal year ends in ": the month after it is any year's
    anniversary_of: re.Pattern[str]  # "the tenth anniversary of Hitler's appointment as chancellor in "
    anniversary_falls: re.Pattern[str]  # "the fiftieth anniversary fell on a ": the weekday after is its day
    reported_clause: re.Pattern[str]  # up to "said that", "reminded them that": a reported clause's start
    said_on_day: re.Pattern[str]  # "Police said Tuesday", "confirmed on Tuesday": the day a source spoke
    flashback_aside: re.Pattern[str]  # ", who had": a relative clause told before the story's time
    things_after: re.Pattern[str]  # "two thousand fresh hoplites": a plural within two words
    every_weekday_before: re.Pattern[str]  # "every Monday and": the weekday after it recurs too
    weekday_joined: re.Pattern[str]  # "Thursday through ", "Monday and ": a weekday the next one follows
    # "the Boxing Day[ tsunami of 2004]", "Easter Week[, April 1916]": the year of a feast with none
    feast_year_after: re.Pattern[str]
    year_rel_after: re.Pattern[str]  # "Good Friday last year": the relative year told after a date
    # "[Christmas] in 1993", "[the beginning of spring] in 431 BC", "in the year 1000": the year a
    # date with none is told in, after it
    year_in_after: re.Pattern[str]
    old_style_after: re.Pattern[str]  # " (O.S.)": the day before it is told in the Julian calendar
    julian_note_after: re.Pattern[str]  # " in the Russian calendar", ", Old Style": a Julian day told
    gregorian_note_after: re.Pattern[str]  # " by the Dutch calendar", " (N.S.)": a Gregorian day told
    own_clause: re.Pattern[str]  # "because ": a conjunction whose clause has its own tense
    feast_lead_in: re.Pattern[str]  # "ahead of ", "in the run-up to the ": what comes before a holiday
    present: re.Pattern[str]  # "is": a clause in the present, which says neither way
    participle: re.Pattern[str]  # a lower-case -ed word: a past verb, or a participle (a weaker cue)
    participle_aside: re.Pattern[str]  # ", announced late Friday,": a participle phrase between commas
    complement: re.Pattern[str]  # "keep banks [shut]": a verb whose object a participle describes
    marked_adverb: re.Pattern[str]  # "be significantly": an adjective's marker and an adverb in -ly
    season_pair: re.Pattern[str]  # "the spring [and summer of 1796]": the year a season shares
    day_after: re.Pattern[str]  # "April 24[ and 25]": a day number sharing the month before it
    day_on_after: re.Pattern[str]  # " on Saturday 14 October" after a clock time: the day it is on
    full_day: re.Pattern[str]  # "10 May 1849", "May 10, 1849": a day told with its month and year
    year_restated: re.Pattern[str]  # " (635)": a year in brackets after another calendar's
    day_naming: re.Pattern[str]  # "16 December as ": a day, then words that give it a name after them
    day_named: re.Pattern[str]  # ", Tuesday, 13 August", " is celebrated every 28 July": a named day's date
    day_before: re.Pattern[str]  # "[6 and ]9 August": a day number sharing the month after it
    day_beside: re.Pattern[str]  # "[the day before ]last Tuesday", "[the week before ]Christmas"
    unit_in_the_after: re.Pattern[str]  # "[three years earlier] in the week": a unit a count does not end in
    era_letters: tuple[str, ...]  # what an era mark starts with (BC, A.): a fast test before era_mark
    three_digits: re.Pattern[str]  # a number of three digits: maybe a year of the first millennium
    early_date_before: re.Pattern[str]  # a month or "the autumn of" just before it: "1 November [866]"
    early_year: re.Pattern[str]  # that number as a year: not "September 214 people"
    year_named: re.Pattern[str]  # "the year 69", "the year 787": a year of the first millennium
    short_year_told: re.Pattern[str]  # "1 January 69", "the autumn of 68": a year of one or two digits
    old_year_told: re.Pattern[str]  # a year of 1000-1799 in digits: "in 1482"
    era_mark: re.Pattern[str]  # 44 BC, AD 14: a text that dates by eras, where "in 117" is a year
    season_before: re.Pattern[str]  # "the autumn and": a season that one after "and" joins
    sentence_end: re.Pattern[str]  # where a clause's tense cues stop (not in "Sept. 14", "Mr. Bush")
    period_edge: re.Pattern[str]  # "the first days of ": the edge of the period told next


def _number(lex: Lexicon) -> str:
    """A numeral or number words: "twenty-two", "two hundred and fifty", not "nine two" ("up from
    nine two weeks ago" counts two weeks)."""
    simple = {w: n for w, n in lex.numbers.items() if " " not in w and w not in lex.articles}
    tens = alternation(w for w, n in simple.items() if n in range(20, 100, 10))
    ones = alternation(w for w, n in simple.items() if n in range(1, 10))
    others = alternation(  # ten to nineteen, dozen
        w for w, n in simple.items() if n < 100 and n not in range(20, 100, 10) and n not in range(1, 10)
    )
    big = alternation(w for w, n in simple.items() if n >= 100)
    big_scales = alternation(w for w, n in simple.items() if n >= 1000)  # 66 million
    below_hundred = rf"(?:{tens}(?:[\s-]+{ones})?|{ones}|{others})"
    joined = rf"(?:[\s-]+(?:{alternation(lex.number_joiners)}[\s-]+)?{below_hundred})?"  # "and thirty"
    compound = (
        rf"(?:{alternation(lex.articles)}(?:[\s-]+{big}{joined})?|{big}"  # "a hundred and thirty"
        rf"|{below_hundred}(?:[\s-]+{big}{joined}){{0,2}})"
    )
    return (
        rf"(?:\d+(?:[.,]\d+)?(?:\s+\d/\d|\s+(?:{big_scales})\b)?"  # 1 1/2, 66 million
        rf"|{alternation([w for w in lex.numbers if ' ' in w])}|{compound}"
        rf"|{alternation(lex.vague_numbers)})"
    )


# characters a match may extend before and after its trigger token (default, and rules that differ)
_REACH = (45, 25)
_RULE_REACH = {
    "reference": (12, 2),  # from the phrase's last word back: "at present"
    "iso": (0, 20),
    "slash": (6, 12),
    "month_day": (45, 45),  # September twenty-fourth, nineteen eighty-seven
    "clock": (20, 30),
    "ago": (80, 25),  # back from "ago" over a count and its unit: about a hundred and twenty years or so ago
    "decade": (30, 6),
    "event_units": (12, 20),
    "ordinal_unit": (5, 20),
    "year_range_end": (0, 8),
    "year_span": (8, 12),
    "split_year": (35, 25),  # the full 2012-13 fiscal year
    "part_of_date": (5, 50),  # the morning of Wednesday, September 17, 1862
    "part_of_day_date": (5, 50),
    "unit_of_month": (30, 40),  # the end of the first week of January
    "regnal_year": (50, 30),  # the ninth year of the reign of Ptolemy V
    "span_year": (60, 2),  # the fifteenth year of the Thirty Years' Peace
    "founding_year": (50, 2),  # from the count's last word back: the 709th year from the founding of the city
    "era_date": (90, 70),  # the 24th day of the seventh month of the 22nd year of the Daoguang reign
    "named_day": (60, 4),  # National Pearl Harbor Remembrance Day
    "hijri_date": (30, 30),  # 14 Jumada al-Thani 1324
    "olympiad": (50, 2),  # the twenty-fourth year of the 140th Olympiad
    "holiday": (45, 55),  # a name to its year: the feast of St Ursula and the Eleven Thousand Virgins 1520
    "ordinal_day": (30, 12),  # the afternoon of the 24th
    "day_of_named_month": (50, 2),  # from "month" back: the twenty-seventh day of the following month
    "roman_day": (40, 30),  # the nineteenth day before the Kalends of September 79
    "ordinal_year": (45, 30),  # the autumn of the twenty-first year of Arnuwanda
}

DIGITS = "<digits>"  # trigger key of any other run of digits (a day, an hour, 12345)
CLOCK_DIGITS = "<clock>"  # trigger key of digits that read as a clock: 6:30, 7.45 (the hour), 0630
YEAR_DIGITS = "<year>"  # trigger key of a token of four digits
SHORT_DECADE = "<decade>"  # trigger key of two or three digits ending in 0 before "s": the '90s, the 350s


def _words(phrases: Iterable[str]) -> set[str]:
    return {word for phrase in phrases for word in re.findall(r"\w+", phrase.lower())}


def _last_words(phrases: Iterable[str]) -> set[str]:
    """Each phrase's last word: rarer than its first ("the future", "two thousand")."""
    return {re.findall(r"\w+", phrase.lower())[-1] for phrase in phrases}


def _longest_words(phrases: Iterable[str]) -> set[str]:
    """Each phrase's longest word, the last of equals: rarer than the "an" of the eras An'ei and Jian'an."""
    return {max(reversed(re.findall(r"\w+", phrase.lower())), key=len) for phrase in phrases}


def _triggers(lex: Lexicon) -> dict[str, set[str]]:
    """For each rule, the tokens (lower case words, or DIGITS) one of which its matches contain."""
    units = {*lex.unit_words(), "weekend"}
    return {
        "iso": {YEAR_DIGITS},
        "slash": {DIGITS, CLOCK_DIGITS},
        "weekday_numeric": set(lex.weekdays),
        "month_day": set(lex.months),
        "roman_day": set(lex.roman_days),
        "republican_day": set(lex.republican_months),
        "day_month": set(lex.months),
        "that_month": set(lex.months),
        "that_weekday": set(lex.weekdays),
        "month_quarter": {"quarter", "period"},
        "month": set(lex.months),
        "season": set(lex.seasons),
        "quarter": {"quarter", "quarters", "half", "period"},
        "decade": {YEAR_DIGITS, SHORT_DECADE},  # the 1990s, the '90s, the 350s BC
        "century": {"century", "centuries"},
        "old_year": {YEAR_DIGITS},
        "ancient_year": set(),  # scanned over the whole text, and only in a text that dates by eras
        "ancient_season": set(),  # so too
        "ancient_day_month": set(),
        "ancient_month": set(),
        "ancient_year_span": set(),
        "era": {w for w in _words(lex.eras) if len(w) > 1}
        | {w[-2] for w in map(str.lower, lex.eras) if "." in w},
        "year_range_end": {YEAR_DIGITS},
        "year_span": {YEAR_DIGITS},
        "split_year": {YEAR_DIGITS},
        "prefixed_year": {YEAR_DIGITS},
        "period_code": set(lex.period_codes),
        "year_part": {"months"},
        "clock24": {CLOCK_DIGITS, "hours"} | _words(lex.time_zones),  # 15:30, at 0630; 1530 GMT, 2100 hours
        "elapsed": {CLOCK_DIGITS},
        "this_century": {"century", "decade", "millennium"},
        "year": {YEAR_DIGITS, "year"} | _last_words(lex.year_words) | set(lex.spoken_centuries),
        "year_adjective": {"year"},
        "ago": _last_words(lex.directions),  # rarer than the units before them
        "relative_unit": units,
        "duration": units,
        "bare_units": units,
        "recent_units": units,
        "ordinal_unit": set(lex.ordinals),
        "regnal_year": set(lex.reign_nouns) | _longest_words(lex.accessions),  # George III
        "span_year": set(lex.span_nouns | lex.reign_nouns),
        "founding_year": _last_words(lex.founding_eras),
        "era_date": _longest_words(lex.era_years) | {"month", "lunar"},
        "named_day": {"day"},
        "hijri_date": _words(lex.hijri_months) | {"ah", "hijri", "islamic", "hijra", "hijrah", "hegira"},
        "olympiad": set(lex.olympiads),
        "ordinal_day": {DIGITS, CLOCK_DIGITS},
        "day_of_named_month": {"month"} | _words(lex.letter_months),
        "event_units": {*(u + "s" for u in lex.units), *lex.unit_plurals, "long"},
        "weekday": set(lex.weekdays) | {day + "s" for day in lex.weekdays},
        "weekday_count": set(lex.weekdays),
        "day_word": _last_words(lex.day_words),  # today; "day" of the old "to-day"
        "this_part": set(lex.parts_of_day),
        "bare_part": set(lex.bare_parts) | {"night"},
        "ordinal_season": set(lex.seasons),
        "ordinal_year": {"year"},
        "age": {"old", "age"},
        "ordinal_day_told": set(lex.ordinals),
        "part_of_date": set(lex.parts_of_day) | set(lex.date_parts),
        "part_of_day_date": set(lex.date_parts),
        "unit_of_month": {"week", "weekend", "day", *lex.weekdays},  # the first Monday in February
        "relative_day": {"day", *lex.parts_of_day},
        "same_unit": {"day", "week", "weekend", "month"},
        "unit_of_year": {"year", YEAR_DIGITS},
        "sequel_unit": set(lex.sequel_words) | {phrase.split()[-1] for phrase in lex.sequel_clauses},
        "nights_counted": {"nights", "night"},
        "holiday": {
            re.findall(r"\w+", holiday.lower())[0] for holiday in lex.holidays
        },  # each name's first word
        # "four o'clock", "four in the morning": the word after the hour word, not the (common) hour word
        # and the suffix after an hour in words: "five p.m."
        # an hour in digits is found from what follows it: its minutes (CLOCK_DIGITS), a suffix
        # ("8 a.m.", "10 o'clock", "3 in the afternoon") or "minutes" ("15 minutes to 6")
        "clock": {
            CLOCK_DIGITS,
            "clock",
            "past",
            "quarter",
            "time",
            "ten",
            "eleven",
            "twelve",
            "minute",
            "minutes",
        }
        | {word for word, n in lex.numbers.items() if n in range(13, 60) and word.isalpha()}  # eleven-thirty
        | _words(lex.time_words)
        | set(lex.parts_of_day)
        | {suffix.rstrip(".") for suffix in lex.time_suffixes if suffix.isascii() and "'" not in suffix},
        "set": {"every", "each", "per", "once", "twice", "times"}
        | {"day", "days", "night", "nights", "hour", "hours"}  # six days a week, one day a week
        | _last_words(lex.set_adverbs)  # "daily", "year after year"
        | set(lex.adverbial_sets),
        "phrase": _last_words(lex.phrases),
        "reference": _last_words(set(lex.references) - lex.weak_references),
    }


def build(lex: Lexicon) -> Patterns:
    """Compile the patterns of ``lex``."""
    month = alternation(lex.months)
    # an abbreviation's dot ("Sept. 16"), never a full name's: "born on 15 September. 16 September is"
    full_names = sorted(name for name in lex.months if not lex.is_month_abbreviation(name))
    not_full_name = "".join(rf"(?<!{re.escape(name)})" for name in full_names)
    abbreviation_dot = rf"(?:{not_full_name}\.)?"
    weekday = alternation(lex.weekdays)
    season = rf"(?:{alternation(lex.seasons)})(?!\s+(?:day|eve)\b)"  # not the feast "Midsummer Day"
    part = alternation(lex.parts_of_day)
    relative = alternation(lex.relative)
    modifier = alternation(lex.modifiers)
    quantifier = alternation(lex.quantifiers)
    # lengths a quantifier may open ("nearly half a century"; not "over the coming months")
    length_phrases = alternation(
        phrase
        for phrase, (kind, spec, *_) in lex.phrases.items()
        if kind == "DURATION" and any(c.isdigit() for c in spec) and not phrase.startswith("the ")
    )
    ordinal = alternation(lex.ordinals)
    day_words = alternation(w for w, n in lex.ordinals.items() if w[0].isalpha() and 1 <= n <= 31)  # eighth
    nth_words = alternation(
        w for w, n in lex.ordinals.items() if w.isalpha() and 2 <= n <= 12
    )  # every fifth day
    unit = alternation(lex.units)
    units = alternation(lex.unit_words())
    ordinal_units = alternation(
        u + plural
        for u in ("minute", "hour", "day", "week", "month", "year")
        if u in lex.units
        for plural in ("", "s")
    )
    plurals = alternation([*(u + "s" for u in lex.units), *lex.unit_plurals])
    number = _number(lex)
    fiscal = alternation(lex.fiscal)
    year = r"(?:1[6-9]\d\d|20\d\d)"  # a bare number is a year only in this range
    # a year of the next century only after a word that introduces years: "warming by 2100"
    target_year = (
        "(?:"
        + "|".join(rf"(?<=\b{re.escape(word)}\s)" for word in sorted(lex.year_prepositions))
        + r")21\d\d"
    )
    eras = alternation(lex.eras)
    not_names = alternation(w.capitalize() for w in (*lex.function_words, *lex.name_openers))
    eras_counted = alternation(lex.era_years)  # Keichō, Daoguang: East Asian eras years are counted in
    nth = rf"(?:{ordinal}|\d{{1,3}}(?:st|nd|rd|th))"  # the ninth, the 22nd
    month_relatives = alternation(set(lex.relative) | lex.month_anaphors)  # of last month, of that month
    day_month = (  # 16 December, December 16th, with its year or not
        rf"(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{month})|(?P<month2>{month}){abbreviation_dot}\s+(?P<day2>[0-3]?\d)"
        rf"(?:st|nd|rd|th)?\b)(?:,?\s+(?P<year>1\d\d\d|20\d\d)\b)?"
    )
    part_link = rf"(?:of|{alternation(lex.week_links)})"  # the week of / beginning / ending 19 April
    before_christ = "|".join(rf"(?<={re.escape(era)})" for era, code in lex.eras.items() if code == "BC")
    era_year = rf"(?:\d{{1,4}}\s*(?-i:{eras})(?!\w)|(?-i:AD|A\.D\.)\s*\d{{1,4}}\b)"  # 44 BC, 79 AD, AD 14
    # the era of the year that closes a pair: "from 1292 to 1189 BC", "between 58 and 50 BC"
    pair_words = alternation([*lex.year_range_words, "or"])
    pair_era = (  # or of a list: "in 849, 848 and 845 BC"; or of a span: "(431\u2013404 BC)"
        rf"(?=(?:,\s*\d{{1,4}})*(?:,?\s+(?:{pair_words})\s+|\s?\u2013\s?)\d{{1,4}}\s*(?P<pair_era>(?-i:{eras}))(?!\w))?"
    )
    tens = alternation(w for w, n in lex.numbers.items() if n in range(20, 100, 10) and " " not in w)
    ones = alternation(w for w, n in lex.numbers.items() if n in range(1, 10) and w not in lex.articles)
    spoken_year = rf"{alternation(lex.spoken_centuries)}[\s-]+(?:{tens}(?:[\s-]+{ones})?|hundred)"
    # "the late summer", "the early afternoon": the article joins a modifier (not "the late-summer rally")
    line_gap = r"(?:[ \t]+|[ \t]*\n[ \t]*(?!\n))"  # a blank, or a line wrapped, not a paragraph's end
    # after a clock time, not a line that heads a list's entry ("[13:00]\nThursday, September 14: France")
    clock_gap = r"(?:[ \t]+|[ \t]*\n[ \t]*(?!\n)(?![^\n:]{0,40}:[ \t]))"
    # an abbreviation's dot, not a sentence's: "Sept. 2001", not "every 25 April. Next year", nor a full
    # name's before a year: "finishing it on 10 August.\n\n1791 was his busiest year"
    month_dot = rf"(?:{not_full_name}\.(?!\s+(?-i:[A-Z])))?"
    # not after a word of degree: "this late in 1980", "so early in the year" (the year alone)
    edge_in = r"(?:early|late)\s+in\s"
    not_degree = "(?:(?={}){}|(?!{}))".format(
        edge_in, "".join(rf"(?<!\b{word}\s)" for word in sorted(lex.degree_words)), edge_in
    )
    mod = rf"(?:(?:the\s+(?=(?:early|mid|late)\s))?{not_degree}(?P<mod>{modifier})(?:\s+|-))?"
    # parts of the day that name none of its parts' codes: "the early hours" of a day are its start
    day_starts = {
        part for part in lex.date_parts if part not in lex.parts_of_day and lex.unit_of(part) is None
    }
    # a feast named by its weekday is in the date it names: "Shrove Tuesday, 17 February 1461"
    feast_words = {
        name.split()[-2]
        for name in lex.holidays
        if len(name.split()) > 1
        and name.split()[-1] in lex.weekdays
        and name.split()[-2].capitalize() not in lex.name_words  # not the sales' "Black Friday"
    }
    feast = rf"(?:(?-i:{alternation(word.capitalize() for word in feast_words)})\s+)?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*[0-3]?\d(?:st|nd|rd|th)?\b)?"
    # the Old Style day before a New Style one, 10 to 13 days earlier as the calendars drifted apart
    # from 1582 to 1923 ("7/17 September 1631"; not "the night of 13/14 May")
    old_style_pairs = (
        rf"{new - lag}(?=/{new}\s)" for new in range(11, 32) for lag in range(10, 14) if new > lag
    )
    old_style_day = f"(?:{'|'.join(old_style_pairs)})"
    # or with the New Style one in brackets after it ("13 (25) September 1826")
    old_style_bracketed = "|".join(
        rf"{new - lag}(?=\s*\({new}\))" for new in range(11, 32) for lag in range(10, 14) if new > lag
    )
    suffixes = alternation([*lex.time_suffixes, *lex.clock_day_parts])
    word_suffixes = alternation(  # four o'clock, four in the morning, not "one am"
        [*(s for s in lex.time_suffixes if not s.isalpha()), *lex.clock_day_parts]
    )
    # a word of what an amount counts: not a unit of time, nor a word that joins ("within", "after")
    counted_word = rf"(?!(?:{units}|{alternation(lex.function_words)})\b)[a-z-]+"
    hour_words = alternation(w for w, n in lex.numbers.items() if n in range(1, 13) and w not in lex.articles)
    ones_words = alternation(w for w, n in lex.numbers.items() if n in range(1, 10) and w not in lex.articles)
    minute_words = (  # the minutes of a clock time told in words: oh-five, fifteen, forty-five
        rf"(?:oh[\s-](?:{ones_words})|(?:twenty|thirty|forty|fifty)(?:[\s-](?:{ones_words}))?"
        rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![\w-])"
    )
    zones = alternation(lex.time_zones)
    directions = alternation(lex.directions)
    counted = alternation(w for w in lex.numbers if w not in lex.articles)
    not_cue = rf"(?!{alternation(lex.false_cues)}\b)"  # "next to the embassy"
    reported_subject = r"(?i:that|he|she|it|its|his|her|they|their|we|i|you|the|a|an)\b"
    # the object of a verb that moves a thing "from" a day: "postponed its $212 million bond election from"
    moved_object = r"(?:(?:[\w'-]+|\$[\d.,]+)\s+){0,5}"
    participle_form = (  # an -ed word that is a verb's form ("announced", not "speed"), or "held", "shown"
        rf"(?:(?!(?:{alternation(lex.not_participles)})(?![\w-]))[a-z]\w{{2,}}ed|{alternation(lex.irregular_past)})(?![\w-])"
    )
    # a participle after an article is an adjective, no cue: "the expected range", "a scheduled inspection"
    future_cue = _future_cue(lex, lex.future_cues)
    # after an expression, no cue that sets the date after it: "A judge Wednesday postponed until
    # September a hearing" (the postponing is past)
    setting = lex.deadline_prepositions | lex.appointment_prepositions
    future_cue_after = _future_cue(lex, {cue for cue in lex.future_cues if cue.split()[-1] not in setting})
    circa = alternation([*lex.circa, *lex.approximate_words])
    approx = rf"(?:\s+(?P<approx>{alternation(lex.approximations)})(?![\w-]))?"
    day_gap = rf"(?:(?:\s*,)?\s+{alternation(lex.day_coordinators)}\s+|\s*,\s*)"  # " and ", ", "
    prepositions = alternation(lex.month_prepositions)
    span_year = r"(?:1\d\d\d|20\d\d)"
    alone = r"(?<![\w.,$#-])"  # a number of its own: not "No. 1939", "$1500", "12-1939"
    span_end = rf"(?![\w%-]|[.,]\d|\s+(?:{units}|{alternation(lex.count_nouns)})\b)"  # not "1500-2000 people"
    # a plural after a number counts things (1500 soldiers); not "1665 was", "1250 BC Ramesses"
    plural = rf"(?-i:(?!(?:{alternation(lex.not_plurals)})\b)[a-z]+s)"
    # what a number before it counts: "189 guardsmen", "300 people", "40 days"
    counted_things = rf"(?:{plural}|(?-i:[a-z]+men)|{alternation(lex.irregular_plurals)})"
    # after a month, season or feast any such number is a year, three digits too ("1 November 866",
    # "Christmas 877"), unless things follow ("May 300 soldiers")
    # 214 people, 200 to 300; not "on 24 August 410 and lasted", nor "16 December 755 to 17 February"
    range_of_things = rf"(?:or|to|and)(?=\s+\d(?!\d*\s+{month}\b))"
    things = rf"(?:{plural}|{alternation(lex.irregular_plurals)}|of|more|{range_of_things})"
    dual_year = r"1\d\d\d/(?:1\d\d\d|\d\d?)(?![\d/])"  # 1691/2, 1699/1700: a year in both reckonings
    # after a comma, nor with a word before the things ("4 June, 108 Japanese aircraft bombed")
    counted_after = rf"\s+{things}\b|(?<=,\s\d\d\d)\s+[^\W\d]+\s+{things}\b"
    # a year of the next century too after a month or day ("December 2117"), unless things follow
    dated_year = rf"(?:1\d\d\d|20\d\d|(?:21\d\d|[1-9]\d\d)(?![.,\-\u2013]?\d)(?!{counted_after}))"
    # 7 September of that year; the summer of the following year: of the year told, or the one after it
    year_before_after = alternation(lex.anaphoric_relative & set(lex.relative))  # the following, the previous
    that_year = rf"\s+of\s+(?P<that_year>that|the\s+same|{year_before_after})\s+year\b"
    year_told_after = r"\s+(?:of\s+)?(?P<year_rel>this|last|next)\s+year\b"  # 14 May (of) last year
    # the Ides: a name, capitalised, or in lower case as scholars write it ("the ides of June")
    roman_days = alternation(
        [*(day.capitalize() for day in lex.roman_days), *(day.lower() for day in lex.roman_days)]
    )
    republican = rf"(?P<republican>{alternation(lex.republican_months)})\b"  # 18 Brumaire
    bare_units = rf"(?:{'|'.join(_BARE_UNITS)})"
    # "three quarters of the vote", "three-quarters of its value": a share, not a length; but "three
    # quarters of this year", "of the past four", "of fiscal 1990", "two quarters of growth" count quarters
    fraction_of = (
        r"(?!(?<=three[\s-]quarters)\s+of\s+(?!(?:the\s+)?(?:this|last|next|that|past|previous|current|same|fiscal"
        r"|financial|calendar|years?)\b|\d))"
    )
    # the winter of 1939-40, of 1932-1933: a winter is told by both its years
    winter_end = r"(?:[-\u2013/](?:\d\d|[1-9]\d\d|1\d\d\d|20\d\d)(?!\d))?"  # 1939-40, 416/415
    # a year of three digits that no figure or count goes on from: not "a wave of 183 aircraft"
    early_year_alone = rf"[1-9]\d\d\b(?![.,:]?\d|\s+(?:{units}|{things})\b)"
    pair_opening = r"(?<=of\s)[1-9]\d\d(?=[-\u2013/]\d)"  # the winter of 877-878: a year of three digits too

    hemispheres = alternation(lex.hemispheres)

    def calendar_named(names: frozenset[str], marks: frozenset[str]) -> re.Pattern[str]:
        """A note after a day naming the calendar it is told in: " by the Russian calendar", ", Old
        Style", " (N.S.)"."""
        return re.compile(
            rf"\s*,?\s*\(?\s*(?:(?i:(?:by|in|according\s+to)\s+the\s+(?:{alternation(names)})\s+"
            rf"(?:{alternation(lex.calendar_nouns)}|style))\b|(?:{alternation(marks)})(?!\w))"
        )

    unmodal_cues = {cue for cue in lex.future_cues if cue.split()[0] not in lex.present_modals}
    # the prepositions a "last" of the past may stand before ("saw her last in May", "last on Friday")
    last_adverb_followers = alternation(
        lex.day_ordinal_prepositions | lex.clock_prepositions | {"in", "during"}
    )
    not_after_modal = _not_after(lex.modals | {"to"})  # a bare verb follows: "will go on sale", "to go"

    def season_rule(short_years: str) -> str:
        """The spring of 1796, the winter of 1939-40, of 427-426 BC, the spring of last year;
        ``short_years``: more years."""
        return (
            rf"{mod}(?:(?P<rel>{relative})\s+|(?P<the>the)\s+)?(?:(?P<hemisphere>{hemispheres})\s+)?(?P<season>{season})\b"
            # the pair with its era first: "the winter of 446/445 BC", not "446" alone
            rf"(?:\s+(?:of\s+)?(?P<era_first>\d{{1,4}})[-\u2013/]\d{{1,4}}\s*(?P<era_last>(?-i:{eras}))(?!\w)"
            rf"|\s+(?:of\s+)?(?P<year>{era_year}|(?:{dated_year}|{pair_opening}|{spoken_year}{short_years})\b){winter_end}"
            rf"|{that_year}|{year_told_after})?"
        )

    # "June fourth, nineteen eighty-nine", as a transcript says it; not "May 5, nineteen hundred workers"
    told_year = rf"(?<=,\s){alternation(lex.spoken_centuries)}[\s-]+{tens}(?:[\s-]+{ones})?\b"
    weeks_counted = alternation(w for w, n in lex.ordinals.items() if w[0].isalpha() and 1 <= n <= 10)
    rules: list[tuple[str, str]] = [
        (
            "iso",
            rf"\b(?P<year>{year})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:T(?P<hour>[0-2]\d):(?P<minute>[0-5]\d))?\b",
        ),
        (
            "slash",  # 3/21/2013 (21/3/2013 when the first cannot be a month), 21.03.2013
            rf"\b(?:(?P<month>[0-3]?\d)/(?P<day>[0-3]?\d)/(?P<year>{year}|\d\d)"
            rf"|(?P<dotted_day>[0-3]?\d)\.(?P<dotted_month>[01]?\d)\.(?P<dotted_year>{year}))\b(?![.,]?\d)",
        ),
        (
            "weekday_numeric",  # Thursday, 10/6 (American), Friday 22/10 (British): the weekday tells which
            rf"\b(?P<weekday>{weekday}),?\s+(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)\b(?!/\d)",
        ),
        (
            "month_day",
            rf"{mod}(?:(?P<rel>last|this|next)\s+)?(?:{feast}(?P<weekday>{weekday})(?:\s+(?P<weekday_part>{part}))?,?\s+)?"
            rf"(?P<monthname>{month}){abbreviation_dot}{line_gap}"
            rf"(?:{day}\b|(?P<day_word>{day_words})(?![\w-]))"  # March 8, March eighth
            rf"(?:,?\s+(?P<year>{era_year}|{dual_year}|{dated_year}\b|{told_year})|{that_year}|{year_told_after})?",
        ),
        (
            "day_month",
            rf"{mod}(?P<rel>)(?:{feast}(?P<weekday>{weekday})(?:\s+(?P<weekday_part>{part}))?,?\s+(?:the\s+)?)?"
            # the 10th of February, the eleventh of November: "the" inside, as the written sets tag it; a
            # day in words in lower case ("the Fourth of July", "the Glorious First of June" are names)
            # "7/17 September 1631": a day in both reckonings, Old Style first
            rf"(?:the\s+(?=[\w-]+\s+of\s))?(?:{old_style_day}/|(?P<bracketed>{old_style_bracketed})\s*\()?"
            rf"(?:{day}(?(bracketed)\))\s+(?:of\s+)?|(?=(?-i:[a-z]))(?P<day_word>{day_words})\s+of\s+)"
            rf"(?P<monthname>{month})\b{month_dot}"
            rf"(?:,?\s+(?P<year>{era_year}|{dual_year}|{dated_year}\b|{told_year})|{that_year}|{year_told_after})?",
        ),
        (
            "roman_day",  # the Ides of March 44 BC, the Kalends of January, the ninth day before the Kalends
            rf"\b(?:(?:the\s+)?(?P<ante>{ordinal})\s+day\s+before\s+)?(?:(?P<the>the)\s+)?(?-i:(?P<roman>{roman_days}))\s+of\s+"
            rf"(?P<monthname>{month})\b(?:,?\s+(?P<year>{era_year}|{dated_year}\b))?",
        ),
        (
            "republican_day",  # 9 Thermidor Year II, 11 Frimaire of the Year XIV, 18 Brumaire
            rf"\b{day}\s+{republican}(?:,?\s+(?:of\s+)?(?:the\s+)?(?-i:Year)\s+(?P<republican_year>(?-i:[IVX]+))\b)?",
        ),
        (
            "month_quarter",  # the September quarter, the January-March quarter: the quarter that ends then
            rf"\b(?P<the>the)\s+(?:(?P<first>{month})\s*[-\u2013]\s*)?(?P<monthname>{month})\s+"
            rf"(?:quarter|(?(first)period|(?!)))\b(?:\s+of\s+(?P<year>{year}))?",  # the January-March period,
            # not "the September period"; the June quarter of 2019
        ),
        ("that_month", rf"\b(?P<that>that)\s+(?P<monthname>{month})\b"),  # That November; not "said that May"
        (  # that Saturday, that Monday night; not "said that Friday was"
            "that_weekday",
            # that same Monday, the very Saturday
            rf"\b(?:(?P<that>that)\s+(?:(?:same|very)\s+)?|the\s+(?:same|very)\s+)(?P<weekday>{weekday})"
            rf"(?:[\s-]+(?P<part>{part}))?\b",
        ),
        (
            "month",
            rf"{mod}(?:(?P<rel>{relative})\s+)?(?P<monthname>{month})\b{month_dot}"
            rf"(?:,?\s+(?:of\s+)?(?P<year>{era_year}|{dual_year}|(?:{dated_year}|'\d\d|{spoken_year})\b)|\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year\b"
            rf"|{that_year})?",
        ),
        ("season", season_rule("")),  # the spring of 1796, the winter of 1939-40, the winter of 427-426 BC
        ("ancient_season", season_rule(r"|(?<=of\s)[1-9]\d?(?![.,]?\d)")),  # the summer of 66, in an era text
        (
            "ancient_day_month",  # 1 July 69, in an era text: a year of one or two digits
            rf"{mod}(?P<rel>){day}\s+(?:of\s+)?(?P<monthname>{month})\b{month_dot},?\s+(?P<year>[1-9]\d?)\b"
            rf"(?![.,:]?\d|\s+(?:{units}|{things})\b)",
        ),
        (
            "ancient_month",  # June 68, in an era text: a number past the month's days is a year
            rf"{mod}(?P<rel>)(?P<monthname>{month})\b{month_dot},?\s+(?P<year>3[2-9]|[4-9]\d)\b"
            rf"(?![.,:]?\d|\s+(?:{units}|{things})\b)(?P<yrel>)(?P<that_year>)",
        ),
        (
            "quarter",
            rf"{mod}(?:(?P<the>the)\s+(?!\w+-quarter))?(?:(?P<year_before>{year}|this\s+year's|last\s+year's|next\s+year's)\s+)?"
            rf"(?:{fiscal}[\s-]+)?(?:(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th|holiday|final|last|latest"
            rf"|current|past|previous|next|coming|year-ago|year-earlier|same|latter|corresponding|comparable)[\s-]+)?"
            rf"(?:{fiscal}[\s-]+)?(?P<pair>two\s+(?=quarters\s+of\b))?(?P<half>quarters?|half|period)\b"
            r"(?![-\s]?finals?\b|-(?!year\b)\w)"  # not "the quarter-finals", "the last half-point increase"
            # "the last quarter of 1419", not "a quarter of 1200 men"
            rf"(?:\s+of\s+(?:{fiscal}\s+)?(?P<year>{year}|1[0-5]\d\d(?![\d,]|\s+{things}\b)|(?:the|this|last|next)\s+year))?"
            rf"(?:\s+(?P<ago>last\s+year|a\s+year\s+(?:ago|earlier)))?",
        ),
        (
            "decade",  # the 1990s, the '90s, the last half of the '80s
            rf"{mod}(?:(?P<half>(?:the\s+)?(?:first|second|last|latter)\s+half)\s+of\s+)?"
            rf"(?:(?P<the>the)\s+)?(?:(?P<early>early|mid|late)[\s-]+)?(?:(?P<decade>1\d\d|20\d)0'?s|(?P<short>['\u2019]\d)0s"
            rf"|(?P<old>[1-9]\d?)0s)\b"  # the 350s BC; the 650s in a text that dates by eras
            rf"(?:\s+(?P<era>(?-i:{eras}))(?!\w))?",  # the 1270s BC
        ),
        (
            "century",
            rf"(?:the\s+(?=(?:early|mid|late)\b))?{mod}(?:(?P<the>the)\s+)?(?P<ordinal>{ordinal}|\d\d?(?:st|nd|rd|th))"
            rf"(?:[\s-]+centur(?:y|ies)\b|(?=\s+(?:and|or|to)\s+(?:the\s+)?(?:{ordinal}|\d\d?(?:st|nd|rd|th))\s+centur(?:y|ies)\b"
            rf"(?:\s+(?P<pair_era>(?-i:{eras}))(?!\w))?))"  # the 5th and 4th centuries BC: both BC
            rf"(?:\s+(?P<era>(?-i:{eras}))(?!\w))?",
        ),
        (
            "era",  # 732 BC (even before "names"), AD 14 (not "AD 300 soldiers", "5 AD units"), 446/445 BC,
            # late 332 BC
            rf"{mod}(?:(?P<approx>{circa})\s*)?(?:(?P<the_year>the\s+year)\s+)?"  # c. 2500 BC, the year 46 BC
            rf"(?:\b(?:(?:(?P<split>\d{{1,4}})/)?(?P<year>\d{{1,4}})\s*(?P<era>(?-i:{eras}))(?![\w.])(?:{before_christ}|(?!\s+{plural}\b))|(?P<before>(?-i:AD|A\.D\.))\s*(?P<year2>\d{{1,4}})(?!\w|[.,]\d)(?!\s+{plural}\b))"
            rf"|\b(?:(?P<split3>\d{{1,4}})/)?(?P<year3>\d{{1,4}})\s*(?P<era3>(?-i:{eras}))(?=\.))",
        ),
        (
            "old_year",  # 1215, c. 1150; at the text's start too ("1758: Louisbourg")
            rf"(?:^|(?<=[\s(])){mod}(?:(?P<approx>{circa})\s*)?(?P<year>1[0-7]\d\d)\b"  # in early 1241
            rf"(?!\s*(?:%|percent|[,.]\d|-\d|\s+(?:{units}|{counted_things})\b)){pair_era}",
        ),
        (
            # in a text that dates by eras: in 117, since 476 (scanned only there); in 55 and 54 BC
            "ancient_year",
            rf"(?<=[\s(]){mod}(?:(?P<approx>{circa})\s*)?(?P<year>[1-9]\d{{1,2}})\b"
            rf"(?!\s*(?:%|percent|[,.]\d|-\d|\s+(?:{units}|{counted_things})\b)){pair_era}",
        ),
        ("year_range_end", r"(?<=\b(?:1\d|20)\d\d\u2013)(?P<year>\d\d)\b(?!\s*(?:%|[,.]\d))"),  # 1939\u201345
        (
            "prefixed_year",  # the pre-1906 city, the post-1959 economy
            rf"\b(?P<prefix>{alternation(lex.year_prefixes)})-(?P<year>{span_year})\b(?!-)",
        ),
        (
            # a year that runs across two calendar years, by its first: "2023-24", "the financial year
            # 2023-24", "the 2024-25 tax year", "fiscal 2024-25", "the 2008-09 school year"
            "split_year",
            rf"{alone}(?:the\s+(?:full\s+)?(?=(?:{fiscal}|tax|school)\s|\d{{4}}[-\u2013/]\d\d\s+(?:{fiscal}|tax|school)\b))?"
            rf"(?:(?:{fiscal}|tax|school)\s+(?:year\s+)?|(?<!\bof\s))"  # not a war's "of 1870-71"
            rf"(?P<split_first>(?:1[89]|20)\d\d)[-\u2013/](?P<split_second>\d\d)(?![-\u2013/]?\d)"
            rf"(?:\s+(?:{fiscal}|tax|school)(?:\s+year)?\b)?",
        ),
        (  # the years a span is told by: (1452-1519), 1756 - 1763; each is a date
            "year_span",
            rf"{alone}(?P<year>{span_year})(?=\s?[-\u2013]\s?(?P<last>{span_year}){span_end})"
            rf"|(?:(?<={alone}(?P<first>\d{{4}})[-\u2013])|(?<={alone}(?P<spaced>\d{{4}}) [-\u2013] ))"
            rf"(?P<end>{span_year}){span_end}",
        ),
        (
            # a span of years of three digits, in a text of antiquity or the middle ages: (786\u2013802)
            "ancient_year_span",
            rf"{alone}(?P<year>[1-9]\d\d)(?=[-\u2013](?P<last>[1-9]\d\d){span_end})"
            rf"|(?<={alone}(?P<first>[1-9]\d\d)[-\u2013])(?P<end>[1-9]\d\d){span_end}",
        ),
        ("year_part", rf"\bthe\s+(?P<part>{alternation(lex.year_parts)})\s+of\s+(?P<year>{year})\b"),
        (
            "period_code",
            rf"\b(?P<code>{alternation(lex.period_codes)})\s*'?(?P<year>{year}|\d\d)?\b",
        ),
        (
            "clock24",
            # 15:30 GMT, 1530 GMT, 22:28:34 Moscow time, about 1900 GMT
            rf"(?:\b(?P<approx>{alternation(lex.approximate_words)})\s+)?"
            rf"\b(?:(?:(?P<hour>[01]?\d|2[0-3]):|(?P<hhmm>[01]\d|2[0-3])(?=\d\d\s*(?-i:[A-Z])))(?P<minute>[0-5]\d)"
            rf"(?::(?P<second>[0-5]\d))?\s*(?P<zone>{zones}|(?-i:[A-Z][a-z]+)\s+time)"
            # military time: "at 0630", "at 2100 hours" (not "at 2010 prices")
            rf"|(?:(?<=\bat\s)(?P<early>0\d)(?=[0-5]\d\b)|(?P<hours>[01]\d|2[0-3])(?=[0-5]\d\s+hours\b))(?P<military>[0-5]\d)"
            rf"(?:\s+hours)?)\b"
            rf"(?:,?\s+(?P<weekday>{weekday})\b)?",  # 0600 GMT Monday: that day's
        ),
        (
            "elapsed",  # a race's time, "won in 2:04:38": hours, minutes and seconds with no suffix or zone
            rf"(?<![\d:.,])(?P<hours>\d{{1,2}}):(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d)(?![:.,]?\d)"
            rf"(?!\s*(?:[ap]\.?\s?m\b|{zones}\b|(?-i:[A-Z][a-z]+)\s+time\b))",
        ),
        ("this_century", rf"{mod}(?P<rel>{relative})\s+(?P<unit>century|decade|millennium)\b"),
        (
            "year",  # 1998, about 1850, fiscal 1989, this day in 1873
            rf"(?:(?P<this_day>this\s+day)\s+in\s+)?(?:(?P<approx>{circa})\s*)?{mod}(?:(?P<the>the)\s+(?=\d{{4}}\s+period))?(?:(?P<fiscal>{fiscal})\s+(?:year\s+)?|(?:the\s+)?year\s+)?"
            rf"(?P<year>{year}|{target_year}|{alternation(lex.year_words)}|{spoken_year}|(?<=year\s)[1-9]\d{{0,3}})\b(?:\s+period\b)?(?!\s*(?:%|percent|[,.]\d|-\d|\s+(?:{units}|{alternation(lex.count_nouns)})\b)|\s+(?-i:[A-Z]{{1,3}}\d)|-(?:{units})\b)",
        ),  # not "eighteen twenty-day months"
        (
            "year_adjective",
            r"\b(?:(?P<the>the)\s+(?=year-\w+\s+(?:\w+\s+)?(?:quarter|period)))?year-(?P<which>ago|earlier|end)\b"
            r"(?:\s+(?:(?P<ordinal>first|second|third|fourth)\s+)?(?P<noun>quarter|period))?",
        ),
        (
            "ago",
            rf"(?:(?P<quant>{quantifier})\s+(?!the\b)|(?P<exact>{alternation(lex.exact_words)})\s+)?"
            rf"(?P<number>{number})(?P<half>[\s-]+and[\s-]+a[\s-]+half)?[\s-]+"
            # two summers ago: seasons counted
            rf"(?:(?P<unit>{units})|(?P<seasons>{alternation(s + 's' for s in lex.seasons)}))"
            rf"(?P<half_after>\s+and\s+a\s+half)?{approx}"  # a century and a half ago
            # 25 years ago today, 237 years ago tonight, two years ago this month, 19 years ago to the day,
            # 75 years ago this morning, 300 years ago next month, 300 years ago this autumn, 50 years ago
            # this weekend
            rf"\s+(?P<direction>{directions})\b"
            # and a day beside today: "A hundred years ago tomorrow"
            rf"(?:\s+(?P<to_the_day>{alternation(lex.day_words)}|to\s+the\s+day|(?P<unit_rel>this|next|last)\s+(?P<this_unit>week(?:end)?|month)"
            rf"|this\s+(?:(?P<this_season>{season})|(?P<this_part>{part})))\b)?",
        ),
        (  # a week ago Saturday, two weeks from Tuesday, a week on Monday (British): counted from that
            "weekday_count",  # weekday (not "90 days from ...")
            rf"(?P<number>{number})[\s-]+weeks?\s+(?P<way>ago|from|on)\s+(?P<weekday>{weekday})\b(?!,?\s+\d|['\u2019]s\b)",
        ),
        (
            "relative_unit",
            rf"{mod}(?P<the>the\s+)?(?P<rel>{relative})\s+(?:{fiscal}\s+)?"  # this fiscal year
            rf"(?P<unit>{unit}|weekend)\b(?P<half_after>\s+and\s+a\s+half\b)?{approx}",
        ),
        (
            "duration",
            # the next 12 to 18 months: a range of counts
            rf"(?:(?P<quant>{quantifier})\s+(?!the\b))?(?:(?P<the>the|its|their|his|her|another)\s+(?![\w.]+-{units}\b))?"
            # "last" after a modal or "to" is the verb: "due to last 24 hours", "will last three days"
            # "the following two weeks"; not the preposition: "following a week of talks"
            rf"(?:(?P<rel>past|{not_after_modal}last|next|first|coming|previous|final|(?<=\bthe\s)following|latest|recent)\s+)?"
            rf"(?P<number>{number})(?:(?<!\d\d\d\d)(?:\s+(?:to|or)\s+|\s*[-\u2013]\s*(?=\d)|[-\u2013])(?P<high>\d{{1,3}}|{counted})(?=[\s-]+\w))?(?P<half>[\s-]+and[\s-]+a[\s-]+half)?[\s-]+(?:{alternation(lex.duration_adjectives)}\s+)?(?P<unit>{units})"
            rf"(?P<adj>-long)?\b(?P<half_after>\s+and\s+a\s+half\b)?(?![\s-]+olds?\b){fraction_of}{approx}",
        ),
        (
            "age",  # a story's "nine years old", "a nine-year-old", "the age of nine" (news: untagged)
            rf"(?P<number>{number})(?:\s+(?P<unit>years?|months?|weeks?)\s+|-(?P<unit2>year|month|week)-)old\b"
            rf"|\bthe\s+age\s+of\s+(?P<age>{number})\b(?![\s-]*(?:years?|months?|weeks?|percent|%)\b)",
        ),
        (
            "bare_units",
            # for months, took years, within weeks, over the years; after weeks of talks
            rf"(?=(?:the\s+)?{bare_units}\b)"  # cheap first test: only where a unit follows
            rf"(?:{_after(lex.length_leaders)}"
            rf"|{_after(f'{lead} {word}' for lead in lex.length_leaders for word in lex.length_qualifiers)}"
            rf"|(?<=\bover\s)(?:the\s+)?"
            rf"|(?:{_after(lex.length_of_leaders)})(?={bare_units}\s+of\s)"
            rf"|(?<=\bin\s)(?={bare_units}\s*[.,;:!?])"
            # days, not weeks; weeks, if not months: two bare units set against each other
            rf"|(?={bare_units},?\s+(?:{alternation(lex.length_contrasts)})\s+{bare_units}\b)"
            rf"|{_after(_contrasted_units(lex.length_contrasts))}"
            rf")(?P<unit>{bare_units})\b"
            rf"(?:\s+(?:or|and)\s+{bare_units}\b)?",  # weeks or months
        ),
        (
            # a day, month or year of a lunisolar calendar counted in an East Asian era: the 15th
            # day of the ninth month of Keichō 5, the 16th day of the sixth lunar month, the
            # eleventh hour of the eleventh day of the eleventh month, the 38th year of Meiji
            "era_date",
            rf"\b(?=the\s|(?:{eras_counted})\s)(?:(?:the\s+(?P<lunar_hour>{ordinal})\s+hour\s+of\s+)?"
            rf"(?:the\s+(?P<lunar_day>{nth})\s+day\s+of\s+)?the\s+(?P<lunar_month>{nth})\s+(?P<lunar>lunar\s+)?month"
            rf"(?:\s+of\s+(?=the\s+{nth}\s+year\s+of\s+(?:the\s+)?(?:{eras_counted})\b|(?:{eras_counted})\s+\d))?)?"
            rf"(?:the\s+(?P<era_ordinal>{nth})\s+year\s+of\s+(?:the\s+)?(?P<era>{eras_counted})"
            rf"(?:\s+(?:era|reign|period|emperor['\u2019]s\s+reign))?\b"
            rf"|(?P<era_named>{eras_counted})\s+(?P<era_number>\d{{1,3}})(?![\d,.]\d)\b)?",
        ),
        (
            "founding_year",  # the year 710 of the city, the 709th year from the founding of the city
            rf"(?:(?:the\s+)?year\s+(?P<number>\d{{1,4}})|(?:the\s+)?(?P<nth>\d{{1,4}})(?:st|nd|rd|th)\s+year"
            rf"|\b(?P<bare>\d{{1,4}}))\s+(?P<era>{alternation(lex.founding_eras)})\b",
        ),
        (
            "regnal_year",  # the tenth year of his reign, of Aldred's reign, of his pontificate
            # ... of the Jiajing reign
            rf"(?:the\s+)?(?P<ordinal>{ordinal}|\d{{1,2}}(?:st|nd|rd|th))\s+year\s+of\s+"
            # of Aldred's reign, of Richard II's reign, of Queen Anne's reign
            rf"(?:(?:(?:his|her|their|its|our)(?:\s+own)?|(?P<monarch>(?:(?-i:[A-Z])[\w-]*\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[IVX]+))?)['\u2019]s"
            rf"|the\s+(?-i:[A-Z])[\w-]*)(?:\s+(?-i:[A-Z])[a-z]+)?\s+(?:{alternation(lex.reign_nouns)})\b"
            # the ninth year of the reign of Ptolemy V; the twenty-first year of the reign (the king's)
            rf"|the\s+(?:{alternation(lex.reign_nouns)})(?:\s+of\s+(?:(?-i:King|Queen)\s+)?(?P<monarch_of>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[IVX]+)\b)?)|\b)"
            # the thirty-seventh year of George III: a monarch whose accession the data holds
            rf"|(?:(?-i:King|Queen)\s+)?(?P<monarch_named>(?=(?-i:[A-Z]))(?:{alternation(lex.accessions)}))\b(?!['\u2019]s))",
        ),
        (
            "span_year",  # the last year of the war, the third year of his exile, of Alfred's life
            rf"(?:the\s+)?(?P<ordinal>{ordinal}|\d{{1,2}}(?:st|nd|rd|th)|last|final)\s+year\s+of\s+"
            rf"(?:(?P<the>the)|his|her|their|its|(?:(?-i:[A-Z])[\w-]*\s+){{0,2}}(?-i:[A-Z])[\w-]*['\u2019]s)\s+"
            rf"(?:(?-i:[A-Z])[\w'\u2019-]*\s+){{0,3}}?"
            # and a reign's last year, which no start counts to: "the last year of Philip II's reign"
            rf"(?:{alternation(lex.span_nouns | lex.reign_nouns)})\b(?!['\u2019]s)",
        ),
        (
            "ordinal_year",  # the seventh year, his third year, the spring of the fourth year of Arnuwanda
            rf"\b(?:(?:the\s+)?(?P<season>{season})\s+of\s+)?(?:the|(?P<own>his|her|their))\s+(?P<ordinal>{ordinal})\s+year\b"
            rf"(?!\s+(?:of\s+(?:his|her|their|its)|old|running|in\s+a\s+row)\b)"
            rf"(?:\s+of\s+(?P<name>(?-i:[A-Z])[\w-]+(?:['\u2019](?!s\b)\w+)?)\b(?![\'\u2019]))?",  # Bun'ei
        ),
        (
            "ordinal_unit",  # the eighth day of the operation, his first day in office, the first hours of it
            rf"(?:(?P<the>the)\s+)?(?P<ordinal>{ordinal})\s+(?P<unit>{ordinal_units})"
            rf"(?=\s+(?:{alternation(lex.ordinal_unit_followers)})\b)(?!\s+\w+\s+(?:{month}|\d))",
        ),
        (
            "ordinal_day_told",  # on the second day, on the fourth night: of the days a story tells
            rf"\bthe\s+(?P<ordinal>{ordinal})\s+(?P<unit>day|night)\b(?!\s+(?:of|in|after|before|since|that)\b)",
        ),
        (
            "ordinal_season",  # the first winter of the siege, the second summer of the war
            rf"\bthe\s+(?P<ordinal>{ordinal})\s+(?P<season>{season})\b(?!\s+of\s+(?:\d|the\s+year))",
        ),
        (
            "ordinal_day",  # on the 26th, the morning of the 24th: a day of the month told
            rf"\bthe\s+(?:(?P<part>{alternation(lex.date_parts - {'week', 'weekend'})})\s+of\s+the\s+)?"
            r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?=\s*[,.;:)]|\s+(?-i:[A-Z])|\s+(?:and|but|or|when|while|as|the|it|he|she|they|we)\b)",
        ),
        (
            "day_of_named_month",  # the 27th of last month, the 3rd instant, the first of each month
            rf"\bthe\s+(?P<day>{ordinal}|[0-3]?\d(?:st|nd|rd|th|d))(?:\s+day)?\s+(?:of\s+"
            rf"(?:(?P<every>each|every)|(?P<rel>{month_relatives}))\s+month\b"
            rf"|(?P<letter>{alternation(lex.letter_months)})(?!\w))",
        ),
        (
            "event_units",  # in the [weeks] before the shooting, [days] after it, a [decades-long] battle
            rf"(?:(?<!\bof\s)(?<![\d-]\s)\b(?P<unit>{plurals})"
            rf"(?:\s+(?P<direction>{directions})\b|(?=\s+(?P<relation>{alternation(lex.event_relations)})\b))"
            rf"|\b(?P<long>{units})-long\b)",
        ),
        (
            "recent_units",
            r"\b(?P<rel>recent)\s+(?P<unit>years|months|weeks|days|decades|quarters)\b"
            r"(?:\s+(?:or|and)\s+(?:years|months|weeks|days|decades|quarters)\b)?",
        ),
        (
            "weekday",
            # "following Friday's prayers": a preposition, not "the following Friday"; "the Saturday"
            # alone or with a part of the day, not "the Tuesday deadline" (a noun's "the")
            # "the early hours of Sunday": the start of that day; not "of Thursday morning", a part told
            rf"(?:the\s+(?P<day_start>{alternation(day_starts)})\s+of\s+(?=(?:{weekday})\b(?![\s-]+(?:{part})\b))|{mod})"
            rf"(?:(?P<rel>{relative})\s+(?!(?<=following\s)(?:{weekday})['\u2019]s)|(?P<the_day>the)\s+(?=(?:{weekday})(?:[\s-]+(?:{part})\b|\s*[,.;:!?)]|\s+(?:anyway|instead|again|too)\b))"
            rf"|(?P<named>(?-i:{alternation(lex.day_name_words)}))\s+)?"  # Black Tuesday
            # "Saturday week": a week after the coming Saturday
            rf"(?P<weekday>{weekday})(?P<plural>s)?(?:\s+(?P<week_on>week)\b(?!['\u2019]))?"
            rf"(?:[\s-]+(?P<part>{part})(?P<parts>s)?)?\b"
            rf"(?:\s+of\s+(?P<week_of>last|next|this)\s+week\b)?",  # "Wednesday of last week"
        ),
        (
            "day_word",  # yesterday, yesterday afternoon, mid-afternoon yesterday
            rf"{mod}(?:(?:(?P<pre_mod>{alternation(lex.day_part_modifiers)})(?!night)[\s-]*)?(?P<pre>{part})\s+)?"
            rf"(?<![\w-])(?P<word>{alternation(lex.day_words)})(?:[\s-]+(?P<part>{part}))?\b",
        ),
        (
            "part_of_date",
            rf"(?:the\s+)?(?P<part>{alternation(lex.date_parts)})\s+{part_link}\s+(?:(?P<weekday>{weekday}),?\s+)?(?P<monthname>{month}){abbreviation_dot}{line_gap}{day}\b"
            rf"(?:,?\s+(?P<year>{era_year}|{dual_year}|{dated_year}\b))?",
        ),
        (
            "unit_of_month",  # the second week of July, the last day of July, the first Monday in February,
            # the first weekend of June, the last weekend in September
            rf"{mod}(?:the\s+)?(?P<which>{alternation(lex.month_weeks)}|{ordinal})\s+(?:(?P<unit>weekend|week|day)|(?P<weekday>{weekday}))\s+(?:of|in)"
            # or of the month it is in: "the last weekend of the month", "the first Monday of next month"
            # (not "the month of Muharram")
            rf"\s+(?:(?P<monthname>{month})\b{month_dot}(?:,?\s+(?P<year>{era_year}|{dated_year}\b))?"
            rf"|(?P<month_rel>the|this|that|next)\s+month\b(?!\s+(?:of\b|(?-i:[A-Z]))))",
        ),
        (  # the last day of the year, the first week of this year, the final month of 1999
            "unit_of_year",
            rf"{mod}(?:the\s+)?(?P<which>first|last|final)\s+(?P<unit>day|week|month)\s+of\s+"
            rf"(?:(?P<rel>the|this|that|last|next)\s+year|(?P<year>{dated_year}))\b",
        ),
        (
            "part_of_day_date",  # the morning of 19 August 1872, the week beginning 19 April
            rf"(?:the\s+)?(?P<part>{alternation(lex.date_parts)})\s+{part_link}\s+(?:(?P<weekday>{weekday}),?\s+)?{day}"
            rf"(?:\s+to\s+[0-3]?\d)?\s+(?:of\s+)?"  # the night of 16 to 17 July
            rf"(?:(?P<monthname>{month})\b{month_dot}(?:,?\s+(?P<year>{era_year}|{dual_year}|{dated_year}\b))?|{republican})",
        ),
        ("this_part", rf"{mod}(?P<rel>this|last|tomorrow|yesterday)\s+(?P<part>{part})\b"),
        (
            "bare_part",  # by evening, until morning; through the night: the part of the day last told
            "(?:(?:" + "|".join(rf"(?<=\b{word}\s)" for word in sorted(lex.part_prepositions)) + ")"
            rf"(?P<part>{alternation(lex.bare_parts)})"
            "|(?:"
            + "|".join(rf"(?<=\b{word}\s)" for word in sorted(lex.night_prepositions))
            + r")the\s+(?P<night>night))\b",
        ),
        (
            "nights_counted",  # two nights later: the night that many days after the last day told
            rf"\b(?P<number>{number})\s+nights?\s+(?P<side>{alternation(lex.counting_words)})\b",
        ),
        (
            # the day before, the year after (that), the decade that followed: next to the last date
            "sequel_unit",
            rf"\bthe\s+(?P<unit>{unit}|{part}|{season})(?:\s+(?P<side>{alternation(lex.sequel_words)})(?:\s+that)?(?=\s*(?:[,.;:!?)]|$)|\s+(?:{alternation(lex.sequel_verbs)})\b)"
            rf"|(?=\s+(?P<clause>{alternation(lex.sequel_clauses)})\b(?!\s+(?:the|{alternation(lex.articles)})\b)))",
        ),
        (  # the same week last year, the same day a year ago, the same weekend of last year
            "same_unit",
            r"\bthe\s+same\s+(?P<unit>day|week|weekend|month)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier))\b",
        ),
        (
            "relative_day",
            rf"\b{mod}(?P<the>(?:the|that|this)\s+)?(?P<rel>next|following|previous|preceding|same)\s+(?P<unit>day|{part})\b"
            r"|\bthe\s+day\s+(?P<after>before|after)\s+(?P<word>yesterday|tomorrow)\b",
        ),
        (  # a year counted by Olympiads: "the first year of the 75th Olympiad", "the 140th Olympiad"
            "olympiad",
            rf"\b(?:the\s+(?P<year_of>{ordinal})\s+year\s+of\s+)?the\s+(?P<olympiad>\d{{1,3}}(?:st|nd|rd|th)|{ordinal})"
            rf"\s+(?:{alternation(lex.olympiads)})\b",
        ),
        (
            # a day, month or year of the Islamic calendar: "14 Jumada al-Thani 1324", "15 AH", "AH 656"
            "hijri_date",
            rf"\b(?:(?P<hijri_day>[0-3]?\d)\s+(?P<hijri_month>{alternation(lex.hijri_months)})"
            rf"(?:\s+(?:(?-i:AH)\s+)?(?P<hijri_year>\d{{1,4}})(?:\s+(?-i:AH))?)?"
            rf"|(?P<ah_year>\d{{1,4}})\s+(?-i:AH|A\.H\.)|(?-i:AH|A\.H\.)\s+(?P<ah_year_after>\d{{1,4}})"
            # "the Hijri year 1037", "the year 491 of the Hijra"
            rf"|(?:the\s+)?(?-i:Hijri|Islamic)\s+year\s+(?P<ah_year_named>\d{{1,4}})"
            rf"|(?:the\s+year\s+)?(?P<ah_year_of>\d{{1,4}})\s+of\s+the\s+(?-i:Hijra|Hijrah|Hegira)"
            # a month of a Hijri year: "Ramadan 93", "Safar 609" (not "Ramadan 2024", a Gregorian year)
            rf"|(?-i:(?=[A-Z]))(?P<month_of>{alternation(lex.hijri_months)})\s+(?P<month_year>1?\d{{1,3}})"
            rf"(?!\d)(?:\s+(?-i:AH))?)\b",
        ),
        (
            # a day a country keeps under a name, told with its date: "marks 16 December as Victory
            # Day", "on 7 May, National Humiliation Day", "Liberation Day every 14 June"
            "named_day",
            rf"(?-i:\b(?!(?:{not_names})\s)"
            rf"(?P<named>(?:[A-Z][\w-]*[ \t]+(?:and[ \t]+)?){{0,3}}[A-Z][\w'\u2019-]*[ \t]+Day)\b)",
        ),
        (
            "holiday",  # Christmas, next Easter, the eve of Michaelmas, the feast of Saint Michael
            rf"{mod}(?:(?P<rel>last|this|next|that)\s+|the\s+(?P<eve>eve)\s+of\s+(?:the\s+)?|the\s+(?=feast\s+of\s)"
            # the Sunday after Easter, the fifth Sunday after Easter
            rf"|the\s+(?:(?P<holiday_nth>{weeks_counted})\s+)?(?P<holiday_weekday>{weekday})\s+(?P<holiday_side>after|before)\s+(?!the\b)"
            rf"|the\s+(?P<holiday_week>week)\s+of\s+(?:the\s+)?"  # the week of Christmas
            rf"|the\s+(?=(?:[\w']+\s+){{1,3}}weekend\b)"  # the Memorial Day weekend
            rf"|the\s+(?=(?:{alternation(lex.definite_holidays)})\b))?"  # the Fourth of July
            # its year after a space, or after a comma when a stop or the line's end follows: "Christmas
            # Day, 800, when", a heading "St Brice's Day, 1002"
            rf"(?P<holiday>{alternation(lex.holidays)})"
            rf"(?:(?:\s+|,\s+(?={dated_year}(?:[,.;:)]|[ \t]*(?:\n|\Z))))(?P<year>{dated_year}))?\b"
            # Christmas night, Christmas morning; the Easter weekend, the Thanksgiving holiday weekend
            rf"(?:\s+(?P<holiday_part>{part})\b|\s+(?:holiday\s+)?(?P<holiday_weekend>weekend)\b"
            rf"|\s+(?P<holiday_week_after>week)\b)?",  # Thanksgiving week
        ),
        (
            "clock",  # 7:45pm, 7.45pm, four o'clock, at 6:30, about 8 a.m.
            rf"(?:\b(?P<approx>{alternation(lex.approximate_words)})\s+)?"
            rf"(?:(?:\b(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?\s*(?P<suffix>{suffixes})"
            rf"|\b(?P<hour_word>{hour_words})(?:[\s-]+(?P<minute_word>{minute_words}))?\s+(?P<word_suffix>{word_suffixes})"
            # "eleven-thirty Eastern time", "ten-forty Thursday morning": minutes in words before a zone
            # or a day
            rf"|\b(?P<spoken_hour>{hour_words})[\s-]+(?P<spoken_minute>{minute_words})"
            rf"(?=\s+(?:{zones}|(?-i:[A-Z][a-z]+)\s+time|(?:this|that)\s+(?:{part})|{weekday})\b)"
            # at 6:30, at 7.28
            rf"|\b(?<!\d[:.])(?P<bare_hour>[01]?\d|2[0-3])(?P<bare_mark>[:.])(?P<bare_minute>[0-5]\d)(?![:.,]?\d)"
            # half past two, a quarter to six, one minute past (or after) midnight, ten minutes to noon,
            # twenty past midnight (minutes told without the word only before "past": not "two to one")
            rf"|\b(?P<fraction>half|(?:a\s+)?quarter|(?P<minutes>[1-5]?\d|{minute_words}|{counted})(?P<minutes_word>\s+minutes?)?)"
            r"(?(minutes)(?(minutes_word)|(?=\s+past\b)))\s+"
            rf"(?:(?P<relation>past|to)\s+(?P<fraction_hour>{hour_words}|1[0-2]|[1-9]|{alternation(lex.time_words)})"
            # twenty minutes past twelve o'clock; not "from five hours and 45 minutes to seven hours"
            rf"(?:\s+o['\u2019]clock\b)?(?![\s-]+{units}\b)"
            rf"|(?P<word_relation>after|before)\s+(?P<fraction_word>{alternation(lex.time_words)})))"
            rf"(?=\W|$)"
            # 11 o'clock in the morning; not after "a.m.", whose dot may end its sentence ("at 11:45 a.m.
            # In the afternoon the stock eased")
            rf"(?:(?<!\.)\s+(?P<daypart>{alternation(lex.clock_day_parts)})\b)?"
            rf"|\b(?P<word>{alternation(lex.time_words)})\b)(?:\s+(?P<zone>{zones}|(?!{weekday}|{month})(?-i:[A-Z][a-z]+)\s+time)\b)?"
            rf"(?:,?{clock_gap}(?:(?:(?P<clock_rel>next|this|last)\s+)?(?P<weekday>{weekday})"
            # 12:01 a.m. Tuesday, Oct. 1
            rf"(?:,?\s+(?P<weekday_month>{month}){abbreviation_dot}\s+(?P<weekday_day>[0-3]?\d)\b)?|"
            rf"(?P<dayword>{alternation(lex.day_words)})|(?P<this_part>this\s+{part})|(?P<last_part>last\s+{part})|(?P<that_part>that\s+{part})"
            rf"|the\s+(?:next|following)\s+(?P<next_part>{part}))\b"  # seven o'clock the next morning
            # 10 o'clock, Oct. 1
            rf"|,?{clock_gap}(?P<monthname>{month}){abbreviation_dot}\s+(?P<day>[0-3]?\d)\b)?",
        ),
        (
            "set",
            # every other day, every fifth day
            rf"\b(?P<quant>every|each|per)\s+(?P<other>other\s+|(?P<nth>{nth_words})\s+(?={units}\b))?"
            rf"(?:(?P<weekday>{weekday})(?:\s+(?P<weekday_part>{part}))?"
            rf"|(?P<part>{part})"
            # every three days, every half hour (or half-hour), every quarter of an hour; not "each
            # 30-second spot", an adjective
            rf"|(?:(?P<number>{number})(?:\s*|(?<=half)-|(?<=quarter)-)(?:of\s+an?\s+)?)?(?P<unit>{units}))\b"
            # twice a year, six days a week
            rf"|\b(?P<times>once|twice|(?:{number})\s+(?:times|(?P<part_unit>days?|nights?|hours?)))"
            rf"\s+(?:a|an|per|each)\s+(?P<unit2>{unit})\b(?!\s+{directions}\b)"  # not "one day a week ago"
            rf"|(?<![\w-])(?P<adverb>{alternation(lex.set_adverbs)})\b"  # not "once-daily"
            # "paid quarterly.": an adverb at its clause's end
            rf"|(?<![\w-])(?P<adverbial>{alternation(lex.adverbial_sets)})(?=\s*(?:[.,;:!?)]|$))"
            # every 9 April, every April 9, every May, every winter, every Christmas
            rf"|\b(?:every|each)\s+(?:(?P<set_day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<day_month>{month})"
            rf"|(?P<month_day>{month}){abbreviation_dot}\s+(?P<set_day2>[0-3]?\d)(?:st|nd|rd|th)?"
            rf"|(?P<monthname>{month})|(?P<season>{season})|(?P<holiday>{alternation(lex.holidays)}))\b",
        ),
        (
            "phrase",  # "early that morning", "nearly half a century"; not "pre-dawn"
            # "so early in the year": a degree, the year alone
            rf"(?<![\w-]){not_degree}"
            rf"(?:the\s+(?=(?:early|mid|late)\b))?(?:(?P<mod>{modifier})\s+(?=(?:that|this)\s|(?<=\sin\s)the\s)"
            rf"|(?P<quant>{quantifier})\s+(?=(?:{length_phrases})\b))?(?P<phrase>{alternation(lex.phrases)})\b",
        ),
        ("reference", rf"\b(?P<ref>{alternation(set(lex.references) - lex.weak_references)})\b"),
    ]
    compiled = tuple(
        (name, re.compile(rf"(?<![\w-]){pattern}" if not pattern.startswith(r"\b") else pattern, _FLAGS))
        for name, pattern in rules
    )
    triggers, anchors = _triggers(lex), _anchors(lex)
    scans = _scans(triggers, anchors)
    index = _trigger_index(triggers, scans, anchors)
    return Patterns(
        rules=compiled,
        triggers=index,
        scan_of_rule=tuple(scans[name] for name, _ in rules),
        trigger=re.compile(
            r"(?<![^\W\d_])"  # not inside a word: "dismay"
            + alternation({*index, *"0123456789"} - {DIGITS, CLOCK_DIGITS, YEAR_DIGITS, SHORT_DECADE})
            + r"(?:(?<=\d)\d*|(?<!\d)(?![^\W\d_]))"
        ),
        modal_before=re.compile(rf"(?<![\w']){alternation(lex.modals)}\s+$", _FLAGS),
        # not "would", which tells a plan of the past or a condition ("had warned that Thursday would be")
        modal_after=re.compile(
            rf"\s+(?-i:{alternation(lex.modals - {'would'})})\s+(?!not\b|have\b)(?-i:[a-z])"
        ),
        same_day_before=re.compile(rf"\b(?:{alternation(lex.same_day_phrases)})\s+$", _FLAGS),
        said_on_day=re.compile(
            rf"\b(?:{alternation(lex.reporting_verbs)})\s+(?:on\s+)?(?:(?:late|early)\s+)?"
            rf"(?:{alternation(lex.weekdays)}|today|yesterday)(?:\s+(?:{alternation(lex.parts_of_day)}))?$",
            _FLAGS,
        ),
        forecast_day_before=re.compile(
            rf"\b(?:{alternation(lex.reporting_verbs)})\s+(?:(?:today|tomorrow|{alternation(lex.weekdays)})\s+(?:and|or)\s+)?$",
            _FLAGS,
        ),
        forecast_day_after=re.compile(
            rf"(?:\s+(?:and|or)\s+(?:{alternation(lex.weekdays)}))?\s+would\s+(?!have\b)(?:not\s+)?(?-i:[a-z])",
            _FLAGS,
        ),
        not_time=re.compile(alternation(lex.not_time).replace("'", "['\u2019]") + r"\b", _FLAGS),
        title_word=re.compile(
            r"\b"
            + alternation(
                w.capitalize()
                for w in [*lex.unit_words(), *lex.time_words, *lex.parts_of_day, *lex.seasons]
                if " " not in w
            )
            + r"\b"
        ),
        amount_before=re.compile(
            # an amount, not a year ("in 1961 [...] a day"): 4 flights a week, $2 million a year
            rf"(?:(?<![12]\d\d)\d|{alternation(lex.amount_words)}|(?<![\w-]){counted})"
            # and what is counted, ending on a plural: millions of dollars a day, 300 tons of supplies
            # a day, 40,000 people a year, eight pence a day
            rf"(?:(?:\s+(?:of\s+)?{counted_word}){{0,2}}\s+(?:of\s+)?"
            rf"(?:(?!(?:{alternation(lex.function_words)}|{alternation(lex.present_verbs)})\b){counted_word}s"
            rf"|{alternation(lex.irregular_plurals)}))?\s+$",
            _FLAGS,
        ),
        period_ended=re.compile(rf"\s+{alternation(lex.period_end_words)}\b", _FLAGS),
        year_to_month=re.compile(
            rf"\s+to\s+(?-i:{alternation(m.capitalize() for m in lex.months)})\b(?!\.?,?\s+\d)", _FLAGS
        ),
        reign_start=re.compile(rf"(?<!\w){alternation(lex.reign_starts)}(?!\w)", _FLAGS),
        future=re.compile(rf"(?<![\w-]){not_cue}{future_cue}(?!\w)", _FLAGS),
        future_after=re.compile(rf"(?<![\w-]){not_cue}{future_cue_after}(?!\w)", _FLAGS),
        clock_part_after=re.compile(
            rf"\s+(?:(?:on|in)\s+the\s+(?P<part>{part})\s+of\b|on\s+(?:{weekday})\s+(?P<weekday_part>{part})\b"
            rf"|every\s+(?P<every_part>{part})\b)",
            _FLAGS,
        ),
        clock_announced=re.compile(
            r"(?<!\w)" + alternation(lex.clock_announcers).replace("'", "['\u2019]") + r"\s+$", _FLAGS
        ),
        clock_list_before=re.compile(
            rf"\b(?:{alternation(lex.clock_prepositions)})\s+[0-2]?\d[:.][0-5]\d(?:,\s+[0-2]?\d[:.][0-5]\d)*"
            r"(?:,|,?\s+and|,?\s+or)\s+$",
            _FLAGS,
        ),
        calendar_note=re.compile(
            rf"\s+(?:(?i:{alternation(lex.calendar_marks)})"
            rf"|(?:by|in|according\s+to)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:{alternation(lex.calendar_nouns)})\b)"
        ),
        # not "traditionally dated to 24 August": the date of one event, as scholars give it
        # nor "would normally be Feb. 1, but this year": a modal before it tells one occasion
        habitual=re.compile(
            "".join(rf"(?<!\b{re.escape(modal)}\s)" for modal in sorted(lex.occasion_modals))
            + rf"(?<!\w){alternation(lex.habit_markers)}(?!\w)(?!\s+dated\b)",
            _FLAGS,
        ),
        # "rents, which tenants paid twice a year, at Lady Day and Michaelmas": a habit told just before
        habit_before=re.compile(
            rf"(?<!\w){alternation(lex.habit_markers | lex.yearly_frequencies)},\s+(?:at|on|in|by)\s+"
            rf"(?:(?-i:[A-Z][\w'\u2019-]*\s+){{1,3}}(?:and|or)\s+)?$",  # "at Lady Day and Michaelmas"
            _FLAGS,
        ),
        # "mourned on 13 December every year"; "31 August has been marked annually"
        habit_after=re.compile(
            rf"\s+(?:(?:has|have)\s+been\s+[a-z]+\s+)?(?:{alternation(lex.habit_markers)})(?!\w)", _FLAGS
        ),
        directive=re.compile(
            rf"(?<!\w){alternation(lex.directive_verbs)}\s+(?:[\w'-]+\s+){{0,5}}?to(?!\w)", _FLAGS
        ),
        clock_habit=re.compile(  # not "Calling hours are Friday from 4 p.m.": hours of one day
            rf"(?<![\w-]){alternation(lex.clock_habits)}(?![\w-])"
            rf"(?!\s+{alternation(lex.weekdays)}\b(?!\s+(?:through|to|and)\b))",
            _FLAGS,
        ),
        observance=re.compile(rf"(?<![\w-]){alternation(lex.observance_cues)}(?![\w-])", _FLAGS),
        holiday_noun=re.compile(rf"(?<![\w-]){alternation(lex.holiday_nouns)}(?![\w-])", _FLAGS),
        nation=re.compile(  # not the "American" of "Latin American"
            rf"(?<!Latin\s)(?<!South\s)(?<!Central\s)(?<!North\s)(?<![\w-])(?:{alternation(lex.nations)})(?![\w-])"
        ),
        forecast_word=re.compile(rf"(?<![\w-]){alternation(lex.forecast_words)}(?![\w-])", _FLAGS),
        work_made_before=re.compile(
            rf"\b(?:a|an|the|his|her|its|their)\s+(?:[a-z'-]+\s+){{0,2}}?"
            rf"(?!(?:was|were|is|are|be|been|being|has|have|had)\s)[a-z'-]+\s+"
            rf"(?:{alternation(lex.work_participles)})\s+(?:in|on)\s+$"
        ),
        weather_before=re.compile(
            rf"(?<![\w-]){alternation(lex.weather_words)}\s+(?:(?:by|through|into|from|until|and)\s+)?$",
            _FLAGS,
        ),
        match_word=re.compile(rf"(?<![\w-]){alternation(lex.match_words)}(?![\w-])", _FLAGS),
        numbered_unit=re.compile(rf"(?:\s+[A-Z][\w'-]*){{0,3}}?\s+(?:{alternation(lex.numbered_units)})\b"),
        range_after=re.compile(rf"\s*(?:,\s*)?(?:(?:{alternation(lex.weekday_ranges)})\b|-|\u2013)", _FLAGS),
        promised=re.compile(
            # "agreed to come", not "agreed to the demand": a noun after "to" is no plan
            rf"(?<!\w)(?:{alternation(lex.promise_verbs)}\s+to\s+(?!(?:{alternation(lex.noun_openers)})\s)"
            rf"(?:[\w'-]+\s+){{0,4}}"
            rf"|{alternation(lex.reporting_verbs)}\s+(?:[\w'-]+\s+){{0,3}}?that\s+(?:[\w'-]+\s+){{0,8}}?"
            rf"would\s+(?:[\w'-]+\s+){{0,5}})$",
            _FLAGS,
        ),
        past=re.compile(
            # "had been due to", "had announced he would"; not a modal of the present, which begins
            # a verb of its own ("the credits they had been warning about will not shrink")
            rf"(?<!\w){not_cue}(?:{alternation(lex.future_in_past)}\s+(?:\w+\s+){{0,2}}{alternation(unmodal_cues)}"
            rf"|{alternation(lex.future_in_past_adverbs)}\s+{alternation(lex.future_cues)}"
            # not "will be announced", nor "the last regional chance", "its last episode" (an
            # adjective), nor "will last three days" (the verb)
            rf"|{_not_after(('be', 'being'))}(?!last\b){alternation(lex.past_cues)}"
            rf"|{_not_after(lex.determiners | lex.possessives_or_objects)}{not_after_modal}last"
            # "saw her last in May": an adverb of the past before a preposition or the date
            rf"|(?<=\b(?i:{alternation(lex.possessives_or_objects)})\s)last(?=\s+(?:{last_adverb_followers})\b|\s*$))(?!\w)",
            _FLAGS,
        ),
        flashback=re.compile(
            rf"(?<!\w){alternation(lex.flashback_cues)}(?!\w)(?!\s+to\b)", _FLAGS
        ),  # not "had to"
        fiscal_bound=re.compile(
            rf"\b(?:{fiscal})\s+years?\s+(?:{alternation(lex.year_bounds)})\s+(?:(?:in|on|from)\s+)?$", _FLAGS
        ),
        anniversary_of=re.compile(
            rf"\b(?:{alternation(lex.anniversary_words)})\s+of\s+[^,.;:!?\n]*?\s(?:in\s+)?$", _FLAGS
        ),
        anniversary_falls=re.compile(
            rf"\b(?:(?P<ordinal>{ordinal}|\d+(?:st|nd|rd|th))\s+)?(?P<word>{alternation(lex.anniversary_words)})\b"
            rf"[^.;:!?\n]{{0,60}}?\s(?:will\s+|would\s+)?(?:falls?|fell)\s+on\s+(?:an?\s+)?$",
            _FLAGS,
        ),
        day_frame=re.compile(rf"\b(?:{alternation(lex.day_frames)})\s+$", _FLAGS),
        # the text up to the last "that" after a verb of saying, with a word or more after it; a text
        # with no "that" fails at the lookahead, not after trying every verb at every position
        reported_clause=re.compile(
            rf"^(?=.*?that).*\b(?:{alternation(lex.reporting_verbs)})\s+(?:[\w'-]+\s+){{0,3}}?that\s+(?=[\w'-]+\s+\S)",
            _FLAGS | re.DOTALL,
        ),
        # ", who had succeeded Franz Joseph in": up to a date, with no comma between
        flashback_aside=re.compile(
            rf",\s+{alternation(lex.relative_pronouns)}\s+(?:\w+\s+)?{alternation(lex.flashback_cues)}\s[^,;:.!?\n]*$",
            _FLAGS,
        ),
        every_weekday_before=re.compile(rf"\b(?:every|each)\s+{weekday}\s+(?:and|or)\s+$", _FLAGS),
        # "ahead of Christmas"; "around Thanksgiving and Christmas": a holiday joined to one led in
        feast_lead_in=re.compile(
            rf"\b(?:{alternation(lex.feast_lead_ins)})\s+(?:the\s+)?"
            r"(?:(?:(?-i:[A-Z])[\w'\u2019.]*\s+){1,3}(?:and|or)\s+(?:the\s+)?)?$",
            _FLAGS,
        ),
        old_style_after=re.compile(rf"\s*\(\s*(?:{alternation(lex.old_style_marks)})\s*\)"),
        julian_note_after=calendar_named(lex.julian_calendar_names, lex.old_style_marks),
        gregorian_note_after=calendar_named(lex.gregorian_calendar_names, lex.new_style_marks),
        own_clause=re.compile(rf"\b(?:{alternation(lex.own_clause_conjunctions)})\s+(?!of\b)", _FLAGS),
        year_in_after=re.compile(
            rf"\s+in\s+(?:the\s+year\s+)?(?P<year>\d{{1,4}}\s*(?:{eras})(?!\w)|(?:{eras})\s*\d{{1,4}}\b"
            r"|1\d\d\d\b|20\d\d\b)(?![.,]?\d|\s*(?:%|percent|dollars)\b)"
        ),
        year_rel_after=re.compile(year_told_after, _FLAGS),
        feast_year_after=re.compile(
            rf"(?-i:(?:\s+[a-z]+){{1,2}})\s+of\s+(?P<year>1\d\d\d|20\d\d)\b"
            rf"|,\s+(?:{month}){abbreviation_dot}\s+(?P<year_told>1\d\d\d|20\d\d)\b",
            _FLAGS,
        ),
        weekday_joined=re.compile(
            rf"\b(?P<first>{weekday})(?:\s+{part})?\s*"
            rf"(?:(?P<range>{alternation(lex.weekday_ranges)}|[-\u2013])|{alternation(lex.day_coordinators)})\s*$",
            _FLAGS,
        ),
        things_after=re.compile(rf"\s+(?:[a-z]+\s+)?(?:{plural}|{alternation(lex.irregular_plurals)})\b"),
        # not after a negation: "did not go to the polls" is no present
        # not after a modal or "to": "will go on sale in the third quarter" is no present
        # not after a determiner: "the meet", "a host of" are nouns
        present=re.compile(
            rf"(?<!\w)(?<!\bnot\s)(?<!n't\s){not_after_modal}{_not_after(lex.determiners)}"
            rf"{alternation(lex.present_cues)}(?!\w)",
            _FLAGS,
        ),
        sentence_end=_sentence_end(lex),
        # "through the autumn and": a season that another after "and", "or" or "to" pairs with
        season_before=re.compile(rf"\b(?:{season})\s+(?:and|or|to)\s+$", _FLAGS),
        season_pair=re.compile(
            rf"\s+(?:and|or|to)\s+(?:the\s+)?(?:{season})\s+(?:of\s+)?(?P<year>{era_year}|{dated_year}\b)",
            _FLAGS,
        ),
        year_restated=re.compile(r"\s*\((?P<year>\d{3,4})\)"),
        day_naming=re.compile(
            rf"{day_month}(?:,\s+(?:on\s+)?|\s+(?:[\w-]+\s+){{0,3}}?(?:as|is|was|became)\s+(?:now\s+|still\s+)?"
            rf"(?:(?:its|the|their)\s+)?(?:\w+['\u2019]s\s+)?|\s+(?:the|its)\s+(?:\w+['\u2019]s\s+)?)$",
            _FLAGS,
        ),
        day_named=re.compile(
            rf"(?:,\s+|\s+(?:(?:{alternation(lex.day_naming_verbs)})\s+){{0,4}}?(?:every|each|on)\s+)"
            rf"(?:(?:a\s+)?(?:{weekday}),?\s+)?{day_month}",
            _FLAGS,
        ),
        day_on_after=re.compile(rf",?\s+on\s+(?:(?:{weekday}),?\s+)?{day_month}", _FLAGS),
        full_day=re.compile(
            rf"\b(?P<day>[0-3]?\d)\s+(?P<month>{month})\s+(?P<year>1?\d{{3}})\b"
            rf"|\b(?P<month2>{month}){abbreviation_dot}\s+(?P<day2>[0-3]?\d),?\s+(?P<year2>1?\d{{3}})\b",
            _FLAGS,
        ),
        day_after=re.compile(
            # "June 13, 14 and 15", "Dec. 24 and 25 and on New Year's Day"; not "September 9, 1,117
            # patrolmen", a number with its thousands
            rf"{day_gap}(?P<day>\d{{1,2}}(?:st|nd|rd|th)?)(?=\s*(?:[.,;:!?)](?!\d)|$)|\s+(?:{prepositions}|and|or)\b)",
            _FLAGS,
        ),
        unit_in_the_after=re.compile(rf"\s+in\s+the\s+(?:{unit})\b", _FLAGS),
        day_beside=re.compile(
            rf"\b(?:the\s+)?(?P<unit>day|weekend|week)\s+(?P<side>{alternation(lex.sequel_words)})\s+$",
            _FLAGS,
        ),
        day_before=re.compile(rf"(?<![\w$.,])(?P<day>\d{{1,2}}(?:st|nd|rd|th)?){day_gap}$", _FLAGS),
        era_letters=tuple({era[:2] for era in lex.eras}),
        three_digits=re.compile(r"[1-9](?<=\s.)\d\d\b"),  # after a blank; a digit first, to skip to
        early_date_before=re.compile(rf"\b(?:(?:{month}){abbreviation_dot},?|(?:{season})\s+of)\s+$", _FLAGS),
        early_year=re.compile(dated_year, _FLAGS),
        # it opens with "1", which a search skips to
        old_year_told=re.compile(r"1(?<![\d,.]1)[0-7]\d\d(?![\d,])"),
        # not "the Year 1 pupils", "the year 5 of the plan"; it opens with "year", which a search skips to
        year_named=re.compile(
            r"year(?<=\b[Tt]he\syear)\s+[1-9]\d{0,2}\b(?![.,]?\d|\s*(?:%|percent|AH\b)|\s+(?:of\b|[a-z]+s\b))"
        ),
        # a day and month, or a season, then a number of one or two digits: a year in a text that names
        # one of antiquity; a day must come first, so that "on March 15" stays a day
        short_year_told=re.compile(
            rf"\b(?:[0-3]?\d\s+(?:{month}){abbreviation_dot},?|(?:{season})\s+of)\s+[1-9]\d?\b"
            rf"(?![.,:]?\d|\s+(?:{units}|{things})\b)",
            _FLAGS,
        ),
        introduced_year=re.compile(rf"\b(?:{alternation(lex.year_prepositions)})\s+(1\d\d\d)\b", _FLAGS),
        weekday_date=re.compile(
            rf"\b(?P<weekday>{weekday}),?\s+(?:the\s+)?(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{month})"
            rf"|(?P<month_first>{month}){abbreviation_dot}\s+(?P<day_after>[0-3]?\d)(?:st|nd|rd|th)?)\b(?!\.?,?\s+\d)",
            _FLAGS,
        ),
        pair_closing_year=re.compile(
            rf"\s+(?:{alternation(lex.year_range_words)})\s+(?P<year>[1-9]\d{{2,3}})\b"
            rf"(?![.,:]?\d|\s*(?:%|percent)|\s+(?:of|per|{units}|{things})\b)",
            _FLAGS,
        ),
        # "in 793", "by 795": a year of three digits after a word that introduces years, no count
        introduced_early_year=re.compile(
            rf"\b(?:{alternation(lex.ancient_year_prepositions - {'of'})})\s+{early_year_alone}", _FLAGS
        ),
        early_year_in=re.compile(rf"\bin\s+{early_year_alone}", _FLAGS),
        # callers ask only whether there is one, so the two orders ("44 BC", "AD 14") open with one
        # set of characters, which a search skips to instead of trying every position
        era_mark=re.compile(rf"[\dA](?:(?<=\d)\s*(?:{eras})(?!\w)|(?<=A)(?<!\wA)(?:D|\.D\.)\s*\d)"),
        period_edge=re.compile(
            rf"(?<![\w-])the\s+(?P<edge>{alternation(lex.period_edges)})\s+(?P<unit>{alternation(lex.edge_units)})"
            r"\s+of\s+$",
            _FLAGS,
        ),
        complement=re.compile(rf"\b(?:{alternation(lex.complement_verbs)})\s+(?:[\w'-]+\s+){{0,4}}$", _FLAGS),
        marked_adverb=re.compile(
            rf"\b(?:{alternation(lex.adjective_markers)})\s+[\"\u201c]?[a-z]+ly\s+$", _FLAGS
        ),
        habit_aside=re.compile(rf"\bas\s+(?:[\w']+\s+){{0,3}}?(?:{alternation(lex.habit_words)})\b", _FLAGS),
        occasion_verb=re.compile(rf"\b(?:{alternation(lex.occasion_verbs)})\s+(?:\d+\s+)?$", _FLAGS),
        # "set sentencing for June 27"; a day a thing is moved to by an active verb: "postponed Halloween
        # trick-or-treating to Monday"
        appointment_setter=re.compile(
            rf"\b(?:(?:{alternation(lex.appointment_setters)})\s+(?:[\w'-]+\s+){{1,4}}for"
            rf"|(?:{alternation(lex.rescheduling_verbs)})\s+(?:[\w'-]+\s+){{1,3}}to"
            # "moved the filing deadline from April 15 to [July 15]"
            rf"|(?:{alternation(lex.rescheduling_verbs)})\s+{moved_object}from\s+(?:[\w.,:'-]+\s+){{1,4}}to)\s+$",
            _FLAGS,
        ),
        rescheduled_from=re.compile(
            rf"\b(?:{alternation(lex.rescheduling_verbs)})\s+{moved_object}from\s+$", _FLAGS
        ),
        appointment_set=re.compile(
            rf"\b(?:is|are|was|were|(?<!had\s)been|be)\s+(?:(?:[a-z]\w{{2,}}ed|set|{alternation(lex.irregular_past)})\s+for"
            rf"|(?:{alternation(lex.rescheduling_verbs)})\s+to)\s+$",  # "has been moved to Tuesday"
            _FLAGS,
        ),
        participle=re.compile(rf"(?<![\w-]){_not_after(lex.adjective_markers)}{not_cue}{participle_form}"),
        participle_aside=re.compile(  # not an attribution's ", said he would begin shooting,"
            rf"(?<=[a-z]),\s+(?!(?:{alternation(lex.reporting_verbs)})\s+{reported_subject}){participle_form}"
            r"[^,;:]*,(?=\s+[a-z])"
        ),
    )


def _by_length(words: Iterable[str]) -> list[str]:
    """``words`` escaped and joined into one alternation per length, for fixed-width lookbehinds."""
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(re.escape(word))
    return ["|".join(group) for _, group in sorted(by_length.items())]


_BARE_UNITS = ("years", "months", "weeks", "decades", "centuries", "days", "hours", "minutes", "seconds")


def _contrasted_units(joints: Iterable[str]) -> list[str]:
    """A bare unit and a joint that sets it against the next one: "days, not", "weeks if not"."""
    return [f"{unit}{comma} {joint}" for unit in _BARE_UNITS for comma in ("", ",") for joint in joints]


def _future_cue(lex: Lexicon, cues: set[str] | frozenset[str]) -> str:
    """A pattern for the future cues ``cues``: a participle only where it is no adjective ("the
    expected range", "as expected"), none after "to" ("directed them to begin"), and "may" only in
    lower case and not before "have" (told of the past)."""
    participles = {cue for cue in cues if cue.endswith("ed") and " " not in cue}
    return (
        rf"(?:(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bas\s){alternation(participles)}"
        rf"|(?<!\bto\s){alternation(set(cues) - participles)}"
        rf"|(?-i:{alternation(lex.lower_case_future_cues)})(?!\s+(?:not\s+)?have\b))"
    )


def _after(words: Iterable[str]) -> str:
    """Lookbehinds, any of which holds right after one of ``words`` and a blank."""
    return "|".join(rf"(?<=\b(?i:{group})\s)" for group in _by_length(words))


def _not_after(words: Iterable[str]) -> str:
    """Lookbehinds that fail right after one of ``words`` and a blank."""
    return "".join(rf"(?<!\b(?i:{group})\s)" for group in _by_length(words))


def _sentence_end(lex: Lexicon) -> re.Pattern[str]:
    """A sentence's end: ! ? ; a line break, or a dot before a blank that is no abbreviation's and is
    not followed by a lower-case word or a number: none in "Sept. 14", "U.S. officials", "Mr. Bush",
    "George W. Bush"."""
    not_abbreviation = (  # checked after the dot
        "".join(rf"(?<!\b(?:{group})\.)" for group in _by_length(lex.title_abbreviations)) + r"(?<!\s[A-Z]\.)"
    )
    # nor "7 p.m. CDT Saturday", "10 a.m. Friday": a clock time's zone or day goes on its sentence
    clock_goes_on = rf"(?!(?<=[ap]\.m\.)\s+(?i:{alternation(lex.weekdays)}|{alternation(lex.time_zones)})\b)"
    quote = "(?:''|[\"\u201d\u2019)])?"  # a quotation or brackets the sentence closes: .'' ." .)
    # one mark first, then which: a pattern that opens with a set of characters is searched by
    # skipping to them, about fifteen times as fast as trying every position
    return re.compile(
        rf"[!?;\n.](?:(?<=[!?]){quote}|(?<=[;\n])|(?<=\.){not_abbreviation}{quote}(?!\s+[a-z0-9$]){clock_goes_on})\s"
    )


def _scans(triggers: dict[str, set[str]], anchors: dict[str, re.Pattern[str]]) -> dict[str, int]:
    """Each rule's scan: one per distinct set of trigger tokens, reach and anchor (the unit rules share)."""
    keys: dict[tuple[frozenset[str], tuple[int, int], re.Pattern[str] | None], int] = {}
    return {
        name: keys.setdefault(
            (frozenset(tokens), _RULE_REACH.get(name, _REACH), anchors.get(name)), len(keys)
        )
        for name, tokens in triggers.items()
    }


def _anchors(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    """What must match at a rule's trigger token (in lower case) for a window to open there: a
    holiday's whole name, not just "New" or "Father"; for a clock, "quarter" only as "a quarter past
    (to, after) six"; for a numeric date or a day told by its ordinal, the number they open with
    ("3/21/2013", "the 24th"). Each lets through every token the rule's matches can hold."""
    hyphenated = {tuple(word.rsplit("-", 1)) for word in lex.day_words if "-" in word}  # to-day
    return {
        "holiday": re.compile(alternation(lex.holidays), _FLAGS),
        "clock": re.compile(r"(?!quarter\b)|quarter\s+(?:past|to|after|before)\b", _FLAGS),
        "slash": re.compile(r"[0-3]?\d[/.]\d"),
        "ordinal_day": re.compile(r"[0-3]?\d(?:st|nd|rd|th)\b"),
        # the last word of an old "to-day", "to-night", "to-morrow" only after its "to-" (not "day-to-day")
        "day_word": re.compile(
            rf"(?<=(?<![\w-])(?:{alternation(first for first, _ in hyphenated)})-)"
            rf"|(?!(?:{alternation(last for _, last in hyphenated)})\b)"
        ),
        # a weekday that a numeric date or a count of weeks goes with: "Tuesday 3/21", "a week from
        # Sunday"; a month after its day ("16 December", "16th of December", "13 (25) September")
        "weekday_numeric": re.compile(r"\w+,?\s+[0-3]?\d/\d"),
        "weekday_count": re.compile(r"(?<=ago\s)|(?<=from\s)|(?<=on\s)|(?<=\s\s)"),
        "day_month": re.compile(r"(?<=[\dtdhf)]\s)|(?<=\s\s)"),
        # a unit of a month before "of" or "in" ("the first week of January", "the first Monday in
        # February"); a year after an ordinal ("the twenty-first year"); a year of 1000-1799
        "unit_of_month": re.compile(r"\w+\s+(?:of|in)\s"),
        "ordinal_year": re.compile(r"(?<=(?:th|st|nd|rd)\s)|(?<=\s\s)"),
        "old_year": re.compile(r"1[0-7]"),
        "year": re.compile(r"(?!year\b)|year\s+[1-9]", _FLAGS),  # "the year 787": "year" before its number
        "set": re.compile(r"(?!(?:week|month|year)\b)|(?<=after\s)"),  # "year after year": its last "year"
        # a 24-hour clock: its hour before a colon, 0630, or a zone or "hours" just after digits
        "clock24": re.compile(r"\d+:|0\d\d\d|(?<=\d)|(?<=\d\s)|(?<=\s\s)"),
        "elapsed": re.compile(r"\d\d?:\d\d:\d"),  # hours, minutes and seconds
        # a direction's last word after its first ("from now"; not "now" alone)
        "ago": re.compile("|".join(_direction_ends(lex.directions)), _FLAGS),
    }


def _direction_ends(directions: Iterable[str]) -> list[str]:
    """For each direction ("ago", "from now"), a pattern for its last word where it can end it: after
    the word before it, or after two blanks (a lookbehind of fixed width cannot see past them)."""
    ends = []
    for direction in directions:
        *before, last = direction.split()
        after = rf"(?:(?<={re.escape(before[-1])}\s)|(?<=\s\s))" if before else ""
        ends.append(rf"{after}{re.escape(last)}\b")
    return ends


def _trigger_index(
    triggers: dict[str, set[str]], scans: dict[str, int], anchors: dict[str, re.Pattern[str]]
) -> dict[str, tuple[ScanReach, ...]]:
    index: dict[str, set[ScanReach]] = {}
    for name, tokens in triggers.items():
        for token in tokens:
            index.setdefault(token, set()).add(
                (scans[name], *_RULE_REACH.get(name, _REACH), anchors.get(name))
            )
    return {token: tuple(sorted(reaches, key=lambda reach: reach[0])) for token, reaches in index.items()}


@cache
def patterns(language: str = "en") -> Patterns:
    """Compiled patterns of ``language`` (cached)."""
    return build(load(language))


def early_dates(pats: Patterns, text: str) -> int:
    """How many dates of the first millennium ``text`` tells without an era ("1 November 866",
    "the autumn of 865"); found from its three-digit numbers, which few texts have many of, and in
    a text that names such a year ("the year 69"), from its days and seasons of one- and two-digit
    years ("1 January 69")."""
    # "The year 69": a year of antiquity by its name; not in a text of the years 1000-1799, whose
    # "the year 887" counts from the Hijra
    found = 0 if pats.old_year_told.search(text) else len(pats.year_named.findall(text))
    if found:
        found += len(pats.short_year_told.findall(text))
    for number in pats.three_digits.finditer(text):
        at = number.start()
        if pats.early_date_before.search(text, max(0, at - 20), at) and pats.early_year.match(text, at):
            found += 1
    return found
