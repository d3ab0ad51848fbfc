"""Event graph files: networkx node-link JSON or GraphML by suffix, written atomically."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from timeline import atomic

FORMATS = (".json", ".graphml")


def _suffix(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: unknown graph format {suffix!r}; use one of {', '.join(FORMATS)}")
    return suffix


def write_graph(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``graph`` as node-link JSON (``.json``) or GraphML (``.graphml``), atomically."""
    if _suffix(path) == ".json":
        data = nx.node_link_data(graph, edges="edges")
        atomic.write_text(path, json.dumps(data, ensure_ascii=False, indent=1))
    else:
        atomic.write_text(path, "\n".join(nx.generate_graphml(graph)) + "\n")


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a graph written by :func:`write_graph`."""
    if _suffix(path) == ".json":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        edges = "links" if "links" in data and "edges" not in data else "edges"  # older networkx files
        return nx.node_link_graph(data, directed=True, multigraph=True, edges=edges)
    return nx.MultiDiGraph(nx.read_graphml(path, force_multigraph=True))
