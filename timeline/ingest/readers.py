"""Input files to :class:`Document` records: finding them, decoding them, and reading each format.

Every problem with one file is an :class:`InputError` naming the file and the problem in one
line, so that a batch can report it and go on with the other files.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from timeline.errors import InputError
from timeline.ingest.dct import contains_date, detect_dct
from timeline.ingest.markup import markdown_to_text, read_html
from timeline.model import DctSource, Document

MAX_BYTES = 50 * 1024 * 1024  # larger files are refused (read at call time: tests may patch it)

FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".tml": "timeml",
}
SUPPORTED_SUFFIXES: tuple[str, ...] = (*FORMATS, ".xml")  # .xml only when the file is TimeML
_SUPPORTED_LIST = ".txt, .md, .html, .tml"

# Byte order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one), and the
# codec for the bytes after the mark.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.1  # more C0 control characters than this and a file is binary
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_TIMEML_ROOT = re.compile(r"<TimeML[\s>]")

_TITLE_MAX_CHARS = 150
_TITLE_MAX_WORDS = 20
_LINK_OR_URL = re.compile(r"\]\(|https?://|www\.", re.IGNORECASE)
_BYLINE_START = re.compile(r"^(?:by|from)\s", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")


# --- finding files -------------------------------------------------------------------------


def _sniff_timeml(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return False
    return bool(_TIMEML_ROOT.search(head.decode("latin-1")))


def _format_of(path: Path) -> str | None:
    """The reader a file needs, from its suffix (and, for .xml, its root element); None if unsupported."""
    suffix = path.suffix.lower()
    if suffix == ".xml":
        return "timeml" if _sniff_timeml(path) else None
    return FORMATS.get(suffix)


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _files_under(root: Path) -> list[Path]:
    found = (p for p in root.rglob("*") if p.is_file() and not _is_hidden(p, root))
    return sorted(p for p in found if _format_of(p) is not None)


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[InputError]]:
    """Input files named by ``paths`` (directories: every supported file under them) and the errors."""
    files: list[Path] = []
    errors: list[InputError] = []
    for given in map(Path, paths):
        if given.is_dir():
            inside = _files_under(given)
            files.extend(inside)
            if not inside:
                errors.append(InputError(str(given), f"no supported files ({_SUPPORTED_LIST})"))
        elif given.exists():
            files.append(given)
        else:
            errors.append(InputError(str(given), "no such file or directory"))
    return _unique(files), errors


def _unique(files: list[Path]) -> list[Path]:
    """``files`` without repeats of a file already listed (named twice, or also inside a folder)."""
    seen: set[Path] = set()
    kept: list[Path] = []
    for path in files:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            kept.append(path)
    return kept


# --- decoding --------------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(source, f"file too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(source, "no such file or directory") from None
    except IsADirectoryError:
        raise InputError(source, "is a directory, not a file") from None
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from None


def _looks_binary(text: str) -> bool:
    """NUL characters anywhere, or a large share of control characters text does not use at the start."""
    if "\x00" in text:
        return True
    sample = text[:_SNIFF_BYTES]
    controls = sum(1 for c in sample if (c < " " or c == "\x7f") and c not in _TEXT_CONTROLS)
    return controls > _MAX_CONTROL_SHARE * len(sample)


def _codec(data: bytes, encoding: str | None, fmt: str) -> tuple[str, int, bool]:
    """The codec to decode ``data`` with, the length of its byte order mark, and whether it was
    declared (by a BOM, ``encoding`` or a meta charset).  A BOM wins over everything, as in browsers.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom), True
    if encoding:
        return encoding, 0, True
    declared = _HTML_CHARSET.search(data[:_SNIFF_BYTES]) if fmt == "html" else None
    charset = declared.group(1).decode("ascii") if declared else None
    return (charset, 0, True) if charset and _is_text_codec(charset) else ("utf-8", 0, False)


def _is_text_codec(name: str) -> bool:
    """Whether Python can decode bytes to text with ``name`` (not "base64", not "no-such")."""
    try:
        b" ".decode(name)  # not b"": Python decodes that without looking the codec up
    except UnicodeDecodeError:
        return True  # a text codec that wants more bytes (UTF-16, UTF-32)
    except LookupError:
        return False
    return True


def decode(data: bytes, source: str, encoding: str | None = None, fmt: str = "text") -> str:
    """Text of a file's bytes: strict UTF-8 unless a BOM, ``encoding`` or a meta charset says otherwise.

    Newlines are normalized to LF; nothing else is changed.
    """
    if not data:
        raise InputError(source, "empty file")
    codec, skip, declared = _codec(data, encoding, fmt)
    if not declared and _looks_binary(data[:_SNIFF_BYTES].decode("latin-1")):
        raise InputError(source, "binary file, not text")
    try:
        text = data[skip:].decode(codec)
    except LookupError:
        raise InputError(source, f"unknown text encoding {codec!r}") from None
    except UnicodeDecodeError as exc:
        offset = skip + exc.start
        name = codecs.lookup(codec).name.upper()
        hint = "give --encoding (e.g. --encoding latin-1)" if not encoding else "try another --encoding"
        raise InputError(
            source, f"not valid {name}: byte 0x{data[offset]:02x} at offset {offset}; {hint}"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _looks_binary(text):
        raise InputError(source, "binary file, not text")
    if not text.strip():
        raise InputError(source, "empty file (whitespace only)")
    return text


# --- formats --------------------------------------------------------------------------------


def guess_title(text: str) -> str | None:
    """The first line with letters if it reads as a headline: short, no date, no link, not a sentence.

    The line must not be the whole text either (a one-line file is a sentence, not a title).
    """
    lines = (line.strip() for line in text.split("\n") if _LETTER.search(line))
    first, more = next(lines, None), next(lines, None)
    if first is None or more is None:
        return None
    headline = (
        len(first) <= _TITLE_MAX_CHARS
        and len(first.split()) <= _TITLE_MAX_WORDS
        and not first.endswith((".", ",", ";", ":"))
        and not _LINK_OR_URL.search(first)
        and not contains_date(first)
        and not _BYLINE_START.match(first)
    )
    return " ".join(first.lstrip("#*_> ").split()) if headline else None


def _plain_document(doc_id: str, text: str, fmt: str) -> Document:
    found = detect_dct(text)
    return Document(
        id=doc_id,
        text=text,
        dct=found.date if found else None,
        dct_source=found.source if found else DctSource.NONE,
        dct_span=found.span if found else None,
        title=guess_title(text),
        format=fmt,
    )


def _markdown_document(doc_id: str, raw: str, source: str) -> Document:
    text = markdown_to_text(raw)
    if not text.strip():
        raise InputError(source, "Markdown file with no text (only markup)")
    return _plain_document(doc_id, text, "markdown")


def _html_document(doc_id: str, raw: str, source: str) -> Document:
    page = read_html(raw)
    if page is None:
        raise InputError(source, "HTML page with no main text to extract")
    document = _plain_document(doc_id, page.text, "html")
    document = replace(document, title=page.title or document.title, url=page.url)
    if page.dct is None:
        return document
    return replace(document, dct=page.dct, dct_source=DctSource.HTML_METADATA, dct_span=None)


def _timeml_document(doc_id: str, raw: str, source: str) -> Document:
    from xml.etree.ElementTree import ParseError

    from timeline.ingest.timeml import read_timeml_document

    try:
        return read_timeml_document(raw, doc_id)
    except InputError as exc:
        raise InputError(source, exc.problem) from None
    except (ParseError, ValueError) as exc:
        raise InputError(source, f"malformed TimeML: {exc}") from None


def _read(path: Path, fmt: str, encoding: str | None) -> Document:
    source = str(path)
    text = decode(_read_bytes(path), source, encoding, fmt)
    if fmt == "html":
        return _html_document(path.stem, text, source)
    if fmt == "timeml":
        return _timeml_document(path.stem, text, source)
    if fmt == "markdown":
        return _markdown_document(path.stem, text, source)
    return _plain_document(path.stem, text, fmt)


def read_document(path: Path, dct: date | None = None, encoding: str | None = None) -> Document:
    """One input file as a :class:`Document`; ``dct`` overrides any date found in the file.

    Raises :class:`InputError` for a file that cannot be read as an article.
    """
    path = Path(path)
    fmt = _format_of(path)
    if fmt is None:
        raise InputError(str(path), f"unsupported file type {path.suffix or '(none)'!r} ({_SUPPORTED_LIST})")
    document = replace(_read(path, fmt, encoding), path=str(path))
    if dct is None:
        return document
    return replace(document, dct=dct, dct_source=DctSource.GIVEN, dct_span=None)


def _free_id(candidate: str, taken: set[str]) -> str:
    """``candidate``, or ``candidate~2``, ``~3``... whichever is not taken yet."""
    name, number = candidate, 1
    while name in taken:
        number += 1
        name = f"{candidate}~{number}"
    return name


def read_documents(
    paths: Iterable[str | Path], dct: date | None = None, encoding: str | None = None
) -> Iterator[Document | InputError]:
    """Each input as a Document, or the InputError in its place, so that one bad file stops nothing.

    Paths that name nothing readable (missing, a folder without supported files) come first.
    """
    files, errors = expand_paths(paths)
    yield from errors
    seen: set[str] = set()
    for path in files:
        try:
            document = read_document(path, dct=dct, encoding=encoding)
        except InputError as exc:
            yield exc
            continue
        if document.id in seen:  # same file name in another folder: its folder tells them apart
            document = replace(document, id=_free_id(f"{path.parent.name}/{document.id}", seen))
        seen.add(document.id)
        yield document
