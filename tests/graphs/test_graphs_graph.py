import networkx as nx
import pytest

from graphs import KnowledgeGraph, Provenance, Triple


def test_add_and_triples_round_trip(sample_triples):
    kg = KnowledgeGraph.from_triples(sample_triples)
    assert isinstance(kg.graph, nx.MultiDiGraph)
    assert kg.triples() == sample_triples
    assert kg.graph.nodes["toughness"]["type"] == "property" and kg.graph.nodes["toughness"]["mentions"] == 4
    assert kg.graph.nodes["spider silk"]["debates"] == ["d1"]


def test_merge_debates(sample_triples):
    other = [Triple(subject="spider silk", relation="has_property", object="toughness",
                    provenance=Provenance(debate_id="d2"))]
    a, b = KnowledgeGraph.from_triples(sample_triples), KnowledgeGraph.from_triples(other)
    merged = a.merge(b)
    assert merged.graph.number_of_edges() == 6 and merged.graph.number_of_nodes() == 6
    assert merged.graph.nodes["spider silk"]["debates"] == ["d1", "d2"]
    assert a.graph.number_of_edges() == 5  # inputs untouched


def test_communities_are_deterministic(sample_triples):
    extra = [Triple(subject=f"x{i}", relation="related_to", object=f"x{i + 1}") for i in range(6)]
    kg = KnowledgeGraph.from_triples(sample_triples + extra)
    first = kg.communities(seed=3)
    assert first == kg.communities(seed=3) == KnowledgeGraph.from_triples(sample_triples + extra).communities(seed=3)
    assert sorted(n for c in first for n in c) == sorted(kg.graph.nodes)


def test_centrality(sample_triples):
    kg = KnowledgeGraph.from_triples(sample_triples)
    for kind in ("degree", "pagerank", "betweenness"):
        values = kg.centrality(kind)
        assert set(values) == set(kg.graph.nodes) and all(isinstance(v, float) for v in values.values())
    assert max(kg.centrality("degree"), key=kg.centrality("degree").get) == "toughness"
    with pytest.raises(ValueError):
        kg.centrality("nope")


def test_paths_with_relations(sample_triples):
    kg = KnowledgeGraph.from_triples(sample_triples)
    steps = kg.shortest_path("spidroin", "tensile test")
    assert [s.describe() for s in steps] == [
        "spidroin --[<-made_of-]--> spider silk", "spider silk --[has_property]--> toughness",
        "toughness --[measured_by]--> tensile test"]
    paths = kg.simple_paths("keratin", "beta sheet", max_hops=3)
    assert len(paths) == 1 and [s.target for s in paths[0]] == ["toughness", "beta sheet"]
    kg.add_triple(Triple(subject="island", relation="related_to", object="isle"))
    assert kg.shortest_path("island", "toughness") is None
    with pytest.raises(KeyError):
        kg.shortest_path("nowhere", "toughness")


def test_stats(sample_triples):
    stats = KnowledgeGraph.from_triples(sample_triples).stats()
    assert stats["nodes"] == 6 and stats["edges"] == 5 and stats["components"] == 1
    assert stats["relations"]["has_property"] == 2 and stats["top_nodes"][0] == "toughness"
    assert stats["stances"] == {"unknown": 3, "asserted": 1, "challenged": 1}
    assert KnowledgeGraph().stats()["nodes"] == 0
