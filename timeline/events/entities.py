"""Actors and places of an event, with names normalized within their document."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from timeline.events.lexicon import lexicon

_NAME = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*")
_ACTOR_TYPES = frozenset({"PERSON", "ORG"})
_SUBJECT_TYPES = frozenset({"GPE", "NORP"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "compound", "poss"})
_MAX_NAME_WORDS = 5


def _clean(words: Iterable[str]) -> list[str]:
    """Words of a name after its last rank (``Miami-Dade Mayor Joe Carollo``), no possessive."""
    honorifics = lexicon().honorifics
    kept: list[str] = []
    for word in words:
        word = re.sub(r"['’]s$", "", word).rstrip(",")
        word = word if len(word) <= 2 or "." in word[:-1] else word.rstrip(".")
        if word.lower().rstrip(".") in honorifics:
            kept = []
        elif word:
            kept.append(word)
    while kept and kept[0].lower() in STOP_WORDS:
        kept.pop(0)
    return kept


@dataclass(frozen=True, slots=True)
class NameIndex:
    """Capitalized name sequences of a document, to expand ``Lavrov`` to ``Sergei Lavrov``."""

    names: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, text: str) -> NameIndex:
        found = {tuple(_clean(run)) for m in _NAME.finditer(text) for run in _runs(m.group().split())}
        return cls(tuple(sorted((n for n in found if 0 < len(n) <= _MAX_NAME_WORDS), key=len, reverse=True)))

    def canonical(self, name: str) -> str:
        """The longest name of the document ending with ``name`` (ranks dropped)."""
        words = tuple(_clean(name.split()))
        if not words:
            return ""
        for candidate in self.names:
            if len(candidate) > len(words) and candidate[-len(words) :] == words:
                return " ".join(candidate)
        return " ".join(words)


def _runs(words: list[str]) -> Iterator[list[str]]:
    """Split a capitalized sequence after a sentence end (``Wednesday. Lavrov``) or a possessive."""
    short = lexicon().abbreviations | lexicon().honorifics
    run: list[str] = []
    for word in words:
        run.append(word)
        bare = word.rstrip(".,;:").lower()
        ends = word[-1] in ".,;:" and (len(bare) > 2 or bare.isalpha()) and bare not in short
        if ends or re.search(r"['’]s$", word):
            yield run
            run = []
    if run:
        yield run


def _dedupe(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for n in names if n))


def actors_and_places(
    tokens: Iterable[Token], trigger: Token, names: NameIndex
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Named actors (people, organisations, countries as subjects) and places among ``tokens``."""
    indices = {t.i for t in tokens}
    actors: list[str] = []
    places: list[str] = []
    for entity in trigger.doc.ents:
        inside = "".join(t.text_with_ws for t in entity if t.i in indices).strip()
        if not inside:
            continue
        name = names.canonical(inside)  # only the words the title keeps: not "BC" of "146 BC Carthage"
        if entity.label_ in _ACTOR_TYPES or (entity.label_ in _SUBJECT_TYPES and _acts(entity.root, trigger)):
            actors.append(name)
        elif entity.label_ in _PLACE_TYPES:
            places.append(name)
    return _dedupe(actors), _dedupe(places)


def _acts(token: Token, trigger: Token) -> bool:
    """Whether a country or group names an actor: subject, agent or compound modifier of the trigger."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ in _SUBJECT_DEPS and head.i == trigger.i:
        return True
    return token.dep_ == "pobj" and head.dep_ == "agent" and head.head.i == trigger.i
