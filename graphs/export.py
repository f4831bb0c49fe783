"""Lossless node-link JSON, GraphML (list/dict attributes flattened to JSON strings) and CSV of triples."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from graphs._fileio import atomic_write_text
from graphs.errors import GraphInputError
from graphs.graph import KnowledgeGraph
from graphs.schema import Triple

__all__ = ["FORMAT", "to_json_data", "from_json_data", "to_json", "graphml_text", "from_graphml",
           "triples_csv", "CSV_COLUMNS", "write_json", "write_graphml", "write_csv", "write_html"]

FORMAT = "xlora-agents.knowledge-graph"
VERSION = 1
CSV_COLUMNS = ("subject", "subject_type", "relation", "relation_text", "object", "object_type", "stance",
               "debate_id", "round", "turn", "speaker", "role", "span_start", "span_end", "evidence",
               "expert_scalings", "source", "subject_surface", "object_surface")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_JSON_KEYS_ATTR = "json_attributes"


def to_json_data(kg: KnowledgeGraph) -> dict[str, Any]:
    """Node-link data (``edges`` key) wrapped with a format marker; JSON-plain and lossless."""
    data = nx.node_link_data(kg.graph, edges="edges")
    return {"format": FORMAT, "version": VERSION, "graph": data}


def to_json(kg: KnowledgeGraph) -> str:
    return json.dumps(to_json_data(kg), ensure_ascii=False, indent=1, allow_nan=False)


def from_json_data(data: Any, *, source: str = "<json>") -> KnowledgeGraph:
    """Inverse of :func:`to_json_data`. Raises GraphInputError naming the problem."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise GraphInputError(f"not a knowledge-graph file (expected \"format\": \"{FORMAT}\")", source=source,
                              field="format")
    body = data.get("graph")
    if not isinstance(body, dict) or not isinstance(body.get("nodes"), list) or not isinstance(
            body.get("edges"), list):
        raise GraphInputError("must hold node-link data with 'nodes' and 'edges' lists", source=source,
                              field="graph")
    try:
        graph = nx.node_link_graph(body, directed=True, multigraph=True, edges="edges")
    except (KeyError, TypeError, nx.NetworkXError) as exc:
        raise GraphInputError(f"invalid node-link data: {exc}", source=source, field="graph") from exc
    for index, (_, _, attrs) in enumerate(graph.edges(data=True)):
        if not isinstance(attrs.get("relation"), str):
            raise GraphInputError("edge has no relation", source=source, field=f"graph.edges[{index}].relation")
    for name, attrs in graph.nodes(data=True):
        if not isinstance(name, str):
            raise GraphInputError(f"node id {name!r:.60} is not a string", source=source, field="graph.nodes")
        attrs.setdefault("type", "concept")
        attrs.setdefault("types", {attrs["type"]: 1})
        attrs.setdefault("mentions", 0)
        attrs.setdefault("aliases", [])
        attrs.setdefault("debates", [])
    return KnowledgeGraph(graph)


def _flat(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if isinstance(value, (list, dict)) else value


def graphml_text(kg: KnowledgeGraph) -> str:
    """GraphML with list/dict attributes as JSON strings (their keys listed in the graph attribute
    ``json_attributes``) and None values left out."""
    g = nx.MultiDiGraph()
    json_keys: set[str] = set()
    for name, attrs in kg.graph.nodes(data=True):
        json_keys |= {k for k, v in attrs.items() if isinstance(v, (list, dict))}
        g.add_node(name, **{k: _flat(v) for k, v in attrs.items() if v is not None})
    for u, v, key, attrs in kg.graph.edges(keys=True, data=True):
        json_keys |= {k for k, val in attrs.items() if isinstance(val, (list, dict))}
        g.add_edge(u, v, key=key, **{k: _flat(val) for k, val in attrs.items() if val is not None})
    g.graph[_JSON_KEYS_ATTR] = json.dumps(sorted(json_keys))
    return "\n".join(nx.generate_graphml(g, named_key_ids=True)) + "\n"


def from_graphml(path_or_text: str | os.PathLike[str]) -> KnowledgeGraph:
    """Read a GraphML file (or text) written by :func:`graphml_text` back into a KnowledgeGraph."""
    text = str(path_or_text)
    source = "<graphml>" if text.lstrip().startswith("<") else text
    try:
        raw = (nx.parse_graphml(text, force_multigraph=True) if source == "<graphml>"
               else nx.read_graphml(text, force_multigraph=True))
    except Exception as exc:  # noqa: BLE001 - any parser failure is bad input
        raise GraphInputError(f"cannot read GraphML: {exc}", source=source) from exc
    try:
        json_keys = set(json.loads(raw.graph.get(_JSON_KEYS_ATTR, "[]")))
    except ValueError as exc:
        raise GraphInputError("invalid json_attributes", source=source, field=_JSON_KEYS_ATTR) from exc

    def unflat(attrs: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for k, v in attrs.items():
            if k in json_keys and isinstance(v, str):
                try:
                    out[k] = json.loads(v)
                except ValueError as exc:
                    raise GraphInputError(f"attribute is not JSON: {v[:60]!r}", source=source, field=k) from exc
            else:
                out[k] = v
        return out

    g = nx.MultiDiGraph()
    for name, attrs in raw.nodes(data=True):
        g.add_node(name, **unflat(attrs))
    for u, v, attrs in raw.edges(data=True):
        attrs = {k: val for k, val in attrs.items() if k != "id"}
        g.add_edge(u, v, **unflat(attrs))
    return KnowledgeGraph(g)


def _cell(value: Any, spreadsheet_safe: bool) -> str:
    if value is None:
        return ""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True) if isinstance(value, dict) else str(value)
    if spreadsheet_safe and text.startswith(_FORMULA_START):
        text = "'" + text  # keep spreadsheet programs from running model-written formulas
    return text


def triples_csv(triples: Iterable[Triple] | KnowledgeGraph, *, spreadsheet_safe: bool = True) -> str:
    """CSV of triples with provenance columns (:data:`CSV_COLUMNS`)."""
    if isinstance(triples, KnowledgeGraph):
        triples = triples.triples()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for t in triples:
        p = t.provenance
        span = p.span or (None, None)
        row = (t.subject, t.subject_type, t.relation, t.relation_text, t.object, t.object_type, t.stance,
               p.debate_id, p.round, p.turn, p.speaker, p.role, span[0], span[1], p.evidence, p.expert_scalings,
               p.source, t.subject_surface, t.object_surface)
        writer.writerow([_cell(v, spreadsheet_safe) for v in row])
    return buffer.getvalue()


def write_json(kg: KnowledgeGraph, path: str | os.PathLike[str]) -> Path:
    return atomic_write_text(path, to_json(kg))


def write_graphml(kg: KnowledgeGraph, path: str | os.PathLike[str]) -> Path:
    return atomic_write_text(path, graphml_text(kg))


def write_csv(triples: Iterable[Triple] | KnowledgeGraph, path: str | os.PathLike[str]) -> Path:
    return atomic_write_text(path, triples_csv(triples))


def write_html(kg: KnowledgeGraph, path: str | os.PathLike[str], **options: Any) -> Path:
    """Write :func:`graphs.html.render_graph_html` output atomically."""
    from graphs.html import render_graph_html

    return atomic_write_text(path, render_graph_html(kg, **options))
