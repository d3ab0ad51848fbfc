"""Which word a time expression dates: walk the dependency tree from the expression."""

from __future__ import annotations

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from timeline.events.lexicon import forms, lexicon

_VERBS = frozenset({"VERB", "AUX"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_PREMODIFIERS = frozenset({"punct", "amod", "compound", "case", "nmod", "nummod"})
_COPULAS = frozenset({"be", "have"})


def is_event_noun(token: Token) -> bool:
    """A noun from the event noun list (lemma or surface form)."""
    words = lexicon().event_nouns
    return token.pos_ in _NOUNS and (token.lemma_.lower() in words or token.lower_ in words)


def is_verb(token: Token) -> bool:
    return token.pos_ in _VERBS or token.tag_.startswith("VB")


def attachment(time: TokenSpan) -> Token | None:
    """The preposition introducing the time expression, or its root when it hangs directly."""
    root = time.root
    if root.head.i == root.i:
        return None
    head = root.head
    return head if head.dep_ == "prep" or head.pos_ == "ADP" else root


def find_trigger(time: TokenSpan) -> Token | None:
    """The verb or event noun that a time expression dates; ``None`` when it dates no happening."""
    trigger = _candidate(time)
    return None if trigger is None or _is_non_event(trigger) else trigger


def _is_non_event(token: Token) -> bool:
    """``compared with a year earlier``, ``the quarter ended Sept. 30``: no happening."""
    lex = lexicon()
    words = forms(token.text, token.lemma_)
    if not words.isdisjoint(lex.non_event_triggers):
        return True
    return token.dep_ == "acl" and not words.isdisjoint(lex.period_participles)


def _candidate(time: TokenSpan) -> Token | None:
    premodified = _premodified_event_noun(time)
    if premodified is not None:
        return premodified
    edge = attachment(time)
    if edge is None or edge.head.i == edge.i:
        return None
    governor = edge.head
    if is_event_noun(governor):
        return governor
    if is_verb(governor):
        if governor.lemma_ in _COPULAS:
            if time.root.dep_.startswith("nsubj"):
                return None  # "Today is a sad day": a statement about the date itself
            return _event_subject(governor) or _adjacent_event_noun(time, edge) or governor
        if not forms(governor.text, governor.lemma_).isdisjoint(_scheduling()):
            return _event_subject(governor) or _lift(governor)  # "a vote is expected on Tuesday"
        return _lift(governor)
    return _adjacent_event_noun(time, edge) or _climb(governor)


def _premodified_event_noun(time: TokenSpan) -> Token | None:
    """``the Dec. 21, 1988, bombing``, ``Friday's purchases``: the date inside the event's noun phrase."""
    sentence = time.doc
    index = time.end
    while index < len(sentence) and sentence[index].dep_ in _PREMODIFIERS:
        index += 1
    if index == len(sentence):
        return None
    noun = sentence[index]
    inside = noun.left_edge.i <= time.start or sentence[max(time.start - 1, 0)].pos_ == "DET"
    return noun if inside and is_event_noun(noun) else None


def _scheduling() -> frozenset[str]:
    return lexicon().plan_verbs | lexicon().expect_verbs


def _event_subject(verb: Token) -> Token | None:
    """``The summit is on Monday``, ``a vote is expected``: the event noun subject of the verb."""
    return next((c for c in verb.children if c.dep_.startswith("nsubj") and is_event_noun(c)), None)


def _adjacent_event_noun(time: TokenSpan, edge: Token) -> Token | None:
    """An event noun whose phrase ends right before the time phrase (low attachment the parser missed)."""
    first = min(edge.i, time.start)
    sentence = time.doc
    for index in range(first - 1, -1, -1):
        token = sentence[index]
        if is_event_noun(token) and token.right_edge.i == first - 1:
            return token
        if token.is_punct or is_verb(token):
            return None
    return None


def _climb(token: Token) -> Token | None:
    """Nearest verb or event noun above ``token``."""
    while not (is_verb(token) or is_event_noun(token)):
        if token.head.i == token.i:
            return None
        token = token.head
    return _lift(token) if is_verb(token) else token


def _lift(verb: Token) -> Token:
    """``failed to resolve``: the governing verb of a lift-verb complement is the happening."""
    head = verb.head
    if verb.dep_ == "xcomp" and not forms(head.text, head.lemma_).isdisjoint(lexicon().lift_verbs):
        return head
    return verb
