"""Benchmark (not a test): export a synthetic 2,000-node knowledge graph; print times and file sizes.

Run: .venv/bin/python benchmarks/graph_export.py [--nodes 2000] [--out DIR]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from graphs import KnowledgeGraph, Provenance, Triple, graphml_text, render_graph_html, to_json, triples_csv
from graphs.schema import NODE_TYPES, RELATIONS


def synthetic_graph(n_nodes: int, seed: int = 0) -> KnowledgeGraph:
    """Clustered random graph: about 1.5 triples per node, with provenance on every triple."""
    rng = random.Random(seed)
    names = [f"concept {i}" for i in range(n_nodes)]
    triples = []
    for i, name in enumerate(names):
        for _ in range(1 if i % 2 else 2):
            j = (i + rng.randint(1, 25)) % n_nodes if rng.random() < 0.9 else rng.randrange(n_nodes)
            if j == i:
                continue
            prov = Provenance(debate_id=f"debate-{i % 5}", round=i % 4, turn=i % 40, speaker=f"agent {i % 3}",
                              role="critic", span=(0, 40), evidence=f"{name} relates to {names[j]}.",
                              expert_scalings={"bio": rng.random(), "mech": rng.random()})
            triples.append(Triple(subject=name, subject_type=NODE_TYPES[i % len(NODE_TYPES)],
                                  relation=RELATIONS[rng.randrange(len(RELATIONS))], relation_text="links",
                                  object=names[j], object_type=NODE_TYPES[j % len(NODE_TYPES)],
                                  stance="asserted", provenance=prov))
    return KnowledgeGraph.from_triples(triples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="graph-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    kg = synthetic_graph(args.nodes)
    print(f"built: {kg.graph.number_of_nodes()} nodes, {kg.graph.number_of_edges()} triples "
          f"in {time.perf_counter() - start:.2f} s")
    for name, render in (("graph.html", lambda: render_graph_html(kg, title="benchmark")),
                         ("graph.graphml", lambda: graphml_text(kg)), ("graph.json", lambda: to_json(kg)),
                         ("triples.csv", lambda: triples_csv(kg))):
        start = time.perf_counter()
        text = render()
        elapsed = time.perf_counter() - start
        (out / name).write_text(text, encoding="utf-8")
        size = (out / name).stat().st_size
        print(f"{name:14s} {elapsed:6.2f} s  {size / 1e6:6.2f} MB")
    print(f"files in {out}")


if __name__ == "__main__":
    main()
