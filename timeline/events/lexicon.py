"""Word lists the extractor works from, kept as data files under ``data/``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


def _lines(name: str) -> frozenset[str]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Abbreviations, event nouns, furniture cues, honorifics, status and attribution cue words."""

    abbreviations: frozenset[str]
    event_nouns: frozenset[str]
    furniture: frozenset[str]
    honorifics: frozenset[str]
    negations: frozenset[str]
    future_modals: frozenset[str]
    conditional_modals: frozenset[str]
    hypothetical_modals: frozenset[str]
    hypothetical_markers: frozenset[str]
    expect_verbs: frozenset[str]
    plan_verbs: frozenset[str]
    planned_modifiers: frozenset[str]
    possible_modifiers: frozenset[str]
    title_drop_modifiers: frozenset[str]
    lift_verbs: frozenset[str]
    non_event_triggers: frozenset[str]
    period_participles: frozenset[str]
    reporting_verbs: frozenset[str]
    source_phrases: frozenset[str]
    range_links: frozenset[str]
    opening_prepositions: frozenset[str]  # In 204 BC Scipio landed: a date phrase opening a clause
    clause_openers: frozenset[str]  # and, but: a clause begins after them
    move_verbs: frozenset[str]
    between_words: frozenset[str]
    between_links: frozenset[str]


@cache
def lexicon() -> Lexicon:
    """The word lists, read once."""
    cues = json.loads(resources.files(__package__).joinpath("data", "cues.json").read_text(encoding="utf-8"))
    cues.pop("_comment", None)
    return Lexicon(
        abbreviations=_lines("abbreviations.txt"),
        event_nouns=_lines("event_nouns.txt"),
        furniture=_lines("furniture.txt"),
        honorifics=_lines("honorifics.txt"),
        **{key: frozenset(words) for key, words in cues.items()},
    )


_SUFFIXES = ("ing", "ed", "es", "d", "s")


def forms(word: str, lemma: str) -> frozenset[str]:
    """A word's lowercase form, its lemma and suffix-stripped guesses (the small model lemmatizes
    ``hoped`` as ``hop``): enough to look a verb up in a cue list."""
    lower = word.lower()
    found = {lower, lemma.lower()}
    for suffix in _SUFFIXES:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            stem = lower[: -len(suffix)]
            found.update((stem, stem + "e"))
            if len(stem) > 3 and stem[-1] == stem[-2]:
                found.add(stem[:-1])  # planned -> plan
    return frozenset(found)
