"""Dated events from a document and its time expressions.

Per document the work is a pure function of ``(document, timexes)``: choose the sentences
that hold a usable time expression (no page furniture, no dateline), parse only those
with spaCy, and read each expression's trigger, title, status and participants off the
dependency tree.  :func:`extract_events_batch` parses the sentences of many documents in
one ``nlp.pipe`` stream.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc as ParsedSentence
from spacy.tokens import Token as ParsedToken

from timeline.day import Day
from timeline.events.attribution import attribution
from timeline.events.entities import NameIndex, actors_and_places
from timeline.events.lexicon import forms, lexicon
from timeline.events.nlp import TIME_ENTITIES, pipeline
from timeline.events.segment import is_dateline, is_furniture, mask_markup, split_sentences
from timeline.events.status import event_status
from timeline.events.title import render, title_tokens
from timeline.events.trigger import attachment, find_trigger, is_verb
from timeline.model import Document, Event, Precision, Source, Span, Status, Timex, TimexType
from timeline.temporal.counting import counted_date
from timeline.temporal.lexicon import load as temporal_lexicon
from timeline.temporal.values import value_range

_DATED = frozenset({TimexType.DATE, TimexType.TIME})
# how much a date's precision and an event's status add to its salience (day or finer, occurred,
# ongoing, planned: 1)
_PRECISION_WEIGHT = {
    Precision.WEEK: 0.8,
    Precision.MONTH: 0.7,
    Precision.SEASON: 0.5,
    Precision.QUARTER: 0.5,
    Precision.HALF_YEAR: 0.4,
    Precision.YEAR: 0.3,
    Precision.DECADE: 0.1,
    Precision.CENTURY: 0.1,
    Precision.UNKNOWN: 0.0,
}
_STATUS_WEIGHT = {Status.EXPECTED: 0.6, Status.HYPOTHETICAL: 0.3, Status.NEGATED: 0.3, Status.UNKNOWN: 0.0}
_BATCH = 64
_DATELINE_GAP = re.compile(r"[ \t,.:;|/-]*(?:at)?[ \t]*")


@dataclass(frozen=True, slots=True)
class Anchor:
    """What dates an event: a usable time expression, its calendar range, where it is said and the
    value it gives.  Usually the expression's own; a stretch ("from 1847 [to 1849]", ``until`` the
    closing expression) runs to the second one's last day with value ``1847/1849`` (ISO 8601
    interval); "two years later" is the year two years after the last date told."""

    timex: Timex
    start: Day
    end: Day
    precision: Precision
    span: Span
    value: str
    until: Timex | None = None
    restated: bool = False  # "Sixty years later, in 1995": the date told right after it dates the event


@dataclass(frozen=True, slots=True)
class SentencePlan:
    """One sentence to parse and the usable time expressions in it."""

    sentence: Span
    anchors: tuple[Anchor, ...]


def extract_events(document: Document, timexes: Sequence[Timex]) -> list[Event]:
    """Events of one document, one per time expression that dates a happening."""
    return extract_events_batch([(document, timexes)])[0]


def extract_events_batch(items: Iterable[tuple[Document, Sequence[Timex]]]) -> list[list[Event]]:
    """Events of many documents (one list per document), parsing all their sentences in one stream."""
    work = [(document, timexes, plan_sentences(document, timexes)) for document, timexes in items]
    nlp = pipeline()
    shown = [_shown_to_parser(nlp, document.text, plan) for document, _, plans in work for plan in plans]
    parsed = iter(nlp.pipe(shown, batch_size=_BATCH)) if shown else iter(())
    results: list[list[Event]] = []
    for document, timexes, plans in work:
        names = NameIndex.of(_blank(mask_markup(document.text), timexes)) if plans else NameIndex(())
        events = [event for plan in plans for event in _sentence_events(document, plan, next(parsed), names)]
        results.append(_dedupe(events))
    return results


# the two words before a date phrase: "and by [early October]", "On the night of [7-8 August]"
_WORD_BEFORE = re.compile(r"(?:^|([,;])\s*|\b(\w+)\s+)(\w+)\s+(?:the\s+\w+\s+of\s+)?$")
_NAME_AFTER = re.compile(r" (?=[A-Z])")


def _shown_to_parser(nlp: Language, text: str, plan: SentencePlan) -> ParsedSentence:
    """The sentence of ``plan``, tokenized, as the parser is to see it: markup blanked out, and a
    comma after a date phrase that opens a clause and runs into a name ("In 204 BC Scipio landed",
    "and by early October Poland had fallen"), which the small parser reads as one name ("204 BC
    Scipio", "October Poland").  Same length and offsets as the text; the comma takes the blank's
    place, split off as a token of its own."""
    sentence = mask_markup(plan.sentence.slice(text))
    cues = lexicon()
    commas = []
    for anchor in plan.anchors:
        start, end = (
            offset - plan.sentence.start for offset in (anchor.timex.span.start, anchor.timex.span.end)
        )
        before = _WORD_BEFORE.search(sentence, 0, start)
        if (
            before
            and before[3].lower() in cues.opening_prepositions
            and (before[2] is None or before[2].lower() in cues.clause_openers)
            and _NAME_AFTER.match(sentence, end)
        ):
            commas.append(end)
    for at in commas:
        sentence = sentence[:at] + "," + sentence[at + 1 :]
    doc = nlp.make_doc(sentence)
    with doc.retokenize() as retokenizer:
        for at in commas:
            token = next(t for t in doc if t.idx <= at < t.idx + len(t))
            pieces = [p for p in (token.text[: at - token.idx], ",", token.text[at - token.idx + 1 :]) if p]
            if len(pieces) > 1:
                retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))
    return doc


def _blank(text: str, timexes: Sequence[Timex]) -> str:
    """``text`` with its time expressions blanked out: "1 August Germany" holds no name "August Germany"."""
    pieces, at = [], 0
    for timex in sorted(timexes, key=lambda t: t.span.start):
        if timex.span.start >= at:
            pieces += [text[at : timex.span.start], " " * len(timex.span.slice(text))]
            at = timex.span.end
    return "".join([*pieces, text[at:]])


def _usable(timex: Timex) -> Anchor | None:
    if timex.type not in _DATED or not timex.anchored:
        return None
    calendar = value_range(timex.value)
    return None if calendar is None else Anchor(timex, *calendar, timex.span, timex.value)


def _counted_from(text: str, timex: Timex, last: Anchor | None) -> Anchor | None:
    """ "Two years later", "three days earlier": dated that far from the last date told."""
    if last is None:
        return None
    counted = counted_date(text, timex, last.start, last.precision, temporal_lexicon())
    calendar = None if counted is None else value_range(counted.value)
    if counted is None or calendar is None:
        return None
    return Anchor(timex, *calendar, Span(timex.span.start, counted.end), counted.value)


def _in_dct_header(document: Document, span: Span) -> bool:
    """Inside the DCT, before it on its line (``Brussels (AFP) Dec 8, 2011``) or right after it
    (``Dec 8, 2011 10:30 GMT``)."""
    dct = document.dct_span
    if dct is None:
        return False
    if span.start >= dct.end:
        return _DATELINE_GAP.fullmatch(document.text[dct.end : span.start]) is not None
    return span.end > dct.start or "\n" not in document.text[span.start : dct.start]


def plan_sentences(document: Document, timexes: Sequence[Timex]) -> list[SentencePlan]:
    """The sentences worth parsing, each cut after any dateline, with their usable expressions."""
    text = document.text
    sentences = split_sentences(text)
    starts = [s.start for s in sentences]
    grouped: dict[int, list[Timex]] = {}
    for timex in sorted(timexes, key=lambda t: t.span.start):
        index = bisect.bisect_right(starts, timex.span.start) - 1
        if index >= 0 and timex.span.start < sentences[index].end:
            grouped.setdefault(index, []).append(timex)
    anchors_of = _anchors(text, [t for members in grouped.values() for t in members])
    plans: list[SentencePlan] = []
    for index, members in grouped.items():
        sentence = sentences[index]
        header = [
            t for t in members if _in_dct_header(document, t.span) or is_dateline(text, sentence, t.span)
        ]
        if header:
            sentence = _after(text, sentence, max(t.span.end for t in header))
        if sentence is None or is_furniture(text, sentence):
            continue
        anchors = tuple(
            a
            for t in members
            if t not in header
            and sentence.start <= t.span.start
            and t.span.end <= sentence.end
            and (a := anchors_of.get(t)) is not None
        )
        if anchors:
            plans.append(SentencePlan(sentence, join_ranges(text, anchors)))
    return plans


def _anchors(text: str, timexes: Sequence[Timex]) -> dict[Timex, Anchor]:
    """The anchor of each usable expression, in text order (a counted one needs the date before it)."""
    found: dict[Timex, Anchor] = {}
    last: Anchor | None = None
    for at, timex in enumerate(timexes):
        following = timexes[at + 1] if at + 1 < len(timexes) else None
        anchor = _usable(timex)
        if anchor is None:
            anchor = _counted_from(text, timex, last)
            if anchor is not None and _restated(text, anchor, following):
                anchor = replace(anchor, restated=True)
        if anchor is not None:
            found[timex] = anchor
            last = anchor
    return found


_RESTATING_GAP = re.compile(r"[\s,]*(?:\w+\s+)?")  # "later, in 1995", "later, on June 5"


def _restated(text: str, counted: Anchor, following: Timex | None) -> bool:
    """Whether a usable date follows a counted one at once, saying the same date outright."""
    return (
        following is not None
        and _usable(following) is not None
        and _RESTATING_GAP.fullmatch(text, counted.span.end, following.span.start) is not None
    )


def join_ranges(text: str, anchors: Sequence[Anchor]) -> tuple[Anchor, ...]:
    """Two dates joined as a stretch ("from 1847 to 1849", "between 1914 and 1918", "1939–1945")
    become one anchor from the first one's first day to the second one's last."""
    joined: list[Anchor] = []
    for anchor in anchors:
        first = joined[-1] if joined else None
        if (
            first is not None
            and first.until is None
            and first.start <= anchor.end
            and _links(text, first.timex, anchor.timex)
        ):
            coarser = max(first.precision, anchor.precision, key=list(Precision).index)
            span = Span(first.span.start, anchor.span.end)
            value = f"{first.value}/{anchor.value}"
            end = max(first.end, anchor.end)
            joined[-1] = Anchor(first.timex, first.start, end, coarser, span, value, anchor.timex)
        else:
            joined.append(anchor)
    return tuple(joined)


def _links(text: str, first: Timex, second: Timex) -> bool:
    words = text[first.span.end : second.span.start].split()
    if len(words) != 1:
        return False
    link, lex = words[0].lower(), lexicon()
    before = text[max(0, first.span.start - 40) : first.span.start].split()
    if any(not forms(word, word).isdisjoint(lex.move_verbs) for word in before[-4:]):
        return False  # moved from Monday to Friday: two dates
    opened = bool(before) and before[-1].lower() in lex.between_words
    return link in lex.range_links or (opened and link in lex.between_links)


def _after(text: str, sentence: Span, cut: int) -> Span | None:
    """What is left of a sentence after offset ``cut`` (a dateline's end), trimmed."""
    rest = text[cut : sentence.end]
    stripped = rest.lstrip(" \t,:;-–—")
    if not stripped.strip():
        return None
    return Span(sentence.end - len(stripped), sentence.end)


def _sentence_events(
    document: Document, plan: SentencePlan, parsed: ParsedSentence, names: NameIndex
) -> list[Event]:
    offset = plan.sentence.start
    events = []
    for anchor in plan.anchors:
        if anchor.restated:
            continue
        timex = anchor.timex
        time = parsed.char_span(timex.span.start - offset, timex.span.end - offset, alignment_mode="expand")
        if time is None:
            continue
        trigger = find_trigger(time)
        if trigger is None or time.start <= trigger.i < time.end:
            continue
        edge = attachment(time)
        dropped = edge if edge is not None and edge.i not in range(time.start, time.end) else time.root
        span = anchor.span
        whole = parsed.char_span(span.start - offset, span.end - offset, alignment_mode="expand") or time
        excluded = frozenset(t.i for t in dropped.subtree) | frozenset(range(whole.start, whole.end))
        for other in plan.anchors:  # "murdered five years later, on 15 March 44 BC": no "five years later"
            if other is not anchor and other.timex.type is TimexType.DURATION:
                counted = parsed.char_span(other.span.start - offset, other.span.end - offset, "expand")
                excluded |= frozenset(range(counted.start, counted.end)) if counted else frozenset()
        gapped = _gapped_clause(trigger)
        if time.start in gapped:
            continue  # "..., and Japan on 2 September": the date of a verb the text leaves out
        excluded |= gapped
        if anchor.until is not None:  # "... to 1849": the closing date's phrase goes too
            ends = whole[-1]
            excluded |= frozenset(t.i for t in (attachment(ends.doc[ends.i : ends.i + 1]) or ends).subtree)
        tokens = title_tokens(trigger, excluded)
        title = render(tokens)
        if not title:
            continue
        actors, places = actors_and_places(tokens, trigger, names)
        trigger_span = Span(offset + trigger.idx, offset + trigger.idx + len(trigger.text))
        status = event_status(trigger, anchor.start, anchor.end, document.dct)
        source = Source(
            document=document.id,
            sentence=plan.sentence.slice(document.text),
            sentence_span=plan.sentence,
            time_text=anchor.span.slice(document.text),
            time_span=anchor.span,
            trigger=trigger.text,
            trigger_span=trigger_span,
            document_title=document.title,
            url=document.url,
            dct=document.dct,
            value=anchor.value,
            attribution=attribution(trigger, names),
        )
        events.append(
            Event(
                id=event_id(document.id, timex.span, trigger_span),
                title=title,
                date=anchor.value,
                start=anchor.start,
                end=anchor.end,
                precision=anchor.precision,
                status=status,
                sentence=source.sentence,
                document=document.id,
                time_text=source.time_text,
                time_span=anchor.span,
                trigger=trigger.text,
                trigger_span=trigger_span,
                actors=actors,
                places=places,
                sources=(source,),
                salience=_salience(document, timex, anchor.precision, status, actors, places),
            )
        )
    return events


_NAMES = frozenset({"PROPN", "PRON"})  # a gapped clause's subject: "and Japan on 2 September"


def _gapped_clause(trigger: ParsedToken) -> frozenset[int]:
    """Tokens of a clause that shares the trigger's verb without repeating it, from its subject on:
    "Germany surrendered on 8 May, [and Japan on 2 September, after the bombings]" (the parser
    makes the second subject a conjunct of the verb)."""
    if not is_verb(trigger):
        return frozenset()  # "the opening of the Olympics and the anniversary": nouns joined, no gap
    subject = next((c for c in trigger.children if c.dep_ == "conj" and c.pos_ in _NAMES), None)
    if subject is None or subject.i < trigger.i or subject.ent_type_ in TIME_ENTITIES:
        return frozenset()  # "made Friday and Thursday": two dates of one verb
    if subject.nbor(-1).dep_ not in ("cc", "punct"):
        return frozenset()
    return frozenset(t.i for c in trigger.children if c.i >= subject.i for t in c.subtree)


def event_id(document: str, time_span: Span, trigger_span: Span) -> str:
    """Stable id from where the event is said: document, time expression and trigger offsets."""
    key = f"{document}:{time_span.start}-{time_span.end}:{trigger_span.start}-{trigger_span.end}"
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _salience(
    document: Document,
    timex: Timex,
    precision: Precision,
    status: Status,
    actors: tuple[str, ...],
    places: tuple[str, ...],
) -> float:
    """0..1: said early in the article, a precise date, a definite status (occurred, ongoing,
    planned) and named participants (an actor counts twice a place) weigh more."""
    position = 1.0 - timex.span.start / max(len(document.text), 1)
    participants = min(len(actors) + 0.5 * len(places), 2) / 2
    return round(
        0.3 * position
        + 0.25 * _PRECISION_WEIGHT.get(precision, 1.0)
        + 0.2 * _STATUS_WEIGHT.get(status, 1.0)
        + 0.25 * participants,
        3,
    )


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per trigger: of two expressions dating the same word, the finer one wins."""
    best: dict[Span, Event] = {}
    for event in events:
        kept = best.get(event.trigger_span)
        if kept is None or (event.end - event.start, event.time_span.start) < (
            kept.end - kept.start,
            kept.time_span.start,
        ):
            best[event.trigger_span] = event
    return sorted(best.values(), key=lambda e: e.time_span.start)
