"""Static export through kaleido and Debian's Chromium: a real, non-blank image of the asked size."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from timeline.errors import TimelineError
from timeline.model import Event
from timeline.render import write_image


def png_pixels(data: bytes) -> tuple[int, int, set[bytes]]:
    """Width, height and the distinct pixel values of an 8-bit RGB(A), non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", data[16:29])
    assert (depth, colour, interlace) in {(8, 2, 0), (8, 6, 0)}
    channels = 3 if colour == 2 else 4
    chunks, at = [], 8
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at : at + 8])
        if kind == b"IDAT":
            chunks.append(data[at + 8 : at + 8 + length])
        at += 12 + length
    raw, stride = zlib.decompress(b"".join(chunks)), width * channels
    previous, pixels = bytearray(stride), set()
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up, corner = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                guess = left + up - corner
                nearest = min(
                    (abs(guess - left), 0, left), (abs(guess - up), 1, up), (abs(guess - corner), 2, corner)
                )
                line[x] = (line[x] + nearest[2]) & 0xFF
        pixels.update(bytes(line[x : x + channels]) for x in range(0, stride, channels))
        previous = line
    return width, height, pixels


@pytest.mark.browser
def test_png_is_a_drawing_of_the_asked_size(tmp_path: Path, events: list[Event]) -> None:
    path = tmp_path / "timeline.png"
    write_image(events, path, width=800, height=400, title="NATO & Russia")
    width, height, pixels = png_pixels(path.read_bytes())
    assert (width, height) == (800, 400)
    assert len(pixels) > 50  # text, markers and bars, not a blank canvas


@pytest.mark.browser
def test_svg_is_vector_with_escaped_text(tmp_path: Path, events: list[Event], hostile: Event) -> None:
    path = tmp_path / "timeline.svg"
    write_image([*events, hostile], path, title="<b>NATO</b> & Russia")
    svg = path.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and 'width="1200"' in svg
    assert "&#60;b&#62;NATO&#60;/b&#62; &amp; Russia" in svg  # shown literally, as text
    assert "<script" not in svg and "onerror" not in svg.replace("onerror=window", "")


def test_missing_chromium_is_one_clear_error(
    tmp_path: Path, events: list[Event], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-chromium"))
    with pytest.raises(TimelineError, match=r"needs Chromium at .*no-chromium"):
        write_image(events, tmp_path / "timeline.png")
    assert not (tmp_path / "timeline.png").exists()


def test_unknown_image_format_is_refused(tmp_path: Path, events: list[Event]) -> None:
    with pytest.raises(TimelineError, match=r"\.gif"):
        write_image(events, tmp_path / "timeline.gif")
