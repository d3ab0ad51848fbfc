"""Event JSON: what ``timeline extract`` writes and ``timeline render`` reads.

The format is documented in ``docs/events.md`` and ``docs/events.schema.json``.  A file is
either a JSON object ``{"format": "timeline-events", "version": 1, "documents": [...],
"events": [...]}``, a bare JSON list of events, or JSON Lines (one event per line).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.day import Day
from timeline.errors import InputError
from timeline.model import Document, Event, Precision, Source, Span, Status, Timex

if TYPE_CHECKING:  # relations need spaCy; reading an events file must not
    from timeline.linking.relations import Relation

FORMAT_NAME = "timeline-events"
FORMAT_VERSION = 1
CSV_COLUMNS = (
    "id", "date", "start", "end", "precision", "status", "title", "trigger", "time_text",
    "actors", "places", "document", "sources", "sentence",
)  # fmt: skip


def _span(span: Span) -> list[int]:
    return [span.start, span.end]


def source_to_dict(source: Source) -> dict[str, Any]:
    """A Source as JSON-ready data."""
    data = asdict(source)
    for key in ("sentence_span", "time_span", "trigger_span"):
        data[key] = _span(getattr(source, key))
    data["dct"] = source.dct.isoformat() if source.dct else None
    return data


def event_to_dict(event: Event) -> dict[str, Any]:
    """An Event as JSON-ready data (field order as in the schema)."""
    return {
        "id": event.id,
        "title": event.title,
        "date": event.date,
        "start": event.start.isoformat(),
        "end": event.end.isoformat(),
        "precision": event.precision.value,
        "status": event.status.value,
        "sentence": event.sentence,
        "document": event.document,
        "time_text": event.time_text,
        "time_span": _span(event.time_span),
        "trigger": event.trigger,
        "trigger_span": _span(event.trigger_span),
        "actors": list(event.actors),
        "places": list(event.places),
        "salience": event.salience,
        "sources": [source_to_dict(s) for s in event.sources],
    }


def document_to_dict(document: Document) -> dict[str, Any]:
    """Document metadata (not its text) as JSON-ready data."""
    return {
        "id": document.id,
        "title": document.title,
        "path": document.path,
        "url": document.url,
        "format": document.format,
        "dct": document.dct.isoformat() if document.dct else None,
        "dct_source": document.dct_source.value,
        "dct_text": document.dct_span.slice(document.text) if document.dct_span else None,
        "dct_span": _span(document.dct_span) if document.dct_span else None,
        "characters": len(document.text),
    }


def relation_to_dict(relation: Relation) -> dict[str, Any]:
    """A stated temporal relation ("A two days after B") as JSON-ready data."""
    data = asdict(relation)
    data["signal_span"] = _span(relation.signal_span)
    return data


def dumps_events(
    events: Sequence[Event],
    documents: Sequence[Document] = (),
    warnings: Sequence[str] = (),
    relations: Sequence[Relation] = (),
) -> str:
    """The JSON object format, with document metadata, warnings and stated relations."""
    payload = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "documents": [document_to_dict(d) for d in documents],
        "warnings": list(warnings),
        "events": [event_to_dict(e) for e in events],
        "relations": [relation_to_dict(r) for r in relations],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def dumps_jsonl(events: Iterable[Event]) -> str:
    """One compact JSON event per line."""
    return "".join(json.dumps(event_to_dict(e), ensure_ascii=False) + "\n" for e in events)


def dumps_csv(events: Iterable[Event]) -> str:
    """A flat table for spreadsheets: lists joined with "; "."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for event in events:
        row = event_to_dict(event)
        row["actors"] = "; ".join(event.actors)
        row["places"] = "; ".join(event.places)
        row["sources"] = "; ".join(dict.fromkeys(s.document for s in event.sources))
        writer.writerow(row)
    return out.getvalue()


FORMATTERS = {"json": dumps_events, "jsonl": dumps_jsonl, "csv": dumps_csv}


def _to_span(value: Any, field: str) -> Span:
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)):
        raise ValueError(f"{field} must be [start, end]")
    return Span(value[0], value[1])


def _iso_text(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{field} must be an ISO date string")
    return value


def _to_date(value: Any, field: str) -> date:
    return date.fromisoformat(_iso_text(value, field))


def _to_day(value: Any, field: str) -> Day:
    return Day.fromisoformat(_iso_text(value, field))


def _source_from_dict(data: Mapping[str, Any]) -> Source:
    return Source(
        document=str(data["document"]),
        sentence=str(data["sentence"]),
        sentence_span=_to_span(data["sentence_span"], "sentence_span"),
        time_text=str(data["time_text"]),
        time_span=_to_span(data["time_span"], "time_span"),
        trigger=str(data["trigger"]),
        trigger_span=_to_span(data["trigger_span"], "trigger_span"),
        document_title=data.get("document_title"),
        url=data.get("url"),
        dct=_to_date(data["dct"], "dct") if data.get("dct") else None,
        value=data.get("value"),
        attribution=data.get("attribution"),
    )


def event_from_dict(data: Mapping[str, Any]) -> Event:
    """Rebuild an Event; raises ValueError/KeyError/TypeError on malformed data."""
    return Event(
        id=str(data["id"]),
        title=str(data["title"]),
        date=str(data["date"]),
        start=_to_day(data["start"], "start"),
        end=_to_day(data["end"], "end"),
        precision=Precision(data["precision"]),
        status=Status(data["status"]),
        sentence=str(data["sentence"]),
        document=str(data["document"]),
        time_text=str(data["time_text"]),
        time_span=_to_span(data["time_span"], "time_span"),
        trigger=str(data["trigger"]),
        trigger_span=_to_span(data["trigger_span"], "trigger_span"),
        actors=tuple(str(a) for a in data.get("actors", ())),
        places=tuple(str(p) for p in data.get("places", ())),
        sources=tuple(_source_from_dict(s) for s in data.get("sources", ())),
        salience=float(data.get("salience", 0.0)),
    )


def _event_records(text: str) -> list[Any]:
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data":
            raise
        return [json.loads(line) for line in text.splitlines() if line.strip()]  # JSON Lines
    if isinstance(payload, dict):
        if payload.get("format") != FORMAT_NAME or "events" not in payload:
            raise ValueError(f'not a {FORMAT_NAME} file (no "format": "{FORMAT_NAME}" with "events")')
        payload = payload["events"]
    if not isinstance(payload, list):
        raise ValueError("expected a list of events")
    return payload


def loads_events(text: str, source: str = "<string>") -> list[Event]:
    """Events from any of the three layouts; a malformed file raises one InputError."""
    try:
        records = _event_records(text)
    except (json.JSONDecodeError, ValueError) as exc:
        raise InputError(source, f"not valid event JSON: {exc}") from exc
    events = []
    for number, record in enumerate(records, start=1):
        try:
            if not isinstance(record, Mapping):
                raise TypeError("not an object")
            events.append(event_from_dict(record))
        except (KeyError, TypeError, ValueError) as exc:
            detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            raise InputError(source, f"event {number} is malformed: {detail}") from exc
    return events


def load_events(path: str | Path) -> list[Event]:
    """Read an events file written by ``timeline extract``."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError(str(path), "no such file") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise InputError(str(path), exc.strerror or "cannot be read") from exc
    if not text.strip():
        raise InputError(str(path), "file is empty")
    return loads_events(text, str(path))


def timex_to_dict(timex: Timex) -> dict[str, Any]:
    """A time expression as JSON-ready data (``timeline tag --format json``)."""
    data = {
        "text": timex.text,
        "span": _span(timex.span),
        "type": timex.type.value,
        "value": timex.value,
        "precision": timex.precision.value,
        "mod": timex.mod,
        "freq": timex.freq,
        "anchored": timex.anchored,
    }
    return {key: value for key, value in data.items() if value is not None}
