"""Plain text out of Markdown (markdown-it-py tokens) and HTML pages (trafilatura, htmldate).

Nothing here touches the network: HTML is parsed once into a tree and that tree, never a
string (which htmldate would fetch if it looked like a URL), is handed to the libraries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_BLOCK_SEPARATOR = "\n\n"
_CELL_SEPARATOR = " | "
_LINE_BREAKS = {"softbreak", "hardbreak"}
_LITERAL_BLOCKS = {"fence", "code_block"}


@cache
def _markdown_parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _inline_text(children: list[Token]) -> str:
    """Text of an inline run: link and image text kept, markup, targets and raw HTML dropped."""
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in _LINE_BREAKS:
            parts.append("\n")
        elif child.type == "image":
            parts.append(_inline_text(child.children or []))
    return "".join(parts)


def markdown_to_text(source: str) -> str:
    """Markdown as plain text: one paragraph per block, table rows as ``a | b`` lines."""
    blocks: list[str] = []
    row: list[str] | None = None
    for token in _markdown_parser().parse(source):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append(_CELL_SEPARATOR.join(row))
            row = None
        elif token.type == "inline":
            text = _inline_text(token.children or [])
            (row if row is not None else blocks).append(text)
        elif token.type in _LITERAL_BLOCKS:
            blocks.append(token.content.rstrip("\n"))
    return _BLOCK_SEPARATOR.join(block for block in blocks if block.strip())


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What an HTML page gives: its main text and the metadata found in its markup."""

    text: str
    title: str | None
    url: str | None
    dct: date | None


def _parse_html(raw: str) -> HtmlElement | None:
    from trafilatura import load_html

    # trafilatura rejects a bare fragment ("<p>x</p>") as dubious HTML; its advice is to wrap it.
    tree = load_html(raw)
    return tree if tree is not None else load_html(f"<div>{raw}</div>")


def _first(tree: HtmlElement, *xpaths: str) -> str | None:
    """The first non-empty string any of ``xpaths`` selects, stripped."""
    for xpath in xpaths:
        for value in tree.xpath(xpath):
            if str(value).strip():
                return " ".join(str(value).split())
    return None


def _main_text(tree: HtmlElement) -> str | None:
    import trafilatura

    for favor_precision in (True, False):  # precision drops furniture; a short page may need recall
        text = trafilatura.extract(
            tree, include_comments=False, favor_precision=favor_precision, favor_recall=not favor_precision
        )
        if text and text.strip():
            return text
    return None


def _publication_date(tree: HtmlElement) -> date | None:
    from htmldate import find_date

    found = find_date(tree, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    return date.fromisoformat(found) if found else None


def read_html(raw: str) -> HtmlPage | None:
    """Main text, title, canonical URL and metadata publication date of a page; None if no text."""
    tree = _parse_html(raw)
    text = _main_text(tree) if tree is not None else None
    if tree is None or text is None:
        return None
    title = _first(tree, '//meta[@property="og:title"]/@content', "//title/text()")
    url = _first(tree, '//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content')
    return HtmlPage(text=text, title=title, url=url, dct=_publication_date(tree))
