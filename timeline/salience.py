"""Rank events by salience, so that a timeline of many articles can show the few that matter."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.model import Event, Precision

_FINENESS = {precision: rank for rank, precision in enumerate(Precision)}  # finest first


def rank_key(event: Event) -> tuple[float, int, int, int, int, str]:
    """Sort key, most salient first: salience, then more reporting documents, a finer date, an
    earlier date (day ordinals: plain ints sort fast), and the id so that the order is total."""
    documents = len({source.document for source in event.sources})
    return (
        -round(event.salience, 3),
        -documents,
        _FINENESS[event.precision],
        event.start.toordinal(),
        event.end.toordinal(),
        event.id,
    )


def salience_ranks(events: Sequence[Event]) -> list[int]:
    """Each event's place in the salience order (0: the most salient)."""
    order = sorted(range(len(events)), key=lambda i: rank_key(events[i]))
    ranks = [0] * len(events)
    for rank, index in enumerate(order):
        ranks[index] = rank
    return ranks


def top_events(events: Sequence[Event], n: int) -> list[Event]:
    """The ``n`` most salient events, in their original order."""
    if n < 0:
        raise ValueError(f"n must be at least 0, not {n}")
    ranks = salience_ranks(events)
    return [event for event, rank in zip(events, ranks, strict=True) if rank < n]
