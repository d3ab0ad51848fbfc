"""Rendering: the interactive HTML timeline (page or embeddable fragment) and static images.

render_html(events, title=, subtitle=, lanes=, embed=, theme=) -> str
write_html(events, path, **same options)
write_image(events, path, width=, height=, title=, subtitle=, lanes=, theme=, scale=)
"""

from __future__ import annotations

from timeline.render.image import write_image
from timeline.render.page import render_html, write_html

__all__ = ["render_html", "write_html", "write_image"]
