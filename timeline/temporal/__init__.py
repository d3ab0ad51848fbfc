"""Temporal tagging: find English time expressions and normalize them as TimeML TIMEX3 values.

``tag(text, dct, mode)`` is the entry point; ``detect_mode`` guesses news vs narrative.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from functools import cache

from timeline.model import Timex
from timeline.temporal.engine import _in_quotes, _word_before, run
from timeline.temporal.lexicon import alternation, load
from timeline.temporal.patterns import early_dates, patterns

MODES = ("news", "narrative")
_LOG = logging.getLogger(__name__)
_HEAD = 20000  # characters detect_mode reads
_EPILOGUE = 0.85  # in a dated text, words of the present past this share of it close a history
_OLD = 5  # years before the DCT that make a year history
_NUMERAL = re.compile(r"\b\d{3,4}\b")  # a year as a told day writes it
_TOLD_DAY_REACH = 80  # characters from a told day's start to its year ("New Year's Eve 1944")
_SINCE_YEARS = re.compile(
    r"\b(?:years?|decades?|century|centuries)\s+(?:(?:today|tonight|this\s+(?:week|month|year))\s+)?"
    r"(?:(?:will\s+)?(?:have|has|had)\s+passed\s+)?(?:since|after)\b"
    # not a past verb's "ago": "waves that Einstein predicted a century ago"
    r"|(?<!ed\sa\s)(?<!ed\s)\bcentur(?:y|ies)\s+ago\b"
    r"|(?<!ed\s)\b(?:\d{3,}|[a-z]+\s+hundred(?:\s+and\s+[a-z-]+)?)\s+years\s+ago\b",
    re.IGNORECASE,
)  # "160 years since", "450 years will have passed since", "whose death a century ago is being marked",
# "will stand where, 761 years ago, Simon de Montfort's army came over the hill"
_PARAGRAPH_END = re.compile(r"\n[^\S\n]*\n")
_STORY_BODY = 5  # years long past told after a news lead that make the text a history
_ANNIVERSARY_BODY = 2  # as many under a lead that tells an anniversary
_ANCIENT_BODY = 3  # as many dates of the first millennium do ("25 April 799", 44 BC): no amount is one
_HEADLINE_WORDS = 15  # words beyond which a line with no end stop is body text, not a headline
_DAY_BY_DAY = 5  # days with no year told after a day long past that make a story told day by day
_STORY_OPENING = 6  # years long past told before any word of the present that open a history
_CUE_REACH = 40  # characters around a weekday read for a future cue or "last"/"next"
_NEAR_DAYS = 183  # a day with no year in a dated text is within half a year of the DCT
# "last Sunday", not "the last Sunday before Christmas" (a story's)
_RELATIVE_BEFORE = re.compile(r"(?<!\bthe\s)\b(?:last|next|this)\s+$", re.IGNORECASE)
# "was put off until", "agreed that the attack would begin", "seemed likely to": a plan the past told
_PAST_AUXILIARY_BEFORE = re.compile(
    r"\b(?:was|were|had\s+been|would(?:\s+not)?|seemed|looked|appeared)\s+$", re.IGNORECASE
)
# a plan told in the past ("a deadline that would expire on Monday") or a past ability ("before
# rescuers could cross"): the story's, not the time of writing's
_FUTURE_IN_THE_PAST = frozenset({"would", "would be", "could"})
# "said Tuesday", "said during an interview Tuesday": a report's attribution, of the time of writing
_ATTRIBUTION_BEFORE = re.compile(
    r"\b(?:said|told\s+(?:reporters|\w+\s+\w+))(?:\s+(?:during|in)\s+(?:an?\s+)?\w+)?\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_AGO_BEFORE = re.compile(r"\bago\s+$", re.IGNORECASE)  # "199 years ago today": an anniversary
_YEARS_ON_AFTER = re.compile(  # "Today, ninety years on,", "Today marks 37 years since": an anniversary too
    r",?\s+(?:(?:marks|is)\s+)?(?:[\w-]+\s+){1,3}(?:years|decades|centuries)\s+(?:on|later|since)\b",
    re.IGNORECASE,
)
# "a decision still debated today", "a record that still stands today": nowadays, not the day of writing
_STILL_BEFORE = re.compile(r"\bstill\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_STILL_AFTER = re.compile(r"\s+(?:[A-Z]?[a-z]+\s+){0,2}still\b")  # "Today Santa Fe still keeps its cross"
# "Today it is carried by wildland crews": a sentence of the present opened by "Today", nowadays
_PRESENT_STATE_AFTER = re.compile(
    r",?\s+(?:[A-Z]?[a-z]+\s+){0,2}(?:is|are)\s+(?!(?:expected|due|scheduled|set|going|to)\b)"
)
_NAMED_AFTER = re.compile(r"\s+(?:called|known\s+as|named)\b")  # "Meagher's Island, today called Mars Island"
# a wire or newspaper dateline opening a line: "LONDON, June 24 (Reuters) -", "HAVANA (AP) --",
# "WASHINGTON —": a news report, whatever years it recalls
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\-]+(?:[ ,]{1,2}[A-Z][A-Z.'\-]+)*(?:,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2})?\s*"
    r"(?:\([A-Za-z .]+\)\s*)?(?:--|\u2014|\u2013|\s-\s|\s_\s)",
    re.MULTILINE,
)
_DATELINE_REACH = 600  # characters from the start in which a dateline opens a report
_PRESENT_TENSE = re.compile(r"\b(?:has|have|is|are|will)\b", re.IGNORECASE)  # a lead told from the present
# a lead that opens with an anniversary: "110 years ago today", "Eighty years ago tonight", "On this day in
# 1948", "It was 75 years ago"
_ANNIVERSARY_LEAD = re.compile(
    r"\s*(?:(?:[\w-]+\s+){1,4}(?:years|decades|century|centuries)\s+ago\s+(?:today|tonight|this\s+\w+)\b"
    r"|on\s+this\s+day\s+in\s+\d{3,4}\b|it\s+was\s+(?:[\w-]+\s+){1,4}years\s+ago\b)",
    re.IGNORECASE,
)


# a first sentence that counts a century or more back to the day: "declared war 160 years ago today"
_LONG_AGO_TODAY = re.compile(
    r"\b(?:[1-9]\d{2,}|[\w-]+\s+hundred(?:\s+and\s+[\w-]+)?|(?:a|one|two|three)\s+centur(?:y|ies))\s+"
    r"(?:years\s+)?ago\s+(?:today|tonight|this\s+week)\b",
    re.IGNORECASE,
)


def tag(text: str, dct: date | None = None, mode: str = "news") -> list[Timex]:
    """Time expressions of ``text`` sorted by offset, non-overlapping, normalized against ``dct``.

    ``mode`` "news" resolves relative expressions against the DCT, "narrative" against the last
    absolute date mentioned before them (the DCT until there is one).  Never raises on a string.
    """
    if not isinstance(text, str) or not text:
        return []
    try:
        return run(text, dct, mode if mode in MODES else "news")
    except (ValueError, OverflowError, KeyError, IndexError) as error:  # a rule's bug: say so, go on
        _LOG.warning(
            "no time expressions: the tagger failed on a text of %d characters (%r)", len(text), error
        )
        return []


@cache
def _deictic(language: str = "en") -> re.Pattern[str]:
    """Words that count from the moment of writing: yesterday, today, last week ..."""
    lex = load(language)
    units = alternation(unit for unit in lex.units if unit in ("week", "month", "year"))
    # a weekday on its own ("said Tuesday"), not "every Monday", "a Tuesday", "Sundays", "Friday, July 3",
    # a name ("Bloody Sunday"), nor one the story points back to ("That Saturday", "the following
    # Monday", "its first Saturday sitting")
    named = "".join(rf"(?<!\b{re.escape(word)}\s)" for word in sorted(lex.name_words))
    capitalised = alternation(d.capitalize() for d in lex.weekdays)
    weekday = (
        rf"(?=(?-i:{capitalised}))"  # the weekday first, so the lookbehinds run only where one begins
        r"(?<!every\s)(?<!each\s)(?<!\ba\s)(?<!\bthat\s)(?<!\bthe\s)(?<!following\s)(?<!first\s)"
        + named
        + rf"(?-i:{capitalised})"
        rf"(?!s\b|,?\s+(?:{alternation(lex.months)}\b|\d))"  # nor "Sunday, 7 December 1941"
    )
    relative = rf"(?<!the\s)(?:last|this|next)\s+{units}"  # "next year", not a story's "the next year"
    return re.compile(rf"\b(?:{alternation(lex.day_words)}|{relative}|{weekday})\b", re.IGNORECASE)


@cache
def _told_day(language: str = "en") -> re.Pattern[str]:
    """A day, month or season told with its year: 2 September 1666, September 2, 1666, New Year's
    Eve 1944, April 1916, the spring of 1884."""
    lex = load(language)
    month, feast, season = alternation(lex.months), alternation(lex.holidays), alternation(lex.seasons)
    return re.compile(
        rf"\b(?:\d{{1,2}}\s+(?:{month})\.?,?\s+|(?:{month})\.?,?\s+(?:\d{{1,2}},?\s+)?|(?:{feast})\s+"
        rf"|(?:{season})\s+of\s+)"
        # not "the September 11, 2001 attacks": a name (but "14 October 1913 was": a verb)
        rf"(?P<year>\d{{3,4}})\b(?!\s+(?!(?:{alternation(lex.not_plurals)})\b)(?-i:[a-z]+s)\b)",
        re.IGNORECASE,
    )


def _first_told_long_ago(head: str, dct: date, default: int) -> int:
    """Where the first day or month told with a year long before the DCT begins ("2 September
    1666"), else ``default``. The told-day pattern is tried only just before such years: its many
    month and feast names are slow to try at every word of a text."""
    for year in _NUMERAL.finditer(head):
        if dct.year - int(year.group()) <= _OLD:
            continue
        for near in _told_day().finditer(head, max(0, year.start() - _TOLD_DAY_REACH), year.end()):
            told = _told_day().match(head, near.start())  # again without the window's end
            if told and told.start("year") == year.start():
                return told.start()
    return default


@cache
def _story_day(language: str = "en") -> re.Pattern[str]:
    """A day told with its month and no year: 14 June, June 14."""
    month = alternation(load(language).months)
    return re.compile(
        rf"\b(?:\d{{1,2}}\s+(?:{month})\b|(?:{month})\.?\s+\d{{1,2}}\b)(?!,?\s+\d{{3,4}}\b)", re.IGNORECASE
    )


@cache
def _weekday_of_a_month(language: str = "en") -> re.Pattern[str]:
    """What follows a weekday counted in a month: "[the last Saturday] in November"."""
    return re.compile(rf"\s+(?:in|of)\s+(?:{alternation(load(language).months)})\b", re.IGNORECASE)


@cache
def _year(language: str = "en") -> re.Pattern[str]:
    """Four-digit years; not a clock time in military style before its zone ("at 4:42 p.m. (1442 GMT)")."""
    zones = alternation(
        zone.upper() for zone in load(language).time_zones if zone.isalpha() and len(zone) <= 4
    )
    return re.compile(rf"\b(1[0-9]{{3}}|20[0-9]{{2}})\b(?!\s+(?:{zones})\b)")


@cache
def _era_year(language: str = "en") -> re.Pattern[str]:
    """Years with an era mark: 44 BC, AD 14 (BCE ones long before any DCT)."""
    eras = alternation(load(language).eras)
    return re.compile(rf"\b\d{{1,4}}\s*(?:{eras})(?!\w)|(?<!\w)(?:{eras})\s*\d{{1,4}}\b")


@cache
def _weekday_day(language: str = "en") -> re.Pattern[str]:
    """A day told with its weekday and no year: Sunday 12 March, Wednesday, March 15."""
    lex = load(language)
    weekday, month = alternation(lex.weekdays), alternation(lex.months)
    return re.compile(
        rf"\b(?P<weekday>{weekday}),?\s+(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{month})"
        rf"|(?P<month2>{month})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)\b(?!,?\s+\d{{3,4}}\b)",
        re.IGNORECASE,
    )


def _off_the_calendar(m: re.Match[str], dct: date) -> bool:
    """Whether a weekday and day ("Sunday 12 March") do not agree in the days nearest the DCT: the
    day is of another year, a story's."""
    lex = load()
    month = lex.months[(m["month"] or m["month2"]).lower()]
    day = int(m["day"] or m["day2"])
    near = [
        told
        for year in (dct.year - 1, dct.year, dct.year + 1)
        if (told := _valid_date(year, month, day)) and abs((told - dct).days) <= _NEAR_DAYS
    ]
    return bool(near) and all(told.isoweekday() != lex.weekdays[m["weekday"].lower()] for told in near)


def _of_a_year_told(m: re.Match[str], head: str, dct: date) -> bool:
    """Whether a weekday and day ("Thursday, October 24") agree in a year long past told before them,
    not only the last one ("by the late summer of 1929 [...] on the morning of Thursday, October 24"
    in a text of 2024, when the 24th is a Thursday too; "Prussia entered 1848 [...] the riots of 1847
    [...] On Saturday, 18 March"): the day is that year's, a story's."""
    lex = load()
    told = {int(year) for year in _year().findall(head, 0, m.start())}
    month, weekday = lex.months[(m["month"] or m["month2"]).lower()], lex.weekdays[m["weekday"].lower()]
    return any(
        dct.year - year > _OLD
        and (day := _valid_date(year, month, int(m["day"] or m["day2"]))) is not None
        and day.isoweekday() == weekday
        for year in told
    )


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _body_start(head: str) -> int:
    """Where the body begins, past a headline (a line with no end stop)."""
    for line in re.finditer(r"[^\n]+", head):
        if re.search(r"[.!?]\W*$", line.group()) or len(line.group().split()) > _HEADLINE_WORDS:
            return line.start()
    return 0


def _sentence_at(head: str, at: int) -> str:
    """The sentence that starts at ``at``, up to its end, past the semicolons that join its clauses
    ("gathered in Portsmouth on Wednesday [...]; world leaders are due [...] 80 years after")."""
    end = next((stop for stop in patterns().sentence_end.finditer(head, at) if stop[0][0] != ";"), None)
    return head[at : end.start() if end else len(head)]


def _lead_sentence(head: str) -> tuple[int, str]:
    """Where the body's first sentence starts, and the sentence."""
    body = _body_start(head)
    return body, _sentence_at(head, body)


def _tells_occasion(lead: str, occasions: frozenset[str]) -> bool:
    """Whether ``lead`` holds one of the ``occasions`` or counts years since an event."""
    words = {word.lower() for word in re.findall(r"\w+", lead)}
    return bool(words & occasions) or _SINCE_YEARS.search(lead) is not None


def _lead_tells_occasion(head: str) -> bool:
    """Whether a sentence of the body's first paragraph tells an anniversary, not only its first
    one ("Today Brielle re-enacts its capture, as it does every year. The event took place 443
    years ago")."""
    body = _body_start(head)
    end = _PARAGRAPH_END.search(head, body)
    return _tells_occasion(head[body : end.start() if end else len(head)], _anniversary_cues())


def _anniversary_lead_end(head: str, anniversary: frozenset[str]) -> int:
    """The end of the body's first sentence when it tells an anniversary ("Today marks 160 years
    since the people of Paris began the revolution"; "Hungary today commemorates the uprising"),
    and of the sentences after it in its paragraph that tell it too ("This week brings the
    anniversary of Edgehill. On Wednesday it will be 382 years since the armies met"), else 0:
    the time of writing a history opens from, not the time it tells."""
    body, lead = _lead_sentence(head)
    if not _tells_occasion(lead, anniversary):
        return 0
    end = body + len(lead)
    while (stop := patterns().sentence_end.search(head, end)) is not None:
        sentence = _sentence_at(head, stop.end())
        if _PARAGRAPH_END.search(head, end, stop.end()) or not _tells_occasion(sentence, anniversary):
            break
        end = stop.end() + len(sentence)
    return end


def _story_under_a_lead(head: str, present: list[re.Match[str]], dct: date | None, anniversary: bool) -> bool:
    """Whether every word of the present is in the body's first paragraph and the paragraphs after
    it tell at least ``_STORY_BODY`` years, all long past (those of the first millennium too): a
    history under a news lead ("The Arctic Research Foundation announced on Monday that the wreck
    [...] is HMS Terror\n\nSir John Franklin's expedition left Greenhithe on 19 May 1845"); under
    a lead that tells an ``anniversary``, ``_ANNIVERSARY_BODY`` years ("Lisbon marks today the
    anniversary of the earthquake [...] on Sunday\n\nThe first shock struck on [...] 1 November 1755")."""
    if dct is None or not present:
        return False
    lead = _PARAGRAPH_END.search(head, _body_start(head))
    if lead is None or present[-1].start() > lead.start():
        return False
    body = head[lead.end() :]
    years = [int(year) for year in _year().findall(body)]
    ancient = len(_era_year().findall(body)) + early_dates(patterns(), body)  # 44 BC, "August 800"
    enough = _ANNIVERSARY_BODY if anniversary else _STORY_BODY
    told = len(years) + ancient >= enough or ancient >= _ANCIENT_BODY
    return told and all(dct.year - year > _OLD for year in years)


def _in_the_lead(head: str, at: int, occasions: frozenset[str]) -> bool:
    """Whether ``at`` is in the first sentence of the body, past a headline (a line with no end
    stop), and that sentence tells no anniversary a history may open with ("Today marks sixty
    years since Elizabeth II came to the throne")."""
    body, lead = _lead_sentence(head)
    return body <= at < body + len(lead) and not _tells_occasion(lead, occasions)


def _lead_long_past(head: str, at: int, dct: date | None) -> bool:
    """Whether the sentence at ``at`` tells a day long before the DCT with its year, and no word or
    tense of the present: a history under a dateline ("DALLAS — President John F. Kennedy woke on
    Friday, Nov. 22, 1963, in the Hotel Texas"; not "Britain has voted to leave [...] a bloc it
    joined on Jan. 1, 1973")."""
    if dct is None:
        return False
    lead = _sentence_at(head, at)
    told = any(dct.year - int(m["year"]) > _OLD for m in _told_day().finditer(lead))
    return told and not _deictic().search(lead) and not _PRESENT_TENSE.search(lead)


@cache
def _anniversary_cues() -> frozenset[str]:
    """Words by which a lead tells an anniversary kept at the time of writing ("commemorates",
    "bicentenary")."""
    lex = load()
    return lex.commemoration_verbs | lex.anniversary_words


def _occasion_lead(head: str, at: int, dct: date | None) -> bool:
    """Whether the sentence at ``at`` tells an anniversary ("PARIS - France will mark the bicentenary
    of Napoleon's death on Wednesday", "BOSTON - Two hundred and fifty years after a crowd dumped
    342 chests of tea"): a history may follow the dateline, so the rest of the text decides."""
    return dct is not None and _tells_occasion(_sentence_at(head, at), _anniversary_cues())


def _opens_as_a_story(head: str, dct: date | None) -> bool:
    """Whether a dated text tells at least ``_STORY_OPENING`` years, all long past, before its
    first word of the present: a history that closes with the present ("fought from April 1992
    until December 1995 [...] his mandate was extended last year")."""
    first = next((m.start() for m in _deictic().finditer(head)), len(head))
    years = [int(y) for y in _year().findall(head, 0, first)]
    return dct is not None and len(years) >= _STORY_OPENING and all(dct.year - y > _OLD for y in years)


def detect_mode(text: str, dct: date | None = None) -> str:
    """ "narrative" for history: hardly any words that count from the time of writing
    ("yesterday"), and years told (four-digit ones, ones with an era, 44 BC, and three-digit ones
    after a month, "1 November 866"): with a DCT, at least three, mostly long before it, or any,
    all long before it, when no such word is there; with none (nothing else to count from), at
    least two.

    In a dated text some such words belong to the story all the same: weekdays after a day long
    past told in full ("on Sunday, 2 September 1666 ... On Monday") or after a weekday and day of
    another year ("Sunday 12 March" in a text of March 2016, when the 12th was a Saturday), and the
    present of its last lines ("the two Koreas remain at war today"), and "today" after "still"
    ("a decision still debated today") or a scholar ("historians today believe"), which tells
    nowadays.
    """
    head = text[:_HEAD]
    dateline = _DATELINE.search(head, 0, _DATELINE_REACH)
    if (
        dateline
        and not _ANNIVERSARY_LEAD.match(head, dateline.end())
        and not _lead_long_past(head, dateline.end(), dct)
        and not _occasion_lead(head, dateline.end(), dct)
    ):
        return "news"  # but "BUFFALO, N.Y. — 110 years ago today, President McKinley": a history
    if dct is not None and _ANNIVERSARY_LEAD.match(head, _body_start(head)):
        return "narrative"  # "Sixty years ago today, a student march in Budapest [...] On Thursday"
    if dct is not None and not _year().search(head) and _LONG_AGO_TODAY.search(_lead_sentence(head)[1]):
        # "When Queen Victoria's government declared war on Russia 160 years ago today [...] On 27
        # February": a history that gives its year only as the anniversary, and never writes it
        return "narrative"
    early = early_dates(patterns(), head)  # "1 November 866": a year of the first millennium
    eras = len(_era_year().findall(head))
    if eras:  # "In 354 BC [...] In 343 the Samnites attacked": in a text of eras, "in 343" is a year too
        early += len(patterns().introduced_early_year.findall(head))
    years = [int(y) for y in _year().findall(head)] + [-1] * (eras + early)
    story, epilogue = len(head), len(head)
    if dct is not None:  # with no DCT, a day told in full may be the dateline
        story = min(
            _first_told_long_ago(head, dct, story),
            next(
                (
                    m.start()
                    for m in _weekday_day().finditer(head)
                    if _off_the_calendar(m, dct) or _of_a_year_told(m, head, dct)
                ),
                story,
            ),
        )
        epilogue = int(len(head) * _EPILOGUE)
    weekdays = load().weekdays

    def of_the_story(m: re.Match[str]) -> bool:
        """A weekday after a day long past told in full, told in the past: "On Monday the fire
        spread"; not "bells will ring Monday", "last Thursday"."""
        if m.start() <= story or m.group().lower() not in weekdays:
            return False
        start = max(0, m.start() - _CUE_REACH)
        stops = list(patterns().sentence_end.finditer(head, start, m.start()))
        start = stops[-1].end() if stops else start  # not "did what they could.\n\nOn Wednesday"
        before, after = head[start : m.start()], head[m.end() : m.end() + _CUE_REACH]
        stop = patterns().sentence_end.search(after)
        after = after[: stop.start()] if stop else after  # not "Sunday, and got in. The squad expected"
        future = [  # "the next morning" looks ahead in the story, as does "the next day" cut to "next day";
            # "the assault was put off until Sunday" is the story's plan, told in the past
            cue
            for cue in patterns().future.finditer(before)
            if not _THE_BEFORE.search(head, max(0, start + cue.start() - _CUE_REACH), start + cue.start())
            and not _PAST_AUXILIARY_BEFORE.search(head, max(0, start + cue.start() - 16), start + cue.start())
            and cue.group().lower() not in _FUTURE_IN_THE_PAST
        ] + [
            cue
            for cue in patterns().future.finditer(after)
            if not _THE_BEFORE.search(after, 0, cue.start())
            and not _PAST_AUXILIARY_BEFORE.search(after, max(0, cue.start() - 16), cue.start())
            # "toured the club on Sunday and said the city would not tolerate such places"
            and cue.group().lower() not in _FUTURE_IN_THE_PAST
        ]
        return not (_RELATIVE_BEFORE.search(before) or future or _ATTRIBUTION_BEFORE.search(before))

    holidays = load().holidays

    def part_of_a_date(m: re.Match[str]) -> bool:
        """A weekday in a feast's name ("Easter Monday", "Good Friday") or counted in a month ("the
        last Saturday in November 1942")."""
        return (
            f"{_word_before(head, m.start())} {m.group()}".lower() in holidays
            or _weekday_of_a_month().match(head, m.end()) is not None
        )

    lead_end = _anniversary_lead_end(head, _anniversary_cues()) if dct is not None else 0
    present = [
        m
        for m in _deictic().finditer(head)
        if lead_end <= m.start() < epilogue
        and not of_the_story(m)
        and not part_of_a_date(m)
        and not _in_quotes(head, m.start())  # a speaker's "our bloody ships today" is the story's day
        and not _AGO_BEFORE.search(head, max(0, m.start() - 8), m.start())
        and not _YEARS_ON_AFTER.match(head, m.end())
        and not _STILL_BEFORE.search(head, max(0, m.start() - 30), m.start())
        and not (m.group().lower() == "today" and _STILL_AFTER.match(head, m.end()))
        and not (m.group() == "Today" and _PRESENT_STATE_AFTER.match(head, m.end()))
        and not (m.group().lower() in ("today", "now") and _NAMED_AFTER.match(head, m.end()))
        # a relative clause's state: "the Torre del Moral, which today houses the town's museum"
        and _word_before(head, m.start()).lower() not in load().relative_pronouns
        and _word_before(head, m.start()).lower() not in load().scholar_nouns  # "historians today believe"
        and _word_before(head, m.start()).lower() not in load().lasting_verbs  # "remains today a symbol"
    ]  # not the anniversary a history opens with: "the Battle of Waterloo, 199 years ago today"
    deictic = len(present)
    # a story told day by day from a day long past, with a single word of the present ("fought
    # on 3 July 1866 [...] On 14 June [...] on 20 June [...] he would win today")
    by_day = (
        deictic == 1 and story < present[0].start() and len(_story_day().findall(head, story)) >= _DAY_BY_DAY
    )
    if _story_under_a_lead(head, present, dct, lead_end > 0 or _lead_tells_occasion(head)):
        return "narrative"
    if (
        dct is not None
        and lead_end
        and present
        and present[-1].start() < story < len(head) // 2
        and _PARAGRAPH_END.search(head, present[-1].start(), story)
    ):
        # "China and Taiwan are marking the centenary of the Wuchang Uprising this week [...] on
        # Sunday\n\n[...] On Monday, 9 October, a bomb": an anniversary told, then its story from a
        # day long past in a later paragraph, in the first half of the text, with years long past
        # and no word of the present after that day
        later = [int(year) for year in _year().findall(head, story)]
        # a word of the present other than a weekday after that day, even a speaker's ("I'll watch
        # the Queen tonight"), brings the report back from its history
        returns = any(m.group().lower() not in weekdays for m in _deictic().finditer(head, story, epilogue))
        if len(later) >= _ANNIVERSARY_BODY and all(dct.year - year > _OLD for year in later) and not returns:
            return "narrative"
    if deictic * 5 >= len(years) and not _opens_as_a_story(head, dct) and not by_day:
        return "news"
    if (
        dct is not None
        and present
        and story > present[0].start()
        and _in_the_lead(head, present[0].start(), load().occasion_words | load().anniversary_words)
    ):
        return "news"  # "Tom Reed, who played with Ellington, died on Tuesday": an obituary's lead;
        # not "Mozart (27 January 1756 - 5 December 1791) [...] remain [...] today": a life, nowadays
    if dct is None:
        return "narrative" if len(years) >= 2 else "news"
    old = sum(dct.year - year > _OLD for year in years)
    if (not deictic or by_day) and years and (old == len(years) or story < len(head)):
        # nothing counts from the time of writing, and all it tells is long past, or it tells a
        # day long past in full or a weekday and day of another year ("On Thursday 7 August" [2008])
        return "narrative"
    return "narrative" if len(years) >= 3 and old / len(years) > 0.6 else "news"
