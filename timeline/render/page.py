"""The HTML timeline: a self-contained offline page, or a fragment to embed in a host page.

The events table holds the article text once: plain HTML, readable without JavaScript, every
string escaped.  The page script (``assets/timeline.js``) reads the hover text from that table
(``textContent``), so the text is not repeated in the figure JSON.  The sources panel gets what
the table lacks (each event's dates and all its sources) from the same inert JSON blob as the
figure, and also shows it with ``textContent`` only.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from timeline.atomic import write_text
from timeline.export import http_url, source_name
from timeline.model import Event, Source, Status
from timeline.render.figure import build_figure, order_events
from timeline.salience import salience_ranks

PLOTLY_CONFIG = {
    "responsive": True,
    "displaylogo": False,
    "modeBarButtonsToRemove": ["select2d", "lasso2d"],
    "toImageButtonOptions": {"filename": "timeline"},
}
TABLE_CHUNK = 250  # rows per separately laid out table chunk
TOP_CHOICES = (50, 20)  # "show: top N" options, offered when there are more events than N
KEY = (
    "● filled: occurred · ○ hollow, dashed: planned or expected · "
    "bars: a week, month or year, drawn over the whole period"
)
# the sources panel, filled by the script (``{root}``: the root element id)
PANEL = """<aside class="tl-panel" hidden aria-labelledby="{root}-panel-title">
<button type="button" class="tl-panel-close" aria-label="Close">×</button>
<h2 class="tl-panel-title" id="{root}-panel-title"></h2><p class="tl-panel-when"></p>
<ol class="tl-panel-sources"></ol></aside>"""


@cache
def asset(name: str) -> str:
    """The text of a file under ``timeline/render/assets``."""
    return resources.files("timeline.render").joinpath("assets", name).read_text(encoding="utf-8")


def plotly_js() -> str:
    """plotly.js with just the traces the page draws (scatter, scattergl, bar): a third of the full
    bundle's size and evaluated about five times faster (built by ``tools/plotly-bundle``)."""
    return asset("plotly-timeline.min.js")


def script_json(value: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` to close it or open a comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def js_offset(text: str, index: int) -> int:
    """The JavaScript (UTF-16) string index of the Python index ``index`` into ``text``."""
    return len(text[:index].encode("utf-16-le")) // 2


def time_range(source: Source) -> list[int | None]:
    """Where the time expression is in the source's sentence, as JavaScript (UTF-16) indices.

    From the spans, else found by its text; ``[None, None]`` when it is not in the sentence.
    """
    start = source.time_span.start - source.sentence_span.start
    end = source.time_span.end - source.sentence_span.start
    if not (0 <= start <= end <= len(source.sentence) and source.sentence[start:end] == source.time_text):
        start = source.sentence.find(source.time_text) if source.time_text else -1
        end = start + len(source.time_text)
    return (
        [js_offset(source.sentence, start), js_offset(source.sentence, end)] if start >= 0 else [None, None]
    )


def panel_data(events: Sequence[Event], ranks: Sequence[int]) -> dict[str, list[Any]]:
    """What the filters and the sources panel need beyond the table, each document named once.

    ``documents``: ``[name, dct, url]`` (url only if http(s)); ``events``: ``[start, end, sources,
    salience rank]`` (``ranks``, 0: the most salient), a source as ``[document index, sentence, time_from,
    time_to]`` and its attribution when it has one, the sentence None when it is the event's own
    (the table has it).
    """
    documents: dict[tuple[str, str | None, str | None], int] = {}
    rows = []
    for event, rank in zip(events, ranks, strict=True):
        sources = []
        for source in event.sources:
            key = (source_name(source), source.dct.isoformat() if source.dct else None, http_url(source.url))
            sentence = source.sentence if source.sentence != event.sentence else None
            attribution = [source.attribution] if source.attribution else []
            sources.append(
                [documents.setdefault(key, len(documents)), sentence, *time_range(source), *attribution]
            )
        rows.append([event.start.isoformat(), event.end.isoformat(), sources, rank])
    return {"documents": [list(key) for key in documents], "events": rows}


def _source_cell(event: Event) -> str:
    first = event.sources[0] if event.sources else None
    name = html.escape(source_name(first) if first else event.document)
    url = http_url(first.url) if first else None
    if url:
        name = f'<a href="{html.escape(url)}" rel="noopener noreferrer">{name}</a>'
    more = len(event.sources) - 1
    return name + (f' <span class="tl-more">+{more} more</span>' if more > 0 else "")


def table_row(event: Event) -> str:
    """The ``<tr>`` of an event: date, title, status, precision, source, sentence (escaped)."""
    return (
        f"<tr><td>{html.escape(event.date)}</td><td>{html.escape(event.title)}</td>"
        f"<td>{event.status.value}</td><td>{event.precision.value.replace('_', ' ')}</td>"
        f"<td>{_source_cell(event)}</td><td>{html.escape(event.sentence)}</td></tr>"
    )


def table(events: Sequence[Event]) -> str:
    """The events table: a header, then the rows in chunks, each chunk inside a ``<noscript>``.

    Without JavaScript the browser shows the chunks as they are: a plain table.  With it, the
    parser keeps each ``<noscript>`` as inert raw text (cheap, so the chart paints before the
    table is built), and the script swaps the chunks in after the chart has painted, a few per
    idle slice, or at once when a row is needed first.  Every string in the chunks is escaped,
    so ``</noscript>`` cannot occur inside one.  Each chunk is its own fixed-layout ``<table>``
    in a ``content-visibility: auto`` box, so 100k rows are not laid out at once; the columns
    line up by CSS.
    """
    count = f"{len(events)} event" + ("" if len(events) == 1 else "s")
    chunks = "\n".join(
        '<noscript class="tl-rows"><div class="tl-chunk"><table class="tl-table"><tbody>\n'
        + "\n".join(map(table_row, events[at : at + TABLE_CHUNK]))
        + "\n</tbody></table></div></noscript>"
        for at in range(0, len(events), TABLE_CHUNK)
    )
    return (
        f'<div class="tl-table-wrap" data-chunk="{TABLE_CHUNK}">'
        f'<table class="tl-table tl-head"><caption>{count}</caption>\n'
        '<thead><tr><th aria-sort="ascending">date</th><th>title</th><th>status</th><th>precision</th>'
        f"<th>source</th><th>sentence</th></tr></thead></table>\n{chunks}\n</div>"
    )


def controls(events: Sequence[Event]) -> str:
    """The filters (shown by the script): text, status (those present), a date range, and with
    enough events "show top N": the N most salient of the events the other filters keep."""
    present = {event.status for event in events}
    options = "".join(f'<option value="{s.value}">{s.value}</option>' for s in Status if s in present)
    tops = "".join(f'<option value="{n}">top {n}</option>' for n in TOP_CHOICES if len(events) > n)
    top = (
        f'<label>show <select class="tl-top"><option value="">all</option>{tops}</select></label>\n'
        if tops
        else ""
    )
    return f"""<div class="tl-controls" hidden>
<input type="search" class="tl-search" placeholder="Filter events" aria-label="Filter events">
<select class="tl-status" aria-label="Status"><option value="">all statuses</option>{options}</select>
{top}<label>from <input type="date" class="tl-from"></label>
<label>to <input type="date" class="tl-to"></label>
<span class="tl-count" aria-live="polite"></span></div>"""


def fragment(events: list[Event], *, title: str, subtitle: str | None, lanes: str, theme: str) -> str:
    """The timeline's root ``<div>``: header, controls, panel, chart, data, the script, the table."""
    ranks = salience_ranks(events)
    figure = build_figure(events, lanes=lanes, theme=theme, ranks=ranks)
    payload = script_json({"figure": figure, "config": PLOTLY_CONFIG, **panel_data(events, ranks)})
    root = "tl-" + hashlib.sha1(payload.encode("utf-8")).hexdigest()[:12]
    sub = f'<p class="tl-subtitle">{html.escape(subtitle)}</p>' if subtitle else ""
    return f"""<div class="tl-root tl-{theme}" id="{root}">
<style>{asset("timeline.css")}</style>
<header class="tl-header"><h1>{html.escape(title)}</h1>{sub}<p class="tl-key">{KEY}</p></header>
{controls(events)}
{PANEL.format(root=root)}
<noscript><p class="tl-nojs">The chart needs JavaScript; every event is in the table below.</p></noscript>
<div class="tl-chart" role="region" aria-label="Chart of the events listed in the table below"></div>
<script type="application/json" class="tl-data">{payload}</script>
<script>{asset("timeline.js")}(document.getElementById("{root}"));</script>
{table(events)}
</div>"""


def render_html(
    events: Sequence[Event],
    *,
    title: str = "Timeline",
    subtitle: str | None = None,
    lanes: str = "status",
    embed: bool = False,
    theme: str = "light",
) -> str:
    """The timeline of ``events`` as HTML.

    ``embed=False``: a whole page that works offline, plotly.js inlined once.
    ``embed=True``: a fragment (one ``<div>`` holding its ``<script>``) for a host page, which must
    load plotly.js once itself, e.g. ``<script src="plotly.min.js">`` (:func:`plotly_js`, or the full
    ``plotly.offline.get_plotlyjs()``), before or after the fragment: the fragment draws as soon as
    ``window.Plotly`` exists (at the latest on ``load``).  Several fragments can share one page and
    one plotly.js.
    ``lanes``: status | source | actor | place | none; ``theme``: light | dark.
    """
    div = fragment(order_events(events), title=title, subtitle=subtitle, lanes=lanes, theme=theme)
    if embed:
        return div + "\n"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="timeline">
<title>{html.escape(title)}</title>
<script>{plotly_js()}</script>
</head>
<body class="tl-body tl-{theme}">
{div}
</body>
</html>
"""


def write_html(events: Sequence[Event], path: str | os.PathLike[str], **options: Any) -> None:
    """Write :func:`render_html` of ``events`` to ``path`` atomically (same keyword options)."""
    write_text(path, render_html(events, **options))
