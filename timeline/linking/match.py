"""When two event reports may be the same event: blocking keys, date compatibility, similarity."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import combinations

from spacy.lang.en.stop_words import STOP_WORDS

from timeline.day import Day
from timeline.model import Event, Status

_DIFFERENT_TRIGGER = 0.6  # title overlap two reports need to be one event ...
_SAME_TRIGGER = 0.4  # ... when their triggers are the same word
_SAME_TRIGGER_SHARED = 0.25  # ... and when they also share a named participant
_SAME_DAY_SHARED = 0.15  # ... and also fall on the same day
_WORD = re.compile(r"[a-z0-9]+")
_MONTH_BLOCK_DAYS = 92  # ranges up to a quarter are blocked by month, longer ones by year
_MAX_YEARS = 2
_MAX_BLOCK = 64  # blocks up to this size compare all pairs ...
_WINDOW = 16  # ... larger ones compare neighbours in date and title order
_GROUPS = {
    Status.OCCURRED: "real",
    Status.ONGOING: "real",
    Status.PLANNED: "future",
    Status.EXPECTED: "future",
    Status.HYPOTHETICAL: "hypothetical",
    Status.NEGATED: "negated",
}


def words(event: Event) -> frozenset[str]:
    """Content words of the title and trigger, lowercased, crude plural stripped."""
    text = f"{event.title} {event.trigger}".lower()
    return frozenset(_stem(w) for w in _WORD.findall(text) if len(w) > 1 and w not in STOP_WORDS)


def contains(outer: tuple[Day, Day], inner: tuple[Day, Day]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def compatible_dates(a: tuple[Day, Day], b: tuple[Day, Day]) -> bool:
    """One range inside the other: a day and its month agree, two different days do not."""
    return contains(a, b) or contains(b, a)


def same_status_group(a: Status, b: Status) -> bool:
    """Reports agree on status: both real, both future ...; unknown agrees with anything."""
    if Status.UNKNOWN in (a, b):
        return True
    return _GROUPS[a] == _GROUPS[b]


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _conflicting(a: Event, b: Event, words_a: frozenset[str], words_b: frozenset[str], shared: bool) -> bool:
    """Reports that cannot be one event whatever their wording.

    Different figures in the titles (``earned $461 million`` / ``earned $7.8 million``), or a
    vague date (a quarter, a year) with no named participant in common and different
    sentences: "net income jumped" in the third quarter is a different event for each company.
    """
    numbers_a = {w for w in words_a if w[0].isdigit()}
    numbers_b = {w for w in words_b if w[0].isdigit()}
    if numbers_a and numbers_b and numbers_a.isdisjoint(numbers_b):
        return True
    vague = a.start != a.end or b.start != b.end
    return vague and not shared and a.sentence != b.sentence


def similarity(a: Event, b: Event, words_a: frozenset[str], words_b: frozenset[str]) -> float:
    """Similarity of two reports, or 0 when they are not the same event.

    Conflicting reports (:func:`_conflicting`) never match.  Title word overlap (Jaccard)
    must reach 0.6 with different triggers, or with actors named on both sides and none in
    common; with the same trigger 0.4 will do, 0.25 when they share a named participant,
    0.15 when they also fall on the same single day.  The score adds 0.2 for each of same
    trigger and shared participant, to rank candidate pairs.
    """
    shared = not set(a.actors + a.places).isdisjoint(b.actors + b.places)
    if _conflicting(a, b, words_a, words_b, shared):
        return 0.0
    union = words_a | words_b
    overlap = len(words_a & words_b) / len(union) if union else 0.0
    same_trigger = _stem(a.trigger) == _stem(b.trigger)
    if not same_trigger:
        needed = _DIFFERENT_TRIGGER
    elif not shared:
        needed = _SAME_TRIGGER
    else:
        same_day = a.start == a.end == b.start == b.end
        needed = _SAME_DAY_SHARED if same_day else _SAME_TRIGGER_SHARED
    if a.actors and b.actors and set(a.actors).isdisjoint(b.actors):
        needed = max(needed, _DIFFERENT_TRIGGER)  # two companies' results: near-identical titles only
    return overlap + 0.2 * same_trigger + 0.2 * shared if overlap >= needed else 0.0


def _buckets(event: Event) -> Iterator[str]:
    """Time buckets of an event: its months when short, else its years (and its year anyway)."""
    if (event.end - event.start).days <= _MONTH_BLOCK_DAYS:
        year, month = event.start.year, event.start.month
        while (year, month) <= (event.end.year, event.end.month):
            yield f"{year:04d}-{month:02d}"
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    for year in range(event.start.year, min(event.end.year, event.start.year + _MAX_YEARS - 1) + 1):
        yield f"{year:04d}"


def candidate_pairs(events: Sequence[Event], vocab: Sequence[frozenset[str]]) -> Iterator[tuple[int, int]]:
    """Index pairs sharing a (title word, time bucket) key: O(N) pairs per key, never all pairs."""
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, (event, event_words) in enumerate(zip(events, vocab, strict=True)):
        for bucket in _buckets(event):
            for word in event_words:
                blocks[(word, bucket)].append(index)
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        for pair in _block_pairs(members, events):
            if pair not in seen:
                seen.add(pair)
                yield pair


def _block_pairs(members: list[int], events: Sequence[Event]) -> Iterator[tuple[int, int]]:
    """All pairs of a small block; in a large one (a big story, a common word) each report
    against its next :data:`_WINDOW` neighbours in (date, title) order."""
    if len(members) <= _MAX_BLOCK:
        yield from combinations(members, 2)
        return
    ordered = sorted(members, key=lambda i: (events[i].start, events[i].end, events[i].title.lower()))
    for position, first in enumerate(ordered):
        for second in ordered[position + 1 : position + 1 + _WINDOW]:
            yield (first, second) if first < second else (second, first)


def matches(events: Sequence[Event]) -> list[tuple[float, int, int]]:
    """Scored candidate pairs with compatible dates that are similar enough, best first."""
    vocab = [words(e) for e in events]
    found = []
    for i, j in candidate_pairs(events, vocab):
        a, b = events[i], events[j]
        if not compatible_dates((a.start, a.end), (b.start, b.end)):
            continue
        score = similarity(a, b, vocab[i], vocab[j])
        if score > 0:
            found.append((score, i, j))
    return sorted(found, key=lambda f: (-f[0], f[1], f[2]))
