"""The run report: one self-contained, offline, escaped HTML page per debate."""

from __future__ import annotations

import base64
import math
from collections.abc import Mapping
from typing import Any

from graphs.graph import KnowledgeGraph
from graphs.html import graph_view, init_js, jinja_env, page_csp, vis_js

__all__ = ["render_report_html"]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)


def _turn_views(turns: list[dict[str, Any]], expert_names: list[str]) -> list[dict[str, Any]]:
    peak = max((_number(v) or 0.0 for t in turns if isinstance(t.get("expert_scalings"), Mapping)
                for v in t["expert_scalings"].values()), default=0.0)
    views = []
    for position, turn in enumerate(turns):
        scalings = turn.get("expert_scalings")
        bars = []
        if isinstance(scalings, Mapping):
            names = list(expert_names) + sorted(str(k) for k in scalings if str(k) not in expert_names)
            values = {str(k): v for k, v in scalings.items()}
            for name in names:
                value = _number(values.get(name))
                width = 0.0 if value is None or peak <= 0 else max(0.0, min(100.0, 100.0 * value / peak))
                bars.append({"name": name, "width": f"{width:.1f}",
                             "value": "n/a" if value is None else f"{value:.3f}"})
        round_ = turn.get("round")
        views.append({"speaker": str(turn.get("speaker", "?")), "role": str(turn.get("role", "")),
                      "round": round_ if isinstance(round_, int) else None,
                      "index": turn.get("turn", position), "text": str(turn.get("text", "")), "bars": bars})
    return views


def render_report_html(*, title: str, question: str, turns: list[dict[str, Any]], summary: str,
                       graph: KnowledgeGraph, expert_names: list[str],
                       scalings_heatmap_png: bytes | None = None) -> str:
    """Render the debate report: transcript with speakers, per-turn expert-profile bars (from each turn's
    ``expert_scalings``), summary, the interactive graph and an optional heatmap PNG (embedded as a data
    URI). The page loads nothing from anywhere; every model-written string is escaped.

    Raises ValueError when ``scalings_heatmap_png`` is not PNG data.
    """
    heatmap_uri = None
    if scalings_heatmap_png is not None:
        if not bytes(scalings_heatmap_png[:8]) == PNG_SIGNATURE:
            raise ValueError("scalings_heatmap_png is not PNG data")
        heatmap_uri = "data:image/png;base64," + base64.b64encode(scalings_heatmap_png).decode("ascii")
    view = graph_view(graph, color_by="community")
    stats = {"nodes": graph.graph.number_of_nodes(), "edges": graph.graph.number_of_edges()}
    return jinja_env().get_template("report.html.j2").render(
        title=str(title), question=str(question), summary=str(summary), csp=page_csp(vis_js(), init_js()),
        height="600px", graph=view, stats=stats, turns=_turn_views(list(turns), [str(n) for n in expert_names]),
        heatmap_uri=heatmap_uri, vis_js=vis_js(), init_js=init_js())
