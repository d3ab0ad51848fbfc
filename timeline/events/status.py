"""Where an event stands relative to the article's date: from cue words, tense and the date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from spacy.tokens import Token

from timeline.day import Day
from timeline.events.lexicon import forms, lexicon
from timeline.events.trigger import is_verb
from timeline.model import Status

_PAST_TAGS = frozenset({"VBD"})
_CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "conj", "acl", "relcl", "advcl", "pcomp"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m"})


def event_status(trigger: Token, start: Day, end: Day, dct: date | None) -> Status:
    """Status of the event ``trigger`` denotes, dated ``start``..``end``, reported at ``dct``."""
    if is_verb(trigger):
        return _verb_status(trigger, start, end, dct)
    return _noun_status(trigger, start, end, dct)


def _aux(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}


def _governors(verb: Token) -> Iterator[Token]:
    """Verbs whose clause embeds ``verb`` (``hoped`` over ``struck``), nearest first."""
    token = verb
    while token.dep_ in _CLAUSE_LINKS and token.head.i != token.i:
        token = token.head
        if is_verb(token):
            yield token


def _tense(verb: Token) -> str:
    """``past``, ``future``, ``progressive`` or ``present`` from the verb group."""
    aux = _aux(verb)
    lex = lexicon()
    if aux & lex.future_modals:
        return "future"
    if verb.tag_ in _PAST_TAGS or any(
        c.tag_ in _PAST_TAGS for c in verb.children if c.dep_ in {"aux", "auxpass"}
    ):
        return "past"
    if verb.tag_ == "VBN" and aux & {"has", "have", "'ve"}:
        return "past"
    if verb.tag_ == "VBG" and aux & _PRESENT_BE:
        return "progressive"
    return "present"


def _modal_status(verb: Token) -> Status | None:
    """Status set by cue words on the verb and the clauses above it, if any."""
    lex = lexicon()
    aux = _aux(verb)
    chain = [verb, *_governors(verb)]
    negatable = chain[:2] if verb.dep_ == "xcomp" else chain[:1]  # "did not plan to remove"
    if any(_negated(v, lex.negations) for v in negatable):
        return Status.NEGATED
    if any(c.dep_ == "mark" and c.lower_ in lex.hypothetical_markers for v in chain for c in v.children):
        return Status.HYPOTHETICAL
    if aux & lex.hypothetical_modals:
        return Status.HYPOTHETICAL
    # "expects to report": expected; "they believe the IRA was behind it": a past told as believed
    if _tense(verb) != "past" and any(_cued(v, lex.expect_verbs) for v in chain[1:]):
        return Status.EXPECTED
    if _is_planned(verb, chain):
        return Status.PLANNED
    return None


def _cued(token: Token, words: frozenset[str]) -> bool:
    return not forms(token.text, token.lemma_).isdisjoint(words)


def _negated(verb: Token, negations: frozenset[str]) -> bool:
    """``did not meet``, ``never found``; a negated copula (``were not good``) is a state, not an event."""
    if verb.lemma_ == "be" and any(c.dep_ in {"acomp", "attr"} for c in verb.children):
        return False
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in negations) for c in verb.children)


def _is_planned(verb: Token, chain: list[Token]) -> bool:
    """``will meet``, ``plans to meet``, ``is scheduled to``, ``is to meet``, ``is going to meet``."""
    lex = lexicon()
    if _aux(verb) & lex.future_modals:
        return True
    if verb.dep_ != "xcomp" or len(chain) < 2:
        return False
    head = chain[1]
    return (
        _cued(head, lex.plan_verbs)
        or (head.lemma_ == "be" and head.lower_ in _PRESENT_BE)
        or (head.lemma_ == "go" and head.tag_ == "VBG")
    )


def _by_date(tense: str, start: Day, end: Day, dct: date | None) -> Status:
    if dct is None:
        return {"past": Status.OCCURRED, "future": Status.PLANNED, "progressive": Status.ONGOING}.get(
            tense, Status.UNKNOWN
        )
    if end < dct:
        return Status.OCCURRED
    if start > dct:
        return Status.PLANNED
    return {"past": Status.OCCURRED, "future": Status.PLANNED}.get(tense, Status.ONGOING)


def _past_plan(head: Token, end: Day, dct: date | None) -> bool:
    """A plan told in the past tense for a date already past when the article was written ("the
    landings were set for 5 June 1944", "had hoped to pass it before the summer"): whether it took
    place, the clause does not say."""
    return dct is not None and end < dct and _tense(head) == "past"


def _verb_status(verb: Token, start: Day, end: Day, dct: date | None) -> Status:
    cued = _modal_status(verb)
    if cued in (Status.PLANNED, Status.EXPECTED) and verb.dep_ == "xcomp" and _past_plan(verb.head, end, dct):
        return Status.UNKNOWN
    if cued is not None:
        return cued
    if _aux(verb) & lexicon().conditional_modals:
        return Status.PLANNED if dct is not None and start > dct else Status.HYPOTHETICAL
    return _by_date(_tense(verb), start, end, dct)


def _noun_status(noun: Token, start: Day, end: Day, dct: date | None) -> Status:
    lex = lexicon()
    modifiers = {c.lower_ for c in noun.children}
    if modifiers & lex.planned_modifiers:
        return Status.PLANNED
    if modifiers & lex.possible_modifiers:
        return Status.HYPOTHETICAL
    head = noun.head
    if head.i != noun.i and is_verb(head):
        if any(c.dep_ == "mark" and c.lower_ in lex.hypothetical_markers for c in head.children):
            return Status.HYPOTHETICAL
        planned = noun.dep_ != "nsubj"  # "the rescue set off a tug-of-war": the noun acts, nobody plans it
        if planned and (_cued(head, lex.expect_verbs) or _cued(head, lex.plan_verbs)):
            if _past_plan(head, end, dct):
                return Status.UNKNOWN  # "the landings were set for 5 June 1944"
            # "a vote is expected", "the vote is scheduled for"
            return Status.EXPECTED if _cued(head, lex.expect_verbs) else Status.PLANNED
        return _by_date(_tense(head), start, end, dct)
    return _by_date("present", start, end, dct)
