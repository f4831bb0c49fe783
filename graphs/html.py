"""Self-contained, offline, escaped interactive HTML for a KnowledgeGraph (vis-network inlined).

Model-written strings never reach HTML markup raw: headings/legend go through Jinja autoescaping, node and
edge data travel as JSON in a non-executed ``application/json`` block (``<``, ``>``, ``&`` escaped) and
are shown as canvas labels or tooltips built with ``textContent``. A Content-Security-Policy allows only
the page's own two scripts (by hash) and no network access at all.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import jinja2

from graphs.graph import KnowledgeGraph

__all__ = ["render_graph_html", "graph_view", "vis_data", "script_json", "page_csp", "jinja_env",
           "vis_js", "init_js", "PALETTE", "TYPE_COLORS"]

ColorBy = Literal["community", "type"]
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
           "#9c755f", "#bab0ac", "#1f77b4", "#aec7e8", "#ff7f0e", "#2ca02c", "#98df8a", "#d62728",
           "#9467bd", "#8c564b", "#e377c2", "#17becf")
TYPE_COLORS = {"material": "#4e79a7", "protein": "#e15759", "molecule": "#f28e2b", "structure": "#76b7b2",
               "property": "#59a14f", "mechanism": "#b07aa1", "process": "#edc948", "method": "#9c755f",
               "concept": "#bab0ac"}
MAX_LABEL_CHARS = 40
MAX_TOOLTIP_ITEMS = 5
LEGEND_ITEMS = 12
_TEMPLATES = Path(__file__).resolve().parent / "templates"
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: Any) -> str:
    """JSON safe to place inside a <script> element: no '<', '>' or '&' can close or confuse it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return "".join(_SCRIPT_ESCAPES.get(ch, ch) for ch in text)


@lru_cache(maxsize=1)
def vis_js() -> str:
    """vis-network 9.1.2 as bundled by pyvis (a declared dependency), inlined so pages work offline."""
    text = resources.files("pyvis").joinpath("templates/lib/vis-9.1.2/vis-network.min.js").read_text("utf-8")
    if "</script" in text.lower():  # pragma: no cover - guards a future vis upgrade
        raise RuntimeError("vis-network.min.js contains '</script' and cannot be inlined")
    return text


@lru_cache(maxsize=1)
def init_js() -> str:
    return (_TEMPLATES / "init.js").read_text("utf-8")


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def page_csp(*scripts: str) -> str:
    """CSP allowing exactly ``scripts`` (inline, by hash), inline styles and data: images; nothing else."""
    hashes = " ".join(_sha256(s) for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
            "connect-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'")


@lru_cache(maxsize=1)
def jinja_env() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(_TEMPLATES)), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=False)


def _short(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _type_color(node_type: str) -> str:
    if node_type in TYPE_COLORS:
        return TYPE_COLORS[node_type]
    return PALETTE[int(hashlib.sha256(node_type.encode()).hexdigest(), 16) % len(PALETTE)]


def _provenance_line(data: dict[str, Any]) -> str:
    p = data.get("provenance", {})
    parts = []
    if p.get("debate_id") is not None:
        parts.append(f"debate {p['debate_id']}")
    for key in ("round", "turn"):
        if p.get(key) is not None:
            parts.append(f"{key} {p[key]}")
    if p.get("speaker"):
        parts.append(f"{p['speaker']}" + (f" ({p['role']})" if p.get("role") else ""))
    if p.get("source"):
        parts.append(f"source {p['source']}")
    line = ", ".join(str(x) for x in parts) or "no provenance"
    line += f" · {data.get('stance', 'unknown')}"
    if data.get("relation_text") and data["relation_text"] != data.get("relation"):
        line += f" · wording: {data['relation_text']}"
    if p.get("evidence"):
        line += f"\n  “{_short(p['evidence'], 220)}”"
    if p.get("expert_scalings"):
        top = sorted(p["expert_scalings"].items(), key=lambda kv: -kv[1])[:4]
        line += "\n  experts: " + ", ".join(f"{k} {v:.2f}" for k, v in top)
    return line


def vis_data(kg: KnowledgeGraph, *, color_by: ColorBy = "community", seed: int = 0) -> dict[str, Any]:
    """Nodes, edges (one per subject/relation/object, parallel triples aggregated) and legend, as plain data."""
    g = kg.graph
    if color_by not in ("community", "type"):
        raise ValueError(f"color_by must be 'community' or 'type', not {color_by!r}")
    communities = kg.communities(seed)
    community = {n: i for i, members in enumerate(communities) for n in members}
    ids = {name: i for i, name in enumerate(sorted(g.nodes))}
    nodes = []
    for name in sorted(g.nodes):
        d = g.nodes[name]
        color = PALETTE[community[name] % len(PALETTE)] if color_by == "community" else _type_color(d["type"])
        lines = [name, f"type: {d['type']}", f"community: {community[name] + 1}",
                 f"mentions: {d.get('mentions', 0)}, links: {g.degree(name)}"]
        if d.get("aliases"):
            lines.append("aliases: " + ", ".join(d["aliases"][:8]))
        if d.get("debates"):
            lines.append("debates: " + ", ".join(d["debates"][:8]))
        nodes.append({"id": ids[name], "label": _short(name), "tooltip": "\n".join(lines), "color": color,
                      "value": g.degree(name) + 1})
    grouped: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for u, v, d in g.edges(data=True):
        grouped[(u, v, d["relation"])].append(d)
    edges = []
    for i, ((u, v, relation), items) in enumerate(sorted(grouped.items())):
        lines = [f"{u} —{relation}→ {v}" + (f"  ({len(items)} statements)" if len(items) > 1 else "")]
        lines += ["• " + _provenance_line(d) for d in items[:MAX_TOOLTIP_ITEMS]]
        if len(items) > MAX_TOOLTIP_ITEMS:
            lines.append(f"… and {len(items) - MAX_TOOLTIP_ITEMS} more")
        color = nodes[ids[u]]["color"]
        edges.append({"id": i, "from": ids[u], "to": ids[v], "label": _short(relation, 24),
                      "tooltip": "\n".join(lines), "color": color, "width": min(1 + len(items), 8)})
    if color_by == "community":
        legend = [{"label": f"{i + 1}: {len(m)} nodes, e.g. " + ", ".join(_short(x, 24) for x in m[:3]),
                   "color": PALETTE[i % len(PALETTE)]} for i, m in enumerate(communities[:LEGEND_ITEMS])]
        if len(communities) > LEGEND_ITEMS:
            legend.append({"label": f"… {len(communities) - LEGEND_ITEMS} more communities", "color": "#ffffff"})
    else:
        counts = Counter(g.nodes[n]["type"] for n in g)
        legend = [{"label": f"{t} ({c})", "color": _type_color(t)} for t, c in sorted(counts.items())]
    return {"nodes": nodes, "edges": edges, "legend": legend}


def graph_view(kg: KnowledgeGraph, *, color_by: ColorBy = "community", seed: int = 0,
               dom_id: str = "kg-graph") -> dict[str, Any]:
    """Template context for the ``_graph.html.j2`` block."""
    data = vis_data(kg, color_by=color_by, seed=seed)
    return {"dom_id": dom_id, "data_id": dom_id + "-data", "legend": data["legend"],
            "legend_title": "Communities" if color_by == "community" else "Node types",
            "data_json": script_json({"nodes": data["nodes"], "edges": data["edges"]}),
            "n_nodes": len(data["nodes"]), "n_edges": len(data["edges"])}


def render_graph_html(kg: KnowledgeGraph, *, title: str = "Knowledge graph", color_by: ColorBy = "community",
                      seed: int = 0, height: str = "80vh") -> str:
    """One self-contained HTML page (no external resource, no network request) showing the graph."""
    view = graph_view(kg, color_by=color_by, seed=seed)
    stats = {"nodes": kg.graph.number_of_nodes(), "edges": kg.graph.number_of_edges(),
             "communities": len(view["legend"]) if color_by == "community" else len(kg.communities(seed))}
    if color_by == "community":
        stats["communities"] = len(kg.communities(seed))
    return jinja_env().get_template("graph.html.j2").render(
        title=title, csp=page_csp(vis_js(), init_js()), height=_css_length(height), graph=view,
        stats=stats, color_by=color_by, vis_js=vis_js(), init_js=init_js())


def _css_length(value: str) -> str:
    import re

    if not re.fullmatch(r"\d{1,5}(px|vh|%|em|rem)", value):
        raise ValueError(f"height must be a CSS length like '800px' or '80vh', not {value!r}")
    return value
