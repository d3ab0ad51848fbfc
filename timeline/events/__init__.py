"""Event extraction: dated :class:`~timeline.model.Event` records from a document's time expressions."""

from timeline.events.extract import event_id, extract_events, extract_events_batch

__all__ = ["event_id", "extract_events", "extract_events_batch"]
