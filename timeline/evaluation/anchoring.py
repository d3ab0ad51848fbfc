"""How well events are anchored to the time expressions that date them, against TimeML gold.

TimeML links an EVENT to a TIMEX3 with a TLINK.  A gold pair is an event linked to a DATE or
TIME expression in the text (not the DCT) by a relation that places the event at that time
(IS_INCLUDED, DURING, SIMULTANEOUS, BEGINS, ENDS ...).  A gold pair is *found* when one of our
events has its trigger on the gold event and its time expression on the gold timex.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from timeline.ingest.timeml import element_spans, parse_tree, read_timeml_document
from timeline.model import Document, Event, Span

ANCHORING_RELATIONS = frozenset(
    {"IS_INCLUDED", "INCLUDES", "DURING", "DURING_INV", "SIMULTANEOUS", "IDENTITY", "BEGINS",
     "ENDS", "BEGUN_BY", "ENDED_BY"}
)  # fmt: skip
DATING_TYPES = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class GoldPair:
    """A gold event and the time expression it is anchored to."""

    event: Span
    event_text: str
    timex: Span
    timex_text: str
    value: str


@dataclass(frozen=True, slots=True)
class AnchoringDocument:
    """A TimeML file as a pipeline document plus its gold event-timex pairs."""

    document: Document
    pairs: tuple[GoldPair, ...]


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _on_pair(event: Event, pair: GoldPair) -> bool:
    return _overlaps(event.trigger_span, pair.event) and _overlaps(event.time_span, pair.timex)


def parse_anchoring(raw: str, doc_id: str) -> AnchoringDocument:
    """Read a TimeML string: its text, DCT and the EVENT-TIMEX3 anchoring TLINKs."""
    root, text_element = parse_tree(raw, doc_id)
    text, spans = element_spans(text_element)
    events = {e.get("eid"): s for e, s in spans if e.tag == "EVENT"}
    timexes = {e.get("tid"): (e, s) for e, s in spans if e.tag == "TIMEX3"}
    instance_event = {m.get("eiid"): m.get("eventID") for m in root.iter("MAKEINSTANCE")}
    pairs = {}
    for link in root.iter("TLINK"):
        if link.get("relType") not in ANCHORING_RELATIONS:
            continue
        instance = link.get("eventInstanceID")
        time_id = link.get("relatedToTime")
        if instance is None:  # a time linked to an event: the same anchoring, read the other way
            instance, time_id = link.get("relatedToEventInstance"), link.get("timeID")
        event_span = events.get(instance_event.get(instance))
        timex = timexes.get(time_id)
        if event_span is None or timex is None or timex[0].get("type") not in DATING_TYPES:
            continue
        element, timex_span = timex
        pair = GoldPair(
            event_span, event_span.slice(text), timex_span, timex_span.slice(text), element.get("value", "")
        )
        pairs[(event_span, timex_span)] = pair
    return AnchoringDocument(read_timeml_document(raw, doc_id), tuple(pairs.values()))


@dataclass
class AnchoringScores:
    """Counts over a corpus, and the figures derived from them."""

    gold_pairs: int = 0
    found_pairs: int = 0
    system_events: int = 0
    matching_events: int = 0
    right_dates: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found_pairs / self.gold_pairs if self.gold_pairs else 0.0

    @property
    def precision(self) -> float:
        return self.matching_events / self.system_events if self.system_events else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.right_dates / self.found_pairs if self.found_pairs else 0.0

    def add(self, gold: AnchoringDocument, events: Sequence[Event]) -> None:
        """Score one document's events against its gold pairs."""
        self.gold_pairs += len(gold.pairs)
        self.system_events += len(events)
        matched_events = set()
        for pair in gold.pairs:
            hits = [e for e in events if _on_pair(e, pair)]
            if not hits:
                self.misses.append(
                    f"{gold.document.id}: {pair.event_text!r} @ {pair.timex_text!r} ({pair.value})"
                )
                continue
            self.found_pairs += 1
            # a stretch (1847/1849) is right when the gold expression is one of its ends
            self.right_dates += any(pair.value in e.date.split("/") for e in hits)
            matched_events.update(e.id for e in hits)
        self.matching_events += len(matched_events)

    def to_text(self, misses: int = 25) -> str:
        """Figures, then the first gold pairs no event found."""
        lines = [
            f"gold event-timex pairs {self.gold_pairs}, found {self.found_pairs}: recall {self.recall:.3f}",
            f"events {self.system_events}, on a gold pair {self.matching_events}: "
            f"precision {self.precision:.3f}",
            f"date accuracy of found events {self.date_accuracy:.3f}",
            *(f"missed  {miss}" for miss in self.misses[:misses]),
        ]
        return "\n".join(lines) + "\n"

    def to_dict(self) -> dict[str, float | int]:
        return {
            "gold_pairs": self.gold_pairs,
            "found_pairs": self.found_pairs,
            "recall": round(self.recall, 4),
            "system_events": self.system_events,
            "matching_events": self.matching_events,
            "precision": round(self.precision, 4),
            "date_accuracy": round(self.date_accuracy, 4),
        }


def evaluate_anchoring(
    paths: Iterable[Path], extract: Callable[[Document], Sequence[Event]]
) -> AnchoringScores:
    """Run ``extract`` on every TimeML file and count anchoring hits (streams, one file at a time)."""
    scores = AnchoringScores()
    for path in paths:
        gold = parse_anchoring(path.read_text(encoding="utf-8"), path.stem)
        scores.add(gold, extract(gold.document))
    return scores
