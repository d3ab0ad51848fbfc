"""HTML timeline at scale: file size, write time and time to first render in headless Chromium.

Synthetic events (the seed articles' real sentences on spread-out dates, a quarter each of
month and year precision, every status) are written with ``write_html``; Debian's Chromium
then opens each file.  *First render* is from navigation start to the first frame painted
after plotly has drawn the chart (two animation frames after the page marks it drawn);
*table* is when the script has swapped the whole events table in (``data-table``), after it.
Targets: 10k opens < 2 s, 100k < 5 s, 10k file < 10 MB.

Usage: ``python benchmarks/bench_render.py [COUNT ...]`` (default 1000 10000 100000).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.render.conftest import CHROMIUM, CHROMIUM_ARGS, synthetic_events
from timeline.render import write_html

# Installed before any page script: note when the timeline is drawn, then when it is painted.
FIRST_RENDER = """
new MutationObserver((changes, observer) => {
  if (window.__drawn === undefined && document.querySelector('.tl-root[data-drawn=true]')) {
    window.__drawn = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => { window.__firstRender = performance.now(); }));
  }
  if (document.querySelector('.tl-root[data-table=complete]')) {
    observer.disconnect();
    window.__table = performance.now();
  }
}).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-drawn', 'data-table']});
"""


def first_render(browser: Browser, path: Path) -> tuple[float, float, float]:
    """Seconds from navigation start to the first painted chart, the load event and the whole table."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.add_init_script(FIRST_RENDER)
    page.goto(path.as_uri(), timeout=300_000)
    done = "window.__firstRender !== undefined && window.__table !== undefined"
    page.wait_for_function(done, timeout=300_000)
    painted = page.evaluate("window.__firstRender") / 1000
    loaded = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd") / 1000
    table = page.evaluate("window.__table") / 1000
    page.close()
    return painted, loaded, table


def main(counts: list[int]) -> None:
    print(f"{'events':>8} {'file MB':>8} {'write s':>8} {'first render s':>15} {'load s':>7} {'table s':>8}")
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for count in counts:
            events = synthetic_events(count)
            path = Path(folder) / f"timeline-{count}.html"
            started = time.perf_counter()
            write_html(events, path, title=f"{count} events")
            written = time.perf_counter() - started
            painted, loaded, table = first_render(browser, path)
            size = path.stat().st_size / 1e6
            print(
                f"{count:>8} {size:>8.2f} {written:>8.2f} {painted:>15.2f} {loaded:>7.2f} {table:>8.2f}",
                flush=True,
            )
        browser.close()


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1000, 10_000, 100_000])
