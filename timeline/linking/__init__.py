"""Linking: merge reports of the same event across documents and build the event graph."""

from timeline.linking.graph import build_graph
from timeline.linking.io import read_graph, write_graph
from timeline.linking.merge import merge_events

__all__ = ["build_graph", "merge_events", "read_graph", "write_graph"]
