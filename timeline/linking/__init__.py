"""Linking: merge reports of the same event across documents, relate events the text orders, and
build the event graph."""

from timeline.linking.graph import build_graph
from timeline.linking.io import read_graph, write_graph
from timeline.linking.merge import merge_events
from timeline.linking.relations import Relation, find_relations, find_relations_batch, merged_relations

__all__ = [
    "Relation",
    "build_graph",
    "find_relations",
    "find_relations_batch",
    "merge_events",
    "merged_relations",
    "read_graph",
    "write_graph",
]
