"""Each reader on real text: plain text, Markdown, an HTML news page and a TimeBank file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from timeline.errors import InputError
from timeline.ingest import SUPPORTED_SUFFIXES, read_document, read_documents
from timeline.model import DctSource, Span

from .conftest import CORPORA, FIXTURES, GLOBAL_RESEARCH, SPACE_WAR


def test_text_is_kept_verbatim_with_its_dct_and_headline() -> None:
    document = read_document(GLOBAL_RESEARCH)
    text = GLOBAL_RESEARCH.read_text(encoding="utf-8")
    assert document.text == text
    assert (document.id, document.format, document.path) == (
        GLOBAL_RESEARCH.stem,
        "text",
        str(GLOBAL_RESEARCH),
    )
    assert document.title == "Russia, NATO in disagreement on missile threats"
    assert (document.dct, document.dct_source) == (date(2010, 11, 10), DctSource.BYLINE)
    assert document.dct_span is not None and document.dct_span.slice(text) == "November 10, 2010"


def test_text_without_a_headline_has_no_title() -> None:
    document = read_document(SPACE_WAR)
    assert document.title is None
    assert (document.dct, document.dct_source) == (date(2011, 12, 8), DctSource.DATELINE)


def test_crlf_is_normalized(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Summit ends\r\n\r\nPublished: 2011-12-08\r\nTalks ended.\rDone.")
    document = read_document(path)
    assert document.text == "Summit ends\n\nPublished: 2011-12-08\nTalks ended.\nDone."
    assert document.dct_span == Span(24, 34)


def test_given_dct_overrides_the_text(tmp_path: Path) -> None:
    document = read_document(GLOBAL_RESEARCH, dct=date(2020, 1, 2))
    assert (document.dct, document.dct_source, document.dct_span) == (date(2020, 1, 2), DctSource.GIVEN, None)


def test_markdown_becomes_plain_text() -> None:
    document = read_document(FIXTURES / "lisbon_summit.md")
    text = document.text
    assert document.format == "markdown"
    assert document.title == "Russia, NATO in disagreement on missile threats"
    assert text.startswith("Russia, NATO in disagreement on missile threats\n\nBy Alexander Vatutin\n\n")
    assert "Voice of Russia 10 November 2010" in text
    assert "Lisbon on November 20th." in text and "\n\nThe Lisbon summit\n\n" in text
    assert (
        "Summit | Lisbon" in text and "Lavrov in Brussels" in text and "globalresearch.ca & elsewhere" in text
    )
    for markup in ("#", "*", "](", "http", "_November", "`", "&amp;", "|---"):
        assert markup not in text, markup
    assert (document.dct, document.dct_source) == (date(2010, 11, 10), DctSource.BYLINE)
    assert document.dct_span is not None and document.dct_span.slice(text) == "November 10, 2010"


def test_html_news_page_keeps_the_article_and_drops_the_furniture() -> None:
    document = read_document(FIXTURES / "nato_russia.html")
    text = document.text
    assert document.format == "html"
    assert "NATO and Russia failed to resolve a rift over a European missile shield" in text
    assert "next NATO summit in May 2012." in text
    for furniture in (
        "Subscribe",
        "Privacy policy",
        "Copyright",
        "Most read",
        "Ten gadgets",
        "dataLayer",
        "<p>",
    ):
        assert furniture not in text, furniture
    assert document.title == "NATO, Russia fail to bridge missile shield rift"
    assert document.url == "https://news.example.org/world/nato-russia-missile-shield"
    assert (document.dct, document.dct_source, document.dct_span) == (
        date(2011, 12, 8),
        DctSource.HTML_METADATA,
        None,
    )


def test_html_without_date_metadata_falls_back_to_the_text(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(
        "<html><head><title>Summit</title></head><body><article>"
        "<p>Brussels (AFP) Dec 8, 2011 NATO and Russia failed to resolve a rift over a missile shield.</p>"
        "<p>The talks will go on next year, ministers said after the meeting.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    document = read_document(path)
    assert (document.dct, document.dct_source, document.title) == (
        date(2011, 12, 8),
        DctSource.DATELINE,
        "Summit",
    )
    assert document.dct_span is not None and document.dct_span.slice(document.text) == "Dec 8, 2011"


def test_html_without_title_metadata_takes_the_headline_of_its_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><article><h1>Summit ends without a deal</h1>"
        "<p>NATO and Russia failed to resolve a rift over a missile shield on Thursday.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert read_document(path).title == "Summit ends without a deal"


def test_timeml_file_from_timebank() -> None:
    path = CORPORA / "TBAQ-cleaned" / "TimeBank" / "wsj_0006.tml"
    assert path.is_file(), f"missing corpus file {path}"
    document = read_document(path)
    assert (document.id, document.format, document.path) == ("wsj_0006", "timeml", str(path))
    assert (document.dct, document.dct_source) == (date(1989, 11, 2), DctSource.TIMEML)
    assert document.text.lstrip().startswith("Pacific First Financial Corp. said shareholders approved")
    assert "<EVENT" not in document.text


def test_supported_suffixes() -> None:
    assert set(SUPPORTED_SUFFIXES) == {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".tml", ".xml"}


def test_same_file_name_in_two_folders_gets_two_ids(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text("Talks opened on May 3, 2009.", encoding="utf-8")
    ids = [d.id for d in read_documents([tmp_path]) if not isinstance(d, InputError)]
    assert ids == ["story", "b/story"]
