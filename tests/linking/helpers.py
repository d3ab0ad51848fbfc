"""Events built by hand for linking tests: one report of one article each."""

from __future__ import annotations

from datetime import date

from timeline.events import event_id
from timeline.model import Event, Source, Span, Status
from timeline.temporal.values import value_range


def report(
    title: str,
    value: str,
    document: str,
    *,
    trigger: str | None = None,
    status: Status = Status.OCCURRED,
    actors: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
    dct: date | None = None,
    salience: float = 0.5,
) -> Event:
    """An event as one article reports it; the trigger defaults to the title's last word."""
    calendar = value_range(value)
    assert calendar is not None, value
    start, end, precision = calendar
    word = trigger or title.split()[-1]
    sentence = f"{title} on {value}."
    time_span = Span(len(title) + 4, len(title) + 4 + len(value))
    trigger_span = Span(title.index(word), title.index(word) + len(word))
    source = Source(
        document, sentence, Span(0, len(sentence)), value, time_span, word, trigger_span, dct=dct, value=value
    )
    return Event(
        id=event_id(document, time_span, trigger_span),
        title=title,
        date=value,
        start=start,
        end=end,
        precision=precision,
        status=status,
        sentence=sentence,
        document=document,
        time_text=value,
        time_span=time_span,
        trigger=word,
        trigger_span=trigger_span,
        actors=actors,
        places=places,
        sources=(source,),
        salience=salience,
    )
