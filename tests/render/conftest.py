"""Events built by hand from real seed sentences, a hostile event, and one shared Chromium."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import from_article
from timeline.model import Event, Precision, Source, Span, Status

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--enable-unsafe-swiftshader",  # software WebGL for scattergl
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
HOSTILE = (
    "Officials said <script>window.__pwned = 1</script> and "
    '<img src=x onerror="window.__pwned = 2"> would meet on May 3rd, '
    "see <a href=\"javascript:window.__pwned=3\">javascript:window.__pwned=3</a> & 'quotes'."
)


def seed_events() -> list[Event]:
    """Three events of the seed articles: a day in the past, a planned day, a planned month."""
    global_research = {
        "document_title": "Russia, NATO in disagreement on missile threats",
        "dct": date(2010, 11, 10),
    }
    return [
        from_article(
            "000_627a13c363480fff",
            "The matter is on the agenda",
            "November 20th",
            "summit",
            id="e-lisbon",
            title="NATO-Russia summit in Lisbon",
            date="2010-11-20",
            start=date(2010, 11, 20),
            end=date(2010, 11, 20),
            precision=Precision.DAY,
            status=Status.PLANNED,
            places=("Lisbon",),
            actors=("NATO", "Russia"),
            **global_research,
        ),
        from_article(
            "000_627a13c363480fff",
            "The Russian delegation in Brussels",
            "April 8th",
            "signed",
            id="e-prague",
            title="Arms reduction treaty signed in Prague",
            date="2010-04-08",
            start=date(2010, 4, 8),
            end=date(2010, 4, 8),
            precision=Precision.DAY,
            status=Status.OCCURRED,
            places=("Prague",),
            actors=("Anatoli Antonov",),
            **global_research,
        ),
        from_article(
            "003_0013bbebfd2da064",
            "Rasmussen said he hoped",
            "May 2012",
            "struck",
            id="e-deal",
            title="Deal struck by the next NATO summit",
            date="2012-05",
            start=date(2012, 5, 1),
            end=date(2012, 5, 31),
            precision=Precision.MONTH,
            status=Status.PLANNED,
            actors=("Rasmussen",),
            dct=date(2011, 12, 8),
            attribution="Rasmussen",
        ),
    ]


def hostile_event() -> Event:
    """An event whose every article string tries to inject markup and script."""
    base = seed_events()[1]
    time_at, trigger_at = HOSTILE.index("May 3rd"), HOSTILE.index("meet")
    source = replace(
        base.sources[0],
        document='"><img src=x onerror=window.__pwned=6>',
        sentence=HOSTILE,
        sentence_span=Span(0, len(HOSTILE)),
        time_text="May 3rd",
        time_span=Span(time_at, time_at + len("May 3rd")),
        trigger="meet",
        trigger_span=Span(trigger_at, trigger_at + len("meet")),
        document_title="<svg onload=window.__pwned=8>",
        url="javascript:window.__pwned=9",
        attribution="<img src=x onerror=window.__pwned=10>",
    )
    return replace(
        base,
        id="e-hostile",
        title='<script>window.__pwned = 4</script><b onmouseover="window.__pwned=5">Meeting</b>',
        date="2010-05-03",
        start=date(2010, 5, 3),
        end=date(2010, 5, 3),
        sentence=HOSTILE,
        document=source.document,
        time_text=source.time_text,
        time_span=source.time_span,
        trigger=source.trigger,
        trigger_span=source.trigger_span,
        actors=("<img src=x onerror=window.__pwned=7>",),
        sources=(source,),
    )


def merged_event() -> Event:
    """The Lisbon summit as merged from two articles: the seed one and a wire report with a link."""
    lisbon = seed_events()[0]
    sentence = (
        "NATO leaders will meet Russia's president at the Lisbon summit on 20 November, officials said."
    )
    at = 120  # where the sentence starts in its article
    time_at, trigger_at = at + sentence.index("20 November"), at + sentence.index("summit")
    wire = Source(
        document="wire-1",
        sentence=sentence,
        sentence_span=Span(at, at + len(sentence)),
        time_text="20 November",
        time_span=Span(time_at, time_at + len("20 November")),
        trigger="summit",
        trigger_span=Span(trigger_at, trigger_at + len("summit")),
        document_title="Leaders to meet in Lisbon",
        url="https://example.org/lisbon?a=1&b=2",
        dct=date(2010, 11, 12),
    )
    return replace(lisbon, sources=(*lisbon.sources, wire))


@pytest.fixture
def events() -> list[Event]:
    return seed_events()


@pytest.fixture
def hostile() -> Event:
    return hostile_event()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Debian Chromium for the whole session; missing Chromium fails the test."""
    assert os.access(CHROMIUM, os.X_OK), f"browser tests need Debian chromium at {CHROMIUM}"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def synthetic_events(count: int, seed: int = 7) -> list[Event]:
    """``count`` varied events (days, months, years; all statuses; several actors) for scale tests."""
    template = seed_events()
    statuses = list(Status)
    events = []
    for n in range(count):
        base = template[n % len(template)]
        day = date.fromordinal(date(2000, 1, 1).toordinal() + (n * 7919 + seed) % 9000)
        precision = (Precision.DAY, Precision.DAY, Precision.MONTH, Precision.YEAR)[n % 4]
        if precision is Precision.MONTH:
            start, end, value = day.replace(day=1), day.replace(day=28), f"{day:%Y-%m}"
        elif precision is Precision.YEAR:
            start, end, value = date(day.year, 1, 1), date(day.year, 12, 31), f"{day:%Y}"
        else:
            start, end, value = day, day, day.isoformat()
        events.append(
            replace(
                base,
                id=f"e{n}",
                title=f"{base.title} #{n}",
                date=value,
                start=start,
                end=end,
                precision=precision,
                status=statuses[n % len(statuses)],
                actors=(f"Actor {n % 13}",),
            )
        )
    return events
