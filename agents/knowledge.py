"""The debate's knowledge-graph step: transcript -> triples -> graph.json, graph.html, report.html.

The ``graphs`` package does the work; this module hands it the turns and a ``generate`` callable
(the shared engine, steered toward the ``kg_extraction`` expert when the model has one) and writes
the files atomically into the run folder.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from agents.report import atomic_write, summary_md
from agents.workflow import Debate

MakeGenerate = Callable[[], tuple[Callable[[list[dict[str, str]]], str], Any]]


def scalings_heatmap_png(turns: Sequence[Mapping[str, Any]], expert_names: Sequence[str]) -> bytes | None:
    """A turns x experts heatmap of each turn's mean scalings (PNG), or ``None`` without data."""
    rows = [t for t in turns if t.get("expert_scalings")]
    if not rows or not expert_names:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    values = [[float(t["expert_scalings"].get(n, 0.0)) for n in expert_names] for t in rows]
    fig, ax = plt.subplots(figsize=(1.2 + 0.9 * len(expert_names), 0.9 + 0.35 * len(rows)), dpi=100)
    try:
        image = ax.imshow(values, aspect="auto", cmap="viridis", vmin=0.0)
        ax.set_xticks(range(len(expert_names)), [str(n) for n in expert_names], rotation=30, ha="right")
        ax.set_yticks(range(len(rows)), [f"{t['turn']} {t['speaker']}" for t in rows])
        ax.set_title("Mean expert scaling per turn", fontsize=9)
        fig.colorbar(image, ax=ax, fraction=0.05)
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(fig)


EXTRACTION_WORKERS = 4


def make_extractor(out_dir: Path, debate: Debate, make_generate: MakeGenerate) -> Callable[[dict[str, Any]], dict]:
    """The workflow's ``extract`` step for a run folder (idempotent: re-running rewrites the files)."""

    def extract(state: dict[str, Any]) -> dict[str, Any]:
        import graphs

        generate, json_schema_generate = make_generate()
        turns = list(state.get("turns", []))
        # Turns are extracted 4 at a time: the shared engine decodes them as one batch.
        result = graphs.extract_triples(turns, generate, retries=2, json_schema_generate=json_schema_generate,
                                        workers=EXTRACTION_WORKERS)
        kg, _ = graphs.KnowledgeGraph.from_triples(result.triples).resolved()
        expert_names = sorted({name for t in turns for name in (t.get("expert_scalings") or {})})
        title = debate.title or "Debate"
        report = graphs.render_report_html(
            title=title, question=state.get("question") or state.get("topic") or "", turns=turns,
            summary=summary_md(state, title), graph=kg, expert_names=expert_names,
            scalings_heatmap_png=scalings_heatmap_png(turns, expert_names),
        )
        atomic_write(out_dir / "graph.json", graphs.to_json(kg))
        atomic_write(out_dir / "graph.html", graphs.render_graph_html(kg, title=f"{title}: knowledge graph"))
        atomic_write(out_dir / "report.html", report)
        return {
            "triples": len(result.triples),
            "nodes": kg.graph.number_of_nodes(),
            "edges": kg.graph.number_of_edges(),
            "turn_reports": [r.to_dict() for r in result.turn_reports],
            "files": ["graph.json", "graph.html", "report.html"],
        }

    return extract
