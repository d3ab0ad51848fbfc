"""Files that are not articles: each is one InputError naming the file, and a batch goes on."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.ingest import expand_paths, read_document, read_documents, readers
from timeline.model import Document

TEXT = "Summit ends\n\nPublished: 2011-12-08\nNATO and Russia failed to agree."


def _write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def _problem(path: Path, encoding: str | None = None) -> str:
    with pytest.raises(InputError) as caught:
        read_document(path, encoding=encoding)
    assert caught.value.source == str(path)
    assert "\n" not in str(caught.value)
    return caught.value.problem


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b" \n\t\r\n  ", "empty file (whitespace only)"),
        ("bom-only.txt", codecs.BOM_UTF8, "empty file (whitespace only)"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary file, not text"),
        ("controls.txt", bytes(range(1, 9)) * 20, "binary file, not text"),
        ("nul.html", b"<html>\x00</html>", "binary file, not text"),
        ("notes.pdf", b"%PDF-1.4", "unsupported file type '.pdf' (.txt, .md, .html, .tml)"),
        ("markup.md", b"<div>\n</div>\n\n---\n\n[](#)", "Markdown file with no text (only markup)"),
        (
            "nav.html",
            b"<html><head><title>x</title></head><body></body></html>",
            "HTML page with no main text",
        ),
    ],
)
def test_unusable_file(tmp_path: Path, name: str, content: bytes, problem: str) -> None:
    assert _problem(_write(tmp_path, name, content)).startswith(problem)


def test_invalid_utf8_names_the_offset_and_suggests_encoding(tmp_path: Path) -> None:
    path = _write(tmp_path, "latin.txt", "Talks in Gen\u00e8ve on May 3, 2010".encode("latin-1"))
    problem = _problem(path)
    assert "UTF-8" in problem and "0xe8" in problem and "offset 12" in problem and "--encoding" in problem
    assert read_document(path, encoding="latin-1").text == "Talks in Gen\u00e8ve on May 3, 2010"


def test_offset_counts_the_byte_order_mark(tmp_path: Path) -> None:
    problem = _problem(_write(tmp_path, "bom.txt", codecs.BOM_UTF8 + b"ab\xff"))
    assert "UTF-8" in problem and "0xff at offset 5" in problem


def test_nul_far_into_a_text_file_is_binary(tmp_path: Path) -> None:
    path = _write(tmp_path, "late.txt", TEXT.encode() * 500 + b"\x00\x00")
    assert _problem(path) == "binary file, not text"


def test_unknown_encoding(tmp_path: Path) -> None:
    assert (
        _problem(_write(tmp_path, "a.txt", b"Talks"), encoding="no-such-codec")
        == "unknown text encoding 'no-such-codec'"
    )


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_byte_order_marks_are_honoured_and_dropped(tmp_path: Path, bom: bytes, codec: str) -> None:
    document = read_document(_write(tmp_path, "bom.txt", bom + TEXT.encode(codec)))
    assert document.text == TEXT
    assert document.dct_span is not None and document.dct_span.slice(document.text) == "2011-12-08"


@pytest.mark.parametrize(
    ("charset", "codec"), [("windows-1252", "cp1252"), ("base64", "utf-8"), ("bogus", "utf-8")]
)
def test_html_meta_charset_is_honoured_when_python_knows_it(tmp_path: Path, charset: str, codec: str) -> None:
    page = (
        f'<html><head><meta charset="{charset}"><title>Gen\u00e8ve</title></head><body><article>'
        "<p>Talks in Gen\u00e8ve ended on Thursday without a deal on the missile shield, ministers said.</p>"
        "</article></body></html>"
    )
    document = read_document(_write(tmp_path, "geneve.html", page.encode(codec)))
    assert document.title == "Gen\u00e8ve" and "Talks in Gen\u00e8ve ended" in document.text


def test_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_BYTES", 10)
    assert _problem(_write(tmp_path, "big.txt", b"x" * 11)).startswith("file too large (11 bytes")


def test_missing_file(tmp_path: Path) -> None:
    assert _problem(tmp_path / "nope.txt") == "no such file or directory"
    files, errors = expand_paths([tmp_path / "nope.txt"])
    assert files == [] and [str(e) for e in errors] == [f"{tmp_path / 'nope.txt'}: no such file or directory"]


def test_folder_without_supported_files(tmp_path: Path) -> None:
    _write(tmp_path, "notes.bin", b"x")
    _write(tmp_path, ".hidden.txt", b"x")
    _write(tmp_path, "data.xml", b"<rss></rss>")
    files, errors = expand_paths([str(tmp_path)])
    assert files == []
    assert [e.problem for e in errors] == ["no supported files (.txt, .md, .html, .tml)"]


def test_folder_is_expanded_recursively_sorted_without_hidden_files_or_repeats(tmp_path: Path) -> None:
    names = ["b.md", "a.txt", "sub/c.HTML", "sub/d.tml", "e.xml", ".git/f.txt", "sub/.g.txt", "h.json"]
    for name in names:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        _write(tmp_path, name, b'<?xml version="1.0"?>\n<TimeML>' if name.endswith("xml") else b"x")
    files, errors = expand_paths([tmp_path, tmp_path / "a.txt"])
    assert errors == []
    assert [p.relative_to(tmp_path).as_posix() for p in files] == [
        "a.txt",
        "b.md",
        "e.xml",
        "sub/c.HTML",
        "sub/d.tml",
    ]


def test_batch_with_bad_files_still_yields_the_good_ones(tmp_path: Path) -> None:
    _write(tmp_path, "a-empty.txt", b"")
    _write(tmp_path, "b-good.txt", TEXT.encode())
    _write(tmp_path, "c-binary.md", b"\x00\x01\x02")
    _write(tmp_path, "d-good.md", b"# Summit\n\nTalks in *Geneva* ended.")
    items = list(read_documents([tmp_path, tmp_path / "missing.txt"]))
    assert [type(item) for item in items] == [InputError, InputError, Document, InputError, Document]
    assert [item.id for item in items if isinstance(item, Document)] == ["b-good", "d-good"]
    assert "missing.txt" in str(items[0])


def test_malformed_timeml(tmp_path: Path) -> None:
    path = _write(tmp_path, "broken.tml", b'<?xml version="1.0"?>\n<TimeML><TEXT>Talks <EVENT eid="e1">ended')
    assert _problem(path)


def test_xml_that_is_not_timeml_is_unsupported(tmp_path: Path) -> None:
    assert _problem(_write(tmp_path, "feed.xml", b"<rss><item>x</item></rss>")).startswith(
        "unsupported file type"
    )
