"""Who reports an event: the speaker of the reporting clause (``Lavrov said that ...``) it sits in."""

from __future__ import annotations

from spacy.tokens import Token

from timeline.events.entities import NameIndex
from timeline.events.lexicon import forms, lexicon
from timeline.events.trigger import is_verb

_COMPLEMENTS = frozenset({"ccomp", "xcomp", "parataxis"})
_INHERITS = frozenset({"advcl", "conj", "xcomp"})  # "..., adding that": the subject of the verb above
_NAME_PARTS = frozenset({"compound", "amod", "nmod"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PERSONAL = frozenset({"he", "she"})
_RELATIVE = frozenset({"WP", "WDT"})


def attribution(trigger: Token, names: NameIndex) -> str | None:
    """Who the sentence says reports the event ``trigger`` denotes, normalized like actors.

    The nearest reporter above the trigger wins: an ``according to X`` on its clause or a reporting
    verb whose complement holds it.  ``None`` for the narrator's own facts, for the reporting event
    itself (``said``) and for a speaker the sentence does not name (``he`` with no single antecedent).
    """
    token = trigger
    while True:
        source = _source_phrase(token)
        if source is not None:
            return _name(source, names)
        head = token.head
        if head.i == token.i:
            return None
        if token.dep_ in _COMPLEMENTS and _reports(head):
            speaker = _subject(head)
            return None if speaker is None else _name(speaker, names)
        token = head


def _reports(token: Token) -> bool:
    return is_verb(token) and not forms(token.text, token.lemma_).isdisjoint(lexicon().reporting_verbs)


def _source_phrase(token: Token) -> Token | None:
    """``X`` of an ``according to X`` modifying ``token``."""
    for child in token.children:
        for preposition in child.children:
            if f"{child.lower_} {preposition.lower_}" in lexicon().source_phrases:
                return next((c for c in preposition.children if c.dep_ == "pobj"), None)
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject or passive agent, else (``..., adding that``) that of the verb it hangs off."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if verb.dep_ in _INHERITS and verb.head.i != verb.i:
        return _subject(verb.head)
    return None


def _name(token: Token, names: NameIndex) -> str | None:
    """The speaker's name: its compound words and the named entity it is in (``the Federal Bureau of
    Investigation``), ranks dropped, expanded with the document's names."""
    if token.pos_ == "PRON":
        antecedent = _antecedent(token)
        return None if antecedent is None else _name(antecedent, names)
    start, end = min(t.i for t in _name_words(token)), token.i + 1
    for entity in token.doc.ents:
        if entity.label_ in _NAMED and entity.start <= token.i < entity.end:
            start, end = min(start, entity.start), max(end, entity.end)
    first = token.doc[start]
    text = token.doc[start:end].text
    if first.is_sent_start and first.pos_ != "PROPN" and not first.ent_type_:
        text = text[0].lower() + text[1:]  # "Officials said" -> officials
    return names.canonical(text) or text


def _name_words(token: Token) -> list[Token]:
    return [w for c in token.lefts if c.dep_ in _NAME_PARTS for w in _name_words(c)] + [token]


def _antecedent(pronoun: Token) -> Token | None:
    """``who`` of ``Lavrov, who said``; ``he`` when the sentence names exactly one person before it."""
    if pronoun.tag_ in _RELATIVE and pronoun.head.dep_ == "relcl":
        return pronoun.head.head
    if pronoun.lower_ not in _PERSONAL:
        return None
    people = [e for e in pronoun.doc.ents if e.label_ == "PERSON" and e.end <= pronoun.i]
    return people[0].root if len(people) == 1 else None
