"""Language data for the tagger: word tables read from ``data/<lang>.json``, and regex alternations of them.

Everything language-specific lives in the JSON file; the engine only sees this :class:`Lexicon`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

_DATA = Path(__file__).with_name("data")
_POSSESSIVE = "'s"
_SAINT_TITLES = ("st", "st.", "saint")  # St George, St. George, Saint George


def alternation(words: Iterable[object]) -> str:
    """A non-capturing regex alternation of ``words`` that prefers the longest, spaces matching any
    blank run; factored by shared prefixes (a trie), which scans much faster than a flat list."""
    trie: dict[str, dict] = {}
    for word in {str(w) for w in words}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        end = "" in node
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + render(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body  # greedy: the longer word first

    return "(?:" + render(trie) + ")"


@dataclass(frozen=True)
class Lexicon:
    """The word tables of one language (all keys lower case)."""

    months: dict[str, int]
    ambiguous_months: frozenset[str]
    month_prepositions: frozenset[str]
    weekdays: dict[str, int]
    numbers: dict[str, float]
    articles: frozenset[str]
    vague_numbers: frozenset[str]
    number_joiners: frozenset[str]  # two hundred and fifty
    duration_adjectives: frozenset[str]
    ordinals: dict[str, int]
    units: dict[str, str]
    unit_plurals: dict[str, str]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    date_parts: frozenset[str]  # parts of day that form one expression with a date: the morning of May 3
    day_words: dict[str, int]
    roman_days: dict[str, list[int]]  # the Ides of March: [13, 15], the 15th in a long month
    roman_long_months: frozenset[int]
    republican_months: dict[str, int]  # Brumaire: 2, in the French Republican calendar
    republican_years: dict[str, str]  # viii: 1799-09-23, the Gregorian day its first day fell on
    day_word_parts: dict[str, str]  # tonight: the part of the day a day word names
    references: dict[str, str]
    weak_references: frozenset[str]
    relative: dict[str, int]
    directions: dict[str, int]
    modifiers: dict[str, str]
    quantifiers: dict[str, str]
    set_adverbs: dict[str, str]
    adverbial_sets: dict[str, str]  # quarterly -> P3M: a SET only as an adverb ("paid quarterly.")
    holidays: dict[str, str]  # with the saints' days written out; a national day's "" (see national_days)
    national_days: dict[str, dict[str, str]]  # independence day -> {Ghana: 03-06, ...}
    nations: dict[str, str]  # a word naming a nation -> the nation: Ghanaian -> Ghana
    holiday_tables: dict[str, dict[str, str]]  # lunar_new_year: {2020: 01-25}: a feast's day, year by year
    name_openers: frozenset[str]  # "Before Victory Day": a capitalised word that begins no name
    day_naming_verbs: frozenset[str]  # "Liberation Day is celebrated every 14 June": words before its date
    hijri_months: dict[str, int]  # rajab: 7, a month of the Islamic calendar
    olympiads: frozenset[str]  # olympiad: the Greek count by the games' four-year periods
    era_years: dict[str, int]  # keichō: 1596, the first year of an East Asian era (and keicho)
    founding_eras: dict[str, int]  # "of the city": -753, the first year of a count from a founding
    lower_case_holidays: frozenset[str]  # the lunar new year: a holiday's name in lower case too
    years_reported: frozenset[str]  # for the full year: in the first quarter, the year just ended
    kinds_of_day: frozenset[str]  # leap day: a holiday that is also a kind of day ("adds a leap day")
    indefinite_words: frozenset[str]  # a, every, its: before a kind of day, they pick out no one day
    qualified_holidays: frozenset[str]  # the Jewish New Year: another calendar's after a capitalised word
    definite_holidays: frozenset[str]  # the Fourth of July: a holiday whose "the" is inside it
    ordinal_holidays: dict[str, str]  # fourth: 07-04 ("over the Fourth"), a holiday called by its ordinal
    saints_days: dict[str, str]  # george's: 04-23 (St George's Day)
    count_nouns: frozenset[str]
    not_plurals: frozenset[str]  # in 1665 was: a word in -s that counts nothing
    subject_verbs: frozenset[str]  # said that May was: the month is a subject
    name_words: frozenset[str]  # Black September, Bloody Sunday: a name, no date (case matters)
    day_name_words: frozenset[str]  # on Black Tuesday: in a story, the day named by its events
    day_ordinal_prepositions: frozenset[str]  # on the 26th: a day of the month told of
    amount_words: frozenset[str]
    flow_measures: frozenset[str]  # barrels: "8 million barrels a day" is a measure, as "per day", no set
    phrases: dict[str, list[str]]
    period_end_words: frozenset[str]
    fiscal: frozenset[str]
    year_words: dict[str, int]
    spoken_centuries: dict[str, int]
    year_prepositions: frozenset[str]
    length_leaders: frozenset[str]  # for months, took years: a bare plural unit is a length of time
    length_qualifiers: frozenset[str]  # lasted only minutes: words between a leader and the unit, outside it
    length_of_leaders: frozenset[str]  # after weeks of talks: so is one before "of"
    origin_prepositions: frozenset[str]  # since March: behind the time of writing
    season_prepositions: frozenset[str]  # by spring: a season with no determiner that is a date
    event_seasons: frozenset[str]  # fall: also an event ("survived the fall")
    event_season_leads: frozenset[str]  # spent the fall: words that make "the fall" the season
    ahead_prepositions: frozenset[str]  # by spring (in November): next year's
    weekday_customs: frozenset[str]  # Friday prayer: in a story, a custom of every week
    weekday_compounds: frozenset[str]  # Sunday school: one word, no day
    weekday_article_followers: frozenset[str]  # on a Sunday in Lent: "a" is the weekday's
    period_edges: dict[str, str]  # the first days of May: START
    edge_units: dict[str, str]  # days: the finest period they can be the first or last of, a month
    deadline_prepositions: frozenset[str]  # by February: a deadline, ahead of the time of writing
    old_style_marks: frozenset[str]  # O.S.: a day told in the Julian calendar
    new_style_marks: frozenset[str]  # N.S.: a day told in the Gregorian calendar
    gregorian_calendar_names: frozenset[str]  # Gregorian, Dutch: "15 November by the Dutch calendar"
    julian_calendar_names: frozenset[str]  # Julian, Russian: "dated 17 October in the Russian calendar"
    own_clause_conjunctions: frozenset[str]  # because: its clause has its own tense
    statistic_nouns: frozenset[str]  # the April figures: a month whose figures come out after it
    feast_lead_ins: frozenset[str]  # ahead of Christmas: the nearest one, whatever the tense
    appointment_prepositions: frozenset[str]  # for Monday: ahead like a deadline, for weekdays only
    week_links: frozenset[str]  # the week beginning 19 April: a week named by a day in it
    month_weeks: dict[str, int]  # the second week of July: 2, the last: -1
    irregular_plurals: frozenset[str]  # 214 people: a count after a month, not a year
    reign_starts: frozenset[str]  # was crowned, came to the throne: the first year of a reign
    appointment_setters: frozenset[str]  # set: "set sentencing for June 27" is ahead
    deadline_setters: frozenset[str]  # gave them until Tuesday: a past verb that keeps a deadline ahead
    counting_words: dict[str, int]  # two years later: +1, three days earlier: -1
    sequel_words: dict[str, int]  # the day before,: the day before the last day told
    sequel_clauses: dict[str, int]  # the decade that followed: the decade after the last date told
    sequel_verbs: frozenset[str]  # the night before had been wet: a verb after "the night before"
    bare_parts: frozenset[str]  # by evening: a part of the day named alone after a preposition
    part_prepositions: frozenset[str]  # by, until: before a part of the day named alone
    night_prepositions: frozenset[str]  # through, during: before "the night" of the day told
    day_coordinators: frozenset[str]  # April 24 and 25: a day that shares the month of its neighbour
    weekday_ranges: frozenset[str]  # Thursday through Saturday: the day after it follows the one before
    age_phrases: frozenset[str]  # at the age of 42: an age, no year
    ancient_year_prepositions: frozenset[str]  # in 117: a year once the text is in antiquity
    circa: frozenset[str]  # c. 1150: an approximate year
    approximate_words: frozenset[str]  # in about 410: approximate after a word that introduces years
    period_codes: dict[str, str]
    year_parts: dict[str, str]
    time_suffixes: frozenset[str]
    time_words: dict[str, str]
    time_zones: frozenset[str]
    future_cues: frozenset[str]
    directive_verbs: frozenset[str]  # urged them to stay: the "to" after one looks ahead
    promise_verbs: frozenset[str]  # promised to come the next day: a plan, which a story does not move to
    exact_words: frozenset[str]  # exactly: "exactly 130 years ago" counts to the day
    observance_cues: frozenset[str]  # celebrates, national day: a day without its year kept every year
    holiday_nouns: frozenset[str]  # national holiday: in a history, a day without its year kept every year
    year_lead_phrases: frozenset[str]  # as early as: a year before 1800 after them is one
    celebration_verbs: frozenset[str]  # celebrates, marks: a story's "today" in their clause is the day
    match_words: frozenset[str]  # scored, kickoff: a half or quarter near them is a period of play
    determiners: frozenset[str]  # the, its: "the meet", "a host of" are nouns, no present
    possessives_or_objects: frozenset[str]  # her: "her last shift" is an adjective's "last", no past
    noun_openers: frozenset[str]  # the, his: "agreed to the demand" is no plan
    clock_habits: frozenset[str]  # as usual, on both days: a clock time told in their sentence recurs
    dawn_words: frozenset[str]  # at dawn: a morning that follows an evening told before it
    numbered_units: frozenset[str]  # the 2nd Canadian Infantry Division: a numbered unit or title, no day
    month_titles: frozenset[str]  # earl: "the Earl of March" holds a title, no month
    same_day_phrases: frozenset[str]  # "this time last year": the day of writing, in that year
    past_cues: frozenset[str]
    flashback_cues: frozenset[str]  # had been launched: before the story's time
    day_frames: frozenset[str]  # throughout, ended: "the day" after them is the day the text is on
    length_contrasts: frozenset[str]  # "days, not weeks": two bare units set against each other
    year_bounds: frozenset[str]  # ends, begins: "whose fiscal year ends in September" is any year's
    lower_case_future_cues: frozenset[str]  # may: a cue only in lower case, else the month
    reporting_verbs: frozenset[str]  # said, reminded: the clause after their "that" has its own tense
    forecast_words: frozenset[str]  # forecasters: a weekday after the weather in their sentence is ahead
    yearly_frequencies: frozenset[str]  # twice a year: "paid twice a year, at Lady Day" is any year's
    work_participles: frozenset[str]  # published, written: "a book published in 1795" moves no story
    weather_words: frozenset[str]  # rain, sunshine: a weekday just after one in a forecast is ahead
    relative_pronouns: frozenset[str]  # who, which: a relative clause, an aside when set off by commas
    present_cues: frozenset[str]  # the deadline is Feb. 7: neither way
    approximations: frozenset[str]  # a week or so
    anaphoric_relative: frozenset[str]  # the previous Friday: from the last date mentioned
    month_anaphors: frozenset[str]  # that, the same: "the 15th of that month" is of the month last told
    letter_months: dict[str, int]  # ultimo -> -1: "the 23d ultimo" is of the month before the letter's
    story_relative: frozenset[str]  # the coming winter: in a story, from the story's time
    vague_counting_words: frozenset[str]  # later: "a few days later" is a date all the same
    anaphoric_directions: frozenset[str]  # a year earlier: from the last date told, not from now
    eras: dict[str, str]  # 44 BC, AD 79 (case-sensitive)
    year_range_words: frozenset[str]  # from 1509 to 1547
    range_openers: frozenset[str]  # from, between: before the date that opens a range
    delivery_nouns: frozenset[str]  # December corn, the March contract: a futures month, to come
    irregular_past: frozenset[str]  # began, held: weak past cues like -ed words
    unchanged_past: frozenset[str]  # cost, put: past forms that are the present too
    event_relations: dict[str, int]  # the weeks before the shooting: -1, days after it: +1
    modals: frozenset[str]  # will one day: some day
    present_modals: frozenset[str]  # will, can: a modal of the present, no future told in the past
    ordinal_unit_followers: frozenset[str]  # the eighth day of the operation
    stretch_relations: frozenset[str]  # in the years that followed: a stretch (DURATION)
    not_time: frozenset[str]  # the future of our peoples, today's world: no time expression
    day_part_modifiers: dict[str, str]  # mid-afternoon yesterday: MID
    clock_day_parts: dict[str, str]  # at 4 in the morning: a.m.
    clock_prepositions: frozenset[str]  # at, until: before "4 in the morning"
    adjective_markers: frozenset[str]  # a still unspecified date: -ed as an adjective
    future_in_past: frozenset[str]  # had been due to: a plan told in the past
    future_in_past_adverbs: frozenset[str]  # originally planned for: a past plan (adjacent only)
    false_cues: frozenset[str]  # next to the embassy: no future
    title_abbreviations: frozenset[str]  # Mr. Bush: a dot that ends no sentence (case matters)
    auxiliaries: frozenset[str]  # was written in 106: a participle after one is the verb, not a qualifier
    complement_verbs: frozenset[str]  # keep banks shut: the participle after the object is no past cue
    pure_participles: frozenset[str]  # written, sworn: participles that are no past tense
    intransitive_pasts: frozenset[str]  # died, arrived: -ed verbs that are no participle of a noun
    not_participles: frozenset[str]  # speed, hundred, indeed: words in -ed that are no past form
    point_quantifiers: dict[str, str]  # more than a decade ago: BEFORE the year it counts back to
    anniversary_words: frozenset[str]  # The fortieth anniversary falls on Thursday: the writer's day
    anniversary_counts: dict[str, int]  # centenary: 100, the years it counts as "hundredth" would
    commemoration_verbs: frozenset[str]  # Hungary today commemorates the uprising: a history's lead
    hemispheres: dict[str, int]  # the southern winter: months from the northern season its code names
    scholar_nouns: frozenset[str]  # historians today believe: nowadays, not the day of writing
    feast_events: frozenset[str]  # its Halloween parade: an event a feast names, held on a day of its own
    installment_words: frozenset[str]  # payment, due: a half before them is a bill's, no half-year
    lasting_verbs: frozenset[str]  # the fire remains today one of the best-remembered: nowadays
    occasion_words: frozenset[str]  # Today marks the centenary: a story's "today" is the writer's day
    rescheduling_verbs: frozenset[str]  # has been moved to Tuesday: the day a thing is moved to lies ahead
    event_days: dict[str, int]  # 09-11: 2001, the year of a day named for what happened on it
    event_nouns: frozenset[str]  # the Sept. 11 attacks: the noun that names the event of such a day
    occasion_verbs: frozenset[str]  # turns 35 today: a story's "today" is the writer's day
    plan_words: frozenset[str]  # Today crowds are expected: a plan makes a story's "today" the writer's day
    habit_words: frozenset[str]  # keep the anniversary every year: an occasion of no one day
    calendar_marks: frozenset[str]  # 3 July O.S.: a day restated in the other calendar
    calendar_nouns: frozenset[str]  # 21 March by the Julian calendar, by English reckoning
    attributive_references: frozenset[str]  # "current": of the present only before its noun
    function_words: frozenset[str]  # and, of, in ...: no noun
    story_references: frozenset[str]  # a story's "now resolved": the story's moment, untagged
    present_verbs: frozenset[str]  # is, are, has, have: "is now visited" is the present
    subject_pronouns: frozenset[str]  # he, she, it, they: "now he assigned"
    reign_nouns: frozenset[str]  # the tenth year of his reign, of his pontificate: counted from its start
    accessions: dict[str, str]  # george iii: 1760-10-25, the day a monarch's years of reign count from
    span_nouns: frozenset[str]  # the last year of the war, the third year of his exile
    number_labels: frozenset[str]  # No., page ... 1645: a label, never a year
    year_prefixes: dict[str, str]  # pre-1906: a year with the mod its prefix gives (BEFORE)
    clock_announcers: frozenset[str]  # "It's 7:42 on this Tuesday morning": a bare clock time told
    habit_markers: frozenset[str]  # the rains usually begin in May, each year on 12 July: any year's
    occasion_modals: frozenset[str]  # would normally be Feb. 1: one occasion's date, no habit
    degree_words: frozenset[str]  # this late in 1980: a degree, no modifier of the year

    def unit_of(self, word: str) -> str | None:
        """The unit key of a unit word, singular or plural ("years" -> "year")."""
        word = word.lower()
        if word in self.units:
            return word
        if word in self.unit_plurals:
            return self.unit_plurals[word]
        if word.endswith("s") and word[:-1] in self.units:
            return word[:-1]
        return None

    def is_month_abbreviation(self, word: str) -> bool:
        """ "sept" and "dec" are, "december" and "may" are not."""
        number = self.months.get(word)
        return number is not None and len(word) < max(len(w) for w, n in self.months.items() if n == number)

    def unit_words(self) -> list[str]:
        return [*self.units, *(u + "s" for u in self.units), *self.unit_plurals]


@cache
def load(language: str = "en") -> Lexicon:
    """The lexicon of ``language`` (cached)."""
    raw: dict[str, Any] = json.loads((_DATA / f"{language}.json").read_text(encoding="utf-8"))
    fields = Lexicon.__dataclass_fields__
    values = {
        name: frozenset(raw[name]) if isinstance(raw[name], list) else dict(raw[name]) for name in fields
    }
    values["holidays"] = {
        **dict.fromkeys(raw["national_days"], ""),
        **_titled(values["holidays"]),
        **_saints_days(raw["saints_days"]),
        **raw["ordinal_holidays"],
    }
    values["nations"] = {word: nation for nation, words in raw["nations"].items() for word in words}
    values["definite_holidays"] = frozenset(
        {*_titled(dict.fromkeys(raw["definite_holidays"])), *raw["ordinal_holidays"]}
    )
    values["ordinals"] = {**values["ordinals"], **_compound_ordinals(raw["numbers"], raw["ordinals"])}
    values["era_years"] = {
        **{_unmarked(era): year for era, year in raw["era_years"].items()},
        **raw["era_years"],
    }
    return Lexicon(**values)


def _compound_ordinals(numbers: dict[str, float], ordinals: dict[str, int]) -> dict[str, int]:
    """Ordinals from 21 to 99 told in words: twenty-first, twenty first ... ninety-ninth."""
    tens = {word: int(n) for word, n in numbers.items() if word.isalpha() and n in range(20, 100, 10)}
    units = {word: n for word, n in ordinals.items() if word.isalpha() and 1 <= n <= 9}
    return {
        f"{ten}{joint}{unit}": ten_value + unit_value
        for ten, ten_value in tens.items()
        for unit, unit_value in units.items()
        for joint in ("-", " ")
    }


def _unmarked(word: str) -> str:
    """``word`` without its letters' marks, as English often writes it: keichō -> keicho."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _titled(names: dict[str, Any]) -> dict[str, Any]:
    """``names`` with each saint's title written every way English writes it: the feast of the
    Conversion of St Paul, of St. Paul, of Saint Paul."""
    out = dict(names)
    for name, value in names.items():
        words = name.split(" ")
        if "st" in words:
            for title in _SAINT_TITLES:
                out[" ".join(title if word == "st" else word for word in words)] = value
    return out


def _saints_days(saints: dict[str, str]) -> dict[str, str]:
    """Each saint's day as a holiday, written as English writes it: St George's Day, St. George's
    Day, Saint George's Day, St Vitus' Day, St Ciaran's Day, the feast of Saint George."""
    names = {
        **saints,
        **{_unmarked(name): day for name, day in saints.items()},
    }
    names |= {name[: -len(_POSSESSIVE)] + "'": day for name, day in names.items() if name.endswith("s's")}
    days = {f"{title} {name} day": day for name, day in names.items() for title in _SAINT_TITLES}
    feasts = {  # (the) feast of Saint Michael
        f"feast of {title} {name.removesuffix(_POSSESSIVE)}": day
        for name, day in names.items()
        if name.endswith(_POSSESSIVE)
        for title in _SAINT_TITLES
    }
    return {**days, **feasts}
