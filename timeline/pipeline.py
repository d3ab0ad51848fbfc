"""The pipeline as plain functions: documents in, tagged and evented documents out.

Each per-document stage is a pure function of the document (its text and DCT), so a batch
can be mapped over processes or a cluster; only linking looks across documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import networkx as nx

from timeline.errors import InputError
from timeline.events import extract_events
from timeline.ingest import read_documents
from timeline.linking import Relation, build_graph, find_relations_batch, merge_events, merged_relations
from timeline.model import Document, Event, Timex
from timeline.temporal import detect_mode
from timeline.temporal import tag as tag_text
from timeline.temporal.other_languages import RULE_LANGUAGES, tag_other_language


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """What the per-document stages make of one document."""

    document: Document
    timexes: tuple[Timex, ...]
    events: tuple[Event, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Timeline:
    """Events of a whole batch, merged across documents, with their graph and the relations the
    text states between them."""

    documents: tuple[Document, ...]
    events: tuple[Event, ...]
    graph: nx.MultiDiGraph
    warnings: tuple[str, ...] = ()
    relations: tuple[Relation, ...] = ()


def parse_dct(value: str | date | None) -> date | None:
    """A DCT given as ``YYYY-MM-DD`` (or a date); ValueError with a readable message otherwise."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"bad date {value!r}: expected YYYY-MM-DD, e.g. 2011-12-08") from None


def tag(text: str, dct: str | date | None = None, mode: str = "auto", language: str = "en") -> list[Timex]:
    """Time expressions of one text, normalized against ``dct``.

    ``mode``: "news" counts from the DCT, "narrative" from the last date the text tells (history),
    "auto" (the default) guesses which from the text (:func:`timeline.temporal.detect_mode`).

    Languages without a rule file are tagged through dateparser's locale data (dates only).
    """
    reference = parse_dct(dct)
    if language not in RULE_LANGUAGES:
        return tag_other_language(text, reference, language)
    if mode == "auto":
        mode = detect_mode(text, reference)
    return tag_text(text, reference, mode)


def _unanchored_warning(document: Document, timexes: Sequence[Timex]) -> tuple[str, ...]:
    unanchored = sum(not t.anchored for t in timexes)
    if document.dct is not None or not unanchored:
        return ()
    return (
        f"{document.path or document.id}: no publication date found; {unanchored} relative "
        "expression(s) left unanchored (give --dct YYYY-MM-DD to resolve them)",
    )


def tag_document(document: Document, mode: str = "auto", language: str = "en") -> DocumentResult:
    """Tag one document's time expressions (no events)."""
    timexes = tuple(tag(document.text, document.dct, mode, language))
    return DocumentResult(document, timexes, (), _unanchored_warning(document, timexes))


def process_document(document: Document, mode: str = "auto") -> DocumentResult:
    """Tag one document and extract its events."""
    tagged = tag_document(document, mode)
    return replace(tagged, events=tuple(extract_events(document, tagged.timexes)))


Stage = Callable[[Document, str], DocumentResult]


def process_paths(
    paths: Iterable[str | Path],
    dct: str | date | None = None,
    *,
    encoding: str | None = None,
    mode: str = "auto",
    stage: Stage = process_document,
) -> Iterator[DocumentResult | InputError]:
    """Read every file (directories expanded) and run ``stage`` on it; a bad file yields its error."""
    for item in read_documents(paths, dct=parse_dct(dct), encoding=encoding):
        yield item if isinstance(item, InputError) else stage(item, mode)


def link(results: Iterable[DocumentResult]) -> Timeline:
    """Merge the events of a batch across documents, relate them as the text states, build their graph."""
    results = list(results)
    documents = tuple(r.document for r in results)
    events = tuple(merge_events(e for r in results for e in r.events))
    stated = find_relations_batch((r.document, r.events) for r in results)
    relations = tuple(merged_relations((x for found in stated for x in found), events))
    warnings = tuple(w for r in results for w in r.warnings)
    return Timeline(documents, events, build_graph(events, documents, relations), warnings, relations)
