"""Temporal relations stated in the text: "met two days after the summit" orders two events.

A signal phrase (``data/signals.json``) inside the sentence of an event relates the event
whose trigger governs it to the event noun it introduces.  That noun is matched to an event
of the same document (the trigger in the same place, else the nearest with the same lemma),
else to an event of the batch with that trigger and a participant or place in common.  Only
sentences that hold an event and a signal word are parsed; events are looked up by trigger
lemma, never compared in pairs.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from spacy.tokens import Doc as ParsedSentence
from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from timeline.events import event_id
from timeline.events.lexicon import forms, lexicon
from timeline.events.nlp import TIME_ENTITIES, pipeline
from timeline.events.segment import mask_markup
from timeline.events.trigger import is_event_noun, is_verb
from timeline.model import Document, Event, Span, TimexType
from timeline.temporal import tag

BEFORE = "BEFORE"
AFTER = "AFTER"
BEGUN_BY = "BEGUN_BY"  # "since the treaty"
ENDED_BY = "ENDED_BY"  # "until the election"
IS_INCLUDED = "IS_INCLUDED"  # "during the talks"
_OBJECTS = frozenset({"pobj", "pcomp", "dobj"})
_WORD = re.compile(r"[a-z]+")
_BATCH = 64


@dataclass(frozen=True, slots=True)
class Relation:
    """``source`` stands in ``type`` to ``target`` ("A AFTER B"), as one sentence says."""

    source: str  # event id
    target: str  # event id
    type: str  # BEFORE, AFTER, BEGUN_BY, ENDED_BY, IS_INCLUDED
    offset: str | None  # TIMEX3 duration: "two days after" -> P2D
    signal: str  # "two days after"
    signal_span: Span  # in the document's text
    sentence: str
    document: str


@dataclass(frozen=True, slots=True)
class Signal:
    """A signal phrase of the data file and the relation it states."""

    phrase: str
    relation: str
    offset: str | None = None


@dataclass(frozen=True, slots=True)
class _Mention:
    """A signal found in a sentence whose target event is still to be found by its noun."""

    source: Event
    noun: Token
    noun_span: Span
    signal: Signal
    offset: str | None
    span: Span
    text: str
    sentence: str


@cache
def signals() -> dict[str, Signal]:
    """Signal phrases (lowercase) and the relation each states, read once from the data file."""
    path = resources.files(__package__).joinpath("data", "signals.json")
    entries = json.loads(path.read_text(encoding="utf-8"))["signals"]
    return {entry["phrase"]: Signal(**entry) for entry in entries}


@cache
def _signal_pattern() -> re.Pattern[str]:
    phrases = sorted(signals(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, phrases)) + r")(?![\w-])", re.I)


def find_relations(document: Document, events: Sequence[Event]) -> list[Relation]:
    """Relations stated in one document between its own events."""
    return find_relations_batch([(document, events)])[0]


def find_relations_batch(items: Iterable[tuple[Document, Sequence[Event]]]) -> list[list[Relation]]:
    """Relations of many documents (one list per document), parsing their signal sentences in one
    stream; a noun with no event in its own document is matched to the batch's events."""
    items = list(items)
    work = [(document, events, _signal_sentences(document, events)) for document, events in items]
    texts = [mask_markup(span.slice(document.text)) for document, _, found in work for span in found]
    parsed = iter(pipeline().pipe(texts, batch_size=_BATCH)) if texts else iter(())
    batch = _TriggerIndex([e for _, events in items for e in events], titles=False)
    results = []
    for document, events, found in work:
        own = _TriggerIndex(events)
        mentions = [m for span, said in found.items() for m in _mentions(document, span, next(parsed), said)]
        results.append(
            [
                relation
                for mention in mentions
                if (relation := _resolve(mention, own, batch, document.id)) is not None
            ]
        )
    return results


def merged_relations(relations: Iterable[Relation], events: Sequence[Event]) -> list[Relation]:
    """``relations`` between the merged ``events`` that absorbed their reports (self-relations dropped)."""
    owner = {event_id(s.document, s.time_span, s.trigger_span): e.id for e in events for s in e.sources}
    found = []
    for relation in relations:
        source, target = owner.get(relation.source), owner.get(relation.target)
        if source is not None and target is not None and source != target:
            found.append(replace(relation, source=source, target=target))
    return found


def _signal_sentences(document: Document, events: Sequence[Event]) -> dict[Span, list[Event]]:
    """Sentences of ``events`` (in this document) that contain a signal phrase, in text order, with
    the events whose trigger is in each."""
    said: dict[Span, list[Event]] = defaultdict(list)
    for event in events:
        for span in {s.sentence_span for s in event.sources if s.document == document.id}:
            if span.start <= event.trigger_span.start and event.trigger_span.end <= span.end:
                said[span].append(event)
    pattern = _signal_pattern()
    found = sorted((s for s in said if pattern.search(document.text, s.start, s.end)), key=lambda s: s.start)
    return {span: said[span] for span in found}


def _mentions(
    document: Document, sentence: Span, parsed: ParsedSentence, events: Sequence[Event]
) -> Iterator[_Mention]:
    """Signals in one parsed sentence between one of its ``events`` and a noun to match."""
    offset = sentence.start
    triggers: dict[int, Event] = {}
    dated = [(e.time_span.start, e.time_span.end) for e in events]
    for event in events:
        token = parsed.char_span(event.trigger_span.start - offset, event.trigger_span.end - offset)
        if token is not None and len(token) == 1:
            triggers[token[0].i] = event
    for match in _signal_pattern().finditer(parsed.text):
        words = parsed.char_span(match.start(), match.end(), alignment_mode="expand")
        if words is None:
            continue
        first, last = words[0], words[-1]
        noun = _object(last, triggers)
        source = _governing_event(first, triggers)
        if noun is None or source is None or noun.i in range(words.start, words.end):
            continue
        if any(start <= offset + noun.idx < end for start, end in dated):  # "since March": a date, no event
            continue
        signal = signals()[match.group().lower()]
        quantity = _quantity(first)
        if _dated_between(parsed, source.time_span, sentence, quantity[0] if quantity else first):
            continue  # "X fell on 8 May, and Y on 2 September, after Z": the signal is for Y (no verb)
        start = offset + (quantity[0].idx if quantity else first.idx)
        end = offset + last.idx + len(last.text)
        yield _Mention(
            source=source,
            noun=noun,
            noun_span=Span(offset + noun.idx, offset + noun.idx + len(noun.text)),
            signal=signal,
            offset=_duration(quantity.text) if quantity else signal.offset,
            span=Span(start, end),
            text=document.text[start:end],
            sentence=sentence.slice(document.text),
        )


def _dated_between(parsed: ParsedSentence, time: Span, sentence: Span, signal: Token) -> bool:
    """Whether the sentence says another date between an event's own date ``time`` and a signal."""
    if not sentence.start <= time.start < sentence.end:
        return False
    start = time.end - sentence.start
    return any(
        start <= token.idx < signal.idx and token.ent_iob_ == "B" and token.ent_type_ in TIME_ENTITIES
        for token in parsed
    )  # a date that begins there, not the tail of the event's own ("November 18, two days after")


def _object(signal: Token, triggers: Mapping[int, Event]) -> Token | None:
    """The word the signal introduces: its object; for a clause it marks, the clause's verb when
    that is an event here, else its subject ("after the talks ended" -> ``talks``)."""
    if signal.dep_ != "mark":
        return next((c for c in signal.children if c.dep_ in _OBJECTS), None)
    verb = signal.head
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    return verb if verb.i in triggers or subject is None else subject


def _governing_event(first: Token, triggers: Mapping[int, Event]) -> Event | None:
    """The event whose trigger is the nearest verb or event noun above the signal (or the verb
    governing it, for a lift verb: "failed to resolve the rift before the summit")."""
    token = first.head.head if first.dep_ == "mark" else first.head
    while not (token.i in triggers or token.head.i == token.i) and (
        not (is_verb(token) or is_event_noun(token)) or _participle_clause(token)
    ):
        token = token.head
    if token.i in triggers:
        return triggers[token.i]
    lifted = token.dep_ == "xcomp" and not forms(token.head.text, token.head.lemma_).isdisjoint(
        lexicon().lift_verbs
    )
    return triggers.get(token.head.i) if lifted else None


def _participle_clause(token: Token) -> bool:
    """``Retaliating 13 days after the bombings, U.S. forces launched ...``: a subjectless participle
    clause happens as its main verb does."""
    subjectless = not any(c.dep_.startswith("nsubj") for c in token.children)
    return token.dep_ == "advcl" and token.tag_ in ("VBG", "VBN") and subjectless


def _quantity(first: Token) -> TokenSpan | None:
    """``two days`` in "two days after": the measure phrase modifying the signal."""
    heads = [first.head] if first.head.dep_ == "npadvmod" else []  # the parser may hang it either way
    measure = next((c for c in [*first.children, *heads] if c.dep_ == "npadvmod" and c.i < first.i), None)
    return None if measure is None else first.doc[measure.left_edge.i : measure.i + 1]


def _duration(text: str) -> str | None:
    """TIMEX3 duration of a measure phrase (``two days`` -> P2D), or ``None``."""
    return next((t.value for t in tag(text) if t.type is TimexType.DURATION), None)


@cache
def _lemmas(word: str) -> frozenset[str]:
    """Forms of a trigger word, with its verb and noun lemmas (``met`` -> ``meet``) from the
    lemmatizer alone, so triggers need no parse."""
    nlp = pipeline()
    tokens = nlp.get_pipe("lemmatizer")(ParsedSentence(nlp.vocab, words=[word, word], pos=["VERB", "NOUN"]))
    return forms(word, tokens[0].lemma_) | {t.lemma_.lower() for t in tokens}


class _TriggerIndex:
    """Events by the lemmas of their trigger (``meeting`` and ``met`` share ``meet``), and, with
    ``titles``, by the event nouns of their title ("NATO leaders held a summit": ``summit``)."""

    def __init__(self, events: Iterable[Event], titles: bool = True) -> None:
        self.by_span: dict[tuple[str, Span], Event] = {}
        self.by_trigger: dict[str, list[Event]] = defaultdict(list)
        self.by_title: dict[str, list[Event]] = defaultdict(list)
        nouns = lexicon().event_nouns if titles else frozenset()
        for event in events:
            self.by_span[(event.document, event.trigger_span)] = event
            for form in _lemmas(event.trigger.lower()):
                self.by_trigger[form].append(event)
            for word in nouns.intersection(_WORD.findall(event.title.lower())):
                self.by_title[word].append(event)

    def candidates(self, noun: Token) -> list[Event]:
        """Events triggered by the noun's word; else, for an event noun, events whose title names it."""
        words = forms(noun.text, noun.lemma_) | _lemmas(noun.lemma_.lower())  # bombings -> bombing -> bomb
        found = [e for word in words for e in self.by_trigger.get(word, ())]
        if not found and is_event_noun(noun):
            found = [e for word in words for e in self.by_title.get(word, ())]
        return list({e.id: e for e in found}.values())


def _resolve(mention: _Mention, own: _TriggerIndex, batch: _TriggerIndex, document: str) -> Relation | None:
    target = own.by_span.get((document, mention.noun_span))
    if target is None and mention.noun.pos_ == "NOUN":  # a clause's verb, a name: matched in place only
        target = _nearest(mention, own.candidates(mention.noun)) or _agreed(
            [e for e in batch.candidates(mention.noun) if _related(e, mention.source)]
        )
    if target is None or target.id == mention.source.id:
        return None
    return Relation(
        source=mention.source.id,
        target=target.id,
        type=mention.signal.relation,
        offset=mention.offset,
        signal=mention.text,
        signal_span=mention.span,
        sentence=mention.sentence,
        document=document,
    )


def _nearest(mention: _Mention, events: Sequence[Event]) -> Event | None:
    """The same-document event the noun refers back to: the last one said before it, else the next."""
    others = [e for e in events if e.id != mention.source.id]
    before = [e for e in others if e.trigger_span.start < mention.noun_span.start]
    if before:
        return max(before, key=lambda e: e.trigger_span.start)
    return min(others, key=lambda e: e.trigger_span.start, default=None)


def _related(other: Event, source: Event) -> bool:
    """An event of another article that shares a named participant or place with ``source``."""
    return other.document != source.document and not set(other.actors + other.places).isdisjoint(
        source.actors + source.places
    )


def _agreed(events: Sequence[Event]) -> Event | None:
    """The finest of other articles' reports when they all agree on the date (one happening), else None."""
    if not events:
        return None
    finest = min(events, key=lambda e: ((e.end - e.start).days, e.id))
    agree = all(e.start <= finest.start and finest.end <= e.end for e in events)
    return finest if agree else None
