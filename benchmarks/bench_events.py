"""Event extraction and linking over TBAQ-cleaned with gold time expressions: speed, trigger agreement.

A trigger *agrees* when it is a gold EVENT that a gold TLINK ties to the same TIMEX3;
it is *an event* when it is any gold EVENT.  Usage: ``python benchmarks/bench_events.py [TBAQ dir]``.
"""

from __future__ import annotations

import re
import sys
import time
from datetime import date
from pathlib import Path

from timeline.events import extract_events_batch
from timeline.linking import build_graph, merge_events
from timeline.model import Document, Span, Timex, TimexType

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_timeml(path: Path) -> tuple[Document, list[Timex], list[Span], set[tuple[int, Span]]]:
    """Text, gold timexes, gold event spans, and (timex start, event span) pairs a TLINK ties."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r'<DCT><TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})', raw)
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    pieces: list[str] = []
    length = position = 0
    opened: dict[str, tuple[int, dict[str, str]]] = {}
    timex_spans: dict[str, tuple[Span, dict[str, str]]] = {}
    event_spans: dict[str, Span] = {}
    for match in _TAG.finditer(body):
        pieces.append(body[position : match.start()])
        length += match.start() - position
        position = match.end()
        closing, name, attrs = match.groups()
        if not closing:
            opened[name] = (length, dict(_ATTR.findall(attrs)))
            continue
        start, attributes = opened.pop(name)
        if name == "TIMEX3":
            timex_spans[attributes["tid"]] = (Span(start, length), attributes)
        elif name == "EVENT":
            event_spans[attributes["eid"]] = Span(start, length)
    pieces.append(body[position:])
    text = "".join(pieces)
    timexes = [
        Timex(span, span.slice(text), TimexType(a["type"]), a["value"]) for span, a in timex_spans.values()
    ]
    event_of = {eiid: eid for eid, eiid in re.findall(r'eventID="(\w+)" eiid="(\w+)"', raw)}
    links: set[tuple[int, Span]] = set()
    for attrs in re.findall(r"<TLINK([^>]*)/>", raw):
        a = dict(_ATTR.findall(attrs))
        tid = a.get("relatedToTime") or a.get("timeID")
        eid = event_of.get(a.get("eventInstanceID") or a.get("relatedToEventInstance") or "")
        if tid in timex_spans and eid in event_spans:
            links.add((timex_spans[tid][0].start, event_spans[eid]))
    document = Document(path.stem, text, date.fromisoformat(dct.group(1)) if dct else None)
    return document, timexes, list(event_spans.values()), links


def _covering(spans: list[Span], offset: int) -> Span | None:
    return next((s for s in spans if s.start <= offset < s.end), None)


def main(folder: Path) -> None:
    items = [read_timeml(p) for p in sorted(folder.rglob("*.tml"))]
    started = time.perf_counter()
    results = extract_events_batch((document, timexes) for document, timexes, _, _ in items)
    elapsed = time.perf_counter() - started
    total = agreed = is_event = 0
    for (_, _, events, links), extracted in zip(items, results, strict=True):
        for event in extracted:
            gold = _covering(events, event.trigger_span.start)
            total += 1
            is_event += gold is not None
            agreed += (event.time_span.start, gold) in links
    started = time.perf_counter()
    merged = merge_events(e for events in results for e in events)
    graph = build_graph(merged, [document for document, _, _, _ in items])
    linking = time.perf_counter() - started
    dated = sum(t.type in (TimexType.DATE, TimexType.TIME) for _, timexes, _, _ in items for t in timexes)
    print(f"{len(items)} documents, {dated} DATE/TIME timexes -> {total} events in {elapsed:.1f}s")
    print(
        f"linking: {len(merged)} merged events, graph {graph.number_of_nodes()} nodes / "
        f"{graph.number_of_edges()} edges in {linking:.2f}s"
    )
    print(f"trigger is a gold EVENT: {is_event / max(total, 1):.1%}")
    print(f"trigger TLINKed to its timex in gold: {agreed / max(total, 1):.1%}")


DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "TBAQ-cleaned"

if __name__ == "__main__":
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    if not any(corpus.rglob("*.tml")):
        sys.exit(f"bench_events: no .tml documents under {corpus} (give the TBAQ-cleaned directory)")
    main(corpus)
