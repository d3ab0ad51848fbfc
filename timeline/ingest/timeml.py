"""TimeML in and out: gold TIMEX3 with offsets into the tag-free TEXT, and inline TIMEX3 output."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from xml.etree import ElementTree
from xml.sax.saxutils import escape, quoteattr

from timeline.errors import InputError
from timeline.model import DctSource, Document, Precision, Span, Timex, TimexType
from timeline.temporal.values import value_range

_ISO_DAY = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """A TimeML file's TEXT (tags removed), its DCT and its TIMEX3 with offsets into ``text``."""

    doc_id: str
    text: str
    dct: date | None
    timexes: tuple[Timex, ...]


def _parse_day(value: str | None) -> date | None:
    match = _ISO_DAY.match(value or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _timex_type(raw: str | None) -> TimexType:
    try:
        return TimexType((raw or "DATE").upper())
    except ValueError:
        return TimexType.DATE


def _precision(value: str, timex_type: TimexType) -> Precision:
    if timex_type in (TimexType.DURATION, TimexType.SET):
        return Precision.UNKNOWN
    found = value_range(value)
    return found[2] if found else Precision.UNKNOWN


def _make_timex(element: ElementTree.Element, start: int, end: int, text: str) -> Timex:
    timex_type = _timex_type(element.get("type"))
    value = element.get("value", "")
    return Timex(
        span=Span(start, end),
        text=text[start:end],
        type=timex_type,
        value=value,
        precision=_precision(value, timex_type),
        mod=element.get("mod") or None,
        freq=element.get("freq") or None,
    )


def element_spans(root: ElementTree.Element) -> tuple[str, list[tuple[ElementTree.Element, Span]]]:
    """Concatenate the character data under ``root``, with the span of every element in it."""
    pieces: list[str] = []
    length = 0
    found: list[tuple[ElementTree.Element, Span]] = []

    def walk(element: ElementTree.Element) -> None:
        nonlocal length
        start = length
        if element.text:
            pieces.append(element.text)
            length += len(element.text)
        for child in element:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)
        if element is not root:
            found.append((element, Span(start, length)))

    walk(root)
    return "".join(pieces), found


def _flatten(root: ElementTree.Element) -> tuple[str, tuple[Timex, ...]]:
    """The text under ``root`` and its TIMEX3 elements as Timex records."""
    text, spans = element_spans(root)
    timexes = (_make_timex(e, span.start, span.end, text) for e, span in spans if e.tag == "TIMEX3")
    return text, tuple(sorted(timexes, key=lambda t: t.span.start))


def parse_tree(raw: str, source: str) -> tuple[ElementTree.Element, ElementTree.Element]:
    """The root and the TEXT element of a TimeML string; InputError naming ``source`` if malformed."""
    try:
        root = ElementTree.fromstring(raw)
    except ElementTree.ParseError as exc:
        raise InputError(source, f"malformed TimeML: {exc}") from None
    text_element = root.find(".//TEXT")
    if text_element is None:
        raise InputError(source, "TimeML without a TEXT element")
    return root, text_element


def _parse(raw: str, doc_id: str | None) -> TimeMLDocument:
    root, text_element = parse_tree(raw, doc_id or "TimeML")
    text, timexes = _flatten(text_element)
    dct_timex = root.find(".//DCT/TIMEX3")
    dct = _parse_day(dct_timex.get("value")) if dct_timex is not None else None
    docid_element = root.find(".//DOCID")
    found_id = (docid_element.text or "").strip() if docid_element is not None else ""
    return TimeMLDocument(doc_id or found_id or "document", text, dct, timexes)


def parse_timeml(raw: str, doc_id: str | None = None) -> TimeMLDocument:
    """Read a TimeML string; ``doc_id`` defaults to its DOCID element."""
    return _parse(raw, doc_id)


def read_timeml_document(raw: str, doc_id: str) -> Document:
    """A TimeML file as a pipeline :class:`Document` (its TEXT and its DCT)."""
    parsed = _parse(raw, doc_id)
    return Document(
        id=doc_id,
        text=parsed.text,
        dct=parsed.dct,
        dct_source=DctSource.TIMEML if parsed.dct else DctSource.NONE,
        format="timeml",
    )


def _escape(text: str) -> str:
    """XML-escape, keeping carriage returns (a parser would fold them into newlines)."""
    return escape(text, {"\r": "&#13;"})


def _timex_tag(timex: Timex, tid: int) -> str:
    attributes = [("tid", f"t{tid}"), ("type", timex.type.value), ("value", timex.value)]
    if timex.mod:
        attributes.append(("mod", timex.mod))
    if timex.freq:
        attributes.append(("freq", timex.freq))
    return "<TIMEX3 " + " ".join(f"{name}={quoteattr(value)}" for name, value in attributes) + ">"


def to_timeml(text: str, timexes: Sequence[Timex], dct: date | None, doc_id: str) -> str:
    """A TimeML document: DOCID, DCT and ``text`` with inline TIMEX3 (sorted, non-overlapping)."""
    parts: list[str] = []
    cursor = 0
    for tid, timex in enumerate(sorted(timexes, key=lambda t: t.span.start), start=1):
        if timex.span.start < cursor or timex.span.end > len(text):
            continue
        parts.append(_escape(text[cursor : timex.span.start]))
        parts.append(_timex_tag(timex, tid) + _escape(timex.span.slice(text)) + "</TIMEX3>")
        cursor = timex.span.end
    parts.append(_escape(text[cursor:]))
    dct_line = (
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct.isoformat()}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{dct.isoformat()}</TIMEX3></DCT>\n'
        if dct
        else "<DCT></DCT>\n"
    )
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n'
        f"<DOCID>{escape(doc_id)}</DOCID>\n{dct_line}<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n"
    )
