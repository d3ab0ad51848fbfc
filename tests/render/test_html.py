"""The HTML page and fragment as text: offline, escaped, spans for coarse dates, a plain table."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from plotly.offline import get_plotlyjs

from tests.render.conftest import HOSTILE, merged_event, synthetic_events
from timeline.model import Event, Span
from timeline.render import render_html, write_html
from timeline.render.figure import build_figure, order_events, pack_rows
from timeline.render.page import plotly_js, time_range

PLOTLY_BANNER = plotly_js()[:200]


def own(page: str) -> str:
    """The page without the inlined plotly.js."""
    return page.replace(plotly_js(), "")


def payload(page: str) -> dict:
    """The figure and config a page embeds for its script."""
    found = re.search(r'<script type="application/json" class="tl-data">(.*?)</script>', page, re.S)
    assert found
    return json.loads(found.group(1))


def rows(page: str) -> list[list[str]]:
    """The table's cells, row by row, as HTML source."""
    return [re.findall(r"<td>(.*?)</td>", row) for row in re.findall(r"<tr><td>.*?</tr>", page)]


def test_page_inlines_plotly_once_and_loads_nothing(events: list[Event]) -> None:
    page = render_html(events, title="NATO and Russia", subtitle="Two seed articles")
    assert page.startswith("<!DOCTYPE html>")
    assert page.count(PLOTLY_BANNER) == 1
    assert not re.search(r"<script[^>]*\bsrc=", own(page))
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", own(page))
    assert "<title>NATO and Russia</title>" in page
    assert "Two seed articles" in page


def test_fragment_is_one_div_holding_its_script_without_plotly(events: list[Event]) -> None:
    fragment = render_html(events, embed=True)
    assert PLOTLY_BANNER not in fragment
    assert "<html" not in fragment
    root = re.match(r'<div class="tl-root tl-light" id="(tl-[0-9a-f]+)">', fragment)
    assert root
    assert fragment.rstrip().endswith("</div>")
    assert fragment.count("<script>") == 1
    assert f'(document.getElementById("{root.group(1)}"));</script>' in fragment
    assert '</script>\n<div class="tl-table-wrap" data-chunk="250">' in fragment  # drawn before the table


def test_every_article_string_is_escaped(events: list[Event], hostile: Event) -> None:
    for lanes in ("status", "source", "actor"):
        page = own(render_html([*events, hostile], title="<b>t</b>", subtitle="<i>s</i>", lanes=lanes))
        for raw in ("<script>window", "<img", "<svg", "<b onmouseover", "<b>t</b>", "<i>s</i>", "<a href"):
            assert raw not in page, raw
        assert "href=&quot;javascript:window.__pwned=3&quot;" in page
        assert "javascript:window.__pwned=9" not in page  # the source URL is not a link
    cells = rows(render_html([hostile]))[0]
    assert cells[1] == (
        "&lt;script&gt;window.__pwned = 4&lt;/script&gt;&lt;b onmouseover=&quot;window.__pwned=5&quot;&gt;"
        "Meeting&lt;/b&gt;"
    )


def test_panel_data_is_inert_json_with_every_source(hostile: Event) -> None:
    page = render_html([merged_event(), hostile])
    blob = re.search(r'<script type="application/json" class="tl-data">(.*?)</script>', page, re.S)
    assert blob and not re.search(r"[<>&]", blob.group(1))
    data = payload(page)
    own, wire = merged_event().sources
    assert data["documents"] == [
        ["<svg onload=window.__pwned=8>", "2010-11-10", None],  # the javascript: URL is dropped
        ["Russia, NATO in disagreement on missile threats", "2010-11-10", None],
        ["Leaders to meet in Lisbon", "2010-11-12", wire.url],
    ]
    at, own_at, wire_at = (
        HOSTILE.index("May 3rd"),
        own.sentence.index("November 20th"),
        wire.sentence.index("20"),
    )
    assert data["events"] == [  # in date order; the table has each event's own sentence
        ["2010-05-03", "2010-05-03", [[0, None, at, at + 7, "<img src=x onerror=window.__pwned=10>"]], 1],
        [
            "2010-11-20",
            "2010-11-20",
            [[1, None, own_at, own_at + 13], [2, wire.sentence, wire_at, wire_at + 11]],
            0,  # as salient as the other, but reported by two documents
        ],
    ]


def test_time_expression_offsets_are_javascript_indices(events: list[Event]) -> None:
    sentence = "\U0001f680 Launch on May 3rd."  # the rocket is one Python character, two UTF-16 units
    source = replace(
        events[0].sources[0],
        sentence=sentence,
        sentence_span=Span(40, 40 + len(sentence)),
        time_text="May 3rd",
    )
    assert time_range(replace(source, time_span=Span(52, 59))) == [13, 20]
    assert time_range(replace(source, time_span=Span(0, 7))) == [13, 20]  # found by its text
    assert time_range(replace(source, time_text="June")) == [None, None]


def test_figure_text_is_escaped_for_plotly(hostile: Event) -> None:
    figure = build_figure([hostile], lanes="actor", title="A & B")
    trace = figure["data"][0]
    assert trace["name"] == "&lt;img src=x onerror=window.__pwned=7&gt;"
    assert trace["text"][0].startswith("&lt;script&gt;window.__pwned = 4&lt;/script&gt;")
    assert figure["layout"]["title"]["text"] == "A &amp; B"
    assert "&quot;" not in json.dumps(figure)  # plotly does not decode it: quotes are &#34;


def test_month_precision_is_a_span_and_days_are_points(events: list[Event]) -> None:
    figure = payload(render_html(events))["figure"]
    ordered = order_events(events)
    deal = next(i for i, event in enumerate(ordered) if event.id == "e-deal")
    span = next(t for t in figure["data"] if t["mode"].startswith("lines") and deal in t["customdata"])
    assert span["x"][:3] == ["2012-05-01", "2012-05-16", "2012-06-01"]
    assert span["line"]["color"].startswith("rgba(") and span["line"]["dash"] != "solid"  # light, planned
    points = [t for t in figure["data"] if t["mode"].startswith("markers")]
    assert sorted(x for t in points for x in t["x"]) == ["2010-04-08", "2010-11-20"]
    symbols = {
        ordered[i].status.value: symbol
        for t in points
        for i, symbol in zip(t["customdata"], t["marker"]["symbol"], strict=True)
    }
    assert symbols == {"occurred": "circle", "planned": "circle-open"}


def test_table_lists_every_event_in_date_order(events: list[Event]) -> None:
    table = rows(render_html(events))
    assert [row[0] for row in table] == ["2010-04-08", "2010-11-20", "2012-05"]
    assert table[2][2:5] == ["planned", "month", "003_0013bbebfd2da064"]
    assert (
        table[2][5] == "Rasmussen said he hoped a deal would be struck by the next NATO summit in May 2012."
    )
    assert table[0][4] == "Russia, NATO in disagreement on missile threats"
    assert '<th aria-sort="ascending">date</th>' in render_html(events)  # rows start in date order


@pytest.mark.parametrize("lanes", ["status", "source", "actor", "place", "none"])
def test_lanes(events: list[Event], lanes: str) -> None:
    figure = build_figure(order_events(events), lanes=lanes)
    names = figure["layout"]["yaxis"]["ticktext"]
    expected = {
        "status": ["occurred", "planned"],
        "source": ["Russia, NATO in disagreement on missile threats", "003_0013bbebfd2da064"],
        "actor": ["Anatoli Antonov", "NATO", "Rasmussen"],
        "place": ["(no place)", "Lisbon", "Prague"],
        "none": ["events"],
    }[lanes]
    assert names == expected
    assert {i for t in figure["data"] for i in t["customdata"]} - {None} == set(range(len(events)))


def test_bad_options_are_refused(events: list[Event]) -> None:
    with pytest.raises(ValueError, match="lanes"):
        render_html(events, lanes="colour")
    with pytest.raises(ValueError, match="theme"):
        render_html(events, theme="pink")


def test_dark_theme(events: list[Event]) -> None:
    page = render_html(events, theme="dark")
    assert 'class="tl-root tl-dark"' in page
    assert payload(page)["figure"]["layout"]["paper_bgcolor"] == "#15181d"


def test_no_events_still_renders() -> None:
    page = render_html([])
    assert "0 events" in page
    assert payload(page)["figure"]["data"] == []


def test_rows_do_not_overlap() -> None:
    assert pack_rows([(0, 5), (1, 2), (3, 4), (6, 7), (2, 9)]) == [0, 1, 1, 0, 2]
    assert pack_rows([(0, 9)] * 4, max_rows=2) == [0, 1, 0, 1]


def test_many_events_use_webgl_and_stay_small(tmp_path: Path) -> None:
    events = synthetic_events(10_000)
    path = tmp_path / "timeline.html"
    write_html(events, path, title="10k")
    page = path.read_text(encoding="utf-8")
    assert path.stat().st_size < 10_000_000
    figure = payload(page)["figure"]
    assert {t["type"] for t in figure["data"]} == {"scattergl"}
    assert len({i for t in figure["data"] for i in t["customdata"] if i is not None}) == 10_000
    assert len(rows(page)) == 10_000


@pytest.mark.parametrize(("count", "options"), [(20, []), (21, ["20"]), (60, ["50", "20"])])
def test_top_choices_only_when_there_are_more_events(count: int, options: list[str]) -> None:
    page = render_html(synthetic_events(count))
    found = re.search(r'<select class="tl-top">(.*?)</select>', page)
    assert (re.findall(r'<option value="(\d+)">', found.group(1)) if found else []) == options


def test_table_rows_sit_in_noscript_chunks_that_article_text_cannot_close(hostile: Event) -> None:
    sly = replace(hostile, title="</noscript><img src=x onerror=window.__pwned=11>", id="e-sly")
    events = [sly, *synthetic_events(600)]
    page = own(render_html(events))
    chunks = re.findall(r'<noscript class="tl-rows">(.*?)</noscript>', page, re.S)
    assert len(chunks) == 3 == page.count('<noscript class="tl-rows">')
    assert page.count("</noscript>") == 3 + 1  # the chunks and the note that the chart needs JavaScript
    assert [len(re.findall(r"<tr>", chunk)) for chunk in chunks] == [250, 250, 101]
    assert "&lt;/noscript&gt;&lt;img src=x onerror=window.__pwned=11&gt;" in page
    assert all(chunk.startswith('<div class="tl-chunk"><table class="tl-table"><tbody>') for chunk in chunks)


def test_the_pages_plotly_is_the_plotly_packages_major_version() -> None:
    """Pages (the trimmed bundle) and static images (the plotly package's) read one figure format."""
    ours = re.match(r"/\*\*\s*\* plotly\.js v(\d+)\.", plotly_js())
    theirs = re.match(r"/\*\*\s*\* plotly\.js v(\d+)\.", get_plotlyjs())
    assert ours and theirs and ours[1] == theirs[1]
    assert "scattergl" in plotly_js() and len(plotly_js()) < len(get_plotlyjs()) / 2


def test_labels_that_would_overprint_show_on_hover_only() -> None:
    """Twelve reports of one day in one lane overflow its six rows: some labels give way."""
    base = synthetic_events(1)[0]
    same_day = [
        replace(base, id=f"e{n}", title=f"Report {n} of the summit", salience=n / 12) for n in range(12)
    ]
    figure = build_figure(order_events(same_day))
    shown = [
        (y, text)
        for trace in figure["data"]
        for y, text in zip(trace["y"], trace.get("text", []), strict=True)
        if text
    ]
    assert 6 <= len(shown) < 12
    assert len({y for y, _ in shown}) == len(shown)  # one label a row: none over another
    assert "Report 11 of the summit" in [text for _, text in shown]  # the most salient keeps its label
