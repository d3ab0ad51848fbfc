"""The event graph: nodes, edge kinds, linear size, and file round trips."""

from __future__ import annotations

import json
import random
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import networkx as nx
import pytest

from tests.linking.helpers import report
from timeline.linking import build_graph, merge_events, read_graph, write_graph
from timeline.linking.graph import BEFORE, INVOLVES, PLAN_OUTCOME, REPORTED_IN, SHARES_ACTOR, actor_node
from timeline.model import Document, Status


def _relations(graph: nx.MultiDiGraph) -> Counter[str]:
    return Counter(data["relation"] for _, _, data in graph.edges(data=True))


@pytest.fixture
def small() -> nx.MultiDiGraph:
    events = [
        report(
            "Lavrov met Rasmussen in Brussels",
            "2011-12-08",
            "a",
            trigger="met",
            actors=("Sergei Lavrov", "NATO"),
            dct=date(2011, 12, 8),
        ),
        report(
            "NATO summit in Chicago",
            "2012-05",
            "a",
            trigger="summit",
            status=Status.PLANNED,
            actors=("NATO",),
            dct=date(2011, 12, 8),
        ),
        report(
            "NATO summit in Chicago opened",
            "2012-05-20",
            "b",
            trigger="summit",
            actors=("NATO",),
            dct=date(2012, 5, 21),
        ),
        report("Arms treaty signed in Prague", "2010-04-08", "b", trigger="signed", dct=date(2012, 5, 21)),
    ]
    return build_graph(merge_events(events), [Document("a", "text", date(2011, 12, 8), title="Talks")])


def test_nodes_and_edge_kinds(small: nx.MultiDiGraph) -> None:
    kinds = Counter(data["kind"] for _, data in small.nodes(data=True))
    assert kinds == {"event": 4, "document": 2, "actor": 2}
    relations = _relations(small)
    assert relations[BEFORE] == 3
    assert relations[REPORTED_IN] == 4
    assert relations[INVOLVES] == 4
    assert relations[SHARES_ACTOR] == 2
    assert relations[PLAN_OUTCOME] == 1
    titles = {n: d.get("title") for n, d in small.nodes(data=True)}
    [(plan, outcome)] = [(u, v) for u, v, k in small.edges(keys=True) if k == PLAN_OUTCOME]
    assert (titles[plan], titles[outcome]) == ("NATO summit in Chicago", "NATO summit in Chicago opened")
    assert small.nodes["doc:a"]["title"] == "Talks"
    assert small.has_edge(plan, actor_node("NATO"))


def test_before_edges_follow_the_calendar(small: nx.MultiDiGraph) -> None:
    for u, v, key in small.edges(keys=True):
        if key == BEFORE:
            assert (
                small.nodes[u]["end"] < small.nodes[v]["start"]
                or small.nodes[u]["start"] < small.nodes[v]["start"]
            )


def test_attributes_are_plain_scalars(small: nx.MultiDiGraph) -> None:
    values = [v for _, d in small.nodes(data=True) for v in d.values()]
    values += [v for _, _, d in small.edges(data=True) for v in d.values()]
    assert all(isinstance(v, str | int | float) for v in values)


def test_edges_grow_linearly_with_events() -> None:
    rng = random.Random(7)
    day = date(2011, 1, 1)
    actors = [f"Actor {i}" for i in range(5)]
    n = 600
    events = [
        report(
            f"Event number {i} happened",
            (day + timedelta(days=rng.randrange(30))).isoformat(),
            f"d{i % 7}",
            trigger="happened",
            actors=(rng.choice(actors),),
        )
        for i in range(n)
    ]
    graph = build_graph(events)
    relations = _relations(graph)
    assert relations[BEFORE] <= 2 * n
    assert relations[SHARES_ACTOR] < n
    assert graph.number_of_edges() <= 5 * n


@pytest.mark.parametrize("suffix", [".json", ".graphml"])
def test_round_trip(small: nx.MultiDiGraph, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"graph{suffix}"
    write_graph(small, path)
    back = read_graph(path)
    assert isinstance(back, nx.MultiDiGraph)
    assert dict(back.nodes(data=True)) == dict(small.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True)) == sorted(small.edges(keys=True, data=True))
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_unknown_graph_format_is_refused(small: nx.MultiDiGraph, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown graph format"):
        write_graph(small, tmp_path / "graph.txt")


def test_graphml_survives_control_characters(tmp_path: Path) -> None:
    event = report("Page\x0cbreak summit", "2011-12-08", "a", trigger="summit")
    graph = build_graph([event], [Document("a", "text", title="Title\x00 with NUL")])
    write_graph(graph, tmp_path / "g.graphml")
    back = read_graph(tmp_path / "g.graphml")
    assert back.nodes[event.id]["title"] == "Pagebreak summit"
    assert back.nodes["doc:a"]["title"] == "Title with NUL"


def test_node_link_files_with_links_key_are_read(small: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(json.dumps(nx.node_link_data(small, edges="links")), encoding="utf-8")
    assert sorted(read_graph(path).edges(keys=True)) == sorted(small.edges(keys=True))
