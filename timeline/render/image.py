"""Static images of the timeline (PNG, SVG, PDF) through kaleido driving Debian's Chromium.

Kaleido never downloads a browser here: it is pointed at ``$BROWSER_PATH`` or
``/usr/bin/chromium`` (headless, no sandbox, so it also runs as root), with plotly.js from the
plotly package and MathJax off, so that it works offline.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from timeline.atomic import write_bytes
from timeline.errors import TimelineError
from timeline.model import Event
from timeline.render.figure import build_figure, order_events

CHROMIUM = "/usr/bin/chromium"
FORMATS = ("png", "svg", "pdf")


def chromium_path() -> str:
    """The Chromium binary to use: ``$BROWSER_PATH`` if set, else Debian's ``/usr/bin/chromium``."""
    path = os.environ.get("BROWSER_PATH") or CHROMIUM
    if not os.access(path, os.X_OK):
        raise TimelineError(f"image export needs Chromium at {path} (install it: apt-get install chromium)")
    return path


def render_image(
    events: Sequence[Event],
    *,
    format: str = "png",
    width: int = 1200,
    height: int = 600,
    scale: float = 1.0,
    title: str | None = "Timeline",
    subtitle: str | None = None,
    lanes: str = "status",
    theme: str = "light",
) -> bytes:
    """The timeline of ``events`` as image bytes (``format``: png, svg or pdf)."""
    if format not in FORMATS:
        raise TimelineError(f"cannot write a .{format} image: use .png, .svg or .pdf")
    browser = chromium_path()
    figure = build_figure(
        order_events(events), lanes=lanes, theme=theme, interactive=False, title=title, subtitle=subtitle
    )
    figure["layout"].update(width=width, height=height)

    import kaleido

    options = {"format": format, "width": width, "height": height, "scale": scale}
    try:
        return kaleido.calc_fig_sync(figure, opts=options, kopts={"path": browser, "mathjax": False})
    except Exception as exc:  # kaleido's own errors name no stable base class
        raise TimelineError(f"image export with Chromium at {browser} failed: {exc}") from exc


def write_image(
    events: Sequence[Event],
    path: str | os.PathLike[str],
    *,
    width: int = 1200,
    height: int = 600,
    scale: float = 1.0,
    title: str | None = "Timeline",
    subtitle: str | None = None,
    lanes: str = "status",
    theme: str = "light",
) -> None:
    """Write the timeline as a static image; the format comes from the suffix (.png .svg .pdf)."""
    data = render_image(
        events,
        format=Path(path).suffix.lower().lstrip("."),
        width=width,
        height=height,
        scale=scale,
        title=title,
        subtitle=subtitle,
        lanes=lanes,
        theme=theme,
    )
    write_bytes(path, data)
