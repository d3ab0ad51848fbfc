"""The rule engine: find candidate expressions with the compiled patterns, keep the longest
non-overlapping ones, and normalize each against the DCT (news) or the last date mentioned (narrative).
"""

from __future__ import annotations

import bisect
import re
from calendar import isleap, monthrange
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import MAXYEAR, MINYEAR, date, datetime, timedelta
from functools import cached_property, lru_cache
from itertools import pairwise

from timeline.day import CYCLE_YEARS, Day, add_years
from timeline.model import Precision, Span, Timex, TimexType
from timeline.temporal.arithmetic import (
    FIRST_GREGORIAN_YEAR,
    easter,
    format_value,
    from_julian,
    nth_weekday,
    orthodox_easter,
    shift,
    to_julian,
    weekday_near,
)
from timeline.temporal.counting import Counted, counted_clock, counted_date, counted_from_now, years_on
from timeline.temporal.lexicon import Lexicon, load
from timeline.temporal.patterns import (
    CLOCK_DIGITS,
    DIGITS,
    SHORT_DECADE,
    YEAR_DIGITS,
    Patterns,
    early_dates,
    patterns,
)
from timeline.temporal.values import counted_year_value, day_value, is_timex3_value, value_range, year_value

_UNDERSPECIFIED = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "year": "XXXX",
    "decade": "XXX",
    "century": "XX",
}
_SMALLER_UNIT = {"Y": ("M", 12), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}
_YEARS_PER = {"DE": 10, "CE": 100, "ML": 1000}
_DURATION_UNIT = {"S": "T{n}S", "MIN": "T{n}M", "H": "T{n}H", "WE": "{n}WE", "ML": "{n}ML"}
# after "the day": a phrase or clause that names which day ("of the vote", "he died", "'s trading")
_THE_DAY_NAMED = re.compile(
    r"['\u2019-]|\s+(?:of|when|that|before|after|on|in|[A-Z]\w*|he|she|they|it|we|you|I|his|her|their|its|the|a|an)\b"
)
_SPEC = re.compile(r"(?P<that>that:)?(?P<unit>[a-z]+)(?P<step>[+-]\d+|~\d+)(?::(?P<part>[A-Z][A-Z\d]))?")
_FIXED_HOLIDAY = re.compile(r"^\d\d-\d\d$")
_FULL_DAY = re.compile(r"^(?:BC)?\d{4}-\d{2}-\d{2}")
_DAY_SHAPED = re.compile(r"(?:BC)?[\dX]{4}-[\dX]{2}-[\dX]{2}")  # a day, its digits known or not
_COMMON_ERA_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_REIGN_REACH = 5000  # characters back to look for where a reign began
_LONGEST_SPAN = 150  # years: a life, a reign, a war (1618-1648); wider pairs are amounts
_SEQUEL_UNITS = frozenset({"week", "month", "year", "decade", "century"})  # the year after: a calendar unit
_NOT_A_MONTH = re.compile(r"\s+(?:of|for)\b")
_YEAR_TOKEN = re.compile(r"\d{1,4}")
_LISTED_YEAR = re.compile(r"\d{1,4},?")  # "795," in "in 795, 802 and 806"


def _opened_list(before: list[str], lex: Lexicon) -> str:
    """The word (lower case) that opens the list of years the words ``before`` a year end in ("in"
    for "in 795, 802 and" or "from 1509 to"), or "" when they end in no such list."""
    at = len(before)
    if at and before[at - 1].lower() in lex.year_range_words:
        at -= 1  # "and", "or", "to" before the year
    elif not (at and before[at - 1].endswith(",")):
        return ""
    if not (at and _LISTED_YEAR.fullmatch(before[at - 1])):
        return ""
    while at and _LISTED_YEAR.fullmatch(before[at - 1]):
        at -= 1  # a year of the list, and the joiner before it when a year comes before that
        if (
            at >= 2
            and before[at - 1].lower() in lex.year_range_words
            and _LISTED_YEAR.fullmatch(before[at - 2])
        ):
            at -= 1
    return before[at - 1].lower() if at else ""


_POSSESSIVE = re.compile(r"['\u2019]s\b")
_QUARTER_WORD = re.compile(r"\bquarter", re.IGNORECASE)
_TOLD_AHEAD_AFTER = re.compile(
    r"['\u2019]s\s+(?:[\w'-]+\s+){0,4}?[\w'-]+,?\s+(?:which|that)\s+(?:will|is\s+(?:expected|scheduled|set|due))\b",
    re.IGNORECASE,
)
_NAMED = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]")  # a name follows: the March for Life
_MID_SENTENCE = re.compile(r"[\w,]\s+$")  # what precedes a word that does not start a sentence
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_WORD_BEFORE_THE = re.compile(r"(\w+)\s+the\s+$", re.IGNORECASE)  # "since the [Aug. 20 first round]"
_QUALIFIER_BEFORE = re.compile(r"[\w,]\s+([A-Z][a-z]+)\s+$")  # a capitalised word in mid-sentence
_TOKEN = re.compile(r"\w+")
_POSSESSIVE_BEFORE = re.compile(r"\w(?:['\u2019]s|s['\u2019])\s+$")  # "Treasury's ", "compilers' "
_SAME_PERIOD = ("same", "corresponding", "comparable")  # "the same quarter of 2014": the one just told


def _same_period_in(m: re.Match[str]) -> bool:
    """Whether a quarter or period names the one just told, in a year of its own: "the same quarter
    of 2014", "the 1989 period"."""
    ordinal = (m["ordinal"] or "").lower()
    if m["year"] and m["year"].isdigit():
        return ordinal in _SAME_PERIOD
    return bool(m["year_before"] and m["year_before"].isdigit() and not ordinal)


_OF_NAME_AFTER = re.compile(r"\s+of\s+[A-Z][a-z]")  # "the reckoning of Thucydides": whose
_NO_NOUN_AFTER = re.compile(r"\s*(?:[^\w\s]|$|(?:and|or|to|right|until|through|when|if|as)\b)")
_LAST_BARE_YEAR = 2040  # a bare number up to this is a year ...
_PAIRED_YEAR_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d\s+(?:and|or|to)\s+$")
_LAST_TARGET_YEAR = 2199  # ... and up to this after a word that introduces years ("by 2050", "by 2100")
_WORD_AFTER = re.compile(r"\s+(\w+)")
_CLAUSE_OPENER_BEFORE = re.compile(r"[:\u2013\u2014-]\s*$")  # "LIMA - Monday marks", "weight: Thursday"
_TWO_WORDS_AFTER = re.compile(r"\s+(\w+)(?:\s+([a-z]+))?")  # "November milling wheat"
# a verb of the present that a schedule's day opens its sentence with ("Monday, an extra bank holiday,
# brings a concert")
_SCHEDULE_VERB_AFTER = re.compile(
    r"(?:,[^,.;]{1,60},)?\s+(?:brings|sees|features|offers|promises|belongs|is\s+(?:the|a|an)\b)"
)
_SAME_DAY_REACH = 16  # characters before "last year" searched for "this time"
# characters before a weekday searched for a forecast's verb of saying ("said today and Saturday")
_FORECAST_REACH = 40
# "declared Friday a national day of mourning", "Tuesday has been declared a national day of mourning"
_DECLARED_DAY = re.compile(
    r"\s+(?:(?:has\s+been|have\s+been|was|is|will\s+be)\s+declared\s+)?an?\s+(?:[a-z-]+\s+){0,2}(?:day|holiday)\b"
    r"|\s+(?:have|were)\s+(?:been\s+)?declared\s+(?:[a-z]+\s+){0,2}(?:days|holidays)\b"
)  # "Tuesday and Wednesday have been declared public holidays"
# "marks 6 October as Armed Forces Day", "declared 14 August a day of national remembrance"
_KEPT_AS_A_DAY = re.compile(
    r"\s+(?:(?:as|is)\s+(?:[A-Z][\w'-]*\s+){1,3}Day|(?:as\s+)?an?\s+(?:[a-z'-]+\s+){0,3}(?:day|holiday))\b"
    r"(?!\s+of\s+mourning)"
)  # "marks 6 October as Armed Forces Day", "16 September is Independence Day"; not "recorded March 11
# as its warmest day", nor "declared Jan. 9 a national day of mourning" (for one death, once)
_QUALIFYING_AGE = re.compile(r"-(?:century|centuries|decade)$", re.IGNORECASE)  # a nineteenth-century scholar
_MORNING_CLOCK = re.compile(r"\b(?:[1-9]|1[01])(?:[:.][0-5]\d)?\s*a\.?m\b", re.IGNORECASE)  # 4 a.m.
_LEADER_BEFORE = re.compile(r"(\w+)\s+(?:(?:only|just|barely|merely)\s+)?$", re.IGNORECASE)  # lasted only
_AGO_AFTER = re.compile(r"\s+ago\b", re.IGNORECASE)
_TWENTY_FOUR_HOUR = re.compile(r"(?:0\d|1[3-9]|2[0-3]):")  # an hour only a 24-hour clock writes so
_AMOUNT_AFTER = re.compile(r"\s*(?:%|per\b|percent\b|points?\b|metres\b|meters\b|miles\b)")
_WORDS = re.compile(r"[\w'-]+")
# rules whose word alone may be part of a name: Black September, Bloody Sunday, White Christmas
_NAMEABLE = frozenset({"month", "weekday", "that_month", "that_weekday", "holiday"})
_OF_SOMETHING = re.compile(r"\s+of\s+(?!(?:that|this|the\s+(?:same|following|previous|next))\b|\d)")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")  # a capitalised word follows
_COORDINATED_NAME = re.compile(r",?\s+(?:and|or|&)\s+[A-Z]")  # "the Fourth and Fifth Armies"
_DAY_NAME_END = re.compile(r"(?:Day|Eve|day)$")  # Christmas Day, New Year's Eve, Easter Sunday
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")  # ... on the same line: "the April Days"
_NAME_BEFORE = re.compile(r"[a-z,][ \t]+[A-Z][a-z]+\s+$")  # a capitalised word inside a sentence


def _word_before(text: str, at: int, reach: int = 12) -> str:
    """The word just before ``at`` (within ``reach`` characters), or ""."""
    found = _WORD_BEFORE.search(text, max(0, at - reach), at)
    return found.group(1) if found else ""


def _a_name(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is capitalised and no weekday, month or function word: a name ("Matthew")."""
    lower = word.lower()
    known = lower in lex.weekdays or lower in lex.months or lower in lex.function_words
    return word[:1].isupper() and not known


_PARAGRAPH = re.compile(r"\n\s*\n")  # a blank line
# a section's heading: a short line after a blank one, with no end stop, and no sentence going on
# into the next line ("\n\nThe chase\nVilleneuve slipped out", not "\n\nIn the weeks that followed\nthe")
_SECTION = re.compile(r"\n[ \t]*\n[ \t]*[^\W\d][^\n.!?;:]{0,60}(?<![.!?;:,])[ \t]*\n(?![ \t]*[a-z])")
_HEADING = re.compile(r"[ \t]*(?:\n|$)")  # the line ends: a heading, when it also began the line
_LIST_HEAD = re.compile(r"[^\n:.]{0,20}:(?=\s)")  # "SUNDAY: Showers", "Tuesday (1 March): ...": a head
_CLOSING_QUOTES = ('"', "\u201d", "'", "\u2019")  # what opens a quotation's attribution after its comma
# a coordinated verb phrase or a clause of reason or purpose has its own tense ("evacuated
# neighborhoods Wednesday for fear the flames would spread")
_AND_CLAUSE = re.compile(r"\s(?:and|but|because|for\s+fear|so\s+that|in\s+case|lest)\s")
_RESTATEMENT = re.compile(r"\s*(?:\(|,\s*(?:or|which\s+was)?)\s*")  # "16 July (3 July", "1685, or 21 March"
# what sets a name or count beside the date just told: "on 2 April, Easter Monday", "on Tuesday, the
# sixth day of", "Wednesday, on the second day", "in 1415, the third year of his reign"
_BESIDE = re.compile(r",\s+(?:(?:on|in)\s+)?")
# "[1839] and [1842]", ", and in"; a restatement: "[more than sixty years earlier], in [1859]"
_JOINED_TO = re.compile(r"(?:,\s*|\s+)(?:and|or)\s+(?:(?:in|on)\s+)?|,\s+(?:in|on)\s+")
_NEW_CLAUSE = re.compile(r"[,;]\s+(?:and|but)\s")  # "that perjury had been committed, and on 30 April"
# "marks 60 years since", "Today, 110 years after the resolution"; not a count told as no anniversary,
# "more than 130 years after the breakthrough"
_YEARS_SINCE = re.compile(
    r"\b(?:years|decades|centuries)\s+(?:today\s+)?since\b"
    r"|(?<!more than )(?<!over )(?<!nearly )(?<!almost )\b\d+\s+years\s+(?:after|before)\b",
    re.IGNORECASE,
)
_WEAK = 20  # characters a bare -ed cue is set back behind an explicit one


@dataclass(frozen=True, slots=True)
class Resolved:
    """A normalization: TIMEX3 type, value and attributes."""

    type: TimexType
    value: str
    mod: str | None = None
    freq: str | None = None
    anchored: bool = True


@dataclass
class Context:
    """What a resolver needs: the text, the language, and the dates told so far.

    The dates told are kept as :class:`Day` values, BCE ones too; resolvers read them as
    ``date`` values moved ``cycles`` 400-year cycles later, where ``date`` arithmetic holds them
    (see :func:`_resolve_in_era`).
    """

    text: str
    dct: date | None
    narrative: bool
    lex: Lexicon
    pats: Patterns
    story_day: Day | None = field(default=None)  # first day of the last date whose words give its year
    reference_is_year: bool = field(default=False)  # narrative reference known only to the year
    presumed: bool = field(default=False)  # the story is in the first year its text gives, not yet told
    last_told: tuple[Day, Precision] | None = field(default=None)  # the last date tagged, first day
    last_told_end: int = field(default=0)  # where the expression that told it ends
    last_told_days: int = field(default=1)  # how many days it spans ("the spring of 1927": 92)
    last_fine_told: Day | None = field(default=None)  # the last date tagged to the year or finer, first day
    # the first day of the last decade or century a story told in passing, and where it ends: "the
    # following decade" counts from it ("During the 1960s the city grew. The following decade")
    passing_told: tuple[Day, int] | None = field(default=None)
    last_month_told: Day | None = field(default=None)  # the last date tagged to the month or finer, first day
    years_told: list[tuple[int, int]] = field(default_factory=list)  # (end, year) of dates with their year
    # (month, day) -> the year they were last told with
    days_told: dict[tuple[int, int], int] = field(default_factory=dict)
    last_full_day: Day | None = field(default=None)  # the last date tagged to the day
    last_full_day_end: int = field(default=0)  # where the expression that told it ends
    last_night: Day | None = field(default=None)  # the day whose night was told last, if nothing since
    # the last day told with a part of it ("crashed Tuesday night"), and that part (NI, MO, ...)
    last_part_day: tuple[Day, str] | None = field(default=None)
    # the last day told early or late ("early Monday": START), and that mod, if no day was told since
    last_edge_day: tuple[Day, str] | None = field(default=None)
    last_clock: datetime | None = field(default=None)  # the last clock time told, if on the last day told
    # the text's weekdays less the Gregorian ones in a year (a text may keep the Julian calendar)
    weekday_shift: tuple[int, int] | None = field(default=None)
    ancient: bool = field(default=False)  # the text dates by eras (44 BC, AD 14): "in 117" is a year
    # a story that tells years before 1500: "founded in 762" is a year too (three digits after a
    # word that introduces years), though its days and seasons of such years are not read
    medieval: bool = field(default=False)
    # whether the text says it gives its dates in Old Style, read once when a weekday first needs it
    old_style: bool | None = field(default=None)
    at_writing: bool = field(default=False)  # a story's last date told is near the DCT: it tells the present
    # news telling a day long past from the text, not by its year ("on April 26, 1986 [...] that
    # Saturday", "The next day"): it narrates, and its weekdays and months go on from that day
    recalling: bool = field(default=False)
    # the day of the last weekday that headed a line of a list ("SATURDAY: Sunny. [...] SUNDAY:"),
    # and where its head ends
    last_heading: tuple[date, int] | None = field(default=None)
    days_said: list[date] = field(default_factory=list)  # every day told so far, in text order
    # in news, the last day told that is still to come, and where it was told: the day of clock times
    # told ahead after a day of the report ("the marathon on Sunday, and organizers spent Thursday [...]
    # The wheelchair division will go off at 6:50 a.m.")
    day_ahead: tuple[date, int] | None = field(default=None)
    day_heading: date | None = field(default=None)  # a day told alone on its line: "FRIDAY, AUG. 12"
    # in news, the last day told if a reporting verb tells it ("said Saturday that"): the day of the
    # report, not of what it reports
    day_reported: date | None = field(default=None)
    # the last day told, if told as a starting point: "since Jan. 7"
    day_of_origin: date | None = field(default=None)
    # where the last expression that gave its year in words ends, and that year, told for the story or
    # not: what "of that year" in its sentence means ("king since 936; crowned on 7 August of that year")
    year_said: tuple[int, int] | None = field(default=None)
    # the last date told in a flashback, where it ends, where its clause ends (an aside's comma, else
    # the text's end), and its days: a count or month in its sentence and clause counts from it
    flashback_told: tuple[tuple[Day, Precision], int, int, int] | None = field(default=None)
    # the last day told before the story went on to a year with no day: what "that evening" goes
    # back to when no day has been told since ("on 24 December 1953 [...] An eruption in 1945 [...]
    # That evening")
    day_left: Day | None = field(default=None)
    # the tense cue read for each span: the clause around it does not change as the text is read
    cues_read: dict[tuple[int, int], tuple[int, int] | None] = field(default_factory=dict)

    # the dates told as resolvers read them, moved ``cycles`` cycles (see :meth:`move`); the
    # cycles bring the last date told into date's range
    cycles: int = field(default=0)
    reference: date | None = field(default=None)  # the narrative reference
    last_mentioned: date | None = field(default=None)
    last_fine: date | None = field(default=None)  # "that year" after "the 20th century": the year before it
    last_day: date | None = field(default=None)

    def move(self, cycles: int) -> None:
        """Read the dates told ``cycles`` 400-year cycles later (0: as they are, AD)."""
        self.cycles = cycles
        self.reference = self.story_day.in_cycles(cycles) if self.story_day else None
        self.last_mentioned = self.last_told[0].in_cycles(cycles) if self.last_told else None
        self.last_fine = self.last_fine_told.in_cycles(cycles) if self.last_fine_told else None
        self.last_day = self.last_full_day.in_cycles(cycles) if self.last_full_day else None

    @cached_property
    def nations_named(self) -> Counter[str]:
        """How often the text names each nation ("Ghana", "Ghanaians", "Accra")."""
        return Counter(self.lex.nations[m.group()] for m in self.pats.nation.finditer(self.text))

    @cached_property
    def introduced_years(self) -> frozenset[int]:
        """The years the text tells after a word that introduces years ("in 1369", "by 1204")."""
        return frozenset(int(y) for y in self.pats.introduced_year.findall(self.text))

    def anchor(self) -> date | None:
        """The date relative expressions count from: in a story, the date it is on, unless it has
        come to the time of writing ("This year brought the 150th anniversary [...] on Tuesday")."""
        return self.reference if self.narrative and self.reference and not self.at_writing else self.dct

    def morning_after_night(self, day: date, part: str | None, at: int, dawn: bool = False) -> bool:
        """Whether a morning told with no day of its own ("by dawn", "at first light") follows the
        night last told, of ``day``, or its evening when it opens a sentence at ``at`` or is a
        ``dawn``: it is the next day's."""
        night = self.last_night  # a night or a midnight ending the day told
        evening = self.last_part_day[0] if self.last_part_day and self.last_part_day[1] == "EV" else None
        return part == "MO" and (
            (
                night is not None
                and self.last_part_day in ((night, "NI"), (night, "AF"), (night, "EV"))
                and night.in_cycles(self.cycles) == day
            )  # a night, or a midnight told after the day's afternoon or evening ("at dusk [...]
            # around midnight [...] before dawn")
            # "On the evening of 10 September the British reached Kennett Square. [...] At dawn": the
            # 11th, told where a sentence opens (not "a carrier, struck by a bomber in the morning")
            or (
                evening is not None
                and evening.in_cycles(self.cycles) == day
                and (_opens_sentence(self.text, at) or dawn)
            )
        )

    def counted_from(
        self, told: tuple[Day, Precision], in_days: bool = False, finer: bool = False
    ) -> tuple[Day, Precision]:
        """What "two days later" counts from: the last date ``told``, or the last day told if that
        date holds it ("left Berwick on 17 June. Marching in the summer heat, it reached Edinburgh
        two days later": the 19th); days and weeks (``in_days``) count from the last day told even
        when a coarser date came after it, in passing ("On 1 March the papers printed the telegram,
        intercepted in January. Zimmermann admitted it two days later": 3 March); and days, weeks or
        months (``finer``) are not counted from a year told in passing behind the story ("On 13 March
        1940 [...] O'Dwyer, Lieutenant-Governor of the Punjab in 1919 [...] hanged four months later")."""
        first, precision = told
        day = self.last_full_day
        if finer and precision in _YEAR_PRECISIONS:
            finest = day or self.day_left or self.last_month_told
            if finest is not None and first.ordinal < finest.ordinal:
                return finest, Precision.DAY if finest in (day, self.day_left) else Precision.MONTH
        if (
            day is not None
            and precision not in _DAY_PRECISIONS
            and (
                day.ordinal - first.ordinal in range(self.last_told_days)
                or (in_days and first.ordinal - day.ordinal <= _DAYS_COUNTED_ACROSS)
            )
        ):
            return day, Precision.DAY
        return told

    def heading_day(self, at: int) -> date | None:
        """The day heading the line ``at`` is on, if a weekday heads it ("THURSDAY: Clouds break
        by mid-morning")."""
        if self.last_heading is None or "\n" in self.text[self.last_heading[1] : at]:
            return None
        return self.last_heading[0]

    def now(self) -> date | None:
        """The time of writing, which "ago" counts from even in a story ("built 200 years ago");
        the anchor when the DCT is not known."""
        return self.dct or self.anchor()

    def deictic_anchor(self, start: int, end: int) -> date | None:
        """What "last year", "this summer", "next May" count from: the time of writing, and in a
        story "this" and "next" only in a clause not told in the past ("will stage the Games this
        summer"; but "next year they met" goes on from the story's year; "died last year" not), and
        "the coming" in any clause ("ordered the troops to spend the coming winter")."""
        words = _TOKEN.findall(self.text, start, end)  # last, this: also "February this year"
        backward = any(self.lex.relative.get(word.lower(), 1) <= 0 for word in words)
        told_from_story = " ".join(words[:2]).lower() in self.lex.story_relative
        if self.narrative and ((not backward and self.tense(start, end) < 0) or told_from_story):
            return self.anchor()
        return self.now()

    def _clock_day_ahead(self, start: int) -> date | None:
        """The day to come told in the last paragraphs and within a week of the report, if the clock
        time at ``start`` is told ahead; ``None`` otherwise."""
        anchor = self.anchor()
        if (
            self.day_ahead is not None
            and anchor is not None
            and self.tense(start, start) > 0
            and not self.paragraphs_between(self.day_ahead[1], start, 3)
            and (self.day_ahead[0] - anchor).days <= _DAYS_AHEAD
        ):
            return self.day_ahead[0]
        return None

    def clock_day(self, start: int, hour: int | None = None) -> date | None:
        """The day of a clock time told with none: the day heading a log ("FRIDAY, AUG. 12 [...] 2:17
        p.m. —"); the last day told, if the story or the paragraph
        is still on it ("on Monday, July 3, at 14:32 UTC") or if it is still to come and the clock
        time is told ahead ("will try again on Saturday. [...] is now scheduled to lift off at 6:02
        p.m."); in news, a day to come told in the last paragraphs and within a week, if the clock
        time is told ahead ("the marathon on Sunday, and organizers spent Thursday [...] will go off
        at 6:50 a.m."); a day before the report told with the part of the day holding the ``hour``, if the
        clock time is told in the past ("crashed Tuesday night [...] left O'Hare at 7:52 p.m."); else
        the anchor (a new paragraph of news goes back to the day of the report)."""
        # not after a day told as a starting point: "has presided since Jan. 7, announced the
        # verdicts shortly after noon" is the report's noon
        paragraph_goes_on = (
            _PARAGRAPH.search(self.text, self.last_full_day_end, start) is None
            and self.day_of_origin != self.last_day
        )
        anchor = self.anchor()
        in_period = self.day_in_period_told()
        if in_period is not None:
            return in_period
        if self.day_heading is not None and self.day_heading == self.last_day:
            return self.day_heading  # "FRIDAY, AUG. 12\n\n2:17 p.m. — A driver reports smoke": a log's day
        event_day = self.day_before_report(start, hour)
        if event_day is not None:
            return event_day  # "died Friday [...] said Saturday that he died at 9:10 p.m.": Friday
        if (
            not self.narrative
            and self.last_day is not None
            and anchor is not None
            and self.last_day < anchor
            and self.pats.said_on_day.search(
                self.text, max(0, self.last_full_day_end - _SAID_REACH), self.last_full_day_end
            )
            and (ahead := self._clock_day_ahead(start)) is not None
        ):
            # a clock time told ahead is on the day to come, not on the day gone a source spoke ("the
            # triathlon Sunday morning [...] Police said Tuesday that the drive will be closed from 5 a.m.")
            return ahead
        if self.last_day and (
            self.narrative
            or paragraph_goes_on
            # told ahead, or not in the past ("close Sunday morning [...] Closures begin at 5 a.m.")
            or (anchor is not None and self.last_day > anchor and self.tense(start, start, present=1) >= 0)
        ):
            if (
                hour is not None
                and (self.narrative or (anchor is not None and self.last_day < anchor))
                and self._small_hours_after_evening(self.last_day, hour, start)
            ):  # "moved in late Tuesday [...] By 4 a.m." in Wednesday's news: the night went on past midnight
                return self.last_day + timedelta(days=1)
            return self.last_day
        ahead = self._clock_day_ahead(start)
        if ahead is not None:
            return ahead
        clock = self.last_clock
        if (
            clock is not None
            and hour is not None
            and clock.date() == self.last_day
            and (anchor is None or self.last_day < anchor)
            and self.tense(start, start, present=1) <= 0
        ):
            if hour >= clock.hour:  # a clock time later than the last one, told on a day before the
                # report, is on that day too ("lifted off at 3:25 p.m. [...] At 3:31 p.m., the captain")
                return self.last_day
            if _small_hours_after(clock, hour) and (
                anchor is None or self.last_day + timedelta(days=1) <= anchor
            ):
                # "called to the tavern at 10:52 p.m. Saturday [...]\n\nThe tavern stopped serving
                # at 1:45 a.m.": the night goes on past midnight
                return self.last_day + timedelta(days=1)
        yesterday = anchor - timedelta(days=1) if anchor is not None else None
        if (
            yesterday is not None
            and hour is not None
            and not _UPDATE_STAMP.search(self.text, max(0, start - 10), start)  # "Update, 5:15 p.m.:"
            # the day last told, or (late in the day) told before a day long past the news recalled
            # ("beat Argentina on Sunday [...] in Rome on July 8, 1990 [...] The final kicked off at 4 p.m.")
            and (
                self.last_day == yesterday
                or (
                    hour >= _LATE_HOUR
                    and yesterday in self.days_said
                    # nor is the report's own day told by whom ("crashed late Tuesday [...], police
                    # said today. [...] left Albany at 5:58 p.m.")
                    and (self.last_day is None or self.last_day == anchor or self.day_long_past())
                )
            )
            and self.tense(start, start) < 0
            and not self._small_hours_after_evening(yesterday, hour, start)
        ):  # yesterday's news told in the past: "voted on Sunday [...] Polls closed at 5 p.m."
            return yesterday
        if hour is not None and self.last_edge_day and anchor is not None:
            # "tore across Florida early Monday [...] came ashore at about 5 a.m."
            day, edge = self.last_edge_day
            told = day.in_cycles(self.cycles)
            if (
                told is not None
                and told <= anchor  # "early Friday", the report's day: its small hours are past
                and hour in _EDGE_HOURS[edge]
                and self.tense(start, start) < 0
            ):
                return told
        if hour is not None and self.last_part_day and anchor is not None:
            day, part = self.last_part_day
            told = day.in_cycles(self.cycles)
            later = part != "NI" and hour >= _PART_HOURS[part][0]  # "Wednesday morning [...] At 7:06 p.m."
            if (
                told is not None  # a day the calendar cannot write near year 9999
                and told < anchor
                and (hour in _PART_HOURS[part] or later)
                and self.tense(start, start) < 0
            ):
                return told
        return anchor

    def day_before_report(self, start: int, hour: int | None) -> date | None:
        """In news, the day told before the day of a report told last, within a week before it, if the
        clock time is told in the past: what was reported happened then ("died Friday [...] said
        Saturday that Ali died at 9:10 p.m."); not if that day was told with a part of the day that
        does not hold the ``hour`` ("crashed Tuesday night, investigators said Thursday. [...] met the
        families at 10 a.m.")."""
        reported = self.day_reported
        if (
            self.narrative
            or reported is None
            or reported != self.last_day
            or self.tense(start, start) >= 0
            or _UPDATE_STAMP.search(self.text, max(0, start - 10), start)  # "Update, 5:15 p.m.:"
        ):
            return None
        day = next((told for told in reversed(self.days_said) if reported - _A_WEEK <= told < reported), None)
        part = self.last_part_day
        if day is None or hour is None or part is None or part[0].in_cycles(self.cycles) != day:
            return day
        return day if hour in _PART_HOURS.get(part[1], range(24)) else None

    def keeps_old_style(self) -> bool:
        """Whether the text says it gives its dates in the Julian calendar ("the dates below are Old
        Style"), searched once per text."""
        if self.old_style is None:
            self.old_style = _OLD_STYLE_NOTE.search(self.text) is not None
        return self.old_style

    def paragraphs_between(self, start: int, end: int, count: int) -> bool:
        """Whether at least ``count`` paragraph breaks lie between ``start`` and ``end`` (searched no
        further than the ``count``-th, so a long text is not scanned whole for each clock time)."""
        at = start
        for _ in range(count):
            found = _PARAGRAPH.search(self.text, at, end)
            if found is None:
                return False
            at = found.end()
        return True

    def _small_hours_after_evening(self, day: date, hour: int, start: int) -> bool:
        """Whether ``hour`` is of the small hours after the evening or night of ``day`` told last, or
        its end, or after an evening clock time told on it: the next day's ("on the waterfront
        Monday evening. At 1:30 a.m.", "moved in late Tuesday [...] By 4 a.m.", "Polls closed at 10
        p.m. [...] The mood turned at about 12:20 a.m.")."""
        told, edge, clock = self.last_part_day, self.last_edge_day, self.last_clock
        return hour < _SMALL_HOURS_END and (
            (told is not None and told[1] in ("EV", "NI") and told[0].in_cycles(self.cycles) == day)
            or (edge is not None and edge[1] == "END" and edge[0].in_cycles(self.cycles) == day)
            or (
                clock is not None
                and clock.date() == day
                and _small_hours_after(clock, hour)
                # not a range's end: "a curfew from 10 p.m. to 4 a.m. starting that night"
                and _CLOCK_RANGE.fullmatch(self.text, self.last_told_end, start) is None
            )
        )

    def day_in_period_told(self) -> date | None:
        """The first day a story told in the month, season, quarter or half-year it has since moved on
        to, if it is on no later day: what a clock time or a part of the day told with none is on
        ("on Sunday, 28 June 1970 [...] on 4 July 1969 [...] through the first half of 1970 [...] by
        1:30 p.m.": the 28th; "fought on 9
        August 378 [...] reached it on 30 May [...] In early August [...] set out at daybreak": the
        9th; "on Friday, 21 October 1966 [...] in 1963 [...] through the autumn of 1966 [...] at
        about 7:30 a.m.": 21 October)."""
        told, last = self.last_told, self.last_day
        if not self.narrative or told is None or told[1] not in _PERIODS_WITHIN_A_YEAR:
            return None
        first = told[0].in_cycles(self.cycles)
        if last is not None and first <= last:
            return None
        end = first + timedelta(days=self.last_told_days - 1)
        return next((day for day in self.days_said if first <= day <= end), None)

    def day_long_past(self) -> date | None:
        """The last day told, if it is more than a year from the DCT (news recalling a year long
        past: "On Thursday 7 August [2008] fighting began [...] On 9 August" in 2010)."""
        told = self.last_day
        return told if told is not None and self.dct is not None and abs(self.dct - told) > _A_YEAR else None

    def story_year(self) -> int | None:
        """The year a narrative is in when it is known only to the year ("In 1902 ..."), else ``None``."""
        if self.narrative and self.reference_is_year and self.reference and self.last_day is None:
            return self.reference.year
        return None

    def tense(self, start: int, end: int, present: int = 0) -> int:
        """+1 future, -1 past, 0 unknown: cue words in the clause around ``[start, end)``; a present
        tense cue counts as ``present``."""
        if (start, end) not in self.cues_read:
            self.cues_read[start, end] = self._clause_cue(start, end)
        main = self.cues_read[start, end]
        if main is None:
            return 0
        return main[1] or present

    def _clause_cue(self, start: int, end: int) -> tuple[int, int] | None:
        """The (distance, tense) of the cue that rules the clause around ``[start, end)``, if any."""
        if _AWAY_AFTER.match(self.text, end):  # "a truce over the Easter weekend, less than two weeks
            return (0, 1)  # away": what the words just after it put ahead is to come, whatever the verb
        left = max(0, start - 120)
        before = self.text[left:start]
        cut = list(self.pats.sentence_end.finditer(before))
        if cut:
            before = before[cut[-1].end() :]
        before = before.rpartition(": ")[2]  # "The attempt is the second this year: in February, ..."
        # "reminded stallholders that the clocks go forward [...] before Easter": the reported
        # clause has its own tense, not the reporting verb's
        reported = self.pats.reported_clause.search(before)
        if reported:
            before = before[reported.end() :]
        # "were pushed back because June 15 and Sept. 15 fall on a weekend": a clause of its own
        opened = _last_match(self.pats.own_clause, before)
        if opened:
            before = before[opened.end() :]
        # "Schools will close around Easter Sunday, which falls on April 5, from March 30": a
        # relative clause closed before the expression has its own tense, not the clause's
        before = _CLOSED_RELATIVE.sub(" ", before)
        before = self.pats.participle_aside.sub(" ", before)
        # and so has one farther back when the clause goes on with a verb of its own: "The shop,
        # which normally shuts at 6 p.m., kept its doors open on Saturday" (not "succeeds Taylor,
        # who stepped down as chairman, president and chief executive in March": a list's comma)
        farther = _FARTHER_RELATIVE.search(before)
        if farther and any(_cues_before(self.pats, before[farther.end() :])):
            before = f"{before[: farther.start()]} {before[farther.end() :]}"
        if self.text[end - 1 : end] == ".":
            end -= 1  # "in December." : the dot may end the sentence
        after = self.text[end : end + 200]
        stop = self.pats.sentence_end.search(after)
        if stop:
            after = after[: stop.start()]
        clause, comma, rest = after.partition(",")
        cues = _cues_before(self.pats, before)
        if any(cues):  # "arrived early Wednesday and expect to remain"
            clause = _AND_CLAUSE.split(clause, maxsplit=1)[0]
        main = _nearest_with(self.pats, cues, clause)
        # "On Monday, the company said"; not "will open Monday, he said", nor a quotation's
        # attribution ("to make this Christmas memorable," said Moyer)
        if main is None and comma and not rest.startswith(_CLOSING_QUOTES):
            main = _nearest_with(self.pats, cues, after)
        return main

    def _headline_at(self, at: int) -> bool:
        """Whether ``at`` is in the text's first line and that line is a headline: no sentence ends it."""
        opening = len(self.text) - len(self.text.lstrip())
        line_end = self.text.find("\n", opening)
        line_end = len(self.text) if line_end < 0 else line_end
        return at < line_end and not self.text[opening:line_end].rstrip().endswith((".", "!", "?", '"'))

    def bound_ahead(self, start: int, end: int) -> bool:
        """Whether a future cue just before the expression binds it ahead: "will end in February"
        said in March is next February (a plan told just before its date lies ahead)."""
        return (
            self.tense(start, end) > 0
            and _nearest_cue(self.pats, self.text[max(0, start - _NEAR_CUE) : start], "") > 0
        )

    def plan_told_past(self, start: int, end: int) -> bool:
        """Whether the date is a plan's told in the past, called off or moved ("was scheduled to close
        Friday evening", "called off a news conference planned for Tuesday", "The original meeting,
        scheduled for February 9, was called off", "moved the deadline from April 15"): no "scheduled
        for" binds it ahead, and :meth:`date_tense` takes the nearer day, or the day gone when it is
        called off after it."""
        return bool(
            _PLAN_TOLD_PAST.search(self.text, max(0, start - 50), start)
            # "moved the filing deadline from April 15": the day a plan was moved from, either way
            or self.pats.rescheduled_from.search(self.text, max(0, start - 60), start)
            or _PLAN_CALLED_OFF.search(self.text, max(0, start - 90), start)
            or (
                _PLANNED_FOR.search(self.text, max(0, start - 20), start)
                and _CALLED_OFF_AFTER.match(self.text, end)
            )
        )

    def date_tense(self, start: int, end: int, weekday: bool = False) -> int:
        """The tense for a date with no year or week told: a deadline lies ahead unless a past verb
        is near ("pay down the loan by February", "improve its offer by Thursday"), and so does an
        appointment on a weekday or the weekend (``weekday``: "called back for 10 a.m. Monday",
        "gone to Camp David for the weekend"); a starting point lies behind ("waiting since
        March"); a weekday told in the present is one to come ("Game 2 is Sunday", "Presidents'
        Day, which falls on Monday")."""
        if self.plan_told_past(start, end):
            # a plan told in the past: the nearer day, past or to come ("was scheduled to close Friday
            # evening" said on a Saturday); called off after the date, a plan gone by ("first set for
            # February but was delayed")
            return -1 if _CALLED_OFF_AFTER.match(self.text, end) else 0
        clock = _CLOCK_THEN_ON.search(self.text, max(0, start - 20), start) if weekday else None
        if clock and _word_before(self.text, clock.start()).lower() in self.lex.deadline_prepositions:
            start = clock.start()  # "until 11am on Thursday": a deadline, as "until 11am Thursday" is
        hedge = _AT_LEAST_BEFORE.search(self.text, max(0, start - 12), start)
        if hedge:
            start = hedge.start()  # "through at least Wednesday": the preposition before the hedge
        word = _word_before(self.text, start).lower()
        past_the = _WORD_BEFORE_THE.search(self.text, max(0, start - 20), start)
        if word in self.lex.origin_prepositions or (
            past_the and past_the[1].lower() in self.lex.origin_prepositions
        ):  # "since the Aug. 20 first round": a starting point
            return -1
        if word in ("until", "till") and _NOT_UNTIL_PAST.search(self.text, max(0, start - 90), start):
            return -1  # "the fee was not agreed with Estrela until late Monday": it was, then
        set_by = self.pats.appointment_setter.search(self.text, max(0, start - 50), start)
        if set_by or _DATE_SET_BEFORE.search(self.text, max(0, start - 20), start):
            return 1  # "set a new sentencing date of June 21", "a trial date for Sept. 15", "set sentencing
            # for June 27": an appointment
        if weekday and word == "from" and not self.pats.range_after.match(self.text, end):
            return 1  # "declared a state of emergency from Friday": a measure in force from then
        if weekday and self.pats.appointment_set.search(self.text, max(0, start - 40), start):
            return 1  # a passive that sets an appointment: "have been cancelled for Monday"
        if weekday and self._headline_at(start) and _HEADLINE_PLAN.search(self.text, 0, start):
            return 1  # "Council to take up $84 million budget Tuesday": a headline's plan
        if word in self.lex.deadline_prepositions or (weekday and word in self.lex.appointment_prepositions):
            at = start - len(word) - 1  # the preposition's start: "continued through April" is no deadline
            # a past verb just before it, read in context: not "stay shut", "remain closed"; before a
            # deadline's "through", "by" or "until", one anywhere in its reach ("battled the flames
            # through Saturday", "received 11,400 applications by January 15"), but not a form that
            # is the present too ("passes cost $149 through Easter Sunday")
            setters = self.lex.deadline_setters  # "gave the district until Tuesday": still ahead
            verbs = self.pats.participle.finditer(self.text, max(0, at - 30), at)
            deadline = word in self.lex.deadline_prepositions
            verb = any(
                (found.end() == at - 1 or (deadline and found[0].lower() not in self.lex.unchanged_past))
                and found[0].lower() not in setters
                # nor the state a verb wants its object in: "wants that review finished by Easter"
                and not self.pats.complement.search(self.text, max(0, found.start() - 40), found.start())
                and not _PRESENT_PERFECT_BEFORE.search(self.text, max(0, found.start() - 20), found.start())
                and not _COMPARED_BEFORE.search(self.text, max(0, found.start() - 25), found.start())
                # nor a word in -ed in a plan's verb phrase: "will serve sandwiches and fried pickles"
                and not _MODAL_PHRASE_BEFORE.search(self.text, max(0, found.start() - 60), found.start())
                for found in verbs
            )
            main_verb = None
            opens_clause = _CLAUSE_OPENED.search(self.text, max(0, at - 7), at)  # ", and by Monday morning"
            if not opens_clause and _MID_SENTENCE.search(self.text, max(0, at - 3), at):
                # not "Until Thursday, they had not", "and by Monday morning bodies lay in the streets"
                # its clause, not the attribution: ", forecasters said" ("but by Thursday the
                # runway was so crowded"); for an appointment only the words just after it
                # ("called off early voting for Monday", "tickets for the weekend sold out")
                reach = 60 if deadline else 20
                after = _CLAUSE_COMMA.split(self.text[end : end + reach], maxsplit=1)[0]  # not "250,000"
            else:  # "By late Saturday, the number of dead had climbed to 41": the main clause after it
                after = self.text[end : end + 60]
                stop = self.pats.sentence_end.search(after)
                after = after[: stop.start()] if stop else after
                main_verb = self.pats.participle.search(after)  # "By Monday it covered 11,000 acres"
            near = self.text[max(0, start - 40) : end]
            cut = list(self.pats.sentence_end.finditer(near))
            cues = self.pats.past.finditer((near[cut[-1].end() :] if cut else near) + after)
            past = any(found[0].lower() not in setters for found in cues)
            if not verb and not past and main_verb is None:
                return 1
        return self.tense(start, end, present=1 if weekday else 0)


def _nearest_cue(pats: Patterns, before: str, after: str) -> int:
    """The tense of the cue word closest to the expression: +1 future, -1 past, 0 none or the
    present ("the last day to register is Feb. 7", though "officials said" comes before)."""
    found = _nearest(pats, before, after)
    return found[1] if found else 0


def _nearest(pats: Patterns, before: str, after: str) -> tuple[int, int] | None:
    """The (distance, tense) of the cue word closest to the expression, ``None`` if there is none.

    Cues after the expression count double their distance; a past cue wins a tie, so that a future
    cue told in the past ("had been due to") is past; a directive verb's "to" looks ahead from
    before the expression only ("urged them to stay home Monday", not "on Monday ordered them
    to pay"); a bare -ed word (a past verb or a participle: "unspecified", "expected") counts
    only as far as ``_WEAK`` characters more.
    """
    return _nearest_with(pats, _cues_before(pats, before), after)


def _cues_before(pats: Patterns, before: str) -> list[tuple[int, int] | None]:
    """The nearest cue of each kind (see :func:`_nearest`) in ``before``, as (distance, tense); the
    last is a directive verb's "to" ("urged residents to stay off the roads Wednesday")."""
    found: list[tuple[int, int] | None] = []
    for sign, pattern, _, extra in (*_cue_kinds(pats), (1, pats.directive, pats.directive, 0)):
        last = _last_match(pattern, before)
        if (
            last
            and pattern is pats.participle
            and (
                pats.complement.search(before, 0, last.start())
                or pats.marked_adverb.search(before, max(0, last.start() - _ADVERB_REACH), last.start())
                or _COMPARED_BEFORE.search(before, max(0, last.start() - 25), last.start())
            )
        ):  # "will keep all of its banks closed until Thursday", "would be sharply reduced on
            last = None  # Monday": a state, no past; "will start earlier than planned on Sunday": a
            # comparison with the plan, no past either
        found.append((len(before) - last.end() + extra, sign) if last else None)
    return found


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - the last one is wanted
        pass
    return found


def _cue_kinds(pats: Patterns) -> tuple[tuple[int, re.Pattern[str], re.Pattern[str], int], ...]:
    """(tense, pattern before the expression, pattern after it, extra distance) of the cue kinds, a
    past cue first: it wins a tie."""
    return (
        (-1, pats.past, pats.past, 0),
        (1, pats.future, pats.future_after, 0),
        (-1, pats.participle, pats.participle, _WEAK),
        (0, pats.present, pats.present, 0),
    )


def _nearest_with(pats: Patterns, before: list[tuple[int, int] | None], after: str) -> tuple[int, int] | None:
    """:func:`_nearest` with the cues before the expression already found."""
    best: tuple[int, int] | None = None
    for (sign, _, pattern, extra), cue in zip(_cue_kinds(pats), before, strict=False):
        if cue is not None and (best is None or cue[0] < best[0]):
            best = cue
        m = pattern.search(after)
        if m and (best is None or 2 * m.start() + 10 + extra < best[0]):
            best = (2 * m.start() + 10 + extra, sign)
    directive = before[-1]
    if directive is not None and (best is None or directive[0] < best[0]):
        best = directive
    return best


def number_value(raw: str, lex: Lexicon) -> float | None:
    """The number a numeral or number words denote; ``None`` for vague ones ("several")."""
    text = " ".join(raw.lower().replace("-", " ").split())
    if text in lex.numbers:
        return float(lex.numbers[text])
    if text in lex.vague_numbers:
        return None
    if text[:1].isdigit():
        whole, _, fraction = text.partition(" ")
        try:
            value = float(whole.replace(",", ""))
        except ValueError:
            return None
        if fraction and "/" in fraction:
            top, bottom = fraction.split("/")
            value += int(top) / max(int(bottom), 1)
        elif fraction in lex.numbers:  # "66 million", "1.5 million"
            value *= lex.numbers[fraction]
        return value
    total = group = 0.0  # "two hundred thousand": the group below a thousand, times its scale
    for word in text.split():
        if word in lex.number_joiners:
            continue
        if word not in lex.numbers:
            return None
        worth = lex.numbers[word]
        if worth == 100:
            group = (group or 1) * worth
        elif worth >= 1000:
            total, group = total + (group or 1) * worth, 0.0
        else:
            group += worth
    return total + group


def duration_value(amount: float | None, unit_code: str) -> str:
    """P3D, PT2H, PXY, PXDE ...; counted decades, centuries and millennia in years (P20Y), as TimeBank writes
    them; vague ones in their own units ("decades": PXDE)."""
    if amount is not None and unit_code in _YEARS_PER:
        amount, unit_code = amount * _YEARS_PER[unit_code], "Y"
    if amount == 1.5 and unit_code == "Y":
        return "P18M"  # "a year and a half": eighteen months, as English also says it
    if amount is not None and amount != int(amount) and unit_code in _SMALLER_UNIT:
        smaller, per = _SMALLER_UNIT[unit_code]  # 5 1/2 hours: PT5H30M
        rest = duration_value(round((amount - int(amount)) * per), smaller)
        whole = duration_value(int(amount), unit_code) if int(amount) else "P"
        return whole + (rest[1:] if "T" not in whole or not rest.startswith("PT") else rest[2:])
    if amount is None:
        number = "X"
    elif amount == int(amount):
        number = str(int(amount))
    else:
        number = f"{amount:g}"
    if unit_code == "Q":
        return f"P{number}Q"
    template = _DURATION_UNIT.get(unit_code, "{n}" + unit_code)
    return "P" + template.format(n=number)


_DUAL_YEAR = re.compile(r"(\d{4})/(\d{4}|\d\d?)")


def _year_of(raw: str, lex: Lexicon) -> int:
    """The year a year expression names; BCE years negative ("44 BC": -44)."""
    era = re.fullmatch(r"(\d+)\s*(\S+)", raw)
    if era and era[2] in lex.eras:
        return -int(era[1]) if lex.eras[era[2]] else int(era[1])
    era = re.fullmatch(r"(\S+)\s*(\d+)", raw)  # AD 14
    if era and era[1] in lex.eras:
        return -int(era[2]) if lex.eras[era[1]] else int(era[2])
    dual = _DUAL_YEAR.fullmatch(raw)  # "29 February 1691/2": the year by the reckoning from 1 January
    if dual:
        first = int(dual[1])
        later = first // 10 ** len(dual[2]) * 10 ** len(dual[2]) + int(dual[2])
        return later if later > first else later + 10 ** len(dual[2])
    raw = raw.lower()
    if raw in lex.year_words:
        return lex.year_words[raw]
    if raw.startswith("'"):
        return 1900 + int(raw[1:]) if int(raw[1:]) > 30 else 2000 + int(raw[1:])
    if raw[:1].isalpha():  # "nineteen ninety-six"
        century, rest = re.split(r"[\s-]+", raw, maxsplit=1)
        return lex.spoken_centuries[century] * 100 + int(number_value(rest, lex) or 0) % 100
    return int(raw)


def _year_from(told: tuple[Day, Precision], direction: int) -> str | None:
    """The year, half or week a year before (``direction`` -1) or after the one told; ``None`` for
    other precisions (a month or quarter is counted elsewhere) or off the calendar."""
    first, precision = told
    year = first.year + direction
    if not (1 <= first.year <= 9999 and 1 <= year <= 9999):
        return None
    if precision is Precision.YEAR:
        return f"{year:04d}"
    if precision is Precision.HALF_YEAR:
        return f"{year:04d}-H{1 if first.month <= 6 else 2}"
    if precision is Precision.WEEK:
        iso_year, week, _ = date(first.year, first.month, first.day).isocalendar()
        return f"{iso_year + direction:04d}-W{week:02d}" if week < 53 else None
    return None


def _calendar_value(ctx: Context, unit: str, amount: int, anchor: date | None = None) -> Resolved:
    """The ``unit`` ``amount`` units away from the anchor: "last week" is (week, -1)."""
    anchor = anchor or ctx.anchor()
    if anchor is None:
        return Resolved(TimexType.DATE, _UNDERSPECIFIED.get(unit, "XXXX"), anchored=False)
    if unit == "year" and anchor.year + amount < _FIRST_YEAR_WRITTEN:  # "66 million years ago": a time no
        return Resolved(TimexType.DATE, "PAST_REF")  # year of four digits can write
    if unit == "year" and anchor.year + amount < 1:  # "10,000 years ago": a year before the Common Era
        return Resolved(TimexType.DATE, year_value(anchor.year + amount - 1))  # there is no year 0
    return Resolved(TimexType.DATE, format_value(shift(anchor, unit, amount), unit))


def _habitual(ctx: Context, start: int, end: int) -> bool:
    """Whether the clause before ``start`` tells a habit ("the rains usually begin in"), with no
    comma or stop between ("Ministers, who usually meet once a month, have met since" tells none),
    or the words just after ``end`` do ("mourned on 13 December every year")."""
    clause = _CLAUSE_TAIL.search(ctx.text, max(0, start - _HABIT_REACH), start)
    if clause is not None and ctx.pats.habitual.search(clause.group()) is not None:
        return True
    if ctx.pats.habit_before.search(ctx.text, max(0, start - _HABIT_REACH), start) is not None:
        return True  # "paid twice a year, at Lady Day"
    return ctx.pats.habit_after.match(ctx.text, end) is not None


_WHEN_CLAUSE = re.compile(r",?\s+when\s+([^,;:.!?\n]*)", re.IGNORECASE)  # "April 8, when an eclipse will"


def _cue_of_its_when(ctx: Context, end: int) -> tuple[int, int] | None:
    """The (distance, tense) of the nearest cue in a relative clause with "when" that tells what
    happens on the day ending at ``end``; ``None`` if there is no such clause or it has no cue."""
    when = _WHEN_CLAUSE.match(ctx.text, end)
    return _nearest(ctx.pats, "", when[1]) if when else None


def _tense_of_its_when(ctx: Context, end: int) -> int:
    """The tense of the "when" clause after a day ("canceled classes on April 8, when a total solar
    eclipse will cross the region": a day to come), 0 if there is none, it has no cue or the present."""
    found = _cue_of_its_when(ctx, end)
    return found[1] if found else 0


def _when_told_ahead(ctx: Context, end: int) -> bool:
    """Whether the "when" clause after a weekday tells it in the present or the future ("Monday, when
    Portugal hands Macau back to China")."""
    found = _cue_of_its_when(ctx, end)
    if found is None or found[1] < 0:
        return False
    when = _WHEN_CLAUSE.match(ctx.text, end)  # not "on Tuesday, when returns were due": a noun that
    return when is None or ctx.pats.past.search(when[1]) is None  # reads as a verb, in the past


_FALLS_NOW_AFTER = re.compile(r",\s+which\s+(?:falls|is|begins|starts)\s+(?:on|this|next)\b", re.IGNORECASE)
_PRESENT_REACH = 24  # characters between a present verb and the day it tells, a preposition's room
_PRESENT_BEFORE = re.compile(r"\s+(?:[a-z]+\s+)?$")  # "returns on ", "is ": only a preposition between
# "April 11 is the date", "The election, on Nov. 5, is still 10 months away"; not "checks introduced
# on 26 April are taking time"
_IS_AFTER = re.compile(r",\s+(?:is|are)\b|\s+(?:is|are)\s+the\b", re.IGNORECASE)


def _told_in_the_present(ctx: Context, start: int, end: int) -> bool:
    """Whether news tells a day as what a present verb says of its subject, with at most a
    preposition between ("The last day for students is June 9", "The window reopens on Dec. 1",
    "April 11 is the date"): a day to come, as a weekday told so is; not a day in a noun phrase
    ("remains below its record close on Jan. 3")."""
    if ctx.narrative or _PLAN_TOLD_PAST.search(ctx.text, max(0, start - 50), start):
        return False  # "The state budget, which was due April 1, is now 10 weeks late": the plan's day
    before = ctx.text[max(0, start - _PRESENT_REACH) : start]
    verb = _last_match(ctx.pats.present, before)
    told = verb is not None and _PRESENT_BEFORE.fullmatch(before, verb.end()) is not None
    return told or _IS_AFTER.match(ctx.text, end) is not None


_AHEAD_OF_BEFORE = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:the\s+)?$", re.IGNORECASE)


def _after_the_day_told(
    ctx: Context, month: int, day: int | None, start: int, years: list[int]
) -> int | None:
    """In news, the year of a day that something told with a day earlier in its sentence comes
    "ahead of" ("the primary is May 19, ahead of the Nov. 3 general election": the November after
    it), else ``None``."""
    told = ctx.last_told
    if (
        day is None
        or told is None
        or told[1] not in _DAY_PRECISIONS
        or not _AHEAD_OF_BEFORE.search(ctx.text, max(0, start - 30), start)
        or ctx.pats.sentence_end.search(ctx.text, ctx.last_told_end, start) is not None
    ):
        return None
    first = told[0].in_cycles(ctx.cycles)
    if first is None:
        return None
    return next((year for year in sorted(years) if date(year, month, day) >= first), None)


def _season_long_past(ctx: Context, start: int) -> date | None:
    """The first day of a season long past, told with its year, that news told last, in the sentence before
    ``start`` or its own ("By the spring of 1945 his unit had crossed the Rhine [...] on April 30"),
    else ``None``."""
    told = ctx.last_told
    if told is None or told[1] is not Precision.SEASON or ctx.dct is None:
        return None
    if not ctx.years_told or ctx.years_told[-1][0] != ctx.last_told_end:
        return None  # told with its year, not "last spring"
    first = told[0].in_cycles(ctx.cycles)
    if first is None or abs(ctx.dct - first) <= _A_YEAR:
        return None
    if len(ctx.pats.sentence_end.findall(ctx.text, ctx.last_told_end, start)) > 1:
        return None
    return first


def _year_back_from_writing(ctx: Context, start: int, end: int) -> int | None:
    """The story's year, for a day or month told in the past after a story came to the time of
    writing by a day or week with no year ("This week heritage groups are leading walks [...] The
    royal couple had landed at Bombay on 2 December"); else ``None``."""
    reference, told = ctx.reference, ctx.last_told
    if (
        not ctx.narrative
        or not ctx.at_writing
        or reference is None
        or ctx.dct is None
        or abs((reference - ctx.dct).days) <= _NEAR_WRITING
        or told is None
        or told[1] not in _WEEK_PRECISIONS
        or ctx.pats.sentence_end.search(ctx.text, ctx.last_told_end, start) is None
        or ctx.tense(start, end) >= 0
    ):
        return None
    return reference.year


def _month_in_year(ctx: Context, month: int, day: int | None, start: int, end: int) -> Resolved:
    """A month (and day) with no year: the DCT year, moved by the clause's tense."""
    anchor = ctx.anchor()
    suffix = f"-{month:02d}" + (f"-{day:02d}" if day else "")
    if anchor is None:
        return Resolved(TimexType.DATE, "XXXX" + suffix, anchored=False)
    if (
        _habitual(ctx, start, end)
        or (day and _KEPT_AS_A_DAY.match(ctx.text, end))
        or (not day and ctx.pats.fiscal_bound.search(ctx.text, max(0, start - _HABIT_REACH), start))
    ):
        # "the rains usually begin in May", "celebrated each year on 12 July"; "Egypt marks 6 October
        # as Armed Forces Day", "declared 14 August a day of national remembrance", "whose fiscal year
        # ends in September" (but "ends Sept. 30" is as often this year's): any year's
        return Resolved(TimexType.DATE, "XXXX" + suffix, anchored=False)
    back = _year_back_from_writing(ctx, start, end)
    if back is not None and _valid_day(back, month, day or 1):
        return Resolved(TimexType.DATE, f"{back:04d}{suffix}")
    if ctx.narrative and ctx.reference and not ctx.at_writing:  # a story goes on in the year it is in:
        # "In 1861 ... on April 12", and in the year that opens the sentence ("The next year Brian
        # besieged Dublin from 9 September")
        said = _year_said_before(ctx, start)
        if said is not None and _valid_day(said, month, day or 1):
            return Resolved(TimexType.DATE, f"{said:04d}{suffix}")
        return Resolved(TimexType.DATE, f"{_story_year_of(ctx, month, day, start):04d}{suffix}")
    said = _year_said_before(ctx, start)
    if said is not None and _valid_day(said, month, day or 1):  # "In 2019 the vote was held on May 5"
        return Resolved(TimexType.DATE, f"{said:04d}{suffix}")
    years = _having_day([anchor.year - 1, anchor.year, anchor.year + 1], month, day)
    after = _after_the_day_told(ctx, month, day, start, years)
    if after is not None:
        return Resolved(TimexType.DATE, f"{after:04d}{suffix}")
    told = ctx.day_long_past() or _season_long_past(ctx, start)
    # news goes on in the year of a day just told, for the weeks after it, into the next year too
    # ("began on Dec. 16, 1995 [...] ending in early January"); a month alone too when the news
    # narrates that day ("that Saturday [of 1986] [...] evacuated in early May")
    story = (
        next(
            (
                y
                for y in (told.year, told.year + 1, told.year - 1)
                if _valid_day(y, month, day or 1) and _in_story_days(told, date(y, month, day or 1))
            ),
            None,
        )
        if told and (day or ctx.recalling)
        else None
    )
    # not "must be verified by Nov. 14": the report's plans; but a plan told with a day a year
    # ahead goes on in its year ("will begin on Monday, Aug. 18, 2014, rather than on Aug. 25")
    # nor a day in a "since" clause of the present perfect, which runs to the present ("has been in
    # turmoil since Honecker was ousted on Oct. 18")
    if (
        story is not None
        and told
        and (ctx.tense(start, end) <= 0 or told > anchor)
        and not _SINCE_NOW.search(ctx.text, max(0, start - _SINCE_REACH), start)
        # nor a day told in the past after a plan's day a year ahead: "will now open on March 21,
        # 2025. The writers' strike began on May 2" (said in 2024) is the May gone
        and not (ctx.tense(start, end) < 0 and date(story, month, day or 1) > anchor)
    ):
        return Resolved(TimexType.DATE, f"{story:04d}{suffix}")
    following = _TWO_WORDS_AFTER.match(ctx.text, end)
    goods = following and (
        following[1].lower() in ctx.lex.delivery_nouns
        # "the November milling wheat contract"; not "in November the wheat harvest"
        or (following[1].lower() not in ctx.lex.function_words and following[2] in ctx.lex.delivery_nouns)
    )
    if day is None and goods:
        # "December corn settled at $1.94": a futures contract, for delivery in the month to come
        year = min(y for y in years if (y, month) >= (anchor.year, anchor.month))
        return Resolved(TimexType.DATE, f"{year:04d}{suffix}")
    figures = following and (
        following[1].lower() in ctx.lex.statistic_nouns
        or (following[1].lower() not in ctx.lex.function_words and following[2] in ctx.lex.statistic_nouns)
    )
    if day is None and figures:
        # "will release its March employment figures" on 1 April: figures come out after their
        # month, the latest one up to the time of writing
        year = max(y for y in years if (y, month) <= (anchor.year, anchor.month))
        return Resolved(TimexType.DATE, f"{year:04d}{suffix}")
    tense = _tense_of_its_when(ctx, end) if day and not ctx.narrative else 0
    tense = tense or ctx.date_tense(start, end)
    if not tense and day and _told_in_the_present(ctx, start, end):
        tense = 1  # "The last day for students is June 9", "returns on Oct. 27": to come
    if not ctx.plan_told_past(start, end) and ctx.bound_ahead(start, end):
        # "will end in February" said in March: next February
        years = [y for y in years if date(y, month, min(day or 28, 28)) >= anchor]
    elif _word_before(ctx.text, start).lower() in ctx.lex.origin_prepositions:
        # "in place since January" said in November: a starting point lies behind, however near
        # the next January is
        years = [y for y in years if date(y, month, day or 1) <= anchor] or years
    year = min(years, key=lambda y: _tense_distance(anchor, date(y, month, min(day or 15, 28)), tense))
    return Resolved(TimexType.DATE, f"{year:04d}{suffix}")


_CLAUSE_COMMA = re.compile(r",\s")
_PLACE_APPOSITION = re.compile(r",\s+(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?,")  # "Glendale, Arizona,"
_WEEK_APPOSITION = re.compile(r",\s+(?:on\s+)?")  # "Earlier that week, on Tuesday": a day of that week
_WEEKEND_TOLD = re.compile(r"week-?end$", re.IGNORECASE)  # "this weekend, on Sunday": the weekend's days
_CLAUSE_OPENING = re.compile(r"(?:[,;]\s+(?:and|but)|;)\s+")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# two day numbers joined before or after their month, ending the last day told: "7 and 8 February",
# "July 5-6, 1809"
_DAY_PAIR_TOLD = re.compile(
    r"(?<![\w$.,])(?:(?P<first>\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|[-\u2013])\s*(?P<last>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:\s+of)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+(?P<first2>\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|[-\u2013])\s*"
    r"(?P<last2>\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+\d{1,4}(?:\s+(?:BC|AD|BCE|CE))?)?$"
)
_STORY_YEARS_NEAR = 300  # years from one a story told within which its bare four digits are years
_WORD_REACH = 24  # characters before a number in which the word before it is read
_FIRST_MODERN_YEAR = 1800  # the first year four digits make with no word that introduces years
_FIRST_YEAR = 1000  # the earliest four digits read as the year a story is in before it tells one
_LONG_PAST_YEARS = 5  # years before the DCT from which a year is history, not news
_JOINED_DAYS = 3  # days on from a weekday within which one joined to it by "and" follows it
_DAYS_AHEAD = 7  # days after the report within which a day told ahead is the day of clock times told ahead
_YEARS_IN = {"year": 1, "decade": 10, "century": 100}  # years in a unit counted back to the day
_CLOCK_THEN_ON = re.compile(
    r"\b(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?|\d{1,2}[:.]\d\d|noon|midnight|midday)\s+on\s+$", re.IGNORECASE
)  # "11am on ", "midnight on ": a clock time told before its weekday
# a plan told in the past, just before a weekday: "was due to end [at 6 p.m.] Friday"
_PLAN_TOLD_PAST = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:scheduled|due|set|supposed)(?:\s+(?:for|to\s+[a-z]+(?:\s+\w+){0,3}?))?\s+$",
    re.IGNORECASE,
)
# a plan called off, told in the past: "called off a mass rally planned for [Wednesday]"; not in
# the perfect ("have postponed elective surgery scheduled for the holiday weekend"), nor a plan made
# again ("postponed last month, is now scheduled for")
_CALLED_OFF = r"(?:called\s+off|cancell?ed|postponed|scrapped|put\s+off|delayed|abandoned)"
_PLAN_CALLED_OFF = re.compile(
    rf"(?<!\bhave\s)(?<!\bhas\s)\b{_CALLED_OFF}\b"
    r"(?:(?!\b(?:is|are|now)\b)[^.;:!?\n]){0,60}?\b(?:planned|scheduled|set|slated)\s+for\s+$",
    re.IGNORECASE,
)
# the same told after the date: "The original meeting, scheduled for [February 9], was called off"
_PLANNED_FOR = re.compile(r"\b(?:planned|scheduled|set|slated)\s+for\s+$", re.IGNORECASE)
_CALLED_OFF_AFTER = re.compile(
    rf",?\s+(?:but\s+|and\s+)?(?:was|were|had\s+been)\s+(?:later\s+|then\s+)?{_CALLED_OFF}\b", re.IGNORECASE
)
# a past negated before "until": what did not happen until a day happened then
_NOT_UNTIL_PAST = re.compile(
    r"\b(?:was|were|did|had)(?:\s+not|n't|[^.;:!?]*?,\s+but\s+not)\b"
    r"(?!\s+(?:be\s+)?(?:due|expected|scheduled|set|supposed|planned|likely)\b)"
    r"[^.;:!?]*\s(?:until|till)\s+$",
    re.IGNORECASE,
)  # "had his face for weeks, but not his name until Friday"; not a plan: "the next tanker was not
# due until Wednesday"
_DATE_SET_BEFORE = re.compile(r"\bdate\s+(?:of|for)\s+$", re.IGNORECASE)  # an appointment's date set
_TO_THE_DAY = re.compile(r"to\s+the\s+day", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"\s+when\s", re.IGNORECASE)  # a year a relative clause tells of: "in 1980, when"
_CLAUSE_OPENED = re.compile(_CLAUSE_OPENING.pattern + "$")  # "[...] for about an hour, and "
# a year that opens its sentence or clause: "In 1990, [...]", "Last year it fell", "and in 1995 the";
# not a participle's ("Founded in 1937, the company") nor a fiscal year's
_YEAR_FRAME = re.compile(
    r"\s*(?:(?:in|during|by|back\s+in)\s+)?(?:(?!fiscal\b)(?![\w'-]+ed\b)[\w'-]+\s+){0,2}[\w'-]+",
    re.IGNORECASE,
)
# a clause that tells its year by the story's count, however long: "his campaign the following year
# carried him back into Caracas in August"
_STORY_YEAR_FRAME = re.compile(r"[^,;]*\b(?:the\s+(?:following|next|same)|that)\s+year", re.IGNORECASE)
# a year set off after its clause's subject: "The first, in 1966, began on New Year's Day"
_SUBJECT_YEAR_FRAME = re.compile(
    r"\s*(?:[\w'-]+\s+){0,2}[\w'-]+,\s+(?:in|during|back\s+in)\s+\S+", re.IGNORECASE
)


# a year that names a thing: "The 1983 [coffee agreement]"
_NAMED_BY_ITS_YEAR = re.compile(r"^\s*(?:the|a|an|its|this|that)\s+\d{4}$", re.IGNORECASE)
_YEAR_ELABORATED = re.compile(r",\s+(?:in|on)\s+", re.IGNORECASE)  # "cut rates twice last year, in [January]"
# a year's possessive and the event it owns, up to the "on" or "from" of its day: "'s show on ",
# "'s fair from "; not a verb's month ("next year's capital plan in September", "next year's
# festival will start in September")
_OWNED_BY_THE_YEAR = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){1,2}(?:on|from)\s+", re.IGNORECASE)


def _year_said_before(ctx: Context, start: int) -> int | None:
    """The year that opens the sentence or clause of ``start``, with no finer date told after it:
    the year of a month or day told with none ("Last year it fell on Oct. 24"), as resolvers read
    it (moved ``ctx.cycles`` cycles: "In 44 BC, on the Ides of March")."""
    told = ctx.last_told
    if told is None or told[1] is not Precision.YEAR or ctx.last_told_end > start:
        return None
    moved = told[0].in_cycles(ctx.cycles)
    if moved is None:
        return None
    if ctx.pats.sentence_end.search(ctx.text, ctx.last_told_end, start):
        return None
    opening = _sentence_start(ctx.text, ctx.last_told_end)
    clauses = list(_CLAUSE_OPENING.finditer(ctx.text, opening, ctx.last_told_end))
    frame = ctx.text[clauses[-1].end() if clauses else opening : ctx.last_told_end]
    between = ctx.text[ctx.last_told_end : start].lstrip(",")
    # "down from last year, when Holi fell on March 21": the year its relative clause tells of
    if _WHEN_AFTER.match(between) and not _CLAUSE_COMMA.search(_PLACE_APPOSITION.sub(" ", between)):
        return moved.year
    # "and in 1898 Britain leased them for 99 years, a lease that ran out on June 30"; not a figure's
    # comma ("counted 212,000 vehicles on")
    if _CLAUSE_COMMA.search(_PLACE_APPOSITION.sub(" ", between)):  # not "in Glendale, Arizona, on"
        return None
    if _OWNED_BY_THE_YEAR.fullmatch(between):  # "than last year's show on Feb. 24": the year's show
        return moved.year
    if _YEAR_ELABORATED.fullmatch(ctx.text, ctx.last_told_end, start):  # "twice last year, in January"
        return moved.year
    if _NAMED_BY_ITS_YEAR.search(frame) and ctx.tense(start, start) >= 0:
        return None  # "The 1983 coffee agreement itself expires Sept. 30": a thing named by its year
    frames = (_YEAR_FRAME, _STORY_YEAR_FRAME, _SUBJECT_YEAR_FRAME)
    return moved.year if any(pattern.fullmatch(frame) for pattern in frames) else None


def _in_story_days(told: date, day: date) -> bool:
    """Whether ``day`` is within the days around a day long past that news goes on from."""
    return _STORY_DAYS[0] <= (day - told).days <= _STORY_DAYS[1]


_CLOCK_PRECISIONS = {Precision.HOUR, Precision.MINUTE, Precision.SECOND}
_IN_DAYS = re.compile(r"P\d+[DW]$")  # a count of days or weeks: "three days", "a week"
_IN_MONTHS = re.compile(r"P\d+[DWM]$")  # a count of days, weeks or months: "two months"
# how many days past the last day a coarser date told after it may lie, for days to count on from that day
_DAYS_COUNTED_ACROSS = 366
_DAY_PRECISIONS = {Precision.DAY, Precision.PART_OF_DAY, Precision.HOUR, Precision.MINUTE, Precision.SECOND}
_WEEK_PRECISIONS = {*_DAY_PRECISIONS, Precision.WEEK}  # dates a week can be counted from
_YEAR_PRECISIONS = {Precision.YEAR, Precision.DECADE, Precision.CENTURY}
_PERIODS_WITHIN_A_YEAR = {Precision.MONTH, Precision.SEASON, Precision.QUARTER, Precision.HALF_YEAR}
_TOLD_WITHIN_A_YEAR = {Precision.MONTH, Precision.SEASON, Precision.WEEK, *_DAY_PRECISIONS}
_YEARS_COUNTED_FROM = _YEAR_PRECISIONS | _TOLD_WITHIN_A_YEAR  # dates "N years earlier" counts from
# days from a day told in full within which a story told from an earlier year comes back to it
_DAYS_AROUND_EVENT = 3
_ADVERB_REACH = 40  # characters before a participle in which "be sharply" makes it an adjective
_FLASHBACK_REACH = 40  # characters before a date in which "had" tells a flashback
# characters before a date behind the story's in which "had" tells a flashback ("officials had
# followed Britain's defeat of China in 1842")
_YEAR_FLASHBACK_REACH = 80
_ANNIVERSARY_REACH = 80  # characters before a year in which "the anniversary of" names its event
_ASIDE_REACH = 120  # characters before a date in which ", who had" opens the aside that holds it
_NO_RATE_UNITS = frozenset({"second", "minute", "hour", "quarter"})  # after an amount: a speed or a share
_GREGORIAN_REFORM = date(1582, 10, 15)
_FIRST_OLYMPIAD_BC = 776  # the year of the first Olympic games, the first of the Greek count by Olympiads
_OLYMPIAD_YEARS = 4
_LAST_HIJRI_YEAR_TOLD = 1500  # a larger year after a Hijri month is a Gregorian one: "Ramadan 2024"
_HIJRI_EPOCH = date(622, 7, 19).toordinal() - 1  # the day before 1 Muharram AH 1, proleptic Gregorian
_FIRST_YEAR_WRITTEN = -9998  # BC9999, the earliest year TIMEX3 writes in four digits
_LAST_BC_YEAR = 9999  # the same year, as the years before Christ are counted
_HOLIDAY_AHEAD = 30  # days ahead of the report within which news means the coming holiday, whatever the tense
_HOLIDAY_NEAR = 7  # days from the report within which a holiday is the nearest one, whatever the tense
_NAMED_AS_NEAR = 2  # days ahead that "next Friday" skips: tomorrow and the day after have nearer names
_BACKWARD = 3.5  # a story goes forward: a day behind the last one told counts this much farther
_FLASHBACK_FORWARD = 10  # in a flashback, a day ahead of the last one told counts this much farther


_COARSENESS = {Precision.YEAR: 0, Precision.DECADE: 1, Precision.CENTURY: 2}  # of dates told in years
_UNIT_COARSENESS = {"year": 0, "decade": 1, "century": 2}


def _counts_in(unit: str, precision: Precision) -> bool:
    """Whether a count of ``unit`` ("six years earlier") can count from a date told to ``precision``:
    years from a year, decades from a decade, not years from a century."""
    return unit in _UNIT_COARSENESS and _UNIT_COARSENESS[unit] >= _COARSENESS.get(precision, 0)


_EVENING_HOUR = 18  # a clock time told from this hour on may be followed by the small hours of the next day


def _small_hours_after(clock: datetime, hour: int) -> bool:
    """Whether ``hour`` is of the small hours after the evening clock time told last."""
    return clock.hour >= _EVENING_HOUR and hour < _SMALL_HOURS_END


def _next_reading(hour: int, last: datetime) -> int:
    """The reading of a twelve-hour ``hour`` that comes next after the last clock time told."""
    return min((hour % 12, hour % 12 + 12), key=lambda h: (h - last.hour) % 24)


# the words after a point, up to a comma or stop, past an apposition: "the winter, one of the
# harshest of the century, had pushed"
# ", less than two weeks away", "which is only days away": a time some days or weeks ahead
_AWAY_AFTER = re.compile(
    r",?\s+(?:(?:which|that)\s+(?:is|was)\s+|now\s+)?(?:(?:less|more)\s+than|only|just|still|some|about|barely)?"
    r"\s*(?:[\w-]+\s+){0,2}(?:hours?|days?|weeks?|months?)\s+away\b(?!\s+from\b)",
    re.IGNORECASE,
)
_APPOSITION_AND_CLAUSE = re.compile(r"(?:,[^,;:.!?\n]{1,60},)?[^,;:.!?\n]{0,60}")


def _clause_before(ctx: Context, start: int, reach: int) -> str:
    """The ``reach`` characters before ``start``, from the last sentence end or new clause in them."""
    before = ctx.text[max(0, start - reach) : start]
    cut = list(ctx.pats.sentence_end.finditer(before)) + list(_NEW_CLAUSE.finditer(before))
    return before[max((c.end() for c in cut), default=0) :]


def _in_flashback(ctx: Context, start: int, reach: int = _FLASHBACK_REACH) -> bool:
    """Whether a "had" just before ``start`` (within ``reach`` characters) in its sentence tells a
    time before the story's; not one of a clause of time ("said little until he had beaten Willkie
    on November 5"), which tells what came next."""
    clause = _clause_before(ctx, start, reach)
    had = _last_match(ctx.pats.flashback, clause)
    return had is not None and not _TIME_CLAUSE_HAD.search(clause, 0, had.end())


def _year_in_flashback(ctx: Context, start: int) -> bool:
    """Whether a "had" before a year in its sentence tells a time before the story's, with no verb
    in the simple past between ("had captured the same town from the Chinese in a single day in
    1894"; not "a general who had won fame against the Persians, came to the throne in 582")."""
    clause = _clause_before(ctx, start, _YEAR_FLASHBACK_REACH)
    had = _last_match(ctx.pats.flashback, clause)
    if had is None:
        return False
    after_participle = clause[had.end() :].split(None, 1)[1:]  # "had captured [the same town ...]"
    return not after_participle or ctx.pats.past.search(after_participle[0]) is None


def _flashback_after(ctx: Context, end: int) -> bool:
    """Whether the clause after ``end``, past an apposition, tells its verb in the past perfect ("Over
    the winter Napoleon had raised a new army")."""
    clause = _APPOSITION_AND_CLAUSE.match(ctx.text, end)
    return clause is not None and ctx.pats.flashback.search(clause[0]) is not None


def _story_year_of(ctx: Context, month: int, day: int | None, start: int) -> int:
    """The year of a month or day a story tells with none: the year it is in, or, after a month or
    day told, the nearer way, forward rather than back ("Sunday 4 December 1910 ... On 12 January"
    is 1911), back only in a flashback ("had been launched on 31 January"); after a section's
    heading, the year of the last date told; after a month or day told in a flashback in its
    sentence, the nearer way from that ("had been agreed in December 1915 [...] Verdun in February"
    is 1916)."""
    anchor = ctx.anchor()
    told = ctx.last_told
    last = ctx.last_mentioned
    told_days = ctx.last_told_days
    back_then = _told_in_flashback(ctx, start)
    if back_then is not None and back_then[1] in _TOLD_WITHIN_A_YEAR and ctx.flashback_told:
        # "had died in the spring, on 16 April": in the spring told in the flashback
        told, last, told_days = back_then, back_then[0].in_cycles(ctx.cycles), ctx.flashback_told[3]
    if anchor is None or last is None or told is None or told[1] not in _TOLD_WITHIN_A_YEAR:
        back = _back_to_the_day_told(ctx, month, day, anchor)
        return back if back is not None else anchor.year if anchor else 0
    if _SECTION.search(ctx.text, ctx.last_told_end, start):
        return last.year  # a new section may go back to the start: "the chase of 1805 that ended on
        # 21 October.\n\nThe chase\nVilleneuve slipped out of Toulon on 30 March" is 1805
    word = _word_before(ctx.text, start)
    deadline = word.lower() in ctx.lex.deadline_prepositions and not word[:1].isupper()  # not "Through July"
    since = word.lower() in ctx.lex.origin_prepositions  # "king only since May": behind
    had = _in_flashback(ctx, start)
    until = deadline and not had  # "lasted until December": ahead
    flashback = had and not deadline  # "had been launched on 31 January": behind
    rewound = _after_the_lead(ctx.text, ctx.last_told_end, start)
    # "had been crushed by the end of February": the nearer way, either way

    def distance(year: int) -> float:
        if day is None:  # a month: counted in months from the month last told
            ahead = (year - last.year) * 12 + month - last.month
        else:
            ahead = (date(year, month, min(day, monthrange(year, month)[1])) - last).days
            if ahead in range(told_days):  # in the season or month last told, flashback or not:
                return 0  # "By the spring of 1927 the race had already cost lives: on May 8"
        if ahead < 0 and until:
            return float("inf")
        if since:  # a starting point lies behind: back counts as forward does elsewhere
            return ahead * _BACKWARD if ahead > 0 else -ahead
        if ahead > 0 and flashback:  # back a year, unless only days ahead: the story may have moved on
            return ahead * _FLASHBACK_FORWARD
        return ahead if ahead >= 0 else -ahead * (1 if flashback or rewound else _BACKWARD)

    years = [
        year for year in (last.year - 1, last.year, last.year + 1) if date.min.year <= year <= date.max.year
    ]
    return min(_having_day(years, month, day), key=distance)


_CLOCK_RULES = frozenset({"clock", "clock24"})
_DATE_TOLD_AFTER = re.compile(r",?\s+on\s+(?-i:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8}\b)")
_DAY_TOLD_AFTER = re.compile(r",?\s+(?:on|of)\s")  # "at dawn on Tuesday": the part of a day told next


def _after_the_lead(text: str, told_end: int, start: int) -> bool:
    """Whether the date last told is in the lead and ``start`` after it: the lead tells the story's
    end, and the body may start from its beginning ("fought on 13 September 1759 [...]\n\nThe fleet
    reached Quebec in late June": back, the nearer way)."""
    lead = _lead_end(text)
    return lead is not None and told_end <= lead <= start


@lru_cache(maxsize=4)
def _lead_end(text: str) -> int | None:
    """Where the opening paragraph ends (read once per text: a text with no blank line is read whole)."""
    lead = _PARAGRAPH.search(text, len(text) - len(text.lstrip()))
    return lead.end() if lead else None


def _back_to_the_day_told(ctx: Context, month: int, day: int | None, anchor: date | None) -> int | None:
    """The later year of a day told in full within days of ``month`` and ``day``, when the story is
    on an earlier year told for background: it comes back to its event ("struck on Friday, 31 May
    1889 [...] In 1879 it was bought [...] on the evening of 30 May": 1889)."""
    if day is None or anchor is None:
        return None
    for (told_month, told_day), year in ctx.days_told.items():
        if year > anchor.year and _valid_day(year, month, day):
            apart = abs((date(year, month, day) - date(year, told_month, told_day)).days)
            if apart <= _DAYS_AROUND_EVENT:
                return year
    return None


def _having_day(years: list[int], month: int, day: int | None) -> list[int]:
    """The years that have the day ("29 February" only in a leap year), all of them if none has."""
    return [year for year in years if day is None or _valid_day(year, month, day)] or years


_RELATIVE_CLAUSE = r",\s+(?:which|who)\b[^,;:]*,"  # ", which falls on April 5,"
# a relative clause closed just before an expression, no more than three words before it, or farther
_CLOSED_RELATIVE = re.compile(_RELATIVE_CLAUSE + r"(?=\s*(?:\S+\s+){0,3}$)", re.IGNORECASE)
_FARTHER_RELATIVE = re.compile(_RELATIVE_CLAUSE + r"(?=\s*(?:\S+\s+){4,8}$)", re.IGNORECASE)
_REPORTED_ON = re.compile(r"\b(?:said|says|announced|confirmed|reported)\s+(?:on\s+)?$")
_UPDATE_STAMP = re.compile(r"\bUpdated?,?\s+(?:at\s+)?$")  # a live report's stamp: the time of writing
_LATE_HOUR = 15  # a clock time told in the past from this hour on is of the day before the report's,
# when the news told that day ("voted on Sunday [...] Polls closed at 5 p.m."): morning papers
_SMALL_HOURS_END = 6  # a clock time before this hour belongs to the night before its day
_HABIT_REACH = 80  # characters before a month in which "usually" makes it any year's
_CLAUSE_TAIL = re.compile(r"[^,;:.!?\n]*$")  # the words before a point, back to a comma or stop
# words of a custom kept every year: "India celebrates 15 August as Independence Day"
_CUSTOM = re.compile(
    r"\b(?:every|each|annually|yearly|celebrat(?:e|es|ed)|observ(?:e|es|ed)|marks?|honou?rs?|commemorates?|is|are"
    r"|declared)\b",
    re.IGNORECASE,
)
_YEARS_REACH = 400  # characters before a story's bare year in which the years it is among are told
_YEARS_APART = 50  # years from one of them within which a bare number of four digits is a year
_NEAR_CUE = 25  # characters before a month in which a future cue binds it ("will end in February")
_PAST_VERB_AFTER = re.compile(r"\s+[a-z]+ed\b")  # "Thunderstorms Thursday night dumped 1.4 inches"
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s+")  # "Peru's Independence Day", "Finnish Independence Day"
_NATION_NAMED = 3  # times a text names a nation for its national days to be that nation's


def _tense_distance(anchor: date, candidate: date, tense: int) -> int:
    """Days from the anchor, plus a season's worth when the candidate lies against the tense."""
    against = (tense < 0 and candidate > anchor) or (tense > 0 and candidate < anchor)
    unsure_future = tense == 0 and candidate > anchor  # news tells of the past more than of the future
    return abs((candidate - anchor).days) + (250 if against else 30 if unsure_future else 0)


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # TIMEX3 season codes (language-independent)
_SEASON_END = {"SP": (5, 31), "SU": (8, 31), "FA": (11, 30), "WI": (2, 28)}  # a winter ends the next year


def _season_year(anchor: date, code: str, step: int) -> int:
    """The year of the last (step < 0), current (0) or next (step > 0) season ``code`` from ``anchor``."""
    start = _SEASON_START[code]
    if step < 0:  # said while the season is on ("last winter" in February), the one before it
        on_now = 0 < (anchor.month - start) % 12 < 3
        return (anchor.year if start < anchor.month else anchor.year - 1) - on_now
    if step > 0:
        return anchor.year if start > anchor.month else anchor.year + 1
    return anchor.year - 1 if code == "WI" and anchor.month <= 2 else anchor.year


def _days_ahead(anchor: date, resolved: Resolved | None) -> int:
    """Days from ``anchor`` forward to the first day of a resolved date (negative if before it, and
    very many back if it has none)."""
    found = value_range(resolved.value) if resolved else None
    return -(10**6) if found is None else found[0].toordinal() - anchor.toordinal()


def _days_from(anchor: date, resolved: Resolved | None) -> int:
    """Days from ``anchor`` to the first day of a resolved date, either way (very many if it has none)."""
    return abs(_days_ahead(anchor, resolved))


def _later_than(told: date | None, reference: date | None) -> bool:
    """Whether the last date told is later than the story's reference."""
    return told is not None and reference is not None and told > reference


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        Day.from_ymd(year, month, day)
    except ValueError:
        return False
    return True


class Resolver:
    """Turns one pattern match into a :class:`Resolved` (or rejects it with ``None``)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.lex = ctx.lex

    def resolve(self, rule: str, m: re.Match[str]) -> Resolved | None:
        """The normalization of ``m`` by ``rule``; ``None`` if it is none or falls off the calendar."""
        groups = m.groupdict()
        # "every Midsummer Day", "9 Thermidor Year II", "Victory Day" are no titles
        if not (
            groups.get("holiday") or groups.get("republican_year") or groups.get("named")
        ) and self._in_title(m):
            return None
        if rule in _NAMEABLE and _word_before(self.ctx.text, m.start()) in self.lex.name_words:
            return None  # "Black September", "Bloody Sunday": a name (not "Black Tuesday, October 29, 1929")
        if self.ctx.pats.not_time.match(self.ctx.text, m.start()):
            return None  # "the future of our peoples", "today's world"
        if _COMPOUND_AFTER.match(self.ctx.text, m.end()):
            return None  # "the year-on-year figure", "a dusk-to-dawn curfew": a word of a compound
        if any(groups.get(group) == "may" for group in _MONTH_GROUPS):
            return None  # "Children under 12 may not visit": the verb, as a month is written May
        try:
            found: Resolved | None = getattr(self, "_" + rule)(m)
        except (ValueError, OverflowError, KeyError, IndexError):
            return None  # year 0 or 10000 near an extreme DCT: one expression lost, not the document
        if found is None or found.value.startswith("0000") or not is_timex3_value(found.value):
            return None  # counted off the calendar: back from AD 1 (there is no year 0) or past 9999
        day = _FULL_DAY.match(found.value)
        if day and value_range(day[0]) is None:
            return None  # 29 February in a story's year that has none
        mod = found.mod
        if groups.get("mod") and mod is None:
            mod = self.lex.modifiers.get(" ".join(groups["mod"].lower().split()))
        if groups.get("quant") and rule != "set" and mod is None:
            quant = " ".join(groups["quant"].lower().split())
            mod = self.lex.quantifiers.get(quant)
            if rule == "ago" and found.type is TimexType.DATE and quant in self.lex.point_quantifiers:
                ahead = self.lex.directions[" ".join(m["direction"].lower().split())] > 0
                mod = _point_mod(self.lex, quant, ahead)
        if groups.get("approx") and mod is None:
            mod = "APPROX"
        if groups.get("day_start") and mod is None:
            mod = "START"  # "the early hours of Sunday"
        anchored = found.anchored and not (found.value.endswith("_REF") and self.ctx.anchor() is None)
        return Resolved(found.type, found.value, mod, found.freq, anchored)

    def _in_title(self, m: re.Match[str]) -> bool:
        """A unit or time word capitalised inside a sentence names something: "60 Minutes", "High Noon"."""
        for word in self.ctx.pats.title_word.finditer(m.group(0)):
            if word.start() or _MID_SENTENCE.search(self.ctx.text, max(0, m.start() - 3), m.start()):
                return not self._in_headline(m.start())
        return False

    def _in_headline(self, at: int) -> bool:
        """Whether ``at`` is in a line written in title case (a headline: "Its First New Device in
        Three Years"), where every word is capitalised and none names anything by it."""
        start = self.ctx.text.rfind("\n", 0, at) + 1
        end = self.ctx.text.find("\n", at)
        words = _WORDS.findall(self.ctx.text[start : end if end >= 0 else len(self.ctx.text)])
        long = [w for w in words if len(w) > 3 and w[0].isalpha()]
        return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)

    # absolute dates
    def _iso(self, m: re.Match[str]) -> Resolved | None:
        year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
        if not _valid_day(year, month, day):
            return None
        value = f"{year:04d}-{month:02d}-{day:02d}"
        if m["hour"]:
            return Resolved(TimexType.TIME, f"{value}T{m['hour']}:{m['minute']}")
        return Resolved(TimexType.DATE, value)

    def _slash(self, m: re.Match[str]) -> Resolved | None:
        if m["dotted_year"]:  # 21.03.2013: day first
            year, month, day = int(m["dotted_year"]), int(m["dotted_month"]), int(m["dotted_day"])
        else:
            year = int(m["year"])
            year = year + (1900 if year > 30 else 2000) if year < 100 else year
            month, day = int(m["month"]), int(m["day"])
            # 21/3/2013, or 5/12/16 in a text that writes 28/11/16: day first
            if month > 12 >= day or (day <= 12 and _writes_day_first(self.ctx.text, m.re)):
                month, day = day, month
        if not _valid_day(year, month, day):
            return None
        return Resolved(TimexType.DATE, f"{year:04d}-{month:02d}-{day:02d}")

    def _weekday_numeric(self, m: re.Match[str]) -> Resolved | None:
        """ "Thursday, 10/6" or "Friday 22/10": month and day in either order, the one whose weekday
        agrees nearest the anchor (American order when neither does)."""
        anchor = self.ctx.anchor()
        first, second = int(m["first"]), int(m["second"])
        orders = [(month, day) for month, day in ((first, second), (second, first)) if 1 <= month <= 12]
        if anchor is None or not orders:
            return None
        weekday = self.lex.weekdays[m["weekday"].lower()]
        fitting = [
            date(year, month, day)
            for month, day in orders
            for year in (anchor.year - 1, anchor.year, anchor.year + 1)
            if _valid_day(year, month, day) and date(year, month, day).isoweekday() == weekday
        ]
        if fitting:
            return Resolved(TimexType.DATE, min(fitting, key=lambda day: abs(day - anchor)).isoformat())
        month, day = orders[0]
        return (
            _month_in_year(self.ctx, month, day, m.start(), m.end()) if _valid_day(2000, month, day) else None
        )

    def _restated_day(self, m: re.Match[str]) -> Resolved | None:
        """The day just told, when ``m`` restates it in another calendar: "on 16 July (3 July O.S.)",
        "born on 31 March 1685, or 21 March by the Julian calendar": a TIMEX3 value is a Gregorian
        day, and it is the same day."""
        last = self.ctx.last_day
        if last is None or m["year"] or not self.ctx.pats.calendar_note.match(self.ctx.text, m.end()):
            return None
        if self.ctx.pats.gregorian_note_after.match(self.ctx.text, m.end()):
            return None  # "5 November, 15 November by the Dutch calendar": the Gregorian day written
        between = self.ctx.text[self.ctx.last_full_day_end : m.start()]
        if not _RESTATEMENT.fullmatch(between):
            return None
        return Resolved(TimexType.DATE, last.isoformat())

    def _month_day(self, m: re.Match[str]) -> Resolved | None:
        day = int(m["day"]) if m["day"] else self.lex.ordinals[m["day_word"].lower()]  # "November first"
        resolved = self._day_in_month(m, self.lex.months[m["monthname"].lower()], day)
        part = self.lex.parts_of_day.get((m.groupdict().get("weekday_part") or "").lower())
        if part is None or resolved is None or not _FULL_DAY.fullmatch(resolved.value):
            return resolved
        # "Sunday night, Dec. 13": that part of the day told, typed as a weekday's part is (DATE)
        return replace(resolved, value=f"{resolved.value}T{part}")

    def _roman_day(self, m: re.Match[str]) -> Resolved | None:
        """The Kalends, Nones or Ides of a month: its 1st, 5th or 13th (7th or 15th in a long month)."""
        month = self.lex.months[m["monthname"].lower()]
        short, long = self.lex.roman_days[m["roman"].lower()]
        resolved = self._day_in_month(m, month, long if month in self.lex.roman_long_months else short)
        found = value_range(resolved.value) if resolved and m["ante"] else None
        if found is None:
            return resolved
        # "the ninth day before the Kalends of September": counted as the Romans counted, the
        # named day being the first (24 August)
        before = found[0] - timedelta(days=self.lex.ordinals[m["ante"].lower()] - 1)
        return replace(resolved, value=day_value(before))

    def _republican_day(self, m: re.Match[str]) -> Resolved | None:
        """A day of the French Republican calendar, as the Gregorian day it was ("9 Thermidor Year
        II": 1794-07-27). With no year told, the one in the year its sentence goes on to give ("18
        Brumaire (9 November 1799)"), else the one nearest the day the story is on (in its year, if
        the story is told only to the year), if the story is in the years the calendar was kept;
        else a day of unknown year."""
        day = int(m["day"])
        if not 1 <= day <= 30:
            return None
        offset = timedelta(days=30 * (self.lex.republican_months[m["republican"].lower()] - 1) + day - 1)
        firsts = {numeral: date.fromisoformat(first) for numeral, first in self.lex.republican_years.items()}
        numeral = m.groupdict().get("republican_year")
        if numeral:
            first = firsts.get(numeral.lower())
            return None if first is None else Resolved(TimexType.DATE, (first + offset).isoformat())
        days = [first + offset for first in firsts.values()]
        text = self.ctx.text
        stop = self.ctx.pats.sentence_end.search(text, m.end())
        said = {
            int(year) for year in _FOUR_DIGITS.findall(text, m.end(), stop.start() if stop else len(text))
        }
        in_year_said = [candidate for candidate in days if candidate.year in said]
        if in_year_said:
            return Resolved(TimexType.DATE, in_year_said[0].isoformat())
        anchor = self.ctx.anchor()
        year = timedelta(days=366)
        if anchor is None or not min(days) - year <= anchor <= max(days) + year:
            return Resolved(TimexType.DATE, "XXXX-XX-XX", anchored=False)
        # in a story told only to the year, a day in that year ("In 1799 [...] 18 Brumaire")
        in_year = self.ctx.reference_is_year
        nearest = min(
            days, key=lambda candidate: (in_year and candidate.year != anchor.year, abs(candidate - anchor))
        )
        return Resolved(TimexType.DATE, nearest.isoformat())

    def _day_in_month(self, m: re.Match[str], month: int, day: int) -> Resolved | None:
        if not 1 <= day <= 31:
            return None
        restated = self._restated_day(m)
        if restated is not None:
            return restated
        # "7 September of that year"; "compared with April 8 in 2012", whose year is tagged apart
        told = self._that_year(m) if m.groupdict().get("that_year") else None
        after = told is None and not m["year"]
        in_year = self.ctx.pats.year_in_after.match(self.ctx.text, m.end()) if after else None
        told = _year_of(in_year["year"], self.lex) if in_year else told
        if m["year"] or told is not None:
            year = _year_of(m["year"], self.lex) if m["year"] else told
            return (
                Resolved(TimexType.DATE, f"{year_value(year)}-{month:02d}-{day:02d}")
                if _valid_day(year, month, day)
                else None
            )
        if not _valid_day(2000, month, day):
            return None
        if _in_clause(self.ctx, self.ctx.pats.observance, m) or (
            # "6 February has been a national public holiday since 1974", in a history; not news's
            # "Monday, March 18, a national holiday", nor a weekday's date: "Wednesday, 7 October"
            self.ctx.narrative
            and not m.groupdict().get("weekday")
            and _in_clause(self.ctx, self.ctx.pats.holiday_noun, m)
        ):
            # "Bulgaria today celebrates 3 March as its national day": the day kept every year
            return Resolved(TimexType.DATE, f"XXXX-{month:02d}-{day:02d}", anchored=False)
        event = self._event_year(m, month, day)
        if event is not None:  # "after the Sept. 11 attacks": the day the event is named for
            return Resolved(TimexType.DATE, f"{event:04d}-{month:02d}-{day:02d}")
        year_rel = m.groupdict().get("year_rel")
        if year_rel and self.ctx.dct is not None:  # "on Thursday, 26 May this year": of the time of writing
            year = self.ctx.dct.year + self.lex.relative[year_rel.lower()]
            value = f"{year_value(year)}-{month:02d}-{day:02d}"
            return Resolved(TimexType.DATE, value) if _valid_day(year, month, day) else None
        resolved = _month_in_year(self.ctx, month, day, m.start(), m.end())
        anchor = self.ctx.anchor()
        step = self.lex.relative.get((m.groupdict().get("rel") or "").lower(), 0)
        weekday = self.lex.weekdays.get((m.groupdict().get("weekday") or "").lower())
        if weekday and not step and anchor is not None:
            # a weekday names one day even in a habit's clause ("Homes normally served on
            # Wednesdays will be picked up Thursday, Dec. 26")
            return self._year_of_weekday(resolved, month, day, weekday)
        if not step or anchor is None:
            return resolved
        here = (anchor.month, anchor.day)
        passed = (month, day) >= here if step < 0 else (month, day) <= here  # "last Oct. 23", "next May 1"
        return Resolved(TimexType.DATE, f"{anchor.year + (step if passed else 0):04d}-{month:02d}-{day:02d}")

    _day_month = _month_day

    def _plan_left_behind(self, at: int) -> bool:
        """Whether news has left the day to come it told last for a new paragraph ("will close on
        Boxing Day.\n\nThe province reported 1,074 new cases, down 12% from a week earlier"): a
        count from it is no longer the text's; the report's figures count from the report."""
        last, dct = self.ctx.last_day, self.ctx.dct
        return (
            not self.ctx.narrative
            and last is not None
            and dct is not None
            and last > dct
            and _PARAGRAPH.search(self.ctx.text, self.ctx.last_full_day_end, at) is not None
        )

    def _event_year(self, m: re.Match[str], month: int, day: int) -> int | None:
        """The year of an event a day names, when its noun follows ("the Sept. 11 attacks": 2001),
        and the time of writing is after it; else ``None``."""
        year = self.lex.event_days.get(f"{month:02d}-{day:02d}")
        anchor = self.ctx.dct
        if year is None or anchor is None or anchor.year <= year or not _event_named_after(self.ctx, m.end()):
            return None
        return year

    def _year_of_weekday(self, resolved: Resolved, month: int, day: int, weekday: int) -> Resolved:
        """A day told with its weekday and no year falls in a year where it is that weekday: the
        year it was told with before ("the night of 21 November 1907 ... Thursday, 21 November"),
        else the year chosen, the year last told or one up to two years from either ("Easter
        Sunday, March 23, 1913 ... the morning of Tuesday, March 25" in an article of 2013 is 1913),
        else the latest year the text gave ("on Saturday 4th January 1975 ... This morning ... on
        Monday 6th January"); a story tries the years it gave before those up to two years away."""
        chosen = int(resolved.value[:4]) if resolved.value[:4].isdigit() else None
        told = self._told_year()
        again = self.ctx.days_told.get((month, day))  # the same day told before with its year
        nearest = ([again] if again else []) + [year for year in (chosen, told) if year]
        told_years = [year for _, year in reversed(self.ctx.years_told)]  # the latest first
        # a story going on or going back a year or two; a weekday falls on the same day again only
        # after five years or more
        steps = [year + step for step in (1, -1, 2, -2) for year in (chosen, told) if year]
        # a story tries the years it told first: an aside that leapt ahead ("Forty-four years later,
        # a general admitted") leaves it in a year whose neighbours fit one weekday in seven by chance
        # before those, a story tries the year of the last day it told in full: years told since in an
        # aside ("landed on 11 June 1904. A veteran of the wars of 1866 and 1870 [...] in China in 1900,
        # [...] on the morning of Thursday, 11 August") are no year it went on to
        full_day = self.ctx.last_full_day or self.ctx.day_left  # the day left when a year was told since
        story_day = full_day.in_cycles(self.ctx.cycles) if full_day else None
        story_year = [story_day.year] if self.ctx.narrative and story_day is not None else []
        candidates = nearest + (story_year + told_years + steps if self.ctx.narrative else steps + told_years)
        shift = self.ctx.weekday_shift[1] if self.ctx.weekday_shift else 0  # a text in the Julian calendar
        # the Gregorian weekday in the nearest years, then the Julian one there ("Wednesday, 4 December"
        # of 1745 in Britain, which kept the Julian calendar; "Monday, 26 August" of 1812 in Russia,
        # which kept it until 1918), then the Gregorian one farther away; a year before the Gregorian
        # calendar has only the Julian weekday ("Tuesday, 21 May" of 1420)
        tries = [(year, False) for year in nearest] + [(year, True) for year in nearest]
        # a text that says it keeps Old Style dates may do so up to the last Julian calendar in use
        last_julian = _LAST_JULIAN_USE if self.ctx.keeps_old_style() else _LAST_JULIAN_YEAR
        # each year in both calendars it may be told in ("Saturday 7 February" of 1601 in England)
        farther = [
            (year, julian)
            for year in candidates[len(nearest) :]
            for julian in (False, True)
            if (julian and year <= _LAST_JULIAN_YEAR) or (not julian and year >= FIRST_GREGORIAN_YEAR)
        ]
        for year, julian in tries + farther:
            first = 1 if julian else FIRST_GREGORIAN_YEAR
            if not (first <= year <= date.max.year and _valid_day(year, month, day)):
                continue
            told = date(year, month, day)
            if julian and year <= last_julian and from_julian(told).isoweekday() == weekday:
                return Resolved(TimexType.DATE, f"{year:04d}-{month:02d}-{day:02d}")
            if not julian and _shifted_weekday(told, shift) == weekday:
                return Resolved(TimexType.DATE, f"{year:04d}-{month:02d}-{day:02d}")
        return resolved

    def _that_year(self, m: re.Match[str]) -> int | None:
        """The year "of that year" names, or "of the following year" the one after it: the year said
        last, in an aside too ("The ordinance, adopted in 1991, [...] in January of that year")."""
        said, last = self.ctx.year_said, self.ctx.last_told
        with_year = self.ctx.years_told[-1][0] if self.ctx.years_told else -1
        # not after a year told since ("44 years ago, when the flame arrived in November of that year")
        year_since = last is not None and last[1] is Precision.YEAR and self.ctx.last_told_end > with_year
        told = (
            said[1]
            if said is not None and said[0] >= with_year and not year_since
            else self._told_year(m.start())
        )
        step = self.lex.relative.get(" ".join(m["that_year"].lower().split()), 0)
        if told is None:
            return None
        return told + step or step  # no year 0: the year after 1 BC is AD 1

    def _told_year(self, at: int | None = None) -> int | None:
        """The year of the last date told to the year or finer (BCE negative), for "of that year": a
        year given in words earlier in the sentence of ``at`` first."""
        said = self.ctx.year_said
        if at is not None and said is not None and not _NEW_SENTENCE.search(self.ctx.text, said[0], at):
            return said[1]
        told = self.ctx.last_fine_told
        if told:
            return told.year
        anchor = self.ctx.anchor()
        return anchor.year if anchor else None

    def _month_quarter(self, m: re.Match[str]) -> Resolved | None:
        """ "the September quarter" (as Australian and Indian reports write it): the quarter it ends."""
        month = self.lex.months[m["monthname"].lower()]
        quarter = f"Q{(month - 1) // 3 + 1}"
        if m["year"]:  # "the June quarter of 2019"
            return Resolved(TimexType.DATE, f"{int(m['year']):04d}-{quarter}")
        ahead = self.ctx.bound_ahead(m.start(), m.end())
        return self._in_year("", quarter, self.ctx.anchor(), ahead=ahead)

    def _that_month(self, m: re.Match[str]) -> Resolved | None:
        """ "That November": the month in the year just told of.  Before a verb "that" is a conjunction
        ("said that November was hard"), and the month alone is the expression."""
        following = _WORD_AFTER.match(self.ctx.text, m.end())
        if following and (following[1].lower() in self.lex.subject_verbs or following[1].isdigit()):
            return None  # "said that May was hard", "that March 3"
        if m["monthname"].islower() or _NAMED.match(self.ctx.text, m.end()):
            return None  # "that march on Washington", "that March of the Mothers"
        # "in August 1823 [...] Valperga, a romance of the fourteenth century, had appeared that
        # February": of the year told before a century or decade
        anchor = self.ctx.last_fine or self.ctx.last_mentioned or self.ctx.anchor()
        month = self.lex.months[m["monthname"].lower()]
        if anchor is None:
            return Resolved(TimexType.DATE, f"XXXX-{month:02d}", anchored=False)
        return Resolved(TimexType.DATE, f"{anchor.year:04d}-{month:02d}")

    def _that_weekday(self, m: re.Match[str]) -> Resolved | None:
        """ "That Saturday": the day just told of when it is one, else the first such day after it
        ("at 1:23 a.m. on April 26, 1986 [...] that Saturday"). Before a verb "that" is a
        conjunction ("said that Friday was hard"), and the weekday alone is the expression."""
        following = _WORD_AFTER.match(self.ctx.text, m.end())
        if not m["weekday"][0].isupper() or (following and following[1].lower() in self.lex.subject_verbs):
            return None
        weekday = self.lex.weekdays[m["weekday"].lower()]
        part = self.lex.parts_of_day.get((m["part"] or "").lower())
        last = self.ctx.last_day
        said = next((day for day in reversed(self.ctx.days_said) if day.isoweekday() == weekday), None)
        if last is None and said is None:
            return Resolved(
                TimexType.DATE, f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""), anchored=False
            )
        if last is None or (last.isoweekday() != weekday and said is not None):
            day = said  # "Ten years ago today [a Monday] [...] By August 1987 [...] That Monday"
        else:
            day = last if last.isoweekday() == weekday else self._story_weekday(last, weekday)
        return Resolved(TimexType.DATE, day.isoformat() + (f"T{part}" if part else ""))

    def _calendar_words(self) -> set[str]:
        """Capitalised words before a month that name no thing: weekdays, months, "In", "By"."""
        return self.lex.weekdays.keys() | self.lex.months.keys() | self.lex.month_prepositions

    def _named_by(self, before: list[str], at: int) -> bool:
        """Whether the word before a bare month at ``at`` is a capitalised one inside its sentence,
        which makes the two a name ("the Salt March", "the Long March"); not a weekday, a month or
        a preposition ("Sunday March 3", "In March")."""
        if not before or not before[-1][:1].isupper() or not before[-1][-1:].isalpha():
            return False  # not "in August, September"
        if before[-1].endswith(("'s", "\u2019s")):
            return False  # "the Labor Department's July report"
        word = before[-1].lower()
        return (
            word not in self._calendar_words()
            and len(self.ctx.text[_sentence_start(self.ctx.text, at) : at].split()) > 1
        )

    def _month(self, m: re.Match[str]) -> Resolved | None:
        name = m["monthname"]
        month = self.lex.months[name.lower()]
        after_preposition = _word_before(self.ctx.text, m.start()).lower() in self.lex.month_prepositions
        if name.islower() or (
            not m["year"] and not after_preposition and _NAMED.match(self.ctx.text, m.end())
        ):
            return None  # "this march", "the annual March for Life", "the March of the Mothers"; not "left
            # in late April for the Cape"
        if not m["year"] and not m["rel"] and not m["yrel"]:
            before = self.ctx.text[max(0, m.start() - 20) : m.start()].split()
            previous = before[-1].lower() if before else ""
            named = _NOT_A_MONTH.match(self.ctx.text, m.end()) or _NAME_GOES_ON.match(self.ctx.text, m.end())
            if not name[0].isupper() or (previous == "the" and named):
                return None  # "this march", "the March for Life", "the April Days", "the October Revolution"
            if previous == "of" and len(before) > 1 and before[-2].lower() in self.lex.month_titles:
                return None  # "Edward, Earl of March": a title
            if not m["mod"] and self._named_by(before, m.start()):
                return None  # "The Salt March, also known as the Dandi March": a name (a modifier
                # parts a word before from the month: "near Nuremberg early in September")
            coordinated = (
                previous in self.lex.day_coordinators
                and len(before) > 1
                and before[-2].rstrip(",").lower() in self.lex.months
            )  # "April and May"
            introduced = previous in self.lex.month_prepositions or coordinated
            if name.lower() in self.lex.ambiguous_months and (
                introduced or (not m["mod"] and self._cased_month(m))
            ):
                return _month_in_year(self.ctx, month, None, m.start(), m.end())  # "in May", "the May report"
            bare = not m["mod"] and not name.endswith(".") and len(name) > 3
            if name.lower() in self.lex.ambiguous_months and not m["mod"]:
                return None
            if not bare and not m["mod"]:
                return None
        if m["year"]:
            return Resolved(TimexType.DATE, f"{year_value(_year_of(m['year'], self.lex))}-{month:02d}")
        if m["that_year"] and (year := self._that_year(m)) is not None:  # September of that year
            return Resolved(TimexType.DATE, f"{year_value(year)}-{month:02d}")
        if m["yrel"]:
            return self._in_year(
                m["yrel"].lower(), f"{month:02d}", self.ctx.deictic_anchor(m.start(), m.end())
            )
        if m["rel"]:
            following = _WORD_AFTER.match(self.ctx.text, m.end())
            if following and following[1].isdigit() and int(following[1]) <= 31:
                return None  # "running past March 31": the day's month, "past" a preposition
            rel = " ".join(m["rel"].lower().split())
            anchor = self.ctx.deictic_anchor(m.start(), m.end())  # "last May": before the time of writing
            if rel in self.lex.anaphoric_relative:
                anchor = self.ctx.last_mentioned or self.ctx.anchor()  # "incorporated the following January"
            if anchor is None:
                return Resolved(TimexType.DATE, f"XXXX-{month:02d}", anchored=False)
            step = self.lex.relative[rel]
            year = anchor.year
            if step < 0 and month >= anchor.month:
                year -= 1
            elif step > 0 and month <= anchor.month:
                year += 1
            return Resolved(TimexType.DATE, f"{year:04d}-{month:02d}")
        return _month_in_year(self.ctx, month, None, m.start(), m.end())

    def _event_not_season(self, m: re.Match[str]) -> bool:
        """Whether "the fall" names a fall: not at a sentence's start ("The fall brings"), nor before a
        noun ("the fall term"), nor after a word that leads to a season ("in the fall", "spent the
        fall")."""
        if m["season"].lower() not in self.lex.event_seasons:
            return False
        if _SENTENCE_OPENED.search(self.ctx.text, max(0, m.start() - 3), m.start()) or m.start() == 0:
            return False
        following = _WORD_AFTER.match(self.ctx.text, m.end())
        if following and following[1].islower() and not self._verb_like(following[1]):
            return False  # "the fall term", "the fall harvest": the season's
        word = _word_before(self.ctx.text, m.start()).lower()
        leads = (self.lex.month_prepositions, self.lex.season_prepositions, self.lex.event_season_leads)
        return not any(word in words for words in leads)

    def _verb_like(self, word: str) -> bool:
        """Whether ``word`` after a subject reads as its verb ("happened", "was", "would", "broke")."""
        lex = self.lex
        return word.endswith("ed") or any(
            word in words for words in (lex.subject_verbs, lex.modals, lex.past_cues, lex.irregular_past)
        )

    def _season(self, m: re.Match[str]) -> Resolved | None:
        code = self.lex.seasons[m["season"].lower()]
        pair = None if m["year"] else self.ctx.pats.season_pair.match(self.ctx.text, m.end())
        year_text = m["year"] or (pair and pair["year"])  # the spring and summer of 1796
        if m["era_first"]:  # the winter of 427-426 BC: the year it began
            year_text = f"{m['era_first']} {m['era_last']}"
        if year_text:
            return Resolved(TimexType.DATE, f"{year_value(_year_of(year_text, self.lex))}-{code}")
        if m["that_year"] and (year := self._that_year(m)) is not None:  # the spring of that year
            return Resolved(TimexType.DATE, f"{year_value(year)}-{code}")
        word = _word_before(self.ctx.text, m.start()).lower()
        # "the spring of last year", "since winter last year": of the time of writing; not a verb,
        # "expected to fall this year"
        year_rel = (
            m["year_rel"]
            if m["the"] or m["rel"] or m["mod"] or word in self.lex.season_prepositions
            else None
        )
        if year_rel and (now := self.ctx.now()) is not None:
            return Resolved(
                TimexType.DATE, f"{year_value(now.year + self.lex.relative[year_rel.lower()])}-{code}"
            )
        # "through the autumn and winter": the second of two seasons joined, of the year the first
        # is in (or the next, after a winter)
        paired = self.ctx.pats.season_before.search(self.ctx.text, max(0, m.start() - 20), m.start())
        told = self.ctx.last_told
        if paired and not m["rel"] and told is not None and told[1] is Precision.SEASON:
            first = told[0].in_cycles(self.ctx.cycles)
            return Resolved(TimexType.DATE, f"{year_value(first.year + (first.month == 12))}-{code}")
        # "by spring", "before summer.", "By midsummer the drives were in trouble"; not "before summer camp"
        following = _WORD_AFTER.match(self.ctx.text, m.end())
        bare = (word in self.lex.season_prepositions or paired) and (
            _NO_NOUN_AFTER.match(self.ctx.text, m.end())
            or (following is not None and following[1].lower() in self.lex.determiners)
        )
        if not (m["rel"] or m["mod"] or m["the"] or bare):
            return None
        if _OF_SOMETHING.match(self.ctx.text, m.end()):
            return None  # "the fall of Robespierre", "the spring of hope": no season
        if m["the"] and not (m["rel"] or m["mod"]) and self._event_not_season(m):
            return None  # "All three survived the fall", "where the fall happened"
        told_in = None if m["rel"] else self.ctx.pats.year_in_after.match(self.ctx.text, m.end())
        if told_in:  # "the beginning of spring in 431 BC"
            return Resolved(TimexType.DATE, f"{year_value(_year_of(told_in['year'], self.lex))}-{code}")
        rel = " ".join((m["rel"] or "").lower().split())
        if self.lex.hemispheres.get((m["hemisphere"] or "").lower()) and not rel:
            # "the southern winter" of a story in June 1840: 1840-WI, and the story stays in its months
            known = self.ctx.last_mentioned or self.ctx.anchor()
            return Resolved(
                TimexType.DATE, f"{year_value(known.year) if known else 'XXXX'}-{code}", anchored=False
            )
        step = self.lex.relative.get(rel, 0)
        anchor = self.ctx.deictic_anchor(m.start(), m.end()) if rel else self.ctx.anchor()  # "this summer"
        spring = anchor is not None and 3 <= anchor.month <= _SPRING_END
        if rel and not step and code == "WI" and spring and self.ctx.tense(m.start(), m.end()) < 0:
            step = -1  # "This winter was the hardest of my life" said in April: the one just over
        if rel in self.lex.anaphoric_relative:
            anchor = self.ctx.last_fine or self.ctx.anchor()  # "that autumn ... the following spring"
        elif (
            not rel
            and self.ctx.narrative
            and _later_than(self.ctx.last_mentioned, anchor)
            and self.ctx.last_told is not None
            and self.ctx.last_told[1] not in (Precision.DECADE, Precision.CENTURY)
        ):
            # "in 1214 ... in late autumn ... through the winter": 1214-WI; "at Christmas 1915 [...]
            # on 29 August [1916]. In the autumn": the story has moved on past the year last told; not
            # to a century told in passing ("Dio, writing in the early 3rd century, [...] the winter")
            anchor = self.ctx.last_mentioned
        if anchor is None:
            return Resolved(TimexType.DATE, f"XXXX-{code}", anchored=False)
        if bare and not m["the"] and not m["rel"] and not self.ctx.narrative:
            # "before summer", "by spring": this year's, or next year's once this one's is over
            year = _season_year(anchor, code, 0)
            ended = date(year + (code == "WI"), *_SEASON_END[code]) < anchor
            return Resolved(
                TimexType.DATE, f"{year + (ended and word in self.lex.ahead_prepositions):04d}-{code}"
            )
        if not m["rel"] and not (self.ctx.narrative and self.ctx.reference):  # a story stays in its year
            step = self.ctx.tense(m.start(), m.end())  # "By January 1348 ... by the summer": 1348
            if (anchor.month - _SEASON_START[code]) % 12 < 3:
                step = 0  # the season the text is written in: "the peak of the summer season" in July
        told = self.ctx.last_told
        if rel in self.lex.anaphoric_relative and told and told[1] is Precision.YEAR:
            # "in 1862 ... the following spring": 1863; a winter is named by the year it begins in,
            # so the one after 1788 is 1788-WI
            year = anchor.year + (0 if code == "WI" and step > 0 else step)
            return Resolved(TimexType.DATE, f"{year_value(year)}-{code}")
        after_winter = (
            self.ctx.narrative
            and not rel
            and code != "WI"
            and told is not None
            and told[1] is Precision.SEASON
            and anchor.month == _SEASON_START["WI"]
        )  # "in the winter of 1664-65 [...] through the spring": the spring the winter ends in
        # "on 17 March 1813 [...] Over the winter Napoleon had raised a new army": in spring, a
        # story's winter told in the past perfect is the one just over
        if (
            self.ctx.narrative
            and code == "WI"
            and not step
            and 3 <= anchor.month <= _SPRING_END
            and (_flashback_after(self.ctx, m.end()) or _in_flashback(self.ctx, m.start()))
        ):
            step = -1
        # a story told only to the year: the winter that year begins ("In AD 60 [...] through the winter"),
        # or in the past perfect the one it ends ("the first months of 1789, after the winter [...] had
        # pushed bread prices")
        in_year = self.ctx.story_year() == anchor.year and code == "WI" and not step
        if in_year and self.ctx.narrative and _flashback_after(self.ctx, m.end()):
            return Resolved(TimexType.DATE, f"{year_value(anchor.year - 1)}-{code}")
        year = anchor.year if in_year else _season_year(anchor, code, step) + after_winter
        return Resolved(TimexType.DATE, f"{year_value(year)}-{code}")

    def _quarter(self, m: re.Match[str]) -> Resolved | None:
        ordinal = (m["ordinal"] or "").lower()
        year_text = (m["year"] or m["year_before"] or "").lower()
        if m["half"].lower() == "quarters":  # "the first two quarters of 1990": its first half
            half = {"first": 1, "last": 2, "final": 2}.get(ordinal) if m["pair"] and m["year"] else None
            return self._in_year(year_text, f"H{half}", self.ctx.anchor()) if half else None
        is_half = m["half"].lower() == "half"
        if _same_period_in(m):
            # "above the same quarter of 2014", "the same period of 1989", "up from $2.7 million in
            # the 1989 period": the quarter or half just told, in that year; a period told otherwise
            # ("the first nine months"), the year
            told = self._told_period_moved(m, int(year_text))
            if told or m["half"].lower() == "period":
                return told or Resolved(TimexType.DATE, year_text)
        year_ago = m["ago"] or year_text.startswith("last year")
        if m["half"].lower() == "period" and not year_ago:
            return None  # "the period" alone is no quarter
        if year_ago and ordinal in ("", *_SAME_PERIOD):
            return self._year_ago_quarter(m)  # "the corresponding period last year", "last year's quarter"
        if not ordinal and not m["the"]:
            return None
        if not year_text and m["half"].lower() in ("half", "quarter") and _part_of_a_thing(self.ctx, m):
            return None
        anchor = self.ctx.anchor()
        # "the holiday quarter": the fourth, of the Christmas season's sales
        number = {
            "first": 1,
            "1st": 1,
            "second": 2,
            "2nd": 2,
            "third": 3,
            "3rd": 3,
            "fourth": 4,
            "4th": 4,
            "holiday": 4,
        }
        # a named quarter or half whose clause is told ahead ("will go on sale in the third quarter";
        # not "third-quarter results", one done)
        told_ahead = (
            "-" not in m.group(0)
            and (is_half or ordinal in number)
            and self.ctx.tense(m.start(), m.end()) > 0
        )
        if is_half:
            half = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "last": 2, "latter": 2}.get(ordinal)
            return self._in_year(year_text, f"H{half}", anchor, told_ahead=told_ahead) if half else None
        if ordinal in number:
            if m["ago"]:  # "the holiday period last year", "the fourth quarter a year earlier"
                return self._in_year("last year", f"Q{number[ordinal]}", anchor)
            # "will close in the third quarter"; not "expects to report third-quarter results", a quarter done
            deadline = _word_before(self.ctx.text, m.start()).lower() in self.lex.deadline_prepositions
            ahead = "-" not in m.group(0) and (
                self.ctx.bound_ahead(m.start(), m.end())
                or (
                    deadline and self.ctx.date_tense(m.start(), m.end()) > 0
                )  # "close by the end of the second quarter"
            )
            # past the first quarter, the quarter after the current one is this year's: to come, or
            # a fiscal one just reported ("in the fiscal fourth quarter ended June 30", in July)
            next_up = anchor is not None and anchor.month > 3
            return self._in_year(
                year_text, f"Q{number[ordinal]}", anchor, ahead=ahead, told_ahead=told_ahead, next_up=next_up
            )
        if anchor is None:
            return Resolved(TimexType.DATE, "XXXX-QX", anchored=False)
        # "the quarter": the last one reported; "the end of the quarter": a part of the one we are in
        step = {"next": 1, "coming": 1, "current": 0, "same": 0, "year-ago": -5, "year-earlier": -5}.get(
            ordinal, 0 if m.groupdict().get("mod") else -1
        )
        if ordinal == "final" or (ordinal == "last" and m["year"]):
            return self._in_year(year_text, "Q4", anchor)  # "the last quarter of 2012": its fourth
        value = format_value(shift(anchor, "quarter", step), "quarter")
        if re.fullmatch(r"\d{4}", year_text) and step > -5:  # "the 1988 quarter": the same quarter in 1988
            return Resolved(TimexType.DATE, year_text + value[4:])
        return Resolved(TimexType.DATE, value)

    def _cased_month(self, m: re.Match[str]) -> bool:
        """Whether a month name that is also a word is the month by its case: capitalised inside a
        sentence ("the May jobs report", "planned for May", "topped May's 8.6 percent"), where the
        verb is not; not after a name or title ("Theresa May", "Mrs. May") or before one ("May Day")."""
        text, start = self.ctx.text, m.start()
        name = m["monthname"]
        if not (name[0].isupper() and name[1:].islower()) or start == 0:
            return False
        if _SENTENCE_OPENED.search(text, max(0, start - 3), start) or text[start - 1] in "\"'(":
            return False
        before = _word_before(text, start)
        after = _WORD_AFTER.match(text, m.end())
        if (before[:1].isupper() and before != "The") or (after and after[1][:1].isupper()):
            return False
        if after and after[1].lower() in self.lex.subject_verbs:
            return False  # "He said that May was hard": a person as likely as the month
        # "Theresa May [...] rejected May's deal": the name told in full anywhere makes it a name
        known = self._calendar_words() | self.lex.modifiers.keys() | set(self.lex.relative) | {"the"}
        return not any(word.lower() not in known for word in re.findall(rf"\b([A-Z][a-z]+)\s+{name}\b", text))

    def _told_in_sentence(self, m: re.Match[str]) -> bool:
        """Whether the last date told is in the sentence of ``m``."""
        return self.ctx.pats.sentence_end.search(self.ctx.text, self.ctx.last_told_end, m.start()) is None

    def _reports_quarters(self, m: re.Match[str]) -> bool:
        """Whether the text just before talks of quarters: then "a year ago" is last year's quarter."""
        # the word itself, not "headquarters"
        return _QUARTER_WORD.search(self.ctx.text, max(0, m.start() - 600), m.end()) is not None

    def _year_ago_quarter(self, m: re.Match[str] | None = None) -> Resolved:
        """The quarter or half told in the sentence of ``m`` a year back ("Orders in the fourth
        quarter [...] compared with the same period last year"), else the quarter a year before the
        last complete one (what an earnings report compares with)."""
        told = m and self._told_period_moved(m)
        if told:
            return told
        anchor = self.ctx.anchor()
        if anchor is None:
            return Resolved(TimexType.DATE, "XXXX-QX", anchored=False)
        return Resolved(TimexType.DATE, format_value(shift(anchor, "quarter", -5), "quarter"))

    def _told_period_moved(self, m: re.Match[str], year: int | None = None) -> Resolved | None:
        """The quarter or half told in the sentence of ``m``, a year back, or in ``year`` ("the same
        quarter of 2014"); ``None`` if it told none."""
        told = self.ctx.last_told
        if told is None or not self._told_in_sentence(m):
            return None
        if told[1] is Precision.HALF_YEAR:
            half = _year_from(told, -1 if year is None else year - told[0].year)
            return Resolved(TimexType.DATE, half) if half else None
        start = told[0].in_cycles(self.ctx.cycles) if told[1] is Precision.QUARTER else None
        if start is None or start.year < 2:
            return None
        years = -1 if year is None else year - start.year
        return Resolved(TimexType.DATE, format_value(shift(start, "year", years), "quarter"))

    def _same_unit(self, m: re.Match[str]) -> Resolved | None:
        """ "The same week last year": the day, week or month told in its sentence ("sold 3,100 head
        last Wednesday [...] the same week last year"), else the one of the time of writing, a year
        back; a week or weekend keeps its number."""
        unit = m["unit"].lower()
        told = self.ctx.last_told if self._told_in_sentence(m) else None
        finer = {"day": _DAY_PRECISIONS, "month": _DAY_PRECISIONS | {Precision.MONTH}}.get(
            unit, _DAY_PRECISIONS | {Precision.WEEK}
        )
        anchor = told[0].in_cycles(self.ctx.cycles) if told and told[1] in finer else self.ctx.anchor()
        if anchor is None or anchor.year < 2:
            return Resolved(TimexType.DATE, _UNDERSPECIFIED.get(unit, "XXXX"), anchored=False)
        if unit in ("week", "weekend"):
            iso_year, week, _ = anchor.isocalendar()
            return Resolved(
                TimexType.DATE,
                f"{iso_year - 1:04d}-W{min(week, 52):02d}" + ("-WE" if unit == "weekend" else ""),
            )
        return Resolved(TimexType.DATE, format_value(shift(anchor, "year", -1), unit))

    def _in_year(
        self,
        year_text: str,
        suffix: str,
        anchor: date | None,
        *,
        ahead: bool = False,
        told_ahead: bool = False,
        next_up: bool = False,
    ) -> Resolved:
        """The quarter or half ``suffix`` in the year ``year_text`` tells ("last year's"), else in the
        anchor's year: one not yet begun is last year's (a report tells of quarters done) unless its
        clause is told ahead ("will go on sale in the third quarter"), and one already over next
        year's when a cue just before binds it ``ahead``."""
        if re.fullmatch(r"\d{4}", year_text):
            return Resolved(TimexType.DATE, f"{year_text}-{suffix}")
        if anchor is None:
            return Resolved(TimexType.DATE, f"XXXX-{suffix}", anchored=False)
        step = -1 if year_text.startswith("last") else 1 if year_text.startswith("next") else 0
        if not year_text and suffix.startswith("Q"):
            quarter, now = int(suffix[1]), (anchor.month + 2) // 3
            if ahead and quarter < now:
                step = 1  # "will close in the third quarter" said in December: next year's
            elif not (ahead or told_ahead) and quarter > now and not (next_up and quarter == now + 1):
                # "the fourth quarter" said in January is last year's; said in July, this year's
                # ("the order book for the fourth quarter is thinner")
                step = -1
        elif (
            not year_text
            and suffix.startswith("H")
            and told_ahead
            and int(suffix[1]) < (anchor.month + 5) // 6
        ):
            step = 1  # "said results in the first half would be flat", in October: next year's
        return Resolved(TimexType.DATE, f"{anchor.year + step:04d}-{suffix}")

    def _decade(self, m: re.Match[str]) -> Resolved | None:
        if (
            m["old"]
            and not m["era"]
            and not (
                m.group(0)[:4].lower() == "the "  # "the 650s", "the early 890s"
                and (self.ctx.ancient or (self.ctx.medieval and len(m["old"]) == 2))
            )
        ):  # "in their 50s"; but "the 650s" in a text that dates by eras, or "the 770s" in a
            return None  # medieval story, is a decade
        raw = m["decade"] or (m["old"] and f"{int(m['old']):03d}")  # the 350s BC: BC035
        if m["short"]:  # the '90s: the last such decade up to the time of writing (or the story's)
            anchor = self.ctx.anchor()
            tens = int(m["short"][1])
            raw = "19" + m["short"][1] if anchor is None else f"{(anchor.year - 10 * tens) // 100}{tens}"
            if int(raw) < 1:
                return None
        era = self.lex.eras.get(m["era"] or "", "")
        if m["decade"] and raw.startswith("1") and raw.endswith("0") and not era:
            raw = raw[:2]  # "the 1500s" is the sixteenth century, as "the 1800s" the nineteenth
        raw = era + raw  # the 1270s BC: BC127
        mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["early"] or "").lower())
        if m["half"]:
            mod = "START" if "first" in m["half"].lower() else "END"
        return Resolved(TimexType.DATE, raw, mod=mod)

    def _century(self, m: re.Match[str]) -> Resolved | None:
        """A century by its ordinal: "the 2nd century BC" is BC01, "the 27th century BC" BC26; one
        of no era, up to the 21st."""
        raw = m["ordinal"].lower()
        number = self.lex.ordinals.get(raw) or int(re.sub(r"\D", "", raw) or 0)
        era = self.lex.eras.get(m["era"] or m["pair_era"] or "", "")
        if not 1 <= number <= (_BC_CENTURIES if era else _AD_CENTURIES):
            return None
        return Resolved(TimexType.DATE, f"{era}{number - 1:02d}")

    def _this_century(self, m: re.Match[str]) -> Resolved | None:
        unit = m["unit"].lower()
        if unit == "millennium":
            return None
        rel = " ".join(m["rel"].lower().split())
        step = self.lex.relative[rel]
        if step == -1 and rel in ("past", "last"):
            return Resolved(TimexType.DURATION, duration_value(1, self.lex.units[unit]))
        if step > 0 and _word_before(self.ctx.text, m.start()).lower() in self.lex.length_leaders:
            # "over the next decade": a length
            return Resolved(TimexType.DURATION, duration_value(1, self.lex.units[unit]))
        if rel in self.lex.anaphoric_relative:  # "During the 1960s ... The following decade"
            passing = self.ctx.passing_told  # told in passing, after the date the story is on
            anchor = (
                passing[0].in_cycles(self.ctx.cycles)
                if passing and passing[1] > self.ctx.last_told_end
                else self.ctx.last_mentioned
            )
            return _calendar_value(self.ctx, unit, step, anchor)
        return _calendar_value(self.ctx, unit, step, self.ctx.deictic_anchor(m.start(), m.end()))

    def _bare_year_of_the_story(self, m: re.Match[str], year: int) -> bool:
        """Whether four digits from 1000 to 1799 with no word that introduces years are a year: in a
        story whose text introduces a year near them, with no plural after them ("Rashid al-Din gives
        1155, and some scholars prefer 1167", after "compiled in 1369"; not "1200 horsemen")."""
        words = self.ctx.text[max(0, m.start() - _WORD_REACH) : m.start()].split()
        before = words[-1] if words else ""
        return (
            self.ctx.narrative
            and _FIRST_YEAR <= year < _FIRST_MODERN_YEAR
            and any(abs(told - year) <= _STORY_YEARS_NEAR for told in self.ctx.introduced_years)
            and not self.ctx.pats.things_after.match(self.ctx.text, m.end())
            # nor after a capitalised word, another count's year or a name's ("Saka 1010", "the Era
            # 1250"), nor after a label ("No. 1645")
            and not before[:1].isupper()
            and before.lower() not in self.lex.number_labels
        )

    def _year(self, m: re.Match[str]) -> Resolved | None:
        year = _year_of(m["year"], self.lex)
        dct = self.ctx.dct
        if m["this_day"] and dct and _valid_day(year, dct.month, dct.day):
            # "On this day in 1948": the day of writing's date in that year
            return Resolved(TimexType.DATE, f"{year:04d}-{dct.month:02d}-{dct.day:02d}")
        text = m.group(0)
        if year < 1000 and not (
            (self.ctx.ancient or (self.ctx.medieval and year >= 100 and self._near_the_years_before(m, year)))
            and self.ctx.pats.year_named.search(self.ctx.text, m.start(), m.end())
            and not any(told - year > _CALENDARS_APART for _, told in self.ctx.years_told)
        ):
            # "the year 787" only in a text that tells the first millennium, or "the year 999" in a
            # medieval one after a year near it; not "year 15", nor a year counted otherwise in a story
            # centuries later ("in 1482 [...] the year 887")
            return None
        if not m["fiscal"] and not m["mod"] and not m["the"] and "year" not in text.lower():
            before = self.ctx.text[max(0, m.start() - 2) : m.start()]
            # the word just before the year: "by 2050", "net zero around 2050" (its approximation too)
            introduced = _word_before(
                self.ctx.text, m.start("year")
            ).lower() in self.lex.year_prepositions or (
                _PAIRED_YEAR_BEFORE.search(self.ctx.text, max(0, m.start() - 12), m.start()) is not None
            )  # "the 2030 and 2050 targets": the second of two years
            latest = _LAST_TARGET_YEAR if introduced else _LAST_BARE_YEAR  # "by 2050": a target year
            if before.endswith(("$", "#", "No")) or not (
                _FIRST_MODERN_YEAR <= year <= latest or self._bare_year_of_the_story(m, year)
            ):
                return None
            if not m["year"][0].isdigit() and (
                self.ctx.pats.things_after.match(self.ctx.text, m.end())
                or (m["year"].lower() in self.lex.year_words and not introduced)
            ):
                return None  # "sent two thousand fresh hoplites", "fewer than two thousand remained": a
                # number of things; "two thousand" is a year only after a word that introduces years
            if _NAME_BEFORE.search(self.ctx.text, max(0, m.start() - 30), m.start()) and not introduced:
                return None  # "the Tokyo 2020 Games", "a venture called Orion 1980": part of a name
            if self.ctx.text[max(0, m.start() - 3) : m.start()] in ("'s ", "\u2019s ") and _NAME_AFTER.match(
                self.ctx.text, m.end()
            ):
                return None  # "Tchaikovsky's 1812 Overture": a title
        return Resolved(TimexType.DATE, f"{year:04d}")

    def _near_the_years_before(self, m: re.Match[str], year: int) -> bool:
        """Whether the text tells years before ``m``, all within a century of ``year``: "in 1016 [...]
        around the year 999"; not "in 1482 [...] the year 887", a year of another calendar."""
        before = [
            int(found[1]) for found in self.ctx.pats.introduced_year.finditer(self.ctx.text, 0, m.start())
        ]
        return bool(before) and all(abs(told - year) <= _CALENDARS_APART for told in before)

    def _era(self, m: re.Match[str]) -> Resolved | None:
        """44 BC (BC0044), AD 79 (0079); a year split between two, as an Athenian archon's ran from
        summer to summer, is the one it began in (446/445 BC: BC0446)."""
        year = int(m["split"] or m["split3"] or m["year"] or m["year2"] or m["year3"])
        era = self.lex.eras.get(m["era"] or m["era3"] or m["before"] or "", "")
        if year < 1:
            return None
        return Resolved(TimexType.DATE, f"{era}{year:04d}")

    def _old_year(self, m: re.Match[str]) -> Resolved | None:
        """A year before 1800 after a word that introduces years ("in 1215", "since 1066", "c. 1150");
        one of one to three digits only once the text is in antiquity ("in 117")."""
        year = int(m["year"])
        if year < 1000 and not (self.ctx.ancient or (self.ctx.medieval and year >= 100)):
            return None
        era = self.lex.eras.get(m["pair_era"] or "", "")  # in 55 and 54 BC: BC0055
        approx = (m["approx"] or "").lower()
        # "died around 481, his son": in antiquity, a number about which a phrase ends is a year
        ends = year >= 1000 or (
            year >= 100
            and (
                _PHRASE_ENDS.match(self.ctx.text, m.end()) is not None
                or _NAME_NOT_PLURAL_AFTER.match(self.ctx.text, m.end()) is not None  # "Around 789 Offa"
            )
        )
        if approx in self.lex.circa or (approx and ends) or m["pair_era"]:
            return Resolved(
                TimexType.DATE, f"{era}{year:04d}"
            )  # c. 1481, and around 1466, between 58 and 50 BC
        before = self.ctx.text[max(0, m.start() - 24) : m.start()].split()
        word = before[-1].lower() if before else ""  # none: the text opens with it ("1757 brought")
        if any(" ".join(before[-2:]).lower().endswith(age) for age in self.lex.age_phrases):
            return None  # "at the age of 42"
        words = self.lex.year_prepositions if year >= 1000 else self.lex.ancient_year_prepositions
        # "from 1509 to 1547", "sacked in 795, 802 and 806": a later year of a list whose first a word
        # introduces (not "coded 1202 and 1201")
        ranged = _opened_list(before, self.lex) in (
            words | self.lex.range_openers | self.lex.approximate_words | self.lex.circa
        )
        # "The fall of Constantinople, 1453": the year a heading closes
        heading = _closes_a_heading(self.ctx.text, m.start(), m.end())
        # "between 711 and 713": the first year of a pair that a range opener introduces, when the
        # later one is a year a few decades on (not "between 600 and 900 people")
        closing = self.ctx.pats.pair_closing_year.match(self.ctx.text, m.end())
        paired = (
            word in self.lex.range_openers
            and closing is not None
            and 0 < int(closing["year"]) - year <= _YEARS_APART
        )
        # a story's year that opens a sentence as its subject: "1643 went largely the King's way"
        subject = (
            self.ctx.narrative
            and year >= 1000
            and (
                _SENTENCE_OPENED.search(self.ctx.text, max(0, m.start() - 3), m.start()) is not None
                or _AFTER_OPENING_PHRASE.search(self.ctx.text, max(0, m.start() - 30), m.start()) is not None
            )
            and self._past_verb_after(m.end())
            and word not in self.lex.number_labels  # not "No. 1645 was lost"
        )
        # "as early as 1525"; "the 1755 Lisbon earthquake", "the 1381 revolt": a year that names an event
        led = " ".join(before[-3:]).lower() in self.lex.year_lead_phrases
        naming = word == "the" and year >= 1000 and _WORD_AFTER_YEAR.match(self.ctx.text, m.end()) is not None
        if (
            word not in words
            and not m["mod"]  # "at the start of 1520", "in late 1241": the modifier introduces it
            and not led
            and not naming
            and not ranged
            and not paired
            and not heading
            and not subject
            and not (self.ctx.narrative and self._among_years(m, word))
            and not self._bare_year_of_the_story(m, year)
        ):
            return None
        return Resolved(TimexType.DATE, f"{era}{year:04d}")

    def _past_verb_after(self, at: int) -> bool:
        """Whether a verb in the past follows ``at`` ("1643 went", "1757 had gone", "1758 brought")."""
        following = _WORD_AFTER.match(self.ctx.text, at)
        if following is None or not following[1].islower():
            return False
        word = following[1]
        return word.endswith("ed") or word in self.lex.past_cues or word in self.lex.irregular_past

    def _among_years(self, m: re.Match[str], word: str) -> bool:
        """Whether a story's bare number of four digits lies among the years it has just told, a
        word introducing them ("in 1642 [...] 1643 went largely the King's way")."""
        year = int(m["year"])
        if year < 1000 or word in self.lex.number_labels:
            return False
        before = self.ctx.text[max(0, m.start() - _YEARS_REACH) : m.start()]
        told = [int(found[1]) for found in self.ctx.pats.introduced_year.finditer(before)]
        return any(abs(year - other) <= _YEARS_APART for other in told)

    def _year_range_end(self, m: re.Match[str]) -> Resolved | None:
        """The end of a year range told with two digits: 1939\u201345."""
        start = int(self.ctx.text[m.start() - 5 : m.start() - 1])
        year = start // 100 * 100 + int(m["year"])
        return Resolved(TimexType.DATE, f"{year:04d}") if year > start else None

    def _split_year(self, m: re.Match[str]) -> Resolved | None:
        """A financial, tax or school year across two calendar years: the year it begins in, as the
        written sets value it ("the financial year 2023-24": 2023); not a span ("1939-45")."""
        first = int(m["split_first"])
        if int(m["split_second"]) != (first + 1) % 100:
            return None
        return Resolved(TimexType.DATE, f"{first:04d}")

    def _year_span(self, m: re.Match[str]) -> Resolved | None:
        """A year that opens or closes a span of years: (1452-1519)."""
        first, last = _span_years(m)
        if not 0 < last - first <= _LONGEST_SPAN:
            return None  # "1200-1000": no span of years
        return Resolved(TimexType.DATE, f"{int(m['year'] or m['end']):04d}")

    def _prefixed_year(self, m: re.Match[str]) -> Resolved | None:
        """ "The pre-1906 city": the year, before (or after) it."""
        return Resolved(TimexType.DATE, m["year"], self.lex.year_prefixes[m["prefix"].lower()])

    _ancient_year = _old_year
    _ancient_season = _season
    _ancient_day_month = _day_month
    _ancient_month = _month

    def _ancient_year_span(self, m: re.Match[str]) -> Resolved | None:
        """A span of years of three digits (786\u2013802); not a season's ("the winter of 867\u2013868",
        which the season tells by its first year)."""
        first = m.start() if m["year"] else m.start() - len(m["first"]) - 1
        before = _LAST_TWO_WORDS.search(self.ctx.text, max(0, first - 20), first)
        if before and before[1].lower() in self.lex.seasons and before[2].lower() == "of":
            return None
        first_year, last_year = _span_years(m)
        if self.ctx.ancient and 0 < first_year - last_year <= _LONGEST_SPAN:
            # "the Archidamian War (431–421)" in a text of years before the Common Era: counted down
            return Resolved(TimexType.DATE, year_value(-int(m["year"] or m["end"])))
        return self._year_span(m)

    def _year_part(self, m: re.Match[str]) -> Resolved:
        """The final three months of 2010 (2010-Q4), the first six months of 2011 (2011-H1)."""
        return Resolved(
            TimexType.DATE, f"{m['year']}-{self.lex.year_parts[' '.join(m['part'].lower().split())]}"
        )

    def _period_code(self, m: re.Match[str]) -> Resolved | None:
        """Q3 2012, H1, FY2012 (written as in company reports)."""
        code = self.lex.period_codes[m["code"].lower()]
        if m["code"][0].islower() or (self.ctx.narrative and not m["year"]):
            return None  # a story's bare "H1" names a thing ("his first sea clock, now known as H1")
        raw = m["year"]
        year = None if raw is None else int(raw) if len(raw) == 4 else 2000 + int(raw)
        if not code:
            return Resolved(TimexType.DATE, f"{year:04d}") if year else None
        return self._in_year(str(year) if year else "", code, self.ctx.anchor())

    def _year_adjective(self, m: re.Match[str]) -> Resolved | None:
        anchor = self.ctx.deictic_anchor(m.start(), m.end())
        which = m["which"].lower()
        if anchor is None:
            return Resolved(TimexType.DATE, "XXXX", anchored=False)
        if which == "end":  # the coming year-end if the clause looks ahead, else the last one
            year = anchor.year if self.ctx.tense(m.start(), m.end()) > 0 else anchor.year - 1
            return Resolved(TimexType.DATE, f"{year:04d}-12-31")
        quarter = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get((m["ordinal"] or "").lower())
        if quarter:
            return Resolved(TimexType.DATE, f"{anchor.year - 1:04d}-Q{quarter}")
        if m["noun"] or self._reports_quarters(m):
            return self._year_ago_quarter()
        return Resolved(TimexType.DATE, f"{anchor.year - 1:04d}")

    # relative dates
    def _ago(self, m: re.Match[str]) -> Resolved | None:
        if m["seasons"]:
            return self._seasons_ago(m)
        unit = self.lex.unit_of(m["unit"])
        amount = number_value(m["number"], self.lex)
        if (m["half"] or m["half_after"]) and amount is not None:
            amount += 0.5  # "two and a half years earlier", "a century and a half ago"
        if unit is None:
            return None
        direction = self.lex.directions[" ".join(m["direction"].lower().split())]
        if self.ctx.text.startswith(" than", m.end()):
            return None  # "a month earlier than usual": a comparison, the length alone is the expression
        if m["direction"].lower() in ("before", "after"):
            return Resolved(TimexType.DURATION, duration_value(amount, self.lex.units[unit]))
        told = " ".join(m["direction"].lower().split()) in self.lex.anaphoric_directions
        if unit in ("second", "minute", "hour") and told:
            return None  # "start an hour earlier": the length alone, counted in a story (see counting)
        if told and (
            (m["to_the_day"] and not _TO_THE_DAY.match(m["to_the_day"]))
            or self.ctx.pats.unit_in_the_after.match(self.ctx.text, m.end())
        ):  # "its highest in three years earlier this week" ("earlier in the week"): "earlier" points
            return None  # to the week, and the years are a length
        if unit in ("second", "minute", "hour"):
            return Resolved(
                TimexType.DATE if unit == "hour" else TimexType.TIME,
                "PAST_REF" if direction < 0 else "FUTURE_REF",
            )
        if (
            amount is not None
            and amount != int(amount)
            and unit in _YEARS_IN
            and amount * _YEARS_IN[unit] % 1 == 0
        ):
            amount, unit = amount * _YEARS_IN[unit], "year"  # "half a century ago": fifty years
        if amount is not None and amount != int(amount) and unit == "year" and amount * 12 % 1 == 0:
            amount, unit = amount * 12, "month"  # "3 1/2 years ago": forty-two months, to the month
        if amount is None or amount != int(amount):
            return Resolved(TimexType.DATE, "PAST_REF" if direction < 0 else "FUTURE_REF")
        last = self.ctx.last_told
        if (
            told
            and unit == "year"
            and amount == 1
            and last
            and last[1] in (Precision.MONTH, Precision.QUARTER)
        ):
            # "unemployment in December ... up from 6.8 percent a year earlier": the December before;
            # not from a date that is itself a year back ("a year earlier ... a year earlier")
            start = last[0].in_cycles(self.ctx.cycles)
            if self.ctx.dct is None or start >= shift(self.ctx.dct, "year", -1):
                gran = "month" if last[1] is Precision.MONTH else "quarter"
                return Resolved(TimexType.DATE, format_value(shift(start, "year", direction), gran))
        if told and unit == "year" and amount == 1 and last and self._told_in_sentence(m):
            # "For 2003, the loss widened to $49 million from $41 million a year earlier": 2002; "in
            # the first week of January, three times as many as a year earlier": that week of 2012
            value = _year_from(last, direction)
            # not a year ahead of the report that a clause in the past counts back from: "projected
            # that the funds would be depleted in 2035, rather than in 2034 as they had forecast a
            # year earlier" (a forecast made a year before the report, not in 2033)
            ahead = (
                value is not None
                and not self.ctx.narrative
                and self.ctx.dct is not None
                and _LEADING_YEAR.match(value) is not None
                and int(value[:4]) > self.ctx.dct.year
                and self.ctx.tense(m.start(), m.end()) < 0
            )
            if value is not None and not ahead:
                return Resolved(TimexType.DATE, value)
        if unit == "year" and direction < 0 and amount == 1 and self._reports_quarters(m):
            return self._year_ago_quarter()
        # "twenty-five years ago today", "two years ago this month", "19 years ago to the day"; "a year
        # later to the day" counts from the day told
        # "exactly 130 years ago", "exactly a month later": to the day as well
        exact = m["exact"] is not None
        now = (
            self.ctx.last_day
            if told and (exact or _TO_THE_DAY.match(m["to_the_day"] or ""))
            else self.ctx.now()
        )
        if (m["to_the_day"] or exact) and now is not None:
            within = (m["this_unit"] or "day").lower()
            now = shift(now, within, self.lex.relative.get((m["unit_rel"] or "").lower(), 0))  # next month
            now = shift(now, "day", self.lex.day_words.get((m["to_the_day"] or "").lower(), 0))  # tomorrow
            year = now.year + _YEARS_IN.get(unit, 0) * int(amount) * direction
            if m["this_season"]:  # "three hundred years ago this autumn": that season so many years back
                season = self.lex.seasons[m["this_season"].lower()]
                winter_back = now.year - _season_year(
                    now, season, 0
                )  # "this winter" in January began last year
                return Resolved(TimexType.DATE, f"{year_value(year - winter_back)}-{season}")
            if year < 1 and within != "week":  # "Two thousand and thirty-eight years ago today": BC0031-09-02
                value = year_value(year - 1) + now.isoformat()[4 : 7 if within == "month" else 10]
            else:
                value = format_value(shift(now, unit, int(amount) * direction), within)
            # "237 years ago tonight", "75 years ago this morning"
            part = self.lex.day_word_parts.get((m["to_the_day"] or "").lower()) or self.lex.parts_of_day.get(
                (m["this_part"] or "").lower()
            )
            return Resolved(TimexType.TIME, f"{value}T{part}") if part else Resolved(TimexType.DATE, value)
        granularity = "week" if unit == "weekend" else unit
        if unit == "week" and m["direction"].split()[-1].lower() in self.lex.day_words:
            granularity, unit, amount = "day", "day", amount * 7  # "a week from today": a day, as weeks
            # counted from a day are
        if unit in ("decade", "century") and amount == 1:  # "a decade ago", "a century earlier": the year
            granularity, unit, amount = "year", "year", 10 if unit == "decade" else 100  # that many back
        anchor = None if told else self.ctx.now()  # "200 years ago" counts from the time of writing
        if told and unit in ("day", "week") and self.ctx.last_day and not self._plan_left_behind(m.start()):
            anchor = self.ctx.last_day  # "fell on Saturday 6 April ... Three days earlier": from the day told
        if told and last and last[1] in _YEARS_COUNTED_FROM and _counts_in(unit, last[1]):
            # "by 2019 ... from their low point two decades earlier": 1999, and from a month or day
            # long past ("in February 1971 [...] only nine years earlier": 1962); but a year told that
            # is the last one or this one is the report's ("higher costs compared with a year
            # earlier"), and years are not counted from a century ("the voyage of the eighteenth
            # century [...] killed six years earlier")
            if granularity == "year" and last[0].year < 1:  # years before the Common Era are counted as
                value = counted_year_value(last[0].year, int(amount) * direction)  # years, past any cycle
                return Resolved(TimexType.DATE, value) if value is not None else None
            start = last[0].in_cycles(self.ctx.cycles)
            if self.ctx.dct is None or start.year < self.ctx.dct.year - 1:
                anchor = start
        if told and unit == "month" and last and last[1] in _TOLD_WITHIN_A_YEAR and anchor is None:
            # months from a month or day long past, as years are ("shot his partner on the night of
            # Oct. 9, 1987. Three months earlier": July 1987)
            start = last[0].in_cycles(self.ctx.cycles)
            if start is not None and (
                (self.ctx.dct is not None and start.year < self.ctx.dct.year - 1) or self._told_in_sentence(m)
            ):
                anchor = start
        return _calendar_value(self.ctx, granularity, int(amount) * direction, anchor)

    def _seasons_ago(self, m: re.Match[str]) -> Resolved | None:
        """Seasons counted: "two summers ago" said in May 2024 is 2022-SU, the summer before last;
        "two summers earlier" in a story of 1894 is 1892-SU."""
        amount = number_value(m["number"], self.lex)
        if amount is None or amount != int(amount) or m["half"] or m["half_after"]:
            return None
        code = self.lex.seasons[m["seasons"].lower()[:-1]]
        words = " ".join(m["direction"].lower().split())
        direction = self.lex.directions[words]
        anchor = self.ctx.anchor() if words in self.lex.anaphoric_directions else self.ctx.now()
        if anchor is None:
            return None
        year = _season_year(anchor, code, direction) + direction * (int(amount) - 1)
        return Resolved(TimexType.DATE, f"{year_value(year)}-{code}") if year > 0 else None

    def _weekday_count(self, m: re.Match[str]) -> Resolved | None:
        """ "A week ago Saturday", "a week from Sunday": that many weeks before the last such weekday,
        or after the next one."""
        anchor = self.ctx.anchor()
        amount = number_value(m["number"], self.lex)
        if anchor is None or amount is None or amount != int(amount):
            return None
        step = -1 if m["way"].lower() == "ago" else 1
        weekday = weekday_near(anchor, self.lex.weekdays[m["weekday"].lower()], step)
        return Resolved(TimexType.DATE, (weekday + timedelta(weeks=step * int(amount))).isoformat())

    def _relative_unit(self, m: re.Match[str]) -> Resolved | None:
        unit = m["unit"].lower()
        rel = " ".join(m["rel"].lower().split())
        step = self.lex.relative[rel]
        if rel == "latest":
            return None
        # "the following year", "early the next year": after the date told; "last year", "this
        # weekend", "over the next year": from the time of writing
        anaphoric = rel in self.lex.anaphoric_relative or (
            _after_the(m, self.lex)
            and self.ctx.last_mentioned is not None
            and _word_before(self.ctx.text, m.start()).lower() not in self.lex.length_leaders
            # news tells what lies ahead from the time of writing ("would shrink by the end of the
            # next fiscal year")
            and (self.ctx.narrative or self.ctx.tense(m.start(), m.end()) < 0)
        )
        anchor = self.ctx.last_mentioned if anaphoric else self.ctx.deictic_anchor(m.start(), m.end())
        # "The siege had begun on 28 August 1189, when Guy, released the previous year": 1188
        back_then = _told_in_flashback(self.ctx, m.start()) if anaphoric else None
        if back_then is not None:
            anchor = back_then[0].in_cycles(self.ctx.cycles)
        told = self.ctx.last_told
        if anaphoric and unit in ("week", "weekend") and told and told[1] not in _WEEK_PRECISIONS:
            # "fireworks at 9:15 p.m. Saturday [...] planning since January. [...] the following
            # weekend": the week after the last day told, not after January; in news, one told
            # before a year in passing ("on May 12 [...] introduced in 2019 [...] the following week")
            left = self.ctx.day_left if not self.ctx.narrative and told[1] in _YEAR_PRECISIONS else None
            anchor = self.ctx.last_day or (left.in_cycles(self.ctx.cycles) if left else None) or anchor
        if (
            anaphoric
            and unit == "year"
            and back_then is None
            and told
            and told[1] in (Precision.DECADE, Precision.CENTURY)
            and not self.ctx.cycles
            and self.ctx.years_told
            and self.ctx.years_told[-1][1] >= 1
        ):  # "landed on 6 July 1630. In the seventeenth century the calendars were ten days apart.
            # The king had spent the previous year": from the year last told, not from the century
            anchor = date(self.ctx.years_told[-1][1], 1, 1)
        if m["half_after"]:  # "the past year and a half": a length of time
            return Resolved(TimexType.DURATION, duration_value(1.5, self.lex.units[unit]))
        if unit == "weekend":
            return _calendar_value(self.ctx, "weekend", step, anchor)
        if unit == "day":
            return None
        if unit in ("second", "minute", "hour") and not step:
            return Resolved(TimexType.DATE, "PRESENT_REF")  # "at this hour": now
        if (
            unit in ("second", "minute", "hour")
            or (rel in ("past", "last") and unit in ("decade", "century"))
            or (
                rel == "past"
                and m["the"]
                and _word_before(self.ctx.text, m.start()).lower() in self.lex.length_leaders
            )
        ):  # "for the past week": a length of time
            return Resolved(TimexType.DURATION, duration_value(1, self.lex.units[unit]))
        mod = None
        if m["mod"] and m["mod"].lower() == "earlier":
            mod = "START"
        found = _calendar_value(self.ctx, unit, step, anchor)
        return Resolved(found.type, found.value, mod, anchored=found.anchored)

    def _duration(self, m: re.Match[str]) -> Resolved | None:
        unit = self.lex.unit_of(m["unit"])
        if unit is None:
            return None
        raw = m["number"].lower()
        amount = number_value(raw, self.lex)
        plural = m["unit"].lower().endswith("s")
        if raw in ("a", "an") and (plural or unit == "second"):
            return None  # "a second term"
        if raw == "one" and plural and not (m["high"] or m["half"] or m["half_after"]):
            return None  # "planned around this one weeks in advance": no count of one takes a plural
        if m.group(0).lower() in self.lex.ordinals and _word_before(self.ctx.text, m.start()).lower() in (
            self.lex.determiners
        ):
            return None  # "his twenty-second regnal year", "the thirty-second": an ordinal, no seconds
        if _AGO_AFTER.match(self.ctx.text, m.end()):
            return None  # "staged the final two years ago": the date "two years ago" is the expression
        following = _WORD_AFTER.match(self.ctx.text, m.end())
        counts_on = following is not None and following[1].lower() in self.lex.counting_words
        if (
            raw in ("a", "an")
            and not counts_on  # "won 3-0 a week later": a count from the last date, no rate
            and self.ctx.pats.amount_before.search(self.ctx.text, max(0, m.start() - 30), m.start())
        ):  # "$2 million a year", "15 miles a day": a rate, a set of times; not a speed or a share
            # ("60 miles an hour", "roughly a quarter"), nor a flow ("8 million barrels a day")
            return (
                None
                if unit in _NO_RATE_UNITS
                or _word_before(self.ctx.text, m.start()).lower() in self.lex.flow_measures
                else Resolved(TimexType.SET, duration_value(1, self.lex.units[unit]))
            )
        fraction = raw in self.lex.articles and self.ctx.text.startswith(" of", m.end())
        if fraction and _NAMES_A_DAY.search(self.ctx.text, max(0, m.start() - 30), m.start()):
            return None  # "Tuesday was a day of street fighting": a kind of day, no length
        if unit == "quarter" and (
            fraction
            or raw in self.lex.articles
            or "-" in m.group(0)
            or self.ctx.text.startswith("-", m.end())
        ):  # "a quarter of the votes", "cut use by a quarter", "three-quarters", "a quarter-mile long":
            return None  # shares; a length of three months is told in months
        singular = not m["unit"].lower().endswith("s")
        if raw[:1].isdigit() and amount is not None and amount > 1 and singular and "-" not in m.group(0):
            return None  # "5 year" without a hyphen is not how English writes a duration
        if m["high"]:  # two to three weeks, the next 12 to 18 months: a number of them not told
            high = number_value(m["high"], self.lex)
            if amount is None or high is None or amount >= high or amount > 999:
                return None
            amount = None
        elif (m["half"] or m["half_after"]) and amount is not None:
            amount += 0.5  # "two and a half years", "a minute and a half"
        rel = (m["rel"] or "").lower()
        if (
            amount == 1
            and unit == "day"
            and not (m["the"] or rel or m["quant"] or raw in self.lex.articles)
            and self.ctx.pats.modal_before.search(self.ctx.text, max(0, m.start() - 12), m.start())
        ):
            return Resolved(TimexType.DATE, "FUTURE_REF")  # "Islam will one day be ...": some day
        if rel == "recent":
            return Resolved(TimexType.DATE, "PAST_REF")
        return Resolved(TimexType.DURATION, duration_value(amount, self.lex.units[unit]))

    def _bare_units(self, m: re.Match[str]) -> Resolved | None:
        unit = self.lex.unit_of(m["unit"])
        return Resolved(TimexType.DURATION, duration_value(None, self.lex.units[unit])) if unit else None

    def _unit_of_year(self, m: re.Match[str]) -> Resolved | None:
        """ "The last day of the year": its first or last day, ISO week or month; "that year", and in
        a story "the year", are the one last told, else the anchor's, as "this year" is."""
        anchor = self.ctx.anchor()
        rel = (m["rel"] or "").lower()
        if m["year"]:
            year = _year_of(m["year"], self.lex)
        elif anchor is None:
            return Resolved(TimexType.DATE, _UNDERSPECIFIED[m["unit"].lower()], anchored=False)
        elif (rel == "that" or (rel == "the" and self.ctx.narrative)) and self.ctx.last_told is not None:
            year = self.ctx.last_told[0].year
        else:
            year = anchor.year + {"last": -1, "next": 1}.get(rel, 0)
        if not 1 <= year <= 9999:
            return None
        first = m["which"].lower() == "first"
        day = date(year, 1, 1) if first else date(year, 12, 31)
        unit = m["unit"].lower()
        if unit == "week":  # the ISO week holding 4 January, or 28 December
            day = date(year, 1, 4) if first else date(year, 12, 28)
        return Resolved(TimexType.DATE, format_value(day, unit))

    def _month_told(self) -> date | None:
        """A day of the month "that month" means: of the last date told, or after a year told in
        passing the month told before it, no year's January ("on Tuesday, 27 July [1361] [...]
        excavated between 1928 and 1930 [...] at the end of the month")."""
        told = self.ctx.last_told
        if told and told[1] in _YEAR_PRECISIONS:
            return self.ctx.last_month_told.in_cycles(self.ctx.cycles) if self.ctx.last_month_told else None
        return self.ctx.last_mentioned

    def _unit_of_month(self, m: re.Match[str]) -> Resolved | None:
        """ "the second week of July": the ISO week holding its 11th, "the last week" its 4th day from
        the end (so that most of the week is in the month); "the last day of July": the 31st; "the
        first Monday in February": that day; "the first weekend of June": the weekend of its first
        Saturday."""
        unit = (m["unit"] or "").lower()
        week = unit in ("week", "weekend")
        if m["month_rel"]:  # "the last weekend of the month": of the month the text is in
            anchor = self.ctx.anchor()
            if m["month_rel"].lower() == "that" or (self.ctx.narrative and m["month_rel"].lower() == "the"):
                # "proclaimed Thursday, November 23, rather than the last Thursday of the month": in a
                # story, the month just told, not the first of the year it is in
                anchor = self._month_told() or anchor
            if anchor is None:
                return Resolved(TimexType.DATE, "XXXX-WXX" if week else "XXXX-XX-XX", anchored=False)
            first = shift(anchor.replace(day=1), "month", 1 if m["month_rel"].lower() == "next" else 0)
            year, month = first.year, first.month
        elif m["year"]:
            month = self.lex.months[m["monthname"].lower()]
            year = _year_of(m["year"], self.lex)
        else:
            month = self.lex.months[m["monthname"].lower()]
            found = _month_in_year(self.ctx, month, None, m.start(), m.end())
            if not found.anchored or not found.value[:4].isdigit():
                return Resolved(TimexType.DATE, "XXXX-WXX" if week else "XXXX-XX-XX", anchored=False)
            year = int(found.value[:4])
        which = m["which"].lower()
        nth = self.lex.month_weeks.get(which) or self.lex.ordinals[which]  # "the twenty-ninth day of January"
        last = monthrange(year, month)[1]
        if nth > (last if not week and not m["weekday"] else 5):
            return None
        if m["weekday"]:  # "the first Monday in February"
            weekday = self.lex.weekdays[m["weekday"].lower()]
            return Resolved(TimexType.DATE, nth_weekday(year, month, weekday, nth).isoformat())
        if unit == "weekend":
            saturday = nth_weekday(year, month, _SATURDAY, nth)
            if saturday.month != month:
                return None  # "the fifth weekend of June" of a June with four Saturdays
            return Resolved(TimexType.DATE, format_value(saturday, "week") + "-WE")
        if not week:
            return Resolved(TimexType.DATE, date(year, month, nth if nth > 0 else last).isoformat())
        day = date(year, month, 7 * nth - 3 if nth > 0 else last - 3)
        return Resolved(TimexType.DATE, format_value(day, "week"))

    def _founding_year(self, m: re.Match[str]) -> Resolved | None:
        """A year counted from a city's founding ("the year 710 of the city", 44 BC), its first year
        the table's (no year 0: the 754th year of the city is AD 1); a bare number only before the
        count's Latin name or its letters ("245 ab urbe condita", "710 AUC"), not "245 of the city"."""
        era = " ".join(m["era"].lower().split())
        if m["bare"] and era.startswith("of "):
            return None
        count = int(m["number"] or m["nth"] or m["bare"])
        first = self.lex.founding_eras[era]
        year = first + count - 1
        if first < 0 <= year:
            year += 1
        return Resolved(TimexType.DATE, year_value(year)) if count > 0 and abs(year) <= MAXYEAR else None

    def _regnal_year(self, m: re.Match[str]) -> Resolved | None:
        """ "In the tenth year of his reign": the year of a date it is set beside, else counted from the
        reign's first year, the date told where the text last said a reign began ("crowned at
        Candlemas 1138" -> 1147)."""
        told = self.ctx.last_told
        beside = _BESIDE.fullmatch(self.ctx.text, self.ctx.last_told_end, m.start())
        if told and beside and told[1] in _YEAR_PRECISIONS | _TOLD_WITHIN_A_YEAR:
            # "in 1415, the third year of his reign", "in late May 1571, in the sixth year of his pontificate"
            return Resolved(TimexType.DATE, year_value(told[0].year))
        said = self.ctx.year_said
        if said and _BESIDE.fullmatch(self.ctx.text, said[0], m.start()):
            # "reformed the calendar in October 1582, in the twenty-seventh year of Philip II's reign":
            # beside a date the story does not move to, the year it gives
            return Resolved(TimexType.DATE, year_value(said[1]))
        named = (m["monarch"] or m["monarch_of"] or m["monarch_named"] or "").lower().split()
        # "George III's reign", "Queen Anne's reign": the name, after a title or not
        accession = self.lex.accessions.get(" ".join(named)) or self.lex.accessions.get(" ".join(named[1:]))
        if accession is not None:  # "the thirty-seventh year of George III": counted from his accession
            return Resolved(
                TimexType.DATE,
                year_value(_regnal_year_of(date.fromisoformat(accession), self._nth(m["ordinal"].lower()))),
            )
        first = self._reign_start(m.start())
        if first is None:
            # no reign's start told: in a story, the year it is in ("Queen Anne, then in the third year
            # of her reign, gave thanks": the year of the battle told)
            told = self.ctx.last_told
            if self.ctx.narrative and told is not None:
                return Resolved(TimexType.DATE, year_value(told[0].year))
            return Resolved(TimexType.DATE, "XXXX", anchored=False)
        raw = m["ordinal"].lower()
        return Resolved(TimexType.DATE, year_value(add_years(first, self._nth(raw) - 1)))

    def _nth(self, ordinal: str) -> int:
        """The number an ordinal tells: "tenth" 10, "36th" 36; "last" 0, since no count reaches it."""
        return self.lex.ordinals.get(ordinal) or (int(ordinal[:-2]) if ordinal[0].isdigit() else 0)

    def _span_year(self, m: re.Match[str]) -> Resolved | None:
        """ "The last year of the war", "the third year of his exile": the year of a date set beside
        it, else, for a span of no one's, counted from the first year the story told, as "the seventh
        year" is, else the year the story is in; news leaves it to "the last year" alone."""
        if not self.ctx.narrative:
            return None
        told = self.ctx.last_told
        beside = told is not None and _BESIDE.fullmatch(self.ctx.text, self.ctx.last_told_end, m.start())
        nth = self._nth(m["ordinal"].lower())
        if told is None:
            return Resolved(TimexType.DATE, "XXXX", anchored=False)
        counted = (
            add_years(self.ctx.years_told[0][1], nth - 1)
            if nth and m["the"] and self.ctx.years_told
            else None
        )
        if not beside and counted is not None and counted <= max(year for _, year in self.ctx.years_told):
            # "The war lasted from 431 to 404 BC [...] in the twenty-first year of the war": 411 BC;
            # not a count past the years the story told
            return Resolved(TimexType.DATE, year_value(counted))
        return Resolved(TimexType.DATE, year_value(told[0].year))

    def _era_date(self, m: re.Match[str]) -> Resolved | None:
        """A year counted in an East Asian era ("Keichō 5" is 1600), or a day or month of its
        lunisolar calendar ("the 15th day of the ninth month of Keichō 5"): the Gregorian day the
        sentence restates it as, before it or after it, else the story's last day, else its year."""
        era = (m["era"] or m["era_named"] or "").lower()
        year = None
        if era:
            count = (m["era_ordinal"] or m["era_number"]).lower()
            year = self.lex.era_years[era] + (self.lex.ordinals.get(count) or int(count.rstrip("stndrh"))) - 1
        if not m["lunar_month"]:
            return Resolved(TimexType.DATE, year_value(year)) if year else None
        if not (era or m["lunar"] or m["lunar_day"]):
            return None  # "the ninth month": another rule's
        restated = self._day_restated(m)
        if m["lunar_day"] is None:  # "the ninth month of the tenth year of the Hōreki era"
            found = year or (restated.year if restated else None)
            return Resolved(
                TimexType.DATE, year_value(found) if found else "XXXX-XX", anchored=found is not None
            )
        if restated is None and year is None and self.ctx.narrative:
            restated = self.ctx.last_day  # "The date fell on the tenth day of the eighth lunar month"
        if restated is None:
            return Resolved(
                TimexType.DATE, year_value(year) if year else "XXXX-XX-XX", anchored=year is not None
            )
        hour = self.lex.ordinals.get((m["lunar_hour"] or "").lower())
        if hour is not None:  # "the eleventh hour of the eleventh day of the eleventh month"
            return Resolved(TimexType.TIME, f"{restated.isoformat()}T{hour:02d}:00")
        return Resolved(TimexType.DATE, restated.isoformat())

    def _hijri_date(self, m: re.Match[str]) -> Resolved | None:
        """A day of the Islamic calendar: the Gregorian day its sentence restates it as; a month of a
        Hijri year: the month most of it falls in ("Ramadan 93": 712-06); a Hijri year:
        the year told beside it ("November 636 (15 AH)", "14 AH (635)"), else the year most of it
        falls in (by the tabular calendar: "AH 463", "the Hijri year 463" and "the year 463 of the
        Hijra" are 1071)."""
        if m["hijri_day"]:
            restated = self._day_restated(m)
            if restated is not None:
                return Resolved(TimexType.DATE, restated.isoformat())
            if not m["hijri_year"]:
                return Resolved(TimexType.DATE, "XXXX-XX-XX", anchored=False)
            month = self.lex.hijri_months[" ".join(m["hijri_month"].lower().split())]
            day = _hijri_month_start(int(m["hijri_year"]), month) + int(m["hijri_day"]) - 1
            return Resolved(TimexType.DATE, _as_written(date.fromordinal(day)))  # "4 Safar AH 656"
        if m["month_of"]:  # "Ramadan 93": the month most of it falls in, as histories write it
            month = self.lex.hijri_months[" ".join(m["month_of"].lower().split())]
            year = int(m["month_year"])
            if year > _LAST_HIJRI_YEAR_TOLD:
                return None
            middle = date.fromordinal(_hijri_month_start(year, month) + 14)
            return Resolved(TimexType.DATE, _as_written(middle)[:7])
        told = self.ctx.last_told
        if told and _OPEN_BRACKET.fullmatch(self.ctx.text, self.ctx.last_told_end, m.start()):
            return Resolved(TimexType.DATE, year_value(told[0].year))  # "November 636 (15 AH)"
        after = self.ctx.pats.year_restated.match(self.ctx.text, m.end())
        if after:
            return Resolved(TimexType.DATE, year_value(int(after["year"])))  # "14 AH (635)"
        start = date.fromordinal(
            _hijri_new_year(int(m["ah_year"] or m["ah_year_after"] or m["ah_year_named"] or m["ah_year_of"]))
        )
        if (
            told
            and _IN_AFTER_COMMA.fullmatch(self.ctx.text, self.ctx.last_told_end, m.start())
            and told[0].year in (start.year, start.year + 1)
        ):  # "On 24 February 1739, in the Hijri year 1151": the same time, the year told
            return Resolved(TimexType.DATE, year_value(told[0].year))
        middle = start + timedelta(days=177)
        return Resolved(TimexType.DATE, year_value(middle.year))  # the year most of it falls in

    def _olympiad(self, m: re.Match[str]) -> Resolved | None:
        """A year counted by Olympiads, four years each from the first games: "the first year of the
        75th Olympiad" is 480 BC; an Olympiad alone is its first year ("the 140th Olympiad": 220 BC).
        Only in a text that dates by eras: the modern Games count Olympiads too ("the Games of the
        30th Olympiad")."""
        if not self.ctx.ancient:
            return None
        told = m["olympiad"].lower()
        number = int(told[:-2]) if told[0].isdigit() else self.lex.ordinals[" ".join(told.split())]
        nth = self.lex.ordinals[" ".join(m["year_of"].lower().split())] if m["year_of"] else 1
        if number < 1 or not 1 <= nth <= _OLYMPIAD_YEARS:
            return None
        value = counted_year_value(-_FIRST_OLYMPIAD_BC, _OLYMPIAD_YEARS * (number - 1) + nth - 1)
        return Resolved(TimexType.DATE, value) if value is not None else None

    def _day_restated(self, m: re.Match[str]) -> date | None:
        """The Gregorian day told in ``m``'s sentence that ``m`` restates: the last one told before it
        ("on 9 November 1867, the 14th day of the tenth month"), else the first after it ("the
        18th day of the fourth month of Kaei, or 10 May 1849")."""
        text, pats = self.ctx.text, self.ctx.pats
        last = self.ctx.last_day
        if last is not None and pats.sentence_end.search(text, self.ctx.last_full_day_end, m.start()) is None:
            return last
        stop = pats.sentence_end.search(text, m.end())
        after = pats.full_day.search(text, m.end(), stop.start() if stop else len(text))
        if after is None:
            return None
        month, day = _month_and_day(self.lex, after)
        year = int(after["year"] or after["year2"])
        return date(year, month, day) if value_range(f"{year:04d}-{month:02d}-{day:02d}") else None

    def _reign_start(self, at: int) -> int | None:
        """The year told with the last words before ``at`` that begin a reign: the first date after
        them in their sentence ("was crowned in 1138"), else the last one before ("He died at
        Michaelmas 1162. His son was crowned eight days later" has its date)."""
        text = self.ctx.text
        cues = list(self.ctx.pats.reign_start.finditer(text, max(0, at - _REIGN_REACH), at))
        if not cues:
            return None
        cue = cues[-1]
        stop = self.ctx.pats.sentence_end.search(text, cue.end(), at)
        limit = stop.start() if stop else at
        told = self.ctx.years_told
        after = next((year for end, year in told if cue.end() < end <= limit), None)
        before = [year for end, year in told if end <= cue.start()]
        return after if after is not None else (before[-1] if before else None)

    def _ordinal_unit(self, m: re.Match[str]) -> Resolved | None:
        unit = self.lex.unit_of(m["unit"])
        if unit is None:
            return None
        if m["unit"].lower() != unit:  # the first hours of the war: a stretch of them
            return Resolved(TimexType.DURATION, duration_value(None, self.lex.units[unit]))
        if unit in ("minute", "hour"):
            return None
        last = self.ctx.last_day
        told = self.ctx.last_told
        if (
            unit == "day"
            and last is not None
            and told is not None
            and told[1] is Precision.DAY  # a day, not a clock time on it
            and _BESIDE.fullmatch(self.ctx.text, self.ctx.last_full_day_end, m.start())
        ):
            return Resolved(TimexType.DATE, last.isoformat())  # "on Tuesday, the sixth day of the disruption"
        return Resolved(TimexType.DATE, _UNDERSPECIFIED.get(unit, "XXXX"), anchored=False)  # of what is told

    def _age(self, m: re.Match[str]) -> Resolved | None:
        """ "When she was eighteen years old", "at the age of nine": in a story a length (TIMEX2 and
        the written histories tag ages); news leaves them untagged, as TimeBank does."""
        amount = number_value(m["number"] or m["age"], self.lex)
        unit = self.lex.unit_of(m["unit"] or m["unit2"] or "year")  # "at the age of nine": years
        if not self.ctx.narrative or amount is None or amount != int(amount) or unit is None:
            return None
        return Resolved(TimexType.DURATION, duration_value(amount, self.lex.units[unit]))

    def _ordinal_day_told(self, m: re.Match[str]) -> Resolved | None:
        """ "Fighting went on for two days; on the second day": in a story, counted from the day it
        told last (its first); in news, no date."""
        nth = self.lex.ordinals[m["ordinal"].lower()]
        line = self.ctx.text[self.ctx.text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if (
            not self.ctx.narrative
            or not 1 <= nth <= _ORDINAL_DAYS
            or (not line.strip() and _HEADING.match(self.ctx.text, m.end()))
        ):
            return None  # nor a section's heading: "The first day"
        night = m["unit"].lower() == "night"
        kind = TimexType.TIME if night else TimexType.DATE
        if self.ctx.last_day is None:
            return Resolved(kind, "XXXX-XX-XX" + ("TNI" if night else ""), anchored=False)
        day = shift(self._first_of_days_running(), "day", nth - 1).isoformat()
        return Resolved(kind, day + ("TNI" if night else ""))

    def _first_of_days_running(self) -> date:
        """The first of the days told one after another up to the last one told (7 February in
        "fought on 7 and 8 February", 21 May in "on Sunday 21 May and Monday 22 May"), else the
        last day told."""
        first = self.ctx.last_day
        end = self.ctx.last_full_day_end
        pair = _DAY_PAIR_TOLD.search(self.ctx.text, max(0, end - 40), end)
        if pair and first is not None:
            last = int(pair["last"] or pair["last2"])
            gap = last - int(pair["first"] or pair["first2"])
            if 0 < gap < _ORDINAL_DAYS and first.day == last:
                return first - timedelta(days=gap)
        said = self.ctx.days_said
        if first is None or self.ctx.cycles or not said or said[-1] != first:
            return first
        for day in reversed(said[:-1]):
            if day != first - timedelta(days=1):
                break
            first = day
        return first

    def _ordinal_year(self, m: re.Match[str]) -> Resolved | None:
        """ "In the fifth year", "his third year", "the eighth year of Arnuwanda": in a story, counted
        from where the last reign told began ("came to the throne in 1280 BC"), else (a year of no
        one's) from the first year the story told ("the seventh year" of a war of 431 BC: 425 BC)."""
        nth = self.lex.ordinals[m["ordinal"].lower()]
        if not self.ctx.narrative or not 1 <= nth <= _ORDINAL_YEARS:
            return None
        season = f"-{self.lex.seasons[m['season'].lower()]}" if m["season"] else ""
        first = self._reign_start(m.start())
        if first is None and not (m["own"] or m["name"]) and self.ctx.years_told:
            first = self.ctx.years_told[0][1]
        if first is None:
            return Resolved(TimexType.DATE, f"XXXX{season}", anchored=False)
        return Resolved(TimexType.DATE, f"{year_value(add_years(first, nth - 1))}{season}")

    def _ordinal_season(self, m: re.Match[str]) -> Resolved | None:
        """ "The second summer of the war": in a story, counted from the first year it told (431 BC:
        the summer of 430 BC); in news, no date."""
        nth = self.lex.ordinals[m["ordinal"].lower()]
        season = self.lex.seasons[m["season"].lower()]
        if not self.ctx.narrative or not 1 <= nth <= _ORDINAL_SEASONS:
            return None
        if not self.ctx.years_told:
            return Resolved(TimexType.DATE, f"XXXX-{season}", anchored=False)
        year = add_years(self.ctx.years_told[0][1], nth - 1)
        return Resolved(TimexType.DATE, f"{year_value(year)}-{season}")

    def _event_units(self, m: re.Match[str]) -> Resolved | None:
        if m["long"]:  # a decades-long battle, a day-long meeting: a length of time
            unit = self.lex.unit_of(m["long"])
            if unit is None:
                return None
            amount = None if m["long"].lower() != unit else 1
            return Resolved(TimexType.DURATION, duration_value(amount, self.lex.units[unit]))
        before = _word_before(self.ctx.text, m.start(), 20).lower()
        if before in self.lex.ordinals or before in self.lex.numbers or before.isdigit():
            return None  # "the first days after", "ten days earlier than": the expression would begin
            # before the unit
        if m["direction"]:  # months ago: as "several months ago"
            past = self.lex.directions[" ".join(m["direction"].lower().split())] < 0
            return Resolved(TimexType.DATE, "PAST_REF" if past else "FUTURE_REF")
        relation_words = " ".join(m["relation"].lower().split())
        relation = self.lex.event_relations[relation_words]
        leader = _LEADER_BEFORE.search(self.ctx.text, max(0, m.start() - 30), m.start())
        if leader and leader[1].lower() in self.lex.length_leaders:
            # "it could be weeks before they go home", "lasted only minutes before": a length of time
            return Resolved(
                TimexType.DURATION,
                duration_value(None, self.lex.units[self.lex.unit_of(m["unit"]) or "year"]),
            )
        # in the years that followed; in a story also the decades after his death: a stretch of the story
        if relation_words in self.lex.stretch_relations or (self.ctx.narrative and relation > 0):
            return Resolved(
                TimexType.DURATION,
                duration_value(None, self.lex.units[self.lex.unit_of(m["unit"]) or "year"]),
            )
        if relation > 0 and self.ctx.tense(m.start(), m.end()) > 0:
            return Resolved(TimexType.DATE, "FUTURE_REF")
        if self.lex.unit_of(m["unit"]) in ("second", "minute", "hour"):  # "minutes after parents had left"
            return Resolved(
                TimexType.DURATION, duration_value(None, self.lex.units[self.lex.unit_of(m["unit"])])
            )
        return Resolved(TimexType.DATE, "PAST_REF")  # the weeks before (or days after) a told event

    def _recent_units(self, m: re.Match[str]) -> Resolved | None:
        unit = self.lex.unit_of(m["unit"])
        if unit is None or unit == "year":
            return Resolved(TimexType.DATE, "PAST_REF")  # "in recent years": the recent past
        return Resolved(TimexType.DURATION, duration_value(None, self.lex.units[unit]))

    def _weekday(self, m: re.Match[str]) -> Resolved | None:
        weekday = self.lex.weekdays[m["weekday"].lower()]
        if not m["weekday"][0].isupper():
            return None
        if self._names_a_title(m):
            return None  # "the Sunday Times", "the Monday Club": a name
        if m["named"] and not self.ctx.narrative:
            return None  # news's "Black Friday" is the sales' holiday, or a name
        before = _word_before(self.ctx.text, m.start())
        if before[:1].isupper() and f"{before} {m['weekday']}".lower() in self.lex.holidays:
            return None  # a feast's weekday the feast's own rule left untagged: "the Good Friday Agreement"
        following = _WORD_AFTER.match(self.ctx.text, m.end())
        if following and f"{m['weekday']} {following[1]}".lower() in self.lex.weekday_compounds:
            return None  # "the annual Sunday school excursion": a compound, no day
        if self.ctx.narrative and following and following[1].lower() in self.lex.weekday_customs:
            return None  # a story's "Friday prayer": a custom of every week, no day
        every = self.ctx.pats.every_weekday_before.search(self.ctx.text, max(0, m.start() - 30), m.start())
        part = self.lex.parts_of_day.get((m["part"] or "").lower())  # "a warm Wednesday afternoon"
        at_part = f"T{part}" if part else ""  # the part of the day told with it, as a value's suffix
        if m["plural"] or m["parts"] or every:  # "on Sundays", "Tuesday nights", "every Monday and Thursday"
            return Resolved(TimexType.SET, f"XXXX-WXX-{weekday}{at_part}")
        rel = " ".join((m["rel"] or "").lower().split())
        if rel:  # "last Friday"
            anchor = self.ctx.deictic_anchor(m.start(), m.end())
        elif self.ctx.presumed:  # a history's lead before it tells a date: "On Wednesday the city marks"
            anchor = self.ctx.dct
        else:
            anchor = self.ctx.anchor()
        if rel in self.lex.anaphoric_relative:
            anchor = (
                self.ctx.last_day or self.ctx.anchor()
            )  # "the previous Friday": before the day just told of
        if anchor is None:
            return Resolved(TimexType.DATE, f"XXXX-WXX-{weekday}", anchored=False)
        if m["week_of"]:  # "Wednesday of last week": that weekday of the week the words name
            week = shift(anchor, "week", self.lex.relative[m["week_of"].lower()])
            return Resolved(TimexType.DATE, (week + timedelta(days=weekday - week.isoweekday())).isoformat())
        if (
            not rel
            and not self.ctx.narrative
            and _DAY_WORD_JOINED_BEFORE.search(self.ctx.text, max(0, m.start() - 30), m.start())
        ):  # "another 20 millimetres of ice tonight and Friday": the days after the time of writing
            day = weekday_near(anchor + timedelta(days=1), weekday, 1)
            return Resolved(TimexType.DATE, day.isoformat() + at_part)
        told, told_end = self.ctx.last_told, self.ctx.last_told_end
        beside = (
            not rel
            and told is not None
            and told[1] is Precision.WEEK
            and _WEEK_APPOSITION.fullmatch(self.ctx.text, told_end, m.start()) is not None
        )
        week = told[0].in_cycles(self.ctx.cycles) if beside and told is not None else None
        if (
            week is not None
            # a weekend's own days only: not "reconvened after the weekend, on Monday"; and weeks of
            # the Gregorian calendar, not of a story told in Britain's Julian one
            and (weekday >= 6 or not _WEEKEND_TOLD.search(self.ctx.text, max(0, told_end - 8), told_end))
            and week.year > _LAST_JULIAN_YEAR
        ):  # "Earlier that week, on Tuesday": that week's Tuesday; "this weekend, on Sunday"
            return Resolved(TimexType.DATE, (week + timedelta(days=weekday - week.isoweekday())).isoformat())
        anniversary = None if rel else self._anniversary_falls_on(m, weekday)
        if anniversary is not None:  # "The fiftieth anniversary fell on a Saturday": that day
            return Resolved(TimexType.DATE, anniversary.isoformat() + at_part)
        last = self.ctx.last_day
        if last is not None and (
            (
                (last.isoweekday() == weekday or last.year <= _LAST_JULIAN_USE)  # the text's calendar
                and _APPOSITION.fullmatch(self.ctx.text, self.ctx.last_full_day_end, m.start())
            )
            or _on_the_last_day(self.ctx, m.start(), weekday)
            or _weekday_of_the_day_long_past(self.ctx, m, weekday)
        ):
            # "on the night of Aug. 9, a Friday": that day
            return Resolved(TimexType.DATE, last.isoformat() + at_part)
        if not rel and not m["the_day"] and self.ctx.narrative and self.ctx.dct:
            # "On the Monday, the fiftieth anniversary of her accession" is the story's; a plan told
            # with "will" is of the time of writing ("A memorial service will be held at 11 a.m.
            # Saturday"), and so are a history's closing lines on the occasion of its writing ("The
            # fortieth anniversary falls on Thursday", "Thursday marked 70 years since the test")
            planned = self._planned_at_writing(m) or self._marks_an_occasion(m)
            if planned or self._a_day_of_writing(m, weekday=True):
                tense = 1 if planned else self.ctx.date_tense(m.start(), m.end(), weekday=True)
                day = weekday_near(self.ctx.dct, weekday, tense)
                return Resolved(TimexType.DATE, day.isoformat() + at_part)
        # "in 1902 ... on a Tuesday": a weekday of the year told; not after a later day told
        # ("the harvest of 1847 had failed. Sunday, 9 April [1848] ... By Monday morning")
        if (
            self.ctx.narrative
            and self.ctx.reference_is_year
            and anchor == self.ctx.reference
            and (last is None or last < anchor)
        ):
            return Resolved(TimexType.DATE, f"{anchor.year:04d}-WXX-{weekday}" + at_part)
        heading = _heads_a_list(self.ctx.text, m)
        # "set for Saturday, 8 May [...] put off to Monday, 10 May [...] on the Saturday"
        said = self._said_with(weekday) if m["the_day"] else None
        if m["week_on"]:  # "runs until Sunday week": a week after the coming Sunday
            day = weekday_near(shift(anchor, "day", 1), weekday, 1) + timedelta(days=7)
        elif said is not None:
            day = said
        elif rel:
            day = self._weekday_after(rel, anchor, weekday, m)
        elif heading and self.ctx.last_heading is not None:
            # "SATURDAY: Windy. [...] SUNDAY: Showers likely": the list goes on day by day
            last_head = self.ctx.last_heading[0]
            ahead = (weekday - last_head.isoweekday()) % 7
            # "SATURDAY AFTERNOON: [...] SATURDAY EVENING:": a later part of the same day
            day = last_head + timedelta(days=ahead or (0 if m["part"] else 7))
        elif last is not None and self._follows_joined_weekday(m, last):
            day = last + timedelta(days=(weekday - last.isoweekday()) % 7 or 7)
        elif self.ctx.narrative and self.ctx.last_day and not self.ctx.at_writing:
            since = _word_before(self.ctx.text, m.start()).lower() in self.lex.origin_prepositions
            day = self._story_weekday(
                self.ctx.last_day, weekday, backward=since
            )  # "on Sunday, 2 September 1666 ... On Monday"; "On Monday 8 October [...] since Sunday"
        elif (
            _POSSESSIVE.match(self.ctx.text, m.end())
            and not self.ctx.bound_ahead(m.start(), m.end())
            # nor an event a clause after it tells ahead ("Sunday's marathon, which will close 40 streets")
            and not _TOLD_AHEAD_AFTER.match(self.ctx.text, m.end())
            # not the subject of a sentence in the present ("Thursday's forecast calls for sunshine")
            and not (_opens_sentence(self.ctx.text, m.start()) and self.ctx.tense(m.start(), m.end(), 1) > 0)
            and _word_before(self.ctx.text, m.start()).lower()
            not in self.lex.deadline_prepositions | self.lex.present_cues | self.lex.appointment_prepositions
        ):
            # "get around Wednesday's ruling": a possessive weekday names an event the verb does not
            # govern; news reports events that happened, unless a future cue just before binds it
            # ("will miss Sunday's game"), it is a deadline ("by Wednesday evening's commute") or
            # it is tomorrow's ("a threat to Sunday's event" said on a Saturday); after "is" it is
            # told in the present ("the game everyone talks of is Sunday's meeting with Liverpool")
            tomorrow = shift(anchor, "day", 1)
            day = tomorrow if tomorrow.isoweekday() == weekday else weekday_near(anchor, weekday, -1)
        elif (
            self.ctx.recalling
            and self.ctx.last_day is not None
            and self.ctx.date_tense(m.start(), m.end(), weekday=True) < 0
        ):  # "The next day [of 1986] [...] only on Monday morning": the news narrates, day by day
            day = self._story_weekday(self.ctx.last_day, weekday)
        elif self.ctx.narrative and (in_month := self._said_in_month_told(weekday)) is not None:
            day = in_month  # "fought on Friday, 26 August 1071 [...] Late in August [...] on the Friday"
        else:
            # "declared Friday a national day of mourning": a day set aside, still to come; "said
            # Wednesday could bring tornadoes": the subject of a clause told ahead (not "the room
            # opened Monday will stay closed", "ice made since Tuesday should be thrown out")
            before = _word_before(self.ctx.text, m.start()).lower()
            ahead = (
                _DECLARED_DAY.match(self.ctx.text, m.end())
                or (
                    self.ctx.pats.modal_after.match(self.ctx.text, m.end())
                    and not before.endswith("ed")
                    and before not in self.lex.origin_prepositions
                )
                # "Forecasters said Friday would be mostly dry": the day a forecast is of (not "the
                # asset freezes announced Thursday would affect", a participle)
                or (
                    self.ctx.pats.forecast_day_after.match(self.ctx.text, m.end())
                    and not before.endswith("ed")
                    and self.ctx.pats.forecast_day_before.search(
                        self.ctx.text, max(0, m.start() - _FORECAST_REACH), m.start()
                    )
                )
                # "Friday brings the longest day in the saddle": a schedule's day, its subject
                or (
                    _opens_sentence(self.ctx.text, m.start())
                    and _SCHEDULE_VERB_AFTER.match(self.ctx.text, m.end())
                )
                or self._marks_an_occasion(m)
                # "before Monday, when Portugal hands Macau back": what a clause tells of it in the present
                or (not self.ctx.narrative and _when_told_ahead(self.ctx, m.end()))
                or (not self.ctx.narrative and self._in_a_forecast(m))
            )
            day = weekday_near(
                anchor, weekday, 1 if ahead else self.ctx.date_tense(m.start(), m.end(), weekday=True)
            )
        return Resolved(TimexType.DATE, day.isoformat() + at_part)

    def _anniversary_falls_on(self, m: re.Match[str], weekday: int) -> date | None:
        """The day an anniversary falls on, when the weekday follows "the anniversary [...] falls on":
        a day the text told come round on that weekday, in the year its ordinal counts to ("The
        fiftieth anniversary fell on a Saturday" after 2 January 1971: 2 January 2021; "Its centenary
        falls on Monday"), or in a year told at the sentence's start ("In 1775, the anniversary fell
        on a Sunday"), or else within a week of the time of writing; of several, the nearest to it."""
        text = self.ctx.text
        if not self.ctx.days_said:
            return None
        cue = self.ctx.pats.anniversary_falls.search(text, max(0, m.start() - _ANNIVERSARY_REACH), m.start())
        if cue is None:
            return None
        count = self._nth(cue["ordinal"].lower()) if cue["ordinal"] else 0
        count = count or self.lex.anniversary_counts.get(cue["word"].lower(), 0)
        told, dct = self.ctx.last_told, self.ctx.dct
        opening = _sentence_start(text, m.start())
        year_told = (
            told[0].year
            if told is not None
            and opening < self.ctx.last_told_end <= cue.start()
            # not a starting point: "Since 2006 the holiday has been moved to a Monday, but the
            # anniversary itself falls on Saturday"
            and not {w.lower() for w in _TOKEN.findall(text, opening, self.ctx.last_told_end)}
            & self.lex.origin_prepositions
            else None
        )
        days = []
        for said in dict.fromkeys(self.ctx.days_said):
            year = said.year + count if count else year_told or (dct.year if dct else None)
            if year is not None and MINYEAR <= year <= MAXYEAR and _valid_day(year, said.month, said.day):
                day = date(year, said.month, said.day)
                if day.isoweekday() == weekday and day != said:
                    days.append(day)
        if dct is not None and not year_told:  # near the time of writing: a week, or with a count a year
            reach = _A_YEAR if count else _A_WEEK
            days = [day for day in days if abs(day - dct) <= reach]
        return min(days, key=lambda day: abs(day - dct)) if days and dct else next(iter(days), None)

    def _marks_an_occasion(self, m: re.Match[str]) -> bool:
        """Whether a weekday opens its sentence, or follows a dateline's dash or a colon, before a
        celebration verb in the present ("Monday marks 280 years since", "LIMA - Monday marks",
        "carries special weight: Thursday marks"): the coming day of writing's."""
        following = _WORD_AFTER.match(self.ctx.text, m.end())
        before = self.ctx.text[_sentence_start(self.ctx.text, m.start()) : m.start()]
        return (
            following is not None
            and following[1].lower() in self.lex.celebration_verbs
            and following[1].lower().endswith("s")
            and (len(before.split()) <= 1 or _CLAUSE_OPENER_BEFORE.search(before) is not None)
        )

    def _names_a_title(self, m: re.Match[str]) -> bool:
        """Whether a bare weekday after "the" begins a name: a capitalised word other than a time
        word follows it on its line ("the Sunday Times"; not "the Sunday March 3 vote")."""
        if m["rel"] or m["part"] or m["plural"] or m["parts"]:
            return False
        if _word_before(self.ctx.text, m.start()).lower() != "the":  # not "his Sunday Mass"
            return False
        following = _NAME_GOES_ON.match(self.ctx.text, m.end()) and _WORD_AFTER.match(self.ctx.text, m.end())
        time_words = self.lex.months.keys() | self.lex.weekdays.keys() | self.lex.parts_of_day.keys()
        return bool(following) and following[1].lower() not in time_words

    def _said_with(self, weekday: int, month: Day | None = None) -> date | None:
        """The last day told with ``weekday`` in the text's calendar (in ``month`` when given), for
        "the Saturday"; the days a pair or a run told count each ("20 and 21 June": the 20th too)."""
        shift = self.ctx.weekday_shift[1] if self.ctx.weekday_shift else 0
        said = list(self.ctx.days_said)
        last = self.ctx.last_day
        if last is not None and said and said[-1] == last:  # "fell on 20 and 21 June 1887. On the Monday"
            first = self._first_of_days_running()
            said[-1:-1] = [first + timedelta(days=n) for n in range((last - first).days)]
        return next(
            (
                day
                for day in reversed(said)
                if _shifted_weekday(day, shift) == weekday
                and (month is None or (day.year, day.month) == (month.year, month.month))
            ),
            None,
        )

    def _said_in_month_told(self, weekday: int) -> date | None:
        """The day told before with ``weekday`` in the month the story has just told; ``None`` when
        the story is on a day or told no month."""
        told = self.ctx.last_told
        if self.ctx.last_day is not None or told is None or told[1] is not Precision.MONTH:
            return None
        return self._said_with(weekday, told[0])

    def _follows_joined_weekday(self, m: re.Match[str], last: date) -> bool:
        """Whether the weekday of ``m`` ends a range from the weekday just told ("from Thursday
        through Saturday") or is joined to it, a few days on ("next Monday and Tuesday", "cancelled
        for Monday and Tuesday"; not "statements made Friday and Thursday"): the first such day
        after it."""
        joined = self.ctx.pats.weekday_joined.search(self.ctx.text, max(0, m.start() - 40), m.start())
        on = (self.lex.weekdays[m["weekday"].lower()] - last.isoweekday()) % 7
        between = joined is not None and _BETWEEN_BEFORE.search(
            self.ctx.text, max(0, joined.start() - 10), joined.start()
        )  # "between Wednesday and Sunday": a range
        return (
            joined is not None
            and (joined["range"] is not None or between or on <= _JOINED_DAYS)
            and self.lex.weekdays[joined["first"].lower()] == last.isoweekday()
            and joined.end("first") <= self.ctx.last_full_day_end <= m.start()
        )

    def _weekday_after(self, rel: str, anchor: date, weekday: int, m: re.Match[str]) -> date:
        """The ``weekday`` a word before it picks: "this Saturday" of the week it is told in, "next
        Tuesday" after the anchor (a week on when said on a Tuesday), "last Friday" before it."""
        if rel == "this":
            return anchor + timedelta(days=weekday - anchor.isoweekday())
        step = self.lex.relative[rel]
        if self.ctx.narrative and rel in self.lex.anaphoric_relative and anchor == self.ctx.last_day:
            # "On her first Sunday, 24 August [1561] [...] The next day [...] The following Sunday":
            # the 31st, in the text's own calendar
            return self._story_weekday(shift(anchor, "day", step), weekday, backward=step < 0)
        day = weekday_near(anchor, weekday, step if step else self.ctx.tense(m.start(), m.end()))
        if step and day == anchor:
            day = weekday_near(shift(anchor, "day", step), weekday, step)
        if rel == "next" and 0 < (day - anchor).days <= _NAMED_AS_NEAR:
            day += timedelta(days=7)  # "next Friday" said on a Thursday: not tomorrow, the week after
        return day

    def _story_weekday(self, last: date, weekday: int, backward: bool = False) -> date:
        """A weekday in a story told day by day: the first such day on or after ``last``, the last
        day told (on or before it, ``backward``), in the text's own calendar (a text may keep the
        Julian one: "Sunday, 2 September 1666" is a Thursday in the Gregorian calendar; before 1583
        every text does: "On 8 August 955 [...] The next morning [...] On Thursday evening" is the 9th)."""
        year, shift = self.ctx.weekday_shift or (None, 0)
        if self.ctx.last_full_day is None or self.ctx.last_full_day.year != year:
            shift = 0  # a weekday told in another year says nothing of this one's calendar
        told = _shifted_weekday(last, shift)
        if not shift and not self.ctx.cycles and last.year < FIRST_GREGORIAN_YEAR:
            told = from_julian(last).isoweekday()  # before 1583 only the Julian calendar was in use
        if backward:
            return last - timedelta(days=(told - weekday) % 7)
        return last + timedelta(days=(weekday - told) % 7)

    def _day_word(self, m: re.Match[str]) -> Resolved | None:
        word = m["word"].lower()
        offset = self.lex.day_words[word]
        named = (m["part"] or m["pre"] or "").lower()
        part = self.lex.parts_of_day.get(named) or self.lex.day_word_parts.get(word)  # tonight: NI
        anchor = self.ctx.anchor()
        reported = _REPORTED_FUTURE.search(self.ctx.text, max(0, m.start() - 30), m.start()) is not None
        bare_today = offset == 0 and part is None and not m["mod"]  # "early today" is a day, not nowadays
        if bare_today and _NOWADAYS_BEFORE.search(self.ctx.text, max(0, m.start() - 30), m.start()):
            return Resolved(TimexType.DATE, "PRESENT_REF")
        if bare_today and not self.ctx.narrative and self._now_against_then(m):
            return Resolved(TimexType.DATE, "PRESENT_REF")
        if self.ctx.narrative and not _in_quotes(self.ctx.text, m.start()) and not reported:
            # a story's "yesterday" and "tomorrow" are the writer's; "today" too when it holds an
            # occasion ("Today marks the centenary of her death"), else it is nowadays ("the town
            # is today a museum")
            if offset == 0 and part is None and not self._a_day_of_writing(m):
                return Resolved(TimexType.DATE, "PRESENT_REF")
            anchor = self.ctx.now()
        elif self.ctx.narrative and self.ctx.last_day is not None:  # a speaker's day: the story's
            anchor = self.ctx.last_day
        elif told := _day_said_on(self.ctx, m.start()):
            anchor = told  # 'said in his address on Sunday evening: "Today there has not been"'
        day = self._day_from(anchor, offset, in_story=False)
        if part is None or not day.anchored:
            return day
        mod = self.lex.day_part_modifiers.get((m["pre_mod"] or "").lower())  # mid-afternoon yesterday
        return Resolved(TimexType.TIME, f"{day.value}T{part}", mod)  # yesterday afternoon

    def _now_against_then(self, m: re.Match[str]) -> bool:
        """Whether "Today" opens a sentence set against a time long past told just before it ("Ten
        years ago [...] was read as a disaster. Today [...]", "In 1926 going to space was science
        fiction. Today"): nowadays, not the day of the report."""
        at = m.start()
        if not _SENTENCE_START_BEFORE.search(self.ctx.text, max(0, at - 3), at):
            return False
        if _TODAY_TOLD_AS_A_DAY.match(self.ctx.text, m.end()):
            return False  # "Today's warning", "Today the whole world saw": the day of the report
        then = _THEN_BEFORE.search(self.ctx.text, max(0, at - _THEN_REACH), at)
        if then is None:
            return False
        year = then["year"]
        return year is None or (self.ctx.dct is not None and self.ctx.dct.year - int(year) >= _LONG_AGO_YEARS)

    def _planned_at_writing(self, m: re.Match[str]) -> bool:
        """Whether a story tells a plan with "will" in the clause before ``m``, outside a quotation: a
        plan of the time of writing ("A memorial service will be held at 11 a.m. Saturday")."""
        text = self.ctx.text
        clause = _CLAUSE_TAIL.search(text, _sentence_start(text, m.start()), m.start())
        return (
            not _in_quotes(text, m.start())
            and clause is not None
            and _WILL_BEFORE.search(clause[0]) is not None
        )

    def _a_day_of_writing(self, m: re.Match[str], weekday: bool = False) -> bool:
        """Whether the clause of a story's "today" tells an occasion or a plan of that day ("today
        crowds are expected on the pass", "Today, a century after the sinking, ceremonies"), not one
        kept every year ("keep the anniversary on 6 July") nor a state ("the flag flies today"); for
        a ``weekday``, only an anniversary or years since an event tell it ("The fortieth anniversary
        falls on Thursday"; not "On Friday he attended a memorial service", a day of the story)."""
        text = self.ctx.text
        start = _sentence_start(text, m.start())
        end = self.ctx.pats.sentence_end.search(text, m.end())
        stop = end.start() if end else len(text)
        start = max([start, *(cut.end() for cut in _NEW_CLAUSE.finditer(text, start, m.start()))])
        stop = next((cut.start() for cut in _NEW_CLAUSE.finditer(text, m.end(), stop)), stop)
        told = {word.lower() for word in _TOKEN.findall(text, start, stop)}
        # "Today, 370 years after the execution, [...] lay a wreath, as they do each year": this year's,
        # as every year's; the habit told aside does not make the day any day
        kept = {
            word.lower()
            for aside in self.ctx.pats.habit_aside.finditer(text, start, stop)
            for word in _TOKEN.findall(aside[0])
        }
        words = self.lex.anniversary_words
        if not weekday:
            words = words | self.lex.occasion_words | self.lex.plan_words
            if _in_the_lead(text, m.start()):  # "Hungary today commemorates the uprising"
                words = words | self.lex.celebration_verbs
        occasion = (
            told & words
            or _YEARS_SINCE.search(text, start, stop)
            # "turns 35 today", "falls today": an occasion the verb just before tells
            or (not weekday and self.ctx.pats.occasion_verb.search(text, max(0, m.start() - 20), m.start()))
        )
        return bool(occasion) and not (told - kept) & self.lex.habit_words

    def _day_from(self, anchor: date | None, offset: int, *, in_story: bool) -> Resolved:
        """``offset`` days from ``anchor``; in a story known only to the year, just that year."""
        if anchor is None:
            return Resolved(TimexType.DATE, "XXXX-XX-XX", anchored=False)
        if in_story and self.ctx.story_year():  # "in 1902 ... the next day"
            return Resolved(TimexType.DATE, f"{self.ctx.story_year():04d}-XX-XX")
        return Resolved(TimexType.DATE, shift(anchor, "day", offset).isoformat())

    def _part_of_date(self, m: re.Match[str]) -> Resolved | None:
        day = self._republican_day(m) if m.groupdict().get("republican") else self._month_day(m)
        if day is None:
            return None
        unit = self.lex.unit_of(m["part"])
        if unit is not None:  # "the week of March 6"
            if "X" in day.value:
                return Resolved(TimexType.DATE, _UNDERSPECIFIED.get(unit, "XXXX"), anchored=False)
            return Resolved(TimexType.DATE, format_value(date.fromisoformat(day.value), unit))
        part = self.lex.parts_of_day.get(" ".join(m["part"].lower().split()))
        if part is None:  # "the early hours of 5 October 1930": the start of that day
            return Resolved(TimexType.DATE, day.value, "START", anchored=day.anchored)
        return Resolved(TimexType.TIME, f"{day.value}T{part}", anchored=day.anchored)

    _part_of_day_date = _part_of_date

    def _clock24(self, m: re.Match[str]) -> Resolved | None:
        hour = m["hour"] or m["hhmm"] or m["early"] or m["hours"]
        if m["hour"] and m["zone"] and int(hour) < 12 and self._evening_said_before(m, int(hour)):
            hour = str(int(hour) + 12)  # "late last night, at 11:35 Eastern time"
        anchor = self.ctx.clock_day(m.start(), int(hour))
        clock = f"{int(hour):02d}:{m['minute'] or m['military']}"  # 15:30 GMT, 1530 GMT (as wires write it)
        if m["second"]:  # 22:28:34 Moscow time
            clock += f":{m['second']}"
        if anchor is None:
            return Resolved(TimexType.TIME, f"XXXX-XX-XXT{clock}", anchored=False)
        if m["weekday"]:  # "by 0600 GMT Monday"
            weekday = self.lex.weekdays[m["weekday"].lower()]
            anchor = weekday_near(
                self.ctx.anchor() or anchor, weekday, self.ctx.date_tense(m.start(), m.end(), weekday=True)
            )
        return Resolved(TimexType.TIME, f"{anchor.isoformat()}T{clock}")

    def _elapsed(self, m: re.Match[str]) -> Resolved | None:
        """ "won in 2:04:38": how long a race took (`PT2H4M38S`); "at 11:57:30" is a clock's reading."""
        if _word_before(self.ctx.text, m.start()).lower() == "at":
            return None
        parts = zip((m["hours"], m["minutes"], m["seconds"]), "HMS", strict=True)
        length = "".join(f"{int(n)}{unit}" for n, unit in parts if int(n))
        return Resolved(TimexType.DURATION, f"PT{length}") if length else None

    def _bare_part(self, m: re.Match[str]) -> Resolved | None:
        """ "By evening the arsenal had been stormed": that part of the day last told (of the anchor)."""
        day = self.ctx.day_in_period_told() or self.ctx.last_day or self.ctx.anchor()
        part = self.lex.parts_of_day[(m["part"] or m["night"]).lower()]
        if day is None:
            return Resolved(TimexType.TIME, f"XXXX-XX-XXT{part}", anchored=False)
        if self.ctx.morning_after_night(day, part, m.start()):
            day = shift(day, "day", 1)  # "On the night of 2 June [...] by morning": the morning after it
        clock = self.ctx.last_clock
        later = self.ctx.last_part_day is not None and self.ctx.last_part_day == (day, "AF")
        if (
            part == "NI"
            and clock is not None
            and clock.date() == day
            and clock.hour < _SMALL_HOURS_END
            and not later
        ):
            # "died at 2.12 a.m. on 20 June [...] drove through the night": the night of the 19th; not
            # after that day's afternoon ("At 4:30 a.m. [...] by the afternoon [...] through the night")
            day = shift(day, "day", -1)
        elif (
            part == "NI"
            and not self.ctx.narrative
            and day == self.ctx.dct
            and self.ctx.tense(m.start(), m.end()) < 0
            and _word_before(self.ctx.text, m.start()).lower() != "into"
        ):  # "negotiators worked through the night", told in the past on the day of the report: the
            # night before it (not "searched the wreckage into the night", the day's own)
            day = shift(day, "day", -1)
        return Resolved(TimexType.TIME, f"{day.isoformat()}T{part}")

    def _this_part(self, m: re.Match[str]) -> Resolved | None:
        # in a story, of the time of writing, unless someone in the story says it ("'I have been
        # waiting since early this morning,' Minh told the officers")
        quoted = _in_quotes(self.ctx.text, m.start())
        anchor = self.ctx.anchor() if quoted else self.ctx.deictic_anchor(m.start(), m.end())
        part = self.lex.parts_of_day[m["part"].lower()]
        if anchor is None:
            return Resolved(TimexType.TIME, f"XXXX-XX-XXT{part}", anchored=False)
        offset = {"this": 0, "last": -1, "tomorrow": 1, "yesterday": -1}[m["rel"].lower()]
        return Resolved(TimexType.TIME, f"{shift(anchor, 'day', offset).isoformat()}T{part}")

    def _ordinal_day(self, m: re.Match[str]) -> Resolved | None:
        """ "on the 26th": that day of the month last told of (of the anchor's month in news)."""
        # "in" too before a part of the day: "In the early hours of the 15th" (not "in the 11th Circuit")
        prepositions = self.lex.day_ordinal_prepositions
        if m["part"]:
            prepositions = prepositions | self.lex.month_prepositions
        if _word_before(self.ctx.text, m.start()).lower() not in prepositions:
            return None
        if not m["part"] and self.ctx.pats.numbered_unit.match(self.ctx.text, m.end()):
            return None  # "from the 2nd Canadian Infantry Division": a unit's name
        month = self._month_last_told()
        known = month is not None
        if month is not None:
            day = day_value(Day.from_ymd(month.year, month.month, int(m["day"])))
        else:
            day = f"XXXX-XX-{int(m['day']):02d}"  # no month told
        if m["part"]:  # "the morning of the 24th"; "the early hours of the 15th": the start of that day
            part = self.lex.parts_of_day.get(" ".join(m["part"].lower().split()))
            if part is None:
                return Resolved(TimexType.DATE, day, "START", anchored=known)
            return Resolved(TimexType.TIME, f"{day}T{part}", anchored=known)
        return Resolved(TimexType.DATE, day, anchored=known)

    def _month_last_told(self) -> Day | None:
        """The first day of the last date told, if it was told to the month or finer (what "the 26th"
        and "the 15th of that month" are days of)."""
        told = self.ctx.last_told
        return told[0] if told is not None and told[1] in (Precision.MONTH, *_DAY_PRECISIONS) else None

    def _day_of_named_month(self, m: re.Match[str]) -> Resolved | None:
        """ "The 27th of last month", "the 23d ultimo": that day of the month the words count, from
        the time of writing as "last month" does (from the story's date in a story: a letter it
        quotes); "of that month", "of the following month" from the month last told; "the first of
        each month" that day of every month."""
        raw = m["day"].lower()
        number = self.lex.ordinals[raw] if raw in self.lex.ordinals else int(raw.rstrip("stndrh"))
        if not 1 <= number <= 31:
            return None
        if m["every"]:
            return Resolved(TimexType.SET, f"XXXX-XX-{number:02d}")
        rel = " ".join((m["rel"] or "").lower().split())
        if m["letter"]:
            step, anchor = self.lex.letter_months[m["letter"].lower()], self.ctx.anchor()
        elif rel in self.lex.month_anaphors or rel in self.lex.anaphoric_relative:
            step = 0 if rel in self.lex.month_anaphors else self.lex.relative[rel]
            told = self._month_last_told()
            anchor = told.in_cycles(self.ctx.cycles) if told is not None else None
        else:
            step, anchor = self.lex.relative[rel], self.ctx.anchor()
        month = shift(anchor.replace(day=1), "month", step) if anchor is not None else None
        if month is None or number > monthrange(month.year, month.month)[1]:
            # no such day in the month counted ("the 31st of last month" told on 31 October: the
            # writer's month is not the story's): the day alone
            return Resolved(TimexType.DATE, f"XXXX-XX-{number:02d}", anchored=False)
        return Resolved(TimexType.DATE, month.replace(day=number).isoformat())

    def _day_left(self) -> date | None:
        """In a story gone on to a year with no day told since, the last day it told: what "that
        evening" and "the previous evening" point back to."""
        left = self.ctx.day_left
        return left.in_cycles(self.ctx.cycles) if self.ctx.narrative and left is not None else None

    def _relative_day(self, m: re.Match[str]) -> Resolved | None:
        if m["after"]:
            offset = -1 if m["after"].lower() == "before" else 1
            if m["word"]:
                offset += self.lex.day_words[m["word"].lower()]
        else:
            offset = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}[m["rel"].lower()]
        # "the next day"; in a story gone on to a year with no day, "the previous evening" looks back
        # from the last day told ("died in mid-1902 [...] The next day" goes on in 1902)
        left = None if m["word"] or self.ctx.last_day or offset >= 0 else self._day_left()
        anchor = self.ctx.anchor() if m["word"] else self.ctx.last_day or left or self.ctx.anchor()
        day = self._day_from(anchor, offset, in_story=not m["word"] and left is None)
        part = self.lex.parts_of_day.get((m["unit"] or "").lower())
        if part and _DAY_SHAPED.fullmatch(day.value):  # "the next morning": a time of day, as "that night";
            # of an unknown day too ("in 1967 [...] that evening [...] the next morning")
            return Resolved(TimexType.TIME, f"{day.value}T{part}", anchored=day.anchored)
        return day

    def _nights_counted(self, m: re.Match[str]) -> Resolved | None:
        """ "Stormed on the night of 11 June and again two nights later": the night of the 13th, in a
        story counted from the last day told."""
        amount = number_value(m["number"], self.lex)
        last = self.ctx.last_day
        if not self.ctx.narrative or amount is None or amount != int(amount):
            return None
        if last is None:
            return Resolved(TimexType.TIME, "XXXX-XX-XXTNI", anchored=False)
        day = shift(last, "day", int(amount) * self.lex.counting_words[m["side"].lower()])
        return Resolved(TimexType.TIME, f"{day.isoformat()}TNI")

    def _sequel_unit(self, m: re.Match[str]) -> Resolved | None:
        """ "The day before", "the year after", "the decade that followed": next to the last date told."""
        step = (
            self.lex.sequel_words.get((m["side"] or "").lower())
            or self.lex.sequel_clauses[" ".join(m["clause"].lower().split())]
        )
        word = m["unit"].lower()
        part = self.lex.parts_of_day.get(word)
        if part or word == "day":
            anchor = self.ctx.last_day or self.ctx.anchor()
            if anchor is None:
                return Resolved(TimexType.DATE, "XXXX-XX-XX", anchored=False)
            day = shift(anchor, "day", step).isoformat()
            return Resolved(TimexType.TIME, f"{day}T{part}") if part else Resolved(TimexType.DATE, day)
        season = self.lex.seasons.get(word)
        if season:  # "last summer and the summer before": the season next to the one told
            told = self.ctx.last_told
            if told and told[1] not in (Precision.DECADE, Precision.CENTURY):
                # after a season, the same one a year away; after a year or a day, the one around it
                step = step if told[1] is Precision.SEASON else min(step, 0)
                return Resolved(TimexType.DATE, f"{year_value(add_years(told[0].year, step))}-{season}")
            anchor = self.ctx.anchor()
            if anchor is None:
                return Resolved(TimexType.DATE, f"XXXX-{season}", anchored=False)
            return Resolved(TimexType.DATE, f"{_season_year(anchor, season, 0) + step:04d}-{season}")
        if word not in _SEQUEL_UNITS:
            return None
        return _calendar_value(self.ctx, word, step, self.ctx.last_mentioned)

    def _in_a_forecast(self, m: re.Match[str]) -> bool:
        """Whether the weekday ``m`` is a day a weather forecast in its sentence is of, told just after
        the weather ("Forecasters called for sunshine Saturday", "a 30 percent chance of thunderstorms
        Monday afternoon")."""
        text, pats = self.ctx.text, self.ctx.pats
        if (
            pats.weather_before.search(text, max(0, m.start() - 30), m.start()) is None
            or _PAST_VERB_AFTER.match(text, m.end()) is not None  # "Thunderstorms Thursday night dumped"
        ):
            return False
        stop = pats.sentence_end.search(text, m.end())
        end = stop.start() if stop else len(text)
        return pats.forecast_word.search(text, _sentence_start(text, m.start()), end) is not None

    def _named_day(self, m: re.Match[str]) -> Resolved | None:
        """A day named for what happened or is kept on it, told with its date just before or after it
        ("on 7 May, National Humiliation Day", "on Eagle Day, Tuesday, 13 August"): that date;
        untagged without a date."""
        text, pats = self.ctx.text, self.ctx.pats
        told = pats.day_naming.search(text, max(0, m.start() - 60), m.start())
        told = told or pats.day_named.match(text, m.end())
        if told is None:
            return None
        month, day = _month_and_day(self.lex, told)
        opening = min(told.start(), m.start())  # the clause before the date and the name
        clause = _CLAUSE_TAIL.search(text, max(0, opening - _HABIT_REACH), opening)
        custom = _CUSTOM.search(told.group()) or _CUSTOM.search(clause.group() if clause else "")
        if custom and not told["year"]:  # a custom: a feast of the tables is any year's on that day
            # ("Ghana celebrates Independence Day every 6 March"); the written sets mostly leave
            # other names of a custom untagged ("celebrated every 2 September as Sedan Day")
            if " ".join(m["named"].lower().split()) not in self.lex.holidays:
                return None
            return Resolved(TimexType.DATE, f"XXXX-{month:02d}-{day:02d}", anchored=False)
        if told["year"]:
            year = int(told["year"])
        elif self.ctx.narrative and self.ctx.anchor() is not None:
            year = _story_year_of(self.ctx, month, day, m.start())
        else:
            return _month_in_year(self.ctx, month, day, m.start(), m.end())
        return Resolved(TimexType.DATE, f"{year:04d}-{month:02d}-{day:02d}")

    def _feast_rule(self, m: re.Match[str]) -> str | None:
        """The rule of the holiday ``m`` names, a national day's by its nation (see ``national_days``
        in the language data): "Ghana's Independence Day" is 03-06; None for a national day of no
        nation known ("National Day" in an American story)."""
        name = " ".join(m["holiday"].lower().split())
        days = self.lex.national_days.get(name)
        if days:
            text, start = self.ctx.text, m.start("holiday")
            before = list(self.ctx.pats.nation.finditer(text, max(0, start - 40), start))
            if before and _POSSESSIVE_GAP.fullmatch(text, before[-1].end(), start):
                nation = self.lex.nations[before[-1].group()]  # Peru's Independence Day
            else:
                named = self.ctx.nations_named
                nation = max(days, key=lambda nation: named[nation])
                nation = nation if named[nation] >= _NATION_NAMED else None
            if nation in days:
                return days[nation]
        return self.lex.holidays[name] or None

    def _holiday_in(self, m: re.Match[str], year: int | None) -> Resolved | None:
        rule = self._feast_rule(m)
        if rule is None:
            return None
        anchor = self.ctx.anchor()
        year = year or (anchor.year if anchor else None)
        if year is None:
            fixed = _FIXED_HOLIDAY.match(rule)  # 12-25; a movable feast has no day without its year
            return Resolved(TimexType.DATE, f"XXXX-{rule}" if fixed else "XXXX", anchored=False)
        if rule.startswith("T:"):  # days from a feast of another calendar, known for the years of its
            # table ("T:lunar_new_year+14", the Lantern Festival)
            table, _, after = rule[2:].partition("+")
            day_of_year = self.lex.holiday_tables[table].get(str(year))
            if day_of_year is None:  # a year the table does not reach: that year, not a date to go on from
                return Resolved(TimexType.DATE, year_value(year), anchored=False)
            first = date.fromisoformat(f"{year:04d}-{day_of_year}")
            return Resolved(TimexType.DATE, shift(first, "day", int(after)).isoformat())
        if rule[0] in "EO":  # days from Easter Sunday: E-2 is Good Friday, E+0W the week of Easter;
            # O+0 the Orthodox Easter
            day = shift(
                (easter if rule[0] == "E" else orthodox_easter)(year), "day", int(rule[1:].rstrip("W"))
            )
            return Resolved(TimexType.DATE, format_value(day, "week" if rule.endswith("W") else "day"))
        month, _, which = rule.partition("-")
        if ">" in which:  # 11-27>7: the first Sunday on or after 27 November, Advent Sunday
            day, _, weekday = which.partition(">")
            return Resolved(TimexType.DATE, _weekday_from(date(year, int(month), int(day)), int(weekday), 1))
        if which.startswith("W"):  # 11-W4-4: the fourth Thursday of November; 11-W4-4+1 the day after it
            nth, _, weekday_after = which[1:].partition("-")
            weekday, _, after = weekday_after.partition("+")
            day = nth_weekday(year, int(month), int(weekday), int(nth)) + timedelta(days=int(after or 0))
            return Resolved(TimexType.DATE, day.isoformat())
        if which.startswith("L"):
            return Resolved(TimexType.DATE, nth_weekday(year, int(month), int(which[2:]), -1).isoformat())
        if (month, which) == ("02", "29") and not isleap(year):
            return None  # the leap day of a common year: no day at all
        return Resolved(TimexType.DATE, f"{year:04d}-{rule}")

    def _holiday(self, m: re.Match[str]) -> Resolved | None:
        if _event_named_after(self.ctx, m.end()):
            return None  # "the Christmas truce", "the Good Friday agreement": an event's name, no day
        resolved = self._holiday_of(m)
        if (
            m["holiday_weekday"]
            and resolved is not None
            and _COMMON_ERA_DAY.fullmatch(resolved.value)
            and not self._beside_the_day_told(m)
        ):
            # "the Sunday after Thanksgiving": the first such weekday after (or before) the feast; not
            # "on 22 April, the Wednesday after Easter", the day told
            feast = date.fromisoformat(resolved.value)
            weekday = self.lex.weekdays[m["holiday_weekday"].lower()]
            step = 1 if m["holiday_side"].lower() == "after" else -1
            weeks = (
                self.lex.ordinals[m["holiday_nth"].lower()] - 1 if m["holiday_nth"] else 0
            )  # the fifth Sunday
            # "the Wednesday after Easter" 1500 is counted by the Julian weekdays of the day it was
            return replace(resolved, value=_weekday_from(feast, weekday, step, skip=1, weeks=weeks))
        if m["holiday_weekend"] and resolved is not None and _COMMON_ERA_DAY.fullmatch(resolved.value):
            return replace(resolved, value=_weekend_of(date.fromisoformat(resolved.value)))
        week = m["holiday_week"] or m["holiday_week_after"]
        if week and resolved is not None and _COMMON_ERA_DAY.fullmatch(resolved.value):
            return replace(resolved, value=format_value(date.fromisoformat(resolved.value), "week"))
        part = self.lex.parts_of_day.get((m["holiday_part"] or "").lower())
        if part is None or resolved is None or not _FULL_DAY.fullmatch(resolved.value):
            return resolved
        return Resolved(TimexType.TIME, f"{resolved.value}T{part}", resolved.mod)  # Christmas night

    def _holiday_of(self, m: re.Match[str]) -> Resolved | None:
        """The day a holiday names (see :meth:`_holiday_day`), or the day just told when set beside it."""
        resolved = self._holiday_day(m)
        last = self.ctx.last_day
        if resolved is not None and last is not None and self._beside_the_day_told(m):
            # "on 2 April, Easter Monday", "on 30 October, the eve of All Saints' Day": that day, in
            # whatever calendar the text keeps; "on 29 March 1611, in Holy Week": the week of that day
            week = (self._feast_rule(m) or "").endswith("W")
            return Resolved(TimexType.DATE, format_value(last, "week") if week else last.isoformat())
        if m["eve"] and resolved is not None and _COMMON_ERA_DAY.fullmatch(resolved.value):
            day = shift(date.fromisoformat(resolved.value), "day", -1)  # the eve of Michaelmas
            return replace(resolved, value=day.isoformat())
        return resolved

    def _beside_the_day_told(self, m: re.Match[str]) -> bool:
        """Whether a holiday with no year or relative word is set beside the day just told."""
        if self.ctx.last_day is None or m["rel"] or m["year"]:
            return False
        return _BESIDE.fullmatch(self.ctx.text, self.ctx.last_full_day_end, m.start()) is not None

    def _an_ordinal_holiday(self, m: re.Match[str]) -> bool:
        """Whether a capitalised ordinal ("the Fourth") is the holiday it names: after "the" or a
        relative word, not after a name (a king's "Henry the Fourth") nor before another ordinal."""
        text, start = self.ctx.text, m.start("holiday")
        if _word_before(text, start).lower() != "the":
            return bool(m["rel"])
        owner = _WORD_BEFORE_THE.search(text, max(0, start - 30), start)  # "Henry the "
        named = (
            owner is not None
            and _a_name(owner[1], self.lex)
            and owner[1].lower() not in self.lex.name_openers
        )
        return not named and _COORDINATED_NAME.match(text, m.end()) is None

    def _holiday_day(self, m: re.Match[str]) -> Resolved | None:
        name = " ".join(m["holiday"].lower().split())
        if not any(word[0].isupper() for word in m["holiday"].split()) and not name.startswith(
            tuple(self.lex.lower_case_holidays)
        ):  # "a three-day thanksgiving": a feast's name is capitalised ("the lunar new year"), if not
            return None  # in its every word ("the first Sunday of Lent")
        if name in self.lex.ordinal_holidays and not self._an_ordinal_holiday(m):
            return None  # "Henry the Fourth", "Fourth, the bill", "the Fourth and Fifth Armies"
        if (
            name in self.lex.kinds_of_day
            and _word_before(self.ctx.text, m.start()).lower() in self.lex.indefinite_words
        ):
            return None  # "adds a leap day every four years", "kept its leap day": a kind of day, not one
        qualifier = _QUALIFIER_BEFORE.search(self.ctx.text, max(0, m.start() - 40), m.start())
        if (
            name in self.lex.qualified_holidays
            and qualifier
            and qualifier[1].lower() not in self.lex.function_words
        ):
            return None  # "Rosh Hashana, the Jewish New Year": another calendar's
        if (
            not m["year"]
            and _NAME_AFTER.match(self.ctx.text, m.end())
            # "On Christmas Day Henry sent food": a day after "on", whose sentence goes on
            and not (
                _DAY_NAME_END.search(m["holiday"])
                and _word_before(self.ctx.text, m.start()).lower() in self.lex.day_ordinal_prepositions
            )
        ):
            return None  # Christmas Island, the Easter Rising, the Thanksgiving Day Parade: a name
        if self.ctx.narrative and m["holiday"].split()[0] in self.lex.name_words:
            return None  # a story's "Black Friday" names its own day (the march of 1910), not the sales
        if (m["rel"] or "").lower() == "that" and self._told_year() is not None:
            return self._holiday_in(m, self._told_year())  # "That Christmas": of the year told
        if (
            self.ctx.narrative
            and not m["year"]
            and not m["rel"]
            and _FIXED_HOLIDAY.match(rule := self._feast_rule(m) or "")
            and _habitual(self.ctx, m.start(), m.end())
        ):
            # "rents, which tenants paid twice a year, at Lady Day and Michaelmas": any year's
            return Resolved(TimexType.DATE, f"XXXX-{rule}", anchored=False)
        now = self.ctx.deictic_anchor(m.start(), m.end()) if (m["rel"] or "").lower() == "this" else None
        if now is not None and not m["year"]:
            # "had hoped for a record crowd this Christmas" on 21 December: the year's, whatever the tense
            return self._holiday_in(m, now.year)
        # "the Boxing Day tsunami of 2004", "during Easter Week, April 1916": the year told after it
        later = None if m["year"] else self.ctx.pats.feast_year_after.match(self.ctx.text, m.end())
        if later:
            return self._holiday_in(m, int(later["year"] or later["year_told"]))
        year_rel = None if m["year"] else self.ctx.pats.year_rel_after.match(self.ctx.text, m.end())
        if year_rel and (now := self.ctx.now()) is not None:  # "Good Friday last year": of that year
            return self._holiday_in(m, now.year + self.lex.relative[year_rel["year_rel"].lower()])
        told_in = None if m["year"] else self.ctx.pats.year_in_after.match(self.ctx.text, m.end())
        if told_in:  # "Christmas in 1993", "Passover in AD 70"
            return self._holiday_in(m, _year_of(told_in["year"], self.lex))
        resolved = self._holiday_in(m, int(m["year"]) if m["year"] else None)
        anchor = self.ctx.anchor()
        if m["year"] or anchor is None or resolved is None:
            return resolved
        if self.ctx.narrative and self.ctx.reference and not m["rel"]:
            # a story goes on in the year it is in ("on 11 December ... on Christmas Day"), or on
            # into the next ("on December 31 ... New Year's Day")
            fixed = _FIXED_HOLIDAY.fullmatch(self._feast_rule(m) or "")
            if fixed is None:  # a movable feast: the year its day in the anchor's year goes on to
                # ("on 22 February [1944] [...] by Easter": 1944's, though the last year told was 1943)
                found = value_range(resolved.value)
                if found is None:
                    return resolved
                month, day = found[0].month, found[0].day
            else:
                month, day = (int(part) for part in fixed[0].split("-"))
            return self._holiday_in(m, _story_year_of(self.ctx, month, day, m.start()))
        # "Last year, police counted [...] on the Sunday after Thanksgiving"
        said = _year_said_before(self.ctx, m.start())
        if said is not None and not m["rel"]:
            return self._holiday_in(m, said)
        # news narrating a day long past, or a feast told in the past after one, as a day of the month
        # is ("on Sunday, March 18, 1990, a few hours after the city's St. Patrick's Day celebrations")
        recalled = self.ctx.recalling or (
            _feast_after_a_day_long_past(self.ctx, m.start()) and self.ctx.tense(m.start(), m.end()) < 0
        )
        told = self.ctx.day_long_past() if recalled and not m["rel"] else None
        then = self._holiday_in(m, told.year) if told else None
        then_days = value_range(then.value) if then else None
        if told and then_days and _in_story_days(told, date.fromordinal(then_days[0].toordinal())):
            return then  # news narrating a day long past: "The next day [of 1986] [...] On May Day"
        found = value_range(resolved.value)
        tense = {"last": -1, "next": 1}.get((m["rel"] or "").lower()) or self.ctx.date_tense(
            m.start(), m.end()
        )  # "home by Easter": a deadline lies ahead
        if not m["rel"] and _FALLS_NOW_AFTER.match(self.ctx.text, m.end()):
            tense = 1  # "rebooking for Easter, which falls on March 26": this year's, to come
        near = found is not None and abs(found[0].toordinal() - anchor.toordinal()) <= _HOLIDAY_NEAR
        nearest = None
        if not m["rel"]:
            around = [self._holiday_in(m, anchor.year + step) for step in (-1, 1)]
            nearest = min([resolved, *around], key=lambda found: _days_from(anchor, found))
            # "hired fewer staff ahead of Christmas" on 5 December: this one, though told in the past;
            # not after a year its sentence told ("sales in 1990 came in the final 10 days before
            # Christmas")
            lead_in = self.ctx.pats.feast_lead_in.search(
                self.ctx.text, max(0, m.start() - _FEAST_LEAD_REACH), m.start()
            )
            if lead_in is not None and tense < 0:
                opening = _sentence_start(self.ctx.text, m.start())
                if not _tells_year(self.ctx.text[opening : m.start()], self.ctx.pats):
                    return nearest
            # news of the weeks before a holiday means the coming one, even in the past ("had planned to
            # shut the plant over Christmas", "had hoped he would be home by New Year's Eve", said in
            # December); not when its sentence tells a year ("a walkout in 1983 that ended just before
            # Christmas")
            ahead = [
                found for found in (resolved, *around) if 0 <= _days_ahead(anchor, found) <= _HOLIDAY_AHEAD
            ]
            before = self.ctx.text[_sentence_start(self.ctx.text, m.start()) : m.start()]
            if ahead and not self.ctx.narrative and (tense >= 0 or not _tells_year(before, self.ctx.pats)):
                return ahead[0]
            if _days_from(anchor, nearest) <= _HOLIDAY_NEAR:
                # a holiday within days of the report is that one, whatever the tense ("churned toward
                # the coast, threatening to spoil Fourth of July plans" on 3 July; "stock up before New
                # Year's Day" on 28 December)
                return nearest
        # the tense's; "last" and "next" move a holiday even days away ("last Thanksgiving" said
        # two days before this year's is last year's)
        moved = (tense < 0 and found[0] > anchor) or (tense > 0 and found[1] < anchor) if found else False
        if moved and (m["rel"] or not near):
            return self._holiday_in(m, anchor.year + tense)
        if (
            tense == 0 and nearest is not None
        ):  # no tense: the nearer one ("New Year's Day matches" in December)
            return nearest
        return resolved

    def _clock_to_follow(self, m: re.Match[str]) -> datetime | None:
        """The clock time a bare hour reads on from: in a story the last one told; in news only one
        told just before in its sentence ("touched down at 6:23 p.m., and by 6:30": 18:30)."""
        late = self.ctx.last_clock
        if late is None or self.ctx.narrative:
            return late
        told = self.ctx.last_told
        same_sentence = (
            self.ctx.pats.sentence_end.search(self.ctx.text, self.ctx.last_told_end, m.start()) is None
        )
        return late if told and told[1] in _CLOCK_PRECISIONS and same_sentence else None

    def _minutes_of(self, m: re.Match[str]) -> int:
        """The minutes a clock time counts from or to its hour: half, a quarter, "ten minutes"."""
        if m["minutes"]:
            raw = m["minutes"].lower()  # "22", "ten", "twenty-two"
            return int(raw) if raw.isdigit() else int(number_value(raw, self.lex) or 0)
        return 30 if m["fraction"].lower() == "half" else 15

    def _clock(self, m: re.Match[str]) -> Resolved | None:
        anchor = self.ctx.anchor()
        announced = self.ctx.pats.clock_announced.search(self.ctx.text, max(0, m.start() - 12), m.start())
        if m["word"]:
            clock = self.lex.time_words[m["word"].lower()]
        elif m["fraction"] and (m["fraction_word"] or m["fraction_hour"].lower() in self.lex.time_words):
            # "one minute past (or after) midnight": the new day's first minute; "ten minutes to noon"
            hour = int(self.lex.time_words[(m["fraction_word"] or m["fraction_hour"]).lower()][:2]) % 24
            minute = self._minutes_of(m)
            if (m["relation"] or m["word_relation"]).lower() in ("to", "before"):
                hour, minute = (hour - 1) % 24, 60 - minute
            clock = f"{hour:02d}:{minute:02d}"
        elif m["fraction"]:  # "half past two in the afternoon", "a quarter to six", "ten minutes past four"
            raw = m["fraction_hour"].lower()
            hour = int(raw) if raw.isdigit() else int(self.lex.numbers[raw])
            minute = self._minutes_of(m)
            if m["relation"].lower() == "to":
                hour, minute = (hour - 2) % 12 + 1, 60 - minute
            daypart = self.lex.clock_day_parts.get(" ".join((m["daypart"] or "").lower().split()), "")
            late = self._clock_to_follow(m)  # a story told by the hour
            late_part = self._late_part_after(m) or (not daypart and self._late_part_before(m, hour))
            if (daypart.startswith("p") or late_part) and hour != 12:
                hour += 12
            elif not daypart and late is not None:  # "at around 1.15 [...] dying at about half past four"
                hour = _next_reading(hour, late)
            clock = f"{hour:02d}:{minute:02d}"
        elif m["bare_hour"]:  # "at 6:30", "It's 7:42": a clock time only after words that introduce one,
            # or one of a 24-hour clock ("between 07:30 and 18:30", "Lille, 21:00"; not "Matthew 16:18")
            word = _word_before(self.ctx.text, m.start())
            twenty_four = _TWENTY_FOUR_HOUR.fullmatch(m["bare_hour"] + m["bare_mark"]) is not None
            if (
                word.lower() not in self.lex.clock_prepositions
                and not announced
                and not (twenty_four and not _a_name(word, self.lex))
                # listed after clock times told: "at 5:30, 6:44, 10:02 and 10:41"
                and not self.ctx.pats.clock_list_before.search(
                    self.ctx.text, max(0, m.start() - 60), m.start()
                )
            ):
                return None
            if m["bare_mark"] == "." and (
                not self.ctx.narrative or _AMOUNT_AFTER.match(self.ctx.text, m.end())
            ):
                return None  # "at 7.28" in a story, as British histories write it; not "at 3.25 percent"
            hour = int(m["bare_hour"])
            late = self._clock_to_follow(m)  # a story told by the hour
            if hour < 12 and (
                (self._late_day_word(m) and hour in _EVENING_HOURS)  # "at 10:31 tonight"
                or self._late_part_after(m)
                or self._evening_said_before(m, hour)
                # "It began on Sunday evening [...] noticed flames at about 9:20": the part of the day
                # the story is on
                or (
                    not twenty_four
                    and late is None  # not after a clock time it reads on from
                    and self._part_said_before(m) is None
                    and self._late_part_before(m, hour, morning=False)
                )
            ):
                hour += 12  # "4:15 this afternoon", "This afternoon, at about 3:30", "tonight at 6:30"
            elif hour == 12 and self._morning_told_with(m):
                hour = 0  # "12:11 this morning": the hour after midnight
            elif (
                hour <= 12 and not twenty_four and late is not None and not self._morning_told_with(m)
            ):  # the reading that comes next after the last clock time told: "at 1.30 p.m. [...] at
                # around 2.30", "at 12.20 a.m. [...] at about 12.35"; not "1.30 the next morning",
                # nor "00:15" or "05:30", which only a 24-hour clock writes
                hour = _next_reading(hour, late)
            clock = f"{hour:02d}:{m['bare_minute']}"
        else:
            hour = (
                int(m["hour"])
                if m["hour"]
                else int(self.lex.numbers[(m["hour_word"] or m["spoken_hour"]).lower()])
            )
            if not 1 <= hour <= 12:
                return None
            suffix = " ".join((m["suffix"] or m["word_suffix"] or "").lower().split())
            if m["daypart"]:  # "11 o'clock in the morning"
                suffix = self.lex.clock_day_parts[" ".join(m["daypart"].lower().split())]
            if suffix in self.lex.clock_day_parts:  # "at 4 in the morning", not "fell 4 in the morning"
                introduced = (
                    m["approx"]  # "began around nine in the morning"
                    or _word_before(self.ctx.text, m.start()).lower() in self.lex.clock_prepositions
                    # "between ten and eleven in the evening": a range's end, its start introduced
                    or _CLOCK_RANGE_BEFORE.search(self.ctx.text, max(0, m.start() - 30), m.start())
                )
                if not introduced:
                    return None
                suffix = self.lex.clock_day_parts[suffix]
            later = (  # "8 o'clock tonight", "four o'clock that afternoon"
                self._late_day_word(m)
                or self._late_part_after(m)
                or (not suffix.startswith(("a", "p")) and self._late_part_before(m, hour))
            )
            late = self._clock_to_follow(m)  # a story told by the hour
            if (suffix.startswith("p") or (later and not suffix.startswith("a"))) and hour != 12:
                hour += 12  # "8 o'clock tonight"
            elif suffix.startswith("a") and hour == 12:
                hour = 0
            elif not suffix.startswith(("a", "p")) and late is not None and not self._morning_told_with(m):
                # "around midday [...] by three o'clock": the reading that comes next after the last
                # clock time told; not "four o'clock this morning"
                hour = _next_reading(hour, late)
            elif (
                not suffix.startswith(("a", "p"))
                and hour in _AFTERNOON_OCLOCK
                and not self._part_with(m)
                and not self._part_follows(m.end())
            ):  # "at 2 o'clock yesterday", "about four o'clock": the afternoon's, as people say it;
                # not "two o'clock Saturday morning"
                hour += 12
            spoken = m["minute_word"] or m["spoken_minute"]  # "twelve twenty-one p.m.", "six oh-five"
            minute = (
                f"{int(number_value(spoken.lower().removeprefix('oh'), self.lex) or 0):02d}"
                if spoken
                else None
            )
            clock = f"{hour:02d}:{minute or m['minute'] or '00'}" + (
                f":{m['second']}" if m["second"] else ""
            )  # 10:14:32 a.m.
        if anchor is None:
            return Resolved(TimexType.TIME, f"XXXX-XX-XXT{clock}", anchored=False)
        if announced and not self.ctx.narrative and not m["weekday"] and not m["dayword"]:
            hour = int(clock[:2])
            greeted = [  # "Good evening. It is 10 o'clock": the part of the day the broadcast is in
                self.lex.parts_of_day.get(word.lower())
                for word in _TOKEN.findall(self.ctx.text, max(0, m.start() - _GREETING_REACH), m.start())
            ]
            # or the broadcast's last greeting ("Good afternoon from Sao Paulo. It's Sunday, October 30,
            # runoff day in Brazil, and it is a quarter to five here")
            greeting = _last_match(_GREETING, self.ctx.text[: m.start()])
            greeted += [self.lex.parts_of_day.get(greeting[1].lower())] if greeting else []
            if hour < 12 and not _AM_PM.search(m.group(0)) and any(part in _LATE_PARTS for part in greeted):
                clock = f"{hour + 12:02d}{clock[2:]}"
            return Resolved(TimexType.TIME, f"{anchor.isoformat()}T{clock}")  # "It's 7:42": now
        word = _word_before(self.ctx.text, m.start()).lower()
        if clock == "24:00" and (word == "after" or (word == "past" and not (m["weekday"] or m["dayword"]))):
            if m["weekday"] or m["dayword"]:  # "shortly after midnight Monday": Monday begins
                clock = "00:00"
            else:
                return Resolved(
                    TimexType.TIME, f"{self._day_after_midnight(m, clock, anchor).isoformat()}T00:00"
                )
        told = m["monthname"] or m["weekday_month"]
        if told and _valid_day(2000, self.lex.months[told.lower()], int(m["day"] or m["weekday_day"])):
            # "10 o'clock, May 4", "12:01 a.m. Tuesday, Oct. 1": the day told in full
            month_day = _month_in_year(
                self.ctx, self.lex.months[told.lower()], int(m["day"] or m["weekday_day"]), m.start(), m.end()
            )
            return Resolved(TimexType.TIME, f"{month_day.value}T{clock}", anchored=month_day.anchored)
        if m["weekday"] and m["clock_rel"]:  # "9 a.m. Pacific next Tuesday"
            day = self._weekday_after(
                m["clock_rel"].lower(), anchor, self.lex.weekdays[m["weekday"].lower()], m
            )
        elif m["weekday"] and self.ctx.narrative and self.ctx.dct and self._planned_at_writing(m):
            day = weekday_near(self.ctx.dct, self.lex.weekdays[m["weekday"].lower()], 1)
        elif m["weekday"] and self.ctx.narrative and self.ctx.last_day and not self.ctx.at_writing:
            # "The next evening [...] took effect at 10 a.m. Wednesday": a story goes on day by day
            day = self._story_weekday(self.ctx.last_day, self.lex.weekdays[m["weekday"].lower()])
        elif m["weekday"] and self.ctx.story_year():
            # "in 1998 [...] at 11 a.m. Saturday": a Saturday of 1998
            weekday = self.lex.weekdays[m["weekday"].lower()]
            return Resolved(TimexType.TIME, f"{self.ctx.story_year():04d}-WXX-{weekday}T{clock}")
        elif m["weekday"]:
            day = weekday_near(  # "until 5 p.m. Friday": a deadline, ahead
                anchor,
                self.lex.weekdays[m["weekday"].lower()],
                self.ctx.date_tense(m.start(), m.end(), weekday=True),
            )
        elif m["dayword"]:
            day = shift(anchor, "day", self.lex.day_words[m["dayword"].lower()])
        elif m["this_part"]:  # "10 o'clock this morning": today's
            day = anchor
        elif m["last_part"]:  # "until 11 o'clock last night": yesterday's
            day = shift(anchor, "day", -1)
        elif m["that_part"]:  # "at 6.30 that evening": the day last told
            day = self.ctx.last_day or anchor
        elif m["next_part"]:  # "at seven o'clock the next morning": the day after the last one told
            day = shift(self.ctx.last_day or anchor, "day", 1)
        elif self.ctx.story_year():
            return Resolved(
                TimexType.TIME, f"{self.ctx.story_year():04d}-XX-XXT{clock}"
            )  # "in 1902, at 9 p.m."
        elif not self.ctx.narrative and _STAMPED.search(self.ctx.text, max(0, m.start() - 20), m.start()):
            day = anchor  # "Updated 3:45 p.m. ET" opening an entry of a live page: the day of the report
        else:
            day = self._clock_day(m, clock) or anchor
            night = self.ctx.last_night  # told in this paragraph, as the last day
            same_paragraph = _PARAGRAPH.search(self.ctx.text, self.ctx.last_full_day_end, m.start()) is None
            late = self.ctx.last_clock  # a story told by the hour goes on past midnight
            # the day whose evening, or whose end ("Late on 10 November"), was told last
            part, edge = self.ctx.last_part_day, self.ctx.last_edge_day
            ended = part if part and part[1] in ("AF", "EV") else edge if edge and edge[1] == "END" else None
            if clock < "12:00" and (
                (
                    night is not None
                    # in a story, the paragraph after the night too ("the night of 5-6 June [...]\n\n
                    # Warships opened their bombardment at about 5.30 a.m.")
                    and (
                        same_paragraph
                        or (
                            self.ctx.narrative
                            and not self.ctx.paragraphs_between(self.ctx.last_full_day_end, m.start(), 2)
                        )
                    )
                    and day == night.in_cycles(self.ctx.cycles)
                )
                or (
                    self.ctx.narrative
                    and late is not None
                    and late.date() == day
                    and late.hour >= _EVENING_HOUR
                )
                or (
                    self.ctx.narrative
                    and same_paragraph
                    and ended is not None
                    and ended[0].in_cycles(self.ctx.cycles) == day
                )
            ):
                # "during the night of 8-9 April ... at 5:30 a.m.", "at 11.42 p.m. [...] at 12.20 a.m.":
                # the next day
                day = shift(day, "day", 1)
        return Resolved(TimexType.TIME, f"{day.isoformat()}T{clock}")

    def _day_after_midnight(self, m: re.Match[str], clock: str, anchor: date) -> date:
        """The day "after midnight" begins: the next one ("ran past midnight"), but the day itself
        when its sentence told it early ("died early Sunday after the car smashed into a pillar
        shortly after midnight")."""
        early = self.ctx.last_edge_day
        if (
            early is not None
            and early[1] == "START"
            and not self.ctx.pats.sentence_end.search(self.ctx.text, self.ctx.last_full_day_end, m.start())
        ):
            return early[0].in_cycles(self.ctx.cycles)
        return shift(self._clock_day(m, clock) or anchor, "day", 1)

    def _part_follows(self, at: int) -> bool:
        """Whether the word after ``at`` names a part of the day ("two o'clock Saturday morning")."""
        following = _WORD_AFTER.match(self.ctx.text, at)
        return following is not None and following[1].lower() in self.lex.parts_of_day

    def _morning_told_with(self, m: re.Match[str]) -> bool:
        """Whether the clock time is told with a morning ("four o'clock this morning")."""
        words = self._part_with(m).lower().split()
        return bool(words) and self.lex.parts_of_day.get(words[-1]) == "MO"

    def _clock_day(self, m: re.Match[str], clock: str) -> date | None:
        """The day a clock time told with none falls on (see :meth:`Context.clock_day`); a midnight
        told in the past on the day of the report is the one it began with ("talks broke down
        shortly before midnight", "results released shortly after midnight"), and so is a story's
        midnight followed by a morning clock time."""
        day = self.ctx.clock_day(m.start(), int(clock[:2]))
        if clock != "24:00" or day is None:
            return day
        if not self.ctx.narrative and day == self.ctx.dct and self.ctx.tense(m.start(), m.end()) < 0:
            return shift(day, "day", -1)
        sentence = self.ctx.pats.sentence_end.search(self.ctx.text, m.end())
        rest = self.ctx.text[m.end() : sentence.start() if sentence else len(self.ctx.text)]
        if self.ctx.narrative and _MORNING_CLOCK.search(rest) and not self._day_gone_on(day):
            return shift(day, "day", -1)  # "on Tuesday, 3 July [...] sent at midnight and reached him at
            # 4 a.m.": the midnight the day began with
        return day

    def _day_gone_on(self, day: date) -> bool:
        """Whether the story told a clock time or a part of ``day`` from its afternoon on, so that a
        midnight told next ends that day ("at 7:15 p.m. [...] at dusk [...] around midnight")."""
        clock, part = self.ctx.last_clock, self.ctx.last_part_day
        late_clock = clock is not None and clock.date() == day and clock.hour >= 12
        return late_clock or (
            part is not None and part[0].in_cycles(self.ctx.cycles) == day and part[1] in _PM_PARTS
        )

    def _late_part_before(self, m: re.Match[str], hour: int, *, morning: bool = True) -> bool:
        """Whether the sentence told an afternoon or evening just before a clock time with no a.m.
        or p.m. and no part of the day after it ("On the evening of Friday 29 April, at about eight
        o'clock"; not "at seven o'clock the next morning"); after a night, only the hours of its evening.
        After a ``morning`` told before its sentence, an hour before any morning is the afternoon's."""
        if self._part_with(m) or m["dayword"]:
            return False
        last = self._part_said_before(m)
        if last == "night":  # "On the night of Tuesday, 18 April [...] from around ten o'clock"
            return hour in _NIGHT_PM_HOURS
        if last in self.lex.day_word_parts:  # "a concert tonight at 6:30": today's evening too
            return self.lex.day_word_parts[last] in _PM_PARTS and hour in _EVENING_HOURS
        if last is None and self.ctx.last_part_day:  # "The march back that afternoon [...] at about
            day, part = self.ctx.last_part_day  # half past two": the part last told of the day it is on;
            # after its morning, an hour before any morning is the afternoon's ("In the early morning
            # of 20 November [...] At about half past two"); not a clock time of the day told after it
            # ("on the evening of 13 October [...] at about nine o'clock on Saturday 14 October")
            late = part in _LATE_PARTS or (morning and part == "MO" and hour in _BEFORE_MORNING_HOURS)
            on_a_day = self.ctx.pats.day_on_after.match(self.ctx.text, m.end()) is not None
            return day == self.ctx.last_full_day and late and not on_a_day
        return self.lex.parts_of_day.get(last or "") in _LATE_PARTS

    def _part_said_before(self, m: re.Match[str]) -> str | None:
        """The last word of its sentence before a clock time that names a part of the day, if any
        ("On the evening of Friday 29 April, at about eight", "tonight, starting at 6:30")."""
        text = self.ctx.text
        words = [word.lower() for word in _TOKEN.findall(text, _sentence_start(text, m.start()), m.start())]
        parts = self.lex.parts_of_day.keys() | self.lex.day_word_parts.keys()
        # not one of another day: "heavy rain the night before delayed the attack until half past eleven"
        return next(
            (
                word
                for i, word in reversed(list(enumerate(words)))
                if word in parts and (words[i + 1 : i + 2] or [""])[0] not in self.lex.sequel_words
            ),
            None,
        )

    def _evening_said_before(self, m: re.Match[str], hour: int) -> bool:
        """Whether its sentence told an afternoon or evening, or "tonight", before a clock time with
        only digits ("This afternoon, at about 3:30"; "tonight, starting at 6:30", if the hour can
        be of the evening); not a night, which a story goes on past ("spent the night at
        Villanova, arrived at 9:15")."""
        if self._part_with(m) or m.groupdict().get("dayword"):
            return False
        last = self._part_said_before(m) or ""
        if last in self.lex.day_word_parts:
            return self.lex.day_word_parts[last] in _PM_PARTS and hour in _EVENING_HOURS
        if last == "night" and _LAST_NIGHT.search(
            self.ctx.text, _sentence_start(self.ctx.text, m.start()), m.start()
        ):
            return hour in _NIGHT_PM_HOURS  # "late last night, at 11:35", as "tonight at 6:30"
        return self.lex.parts_of_day.get(last) in _LATE_PARTS

    def _part_with(self, m: re.Match[str]) -> str:
        """The part of the day a clock time is told with, in its match or just after it ("four
        o'clock on the morning of 1 July", "seven o'clock on Sunday morning"), or ""."""
        after = self.ctx.pats.clock_part_after.match(self.ctx.text, m.end())
        return _part_told_with(m) or (next(part for part in after.groups() if part) if after else "")

    def _late_day_word(self, m: re.Match[str]) -> bool:
        """Whether a clock time is told with a day word of a late part of the day ("at 10:31 tonight")."""
        return self.lex.day_word_parts.get((m["dayword"] or "").lower()) in _PM_PARTS

    def _late_part_after(self, m: re.Match[str]) -> bool:
        """Whether a clock time is followed by an afternoon, evening or night ("this afternoon",
        "last night", "that evening", "the next night"), which makes a bare hour p.m."""
        said = self._part_with(m).split()
        return bool(said) and self.lex.parts_of_day.get(said[-1].lower()) in _PM_PARTS

    def _set(self, m: re.Match[str]) -> Resolved | None:
        if m["adverb"]:
            if _PERCENT_BEFORE.search(self.ctx.text, max(0, m.start() - 12), m.start()):
                return None  # "rise 8.5% annually": a rate, not a recurring time
            named = _NAME_GOES_ON.match(self.ctx.text, m.end()) and _WORD_AFTER.match(self.ctx.text, m.end())
            if (
                named
                and named[1].lower() not in self.lex.weekdays | self.lex.months
                and not self._in_headline(m.start())
            ):
                return None  # "the satirical weekly Charlie Hebdo", "the party daily Granma": a paper
            return Resolved(TimexType.SET, self.lex.set_adverbs[m["adverb"].lower()])
        if m["adverbial"]:
            return Resolved(TimexType.SET, self.lex.adverbial_sets[m["adverbial"].lower()])
        if m["times"]:
            times = m["times"].lower()
            count = {"once": 1, "twice": 2}.get(times) or number_value(times.rsplit(" ", 1)[0], self.lex)
            unit = self.lex.unit_of(m["unit2"]) or "day"
            per = self.lex.unit_of(m["part_unit"] or "")  # "six days a week": freq 6D, "twice a year": 2X
            freq = f"{int(count)}{self.lex.units[per][-1] if per else 'X'}" if count else None
            return Resolved(TimexType.SET, duration_value(1, self.lex.units[unit]), freq=freq)
        if m["day_month"] or m["month_day"]:  # every 9 April
            month, day = (
                self.lex.months[(m["day_month"] or m["month_day"]).lower()],
                int(m["set_day"] or m["set_day2"]),
            )
            return (
                Resolved(TimexType.SET, f"XXXX-{month:02d}-{day:02d}")
                if _valid_day(2000, month, day)
                else None
            )
        if m["monthname"]:
            return Resolved(TimexType.SET, f"XXXX-{self.lex.months[m['monthname'].lower()]:02d}")
        if m["season"]:  # every winter
            return Resolved(TimexType.SET, f"XXXX-{self.lex.seasons[m['season'].lower()]}")
        if m["holiday"]:  # every Christmas: its day; every Thanksgiving: its month; every Easter: once a year
            rule = self._feast_rule(m)
            if rule is None or " ".join(m["holiday"].lower().split()) in self.lex.kinds_of_day:
                return None  # "omit every leap day": a kind of day, none of the calendar's every year
            fixed = _FIXED_HOLIDAY.fullmatch(rule)
            return Resolved(
                TimexType.SET,
                f"XXXX-{fixed[0]}" if fixed else f"XXXX-{rule[:2]}" if rule[:2].isdigit() else "P1Y",
            )
        if (m["quant"] or "").lower() == "per" and self.ctx.pats.amount_before.search(
            self.ctx.text, max(0, m.start() - 30), m.start()
        ) is not None:
            return None  # "31,000 miles per hour", "1.2 million barrels per day": a unit of measure
        every = self.lex.ordinals[m["nth"].lower()] if m["nth"] else 2 if m["other"] else 1
        if m["weekday"]:  # every Wednesday evening: XXXX-WXX-3TEV
            part = self.lex.parts_of_day.get((m["weekday_part"] or "").lower())
            value = f"XXXX-WXX-{self.lex.weekdays[m['weekday'].lower()]}" + (f"T{part}" if part else "")
            return Resolved(TimexType.SET, value)
        if m["part"]:
            return Resolved(TimexType.SET, f"XXXX-XX-XXT{self.lex.parts_of_day[m['part'].lower()]}")
        unit = self.lex.unit_of(m["unit"] or "")
        if unit is None or (unit == "second" and not m["number"]):
            return None  # "every second" is an ordinal ("every second year"); "every fourteen seconds" a set
        if unit == "weekend" and not m["number"] and every == 1:
            return Resolved(TimexType.SET, "XXXX-WXX-WE")  # every weekend: each weekend, as every Friday
        amount = number_value(m["number"], self.lex) if m["number"] else every
        return Resolved(TimexType.SET, duration_value(amount, self.lex.units[unit]))

    def _the_day_told(self, m: re.Match[str]) -> bool:
        """Whether "the day" is the day the text is on ("ended the day higher", "throughout the
        day"), not a day a clause or phrase after it names ("the day of the vote", "the day he
        died", "the day's trading")."""
        at = m.start("phrase")  # after a modifier: "earlier in the day"
        return (
            self.ctx.pats.day_frame.search(self.ctx.text, max(0, at - 25), at) is not None
            and _THE_DAY_NAMED.match(self.ctx.text, m.end()) is None
        )

    def _owned_or_determined(self, at: int) -> bool:
        """Whether a determiner or a possessive comes just before ``at`` ("the", "its", "Treasury's")."""
        word = _word_before(self.ctx.text, at)
        return (
            word.lower() in self.lex.determiners
            or _POSSESSIVE_BEFORE.search(self.ctx.text, max(0, at - 4), at) is not None
        )

    def _year_just_reported(self, m: re.Match[str], phrase: str, anchor: date) -> bool:
        """Whether news of the first quarter reports the year just ended in the past tense ("For the
        full year, profit climbed 9%", said in January): the year before the anchor's (table
        ``years_reported``); not one told ahead ("For the full year, it expects")."""
        return (
            not self.ctx.narrative
            and anchor.month <= _RESULTS_SEASON_MONTHS
            and f"{_word_before(self.ctx.text, m.start()).lower()} {phrase}" in self.lex.years_reported
            and self.ctx.tense(m.start(), m.end()) < 0
        )

    def _phrase(self, m: re.Match[str]) -> Resolved | None:
        phrase = " ".join(m["phrase"].lower().split())
        if phrase == "the day" and not self._the_day_told(m):
            return None
        if phrase.startswith("mid") and self._owned_or_determined(m.start()):
            return None  # "Treasury's mid-year update", "the midweek market": an adjective, no date
        kind, spec, *mod = self.lex.phrases[phrase]
        timex_type = TimexType(kind)
        found = _SPEC.fullmatch(spec)
        if found is None:
            return Resolved(timex_type, spec, mod[0] if mod else None)
        unit, part = found["unit"], found["part"]
        by_its_end = self.ctx.pats.period_ended.match(self.ctx.text, m.end()) or (
            unit == "year" and self.ctx.pats.year_to_month.match(self.ctx.text, m.end())
        )
        # "the year ended Sept. 30", "the year to March"; not "a downpour in the evening ended the affair"
        if by_its_end and unit in self.lex.units and not part:
            return Resolved(TimexType.DURATION, duration_value(1, self.lex.units[unit]))
        last = (
            (self.ctx.day_in_period_told() or self.ctx.last_day) if unit == "day" else self.ctx.last_mentioned
        )
        if unit == "day" and last is None and m["phrase"].lower().startswith(("that ", "the same ")):
            last = self._day_left()  # "that evening" points back to a day: the one told before a year
        elif unit == "day" and last is None and part and not _DAY_TOLD_AFTER.match(self.ctx.text, m.end()):
            # "at dusk" after the story went on to a year is on the day the text is about, the first
            # it told ("erupted in AD 79 [...] dated to 24 August [...] in AD 62 [...] seventeen years
            # later [...] throughout the afternoon"), unless its day is told just after it ("in 1672.
            # [...] at dawn on Tuesday, 7 June")
            last = self.ctx.days_said[0] if self.ctx.days_said and not self.ctx.cycles else None
        if (
            unit == "day"
            and part
            and last is None
            and found["step"] == "+0"
            and (year := self.ctx.story_year())
        ):
            # "In 206 BC [...] advanced at dawn": a part of a day of the year, which day not told
            return Resolved(timex_type, f"{year_value(year)}-XX-XXT{part}", mod[0] if mod else None)
        if unit in _CALENDAR_UNITS_BELOW_DECADE and self.ctx.last_fine:
            # "that year" after "the best of the 20th century": the year told before it
            last = self.ctx.last_fine
        told = self.ctx.last_told
        if unit == "month" and told and told[1] in _YEAR_PRECISIONS and self.ctx.last_month_told:
            last = self._month_told()  # "that month" after a year told in passing
        # "that month"; in a story also "the month": the one just told of; but "this season", "last
        # season" count from the time of writing, as "last year" does
        anchor = (last or self.ctx.anchor()) if found["that"] or self.ctx.narrative else self.ctx.anchor()
        if not found["that"] and m["phrase"].split()[0].lower() in self.lex.relative:
            anchor = self.ctx.deictic_anchor(m.start(), m.end())
        if unit == "day" and not self.ctx.narrative and self.ctx.heading_day(m.start()):
            anchor = self.ctx.heading_day(m.start())  # "THURSDAY: Clouds break by mid-morning"
        elif unit == "day" and part and not self.ctx.narrative and self._on_the_day_told(m, part):
            anchor = self.ctx.last_day  # "stood on the summit shortly after 1 p.m. Friday, but others
            # were still climbing in mid-afternoon": Friday's
        joined = (
            ("-" if unit == "year" else "T") + part if part else ""
        )  # year:SU a season, day:MO a part of day
        if anchor is None:
            value = _UNDERSPECIFIED.get(unit, "XXXX") + joined
            return Resolved(timex_type, value, mod[0] if mod else None, anchored=False)
        if found["step"].startswith("~"):  # century~600, year~6: the one that begins nearest the anchor
            begins = shift(anchor, "month", int(found["step"][1:]))
            if unit == "turn":  # "the turn of the century": the year it turns, 1900
                return Resolved(timex_type, year_value(begins.year // 100 * 100), mod[0] if mod else None)
            return Resolved(timex_type, format_value(begins, unit) + joined, mod[0] if mod else None)
        step = int(found["step"])
        if step == 0 and self._year_just_reported(m, phrase, anchor):
            step = -1
        if unit == "day" and part == "NI" and step == -1 and not self.ctx.narrative:
            anchor, step = self._overnight(m, anchor)
        elif unit == "day" and part == "NI" and step == -1 and not _in_flashback(self.ctx, m.start()):
            step = 0  # a story's "overnight" is the night of the day it is on ("at dusk [...] steamed
            # south overnight"); in the past perfect the night before it ("Rain had soaked the ground
            # overnight")
        elif unit == "week" and not found["that"] and not self.ctx.narrative:
            anchor = self._week_told(anchor)
        if (
            unit == "weekend"
            and anchor.isoweekday() < 6
            and not self.ctx.narrative  # a story goes forward to the weekend after the day it is on
            # "for the weekend": ahead; with no tense told, the nearer one: the one gone, said early in
            # the week, the coming one from Thursday ("Heavy rain over the weekend")
            and self.ctx.date_tense(m.start(), m.end(), weekday=True)
            < (1 if anchor.isoweekday() <= _MIDWEEK else 0)
        ):
            step -= 1
        elif (
            unit in ("week", "weekend")
            and anchor.isoweekday() == 7
            and self.ctx.date_tense(m.start(), m.end()) > 0
        ):
            step += 1  # "by the weekend", "into the middle of the week" said on a Sunday: the next one
        elif (
            part == "WI"
            and unit == "year"
            and found["that"]
            and anchor.month <= _SEASON_END["WI"][0]
            and not (self.ctx.last_told and self.ctx.last_told[1] in _YEAR_PRECISIONS)  # "In 1784 [...]
            # through the winter" is 1784's, not the one its first day is in
        ):
            step -= 1  # "on 1 February 1940 [...] that winter": the winter of 1939-40, named by its start
        elif (
            unit == "day"
            and not step
            and m["phrase"].split()[0].lower() != "that"  # "late that night [...] that morning": told back
            and self.ctx.morning_after_night(
                anchor, part, m.start(), dawn=" ".join(m["phrase"].lower().split()) in self.lex.dawn_words
            )
        ):
            step = 1  # "fought on through the night. At first light": the next day's
        value = format_value(shift(anchor, unit, step), unit) + joined
        return Resolved(timex_type, value, mod[0] if mod else None)

    def _on_the_day_told(self, m: re.Match[str], part: str) -> bool:
        """Whether news tells a part of the day in the past in the sentence of an earlier day told;
        after "by" only a part later than one told of that day ("yesterday morning, and by
        mid-afternoon"; not "closed for much of Thursday, reopened by midmorning", the report's day)."""
        told = self.ctx.last_day
        earlier = self.ctx.last_part_day
        clock = self.ctx.last_clock
        later_part = (
            earlier is not None
            and earlier[0].in_cycles(self.ctx.cycles) == told
            and _PART_ORDER.get(earlier[1], len(_PART_ORDER)) < _PART_ORDER.get(part, -1)
        ) or (  # "left shortly after 6:30 a.m., and by mid-morning": a clock time before the part's end
            clock is not None
            and clock.date() == told
            and part in _PART_HOURS
            and _SMALL_HOURS_END <= clock.hour < max(_PART_HOURS[part])
        )
        return (
            told is not None
            and self.ctx.dct is not None
            and told < self.ctx.dct
            and self.ctx.pats.sentence_end.search(self.ctx.text, self.ctx.last_full_day_end, m.start())
            is None
            and self.ctx.tense(m.start(), m.end()) < 0
            and (
                later_part
                or _word_before(self.ctx.text, m.start()).lower() not in self.lex.deadline_prepositions
            )
        )

    def _week_told(self, anchor: date) -> date:
        """The day "the week" is counted from in news: the last day told, if it is one of the six
        before the report ("settled Friday [...] down 5 cents for the week" on a Monday)."""
        told = self.ctx.last_day
        if told is not None and timedelta(0) < anchor - told < timedelta(days=7):
            return told
        return anchor

    def _overnight(self, m: re.Match[str], last: date) -> tuple[date, int]:
        """(day, step) of the night news calls "overnight": tonight's when told ahead ("strengthening
        is likely overnight"); the night after a day told before the report ("the storm began late
        Saturday [...] lost power overnight"); else the night before the day told or the report,
        as for "overnight losses" that qualify a noun after a preposition."""
        anchor = self.ctx.anchor() or last
        if _word_before(self.ctx.text, m.start()).lower() in self.lex.clock_prepositions:
            return last, -1
        if self.ctx.tense(m.start(), m.end()) > 0:
            return anchor, 0
        told = self.ctx.last_day
        if told is not None and anchor - timedelta(days=_OVERNIGHT_REACH) <= told < anchor:
            return told, 0
        return anchor, -1

    def _told_in_the_past(self, start: int, end: int) -> bool:
        """Whether the verb right after ``end`` is in the past ("now resolved", "now he assigned",
        "it now had to keep"), not a present passive ("is now visited")."""
        if _word_before(self.ctx.text, start).lower() in self.lex.present_verbs:
            return False
        words = [
            word.lower() for word in _TOKEN.findall(self.ctx.text, end, min(len(self.ctx.text), end + 30))[:2]
        ]
        if len(words) == 2 and words[0] in self.lex.subject_pronouns:
            words = words[1:]  # "now he assigned"
        return bool(words) and (words[0] in self.lex.past_cues or words[0].endswith("ed"))

    def _reference(self, m: re.Match[str]) -> Resolved | None:
        word = m["ref"].lower()
        if _AS_BEFORE.search(self.ctx.text, max(0, m.start() - 4), m.start()) and _AS_AFTER.match(
            self.ctx.text, m.end()
        ):
            return None  # "as recently as 1990": a degree; the time is the one it introduces
        following = _WORD_AFTER.match(self.ctx.text, m.end())
        if word in self.lex.attributive_references and not (
            following and following[1].islower() and following[1] not in self.lex.function_words
        ):
            return None  # "against the current", "the name became current": a noun, no time
        if (
            self.ctx.narrative
            and word in self.lex.story_references
            and self._told_in_the_past(m.start(), m.end())
        ):
            return None  # "Darius now resolved to punish Athens": the story's moment, not the present
        if not m["ref"].lower().startswith("the"):
            return Resolved(TimexType.DATE, self.lex.references[" ".join(m["ref"].lower().split())])
        if _NAME_AFTER.match(self.ctx.text, m.end()):
            return None  # "the future Marquis of Pombal", "the present King": a title, no time
        following = _WORD_AFTER.match(self.ctx.text, m.end())
        if following and (following[1].isdigit() or following[1].lower() in self.lex.numbers):
            return None  # "three of the past five finals": the last few of something, no time
        return Resolved(TimexType.DATE, self.lex.references[" ".join(m["ref"].lower().split())])


_AS_BEFORE = re.compile(r"\bas\s+$", re.IGNORECASE)
_AS_AFTER = re.compile(r"\s+as\b")
_MINUTES_AFTER = re.compile(r"[:.]\d\d")  # after an hour: 6:30, 7.45


def _windows(text: str, pats: Patterns) -> list[list[tuple[int, int]]]:
    """Per rule, the merged stretches of ``text`` around its trigger tokens: the only places it can match."""
    windows: list[list[tuple[int, int]]] = [[] for _ in range(max(pats.scan_of_rule) + 1)]
    size = len(text)
    lower = text.lower()
    if len(lower) != size:  # a few characters change length when lower-cased: scan token by token
        lower = _TOKEN.sub(
            lambda m: m.group().lower() if len(m.group().lower()) == len(m.group()) else m.group(), text
        )
    for token in pats.trigger.finditer(lower):
        word = token.group()
        token_start, token_end = token.span()
        if word[0].isdigit():
            short_decade = len(word) in (2, 3) and word[-1] == "0" and lower.startswith("s", token_end)
            year = len(word) == 4 and word[0] != "0"  # 0630 is a clock time
            clock = len(word) == 4 or (len(word) < 3 and _MINUTES_AFTER.match(lower, token_end) is not None)
            word = (
                YEAR_DIGITS if year else SHORT_DECADE if short_decade else CLOCK_DIGITS if clock else DIGITS
            )
        # a trigger of two words across a line's end: "early\nhours"; none for "q12"
        found = pats.triggers.get(word) or pats.triggers.get(" ".join(word.split()), ())
        for scan, before, after, anchor in found:
            if anchor is not None and anchor.match(lower, token_start) is None:
                continue
            start, end = token_start - before, token_end + after
            spans = windows[scan]
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((max(0, start), end))
    return [windows[scan] for scan in pats.scan_of_rule]


_COMPOUND_AFTER = re.compile(r"-(?:[a-z]+-)+[a-z]")  # "-on-year", "-to-dawn": the rest of a compound
_CLOCK_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+[\w:.]+\s+(?:and|to|until)\s+$", re.IGNORECASE)
_SENTENCE_OPENED = re.compile(r"(?:[.!?]\s+|\n)$")  # where a sentence or a line begins
# a sentence's opening phrase and its comma: "For Britain, [1759 brought victory after victory]"
_AFTER_OPENING_PHRASE = re.compile(r"(?:^|[.!?]\s+|\n)(?-i:[A-Z])[a-z]+(?:\s+\w+){0,2},\s+$")
_ERA_RULES = frozenset(
    {"ancient_year", "ancient_season", "ancient_day_month", "ancient_month", "ancient_year_span"}
)  # rules that can match only in a text that dates by eras
_MEDIEVAL_RULES = frozenset({"ancient_year", "ancient_year_span"})  # and those of them a medieval one has


def _candidates(
    text: str, pats: Patterns, ancient: bool, medieval: bool
) -> list[tuple[int, int, int, str, re.Match[str]]]:
    """Pattern matches around trigger tokens as (start, end, priority, rule, match)."""
    found = []
    for priority, ((rule, pattern), spans) in enumerate(zip(pats.rules, _windows(text, pats), strict=True)):
        if rule in _ERA_RULES:
            spans = [(0, len(text))] if ancient or (medieval and rule in _MEDIEVAL_RULES) else []
        for start, end in spans:
            for m in pattern.finditer(text, start, end):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), priority, rule, m))
    return found


@lru_cache(maxsize=1)  # read once per text, however many numeric dates it has
def _writes_day_first(text: str, slash: re.Pattern[str]) -> bool:
    """Whether the text's numeric dates (matches of the ``slash`` rule) put the day first: one of
    them can only be read so ("BB 28/11/16"), and none only the American way ("11/28/16")."""
    pairs = [(int(m["month"]), int(m["day"])) for m in slash.finditer(text) if m["month"]]
    return any(first > 12 >= second for first, second in pairs) and not any(
        second > 12 >= first for first, second in pairs
    )


def _month_and_day(lex: Lexicon, m: re.Match[str]) -> tuple[int, int]:
    """The month and day of a day told either way round, "16 December" or "December 16th"."""
    return lex.months[(m["month"] or m["month2"]).lower().rstrip(".")], int(m["day"] or m["day2"])


def _hijri_new_year(year: int) -> int:
    """The proleptic Gregorian ordinal of 1 Muharram of a Hijri year, by the tabular Islamic calendar
    (months of 30 and 29 days in turn; 11 leap years in 30)."""
    return _HIJRI_EPOCH + 354 * (year - 1) + (3 + 11 * year) // 30


def _hijri_month_start(year: int, month: int) -> int:
    """The proleptic Gregorian ordinal of the first day of a month of a Hijri year (tabular calendar)."""
    return _hijri_new_year(year) + (59 * (month - 1) + 1) // 2


_MIDYEAR = (7, 2)  # a year's middle day: a regnal year begun after it falls mostly in the next year


def _regnal_year_of(accession: date, nth: int) -> int:
    """The calendar year holding most of the ``nth`` year of a reign begun on ``accession``: the
    fifth year of George II (from 11 June 1727) is 1731, of George III (from 25 October 1760) 1765."""
    first = accession.year + nth - 1
    return first + ((accession.month, accession.day) > _MIDYEAR)


def _weekday_from(day: date, weekday: int, step: int, skip: int = 0, weeks: int = 0) -> str:
    """The ``weekday`` on or after ``day`` (``step`` 1) or on or before it (-1), ``skip`` days past it
    and ``weeks`` more weeks on, written in the calendar of ``day``: before the reform a Julian date,
    whose weekdays are those of the day it was (Advent Sunday 1226, the fifth Sunday after Easter 1478)."""
    reformed = day >= _GREGORIAN_REFORM
    start = shift(day if reformed else from_julian(day), "day", skip * step)
    found = shift(weekday_near(start, weekday, step), "day", 7 * weeks * step)
    return found.isoformat() if reformed else _as_written(found)


def _as_written(day: date) -> str:
    """A day as histories write it: in the Julian calendar before the Gregorian reform of 1582."""
    return (day if day >= _GREGORIAN_REFORM else to_julian(day)).isoformat()


def _calendar_of(value: str) -> tuple[Day, Day, Precision] | None:
    """The calendar range of ``value``, underspecified digits counted like known ones (XXXX as the
    leap year 2000: XXXX-02-29 is a day)."""
    return value_range(value.replace("XXXX", "2000").replace("X", "1"))


_DAY_SHAPE = re.compile(r"[\dX]{4}-[\dX]{2}-[\dX]{2}")  # a day, its digits known or not


def _precision(resolved: Resolved) -> Precision:
    """How fine the value is; underspecified digits (XXXX-04-08) count like known ones."""
    if resolved.type in (TimexType.DURATION, TimexType.SET):
        return Precision.UNKNOWN
    if resolved.value == "PRESENT_REF":
        return Precision.DAY
    if resolved.value.endswith("_REF"):
        return Precision.UNKNOWN
    found = _calendar_of(resolved.value)
    if found:
        return found[2]
    # XXXX-WXX-5; XXXX-XX-31, "the 31st of last month" told when last month had no 31st
    return (
        Precision.DAY if "-W" in resolved.value or _DAY_SHAPE.fullmatch(resolved.value) else Precision.UNKNOWN
    )


_LAST_WORD = re.compile(r"\w+$")


def _trim(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Drop trailing blanks and hyphens, and a dot that closes a sentence rather than an abbreviation."""
    while end > start and text[end - 1] in " \t\n-,":
        end -= 1
    if text[start:end].endswith("."):
        last = _LAST_WORD.search(text, start, end - 1)  # "in mid-October."
        if last and last[0].lower() in lex.months and not lex.is_month_abbreviation(last[0].lower()):
            end -= 1
    return start, end


_LEADING_YEAR = re.compile(r"^\d{4}")
_LEADING_DIGITS = re.compile(r"^\d+")


def _select(text: str, resolver: Resolver) -> list[tuple[int, int, str, re.Match[str], Resolved]]:
    """Longest valid candidates first, skipping any that overlap one already kept."""
    kept: list[tuple[int, int, str, re.Match[str], Resolved]] = []  # sorted by start, disjoint
    for start, end, _, rule, m in sorted(
        _candidates(text, resolver.ctx.pats, resolver.ctx.ancient, resolver.ctx.medieval),
        key=lambda c: (c[0] - c[1], c[2], c[0]),
    ):
        place = bisect.bisect_left(kept, start, key=lambda k: k[0])
        if (place < len(kept) and kept[place][0] < end) or (place and kept[place - 1][1] > start):
            continue
        resolved = resolver.resolve(rule, m)
        if resolved is not None:
            kept.insert(place, (start, end, rule, m, resolved))
    return kept


_DAY_RULES = ("month_day", "day_month", "part_of_date", "part_of_day_date")
# "Aug. 9, a Friday", "May 6, 1987, a warm, windy Wednesday afternoon": the day just told
# "on the night of Aug. 9, a Friday", "Christmas, which falls on Saturday": the weekday of the day told
_APPOSITION = re.compile(
    r"(?:,\s+(?:which\s+was\s+|on\s+)?an?\s+(?:[a-z]+,?\s+){0,3}|(?:,\s+which)?\s+(?:falls|fell)\s+on\s+)"
)
_APPOSITION_BEFORE = re.compile(_APPOSITION.pattern + "$")
_ON_THE_DAY = re.compile(r"\s+on\s+")


def _weekday_of_the_day_long_past(ctx: Context, m: re.Match[str], weekday: int) -> bool:
    """Whether news opens the sentence after the one that told a day long past with that day's
    weekday, told in the past ("began on Tuesday 26 April 1994 [...]. On Tuesday night, at
    midnight, the old flag was lowered")."""
    text, last = ctx.text, ctx.last_day
    return (
        not ctx.narrative
        and not m["rel"]
        and last is not None
        and last.isoweekday() == weekday
        and ctx.day_long_past() is not None
        and _opens_sentence(text, m.start())
        and not _POSSESSIVE.match(text, m.end())  # not "Saturday's win", the news of the week
        and len(list(ctx.pats.sentence_end.finditer(text, ctx.last_full_day_end, m.start()))) == 1
        and _PARAGRAPH.search(text, ctx.last_full_day_end, m.start()) is None
        and ctx.date_tense(m.start(), m.end(), weekday=True) < 0
    )


def _on_the_last_day(ctx: Context, start: int, weekday: int) -> bool:
    """Whether a weekday at ``start`` is the last day told, named again after "on" ("before
    Father's Day on Sunday"); not after a clock time, which the weekday tells the day of ("noon on
    Monday")."""
    last = ctx.last_day
    return (
        last is not None
        and ctx.last_clock is None
        and last.isoweekday() == weekday
        and _ON_THE_DAY.fullmatch(ctx.text, ctx.last_full_day_end, start) is not None
    )


# a day told by the clocks of another place: "5 June by the clocks of the Japanese fleet", "16 January,
# Washington time"
_OTHER_CLOCKS = re.compile(r"\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}clocks?\b|,?\s+(?-i:[A-Z])[a-z]+\s+time\b")
_PERCENT_BEFORE = re.compile(r"(?:%|\bper\s*cent|\bpercent)\s+$", re.IGNORECASE)  # "20% annually": a rate
_NAMES_A_DAY = re.compile(r"(?:\b(?:was|is|be|been|as)|\bdeclared\s+\w+)\s+$", re.IGNORECASE)
# ", a jet delivered new in [1977],", "Okinawa, annexed by Japan in [1879],"
_ASIDE_BEFORE = re.compile(
    r",[^,.;:\n]*\b(?P<verb>(?!new\b)[a-z]+)(?:\s+new|\s+(?:by|to|for|from)(?:\s+[\w'-]+){1,3}?)?\s+in\s+$"
)  # ", delivered new in", ", built for Nicholas II in", ", lost to Japan in"
_ASIDE_AFTER = re.compile(r"\s*,")
# ", first performed in Vienna on": a participle's aside, set off by its comma, up to the clause's end
_FIRST_DONE_BEFORE = re.compile(
    r",\s+(?:first|originally)\s+[a-z]+ed(?:\s+(?:in|at)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?\s+(?:in|on)\s+$"
)
_CLAUSE_CLOSED = re.compile(r"\s*[,.;]")
_YEAR_VALUE = re.compile(r"^\d{4}$")
_YEAR_OR_MONTH_VALUE = re.compile(r"^\d{4}(?:-\d\d)?$")
# a later year a span runs until, or that something came "only in": "took the name San Salvador only in 1925"
_UNTIL_BEFORE = re.compile(
    r"\b(?:(?:until|till)\s+(?:(?:his|her|their|its)\s+\w+\s+in\s+)?|only\s+in\s+)$", re.IGNORECASE
)
_NEGATED_UNTIL = re.compile(r"\b(?:not|never|n't)\s[^,.;:!?\n]*\bagain\s+until\s+$", re.IGNORECASE)
_NOT_UNTIL_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)Not\s+until\s+$")  # a sentence that leaps ahead to its end
# "until the republic itself fell in ": a span's end a clause tells
_UNTIL_CLAUSE_BEFORE = re.compile(r"\b(?:until|till)\s+(?:[\w'-]+\s+){0,5}?(?:in\s+)?$", re.IGNORECASE)
_FAR_AHEAD = 100  # years after the story's date beyond which a span's end is no place the story goes
_PAST_PERFECT_AFTER = re.compile(r"[,\s]+(?:[\w'-]+\s+){0,4}?had\s+(?:already\s+|long\s+|just\s+)?([a-z]+)")


def _past_perfect_after(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the clause goes on in the past perfect just after ``at`` ("[789] three ships had put
    in"; not "had the Senate proclaim", a causative)."""
    found = _PAST_PERFECT_AFTER.match(text, at)
    if found is None:
        return False
    verb = found[1]
    return verb == "been" or verb.endswith(("ed", "en")) or verb in lex.irregular_past


_RANGE_OPENED_BEFORE = re.compile(r"\b\d{3,4}\s*[-\u2013]\s*$")  # "1081-" before a range's last year
_DONE_BY_IN = re.compile(r"\b[a-z]+ed\s+by\s+(?:[\w'-]+\s+){1,4}?in\s+$")  # "excluded by Pride's Purge in "
_RELATIVE_IN = re.compile(r"\b(?:that|which|who)\s+(?:[\w'-]+\s+){1,4}?in\s+$")  # "the boom that began in "
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;:!?]|,\s+(?:and|but)\s)")  # after a date, where its clause ends
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|its|their|his|her)\s+$", re.IGNORECASE)
# a "today" of nowadays: "alive today", "even today", "still inadequate today"
# a time long past told before "Today": "ten years ago", "in the past", "used to", "in 1926"
_THEN_BEFORE = re.compile(
    r"(?:\b(?:years|decades|centuries|generations?)\s+ago\b|\bin\s+the\s+past\b|\bused\s+to\b"
    r"|\b(?:in|by|of|until|before)\s+(?P<year>1[5-9]\d\d|20\d\d)\b)[^\n]*$",
    re.IGNORECASE,
)
# "Today's", or a clause after it told in the past or the perfect: a day, not nowadays
_TODAY_TOLD_AS_A_DAY = re.compile(
    r"['\u2019]s\b|,?(?:\s+[\w'\u2019-]+){0,4}?\s+(?:[a-z]+ed|saw|was|were|did|came|went|said|told|took|"
    r"made|gave|began|won|lost|(?:have|has|'ve|\u2019ve)\s+been)\b"
)
_THEN_REACH = 160  # characters before "Today" a time long past may be told in
_LONG_AGO_YEARS = 10  # years before the report that make a year told "long past"
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?]\s+|[.!?,]?[\"\u201c]\s*)$")
_NOWADAYS_BEFORE = re.compile(r"\b(?:alive|even|still\s+(?:[a-z]+\s+){0,2})\s*$", re.IGNORECASE)
_WILL_BEFORE = re.compile(r"\b(?:will|shall)\b|\w'll\b", re.IGNORECASE)  # the future of the time of writing
# a day word of reported speech: "assured him that he would win today" is the story's day
_REPORTED_FUTURE = re.compile(r"\bwould\s+(?:[a-z]+\s+){1,2}$")
_NAMED_BY_OF = re.compile(
    r"\b(?:(?:the|an?|its|their|his|her|\w+['\u2019]s)\s+(?:(?:[\w'\u2019-]+\s+){1,3}"
    r"|[\w'\u2019-]+\s+(?-i:[A-Z][\w'\u2019-]*\s+of\s+[A-Z][\w'\u2019-]*)\s+)|[a-z]+s\s+)of\s+$",
    re.IGNORECASE,
)  # "the pact of 1932", "a law of 1795", "veterans of 1848", "John Smith's map of 1616", "the crusaders'
# conquest of 1099", "the Swedish-era Instrument of Government of 1772"
_FROM_WRITING = re.compile(
    r"(?:(?:early|late|mid)[\s-]+)?(?:last|next|this|yesterday|today|tomorrow)\b", re.IGNORECASE
)
_STAMPED = re.compile(
    r"(?:^|\n)[ \t]*(?:updated|posted|published)[ \t]+$", re.IGNORECASE
)  # a live page's entry
_DAY_WORD_JOINED_BEFORE = re.compile(
    r"\b(?:today|tonight|tomorrow)\s+(?:and|or|through|into)\s+$", re.IGNORECASE
)
_SINCE_CLAUSE_BEFORE = re.compile(r"\bsince\s+(?:[\w'\u2019-]+\s+){1,6}(?:in|on)\s+$", re.IGNORECASE)
# "three weeks before ", "two days after ": a length counted from the date after it
_COUNTED_FROM_BEFORE = re.compile(r"\b(?:days?|weeks?|months?)\s+(?:before|after)\s+$", re.IGNORECASE)
_UNTIL_NAMED = re.compile(r"\b(?:until|till)\s+(?:[\w-]+\s+){1,4}of\s+$", re.IGNORECASE)  # until the bombs of
_WORD_AFTER_YEAR = re.compile(r"\s+[A-Za-z]{3,}")  # "the 1755 Lisbon earthquake", not "the 1755, "
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}")  # "the 1967 ceasefire line", not "the 1960s", "the 1967, "
_A_YEAR = timedelta(days=366)
_A_WEEK = timedelta(days=7)
_SAID_REACH = 50  # characters before a day's end in which a verb of saying makes it the day a source spoke
_MIDWEEK = 3  # ISO weekday (Wednesday) up to which the weekend gone is the nearer one
_SATURDAY = 6  # ISO weekday: the day a weekend of a month is counted by
_AT_LEAST_BEFORE = re.compile(r"\bat\s+(?:least|most)\s+$", re.IGNORECASE)  # "through at least Wednesday"
# the present perfect's "has" or "have" just before a participle: "have banned demonstrations until Tuesday"
_PRESENT_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# a participle compared with: "(earlier) than (originally) planned"; not a change counted, "more than doubled"
_COMPARED_BEFORE = re.compile(r"(?<!\bmore )(?<!\bless )\bthan\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_MODAL_PHRASE_BEFORE = re.compile(r"\b(?:will|shall)\s+(?:[\w'-]+\s+){1,8}$", re.IGNORECASE)
# a "since" clause of the present perfect, up to the end of the text: "has been in turmoil since "
_SINCE_NOW = re.compile(r"\b(?:has|have)\s+(?:\w+\s+){0,4}?since\b[^.;!?]*$", re.IGNORECASE)
_SINCE_REACH = 90  # characters before a date in which such a clause opens
_STORY_DAYS = (-7, 90)  # days around a day of another year told in news in which a day goes on in its year
_SPRING_END = 5  # the last month in which "this winter" told in the past is the one just over
_NEAR_WRITING = 400  # days from the DCT of a date that brings a story to the time of writing
# a text's note that it gives its dates in the Julian calendar: "the dates below are Old Style",
# "dates before that change are given here in the Old Style"; not one date restated, "(2 March O.S.)"
_OLD_STYLE_NOTE = re.compile(
    r"\bdates?\b[^.]{0,60}?\b(?:are|is)(?:\s+given)?(?:\s+here)?\s+(?:in\s+)?(?:the\s+)?Old Style\b",
    re.IGNORECASE,
)
_DAY_NUMBER = re.compile(r"\b([1-9]|[12]\d|3[01])(?:st|nd|rd|th|d)?\b")  # the day written: "14", "3rd"
_LAST_JULIAN_USE = 1923  # after which no country's civil calendar was the Julian one (Greece changed last)
_LAST_JULIAN_YEAR = 1752  # until which Britain and its colonies kept the Julian calendar
_PHRASE_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")  # what follows a number that ends its phrase
# a name after a number, its subject: "Around 789 Offa married"; not a plural, "about 300 Saxons",
# nor a word before a plural, "about 200 Persian ships": counts
_NAME_NOT_PLURAL_AFTER = re.compile(r"\s+[A-Z][a-z]*[a-rt-z]\b(?!\s+[a-z]+s\b)")
_CALENDARS_APART = 100  # years between a day and its restatement in a calendar that counts others
_AD_CENTURIES, _BC_CENTURIES = 21, 99  # the last century counted by its ordinal, of no era and BC
_ORDINAL_DAYS = 10  # the last of "the first ... day" a story counts from the day it told
_ORDINAL_SEASONS = 30  # the last of "the first ... summer" a story counts from its first year
_ORDINAL_YEARS = 60  # the last of "the first ... year" a story counts from a reign or its first year
_AFTERNOON_OCLOCK = range(1, 6)  # hours told with "o'clock" alone that are p.m. ("at four o'clock")
_PM_PARTS = frozenset({"AF", "EV", "NI"})  # parts of the day that make a bare clock time p.m.
# bare hours a night told before makes p.m. ("the night of 18 April [...] at ten")
_NIGHT_PM_HOURS = range(7, 12)
_EVENING_HOURS = range(5, 12)  # bare hours "tonight" makes p.m. ("tonight at 6:30"): its evening too
_BEFORE_MORNING_HOURS = range(1, 4)  # bare hours that come after a morning told only as p.m.
_GREETING = re.compile(r"\bgood\s+(morning|afternoon|evening)\b", re.IGNORECASE)  # a broadcast's greeting
_GREETING_REACH = 40  # characters before a clock time announced in which a greeting tells its half of the day
_LATE_PARTS = frozenset({"AF", "EV"})  # parts of the day told before a bare clock time that make it p.m.
_OVERNIGHT_REACH = 1  # days before the report a day told may be, for news's "overnight" to be its night
_LAST_NIGHT = re.compile(r"\blast\s+night\b", re.IGNORECASE)
_EDGE_HOURS = {"START": range(0, 9), "END": range(18, 24)}  # the hours "early Monday", "late Friday" hold
# the hours each part of the day holds (a night runs past midnight)
_PART_HOURS = {
    "MO": range(5, 12),
    "AF": range(12, 18),
    "EV": range(17, 23),
    "NI": (*range(18, 24), *range(0, 5)),
}
_PART_ORDER = {"MO": 0, "MI": 1, "AF": 2, "EV": 3, "NI": 4}  # the parts of a day in their order
_CALENDAR_UNITS_BELOW_DECADE = frozenset({"year", "quarter", "month", "week", "weekend"})
# "until he had beaten", "after the troops had landed": a "had" that a conjunction of time governs
_TIME_CLAUSE_HAD = re.compile(r"\b(?:until|till|after|once)\s+(?:[\w'-]+\s+){1,3}had$", re.IGNORECASE)
_RESULTS_SEASON_MONTHS = 3  # the months in which companies report the year just ended
_SEQUEL_RULES = frozenset({"relative_day", "sequel_unit"})  # the previous night, the day before
# a headline's infinitive of what is to happen before a weekday: "Jury selection to begin Monday"
_HEADLINE_PLAN = re.compile(r"\bto\s+[a-z]+\b")
_MONTH_GROUPS = ("monthname", "day_month", "month_day", "first", "weekday_month")  # groups that hold a month

_READS_CONTEXT = {
    "ago",
    "ordinal_season",
    "ordinal_day_told",
    "bare_part",
    "phrase",
    "sequel_unit",
    "clock",
    "clock24",
    "relative_day",
    "weekday",
    "season",
    "relative_unit",
    "quarter",
    "same_unit",
    "unit_of_year",
    "that_month",
    "that_weekday",
    "holiday",
    "month",
    "regnal_year",
    "span_year",
    "ordinal_day",
    "day_of_named_month",
    "ordinal_unit",
    "day_word",
    "era_date",  # a lunisolar day restated: "On 15 February 1894, the tenth day of the first lunar month"
    "hijri_date",
    *_DAY_RULES,
}  # rules that look at earlier dates of the text


def _anaphoric_relative(m: re.Match[str], lex: Lexicon) -> bool:
    """Whether ``m`` counts from the last date told with a word before it ("the previous September")."""
    return " ".join((m.groupdict().get("rel") or "").lower().split()) in lex.anaphoric_relative


_NEW_SENTENCE = re.compile(r"[.!?]\s+[A-Z\"]|\n")  # a semicolon keeps the sentence ("since 936; he was")
_PART_GROUPS = ("this_part", "last_part", "that_part", "next_part")  # a clock time's own part of the day


def _part_told_with(m: re.Match[str]) -> str:
    """The part of the day a clock time is told with ("4:15 this afternoon", "at ten that night"),
    or "" (a match of a rule without such groups has none)."""
    groups = m.groupdict()
    return next((groups[name] for name in _PART_GROUPS if groups.get(name)), "")


def _after_the(m: re.Match[str], lex: Lexicon) -> bool:
    """Whether a unit's relative word is one that counts from the last date told after "the" ("the
    next year", though "next year" counts from the time of writing)."""
    return m["the"] is not None and f"the {' '.join(m['rel'].lower().split())}" in lex.anaphoric_relative


def _day_said_on(ctx: Context, start: int) -> date | None:
    """The day a quotation holding ``start`` was said on: the last day told, if its sentence told it
    just before the quotation opened ('said on Sunday evening: "Today there has not been"'), or if
    its paragraph did and it is the day before the report (a night's events reported the next
    morning: 'told reporters late Sunday [...] "Tonight I will finally sleep"')."""
    if not _in_quotes(ctx.text, start) or ctx.last_day is None:
        return None
    opening = max(ctx.text.rfind('"', 0, start), ctx.text.rfind("\u201c", 0, start))
    if ctx.last_full_day_end > opening or _in_quotes(ctx.text, max(0, ctx.last_full_day_end - 1)):
        return None  # nor a day a quotation told ('"Yesterday we voted for peace," [...] "Tomorrow we')
    eve = ctx.dct is not None and (ctx.dct - ctx.last_day).days == 1
    cut = _PARAGRAPH if eve else ctx.pats.sentence_end
    # from the day's last character: the dot that ends its sentence may close its expression's match
    return None if cut.search(ctx.text, max(0, ctx.last_full_day_end - 1), opening) else ctx.last_day


def _span_years(m: re.Match[str]) -> tuple[int, int]:
    """The first and last years of a span of years a match opens or closes ("1452-1519")."""
    if m["year"]:
        return int(m["year"]), int(m["last"])
    return int(m["first"] or m.groupdict().get("spaced") or 0), int(m["end"])


def _feast_after_a_day_long_past(ctx: Context, at: int) -> bool:
    """Whether the sentence at ``at`` told a day long past in full before it (news: "on Sunday, March
    18, 1990, a few hours after the city's St. Patrick's Day celebrations")."""
    return ctx.day_long_past() is not None and ctx.last_full_day_end > _sentence_start(ctx.text, at)


def _reads_context(rule: str, m: re.Match[str], ctx: Context) -> bool:
    """Whether this match of a context-reading rule depends on earlier dates (weekdays, seasons and
    units only with "the previous/following", months and days with "of that year")."""
    lex = ctx.lex
    if m.groupdict().get("that_year"):  # "in October of that year"
        return True
    said = rule in ("month", "holiday", *_DAY_RULES) and _year_said_before(ctx, m.start()) is not None
    if rule in ("month", "holiday"):
        # news narrating a day long past goes on from it, and so does a feast told in the past after
        # one; "took office the following February"
        feast_then = rule == "holiday" and _feast_after_a_day_long_past(ctx, m.start())
        return ctx.recalling or said or feast_then or _anaphoric_relative(m, lex)
    if rule == "day_word":  # a speaker's "today"
        return _day_said_on(ctx, m.start()) is not None
    if rule == "weekday" and (
        ctx.last_heading is not None  # a list of days: from the day heading the last line
        or ctx.recalling  # news narrating a day long past
        or _APPOSITION_BEFORE.search(m.string, max(0, m.start() - 20), m.start())  # "Aug. 9, a Friday"
        or _on_the_last_day(ctx, m.start(), lex.weekdays[m["weekday"].lower()])  # "Father's Day on Sunday"
        or ctx.pats.weekday_joined.search(m.string, max(0, m.start() - 40), m.start())  # "Monday to Friday"
        or _weekday_of_the_day_long_past(ctx, m, lex.weekdays[m["weekday"].lower()])  # "On Tuesday night"
    ):
        return True
    if rule == "relative_unit" and _after_the(m, lex):  # "early the next year"
        return True
    if rule == "quarter":  # "the same period last year", "the same quarter of 2014": the one told in
        # its sentence, a year back or in that year
        year = (m["year"] or m["year_before"] or "").lower()
        return bool(m["ago"]) or year.startswith("last year") or _same_period_in(m)
    if rule == "season" and ctx.pats.season_before.search(m.string, max(0, m.start() - 20), m.start()):
        return True  # "next spring or summer": the year of the season it is joined to
    if rule in ("weekday", "season", "relative_unit"):
        return _anaphoric_relative(m, lex)
    if rule == "ago":
        return " ".join(m["direction"].lower().split()) in lex.anaphoric_directions
    if rule in _DAY_RULES:  # a weekday with a day and no year: the year last told may be the one it fits;
        # a day with no year after a day of another year told may be of that year
        other_year = ctx.day_long_past() is not None or _season_long_past(ctx, m.start()) is not None
        ahead_of = _AHEAD_OF_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) is not None
        return (
            bool(m.groupdict().get("weekday")) or other_year or said or ahead_of
        ) and not m.groupdict().get("year")
    return True


def _in_the_story_era(ctx: Context, m: re.Match[str], resolved: Resolved) -> Resolved:
    """A year of one to three digits told with no era, in a story told before the Common Era, is
    the BCE one when that is the nearer to the story's year, within ``_ERA_REACH`` years of it,
    and not before the first year told ("from 431 to 404 BC [...] in 422", "the autumn of 429";
    but "In 141 BC Wu took the throne; the uprising of 184" goes on into the Common Era). So is a
    decade or century ("the 420s", "the fourth century"), by its middle and its last year."""
    if not ctx.narrative or ctx.story_day is None or ctx.story_day.year > 0 or not ctx.years_told:
        return resolved
    found = _AD_YEAR_VALUE.match(resolved.value)
    period = _PERIOD_VALUE.fullmatch(resolved.value)
    written = m.group(0)
    if (found is None and period is None) or ctx.pats.era_mark.search(written):
        return resolved
    if any(word in ctx.lex.eras for word in written.split()):  # "the 1st century AD"
        return resolved
    if found is not None:
        if str(int(found[1])) not in written:  # counted, not told: "the following year"
            return resolved
        year = last = int(found[1])
    else:
        scale = 10 if len(resolved.value) == 3 else 100
        last = int(resolved.value) * scale  # the last year of the period before the Common Era
        year = last + scale // 2
    story = ctx.story_day.year
    first_told = min(told for _, told in ctx.years_told)
    if abs(story + year) < min(abs(year - story), _ERA_REACH) and -last >= first_told:
        return replace(resolved, value=f"BC{resolved.value}")
    return resolved


_FAR_BACK = 100  # years before the day a story is on that a comparison reaches, not the story


def _centuries_back(ctx: Context, resolved: Resolved) -> bool:
    """Whether ``resolved`` lies more than ``_FAR_BACK`` years before the day the story is on and
    before every year it has told."""
    day = ctx.last_full_day
    if day is None or ctx.at_writing:  # "Today marks 490 years since [...] 18 February 1519": the story
        return False
    found = value_range(resolved.value) if resolved.anchored else None
    return found is not None and found[1].year < day.year - _FAR_BACK and _before_story(ctx, resolved)


def _after_writing(ctx: Context, resolved: Resolved) -> bool:
    """Whether ``resolved`` begins in a year after the time of writing."""
    if ctx.dct is None or not resolved.anchored:
        return False
    found = value_range(resolved.value)
    return found is not None and found[0].year > ctx.dct.year


def _named_by_of_before(text: str, start: int) -> bool:
    """Whether a thing named by "of" stands just before the year at ``start``, or before the range
    that year closes ("the war of 1081-1085")."""
    opened = _RANGE_OPENED_BEFORE.search(text, max(0, start - 8), start)
    at = opened.start() if opened else start
    return _NAMED_BY_OF.search(text, max(0, at - 60), at) is not None


def _before_story(ctx: Context, resolved: Resolved) -> bool:
    """Whether ``resolved`` ends before every year the text has told ("fought between August and
    November 1415 [...] the war that had started in 1337"; not "between 58 BC and 50 BC [...] who
    had agreed to assemble on 28 March 58 BC")."""
    found = value_range(resolved.value) if resolved.anchored else None
    return found is not None and bool(ctx.years_told) and found[1].year < min(y for _, y in ctx.years_told)


def _shifted_weekday(day: date, shift: int) -> int:
    """The ISO weekday of ``day`` in a calendar ``shift`` days off the Gregorian one (the Julian one a
    text keeps: "Sunday, 2 September 1666" is a Gregorian Thursday, shift 3)."""
    return (day.isoweekday() + shift - 1) % 7 + 1


def _starts_before(resolved: Resolved, day: Day | None) -> bool:
    """Whether ``resolved`` begins before ``day`` (``False`` when either is unknown)."""
    found = value_range(resolved.value) if resolved.anchored else None
    return found is not None and day is not None and found[0] < day


def _starts_after(resolved: Resolved, day: Day | None) -> bool:
    """Whether ``resolved`` begins after ``day`` (``False`` when either is unknown)."""
    found = value_range(resolved.value) if resolved.anchored else None
    return found is not None and day is not None and found[0] > day


def _planned_ahead(ctx: Context, resolved: Resolved, start: int) -> bool:
    """Whether ``resolved``, after the story's last day, is told in a sentence in the past perfect
    or after a promise: a plan made before the story's time ("had booked the flight to see the
    coronation the following Wednesday", "promised to come the next day"), which the story does
    not move to."""
    if not _starts_after(resolved, ctx.last_full_day):
        return False
    opening = _sentence_start(ctx.text, start)
    return (
        ctx.pats.flashback.search(ctx.text, opening, start) is not None
        or ctx.pats.promised.search(ctx.text, opening, start) is not None  # "promised to come the next day"
    )


def _span_end_planned(ctx: Context, start: int) -> bool:
    """Whether the plan told by "was to" before ``start`` ends a span: "until", "through" or "by" is
    told between them ("It was to last until St John's Day, 24 June 1410")."""
    plan = _WAS_TO.search(ctx.text, _sentence_start(ctx.text, start), start)
    words = _TOKEN.findall(ctx.text, plan.start(), start) if plan else []
    return any(word.lower() in ctx.lex.deadline_prepositions for word in words)


def _planned_then(ctx: Context, resolved: Resolved, start: int) -> bool:
    """Whether ``resolved``, ahead of the last date told, follows "was to" in its sentence: a plan
    of the story's time, not where it goes ("It was to last until 24 June 1410")."""
    if not _starts_after(resolved, ctx.last_told[0] if ctx.last_told else None):
        return False
    opening = _sentence_start(ctx.text, start)
    return (
        _WAS_TO.search(ctx.text, opening, start) is not None
        or ctx.pats.promised.search(ctx.text, opening, start) is not None
        or _WOULD_BY.search(ctx.text, opening, start) is not None
    )


def _opens_sentence(text: str, at: int) -> bool:
    """Whether no more than a preposition comes before ``at`` in its sentence ("At dawn", "By morning")."""
    return len(text[_sentence_start(text, at) : at].split()) <= 1


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins: after the last sentence end or line break before it
    (not after the dot of "p.m." or "Sept.", nor after a semicolon)."""
    starts = _sentence_starts(text)
    last = bisect.bisect_right(starts, at) - 1
    return max(starts[last] if last >= 0 else 0, text.rfind("\n", 0, at) + 1)


@lru_cache(maxsize=1)  # found once per text
def _sentence_starts(text: str) -> list[int]:
    """Where the text's sentences after the first begin."""
    return [stop.end() for stop in patterns().sentence_end.finditer(text) if stop[0][0] != ";"]


_OF_HEAD = re.compile(
    r"\s+of\s+(?:(?:the|this|that|its|his|her|their|our|a|an)\s+)?([\w'\u2019-]+)(?:\s+([\w'\u2019-]+))?",
    re.IGNORECASE,
)


def _names_a_time(word: str, lex: Lexicon) -> bool:
    """Whether a word can open or head the name of a stretch of time ("2013", "'80s", "year",
    "nineteenth", "next", "fiscal", "October")."""
    word = word.lower()
    return (
        word[:1].isdigit()
        or word[:1] in "'\u2019"
        or lex.unit_of(word) is not None
        or any(word in table for table in (lex.months, lex.seasons, lex.ordinals, lex.relative, lex.fiscal))
    )


_CLAUSE_MARK = re.compile(r"[,;:\u2013\u2014]")
_APPOSITION_OPENS = re.compile(r",\s$")


def _in_the_lead(text: str, at: int) -> bool:
    """Whether ``at`` is in a text's first two paragraphs (a headline and the lead, or the lead and
    the next)."""
    paragraphs, start = 0, 0
    for gap in _PARAGRAPH.finditer(text, 0, at):
        paragraphs += bool(text[start : gap.start()].strip())
        if paragraphs > _LEAD_PARAGRAPHS:
            return False
        start = gap.end()
    return paragraphs + bool(text[start:at].strip()) <= _LEAD_PARAGRAPHS


def _in_clause(ctx: Context, cue: re.Pattern[str], m: re.Match[str]) -> bool:
    """Whether ``cue`` is found in the clause that holds ``m``: its sentence, cut at the commas,
    colons and dashes either side of ``m`` ("signed on September 2, and China celebrates its
    victory every September 3": the clause after the comma is another's)."""
    text = ctx.text
    stop = ctx.pats.sentence_end.search(text, m.end())
    end = stop.start() if stop else len(text)
    start = _sentence_start(text, m.start())
    # set off by commas, it is the clause around it that tells ("Constitution Day, 5 February, is a
    # national holiday")
    aside = _APPOSITION_OPENS.search(text, start, m.start()) and text.startswith(",", m.end())
    after = _CLAUSE_MARK.search(text, m.end() + 1 if aside else m.end(), end)
    opening = m.start() - 2 if aside else m.start()
    before = [found.end() for found in _CLAUSE_MARK.finditer(text, start, opening)]
    return cue.search(text, before[-1] if before else start, after.start() if after else end) is not None


def _part_of_a_thing(ctx: Context, m: re.Match[str]) -> bool:
    """Whether a half or quarter told with no year is one of something other than a year: "the
    second half of the session", of a bill ("the first-half payment"), or of a game or race told
    near it ("scored twice early in the second half", in its sentence or the two before)."""
    of = _OF_HEAD.match(ctx.text, m.end())
    if of:
        return not any(word and _names_a_time(word, ctx.lex) for word in of.groups())
    if m["half"].lower() == "half" and _event_named_after(ctx, m.end(), ctx.lex.installment_words):
        return True  # "the first-half payment", "the second half due June 30": a part of a bill (a
        # quarter's payment of estimated taxes is the calendar quarter's)
    start = m.start()
    for _ in range(3):
        start = _sentence_start(ctx.text, max(0, start - 1))
    end = ctx.pats.sentence_end.search(ctx.text, m.end())
    return ctx.pats.match_word.search(ctx.text, start, end.start() if end else len(ctx.text)) is not None


def _event_named_after(ctx: Context, end: int, nouns: frozenset[str] | None = None) -> bool:
    """Whether the word after ``end`` names an event ("the Sept. 11 attacks"), one of ``nouns`` if
    given (the lexicon's ``event_nouns`` if not)."""
    after = _WORD_AFTER.match(ctx.text, end)
    return after is not None and after[1].lower() in (ctx.lex.event_nouns if nouns is None else nouns)


def _names_an_event(ctx: Context, resolved: Resolved, end: int) -> bool:
    """Whether ``resolved`` is the day of an event that the noun after it names ("the Sept. 11
    attacks")."""
    value = resolved.value
    return (
        _COMMON_ERA_DAY.fullmatch(value) is not None
        and ctx.lex.event_days.get(value[5:]) == int(value[:4])
        and _event_named_after(ctx, end)
    )


# between a day told and the one it is counted from: ", two days before ", ", a week after "
_COUNTED_FROM_AFTER_A_DAY = re.compile(
    r",\s+(?:[\w-]+\s+)?(?:days?|weeks?|nights?)\s+(?:before|after|ahead\s+of)\s+", re.IGNORECASE
)


def _in_another_calendar(ctx: Context, resolved: Resolved, start: int, end: int) -> bool:
    """Whether a day told at ``start``-``end`` restates the last day told, in its sentence, in a
    calendar that counts other years, which the story does not move to: "On 13 April 1909 [...] that
    day was 31 March 1325 in the Rumi calendar"; not "19 July 1588 by English reckoning", a Julian
    day, the story's, nor "today [...]. The event took place on 6 September 1885 by the Julian
    calendar"."""
    last = ctx.last_full_day
    if last is None or ctx.pats.calendar_note.match(ctx.text, end) is None:
        return False
    if ctx.last_full_day_end < _sentence_start(ctx.text, start):
        return False
    found = value_range(resolved.value)
    return found is not None and abs(found[0].year - last.year) > _CALENDARS_APART


def _in_the_gregorian_calendar(ctx: Context, start: int, end: int) -> bool:
    """Whether a day told at ``start``-``end`` restates the day told before it in its sentence in
    the Gregorian calendar ("on Monday 5 November, 15 November by the Dutch calendar"): the story
    stays on the day it told, as written."""
    return (
        ctx.last_full_day is not None
        and ctx.pats.gregorian_note_after.match(ctx.text, end) is not None
        and ctx.last_full_day_end >= _sentence_start(ctx.text, start)
    )


def _calendar_note(ctx: Context, resolved: Resolved, start: int) -> bool:
    """Whether a year or month is told in a sentence about calendars, which notes when a country
    changed its calendar and moves no story ("The rising of 1745 [...] Britain kept the Julian
    calendar until 1752"); a day told there is the story's ("2 September 1752 was followed by"), and
    someone's count is none ("lasted, in the reckoning of Thucydides, [...] from 431 to 404 BC"; but
    "The Taichu calendar of 104 BC moved the start of the year")."""
    found = value_range(resolved.value) if resolved.anchored else None
    if found is None or found[2] in _DAY_PRECISIONS:
        return False
    sentence = _sentence_start(ctx.text, start)
    return any(
        word[0].lower() in ctx.lex.calendar_nouns and _OF_NAME_AFTER.match(ctx.text, word.end()) is None
        for word in _TOKEN.finditer(ctx.text, sentence, start)
    )


def _year_behind_story(ctx: Context, resolved: Resolved, start: int) -> bool:
    """Whether ``resolved`` is a year (or a month, a season: no week or day) that ends before the day
    the story is on, not told as the start of a state ("Possibly because North Vietnam had changed
    its calendar in 1967", told of 29 January 1968; not "He had been sitting on his idea since
    1838")."""
    found = value_range(resolved.value) if resolved.anchored else None
    day = ctx.last_day
    if found is None or day is None or found[2] in _WEEK_PRECISIONS:
        return False
    last = found[1].in_cycles(ctx.cycles)
    since = _word_before(ctx.text, start).lower() in ctx.lex.origin_prepositions
    return last is not None and last < day and not since


def _in_quotes(text: str, at: int) -> bool:
    """Whether ``at`` is inside a quotation that opened in its paragraph."""
    start = max(text.rfind("\n\n", 0, at), 0)
    straight = text.count('"', start, at) % 2 == 1
    return straight or text.count("\u201c", start, at) > text.count("\u201d", start, at)


def _counted_point_mod(
    lex: Lexicon, m: re.Match[str], directions: dict[str, int], direction: str
) -> str | None:
    """The mod of the date a length and its direction give, read from the length's quantifier ("more
    than a decade later": AFTER), or ``None`` when it has none that places a point."""
    quant = " ".join((m.groupdict().get("quant") or "").lower().split())  # the length's, "more than"
    ahead = directions.get(" ".join(direction.lower().split()), 0) > 0
    return _point_mod(lex, quant, ahead) if quant in lex.point_quantifiers else None


def _point_mod(lex: Lexicon, quant: str, ahead: bool) -> str:
    """The mod of the date a quantified count reaches: "more than a decade ago" lies before it, as
    TimeML writes it, and "more than a century later" after it."""
    before = lex.point_quantifiers[quant]
    return {"BEFORE": "AFTER", "AFTER": "BEFORE"}[before] if ahead else before


def _counted_back(rule: str, m: re.Match[str], lex: Lexicon) -> bool:
    """Whether a match counts back from the last date told ("five years earlier", "the night
    before"): a flashback, after which a story goes on from where it was."""
    if rule == "sequel_unit":
        return lex.sequel_words.get((m["side"] or "").lower(), 0) < 0
    if rule == "relative_day":  # "The previous night [the detachments had clashed]"
        return (m["rel"] or "").lower() in ("previous", "preceding")
    if rule != "ago":
        return False
    direction = " ".join(m["direction"].lower().split())
    return direction in lex.anaphoric_directions and lex.directions[direction] < 0


def _remember(ctx: Context, resolved: Resolved, absolute: bool, words: str = "", end: int = 0) -> None:
    """Keep the dates later expressions may refer to ("that day", narrative anchors, clock times)."""
    found = value_range(resolved.value) if resolved.anchored else None
    if found is None:
        return
    first, last, precision = found
    if precision is Precision.YEAR and resolved.mod == "END":
        # "by the end of the year [1419] [...] In May": the story is in December, and May is 1420's
        first, precision = Day.from_ymd(first.year, 12, 1), Precision.MONTH
    # a decade or century told in passing leaves a story on the date it was on ("on 22 March" after
    # "examine the show trials of the 1950s" is the March after the one last told)
    passing = (
        ctx.narrative and ctx.story_day is not None and precision in (Precision.DECADE, Precision.CENTURY)
    )
    if passing:
        ctx.passing_told = (first, end)
    else:
        ctx.last_told, ctx.last_told_end = (first, precision), end
        ctx.last_told_days = last.ordinal - first.ordinal + 1
        ctx.at_writing = ctx.dct is not None and abs((first - ctx.dct).days) <= _NEAR_WRITING
    if precision not in (Precision.DECADE, Precision.CENTURY):
        ctx.last_fine_told = first
    if precision in _WEEK_PRECISIONS or precision is Precision.MONTH:
        ctx.last_month_told = first
    if absolute:
        ctx.years_told.append((end, first.year))
        if precision in _DAY_PRECISIONS:
            ctx.days_told[(first.month, first.day)] = first.year
    if precision in _DAY_PRECISIONS:
        clock = ctx.last_clock
        if clock is not None and (clock.year, clock.month, clock.day) != (first.year, first.month, first.day):
            ctx.last_clock = None  # another day: no clock time told on it yet
        ctx.last_full_day, ctx.last_full_day_end = first, end
        ctx.last_night = (
            first if resolved.value.endswith(("TNI", "T24:00")) else None
        )  # "that night", "by midnight"
        part = resolved.value.rpartition("T")[2]
        if part in _PART_HOURS:
            ctx.last_part_day = (first, part)
        edge = resolved.mod if "T" not in resolved.value else None
        ctx.last_edge_day = (first, edge) if edge in _EDGE_HOURS else None
        # "Sunday, 2 September 1666", "the afternoon of Friday, 15 November": the weekday it is told with
        weekday = next(
            (ctx.lex.weekdays[w.lower()] for w in _TOKEN.findall(words) if w.lower() in ctx.lex.weekdays),
            None,
        )
        if weekday and 0 < first.year <= _LAST_JULIAN_USE:  # "Sunday, 2 September 1666": the text's calendar
            shift = (weekday - date(first.year, first.month, first.day).isoweekday()) % 7
            ctx.weekday_shift = (first.year, shift)
    elif (
        absolute
        and ctx.last_full_day
        and not first <= ctx.last_full_day <= last
        and precision not in (Precision.DECADE, Precision.CENTURY)  # "in the 1860s a scientist calculated"
        and (ctx.narrative or ctx.pats.sentence_end.search(ctx.text, ctx.last_full_day_end, end) is not None)
    ):  # the story moved on to another year: "that day" is no longer the last day; in news not by a
        # year told in the day's sentence ("On Nov. 8, Enron cut its profits since 1997 [...] The next day")
        ctx.day_left, ctx.last_full_day = ctx.last_full_day, None
        if ctx.narrative:  # nor is a morning told on it the one a clock time of the morning is on ("The
            ctx.last_part_day = (
                None  # next morning [of 1661] [...] In August 1715 [...] at eight in the morning")
            )
    if absolute and not (
        ctx.narrative and ctx.story_day and precision in (Precision.DECADE, Precision.CENTURY)
    ):
        # a decade or century told in passing leaves a story in its year ("The Prague Spring of 1968
        # [...] unpopular during the mid-1960s. Novotny kept the presidency until March": 1968's)
        ctx.story_day = first
        ctx.presumed = False
        ctx.reference_is_year = precision in (Precision.YEAR, Precision.DECADE, Precision.CENTURY)
    ctx.move(first.cycles_to_date())


def _resolve_in_era(resolver: Resolver, rule: str, m: re.Match[str]) -> Resolved | None:
    """Resolve ``m`` against the dates told; in a story told before the Common Era, those were
    moved whole 400-year cycles later for ``date`` arithmetic, so a value that moves with them
    (resolving again one cycle later changes it) is moved back: "218 BC ... the following spring"."""
    resolved = resolver.resolve(rule, m)
    ctx = resolver.ctx
    if resolved is None or not ctx.cycles:
        return resolved
    ctx.move(ctx.cycles + 1)
    try:
        probe = resolver.resolve(rule, m)
    finally:
        ctx.move(ctx.cycles - 1)
    if probe is None or probe.value == resolved.value:
        return resolved
    year = _LEADING_YEAR.match(resolved.value)
    if year is None:  # a decade or century of the moved calendar: not known here
        return replace(resolved, value=_LEADING_DIGITS.sub(lambda d: "X" * len(d[0]), resolved.value))
    moved_back = add_years(int(year[0]), -CYCLE_YEARS * ctx.cycles)
    value = year_value(moved_back) + resolved.value[4:]
    if not is_timex3_value(value):  # "9999 BC [...] the final quarter": no year before 9999 BC is written
        value = _LEADING_DIGITS.sub(lambda d: "X" * len(d[0]), resolved.value)
    return replace(resolved, value=value)


def _as_new_style(ctx: Context, resolved: Resolved, m: re.Match[str]) -> Resolved:
    """A day marked as Old Style right after it ("the night of 11 March 1801 (O.S.)"), or, from
    1752 on, told in the Julian calendar as the day written ("dated 17 October in the Russian
    calendar"; not one restating the day just told, already that day), as the Gregorian day it was,
    since a TIMEX3 value is a Gregorian day; before 1752 English histories write their own Julian
    days, and those keep the day written."""
    day = _FULL_DAY.match(resolved.value)
    if day is None or day[0].startswith("BC"):
        return resolved
    if not ctx.pats.old_style_after.match(ctx.text, m.end()) and not (
        int(day[0][:4]) >= _LAST_JULIAN_YEAR
        and ctx.pats.julian_note_after.match(ctx.text, m.end())
        and str(int(day[0][8:10])) in _DAY_NUMBER.findall(m.group(0))
    ):
        return resolved
    gregorian = from_julian(date.fromisoformat(day[0]))
    return replace(resolved, value=gregorian.isoformat() + resolved.value[len(day[0]) :])


def _year_its_weekday_fits(ctx: Context, year: int, told_at: int) -> int:
    """``year``, or the year next to it where the first day told with its weekday and no year
    before ``told_at`` falls on that weekday ("On 17 August [...] Tuesday, 30 August [...] the
    armistice of 1871": a story of 1870), when it does not fall on it in ``year``."""
    found = ctx.pats.weekday_date.search(ctx.text, 0, told_at)
    if found is None or year < FIRST_GREGORIAN_YEAR:
        return year
    weekday = ctx.lex.weekdays[found["weekday"].lower()]
    month = ctx.lex.months[(found["month"] or found["month_first"]).lower()]
    day = int(found["day"] or found["day_after"])
    fits = [
        near
        for near in (year, year - 1, year + 1)
        if _valid_day(near, month, day) and date(near, month, day).isoweekday() == weekday
    ]
    return fits[0] if fits else year


def _presume_story_year(ctx: Context) -> None:
    """Start a story in the first year its text gives, if that is long before the DCT: a history
    that tells days before it names its year ("From 23 September the balloons left Paris [...] the
    siege of 1870") is in that year, not the year of writing. Weekdays still count from the DCT
    until a date is told (a history's lead: "On Wednesday the city marks ...")."""
    if not ctx.narrative or ctx.dct is None:
        return
    years = _FOUR_DIGITS.finditer(ctx.text)
    first = next((found for found in years if _FIRST_YEAR <= int(found[0]) <= ctx.dct.year), None)
    if first is not None and ctx.dct.year - int(first[0]) > _LONG_PAST_YEARS:
        year = _year_its_weekday_fits(ctx, int(first[0]), first.start())
        ctx.story_day = Day.from_ymd(year, 1, 1)
        ctx.reference_is_year = ctx.presumed = True
        ctx.move(0)


def run(text: str, dct: date | None, mode: str, language: str = "en") -> list[Timex]:
    """Tag ``text`` (see :func:`timeline.temporal.tag`)."""
    ctx = Context(text, dct, mode == "narrative", load(language), patterns(language))
    ctx.ancient = (
        any(mark in text for mark in ctx.pats.era_letters) and ctx.pats.era_mark.search(text) is not None
    ) or early_dates(ctx.pats, text) > 0
    ctx.medieval = (
        ctx.narrative
        and (
            any(int(found[1]) < _MEDIEVAL_END for found in ctx.pats.introduced_year.finditer(text))
            # "in 793 [...] in 795, 802 and 806": a story told in years of three digits alone
            or len(ctx.pats.introduced_early_year.findall(text)) >= _EARLY_YEARS_TOLD
        )
    ) or (
        # under a news lead too, when "in" introduces them ("drowned in 845 [...] had come in 795");
        # not votes or counts ("by 205-229", "for 212 apartments")
        len(ctx.pats.early_year_in.findall(text)) >= _EARLY_YEARS_TOLD
    )
    _presume_story_year(ctx)
    resolver = Resolver(ctx)
    timexes: list[Timex] = []
    for start, end, rule, m, first in _select(text, resolver):
        if ctx.narrative or (
            rule in _READS_CONTEXT and _reads_context(rule, m, ctx)
        ):  # again, in text order: "that day" needs the last date
            first = _resolve_in_era(resolver, rule, m) or first
        resolved = _as_new_style(ctx, _in_the_story_era(ctx, m, first), m)
        span_start, span_end = _trim(text, start, end, ctx.lex)
        if span_end <= span_start or (timexes and span_start < timexes[-1].span.end):
            continue  # nothing left, or in a count before it that took its first word ("days earlier")
        timexes.append(
            Timex(
                Span(span_start, span_end),
                text[span_start:span_end],
                resolved.type,
                resolved.value,
                _precision(resolved),
                resolved.mod,
                resolved.freq,
                resolved.anchored,
            )
        )
        # a length told in parts is one length before it is counted: "An hour and 20 minutes later"
        joined = _joined_length(text, timexes[-2], timexes[-1], ctx.lex) if len(timexes) > 1 else None
        if joined is not None:
            timexes[-2:] = [joined]
        # a year given in words, "936" too
        gives_year = _tells_year(m.group(0), ctx.pats) or _THREE_DIGITS.search(m.group(0)) is not None
        found_said = value_range(resolved.value) if resolved.anchored and gives_year else None
        if found_said is not None and found_said[2] not in (Precision.DECADE, Precision.CENTURY):
            ctx.year_said = (span_end, found_said[0].year)
        # "who had spent the previous night at Villanova", "who had been there since the previous
        # September": a flashback told from the story's time, which stays where it is
        flashback = (
            ctx.narrative
            and (rule in _SEQUEL_RULES or _anaphoric_relative(m, ctx.lex))
            and ctx.last_full_day is not None
            and _in_flashback(ctx, span_start)
        ) or (ctx.narrative and _counted_back(rule, m, ctx.lex))
        planned = (
            ctx.narrative
            and (rule in _SEQUEL_RULES or (rule == "weekday" and m["rel"] is not None))
            and _planned_ahead(ctx, resolved, span_start)
        )
        # "a truce was agreed in October. It was to last until 24 June 1410. Both sides spent the
        # winter preparing": a plan, any date ahead of the story's
        planned = planned or (
            ctx.narrative
            and _planned_then(ctx, resolved, span_start)
            # a plan for a day told with its year is where the story goes ("The campaign was to end
            # with a banquet on Tuesday, 22 February 1848. On the eve"); not the end of a span ("It
            # was to last until St John's Day, 24 June 1410")
            and not (
                _FULL_DAY.match(resolved.value)
                and _tells_year(m.group(0), ctx.pats)
                and not _span_end_planned(ctx, span_start)
            )
        )
        # "a pledge that no segregated delegation would be seated in 1968", told of 1964: a year
        # ahead told in the future of the past, where the story does not go
        planned = planned or (
            ctx.narrative
            and _YEAR_VALUE.match(resolved.value) is not None
            and ctx.last_day is not None
            and int(resolved.value) > ctx.last_day.year
            and _WOULD_BEFORE.search(text, max(0, span_start - 60), span_start) is not None
        )
        flashback = flashback or planned
        # "Henry revived the claim that had started the Hundred Years' War in 1337", "because the
        # North had changed its calendar in 1967": a date before the story's, told in the past
        # perfect, is a flashback too; not before a day of the time of writing, from which a story
        # opens ("On Sunday the town marks the day [...] The abbot had bought the manor in March 1190")
        flashback = flashback or (
            ctx.narrative
            and _year_in_flashback(ctx, span_start)
            and not ctx.at_writing
            and (_before_story(ctx, resolved) or _year_behind_story(ctx, resolved, span_start))
        )
        # "on 8 June 793 [...] Probably in 789 three ships of Northmen had put in at Portland": the
        # past perfect after a year that opens its clause, behind the story's day
        flashback = flashback or (
            ctx.narrative
            and _YEAR_VALUE.match(resolved.value) is not None
            and _past_perfect_after(text, span_end, ctx.lex)
            and _year_behind_story(ctx, resolved, span_start)
        )
        # "had rejected petitions in 1839 and 1842": a year joined to one told in a flashback is in it
        flashback = flashback or (
            ctx.narrative
            and ctx.flashback_told is not None
            and _tells_year(m.group(0), ctx.pats)
            and _JOINED_TO.fullmatch(text, ctx.flashback_told[1], span_start) is not None
        )
        # "shot on Good Friday, 14 April 1865, five days after Lee surrendered on Palm Sunday": the
        # event the count runs from lies behind the story's day
        flashback = flashback or (ctx.narrative and _after_an_event(ctx, span_start))
        # "On Monday, 16 July 1973 [...] that since 1971 Nixon had recorded [...] a week later": a
        # starting point before every year told is behind the story, which stays where it was, and
        # so is the year of an event named after "since" ("Not since Marbury v. Madison in 1803")
        flashback = flashback or (
            ctx.narrative
            and (
                _word_before(text, span_start).lower() in ctx.lex.origin_prepositions
                or _SINCE_EVENT_IN.search(text, max(0, span_start - 60), span_start) is not None
            )
            and _before_story(ctx, resolved)
        )
        # a day restated in brackets is not where the story is: "10:06 p.m. Friday (0106 GMT
        # Saturday)" stays on Friday; a year in them is told ("Winter Light (1954)")
        restated = _FULL_DAY.match(resolved.value) and (
            _in_brackets(text, span_start)
            or _OTHER_CLOCKS.match(text, span_end) is not None
            or _in_another_calendar(ctx, resolved, span_start, span_end)
            or _in_the_gregorian_calendar(ctx, span_start, span_end)
        )  # "at 4:30 a.m. on Thursday, 4 June, 1:30 a.m. on 5 June by the clocks of the Japanese fleet"
        # "on Saturday, March 15, two days before St. Patrick's Day": the day the one told is counted
        # from, set off after it, is no day the text goes on from
        restated = restated or (
            _FULL_DAY.match(resolved.value) is not None
            and _COUNTED_FROM_AFTER_A_DAY.fullmatch(text, ctx.last_full_day_end, span_start) is not None
            and ctx.last_full_day is not None
        )
        # "The rising of 1745 [...] Britain kept the Julian calendar until 1752": a note on calendars,
        # which the story neither moves to nor counts from
        restated = restated or (ctx.narrative and _calendar_note(ctx, resolved, span_start))
        # "in December 1380, the fourth year of Richard II's reign": the year of the date beside it,
        # which stays the finer one told
        restated = restated or (
            rule in ("regnal_year", "span_year")
            and _BESIDE.fullmatch(text, ctx.last_told_end, span_start) is not None
        )
        # "The aircraft, a twin-engined jet delivered new in 1977, departed at 21:42": an aside
        participle = (
            _ASIDE_BEFORE.search(text, max(0, span_start - 80), span_start) if ctx.narrative else None
        )
        aside = (
            participle is not None
            # "delivered new in 1977", "lost in June 1756": a past participle, regular or not
            and (participle["verb"].endswith("ed") or participle["verb"] in ctx.lex.irregular_past)
            and participle["verb"] not in ctx.lex.intransitive_pasts
        )
        aside = aside and _ASIDE_AFTER.match(text, span_end) is not None
        # "the patron saint of the Rock, British since 1704": a state of the present, which the story
        # neither moves to nor counts from
        present_state = (
            ctx.narrative and _PRESENT_SINCE.search(text, max(0, span_start - 90), span_start) is not None
        )
        # "two letters to Tacitus written about AD 106": when a thing was made, not where the story is;
        # "the largest battle fought in Europe between 1871 and 1914": a frame for a superlative;
        # "14 July has been the national holiday since 1880": the present's, told in the perfect
        aside = aside or (
            ctx.narrative
            and (
                _made_then(text, span_start, span_end, ctx.lex)
                or _SUPERLATIVE_FRAME.search(text, max(0, span_start - 90), span_start) is not None
                or _PERFECT_SINCE.search(text, max(0, span_start - 90), span_start) is not None
                or present_state
                or (  # "Since 1988 the United Nations has marked every 26 June": the present's
                    _SINCE_OPENING.search(text, max(0, span_start - 8), span_start) is not None
                    and _PERFECT_AFTER.match(text, span_end) is not None
                )
                or _WHICH_CLAUSE_BEFORE.search(text, max(0, span_start - 90), span_start) is not None
            )
        )
        # "sacked on 6 May 1527 [...] compared with the sacks of AD 410 and 455 [...] later that month":
        # a story on a day does not go back centuries before every year it has told
        aside = aside or (ctx.narrative and _centuries_back(ctx, resolved))
        # "it last passed close to the Sun in 1986 and is expected back in 2061", in a story of 1066:
        # a year after the time of writing is a forecast, not where the story goes
        aside = aside or (ctx.narrative and _after_writing(ctx, resolved))
        # "readmitted the members excluded by Pride's Purge in 1648" in a story of 1660: a participle's
        # date before every year told says when a thing was done, not where the story goes
        aside = aside or (
            ctx.narrative
            and (
                _DONE_BY_IN.search(text, max(0, span_start - 60), span_start) is not None
                # "the oil boom that began in 1930", in a story of 1937: a relative clause's date
                or _RELATIVE_IN.search(text, max(0, span_start - 60), span_start) is not None
            )
            and _before_story(ctx, resolved)
        )
        # "Apollo 13, launched in April 1970, was the seventh": the first date a story tells is where
        # it is, even in an aside
        aside = aside and ctx.last_told is not None
        # "a church, which was not consecrated until 1879. The following year": a later year a span
        # runs until, told on a day at the end of its clause, is the end of a thing the story passes
        # by, and no date to count from (but "waited until 1752, when" is the time of what follows)
        until = (
            ctx.narrative
            and (
                _CLAUSE_ENDS.match(text, span_end) is not None
                # "Not until 1997, sixty years after the attack, did a German head of state apologise"
                or _NOT_UNTIL_OPENING.search(text, max(0, span_start - 12), span_start) is not None
                # "he did not see his capital again until January 1649, when he returned as a
                # prisoner": what did not happen again until then leaps ahead, whatever follows (but
                # "did not reach Lisbon until August 1584 [...] that November" goes there)
                or _NEGATED_UNTIL.search(text, max(0, span_start - 80), span_start) is not None
            )
            and ctx.last_full_day is not None
            and _YEAR_OR_MONTH_VALUE.match(resolved.value) is not None
            and int(resolved.value[:4]) > ctx.last_full_day.year
            and _UNTIL_BEFORE.search(text, max(0, span_start - 40), span_start) is not None
        )
        # "ruled the republic until its fall in 1797", told in a story of 1323: an end centuries on,
        # which the story passes by whatever it was told to
        until = until or (
            ctx.narrative
            and not ctx.cycles
            and _CLAUSE_ENDS.match(text, span_end) is not None
            and ctx.last_mentioned is not None
            and _YEAR_VALUE.match(resolved.value) is not None
            and int(resolved.value) - ctx.last_mentioned.year > _FAR_AHEAD
            and _UNTIL_CLAUSE_BEFORE.search(text, max(0, span_start - 60), span_start) is not None
        )
        # "by Wednesday 10 October they had regained the 1967 ceasefire line", "renounced the pact of
        # 1932 two days later": a year that names a thing, in a sentence already on a day, is not a
        # date the story tells ("her 1971 tour" is), nor one to count from
        names_a_thing = _YEAR_VALUE.match(resolved.value) is not None and (
            # "the tenth anniversary of Hitler's appointment as chancellor in 1933": the event's year
            (
                text[span_start:span_end].isdigit()
                and ctx.pats.anniversary_of.search(text, max(0, span_start - _ANNIVERSARY_REACH), span_start)
                is not None
            )
            or (
                ctx.narrative
                and _ARTICLE_BEFORE.search(text, max(0, span_start - 5), span_start) is not None
                and _NAME_GOES_ON.match(text, span_end) is not None
            )  # "qualifying matches for the 1970 World Cup [...] that June": an event's name
            or (
                ctx.last_full_day is not None
                and (
                    (
                        ctx.pats.sentence_end.search(text, ctx.last_full_day_end, span_start) is None
                        and _ARTICLE_BEFORE.search(text, max(0, span_start - 5), span_start) is not None
                        and _NOUN_AFTER.match(text, span_end) is not None
                    )  # "the 1967 ceasefire line"
                    or (
                        _PARAGRAPH.search(text, ctx.last_full_day_end, span_start) is None
                        and (
                            int(resolved.value) < ctx.last_full_day.year
                            or _UNTIL_NAMED.search(text, max(0, span_start - 60), span_start) is not None
                        )
                        and _NAMED_BY_OF.search(text, max(0, span_start - 60), span_start) is not None
                    )  # "On Sunday, 26 November [1939] shells fell; Moscow renounced the pact of 1932", "on
                    # 6 December 1917 [...] the largest explosion until the atomic bombs of 1945"; not "The
                    # campaign of 1229 lasted through the summer", the story's next year
                )
            )
            or (  # "In the spring of 1894 [...] in early June, [...] citing the Tianjin Convention of
                # 1885": a thing named by a year before the one a story is in, in the same paragraph,
                # or by years ("In the summer of 1185 [...] since Robert Guiscard's war of 1081-1085")
                ctx.narrative
                and ctx.last_full_day is None
                and ctx.reference is not None
                and int(resolved.value) < ctx.reference.year
                and _PARAGRAPH.search(text, ctx.last_told_end, span_start) is None
                and _named_by_of_before(text, span_start)
            )
        )
        # "after the Sept. 11 attacks": the day an event is named for, which the text does not move to
        names_a_thing = names_a_thing or _names_an_event(ctx, resolved, span_end)
        # "Many had been shopping three weeks before Christmas": the day a length counts from, in a
        # story, is not where it goes on
        names_a_thing = names_a_thing or (
            ctx.narrative
            and rule == "holiday"
            and _COUNTED_FROM_BEFORE.search(text, max(0, span_start - 30), span_start) is not None
        )
        # "the borough held its Halloween parade" on the Friday: a feast that names an event of its
        # season, held on a day of its own, which the story does not move to
        names_a_thing = names_a_thing or (
            ctx.narrative and rule == "holiday" and _event_named_after(ctx, span_end, ctx.lex.feast_events)
        )
        # "a conversion of the calendar by a nineteenth-century scholar": an age that qualifies a
        # noun says when something was done, not where the story is
        qualifier = ctx.narrative and _QUALIFYING_AGE.search(m.group(0)) is not None
        quoted = ctx.narrative and _in_quotes(text, span_start)
        # "Perry announced he would return for an answer the following spring": a season counted on
        # from the story's, told ahead in the future of the past, passes by
        passing = (
            ctx.narrative
            and rule == "season"
            and _anaphoric_relative(m, ctx.lex)
            and _WOULD_BEFORE.search(text, max(0, span_start - 60), span_start) is not None
        )
        # "Wellington's Victory, first performed in Vienna on 8 December.": when a work was first
        # done, which the story does not move to
        done_first = (
            ctx.narrative
            and _FIRST_DONE_BEFORE.search(text, max(0, span_start - 60), span_start) is not None
            and _CLAUSE_CLOSED.match(text, span_end) is not None
        ) or (  # "told the story in a book published in 1795": when a work was made
            ctx.narrative
            and ctx.pats.work_made_before.search(text, max(0, span_start - 60), span_start) is not None
        )
        # "The rebels, in the city since Thursday, met him [on Saturday 15 June]": a starting point
        # behind the story's day, which the story does not go back to
        # ("By the last weekend of August 1883 [...] erupting ever since 20 May": a week or month too)
        told = ctx.last_told
        origin = (
            ctx.narrative
            and _word_before(text, span_start).lower() in ctx.lex.origin_prepositions
            and _FULL_DAY.fullmatch(resolved.value) is not None
            and (
                (ctx.last_day is not None and _starts_before(resolved, ctx.last_full_day))
                or (
                    told is not None
                    and told[1] in (*_WEEK_PRECISIONS, Precision.MONTH)
                    and _starts_before(resolved, told[0])
                )
            )
        )
        # "had been part of disaster work since the Bureau of Mines was founded in 1910": a starting
        # point a "since" clause tells, before the story's day, which the story does not go back to
        origin = origin or (
            ctx.narrative
            and ctx.last_full_day is not None
            and _SINCE_CLAUSE_BEFORE.search(text, max(0, span_start - 60), span_start) is not None
            and _starts_before(resolved, ctx.last_full_day)
        )
        if (
            not flashback
            and not restated
            and not qualifier
            and not names_a_thing
            and not quoted
            and not until
            and not done_first
            and not passing
            and not origin
        ):
            absolute = not aside and (
                rule in _ERA_RULES
                or _tells_year(m.group(0), ctx.pats)
                # "on 9 Thermidor Year II"; not a name, "the coup of 18 Fructidor Year V"
                or (
                    m.groupdict().get("republican_year") is not None
                    and _word_before(text, span_start) != "of"
                )
                or (ctx.ancient and _THREE_DIGITS.search(m.group(0)) is not None)  # the spring of 622
                or (rule in _DAY_RULES and m.groupdict().get("year_rel") is not None)  # 26 May this year
                or _weekday_moved_year(ctx, rule, m, resolved)
                # "The following year Sobieski took his revenge. In November": the story's next year
                or (
                    ctx.narrative
                    and rule == "relative_unit"
                    and resolved.anchored
                    and _YEAR_VALUE.fullmatch(resolved.value) is not None
                    and (_anaphoric_relative(m, ctx.lex) or _after_the(m, ctx.lex))
                    and _opens_sentence(text, span_start)
                )
                # "A century ago the Titanic sank [...] on Wednesday, 10 April": a year counted back,
                # or its day or week ("Eighty years ago today [...] had spent August with his family")
                or (
                    ctx.narrative
                    and rule == "ago"
                    and resolved.anchored
                    and ctx.dct is not None
                    and (found := value_range(resolved.value)) is not None
                    and found[2] not in (Precision.DECADE, Precision.CENTURY)
                    and found[0].year < ctx.dct.year
                )
            )
            # "at 0210 GMT on June 1": a clock time's day is the date told next, not yet known
            day_next = rule in _CLOCK_RULES and _DATE_TOLD_AFTER.match(text, span_end) is not None
            if not present_state and not day_next:
                _remember(ctx, resolved, absolute, m.group(0), end)
            if not ctx.narrative and _FROM_WRITING.match(m.group(0)) and ctx.day_long_past() is not None:
                # "took effect on Jan. 20, 2014 [...] missed a first deadline last July [...] on March
                # 3": news back in the present, no longer on the day long past
                ctx.day_left, ctx.last_full_day = ctx.last_full_day, None
                ctx.move(ctx.cycles)
            if _COMMON_ERA_DAY.match(resolved.value) and not ctx.cycles:
                ctx.days_said.append(date.fromisoformat(resolved.value[:10]))
                ctx.day_heading = (
                    ctx.days_said[-1] if _alone_on_its_line(text, span_start, span_end) else None
                )
                # not one a "when" clause tells of: "since Feb. 9, 1971, when the quake struck"
                ctx.day_of_origin = (
                    ctx.days_said[-1]
                    if _word_before(text, span_start).lower() in ctx.lex.origin_prepositions
                    and not _WHEN_CLAUSE.match(text, span_end)
                    else None
                )
                ctx.day_reported = (
                    ctx.days_said[-1]
                    if resolved.type is TimexType.DATE
                    and _REPORTED_ON.search(text, max(0, span_start - 40), span_start)
                    else None
                )
                if not ctx.narrative and ctx.dct is not None and ctx.days_said[-1] > ctx.dct:
                    ctx.day_ahead = (ctx.days_said[-1], end)
            if rule == "weekday" and _heads_a_list(text, m) and _FULL_DAY.match(resolved.value):
                ctx.last_heading = (date.fromisoformat(resolved.value[:10]), end)
            if not ctx.narrative and _FULL_DAY.match(resolved.value) and resolved.type is TimexType.DATE:
                # a day told without its year narrates; a clock time on it does not ("the earthquake of
                # April 18, 1906, which struck at 5:12 a.m. [...] a clerk working late Tuesday")
                # nor a day counted from the time of writing ("hit the island 19 years ago to the day",
                # "on 14 May last year")
                ctx.recalling = (
                    rule != "ago"
                    and m.groupdict().get("year_rel") is None
                    and ctx.day_long_past() is not None
                    and not _tells_year(m.group(0), ctx.pats)
                )
            elif ctx.at_writing:  # "The next day [of 2005] [...] earlier this month": back to the present
                ctx.recalling = False
            opening = _range_opening(text, timexes, ctx) if absolute and ctx.narrative else None
            if opening is not None:  # "fought from 21 February to 18 December 1916. [...] set for 12
                # February": a story that opens with its span goes on from the span's start
                _remember(ctx, opening, absolute=True, end=end)
        elif flashback:  # "had won Sicily in 1266, [...] and two years later": 1268, still a flashback;
            # not a state's starting point ("had divided the city since 13 August 1961")
            found = value_range(resolved.value) if resolved.anchored else None
            origin = _word_before(text, span_start).lower() in ctx.lex.origin_prepositions
            aside = ctx.pats.flashback_aside.search(text, max(0, span_start - _ASIDE_REACH), span_start)
            # a plan's clause ends at its comma too: "announced that he would return the following
            # spring for an answer, and the squadron sailed away on 17 July" (1853's)
            closing = text.find(",", end) if aside or planned else -1
            clause_end = closing if closing >= 0 else len(text)
            ctx.flashback_told = (
                ((found[0], found[2]), end, clause_end, found[1].ordinal - found[0].ordinal + 1)
                if found and not origin
                else None
            )
        clock = _CLOCK_TOLD.match(resolved.value) if resolved.type is TimexType.TIME else None
        if clock and not flashback and not restated:
            ctx.last_clock = datetime.fromisoformat(clock[0])
        elif _day_of_the_clock_before(text, timexes, resolved):
            # "at 10 a.m. on 27 July 1953 [...] twelve hours later": the clock time told before its day
            before = _CLOCK_BEFORE_DAY.match(timexes[-2].value)
            ctx.last_clock = datetime.fromisoformat(resolved.value[:10] + (before[1] if before else ""))
        # "found the tent on 12 November 1912, nearly eight months later": set beside the date just
        # told, the count restates it (from an earlier event), and the story stays on that date
        beside = _BESIDE.fullmatch(text, ctx.last_told_end, timexes[-1].span.start) is not None
        back_then = ctx.flashback_told if _counts_in_flashback(ctx, timexes[-1].span.start) else None
        word = _EXACT_BEFORE.search(text, max(0, timexes[-1].span.start - 12), timexes[-1].span.start)
        exact = word if word and word[1].lower() in ctx.lex.exact_words else None  # "exactly a month later"
        counted = (back_then or ctx.last_told) and counted_date(
            text,
            timexes[-1],
            *(
                back_then[0]
                if back_then
                else ctx.counted_from(
                    ctx.last_told,
                    in_days=_IN_DAYS.match(timexes[-1].value) is not None,
                    finer=_IN_MONTHS.match(timexes[-1].value) is not None,
                )
            ),
            ctx.lex,
            restated=beside,
            exact=exact is not None,
        )
        if (
            counted
            and ctx.dct is not None
            and _YEAR_VALUE.match(counted.value)
            and int(counted.value) > ctx.dct.year + 1
        ):  # "the centenary of the first shell falls on Sunday. A century later, the woods still hide
            # shells": years counted on past the time of writing, in round numbers, come to it
            counted = Counted(year_value(ctx.dct.year), counted.end)
        counted_time = (
            ctx.narrative and ctx.last_clock and counted_clock(text, timexes[-1], ctx.last_clock, ctx.lex)
        )
        anniversary = not counted and years_on(
            text, timexes[-1], ctx.dct, (year for _, year in ctx.years_told)
        )
        from_now = not counted and not anniversary and counted_from_now(text, timexes[-1], ctx.now(), ctx.lex)
        if counted_time:  # "At 11.42 p.m. [...] three minutes later": a story's clock time, 23:45
            time_told = Resolved(TimexType.TIME, counted_time.value, timexes[-1].mod)
            timexes[-1] = _counted_timex(text, timexes[-1], time_told, counted_time.end)
            _remember(ctx, time_told, absolute=True, end=counted_time.end)
            ctx.last_clock = datetime.fromisoformat(counted_time.value)
        elif anniversary:  # "The bomb fell in 1945 [...] Seventy years on": the time of writing
            timexes[-1] = _counted_timex(
                text, timexes[-1], Resolved(TimexType.DATE, anniversary.value), anniversary.end
            )
        elif from_now:  # "a fortnight ago", "more than a quarter of a century ago": from the time of writing
            mod = _counted_point_mod(
                ctx.lex, m, ctx.lex.directions, text[timexes[-1].span.end : from_now.end]
            )
            timexes[-1] = _counted_timex(
                text, timexes[-1], Resolved(TimexType.DATE, from_now.value, mod), from_now.end
            )
        elif counted:  # "Five days later ... the next morning": the story moves on by five days
            mod = _counted_point_mod(
                ctx.lex, m, ctx.lex.counting_words, text[timexes[-1].span.end : counted.end].split()[-1]
            )
            date_told = Resolved(TimexType.DATE, counted.value, mod or timexes[-1].mod)
            # "the sun of Austerlitz, which Napoleon would invoke at Borodino seven years later", "three
            # years later Orchard would claim the crime": a glimpse ahead, told in the future of the
            # past, after which the story is where it was
            start = timexes[-1].span.start
            # "His Victoria Cross, gazetted two months later, was the first of the war": a participle's
            # count set off by commas, after which the story is where it was
            aside = _COUNT_ASIDE_BEFORE.search(text, max(0, start - 30), start) and text.startswith(
                ",", counted.end
            )
            if (
                not beside
                and not aside
                and not back_then
                and not (
                    ctx.narrative
                    and (
                        _WOULD_BEFORE.search(text, max(0, start - _WOULD_REACH), start)
                        # "three years later Orchard would claim the crime as his own"
                        or _WOULD_AFTER.match(text, counted.end)
                    )
                )
            ):
                _remember(ctx, date_told, absolute=True, end=counted.end)
            # a story's "five days later" is that date, as TIMEX2 and WikiWars tag it; but "clung to
            # Charleston for more than a year afterwards" tells how long, though the story moves on
            lasting = _word_before(text, timexes[-1].span.start).lower() in ctx.lex.length_leaders
            if ctx.narrative and not lasting:  # "exactly a month later": with the word that makes it exact
                timexes[-1] = _counted_timex(
                    text, timexes[-1], date_told, counted.end, exact.start() if exact else None
                )
    timexes = _counts_restated(text, timexes, ctx)
    # a day restated with its year first, so that a clock time told on it takes that year ("at 10:21
    # p.m. on Christmas Eve, 24 December 1953")
    timexes = _days_restated_with_their_year(text, timexes, ctx.pats)
    timexes = _clock_times_on_their_day(text, timexes, ctx.lex)
    timexes = _hours_opening_ranges(text, timexes)
    timexes = _clock_times_of_their_set(text, _recurring_clock_times(text, timexes, ctx))
    timexes = _ranges_run_forward(text, _ranges_share_their_year(text, timexes, ctx), ctx)
    timexes = _days_restated_by_date(text, timexes, ctx)
    timexes = _weekdays_named_by_feasts(text, timexes, ctx.lex)
    timexes = _weekdays_days_fall_on(text, timexes, ctx)
    timexes = _days_beside_days(text, _coordinated_days(text, timexes, ctx), ctx)
    timexes = _same_day_of_another_year(text, timexes, ctx)
    timexes = _weekdays_with_their_article(text, timexes, ctx.lex)
    timexes = _clock_times_of_dated_parts(text, timexes, resolver)
    return _edges_of_periods(text, timexes, ctx)


_FEAST_APPOSITION = re.compile(r",\s+(?:the\s+)?")


def _weekdays_named_by_feasts(text: str, timexes: list[Timex], lex: Lexicon) -> list[Timex]:
    """A weekday restated by a feast that falls on it is the feast's day: "rallies on Monday, the
    Martin Luther King Jr. Day holiday", "on Monday, New Year's Eve"."""
    out = list(timexes)
    for i, (weekday, feast) in enumerate(pairwise(timexes)):
        named = lex.weekdays.get(weekday.text.lower())
        if (
            named
            and feast.type is TimexType.DATE
            and _COMMON_ERA_DAY.fullmatch(feast.value)
            and date.fromisoformat(feast.value).isoweekday() == named
            and _FEAST_APPOSITION.fullmatch(text, weekday.span.end, feast.span.start)
        ):
            out[i] = replace(weekday, value=feast.value, anchored=feast.anchored)
    return out


# "Christmas falls on a Sunday this year", "when Boxing Day fell on a Friday"
_FALLS_ON = re.compile(r"\s+(?:will\s+|would\s+)?(?:falls?|fell|lands?|landed)\s+on\s+(?P<article>an?\s+)?")


def _weekdays_days_fall_on(text: str, timexes: list[Timex], ctx: Context) -> list[Timex]:
    """A weekday a day falls on is that day, with its article ("Christmas falls on a Sunday this
    year"); a day of the month with no year told is moved to the year next to its own where it is
    that weekday ("Last year, when Boxing Day fell on a Friday", "Christmas will fall on a Monday")."""
    out = list(timexes)
    for i, (day, weekday) in enumerate(pairwise(timexes)):
        named = ctx.lex.weekdays.get(weekday.text.lower())
        falls = _FALLS_ON.fullmatch(text, day.span.end, weekday.span.start)
        if not (named and falls and day.type is TimexType.DATE and _COMMON_ERA_DAY.fullmatch(day.value)):
            continue
        told = date.fromisoformat(day.value)
        years = [told.year] if _tells_year(day.text, ctx.pats) else [told.year, told.year - 1, told.year + 1]
        fits = [y for y in years if MINYEAR <= y <= MAXYEAR and _valid_day(y, told.month, told.day)]
        year = next((y for y in fits if date(y, told.month, told.day).isoweekday() == named), None)
        if year is None:
            continue
        value = date(year, told.month, told.day).isoformat()
        start = falls.start("article") if falls["article"] else weekday.span.start
        out[i] = replace(day, value=value)
        out[i + 1] = replace(
            weekday, span=Span(start, weekday.span.end), text=text[start : weekday.span.end], value=value
        )
    return out


def _told_in_flashback(ctx: Context, at: int) -> tuple[Day, Precision] | None:
    """The date told in a flashback that an expression at ``at`` goes on from, if any."""
    return ctx.flashback_told[0] if ctx.flashback_told and _counts_in_flashback(ctx, at) else None


def _counts_in_flashback(ctx: Context, at: int) -> bool:
    """Whether a count at ``at`` goes on from a date a story told in a flashback since the last date
    it moved to, in the same sentence ("had won the kingdom in 1266, [...] and two years later he
    had Conradin beheaded": 1268, and the story stays where it was), and not after the comma that
    closes a relative clause holding it ("Charles, who had succeeded in November 1916, tried")."""
    told = ctx.flashback_told
    return (
        ctx.narrative
        and told is not None
        and told[1] > ctx.last_told_end
        and at < told[2]
        and ctx.pats.sentence_end.search(ctx.text, told[1], at) is None
    )


# "was to last until", not "was to have" (a plan that did not happen, told as past)
_WAS_TO = re.compile(r"\b(?:was|were)\s+(?:due\s+)?to\s+(?!have\b)[^.;:!?\n]{0,60}$")  # was (due) to
# "announced that Britain would transfer power by June 1948": a deadline of the story's future
_WOULD_BY = re.compile(
    r"\b(?:would|could|(?:orders?|instructions?|mandate)\s+to)\s+(?!have\b)[^.;:!?\n]{0,60}"
    r"\b(?:by|until|till|no\s+later\s+than)\s+$"
)
_COUNT_ASIDE_BEFORE = re.compile(r",\s+[a-z]+(?:ed|en)\s+$")
_SUPERLATIVE_FRAME = re.compile(
    r"\b(?:[a-z]+est|worst|first|second|third|fourth|fifth|only|most\s+[a-z]+)\b[^.;:!?\n]*"
    r"\b(?:since|between(?:\s+\d{3,4}\s+and)?)"
    r"(?:\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*){0,3}\s+in)?\s+$"  # "since Cannae in 216 BC"
)
# "the Julian calendar, which England kept until 1752": a clause about something else
_WHICH_CLAUSE_BEFORE = re.compile(r",\s+(?:(?:on|in|at|during|by)\s+)?which\s+[^,.;:!?()\n]*$")
_WOULD_REACH = 100  # characters before a count its "would" may be told in ("would not see London [...]")
_WOULD_AFTER = re.compile(r",?\s+(?:[\w'-]+\s+){0,3}?would\b(?!\s+have\b)", re.IGNORECASE)
_WOULD_BEFORE = re.compile(
    r"\bwould\s+(?:not\s+)?[a-z]+\b[^,.;:!?\n]*$"
)  # "which he would invoke at Borodino"
# "five days after General Lee surrendered [...] on": a count back to an earlier event
_AFTER_AN_EVENT = re.compile(r"\b\w+\s+(?:days?|weeks?|months?|years?)\s+after\s", re.IGNORECASE)
_SINCE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)Since\s+$")  # a sentence opened by "Since" and a year
_PERFECT_AFTER = re.compile(
    r",?\s+(?:[\w'-]+\s+){0,4}?(?:has|have)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|un|ept|ade)\b"
)
# "has been the national holiday since 1880", "had been quiet for half a century, since a small eruption in"
_PERFECT_SINCE = re.compile(
    r"\b(?:has|have|having|had)\s+(?:[\w'-]+,?\s+){0,8}?since\s+(?:(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}(?:in|of)\s+)?$"
)
# "St Bernard, who is now the patron saint of the Rock, British since 1704": a state of the present
_PRESENT_SINCE = re.compile(r"\b(?:is|are)\s+(?:[\w'-]+,?\s+){0,10}?since\s+$")
_MADE_THEN = re.compile(
    r"(?:\b(?P<before>[A-Za-z]+)\s+|(?P<opening>(?:^|[.!?]\s+|\n)))(?P<participle>[A-Za-z]+)"
    # "a study directed by Admiral Rickover in", "a pocket watch raised from the seabed in"
    r"\s+(?:(?:by|from)\s+(?:[\w'-]+\s+){1,4}?(?=in\s))?(?:(?:in|about|around|c\.|circa)\s+)?$"
)


_MADE_BETWEEN = re.compile(r",\s+(?P<participle>[a-z]+)\s+between\s+(?:\d{3,4}\s+and\s+)?$")


def _made_then(text: str, at: int, end: int, lex: Lexicon) -> bool:
    """Whether a date at ``at`` (to ``end``) follows a participle that qualifies a noun ("letters
    written about AD 106", "the bridge, built between 1916 and 1919", "a study published in 1976
    blamed", where the sentence's verb comes after the date), or opens its sentence ("Built in the
    1370s, the Bastille held"), not a verb of the story ("were written in 106", "had recently
    written in 1805", "The tide turned in 1758")."""
    between = _MADE_BETWEEN.search(text, max(0, at - 40), at)  # "The bridge, built between 1916 and 1919"
    if between is not None:
        participle = between["participle"].lower()
        return participle.endswith("ed") or participle in lex.pure_participles | lex.irregular_past
    found = _MADE_THEN.search(text, max(0, at - 70), at)
    if found is None:
        return False
    participle = found["participle"].lower()
    if found["opening"] is not None:
        return participle.endswith("ed") or participle in lex.pure_participles | lex.irregular_past
    before = found["before"].lower()
    if before in lex.auxiliaries or before.endswith("ly"):
        return False
    if participle in lex.pure_participles:
        return True
    verb = _WORD_AFTER.match(text, end)  # "a study published in 1976 blamed a fire": the verb is after it
    return (
        participle.endswith("ed")
        and verb is not None
        and (verb[1].lower().endswith("ed") or verb[1].lower() in lex.irregular_past | lex.auxiliaries)
    )


def _heads_a_list(text: str, m: re.Match[str]) -> bool:
    """Whether a weekday begins its line and a colon follows it: the head of a day in a list (a
    forecast, a timetable, a chronology)."""
    line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    return not line.strip() and _LIST_HEAD.match(text, m.end()) is not None


def _heads_its_line(text: str, timex: Timex) -> bool:
    """Whether ``timex`` opens its line as the head of a list's entry ("Friday, September 15: New
    Zealand v Namibia"), which a clock time on the line before is not on."""
    line = text[text.rfind("\n", 0, timex.span.start) + 1 : timex.span.start]
    return not line.strip() and _LIST_HEAD.match(text, timex.span.end) is not None


def _day_of_the_clock_before(text: str, timexes: list[Timex], resolved: Resolved) -> bool:
    """Whether ``resolved`` (the last of ``timexes``) is a day told right after a clock time, whose
    day it is ("at 10 a.m. on 27 July 1953")."""
    if len(timexes) < 2 or not _COMMON_ERA_DAY.fullmatch(resolved.value):
        return False
    clock, day = timexes[-2], timexes[-1]
    return (
        bool(_CLOCK_BEFORE_DAY.match(clock.value))
        and _CLOCK_ON.fullmatch(text, clock.span.end, day.span.start) is not None
    )


def _after_an_event(ctx: Context, at: int) -> bool:
    """Whether a date at ``at`` is of the event a count just after the last day told runs from, in
    its sentence ("shot on Good Friday, 14 April 1865, five days after Lee surrendered on Palm
    Sunday"): a day behind the story's."""
    if ctx.last_full_day is None:
        return False
    count = _AFTER_AN_EVENT.search(ctx.text, ctx.last_full_day_end, at)
    return (
        count is not None
        and "," not in ctx.text[count.end() : at]  # not "six months after the licence, and the twins on"
        and ctx.pats.sentence_end.search(ctx.text, count.end(), at) is None
    )


def _in_brackets(text: str, at: int) -> bool:
    """Whether ``at`` is inside a bracket opened on its line: a restatement or an aside."""
    line = text.rfind("\n", 0, at)
    return text.rfind("(", line + 1, at) > text.rfind(")", line + 1, at)


def _counted_timex(text: str, length: Timex, counted: Resolved, end: int, start: int | None = None) -> Timex:
    """The length of time before "later" or "earlier" taken with that word (and from ``start``, a
    word before it), as the date it gives."""
    start = length.span.start if start is None else start
    return Timex(
        Span(start, end),
        text[start:end],
        counted.type,
        counted.value,
        _precision(counted),
        counted.mod,
        None,
        length.anchored,
    )


# a clock time on a day of the Common Era, which a later "three minutes later" counts from
_EXACT_BEFORE = re.compile(r"\b(\w+)\s+$")  # "exactly" before "a month later"
_CLOCK_TOLD = re.compile(r"^\d{4}-\d\d-\d\dT(?:[01]\d|2[0-3]):[0-5]\d")
# a clock time told before its day, of a day known or not yet ("in 1832 [...] at 2.12 a.m. on 20 June 1837")
_CLOCK_BEFORE_DAY = re.compile(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}(T(?:[01]\d|2[0-3]):[0-5]\d)")
# "5 a.m. on 11 November 1918", "noon, March 3"; not across a paragraph's end
_CLOCK_ON = re.compile(r",?(?:[ \t]+|[ \t]*\n[ \t]*(?!\n))(?:(?:on|of)\s+(?:the\s+)?)?")
# "a 10 a.m. performance on Christmas Eve"; not a participle, "the 6 p.m. start imposed a day earlier"
_NOUN_ON = re.compile(r"(?:\s+(?![a-z]+ed\b)[a-z]+){1,2}\s+(?:on\s+)?")
_BRACKETED = re.compile(r"\s*\([^()]*\)|^\)")  # a restatement: "10:35 a.m. (0735 GMT) Friday"
_IN_AFTER_COMMA = re.compile(r",\s+in\s+")  # "On 24 February 1739, in the Hijri year 1151"
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
# "1 a.m. and 4 a.m. Sunday", "Polls open at 7 a.m. and close at 8 p.m. Tuesday"
_CLOCK_RANGE = re.compile(r"\s*(?:and|to|until|till|through|-|\u2013)\s*|\s+and\s+[a-z]+\s+at\s+")
_CLOCK_VALUE = re.compile(r"^(?:BC)?[\dX]{4}-[\dX]{2}-[\dX]{2}(T.+)$")
_DAY_VALUE = re.compile(r"^(?:BC)?\d{4}-\d{2}-\d{2}$")
_AM_PM = re.compile(r"\b[ap]\.?m\b|morning|afternoon|evening|night", re.IGNORECASE)  # told which half
_DAY_PART_VALUE = re.compile(r"^(?:BC)?\d{4}-\d{2}-\d{2}T[A-Z]{2}$")  # the morning of 22 January
_SET_AFTER = re.compile(r",?\s+(?:on\s+)?")  # "at 7 a.m. daily", "until 11pm on Sundays"
# clock times of one range or list: "from 6 a.m. to 9 a.m. and from 4 p.m. to 7 p.m."
_CLOCK_CHAIN = re.compile(r"\s*(?:to|and|until|till|through|-|\u2013)\s+(?:from\s+)?|\s*,\s*")
_RANGE_OPENER = re.compile(r"\s+(?:between|from)\s+")  # "every six minutes between 7am and 9.30am"
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|then)\b")  # "twice daily, and the 6 a.m. briefing"


_PARTIAL_DATE = re.compile(r"^(?:BC)?(?:\d{4}|XXXX)-(\d{2})(-\d{2})?$")  # a month or a day, maybe yearless
_AD_YEAR_VALUE = re.compile(r"(0\d{3})(?=$|-)")  # a value whose year is one of the first millennium
_PERIOD_VALUE = re.compile(r"\d{2,3}")  # a century (03) or a decade (042) of the Common Era
_LAST_TWO_WORDS = re.compile(r"(\w+)\s+(\w+)\s+$")
_MEDIEVAL_END = 1500  # a story that tells a year before it tells years of three digits too
_LEAD_PARAGRAPHS = 2  # a headline and the lead
_EARLY_YEARS_TOLD = 2  # or one that introduces that many years of three digits
_ERA_REACH = 300  # years from a BCE story's year within which a year told with no era is BCE too
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")  # a year, also in a decade: 1912, the 1960s
# a year of fewer digits after a day and its month: "8 August 754", "Aug. 8, 754"
_SHORT_YEAR_AFTER_DAY = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+\.?|\b[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,)\s+\d{1,3}$"
)
_THREE_DIGITS = re.compile(r"(?<!\d)\d{3}(?!\d)")  # a year of the first millennium: 1 November 866


def _weekday_moved_year(ctx: Context, rule: str, m: re.Match[str], resolved: Resolved) -> bool:
    """Whether a story's day told with its weekday and no year fell in a year near the story's other
    than its own: the weekday told the year, and the story goes on there ("A recording of 23 June
    1972, released on 5 August [...] on Thursday, 8 August [1974] [...] the next morning")."""
    if not (ctx.narrative and ctx.story_day and rule in _DAY_RULES and m.groupdict().get("weekday")):
        return False
    if _COMMON_ERA_DAY.match(resolved.value) is None:  # a day before the Common Era ("BC0044-03-17")
        return False
    return 0 < abs(int(resolved.value[:4]) - ctx.story_day.year) <= 2


_HEADING_LENGTH = 80  # characters a heading's line holds at most
_HEADING_YEAR_BEFORE = re.compile(r"(?:,|\s(?:of|and|in))\s+$")  # "The Relief of Leiden, 1574"
# "1758: Louisbourg", "1758 - Louisbourg", "1759 and the fall of Quebec": a year that opens a heading
_HEADING_YEAR_AFTER = re.compile(r"\s*(?::|[-\u2013\u2014]\s|\s+and\s+the\s)\s*\S")
_HEADING_SUBTITLE = re.compile(r":\s+\S")  # "Kosovo, 1389: the battle": a subtitle after the year
_BRACKET_CLOSES_LINE = re.compile(r"\)[ \t]*")


def _closes_a_heading(text: str, start: int, end: int) -> bool:
    """Whether the year at ``[start, end)`` closes or opens a heading: a short line with no
    sentence's end ("The Relief of Leiden, 1574", "Christopher Columbus and the voyage of 1492",
    "1758: Louisbourg, Carillon and Fort Duquesne")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start >= _HEADING_LENGTH:
        return False
    rest = text[end:line_end]
    if line_start == start:  # "1758: Louisbourg [...]", "1759 and the fall of Quebec"
        return _HEADING_YEAR_AFTER.match(rest) is not None and not any(mark in rest for mark in ".!?;")
    line = text[line_start:start]
    if any(mark in line for mark in ".!?;:"):
        return False
    # "The Relief of Leiden, 1574", "Kosovo, 1389: the battle that became a legend"
    if _HEADING_YEAR_BEFORE.search(line) is not None:
        return _HEADING.match(text, end) is not None or (
            _HEADING_SUBTITLE.match(rest) is not None and not any(mark in rest for mark in ".!?;")
        )
    # "Siege of Vienna (1683)": a year in brackets that closes it
    return line.endswith("(") and _BRACKET_CLOSES_LINE.fullmatch(rest) is not None


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all its line holds: a heading ("FRIDAY, AUG. 12")."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return text[line_start : line_end if line_end >= 0 else len(text)].strip() == text[start:end]


def _tells_year(text: str, pats: Patterns) -> bool:
    """Whether an expression's words give its year: 1453, 44 BC, 8 August 754."""
    return bool(_FOUR_DIGITS.search(text) or pats.era_mark.search(text) or _SHORT_YEAR_AFTER_DAY.search(text))


def _years_apart(first: str, second: str) -> int:
    """How many years lie between two day values (BC ones too)."""
    spans = value_range(first), value_range(second)
    return abs(spans[0][0].year - spans[1][0].year) if spans[0] and spans[1] else 0


def _days_restated_with_their_year(text: str, timexes: list[Timex], pats: Patterns) -> list[Timex]:
    """A day restated at once with its year, or named at once after its day and year, takes that
    year: "on Lady Day, 25 March 1458", "the Feast of the Assumption, 15 August 1096", "on Dec. 24,
    1968, Christmas Eve"."""
    out = list(timexes)
    for i, (first, second) in enumerate(pairwise(timexes)):
        if (
            _DAY_VALUE.match(first.value)
            and _DAY_VALUE.match(second.value)
            and first.value != second.value
            and text[first.span.end : second.span.start] == ", "
        ):
            if (
                _tells_year(second.text, pats)
                and not _tells_year(first.text, pats)
                # a day of the month its restatement tells, or a feast whose day its year fixes; not
                # a restatement in a calendar that counts other years ("Thursday, 23 July, 10 July
                # 1324 in the Rumi calendar")
                and (
                    first.value[-5:] == second.value[-5:]
                    or _years_apart(first.value, second.value) <= _CALENDARS_APART
                )
            ):  # a movable feast too: "on the Monday of Holy Week, April 15, 2019"
                out[i] = replace(out[i], value=second.value)
            elif first.value[-5:] == second.value[-5:] and _tells_year(first.text, pats):
                out[i + 1] = replace(out[i + 1], value=first.value)
    return out


def _range_opening(text: str, timexes: list[Timex], ctx: Context) -> Resolved | None:
    """The date that opens the range the last expression closes, with the closing one's year if it
    has none ("from 21 February to 18 December 1916": 1916-02-21), if that range is the first span
    of years the text tells (its overview) and no day was told before it; ``None`` if it closes none."""
    closing_year = _LEADING_YEAR.match(timexes[-1].value) if len(timexes) >= 2 else None
    if (
        closing_year is None
        # "ST PETERSBURG, Nov. 7 - A century ago today": a dateline's dash; a range closes on its year
        or not _tells_year(timexes[-1].text, ctx.pats)
        or _day_told_before(ctx, timexes[-2].span.start)
        or any(
            told <= timexes[-2].span.start and year != int(closing_year[0]) for told, year in ctx.years_told
        )
    ):
        return None
    shared = _ranges_share_their_year(text, timexes[-2:], ctx)[0]
    first, last = shared, timexes[-1]
    gap = _range_gap(text, first, last)
    # "dated from 1517, when Luther published his theses, to the Peace of Augsburg of 1555": the
    # range may close past an aside, within its sentence
    closes = gap in ctx.lex.year_range_words or (
        any(word in ctx.lex.year_range_words for word in _TOKEN.findall(gap))
        and not ctx.pats.sentence_end.search(gap)
    )
    if not (closes or gap in ("-", "\u2013")) or first.type is not TimexType.DATE:
        return None
    dashed = gap in ("-", "\u2013")  # "The Peninsular War (1808–1814)"
    if not dashed and _word_before(text, first.span.start).lower() not in ctx.lex.range_openers:
        return None
    return Resolved(TimexType.DATE, first.value, anchored=first.anchored)


def _range_gap(text: str, first: Timex, last: Timex) -> str:
    """The words between two expressions that may join them in a range, past a comma that closes the
    first ("from Wednesday, July 1, to Friday, July 3, 1863")."""
    return text[first.span.end : last.span.start].strip().removeprefix(",").strip().lower()


def _day_told_before(ctx: Context, at: int) -> bool:
    """Whether a day was told in full before ``at`` (the story is already on a day: "began on 13
    August 1961 [...] Between 1949 and 1961 over two million left" is background, no overview)."""
    return 0 < ctx.last_full_day_end <= at


def _ranges_share_their_year(text: str, timexes: list[Timex], ctx: Context) -> list[Timex]:
    """A month or day that opens a range closed by a date with its year takes that year (or the
    one before, for a range over New Year): "from May to September 1453", "Dec. 20 to Jan. 5, 1945"."""
    for i, (first, last) in enumerate(pairwise(timexes)):
        opening, closing = _PARTIAL_DATE.match(first.value), _PARTIAL_DATE.match(last.value)
        gap = _range_gap(text, first, last)
        if (
            opening
            and closing
            and (gap in ctx.lex.year_range_words or gap in ("-", "\u2013"))
            and not _tells_year(first.text, ctx.pats)
            and _tells_year(last.text, ctx.pats)
        ):
            year_text = last.value[: last.value.index("-")]
            year = -int(year_text[2:]) if year_text.startswith("BC") else int(year_text)
            if opening[1] > closing[1]:  # over New Year
                year = add_years(year, -1)
                if year < -_LAST_BC_YEAR:
                    continue  # before BC9999: a year TIMEX3 does not write
            month_day = first.value[first.value.index("-") :]
            timexes[i] = replace(first, value=year_value(year) + month_day, anchored=last.anchored)
    return timexes


# "since" and an event named in up to five words, then the "in" of its year: "since Marbury v. Madison in ";
# a dot only in a short abbreviation, not at a sentence's end ("since the 1870s. In ")
_SINCE_EVENT_IN = re.compile(r"\bsince\s+(?:(?:[\w'-]+|[A-Za-z]{1,3}\.)\s+){1,5}in\s+$", re.IGNORECASE)
_RANGE_OPENED = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_RANGE_JOINTS = ("through", "thru", "-", "\u2013")  # words that join a range with no "from" before it
_DATED_VALUE = re.compile(r"^(\d{4})-(\d{2}(?:-\d{2})?)$")  # a month or day of the Common Era


def _ranges_run_forward(text: str, timexes: list[Timex], ctx: Context) -> list[Timex]:
    """A range's closing month or day, told by name with no year, lies on or after its opening:
    "moving from late May to Sept. 20", told in April 2020, is 2020-09-20, not the September gone."""
    for i, (first, last) in enumerate(pairwise(timexes)):
        opening, closing = _DATED_VALUE.match(first.value), _DATED_VALUE.match(last.value)
        gap = _range_gap(text, first, last)
        if not (
            opening
            and closing
            and (gap in ctx.lex.year_range_words - {"or"} or gap in ("-", "\u2013"))
            # "from May 2 to Nov. 3"; "through" joins a range whatever opens it ("is scheduled for
            # Aug. 12 through Aug. 17"), as a dash does
            and (
                _RANGE_OPENED.search(text, max(0, first.span.start - 10), first.span.start)
                or gap in _RANGE_JOINTS
            )
            and not _tells_year(first.text, ctx.pats)
            and not _tells_year(last.text, ctx.pats)
            and all(ctx.lex.months.keys() & _TOKEN.findall(timex.text.lower()) for timex in (first, last))
            and (closing[1], closing[2]) < (opening[1], opening[2])
        ):
            continue
        # the closing moved on after the opening, or the opening back before the closing: whichever
        # puts fewer days against the tense, then lies nearer the report
        wraps = closing[2] < opening[2]  # over New Year: "from Dec. 20 to Jan. 5"
        forward = (int(opening[1]), int(opening[1]) + wraps)
        back = (int(closing[1]) - wraps, int(closing[1]))
        anchor, tense = ctx.anchor(), ctx.date_tense(first.span.start, last.span.end)
        if anchor is None:
            continue
        told = (opening[2], closing[2])
        fitting = [pair for pair in (forward, back) if min(pair) >= MINYEAR and max(pair) <= MAXYEAR]
        if not fitting:
            continue  # "from Dec. 20 to Jan. 5" at the calendar's end
        years = min(fitting, key=lambda pair: _range_fit(pair, told, anchor, tense))
        timexes[i] = replace(first, value=f"{years[0]:04d}-{opening[2]}")
        timexes[i + 1] = replace(last, value=f"{years[1]:04d}-{closing[2]}")
    return timexes


def _range_fit(years: tuple[int, int], told: tuple[str, str], anchor: date, tense: int) -> tuple[int, int]:
    """How badly a range's two days in ``years`` fit: days against the tense, then days from ``anchor``."""
    days = [_first_day(year, month_day) for year, month_day in zip(years, told, strict=True)]
    against = sum((tense < 0 and day > anchor) or (tense > 0 and day < anchor) for day in days)
    return against, sum(abs((day - anchor).days) for day in days)


def _days_restated_by_date(text: str, timexes: list[Timex], ctx: Context) -> list[Timex]:
    """A day told with no year just after a day it names again is of that day's year: "last
    year, when Easter fell on April 16" is the Easter of last year's April 16."""
    for i, (first, last) in enumerate(pairwise(timexes)):
        named, told = _DATED_VALUE.match(first.value), _DATED_VALUE.match(last.value)
        if (
            named
            and told
            and named[2] == told[2]
            and len(told[2]) == 5  # a day, "04-16"
            and named[1] != told[1]
            and not _tells_year(last.text, ctx.pats)
            and (named_by := ctx.pats.day_named.match(text, first.span.end)) is not None
            and named_by.end() == last.span.end
        ):
            timexes[i + 1] = replace(last, value=first.value)
    return timexes


def _first_day(year: int, month_day: str) -> date:
    """The first day of a month or the day ``month_day`` ("09" or "09-20") names in ``year``."""
    month, _, day = month_day.partition("-")
    return date(year, int(month), min(int(day or 1), 28))


_FEAST_LEAD_REACH = 60  # characters before a holiday its lead-in may be told in, with another holiday between
_SET_NEAR = 60  # characters from a set to a clock time it repeats: "daily through Sunday, from 9 a.m."


def _recurring_clock_times(text: str, timexes: list[Timex], ctx: Context) -> list[Timex]:
    """A clock time told with a set is on no one day: "open every evening at 11pm", "daily through
    Sunday, from 9 a.m. to 5 p.m.", "at 7 a.m. daily", "from 6 a.m. to 9 a.m. and from 4 p.m. to
    7 p.m. each weekday" are XXXX-XX-XXT23:00 ...; but a set within a day is not ("rang every hour
    until midnight"), nor a clock time of another clause ("twice daily, and the 6 a.m. briefing")."""
    clocks = [
        i
        for i, timex in enumerate(timexes)
        if timex.type is TimexType.TIME
        and _CLOCK_VALUE.match(timex.value)
        and not _tells_day(timex, ctx.lex)
        and not ctx.lex.relative.keys()
        & _TOKEN.findall(timex.text.lower())  # "every day [...] early this morning"
    ]
    recurring = {
        i
        for i in clocks
        if (_set_beside(text, timexes, i, ctx) or _kept_daily(text, timexes[i], ctx))
        # not one whose day is told right after it ("held twice a week [...] came up at 10:59 p.m.
        # EST on Wednesday"), unless that tells when the set runs ("a curfew from 7 p.m. to 6 a.m. on
        # Saturday night", "until 1.30am on Friday and Saturday nights")
        and not (
            i + 1 < len(timexes)
            and _DAY_TOLD_AFTER.fullmatch(text, timexes[i].span.end, timexes[i + 1].span.start) is not None
            and _DAY_VALUE.fullmatch(timexes[i + 1].value) is not None
            and not _JOINED_TO.match(text, timexes[i + 1].span.end)
        )
    }
    for i in reversed(clocks):  # the earlier clock times of a range or list told with the set
        if i + 1 in recurring and _CLOCK_CHAIN.fullmatch(
            text, timexes[i].span.end, timexes[i + 1].span.start
        ):
            recurring.add(i)
    for i in recurring:
        time_of_day = _CLOCK_VALUE.match(timexes[i].value)
        if time_of_day:
            timexes[i] = replace(timexes[i], value="XXXX-XX-XX" + time_of_day[1], anchored=False)
    return timexes


# the bare hour that opens a range of clock times: "from 5 to 7 p.m.", "between 11:30 and 1 p.m."
_HOUR_OPENING = re.compile(
    r"\b(?:from|between)\s+(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*(?:to|and|until|till|-|\u2013)\s*$",
    re.IGNORECASE,
)
_HALF_OF_DAY = re.compile(
    r"\b[ap]\.?m\b|\bnoon\b", re.IGNORECASE
)  # a clock time that tells its half of the day
_CLOCK_OF_VALUE = re.compile(r"^(?P<day>.+)T(?P<hour>\d\d):(?P<minute>\d\d)$")


def _hours_opening_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """The bare hour that opens a range of clock times takes the day and the half of the day of the
    clock time that closes it, the latest reading before it: "from 5 to 7 p.m." is 17:00 to 19:00,
    "from 5:30 to 7 p.m." 17:30, "between 11 and 1 p.m." 11:00."""
    out: list[Timex] = []
    for timex in timexes:
        closing = _CLOCK_OF_VALUE.match(timex.value) if timex.type is TimexType.TIME else None
        floor = out[-2].span.end if len(out) > 1 else 0
        opening = (
            _HOUR_OPENING.search(text, max(floor, timex.span.start - 30), timex.span.start)
            if closing and _HALF_OF_DAY.search(timex.text)
            else None
        )
        if opening is None:
            out.append(timex)
            continue
        start, end = opening.start("hour"), opening.end("minute" if opening["minute"] else "hour")
        told = out[-1] if out and out[-1].span.end > opening.start() else None
        if told is not None and (told.span != Span(start, end) or _HALF_OF_DAY.search(told.text)):
            out.append(timex)
            continue
        ends_at = int(closing["hour"]) * 60 + int(closing["minute"])
        hour, minute = int(opening["hour"]) % 12, int(opening["minute"] or 0)
        starts_at = next((h * 60 + minute for h in (hour + 12, hour) if h * 60 + minute < ends_at), None)
        if starts_at is not None:
            clock = f"{closing['day']}T{starts_at // 60:02d}:{starts_at % 60:02d}"
            hour_told = replace(timex, span=Span(start, end), text=text[start:end], value=clock, mod=None)
            if told is not None:
                out[-1] = hour_told
            else:
                out.append(hour_told)
        out.append(timex)
    return out


_HOUR_VALUE = re.compile(r"T\d\d:\d\d")
_USUAL_BEFORE = re.compile(r"\b(?:usual|instead\s+of)\s+$", re.IGNORECASE)


def _kept_daily(text: str, clock: Timex, ctx: Context) -> bool:
    """Whether news tells ``clock`` as a time kept on many days: after "usual" or "instead of"
    ("the usual 3pm start"), or in a sentence that says so ("School hours are unchanged at 8.45am",
    "from 6 a.m. to 8 p.m. on both days")."""
    if ctx.narrative or not _HOUR_VALUE.search(clock.value):
        return False
    if _USUAL_BEFORE.search(text, max(0, clock.span.start - 20), clock.span.start):
        return True  # "the usual 3pm start", "rather than the usual 12.30am"
    start = _sentence_start(text, clock.span.start)
    end = ctx.pats.sentence_end.search(text, clock.span.end)
    return ctx.pats.clock_habit.search(text, start, end.start() if end else len(text)) is not None


def _set_beside(text: str, timexes: list[Timex], i: int, ctx: Context) -> bool:
    """Whether a set that recurs by days comes right after clock time ``i``, or before it in its
    clause with nothing between but other clock times or the deadline of the set."""
    clock = timexes[i]
    following = timexes[i + 1] if i + 1 < len(timexes) else None
    if (
        following
        and _repeats_days(following)
        and _SET_AFTER.fullmatch(text, clock.span.end, following.span.start)
    ):
        return True
    first = clock  # the first clock time of the range or list that holds ``clock``
    for j in range(i - 1, -1, -1):
        earlier = timexes[j]
        between = (earlier.span.end, first.span.start)  # not across the colon of "11:30 a.m."
        if (
            clock.span.start - earlier.span.end > _SET_NEAR
            or _CLAUSE_BREAK.search(text, *between)
            or ctx.pats.sentence_end.search(text, *between)
        ):
            return False
        if _repeats_days(earlier):
            return True
        if (  # news: "a tram every six minutes between 7am and 9.30am", on no day the sentence tells
            earlier.type is TimexType.SET
            and not ctx.narrative
            and _RANGE_OPENER.fullmatch(text, earlier.span.end, first.span.start)
            and not _day_in_sentence(text, timexes, j, ctx)
            and not (
                following
                and _FULL_DAY.match(following.value)
                and _ON_DAY.fullmatch(text, clock.span.end, following.span.start)
            )
        ):
            return True
        first = earlier
        if not (
            (earlier.type is TimexType.TIME and _CLOCK_VALUE.match(earlier.value))  # "from 9 a.m. to 5 p.m."
            or _word_before(text, earlier.span.start).lower() in ctx.lex.deadline_prepositions
        ):
            return False  # "daily, then on Friday at 8 p.m.": that clock time has its day
    return False


_ON_DAY = re.compile(r"\s+(?:on\s+)?")  # between a clock time and the day it is on: "noon on Friday"


def _day_in_sentence(text: str, timexes: list[Timex], i: int, ctx: Context) -> bool:
    """Whether a day is told before expression ``i`` in its sentence ("Wednesday: trains every 20
    minutes between 7 a.m. and 7 p.m.")."""
    for earlier in reversed(timexes[:i]):
        if ctx.pats.sentence_end.search(text, earlier.span.end, timexes[i].span.start):
            return False
        if _FULL_DAY.match(earlier.value):
            return True
    return False


def _repeats_days(timex: Timex) -> bool:
    """Whether a set recurs by days or longer: "daily", "every evening", not "every hour"."""
    return timex.type is TimexType.SET and not timex.value.startswith("PT")


def _tells_day(timex: Timex, lex: Lexicon) -> bool:
    """Whether an expression's words name its day: "4 a.m. Sunday", "9 a.m. tomorrow", "6pm this
    evening", "5 p.m. Nov. 10" (not "4 in the morning")."""
    words = _TOKEN.findall(timex.text.lower())
    return any(word in lex.weekdays or word in lex.day_words or word in lex.months for word in words) or any(
        word in _POINTING_WORDS and part in lex.parts_of_day for word, part in pairwise(words)
    )


_POINTING_WORDS = frozenset({"this", "last"})  # "6pm this evening": a part of the day of writing
_TOLD_TO = {"year": re.compile(r"^(?:BC)?\d{4}"), "month": re.compile(r"^\d{4}-\d{2}"), "day": _FULL_DAY}


def _counts_restated(text: str, timexes: list[Timex], ctx: Context) -> list[Timex]:
    """A story's count set beside the date told right after it is that date, counted from an
    earlier event: "Twenty years later, in June 1995" is 1995, "A week later, on 22 July" the 22nd."""
    if not ctx.narrative:
        return timexes
    for i, (count, told) in enumerate(pairwise(timexes)):
        words = _TOKEN.findall(count.text.lower())
        if (
            count.type is not TimexType.DATE
            or len(words) < 2
            or words[-1] not in ctx.lex.counting_words
            or told.type is not TimexType.DATE
            or not _BESIDE.fullmatch(text, count.span.end, told.span.start)
        ):
            continue
        unit = ctx.lex.unit_of(words[-2])  # a week later, on 22 July: a day
        granularity = {"year": "year", "month": "month", "week": "day", "day": "day"}.get(unit or "")
        value = _TOLD_TO[granularity].match(told.value) if granularity else None
        if value is not None:
            timexes[i] = replace(count, value=value[0], anchored=told.anchored)
    return timexes


def _clock_times_on_their_day(text: str, timexes: list[Timex], lex: Lexicon) -> list[Timex]:
    """A clock time told with its day right after it takes that day: "at 5 a.m. on 11 November 1918",
    also past a restatement in brackets ("10:35 a.m. (0735 GMT) Friday": both are on Friday); else
    the day of a restatement or of the clock time that closes its range ("4 in the morning (4 a.m.
    EDT Thursday)", "between 1 a.m. and 4 a.m. Sunday")."""
    told_after: set[int] = set()  # clock times whose day is told right after them
    for i in range(len(timexes) - 2, -1, -1):  # from the last, so that a restatement has its day
        clock = timexes[i]
        time_of_day = _CLOCK_VALUE.match(clock.value)
        if clock.type is not TimexType.TIME or not time_of_day or _tells_day(clock, lex):
            continue  # "7 p.m. CDT Saturday (0000 UTC Sunday)": its own day, not the restatement's
        day = next(
            (
                later
                for later in timexes[i + 1 : i + 3]
                if (
                    (later.type is TimexType.DATE and _DAY_VALUE.match(later.value))
                    or _DAY_PART_VALUE.match(
                        later.value
                    )  # "at about half past four on the morning of 22 January"
                )
                and (
                    _CLOCK_ON.fullmatch(_BRACKETED.sub("", text[clock.span.end : later.span.start]))
                    # "added a 10 a.m. performance on Christmas Eve": the time of the thing it names
                    or (
                        _ARTICLE_BEFORE.search(text, max(0, clock.span.start - 6), clock.span.start)
                        and _NOUN_ON.fullmatch(text, clock.span.end, later.span.start)
                    )
                )
                and not _heads_its_line(text, later)  # "[21:00]\nFriday, September 15: New Zealand v"
            ),
            None,
        )
        if day is not None and _DAY_PART_VALUE.match(day.value):
            day_told, _, part = day.value.partition("T")
            day = replace(day, value=day_told)
            hour = int(time_of_day[1][1:3]) if time_of_day[1][1:3].isdigit() else None  # "first light"
            if hour and part in _LATE_PARTS | {"NI"} and 6 <= hour < 12 and not _AM_PM.search(clock.text):
                # "about eleven o'clock on the night of 11 June": 23:00
                time_of_day = _CLOCK_VALUE.match(f"{day_told}T{hour + 12:02d}{time_of_day[1][3:]}")
        restated = timexes[i + 1]
        restated_clock = _CLOCK_VALUE.match(restated.value)
        bracketed = _OPEN_BRACKET.fullmatch(text, clock.span.end, restated.span.start)
        closes_range = (
            _CLOCK_RANGE.fullmatch(text, clock.span.end, restated.span.start)
            and (_tells_day(restated, lex) or i + 1 in told_after)  # "from 7 a.m. to 8 p.m. on March 24"
            and not _tells_day(clock, lex)  # "from 7 p.m. Tuesday until 7 a.m. Thursday": each its own
        )
        if day is not None:
            told_after.add(i)
        # the restatement's day when it tells one; a conversion's own may be the next ("shortly
        # before 9 p.m. CDT (0200 GMT)": the GMT reading is after midnight)
        told = _tells_day(restated, lex) or i + 1 in told_after
        if day is None and restated_clock and ((bracketed and told) or closes_range):
            day = replace(restated, value=restated.value[: restated_clock.start(1)])
        if day is not None and _DAY_VALUE.match(day.value):
            timexes[i] = replace(clock, value=day.value + time_of_day[1], anchored=day.anchored)
    return timexes


_DAY_OF_MONTH = re.compile(r"^((?:BC)?[\dX]{4}-\d{2}-)\d{2}$")
_ENDS_WITH_DAY = re.compile(r"\d(?:st|nd|rd|th)?$")  # April 24, April 24th


# seconds may carry a fraction, as ISO 8601 lets its last unit: "3 minutes 59.4 seconds" is PT3M59.4S
_LENGTH = re.compile(r"^P(?:(?P<date>(?:\d+[YMWD])+))?(?:T(?P<time>(?:\d+[HM]|\d+(?:\.\d+)?S)+))?$")
_LENGTH_JOINT = re.compile(r"(?:,\s*|,?\s+and\s+| +)$")  # "seven months and twelve days", "1 hour 48 minutes"
_LENGTH_ORDER = "YMWDhms"  # units from the largest: date units, then time units (lower case)
# a length placed in time, no part of the one before it: "for 15 years, and the last 48 hours"
_PLACED_LENGTH = re.compile(r"(?:the|last|next|past|coming|previous|following)\b", re.IGNORECASE)


def _length_units(value: str) -> list[tuple[str, str]] | None:
    """(amount, unit) pairs of a counted TIMEX3 length, time units in lower case; ``None`` if vague."""
    found = _LENGTH.match(value)
    if found is None or value == "P":
        return None
    units = re.findall(r"(\d+)([YMWD])", found["date"] or "")
    units += [(n, u.lower()) for n, u in re.findall(r"(\d+(?:\.\d+)?)([HMS])", found["time"] or "")]
    return units or None


_SET_OF_DAYS = re.compile(r"^XXXX-[\dWX]+-[\dX]+$")  # XXXX-WXX-3, XXXX-08-06: days of a set


def _clock_times_of_their_set(text: str, timexes: list[Timex]) -> list[Timex]:
    """A clock time of no day just before the set of days it recurs on is one set with it: "noon
    every Wednesday" is XXXX-WXX-3T12:00, "8:15 a.m. every August 6" XXXX-08-06T08:15."""
    out: list[Timex] = []
    for timex in timexes:
        clock = out[-1] if out else None
        time_of_day = _CLOCK_VALUE.match(clock.value) if clock and clock.type is TimexType.TIME else None
        if (
            clock is not None
            and time_of_day is not None
            and clock.value.startswith("XXXX-XX-XXT")
            and timex.type is TimexType.SET
            and _SET_OF_DAYS.match(timex.value)
            and timex.text.lower().startswith(("every ", "each "))  # not a range's end: "to 8 p.m. Mondays"
            and text[clock.span.end : timex.span.start] == " "
        ):
            span = Span(clock.span.start, timex.span.end)
            out[-1] = replace(
                timex, span=span, text=text[span.start : span.end], value=timex.value + time_of_day[1]
            )
            continue
        out.append(timex)
    return out


def _weeks_in_days(units: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """The parts of a joined length as ISO 8601 writes them: weeks stand alone there, so weeks told
    with days are counted in days ("eleven weeks and five days" is P82D); ``None`` if weeks go with
    years or months, which no count of days can say."""
    date_units = {u for _, u in units if u.isupper()}
    if "W" not in date_units:
        return units
    if date_units != {"W", "D"}:
        return None
    days = sum(int(n) * (7 if u == "W" else 1) for n, u in units if u in "WD")
    return [(str(days), "D"), *((n, u) for n, u in units if u.islower())]


_INDEFINITE_ARTICLE_BEFORE = re.compile(r"(?<![\w'\u2019-])an?\s+$", re.IGNORECASE)  # not "Xi'an Thursday"
_WORD_OR_MARK_AFTER = re.compile(r"\s*(?:(?P<mark>[,.;:!?)\]\u2014\u2013\"]|$)|(?P<word>[a-z]+)\b)")


def _weekdays_with_their_article(text: str, timexes: list[Timex], lex: Lexicon) -> list[Timex]:
    """ "It fell on a Sunday.", "on a Tuesday in May 1431": a weekday that heads its phrase takes its
    article in; one before a noun does not ("a Monday deadline")."""
    out: list[Timex] = []
    followers = lex.weekday_article_followers
    for timex in timexes:
        if timex.text.split()[0].lower() not in lex.weekdays:
            out.append(timex)
            continue
        article = _INDEFINITE_ARTICLE_BEFORE.search(text, max(0, timex.span.start - 4), timex.span.start)
        after = _WORD_OR_MARK_AFTER.match(text, timex.span.end)
        heads = after is not None and (after["mark"] is not None or after["word"] in followers)
        if article and heads:
            start = article.start()
            timex = replace(timex, span=Span(start, timex.span.end), text=text[start : timex.span.end])
        out.append(timex)
    return out


_CLOCK_OF_VALUE_AT = re.compile(r"T(\d\d:\d\d)")


def _clock_times_of_dated_parts(text: str, timexes: list[Timex], resolver: Resolver) -> list[Timex]:
    """ "two o'clock in the morning of 12 October", "half past six in the evening of Tuesday, 22
    January 1901": a clock time told in the part of a day a date names is that time of that day."""
    clock = dict(resolver.ctx.pats.rules)["clock"]
    out: list[Timex] = []
    for timex in timexes:
        told = _clock_before_dated_part(text, timex, clock)
        found = resolver.resolve("clock", told) if told is not None else None
        at = _CLOCK_OF_VALUE_AT.search(found.value) if found is not None else None
        if told is None or found is None or at is None:
            out.append(timex)
            continue
        if out and out[-1].span.end > told.start():
            out.pop()  # the clock time told alone, its day lost
        start = told.start()
        out.append(
            replace(
                timex,
                span=Span(start, timex.span.end),
                text=text[start : timex.span.end],
                value=f"{timex.value.rpartition('T')[0]}T{at[1]}",
                precision=Precision.MINUTE,
                mod=found.mod,
            )
        )
    return out


def _clock_before_dated_part(text: str, timex: Timex, clock: re.Pattern[str]) -> re.Match[str] | None:
    """The clock time whose "in the morning" runs into ``timex``, a part of a day a date names."""
    if timex.type is not TimexType.TIME or not _FULL_DAY.match(timex.value):
        return None
    start = timex.span.start
    return next(
        (
            m
            for m in clock.finditer(text, max(0, start - 60), timex.span.end)
            if m["daypart"] and m.start("daypart") < start < m.end("daypart")
        ),
        None,
    )


_PRECISIONS = list(Precision)


def _edges_of_periods(text: str, timexes: list[Timex], ctx: Context) -> list[Timex]:
    """A date after "the first days of", "the early months of", "the last years of" takes them in,
    with its value and their edge as mod ("the first days of May", "the last years of the eighth
    century"); the first or last decade of a century is that decade ("the first decade of the
    sixteenth century": 150). A length told of the words alone ("the first years") gives way."""
    out: list[Timex] = []
    for timex in timexes:
        dated = timex.type is TimexType.DATE and timex.precision is not Precision.UNKNOWN
        at = timex.span.start
        edge = ctx.pats.period_edge.search(text, max(0, at - 40), at) if dated else None
        if (
            edge is None
            or _PRECISIONS.index(timex.precision)
            < _PRECISIONS.index(Precision(ctx.lex.edge_units[edge["unit"].lower()]))
            or (out and out[-1].span.start < edge.start() < out[-1].span.end)
        ):
            out.append(timex)
            continue
        if out and out[-1].span.end > edge.start():
            out.pop()  # "the first years" read as a length
        start, mod = edge.start(), ctx.lex.period_edges[edge["edge"].lower()]
        edged = replace(timex, span=Span(start, timex.span.end), text=text[start : timex.span.end])
        if edge["unit"].lower() == "decade" and timex.precision is Precision.CENTURY and mod != "MID":
            digit = "0" if mod == "START" else "9"
            out.append(replace(edged, value=timex.value + digit, precision=Precision.DECADE, mod=None))
        else:
            out.append(replace(edged, mod=timex.mod or mod))
    return out


def _joined_length(text: str, previous: Timex, timex: Timex, lex: Lexicon) -> Timex | None:
    """``previous`` and ``timex`` as one length if they are its parts: "seven months and twelve days"
    is P7M12D, "a year and two days later" counts P1Y2D; not a count after a comma, which opens a
    clause of its own ("ruled for seventeen years, and fifteen days later he died"); ``None``
    otherwise."""
    first = _length_units(previous.value) if previous.type is TimexType.DURATION else None
    second = _length_units(timex.value) if timex.type is TimexType.DURATION else None
    joint = _LENGTH_JOINT.fullmatch(text, previous.span.end, timex.span.start)
    counting = _WORD_AFTER.match(text, timex.span.end)
    if not (
        first
        and second
        and joint
        and not ("," in joint[0] and counting and counting[1].lower() in lex.counting_words)
        and not _PLACED_LENGTH.match(timex.text)
        # not a whole unit, no part counted: "all day, and more than 12 hours"
        and not previous.text.lower().startswith("all ")
        and not (previous.mod and timex.mod)
        and _LENGTH_ORDER.index(first[-1][1]) < _LENGTH_ORDER.index(second[0][1])
        and (units := _weeks_in_days(first + second))
    ):
        return None
    date_part = "".join(n + u for n, u in units if u.isupper())
    time_part = "".join(n + u.upper() for n, u in units if u.islower())
    span = Span(previous.span.start, timex.span.end)
    return replace(  # "about 1 hour, 40 minutes": the first part's mod is the whole's
        previous,
        span=span,
        text=text[span.start : span.end],
        value="P" + date_part + (f"T{time_part}" if time_part else ""),
        mod=previous.mod or timex.mod,
    )


def _coordinated_days(text: str, timexes: list[Timex], ctx: Context) -> list[Timex]:
    """Day numbers joined to a dated day share its month: "April 24 and 25", "6 and 9 August",
    "3, 4 and 5 May" are a date each."""
    out: list[Timex] = []
    for i, timex in enumerate(timexes):
        month = _DAY_OF_MONTH.match(timex.value) if timex.type is TimexType.DATE else None
        if month is None:
            out.append(timex)
            continue
        before: list[Timex] = []
        floor, start = out[-1].span.end if out else 0, timex.span.start
        while timex.text[:1].isdigit() and (
            m := ctx.pats.day_before.search(text, max(floor, start - 14), start)
        ):
            day = _day_like(timex, m, month[1])
            if day is None:
                break
            start = m.start()
            before.insert(0, day)
        out += [*before, timex]
        ceiling, end = timexes[i + 1].span.start if i + 1 < len(timexes) else len(text), timex.span.end
        while _ENDS_WITH_DAY.search(timex.text) and (m := ctx.pats.day_after.match(text, end, ceiling)):
            day = _day_like(timex, m, month[1])
            if day is None:
                break
            end = m.end()
            out.append(day)
    return out


def _day_like(timex: Timex, m: re.Match[str], month: str) -> Timex | None:
    """The day number ``m`` found, dated in ``month`` (``YYYY-MM-``) like its neighbour ``timex``;
    ``None`` if the month has no such day."""
    value = f"{month}{int(m['day'].rstrip('stndrh')):02d}"
    if _calendar_of(value) is None:
        return None
    return replace(timex, span=Span(m.start("day"), m.end("day")), text=m["day"], value=value)


def _weekend_of(feast: date) -> str:
    """The weekend a feast day gives its name to: the one before a Monday or Tuesday feast (the
    Memorial Day weekend), else the one of its week (Thanksgiving, Easter)."""
    day = feast - timedelta(days=feast.weekday() + 1) if feast.weekday() <= 1 else feast
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}-WE"


def _same_day_of_another_year(text: str, timexes: list[Timex], ctx: Context) -> list[Timex]:
    """ "This time last year", "this date a year ago": one expression, the day of writing in the year
    before or after ("this time last year", said on 27 December 2019: 2018-12-27)."""
    out: list[Timex] = []
    for timex in timexes:
        before = ctx.pats.same_day_before.search(
            text, max(0, timex.span.start - _SAME_DAY_REACH), timex.span.start
        )
        if (
            before is not None
            and ctx.dct is not None
            and timex.type is TimexType.DATE
            and _YEAR_VALUE.fullmatch(timex.value)
            and abs(int(timex.value) - ctx.dct.year) == 1  # not "this date more than four years ago"
            and (not out or out[-1].span.end <= before.start())
        ):
            year = int(timex.value)
            day = date(year, ctx.dct.month, min(ctx.dct.day, monthrange(year, ctx.dct.month)[1]))
            start = before.start()
            timex = replace(
                timex,
                span=Span(start, timex.span.end),
                text=text[start : timex.span.end],
                value=day.isoformat(),
                precision=Precision.DAY,
            )
        out.append(timex)
    return out


def _days_beside_days(text: str, timexes: list[Timex], ctx: Context) -> list[Timex]:
    """ "The day before last Tuesday", "the day after Christmas": one expression, a day from that day;
    "the week before Christmas": the week a week from it; "the weekend before Christmas": two, as the
    written sets tag them, the weekend the last before the day (or the first after it)."""
    out: list[Timex] = []
    for timex in timexes:
        side = ctx.pats.day_beside.search(text, max(0, timex.span.start - 20), timex.span.start)
        found = (
            value_range(timex.value)
            if timex.type is TimexType.DATE and _DAY_VALUE.match(timex.value)
            else None
        )
        unit = side["unit"].lower() if side else "day"
        step = ctx.lex.sequel_words[side["side"].lower()] if side else 0
        moved = found[0] + timedelta(days=_days_beside(found[0], unit, step)) if found else None
        day = moved.in_cycles(0) if moved and unit != "day" else None
        told_alone = side is not None and bool(out) and out[-1].span.start >= side.start()
        if unit == "weekend":
            if day and told_alone:
                out[-1] = replace(out[-1], value=format_value(day, "week") + "-WE")
        elif side and moved and (day or unit == "day"):
            if day and told_alone:
                out.pop()  # "the week" tagged on its own
            if not out or out[-1].span.end <= side.start():
                start = side.start()
                value = format_value(day, "week") if day else day_value(moved)
                timex = replace(
                    timex, span=Span(start, timex.span.end), text=text[start : timex.span.end], value=value
                )
        out.append(timex)
    return out


def _days_beside(day: Day, unit: str, step: int) -> int:
    """Days from ``day`` to the one "the day", "the week" or "the weekend" before (``step`` -1) or
    after (+1) it stands for: a weekend by its first Saturday after the day or its last Sunday before."""
    if unit == "week":
        return 7 * step
    if unit == "weekend":
        weekday = (day.ordinal - 1) % 7  # Monday 0 as date.weekday counts (ordinal 1 was a Monday), Sunday 6
        return (_SATURDAY - 1 - weekday) % 7 or 7 if step > 0 else -((weekday + 1) % 7 or 7)
    return step
