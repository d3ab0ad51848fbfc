"""timeline: news articles in, dated events, an event graph and an HTML timeline out.

The public API, imported lazily so that ``import timeline`` (and the CLI) start fast:

    tag(text, dct=None, mode="auto")              -> list[Timex]
    read_document(path, dct=None) / read_documents(paths)
    process_document(document) / process_paths(paths, dct=None)  -> DocumentResult
    extract_events(document, timexes)             -> list[Event]
    link(results)                                 -> Timeline (merged events + graph)
    merge_events(events), build_graph(events), write_graph(graph, path)
    render_html(events), write_html(events, path), write_image(events, path)
    load_events(path), dumps_events(events)
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "tag": "timeline.pipeline",
    "parse_dct": "timeline.pipeline",
    "process_document": "timeline.pipeline",
    "process_paths": "timeline.pipeline",
    "link": "timeline.pipeline",
    "DocumentResult": "timeline.pipeline",
    "Timeline": "timeline.pipeline",
    "read_document": "timeline.ingest",
    "read_documents": "timeline.ingest",
    "extract_events": "timeline.events",
    "merge_events": "timeline.linking",
    "build_graph": "timeline.linking",
    "write_graph": "timeline.linking",
    "read_graph": "timeline.linking",
    "render_html": "timeline.render",
    "write_html": "timeline.render",
    "write_image": "timeline.render",
    "load_events": "timeline.serialize",
    "dumps_events": "timeline.serialize",
    "Document": "timeline.model",
    "Timex": "timeline.model",
    "Event": "timeline.model",
    "Source": "timeline.model",
    "Span": "timeline.model",
    "Status": "timeline.model",
    "Precision": "timeline.model",
    "TimexType": "timeline.model",
    "DctSource": "timeline.model",
    "InputError": "timeline.errors",
    "TimelineError": "timeline.errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
