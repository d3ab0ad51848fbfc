"""TempEval-3 Task A scoring of time expressions: extents (strict, relaxed), value and type.

Counts are summed over documents (micro average), as the TempEval-3 scorer does.  Relaxed
matching pairs each gold TIMEX3 with at most one overlapping system TIMEX3 (exact matches
first).  Attribute F1 = relaxed matches with the right attribute / system count (P) and
/ gold count (R).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.ingest.timeml import TimeMLDocument, parse_timeml
from timeline.model import Timex


@dataclass(frozen=True, slots=True)
class Counts:
    """Matching counts of one document or a corpus."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple(), strict=True)))

    def as_tuple(self) -> tuple[int, ...]:
        return (self.gold, self.system, self.strict, self.relaxed, self.value, self.type)


def _prf(correct: int, system: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1; nothing to find and nothing found counts as perfect."""
    precision = correct / system if system else (1.0 if gold == 0 else 0.0)
    recall = correct / gold if gold else (1.0 if system == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass(frozen=True, slots=True)
class Scores:
    """P/R/F1 of strict and relaxed extents, value and type, from :class:`Counts`."""

    counts: Counts

    def measure(self, name: str) -> tuple[float, float, float]:
        """``name`` is one of strict, relaxed, value, type."""
        c = self.counts
        return _prf(getattr(c, name), c.system, c.gold)

    @property
    def strict_f1(self) -> float:
        return self.measure("strict")[2]

    @property
    def relaxed_f1(self) -> float:
        return self.measure("relaxed")[2]

    @property
    def value_f1(self) -> float:
        return self.measure("value")[2]

    @property
    def type_f1(self) -> float:
        return self.measure("type")[2]

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {"gold": self.counts.gold, "system": self.counts.system}
        for name in MEASURES:
            precision, recall, f1 = self.measure(name)
            result[name] = {"precision": precision, "recall": recall, "f1": f1}
        return result


MEASURES = ("strict", "relaxed", "value", "type")


@dataclass(frozen=True, slots=True)
class ScoringError:
    """One disagreement: kind is missed, spurious, value or type."""

    kind: str
    document: str
    gold: Timex | None
    system: Timex | None

    def pattern(self) -> str:
        """The error without its document, lower-cased, so that repeats can be counted."""

        def side(timex: Timex | None) -> str:
            return f"{timex.text.lower()!r} {timex.type.value} {timex.value}" if timex else "-"

        return f"{self.kind:<8} {side(self.gold)} | {side(self.system)}"

    def to_dict(self) -> dict[str, Any]:
        def side(timex: Timex | None) -> dict[str, Any] | None:
            if timex is None:
                return None
            return {
                "start": timex.span.start,
                "end": timex.span.end,
                "text": timex.text,
                "type": timex.type.value,
                "value": timex.value,
            }

        return {
            "kind": self.kind,
            "document": self.document,
            "gold": side(self.gold),
            "system": side(self.system),
        }


def _overlap(a: Timex, b: Timex) -> bool:
    return a.span.start < b.span.end and b.span.start < a.span.end


def _pairs(gold: tuple[Timex, ...], system: tuple[Timex, ...]) -> list[tuple[int, int]]:
    """One-to-one relaxed pairs (gold index, system index), exact extents first."""
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs: list[tuple[int, int]] = []
    exact = {t.span: j for j, t in enumerate(system)}
    for i, timex in enumerate(gold):
        j = exact.get(timex.span)
        if j is not None and j not in used_system:
            pairs.append((i, j))
            used_gold.add(i)
            used_system.add(j)
    for i, timex in enumerate(gold):
        if i in used_gold:
            continue
        for j, candidate in enumerate(system):
            if j not in used_system and _overlap(timex, candidate):
                pairs.append((i, j))
                used_gold.add(i)
                used_system.add(j)
                break
    return sorted(pairs)


def score_document(gold: TimeMLDocument, system: TimeMLDocument | None) -> tuple[Counts, list[ScoringError]]:
    """Counts and errors of one document (no system document: everything missed)."""
    gold_timexes = gold.timexes
    system_timexes = system.timexes if system else ()
    pairs = _pairs(gold_timexes, system_timexes)
    errors: list[ScoringError] = []
    strict = value = type_ = 0
    for i, j in pairs:
        g, s = gold_timexes[i], system_timexes[j]
        strict += g.span == s.span
        value += g.value == s.value
        type_ += g.type == s.type
        if g.value != s.value:
            errors.append(ScoringError("value", gold.doc_id, g, s))
        if g.type != s.type:
            errors.append(ScoringError("type", gold.doc_id, g, s))
    matched_gold = {i for i, _ in pairs}
    matched_system = {j for _, j in pairs}
    errors += [
        ScoringError("missed", gold.doc_id, g, None)
        for i, g in enumerate(gold_timexes)
        if i not in matched_gold
    ]
    errors += [
        ScoringError("spurious", gold.doc_id, None, s)
        for j, s in enumerate(system_timexes)
        if j not in matched_system
    ]
    counts = Counts(len(gold_timexes), len(system_timexes), strict, len(pairs), value, type_)
    return counts, errors


@dataclass(frozen=True, slots=True)
class Report:
    """Corpus and per-document scores with the error listing."""

    total: Scores
    documents: dict[str, Scores] = field(default_factory=dict)
    errors: tuple[ScoringError, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total.to_dict(),
            "documents": {doc: scores.to_dict() for doc, scores in self.documents.items()},
            "errors": [error.to_dict() for error in self.errors],
        }

    def to_text(self, top: int = 25) -> str:
        """The four measures, the error counts, the most frequent errors and the weakest documents."""
        c = self.total.counts
        lines = [
            f"documents {len(self.documents)}  gold {c.gold}  system {c.system}",
            f"{'measure':<10}{'P':>8}{'R':>8}{'F1':>8}",
        ]
        for name in MEASURES:
            precision, recall, f1 = self.total.measure(name)
            lines.append(f"{name:<10}{precision:>8.4f}{recall:>8.4f}{f1:>8.4f}")
        kinds = Counter(error.kind for error in self.errors)
        lines.append("errors: " + ", ".join(f"{kind} {n}" for kind, n in kinds.most_common()))
        lines.append("most frequent errors (count, kind, gold | system):")
        frequent = Counter(error.pattern() for error in self.errors)
        lines += [f"{n:>5}  {pattern}" for pattern, n in frequent.most_common(top)]
        weakest = sorted(self.documents.items(), key=lambda item: (item[1].relaxed_f1, item[1].value_f1))
        lines.append("weakest documents (relaxed F1, value F1):")
        lines += [f"  {doc}: {s.relaxed_f1:.3f} {s.value_f1:.3f}" for doc, s in weakest[: min(top, 10)]]
        return "\n".join(lines) + "\n"


def score(
    gold: Iterable[TimeMLDocument], system: Iterable[TimeMLDocument] | Mapping[str, TimeMLDocument]
) -> Report:
    """Score system documents against gold ones, paired by ``doc_id``."""
    by_id = dict(system) if isinstance(system, Mapping) else {doc.doc_id: doc for doc in system}
    total = Counts()
    documents: dict[str, Scores] = {}
    errors: list[ScoringError] = []
    for gold_doc in gold:
        counts, found = score_document(gold_doc, by_id.get(gold_doc.doc_id))
        documents[gold_doc.doc_id] = Scores(counts)
        total = total + counts
        errors += found
    return Report(Scores(total), documents, tuple(errors))


def _read_dir(folder: Path) -> list[TimeMLDocument]:
    return [
        parse_timeml(path.read_text(encoding="utf-8"), path.stem) for path in sorted(folder.rglob("*.tml"))
    ]


def tag_timeml(document: TimeMLDocument, mode: str = "auto") -> TimeMLDocument:
    """The same document with our tagger's TIMEX3 in place of the gold ones."""
    from timeline.temporal import detect_mode, tag

    chosen = detect_mode(document.text, document.dct) if mode == "auto" else mode
    return TimeMLDocument(
        document.doc_id, document.text, document.dct, tuple(tag(document.text, document.dct, chosen))
    )


def evaluate_dir(gold_dir: str | Path, system_dir: str | Path | None = None, mode: str = "auto") -> Report:
    """Score a folder of system .tml files (same stems) or, without one, our tagger, on gold .tml files."""
    gold = _read_dir(Path(gold_dir))
    if system_dir is None:
        system = [tag_timeml(document, mode) for document in gold]
    else:
        system = _read_dir(Path(system_dir))
    return score(gold, system)
