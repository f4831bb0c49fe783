"""KnowledgeGraph: triples on an ``nx.MultiDiGraph``, merging, communities, centrality, paths, statistics."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from typing import Any, Literal

import networkx as nx

from graphs.resolve import Embedder, Resolution, normalize_name, resolve_entities
from graphs.schema import Provenance, Triple

__all__ = ["KnowledgeGraph", "PathStep"]

_EDGE_FIELDS = ("relation", "relation_text", "stance", "subject_type", "object_type", "subject_surface",
                "object_surface")


@dataclass(frozen=True)
class PathStep:
    """One hop of a path: ``relations`` lists (label, "forward"|"backward") for edges joining the two."""

    source: str
    target: str
    relations: tuple[tuple[str, str], ...]

    def describe(self) -> str:
        labels = ", ".join(f"{r}" if d == "forward" else f"<-{r}-" for r, d in self.relations)
        return f"{self.source} --[{labels}]--> {self.target}"


def _node_type(types: dict[str, int]) -> str:
    return min(types, key=lambda t: (t == "concept", -types[t], t)) if types else "concept"


class KnowledgeGraph:
    """A directed multigraph of triples. Nodes are entity names with attributes ``type``, ``types`` (type
    -> count), ``mentions``, ``aliases`` and ``debates``; each edge holds one triple (relation label,
    original wording, stance, types, provenance as a JSON-plain dict)."""

    def __init__(self, graph: nx.MultiDiGraph | None = None) -> None:
        self.graph: nx.MultiDiGraph = graph if graph is not None else nx.MultiDiGraph()

    # building ---------------------------------------------------------------------------------------
    @classmethod
    def from_triples(cls, triples: Iterable[Triple]) -> KnowledgeGraph:
        kg = cls()
        kg.add_triples(triples)
        return kg

    def _touch_node(self, name: str, node_type: str, surface: str | None, debate: str | None) -> None:
        g = self.graph
        if name not in g:
            g.add_node(name, type=node_type, types={}, mentions=0, aliases=[], debates=[])
        data = g.nodes[name]
        data["types"][node_type] = data["types"].get(node_type, 0) + 1
        data["type"] = _node_type(data["types"])
        data["mentions"] += 1
        if surface and surface != name and surface not in data["aliases"]:
            data["aliases"] = sorted([*data["aliases"], surface])
        if debate and debate not in data["debates"]:
            data["debates"] = sorted([*data["debates"], debate])

    def add_triple(self, triple: Triple) -> None:
        debate = triple.provenance.debate_id
        self._touch_node(triple.subject, triple.subject_type, triple.subject_surface, debate)
        self._touch_node(triple.object, triple.object_type, triple.object_surface, debate)
        attrs = {name: getattr(triple, name) for name in _EDGE_FIELDS}
        attrs["provenance"] = triple.provenance.model_dump(mode="json", exclude_none=True)
        attrs["seq"] = seq = int(self.graph.graph.get("n_triples", 0))
        self.graph.graph["n_triples"] = seq + 1
        self.graph.add_edge(triple.subject, triple.object, **attrs)

    def add_triples(self, triples: Iterable[Triple]) -> None:
        for triple in triples:
            self.add_triple(triple)

    def triples(self) -> list[Triple]:
        """Every triple, in insertion order (lossless: ``from_triples(kg.triples())`` rebuilds the graph)."""
        out = []
        edges = sorted(self.graph.edges(data=True), key=lambda e: e[2].get("seq", 0))
        for u, v, data in edges:
            fields = {name: data.get(name) for name in _EDGE_FIELDS}
            fields = {k: val for k, val in fields.items() if val is not None}
            out.append(Triple(subject=u, object=v, provenance=Provenance(**data.get("provenance", {})), **fields))
        return out

    def merge(self, *others: KnowledgeGraph) -> KnowledgeGraph:
        """A new graph holding the triples of this graph and the others (e.g. several debates)."""
        merged = KnowledgeGraph()
        for kg in (self, *others):
            merged.add_triples(kg.triples())
        return merged

    def resolved(self, *, aliases: dict[str, str] | None = None, embedder: Embedder | None = None,
                 threshold: float = 0.9) -> tuple[KnowledgeGraph, Resolution]:
        """A copy with entities resolved (see :func:`graphs.resolve.resolve_entities`) and the resolution."""
        triples = self.triples()
        resolution = resolve_entities(triples, aliases=aliases, embedder=embedder, threshold=threshold)
        return KnowledgeGraph.from_triples(resolution.apply(triples)), resolution

    # analysis ---------------------------------------------------------------------------------------
    def find_node(self, name: str) -> str | None:
        """The node called ``name``: exact match, then case-insensitive, then by normalised name, then alias."""
        if name in self.graph:
            return name
        key = normalize_name(name)
        for match in (lambda n: n.casefold() == name.casefold(), lambda n: normalize_name(n) == key):
            hits = sorted(n for n in self.graph if match(n))
            if hits:
                return hits[0]
        hits = sorted(n for n, d in self.graph.nodes(data=True)
                      if any(normalize_name(a) == key for a in d.get("aliases", ())))
        return hits[0] if hits else None

    def communities(self, seed: int = 0) -> list[list[str]]:
        """Louvain communities (seeded, deterministic), largest first, each sorted by name."""
        if self.graph.number_of_nodes() == 0:
            return []
        found = nx.community.louvain_communities(self.graph.to_undirected(), seed=seed)
        return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))

    def community_of(self, seed: int = 0) -> dict[str, int]:
        return {n: i for i, members in enumerate(self.communities(seed)) for n in members}

    def centrality(self, kind: Literal["degree", "pagerank", "betweenness"] = "degree") -> dict[str, float]:
        """Node centrality as plain floats."""
        g = self.graph
        if g.number_of_nodes() == 0:
            return {}
        if kind == "degree":
            values = nx.degree_centrality(g)
        elif kind == "pagerank":
            simple = nx.DiGraph()
            simple.add_nodes_from(g)
            for u, v in g.edges():
                w = simple.get_edge_data(u, v, default={"weight": 0})["weight"]
                simple.add_edge(u, v, weight=w + 1)
            values = nx.pagerank(simple, weight="weight")
        elif kind == "betweenness":
            values = nx.betweenness_centrality(nx.Graph(g.to_undirected()))
        else:
            raise ValueError(f"unknown centrality kind {kind!r}")
        return {n: float(x) for n, x in values.items()}

    def _steps(self, nodes: list[str]) -> list[PathStep]:
        steps = []
        for u, v in zip(nodes, nodes[1:], strict=False):
            rel = [(d["relation"], "forward") for d in self.graph.get_edge_data(u, v, default={}).values()]
            rel += [(d["relation"], "backward") for d in self.graph.get_edge_data(v, u, default={}).values()]
            steps.append(PathStep(u, v, tuple(sorted(set(rel)))))
        return steps

    def shortest_path(self, source: str, target: str) -> list[PathStep] | None:
        """Shortest path ignoring direction, with the relation labels of each hop; None if unconnected.
        Raises KeyError for a name that is not in the graph (use :meth:`find_node` first)."""
        for name in (source, target):
            if name not in self.graph:
                raise KeyError(name)
        try:
            nodes = nx.shortest_path(self.graph.to_undirected(as_view=True), source, target)
        except nx.NetworkXNoPath:
            return None
        return self._steps(nodes)

    def simple_paths(self, source: str, target: str, *, max_hops: int = 4, limit: int = 10) -> list[list[PathStep]]:
        """Up to ``limit`` simple paths of at most ``max_hops`` hops, shortest first."""
        for name in (source, target):
            if name not in self.graph:
                raise KeyError(name)
        if source == target:
            return [[]]
        simple = nx.Graph(self.graph.to_undirected())
        try:
            paths = nx.shortest_simple_paths(simple, source, target)
            found = [p for p in islice(paths, limit * 4) if len(p) - 1 <= max_hops]
        except nx.NetworkXNoPath:
            return []
        return [self._steps(p) for p in found[:limit]]

    def stats(self, *, seed: int = 0, top: int = 10) -> dict[str, Any]:
        """Summary statistics (counts, types, relations, stances, components, communities, top nodes)."""
        g = self.graph
        edges = list(g.edges(data=True))
        degree = self.centrality("degree")
        return {
            "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "node_types": dict(Counter(d["type"] for _, d in g.nodes(data=True)).most_common()),
            "relations": dict(Counter(d["relation"] for _, _, d in edges).most_common()),
            "stances": dict(Counter(d.get("stance", "unknown") for _, _, d in edges).most_common()),
            "debates": sorted({x for _, d in g.nodes(data=True) for x in d.get("debates", [])}),
            "components": nx.number_weakly_connected_components(g) if g.number_of_nodes() else 0,
            "communities": len(self.communities(seed)),
            "density": float(nx.density(g)) if g.number_of_nodes() > 1 else 0.0,
            "top_nodes": [n for n, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:top]],
        }

    def __len__(self) -> int:
        return self.graph.number_of_nodes()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KnowledgeGraph):
            return NotImplemented
        return (dict(self.graph.nodes(data=True)) == dict(other.graph.nodes(data=True))
                and self.triples() == other.triples())

    __hash__ = None  # type: ignore[assignment]
