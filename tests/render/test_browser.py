"""The page in a real headless Chromium: it draws every event, hovers, filters, embeds, resists."""

from __future__ import annotations

import html
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import plotly
import pytest

from tests.render.conftest import HOSTILE, hostile_event, merged_event, seed_events, synthetic_events
from timeline.model import Event
from timeline.render import render_html, write_html
from timeline.render.figure import build_figure, label, order_events
from timeline.salience import top_events

pytestmark = pytest.mark.browser

PLOTTED = """root => {
  const seen = new Set();
  for (const trace of root.querySelector('.tl-chart').data)
    if (trace.visible === undefined || trace.visible === true)
      for (const i of trace.customdata) if (i !== null) seen.add(i);
  return seen.size;
}"""
WHERE = """([root, index]) => {
  const chart = root.querySelector('.tl-chart'), layout = chart._fullLayout;
  const box = chart.getBoundingClientRect();
  const trace = chart.data.find(t => t.hoverinfo !== 'skip' && t.customdata.includes(index));
  const point = trace.customdata.indexOf(index);
  return [box.left + layout.xaxis._offset + layout.xaxis.d2p(trace.x[point]),
          box.top + layout.yaxis._offset + layout.yaxis.d2p(trace.y[point])];
}"""


@dataclass
class Opened:
    """A loaded page and what it complained about."""

    page: Any
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)  # anything not from a local file

    def root(self, n: int = 0) -> Any:
        return self.page.locator(".tl-root").nth(n).element_handle()


def hover(opened: Opened, index: int) -> list[str]:
    """Move the mouse onto event ``index`` of the first timeline; the lines of its hover card."""
    card = opened.page.locator(".tl-card")
    opened.page.mouse.move(1, 1)
    card.wait_for(state="hidden")
    x, y = opened.page.evaluate(WHERE, [opened.root(), index])
    opened.page.mouse.move(x, y)
    card.wait_for(state="visible")
    return card.locator("div").all_text_contents()


@pytest.fixture
def open_page(browser: Any) -> Iterator[Callable[..., Opened]]:
    """Open a file in a fresh page; wait until every timeline on it has drawn and (unless told
    not to) has its whole table swapped in.  ``init``: a script to run before the page's own."""
    pages: list[Any] = []

    def opener(path: Path, *, whole_table: bool = True, init: str | None = None) -> Opened:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        pages.append(page)
        if init:
            page.add_init_script(init)
        opened = Opened(page)
        page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
        local = ("file:", "data:", "blob:")
        page.on("request", lambda r: None if r.url.startswith(local) else opened.requests.append(r.url))
        page.goto(path.as_uri())
        page.wait_for_function(
            "[...document.querySelectorAll('.tl-root')].every(r => r.dataset.ready === 'true')",
            timeout=60_000,
        )
        if whole_table:
            page.wait_for_function(
                "[...document.querySelectorAll('.tl-root')].every(r => r.dataset.table === 'complete')",
                timeout=60_000,
            )
        return opened

    yield opener
    for page in pages:
        page.close()


@pytest.fixture
def seed_page(tmp_path: Path, events: list[Event], hostile: Event, open_page: Callable) -> Opened:
    path = tmp_path / "timeline.html"
    write_html([*events, hostile], path, title="NATO & Russia", subtitle="seed articles")
    return open_page(path)


def test_page_draws_every_event_without_errors(seed_page: Opened) -> None:
    assert seed_page.page.evaluate(PLOTTED, seed_page.root()) == 4
    assert seed_page.page.locator(".tl-chart .scatterlayer .point").count() == 3  # days; the month is a bar
    assert seed_page.page.locator(".tl-table tbody tr").count() == 4
    assert seed_page.page.title() == "NATO & Russia"
    assert seed_page.errors == []
    assert seed_page.requests == []  # works offline


def test_hover_shows_title_date_precision_status_sentence_and_source(
    seed_page: Opened, events: list[Event], hostile: Event
) -> None:
    ordered = [e.id for e in order_events([*events, hostile])]
    deal = hover(seed_page, ordered.index("e-deal"))
    assert deal == [
        "Deal struck by the next NATO summit",
        "2012-05 (month) · planned",
        "Rasmussen said he hoped a deal would be struck by the next NATO summit in May 2012.",
        "according to Rasmussen",
        "003_0013bbebfd2da064",
    ]
    lisbon = hover(seed_page, ordered.index("e-lisbon"))
    assert lisbon[1:] == [
        "2010-11-20 (day) · planned",
        "The matter is on the agenda of the next NATO-Russia summit in Lisbon on November 20th.",
        "Russia, NATO in disagreement on missile threats",
    ]
    seed_page.page.mouse.move(1, 1)
    seed_page.page.locator(".tl-card").wait_for(state="hidden")


def test_hostile_article_text_shows_literally_and_never_runs(
    seed_page: Opened, events: list[Event], hostile: Event
) -> None:
    page = seed_page.page
    ordered = [e.id for e in order_events([*events, hostile])]
    shown = hover(seed_page, ordered.index("e-hostile"))
    assert shown == [
        hostile.title,
        "2010-05-03 (day) · occurred",
        hostile.sentence,
        "according to <img src=x onerror=window.__pwned=10>",
        "<svg onload=window.__pwned=8>",
    ]
    page.mouse.move(10, 10)
    page.locator(".tl-table").last.hover()
    row = page.locator(".tl-table tbody tr", has_text="Officials said")
    assert row.locator("td").nth(5).text_content() == hostile.sentence
    assert row.locator("td").nth(1).text_content() == hostile.title
    assert page.evaluate("window.__pwned") is None
    assert (
        page.locator(".tl-root img, .tl-root a[href^='javascript'], .tl-table svg, .tl-table b").count() == 0
    )
    assert seed_page.dialogs == []
    assert seed_page.errors == []


def test_search_filters_chart_and_table(seed_page: Opened) -> None:
    page, root = seed_page.page, seed_page.root()
    page.fill(".tl-search", "lisbon")
    page.wait_for_function("() => document.querySelector('.tl-count').textContent === '1 of 4 events'")
    assert page.evaluate(PLOTTED, root) == 1
    assert page.locator(".tl-table tbody tr:visible").count() == 1
    page.fill(".tl-search", "")
    page.wait_for_function("() => document.querySelector('.tl-count').textContent === ''")
    assert page.evaluate(PLOTTED, root) == 4
    assert page.locator(".tl-table tbody tr:visible").count() == 4
    assert seed_page.errors == []


def test_legend_toggles_lanes_and_buttons_set_the_range(seed_page: Opened) -> None:
    page, root = seed_page.page, seed_page.root()
    page.locator(".tl-chart .legend .traces", has_text="occurred").click()
    page.wait_for_function(f"({PLOTTED})(document.querySelector('.tl-root')) === 2")
    page.locator(".tl-chart .rangeselector .button", has_text="1 year").click()
    days = page.evaluate(
        "root => { const [a, b] = root.querySelector('.tl-chart').layout.xaxis.range;"
        " return (new Date(b) - new Date(a)) / 864e5; }",
        root,
    )
    assert 364 <= days <= 367
    assert seed_page.errors == []


def test_print_shows_the_whole_table_without_controls(seed_page: Opened) -> None:
    page = seed_page.page
    page.emulate_media(media="print")
    assert not page.locator(".tl-controls").is_visible()
    style = "selector => getComputedStyle(document.querySelector(selector))"
    assert page.evaluate(f"({style})('.tl-table-wrap').maxHeight") == "none"
    assert page.evaluate(f"({style})('.tl-chunk').contentVisibility") == "visible"


def test_fragments_embed_in_a_host_page_with_one_plotly(
    tmp_path: Path, events: list[Event], open_page: Callable
) -> None:
    shutil.copy(Path(plotly.__file__).parent / "package_data" / "plotly.min.js", tmp_path)
    fragments = render_html(events, embed=True) + render_html(
        events[:2], embed=True, lanes="actor", theme="dark"
    )
    host = tmp_path / "host.html"
    host.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Briefing</title>'
        '<script src="plotly.min.js"></script></head>'
        f"<body><h1>Briefing</h1>{fragments}<p>end</p></body></html>",
        encoding="utf-8",
    )
    opened = open_page(host)
    assert opened.page.evaluate(PLOTTED, opened.root(0)) == 3
    assert opened.page.evaluate(PLOTTED, opened.root(1)) == 2
    assert opened.page.locator("script[src]").count() == 1
    assert opened.errors == []


def test_a_fragment_on_a_host_without_plotly_still_shows_its_table(
    tmp_path: Path, events: list[Event], browser: Any
) -> None:
    host = tmp_path / "bare.html"
    host.write_text(
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bare</title></head><body>'
        f"{render_html([*events, hostile_event()], embed=True)}</body></html>",
        encoding="utf-8",
    )
    page = browser.new_page()
    try:
        page.goto(host.as_uri())
        page.wait_for_function("document.querySelector('.tl-root').dataset.table === 'complete'")
        assert page.locator(".tl-table tbody tr").count() == 4
        assert page.evaluate("window.__pwned") is None
    finally:
        page.close()


def test_many_events_draw_with_webgl(tmp_path: Path, open_page: Callable, browser: Any) -> None:
    path = tmp_path / "many.html"
    write_html(synthetic_events(3000), path)
    opened = open_page(path)
    assert opened.page.evaluate(PLOTTED, opened.root()) == 3000
    assert opened.page.locator(".tl-chart .gl-canvas-context").count() == 1
    canvas = "() => (c => c.width / c.clientWidth)(document.querySelector('.tl-chart .gl-canvas-context'))"
    assert opened.page.evaluate(canvas) == 1  # at the screen's resolution, not plotly's default 2x
    assert opened.errors == []
    sharp = browser.new_page(viewport={"width": 1280, "height": 900}, device_scale_factor=2)
    try:
        sharp.goto(path.as_uri())
        sharp.wait_for_function("document.querySelector('.tl-root').dataset.ready === 'true'", timeout=60_000)
        assert sharp.evaluate(canvas) == 2  # a 2x screen gets a 2x canvas
    finally:
        sharp.close()


def merged_seed() -> list[Event]:
    """The seed events with the Lisbon summit merged from two articles, and the hostile event."""
    return [merged_event(), *seed_events()[1:], hostile_event()]


@pytest.fixture
def sources_page(tmp_path: Path, open_page: Callable) -> Opened:
    """The page of :func:`merged_seed`."""
    path = tmp_path / "sources.html"
    write_html(merged_seed(), path)
    return open_page(path)


def panel_sources(page: Any) -> list[dict[str, Any]]:
    """What the open sources panel lists, per source."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.tl-panel-sources li')].map(li => ({
          source: li.querySelector('.tl-panel-source').textContent,
          link: li.querySelector('a') && li.querySelector('a').href,
          sentence: li.querySelector('.tl-panel-sentence').textContent,
          attribution: li.querySelector('.tl-panel-attribution')?.textContent ?? null,
          marked: [...li.querySelectorAll('mark')].map(m => m.textContent)}))"""
    )


def test_click_opens_the_sources_panel_showing_them_literally(sources_page: Opened) -> None:
    page, panel = sources_page.page, sources_page.page.locator(".tl-panel")
    ordered = [e.id for e in order_events(merged_seed())]
    x, y = page.evaluate(WHERE, [sources_page.root(), ordered.index("e-lisbon")])
    page.mouse.click(x, y)
    panel.wait_for(state="visible")
    assert panel.locator(".tl-panel-title").text_content() == "NATO-Russia summit in Lisbon"
    assert panel.locator(".tl-panel-when").text_content() == "2010-11-20 (day) · planned"
    assert panel_sources(page) == [
        {
            "source": "Russia, NATO in disagreement on missile threats · 2010-11-10",
            "link": None,
            "sentence": merged_event().sources[0].sentence,
            "attribution": None,
            "marked": ["November 20th"],
        },
        {
            "source": "Leaders to meet in Lisbon · 2010-11-12",
            "link": "https://example.org/lisbon?a=1&b=2",
            "sentence": merged_event().sources[1].sentence,
            "attribution": None,
            "marked": ["20 November"],
        },
    ]
    page.keyboard.press("Escape")
    panel.wait_for(state="hidden")
    page.locator(".tl-table tbody tr", has_text="May 2012").click()  # a table row opens it too
    panel.wait_for(state="visible")
    assert [(s["marked"], s["attribution"]) for s in panel_sources(page)] == [
        (["May 2012"], "according to Rasmussen")
    ]
    panel.locator(".tl-panel-close").click()
    panel.wait_for(state="hidden")

    page.locator(".tl-table tbody tr", has_text="Officials said").click()
    panel.wait_for(state="visible")
    assert panel.locator(".tl-panel-title").text_content() == hostile_event().title
    assert panel_sources(page) == [
        {
            "source": "<svg onload=window.__pwned=8> · 2010-11-10",
            "link": None,  # the javascript: URL is no link
            "sentence": HOSTILE,
            "attribution": "according to <img src=x onerror=window.__pwned=10>",
            "marked": ["May 3rd"],
        }
    ]
    assert page.locator(".tl-panel :is(img, svg, b, script, a)").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert sources_page.dialogs == []
    assert sources_page.errors == []


def test_headers_sort_the_table_and_filters_hide_chart_and_table(sources_page: Opened) -> None:
    page = sources_page.page
    dates = ".tl-table tbody tr td:first-child"
    header = page.locator(".tl-head th").first
    assert header.get_attribute("aria-sort") == "ascending"
    page.locator(".tl-head th button", has_text="title").click()
    assert page.locator(".tl-table tbody tr td:nth-child(2)").all_text_contents()[:2] == [
        '<script>window.__pwned = 4</script><b onmouseover="window.__pwned=5">Meeting</b>',
        "Arms reduction treaty signed in Prague",
    ]
    assert header.get_attribute("aria-sort") is None
    header.locator("button").click()
    assert page.locator(dates).all_text_contents() == ["2010-04-08", "2010-05-03", "2010-11-20", "2012-05"]
    assert header.get_attribute("aria-sort") == "ascending"
    header.locator("button").click()
    assert page.locator(dates).all_text_contents() == ["2012-05", "2010-11-20", "2010-05-03", "2010-04-08"]
    assert header.get_attribute("aria-sort") == "descending"
    header.locator("button").click()

    root = sources_page.root()
    page.select_option(".tl-status", "occurred")
    page.wait_for_function("() => document.querySelector('.tl-count').textContent === '2 of 4 events'")
    assert page.evaluate(PLOTTED, root) == 2
    assert page.locator(".tl-table tbody tr:visible td:nth-child(3)").all_text_contents() == ["occurred"] * 2
    page.fill(".tl-from", "2010-05-01")
    page.wait_for_function("() => document.querySelector('.tl-count').textContent === '1 of 4 events'")
    page.select_option(".tl-status", "")
    page.fill(".tl-to", "2012-04-30")
    page.wait_for_function("() => document.querySelector('.tl-count').textContent === '2 of 4 events'")
    assert page.locator(".tl-table tbody tr:visible td:first-child").all_text_contents() == [
        "2010-05-03",
        "2010-11-20",
    ]
    page.fill(".tl-to", "2012-05-31")  # the month of May 2012 overlaps
    page.wait_for_function("() => document.querySelector('.tl-count').textContent === '3 of 4 events'")
    assert page.evaluate(PLOTTED, root) == 3
    assert sources_page.errors == []


def test_top_select_hides_the_less_salient_events_in_chart_and_table(
    tmp_path: Path, open_page: Callable
) -> None:
    events = [replace(e, salience=(n * 37 % 60) / 60) for n, e in enumerate(synthetic_events(60))]
    path = tmp_path / "top.html"
    write_html(events, path)
    opened = open_page(path)
    page, root = opened.page, opened.root()
    page.select_option(".tl-top", "20")
    page.wait_for_function("() => document.querySelector('.tl-count').textContent === '20 of 60 events'")
    assert page.evaluate(PLOTTED, root) == 20
    titles = page.locator(".tl-table tbody tr:visible td:nth-child(2)").all_text_contents()
    assert sorted(titles) == sorted(e.title for e in top_events(events, 20))
    page.select_option(".tl-top", "")
    page.wait_for_function("() => document.querySelector('.tl-count').textContent === ''")
    assert page.evaluate(PLOTTED, root) == 60
    assert opened.errors == []


TABLE = """root => [...root.querySelectorAll('.tl-table tbody tr')].map(tr => tr.cells[1].textContent)"""


def test_the_table_is_swapped_in_whole_and_in_order(tmp_path: Path, open_page: Callable) -> None:
    events = [*synthetic_events(700), hostile_event()]  # three chunks
    path = tmp_path / "chunks.html"
    write_html(events, path)
    opened = open_page(path)
    page, root = opened.page, opened.root()
    assert page.evaluate(TABLE, root) == [e.title for e in order_events(events)]
    assert page.locator(".tl-root noscript.tl-rows").count() == 0
    assert page.locator(".tl-chunk").count() == 3
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".tl-table :is(img, svg, b, script)").count() == 0
    assert opened.errors == []


def test_without_javascript_the_table_is_plain_html(
    browser: Any, tmp_path: Path, events: list[Event], hostile: Event
) -> None:
    path = tmp_path / "nojs.html"
    write_html([*events, hostile, *synthetic_events(300)], path)
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(path.as_uri())
        rows = page.locator(".tl-table tbody tr")
        assert rows.count() == 304
        assert rows.nth(0).is_visible() and rows.nth(303).locator("td").nth(1).is_visible()
        hostile_row = page.locator(".tl-table tbody tr", has_text="Officials said")
        assert hostile_row.locator("td").nth(1).text_content() == hostile.title
        assert hostile_row.locator("td").nth(5).text_content() == HOSTILE
        assert page.locator(".tl-table :is(img, svg, b, script)").count() == 0
        assert page.locator(".tl-head th").all_text_contents()[0] == "date"
        assert page.locator(".tl-nojs").is_visible() and not page.locator(".tl-chart").is_visible()
    finally:
        context.close()


NO_IDLE = "window.requestIdleCallback = () => 0;"  # chunks come only when needed


def test_a_row_needed_before_its_chunk_is_swapped_in_comes_at_once(
    tmp_path: Path, open_page: Callable
) -> None:
    events = order_events([*synthetic_events(600), hostile_event()])
    path = tmp_path / "late.html"
    write_html(events, path)
    opened = open_page(path, whole_table=False, init=NO_IDLE)
    page, root = opened.page, opened.root()
    assert page.locator(".tl-table tbody tr").count() == 0
    hostile_at = next(i for i, e in enumerate(events) if e.id == "e-hostile")
    last = len(events) - 1
    assert hover(opened, last)[0] == events[last].title  # in the third chunk
    assert page.locator(".tl-table tbody tr").count() == len(events) - 500
    assert hover(opened, hostile_at)[:3] == [hostile_event().title, "2010-05-03 (day) · occurred", HOSTILE]
    page.mouse.move(1, 1)
    page.locator(".tl-head th button", has_text="title").click()  # sorting needs every row
    assert page.locator(".tl-table tbody tr").count() == len(events)
    assert root.get_attribute("data-table") == "complete"
    assert page.evaluate("window.__pwned") is None
    assert opened.errors == []


def test_keyboard_opens_a_rows_sources_and_escape_returns_focus(sources_page: Opened) -> None:
    page, panel = sources_page.page, sources_page.page.locator(".tl-panel")
    rows = page.locator(".tl-table tbody tr")
    assert rows.nth(0).get_attribute("tabindex") == "0"  # the table's tab stop
    page.locator(".tl-head th button").last.focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.cells[0].textContent") == "2010-04-08"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.cells[0].textContent") == "2010-11-20"
    page.keyboard.press("Enter")
    panel.wait_for(state="visible")
    assert panel.locator(".tl-panel-title").text_content() == "NATO-Russia summit in Lisbon"
    page.keyboard.press("Escape")
    panel.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.cells[0].textContent") == "2010-11-20"
    page.keyboard.press("ArrowUp")
    page.keyboard.press(" ")
    panel.wait_for(state="visible")
    assert panel.locator(".tl-panel-title").text_content() == hostile_event().title
    page.keyboard.press("Enter")  # on the close button
    panel.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.cells[1].textContent") == hostile_event().title
    assert [r.get_attribute("tabindex") for r in rows.all()] == ["-1", "0", "-1", None]
    assert sources_page.errors == []


def test_with_webgl_the_range_slider_shows_events_per_period(tmp_path: Path, open_page: Callable) -> None:
    path = tmp_path / "overview.html"
    write_html(synthetic_events(3000), path)
    opened = open_page(path)
    page, root = opened.page, opened.root()
    total = (
        "root => root.querySelector('.tl-chart').data.find(t => t.meta === 'overview')"
        ".y.reduce((a, b) => a + b)"
    )
    assert page.evaluate(total, root) == pytest.approx(3000)
    assert page.locator(".tl-chart .rangeslider-container .barlayer .point").count() > 100
    below = page.evaluate(  # in the chart itself the bars lie above the plot area, clipped away
        "root => Math.max(...[...root.querySelectorAll('.cartesianlayer .barlayer .point path')]"
        ".map(p => p.getBBox().y + p.getBBox().height))",
        root,
    )
    assert below <= 0
    page.select_option(".tl-status", "occurred")
    page.wait_for_function("() => document.querySelector('.tl-count').textContent.startsWith('429 of')")
    assert page.evaluate(total, root) == pytest.approx(429)
    page.select_option(".tl-status", "")
    page.locator(".tl-chart .legend .traces", has_text="occurred").click()  # the lane leaves the overview too
    page.wait_for_function(f"root => Math.abs(({total[8:]}) - 2571) < 1e-6", arg=root)
    page.wait_for_timeout(300)  # and redrawing it sets off no loop of redraws
    assert page.evaluate(total, root) == pytest.approx(2571)
    assert opened.errors == []


def test_above_the_share_limit_identical_marks_are_drawn_once(tmp_path: Path, open_page: Callable) -> None:
    events = order_events(synthetic_events(20_500))
    path = tmp_path / "shared.html"
    write_html(events, path)
    opened = open_page(path, whole_table=False)
    page, root = opened.page, opened.root()
    shared = {
        int(first): others
        for first, others in page.evaluate("root => root.querySelector('.tl-chart').tlShared", root).items()
    }
    plotted = page.evaluate(PLOTTED, root)
    assert 0 < sum(map(len, shared.values())) == 20_500 - plotted  # every event drawn, some share a mark
    for first, others in shared.items():
        for other in others:
            assert (events[other].start, events[other].end, events[other].status) == (
                events[first].start,
                events[first].end,
                events[first].status,
            )
    spans = page.evaluate(
        "root => root.querySelector('.tl-chart').data.filter(t => t.mode === 'lines')"
        ".flatMap(t => t.customdata)",
        root,
    )
    first = max((i for i in spans if i in shared), key=lambda i: len(shared[i]))
    card = hover(opened, first)
    assert card[0] == events[first].title
    assert card[-1] == f"+{len(shared[first])} more here (same dates, same row)"
    page.mouse.move(1, 1)
    page.select_option(".tl-status", "occurred")
    kept = sum(e.status.value == "occurred" for e in events)
    page.wait_for_function(
        f"() => document.querySelector('.tl-count').textContent === '{kept} of 20500 events'"
    )
    now_shared = page.evaluate(
        "root => Object.values(root.querySelector('.tl-chart').tlShared).reduce((n, s) => n + s.length, 0)",
        root,
    )
    assert page.evaluate(PLOTTED, root) + now_shared == kept
    assert opened.errors == []


def test_of_many_events_the_salient_are_labelled_and_filters_hide_their_labels(
    tmp_path: Path, open_page: Callable
) -> None:
    events = order_events(synthetic_events(300))
    notes = build_figure(events)["layout"]["annotations"]
    labelled = [int(note["name"].removeprefix("event")) for note in notes]
    assert 0 < len(labelled) <= 30 and set(labelled) <= set(range(len(events)))
    path = tmp_path / "labels.html"
    write_html(events, path)
    opened = open_page(path)
    page = opened.page
    shown = "() => [...document.querySelectorAll('.tl-chart .annotation-text')].map(e => e.textContent)"
    assert sorted(page.evaluate(shown)) == sorted(html.unescape(note["text"]) for note in notes)
    page.select_option(".tl-status", "planned")
    planned = [i for i in labelled if events[i].status.value == "planned"]
    page.wait_for_function(f"({shown})().length === {len(planned)}")
    assert sorted(page.evaluate(shown)) == sorted(html.unescape(label(events[i])) for i in planned)
    page.select_option(".tl-status", "")
    page.wait_for_function(f"({shown})().length === {len(labelled)}")
    assert opened.errors == []
