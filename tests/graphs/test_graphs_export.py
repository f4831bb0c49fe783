import csv
import io
import json
import os

import networkx as nx
import pytest

from graphs import (
    GraphInputError,
    KnowledgeGraph,
    from_graphml,
    from_json_data,
    graphml_text,
    load_graph,
    load_triples,
    to_json,
    triples_csv,
    write_json,
)
from graphs.io import load_transcript


def test_json_round_trip_is_lossless(sample_triples, tmp_path):
    kg = KnowledgeGraph.from_triples(sample_triples)
    kg.graph.graph["extraction"] = [{"turn": 0, "status": "ok"}]
    path = write_json(kg, tmp_path / "g.json")
    back = load_graph(path)
    assert back == kg and back.triples() == sample_triples
    assert nx.node_link_data(back.graph, edges="edges") == nx.node_link_data(kg.graph, edges="edges")
    assert to_json(back) == to_json(kg)


def test_graphml_round_trip(sample_triples, tmp_path):
    kg = KnowledgeGraph.from_triples(sample_triples)
    text = graphml_text(kg)
    raw = nx.parse_graphml(text, force_multigraph=True)  # plain GraphML readers accept it
    assert raw.number_of_nodes() == 6 and raw.number_of_edges() == 5
    assert all(not isinstance(v, (list, dict)) for _, d in raw.nodes(data=True) for v in d.values())
    (tmp_path / "g.graphml").write_text(text)
    for back in (from_graphml(text), from_graphml(tmp_path / "g.graphml")):
        assert back == kg and back.triples() == sample_triples


def test_csv_of_triples_and_formula_guard(sample_triples, tmp_path):
    from graphs import Triple

    triples = [*sample_triples, Triple(subject="=HYPERLINK(\"x\")", relation="causes", relation_text="causes", object="@SUM(1)")]
    text = triples_csv(triples)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 6 and rows[0]["span_start"] == "0" and json.loads(rows[0]["expert_scalings"])["bio"] == 0.6
    assert rows[5]["subject"].startswith("'=")
    (tmp_path / "t.csv").write_text(text)
    back = load_triples(tmp_path / "t.csv")
    assert back == triples


def test_load_triples_formats(tmp_path):
    (tmp_path / "t.jsonl").write_text('{"subject": "a", "relation": "improves", "object": "b"}\n\n'
                                      '{"subject": "b", "relation": "is part of", "object": "c", "object_type": "Structures"}\n')
    got = load_triples(tmp_path / "t.jsonl")
    assert [(t.key(), t.relation_text) for t in got] == [(("a", "increases", "b"), "improves"),
                                                        (("b", "part_of", "c"), "is part of")]
    assert got[1].object_type == "structure"
    (tmp_path / "t.json").write_text(json.dumps({"triples": [{"subject": "a", "relation": "x", "object": "b"}]}))
    assert load_triples(tmp_path / "t.json")[0].relation == "related_to"


@pytest.mark.parametrize("name,content,match", [
    ("bad.jsonl", '{"subject": "a", "relation": "r", "object": "b"}\n{"subject": "a"', r"bad.jsonl:2: invalid JSON"),
    ("bad2.jsonl", '{"subject": "a", "relation": "r"}\n', r"bad2.jsonl:1: field 'object'"),
    ("bad.csv", "subject,object\na,b\n", r"bad.csv:1: CSV header lacks column\(s\) relation"),
    ("bad2.csv", "subject,relation,object,turn\na,r,b,x\n", r"bad2.csv:2: field 'turn'"),
    ("bad.json", '{"format": "xlora-agents.knowledge-graph", "graph": 3}', r"bad.json: field 'graph'"),
    ("bad3.json", '{"nothing": 1}', r"bad3.json: field 'triples'"),
    ("bin.csv", b"\xff\xfe\x00", r"bin.csv: not UTF-8"),
])
def test_bad_input_names_file_line_field(tmp_path, name, content, match):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(GraphInputError, match=match):
        load_graph(path) if name.startswith("bad.json") else load_triples(path)


def test_missing_file_and_transcript(tmp_path):
    with pytest.raises(GraphInputError, match="file not found"):
        load_triples(tmp_path / "nope.csv")
    (tmp_path / "t.jsonl").write_text('{"turn": 0, "text": "hi"}\n[1]\n')
    with pytest.raises(GraphInputError, match="t.jsonl:2"):
        load_transcript(tmp_path / "t.jsonl")


def test_from_json_data_rejects_other_formats():
    with pytest.raises(GraphInputError, match="format"):
        from_json_data({"nodes": []})


def test_atomic_write_leaves_old_file_on_failure(sample_triples, tmp_path, monkeypatch):
    kg = KnowledgeGraph.from_triples(sample_triples)
    target = tmp_path / "g.json"
    target.write_text("old")

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_json(kg, target)
    assert target.read_text() == "old" and os.listdir(tmp_path) == ["g.json"]
