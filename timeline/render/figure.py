"""The plotly figure of a timeline, as plain JSON-ready dicts (no plotly import needed).

Events are grouped into lanes (by status, source, actor or place) stacked top to bottom; inside
a lane each event gets a row so that overlapping events and their labels do not overprint.  A
few events are all labelled; of many, only the most salient (the rest show on hover).
Day-or-finer events are points; coarser ones (week, month, year ...) are bars from their first
to their last day.  Planned, expected and hypothetical events are hollow (points) or dashed
(bars).  Every string that reaches plotly goes through :func:`escape`: plotly renders text
as a small HTML subset.  Hover text is not in the figure (plotly's own hover label is off):
the page shows a card built from its table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from timeline.day import Day
from timeline.model import Event, Status, chronological
from timeline.salience import salience_ranks

LANE_KINDS = ("status", "source", "actor", "place", "none")
THEMES = ("light", "dark")

MAX_LANES = 10  # more lanes than this are folded into "other"
MAX_ROWS = 6  # rows per lane; past this, events share the row that frees up first
LABEL_LIMIT = 60  # label every event on the chart when there are this few ...
SALIENT_LABELS = 30  # ... else only the this many most salient (the rest on hover)
WEBGL_LIMIT = 2000  # draw with scattergl (WebGL) above this many events
LABEL_CHARS = 40
ROW_PX = 24
CHAR_PX = 6.5
PLOT_PX = 1000.0

PALETTE = (
    "#4E79A7",
    "#F28E2B",
    "#59A14F",
    "#E15759",
    "#B07AA1",
    "#76B7B2",
    "#EDC948",
    "#FF9DA7",
    "#9C755F",
    "#BAB0AC",
    "#7F7F7F",
)

# marker symbol for point events and line dash for spans, per status
STATUS_STYLE: dict[Status, tuple[str, str]] = {
    Status.OCCURRED: ("circle", "solid"),
    Status.ONGOING: ("diamond", "solid"),
    Status.PLANNED: ("circle-open", "10px,5px"),
    Status.EXPECTED: ("diamond-open", "10px,5px"),
    Status.HYPOTHETICAL: ("square-open", "3px,4px"),
    Status.NEGATED: ("x-open", "3px,4px"),
    Status.UNKNOWN: ("circle-open-dot", "16px,4px"),
}

THEME_COLORS: dict[str, dict[str, str]] = {
    "light": {
        "paper": "#ffffff",
        "font": "#1f2328",
        "grid": "#e4e6ea",
        "band": "rgba(0,0,0,0.035)",
        "label": "rgba(255,255,255,0.85)",
    },
    "dark": {
        "paper": "#15181d",
        "font": "#e6e8eb",
        "grid": "#2c323a",
        "band": "rgba(255,255,255,0.045)",
        "label": "rgba(21,24,29,0.85)",
    },
}


def escape(text: str) -> str:
    """Text shown literally by plotly, which decodes numeric entities but not ``&quot;``."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&#34;")
        .replace("'", "&#39;")
    )


def order_events(events: Sequence[Event]) -> list[Event]:
    """Chronological order (then shortest first, then id): the order of the table and the figure."""
    return sorted(events, key=chronological)


def is_span(event: Event) -> bool:
    """True when the event covers more than one calendar day (week, month, year ...)."""
    return event.end > event.start


def lane_key(event: Event, lanes: str) -> str:
    """The raw (unescaped) lane name of an event."""
    if lanes == "status":
        return event.status.value
    if lanes == "source":
        first = event.sources[0] if event.sources else None
        return (first.document_title if first and first.document_title else None) or event.document
    if lanes == "actor":
        return event.actors[0] if event.actors else "(no actor)"
    if lanes == "place":
        return event.places[0] if event.places else "(no place)"
    return "events"


def assign_lanes(events: Sequence[Event], lanes: str) -> tuple[list[str], list[int]]:
    """Ordered lane names and each event's lane index; rare lanes past MAX_LANES become "other"."""
    if lanes not in LANE_KINDS:
        raise ValueError(f"lanes must be one of {', '.join(LANE_KINDS)}, not {lanes!r}")
    keys = [lane_key(event, lanes) for event in events]
    counts = Counter(keys)
    if lanes == "status":
        names = [status.value for status in Status if status.value in counts]
    else:
        names = sorted(counts, key=lambda name: (-counts[name], name))
    if len(names) > MAX_LANES:
        names = [*names[: MAX_LANES - 1], "other"]
    index = {name: i for i, name in enumerate(names)}
    other = len(names) - 1
    return names, [index.get(key, other) for key in keys]


def pack_rows(intervals: Sequence[tuple[float, float]], max_rows: int = MAX_ROWS) -> list[int]:
    """Greedy interval packing: the first row free at each start, else the row that frees up first.

    ``intervals`` must be sorted by start.
    """
    row_ends: list[float] = []
    loads: list[int] = []
    rows: list[int] = []
    for start, end in intervals:
        row = next((r for r, busy_until in enumerate(row_ends) if busy_until < start), None)
        if row is None and len(row_ends) < max_rows:
            row = len(row_ends)
            row_ends.append(end)
            loads.append(0)
        elif row is None:
            row = min(range(len(row_ends)), key=lambda r: (row_ends[r], loads[r]))
        row_ends[row] = max(row_ends[row], end)
        loads[row] += 1
        rows.append(row)
    return rows


def label(event: Event) -> str:
    """The short chart label of an event, escaped."""
    title = event.title if len(event.title) <= LABEL_CHARS else event.title[: LABEL_CHARS - 1] + "…"
    return escape(title)


@dataclass(frozen=True)
class Geometry:
    """Where each event sits: lane names, the y of each event, lane tick positions and bands."""

    names: list[str]
    lane_of: list[int]
    y: list[float]
    ticks: list[float]
    bands: list[tuple[float, float]]
    x_range: list[str] | None  # first day to the end of the last label, padded


def salient_labels(events: Sequence[Event], geometry: Geometry, ranks: Sequence[int], most: int) -> list[int]:
    """The events to label, at most ``most``: the most salient first (``ranks``:
    :func:`salience_ranks`), each only where its label overprints no label already kept in its row
    (rows overflow where more events overlap than a lane has rows)."""
    if not events:
        return []
    first = min(e.start.ordinal for e in events)
    days_per_px = max(max(e.end.ordinal for e in events) + 1 - first, 1) / PLOT_PX
    kept: dict[float, list[tuple[float, float]]] = {}
    chosen: list[int] = []
    for i in sorted(range(len(events)), key=ranks.__getitem__):
        start = events[i].start.ordinal
        extent = (start, start + (14 + len(label(events[i])) * CHAR_PX) * days_per_px)
        row = kept.setdefault(geometry.y[i], [])
        if all(extent[1] < low or high < extent[0] for low, high in row):
            row.append(extent)
            chosen.append(i)
            if len(chosen) == most:
                break
    return sorted(chosen)


def layout_rows(events: Sequence[Event], lanes: str, labelled: bool) -> Geometry:
    """Stack lanes top to bottom and pack each lane's events into rows (y grows downwards)."""
    names, lane_of = assign_lanes(events, lanes)
    if not events:
        return Geometry(names, lane_of, [], [], [], None)
    first = min(e.start.ordinal for e in events)
    last = max(e.end.ordinal for e in events) + 1
    days_per_px = max(last - first, 1) / PLOT_PX
    members: list[list[int]] = [[] for _ in names]
    for i, lane in enumerate(lane_of):
        members[lane].append(i)
    y = [0.0] * len(events)
    ticks: list[float] = []
    bands: list[tuple[float, float]] = []
    top = 0.0
    right = float(last)
    for lane_members in members:
        intervals = []
        for i in lane_members:
            event = events[i]
            start = event.start.ordinal
            extent_px = 14 + (len(label(event)) * CHAR_PX if labelled else 0)
            end = max(event.end.ordinal + 1, start + extent_px * days_per_px)
            intervals.append((float(start), end))
        rows = pack_rows(intervals)
        right = max([right, *(end for _, end in intervals)])
        for i, row in zip(lane_members, rows, strict=True):
            y[i] = top + row
        height = max(rows, default=0) + 1
        bands.append((top - 0.5, top + height - 0.5))
        ticks.append(top + (height - 1) / 2)
        top = round(top + height + 0.6, 1)  # short JSON numbers
    pad = (right - first) * 0.03 + 1
    x_range = [Day(int(first - pad)).isoformat(), Day(int(right + pad)).isoformat()]
    return Geometry(names, lane_of, y, ticks, bands, x_range)


def _rgba(hex_color: str, alpha: float) -> str:
    red, green, blue = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


def _point_trace(
    events: Sequence[Event],
    members: list[int],
    geometry: Geometry,
    color: str,
    kind: str,
    labels: Collection[int],
) -> dict[str, Any]:
    """One lane's single-day events as markers; the marker symbol shows the status."""
    trace: dict[str, Any] = {
        "type": kind,
        "mode": "markers+text" if labels else "markers",
        "x": [events[i].start.isoformat() for i in members],
        "y": [geometry.y[i] for i in members],
        "customdata": members,
        "hoverinfo": "none",
        "marker": {
            "color": color,
            "size": 11,
            "symbol": [STATUS_STYLE[events[i].status][0] for i in members],
            "line": {"width": 2, "color": color},
        },
    }
    if labels:
        text = [label(events[i]) if i in labels else "" for i in members]
        trace.update(text=text, textposition="middle right")
    return trace


def _span_trace(
    events: Sequence[Event], members: list[int], geometry: Geometry, color: str, kind: str, dash: str
) -> dict[str, Any]:
    """One lane's multi-day events of one line dash as light bars, from first to after last day.

    SVG bars get a middle vertex too, so that hovering a long bar's middle finds it; WebGL
    bars (thousands of events) are thinner and skip it: software WebGL pays per vertex.
    """
    webgl = kind == "scattergl"
    x: list[str | None] = []
    y: list[float | None] = []
    custom: list[int | None] = []
    for i in members:
        event = events[i]
        stop = event.end + timedelta(days=1)
        middle = [] if webgl else [(event.start + (stop - event.start) / 2).isoformat()]
        x += [event.start.isoformat(), *middle, stop.isoformat(), None]
        y += [geometry.y[i]] * (2 + len(middle)) + [None]
        custom += [i] * (2 + len(middle)) + [None]
    return {
        "type": kind,
        "mode": "lines",
        "x": x,
        "y": y,
        "customdata": custom,
        "hoverinfo": "none",
        "line": {"color": _rgba(color, 0.45), "width": 6 if webgl else 9, "dash": dash},
        "connectgaps": False,
    }


def _span_labels(events: Sequence[Event], members: list[int], geometry: Geometry) -> dict[str, Any]:
    """Labels of a lane's multi-day events, at their start, above the bar (text only, no hover)."""
    return {
        "type": "scatter",
        "mode": "text",
        "x": [events[i].start.isoformat() for i in members],
        "y": [geometry.y[i] for i in members],
        "customdata": members,
        "text": [label(events[i]) for i in members],
        "textposition": "top right",
        "hoverinfo": "skip",
    }


def lane_traces(
    events: Sequence[Event], geometry: Geometry, *, webgl: bool, labels: Collection[int]
) -> list[dict]:
    """Every trace: per lane, the points, then the spans grouped by dash, then span labels
    (``labels``: the events labelled on the traces)."""
    kind = "scattergl" if webgl else "scatter"
    traces: list[dict[str, Any]] = []
    for lane, name in enumerate(geometry.names):
        color = PALETTE[lane % len(PALETTE)]
        members = [i for i, of in enumerate(geometry.lane_of) if of == lane]
        points = [i for i in members if not is_span(events[i])]
        spans = [i for i in members if is_span(events[i])]
        lane_traces: list[dict[str, Any]] = []
        if points:
            lane_traces.append(_point_trace(events, points, geometry, color, kind, labels))
        for dash in dict.fromkeys(style[1] for style in STATUS_STYLE.values()):
            dashed = [i for i in spans if STATUS_STYLE[events[i].status][1] == dash]
            if dashed:
                lane_traces.append(_span_trace(events, dashed, geometry, color, kind, dash))
        labelled_spans = [i for i in spans if i in labels]
        if labelled_spans:
            lane_traces.append(_span_labels(events, labelled_spans, geometry))
        for n, trace in enumerate(lane_traces):
            trace.update(name=escape(name), legendgroup=f"lane{lane}", showlegend=n == 0)
        traces += lane_traces
    return traces


def label_annotations(
    events: Sequence[Event], labelled: Sequence[int], geometry: Geometry, theme: str
) -> list[dict]:
    """Labels of some events as annotations (the range slider does not repeat those) on a light
    backing, beside a point or above the start of a bar; ``name`` is ``event<index>`` so the page
    can hide them."""
    annotations = []
    for i in labelled:
        event = events[i]
        place = {"yanchor": "bottom", "yshift": 4} if is_span(event) else {"yanchor": "middle", "xshift": 8}
        annotations.append(
            {
                "x": event.start.isoformat(),
                "y": geometry.y[i],
                "text": label(event),
                "xanchor": "left",
                "showarrow": False,
                "font": {"size": 11},
                "bgcolor": THEME_COLORS[theme]["label"],
                "name": f"event{i}",
                **place,
            }
        )
    return annotations


def _layout(
    geometry: Geometry,
    *,
    theme: str,
    interactive: bool,
    labelled: bool,
    title: str | None,
    subtitle: str | None,
) -> dict[str, Any]:
    """Axes, lane bands and ticks; the range slider only without text labels (it would repeat them)."""
    colors = THEME_COLORS[theme]
    rows = geometry.bands[-1][1] + 0.5 if geometry.bands else 1.0
    layout: dict[str, Any] = {
        "height": int(min(max(200 + rows * ROW_PX, 320), 1000)),
        "margin": {"l": 10, "r": 20, "t": 90 if title else 50, "b": 30},
        "paper_bgcolor": colors["paper"],
        "plot_bgcolor": colors["paper"],
        "font": {"color": colors["font"], "family": "system-ui, -apple-system, Segoe UI, sans-serif"},
        "hovermode": "closest",
        "hoverlabel": {"align": "left"},
        "showlegend": True,
        "legend": {"orientation": "h", "x": 1, "xanchor": "right", "y": 1.02, "yanchor": "bottom"},
        "xaxis": {
            "type": "date",
            "range": geometry.x_range,
            "gridcolor": colors["grid"],
            "linecolor": colors["grid"],
        },
        "yaxis": {
            "tickvals": geometry.ticks,
            "ticktext": [escape(name) for name in geometry.names],
            "range": [rows - 0.5, -0.7],
            "fixedrange": True,
            "showgrid": False,
            "zeroline": False,
            "automargin": True,
        },
        "shapes": [
            {
                "type": "rect",
                "xref": "paper",
                "yref": "y",
                "x0": 0,
                "x1": 1,
                "y0": low,
                "y1": high,
                "fillcolor": colors["band"],
                "line": {"width": 0},
                "layer": "below",
            }
            for n, (low, high) in enumerate(geometry.bands)
            if n % 2 == 0
        ],
        "uirevision": "timeline",
    }
    if interactive and not labelled:
        layout["xaxis"]["rangeslider"] = {"visible": True, "thickness": 0.08}
    if interactive:
        layout["xaxis"]["rangeselector"] = {
            "buttons": [
                {"step": "all", "label": "all"},
                {"count": 1, "step": "year", "stepmode": "backward", "label": "1 year"},
                {"count": 1, "step": "month", "stepmode": "backward", "label": "1 month"},
            ],
            "bgcolor": colors["grid"],
            "font": {"color": colors["font"]},
        }
    if title:
        layout["title"] = {"text": escape(title), "x": 0.01}
        if subtitle:
            layout["title"]["subtitle"] = {"text": escape(subtitle)}
    if not geometry.names:
        layout["annotations"] = [
            {
                "text": "no dated events",
                "xref": "paper",
                "yref": "paper",
                "x": 0.5,
                "y": 0.5,
                "showarrow": False,
            }
        ]
    return layout


def build_figure(
    events: Sequence[Event],
    *,
    lanes: str = "status",
    theme: str = "light",
    interactive: bool = True,
    title: str | None = None,
    subtitle: str | None = None,
    ranks: Sequence[int] | None = None,
) -> dict[str, Any]:
    """The figure dict of ``events`` (already in :func:`order_events` order).

    ``customdata`` of every hoverable point is the index of its event in ``events`` (``None``
    between the segments of span traces).  ``interactive`` adds the range slider and buttons;
    ``title`` goes into the figure itself (for static images; the page has its own header).
    ``ranks``: the events' :func:`salience_ranks`, if the caller has them already.
    """
    if theme not in THEMES:
        raise ValueError(f"theme must be one of {', '.join(THEMES)}, not {theme!r}")
    every = len(events) <= LABEL_LIMIT  # all labelled, on the traces; else salient annotations
    geometry = layout_rows(events, lanes, every)
    webgl = interactive and len(events) > WEBGL_LIMIT
    layout = _layout(
        geometry, theme=theme, interactive=interactive, labelled=every, title=title, subtitle=subtitle
    )
    ranks = salience_ranks(events) if ranks is None else ranks
    if every:  # those whose label would overprint a more salient one's show on hover only
        labels = frozenset(salient_labels(events, geometry, ranks, len(events)))
    else:
        labels = frozenset()
        layout["annotations"] = label_annotations(
            events, salient_labels(events, geometry, ranks, SALIENT_LABELS), geometry, theme
        )
    return {"data": lane_traces(events, geometry, webgl=webgl, labels=labels), "layout": layout}
