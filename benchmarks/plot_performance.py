"""Bar chart of docs/performance.json (what benchmarks/decode.py wrote) for docs/performance.md.

    python benchmarks/plot_performance.py [docs/performance.json] [docs/img/performance.png]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

ROWS = [  # (key, label, field, target)
    ("peft_xlora", "peft XLoraModel", "ratio", None),
    ("ours_exact", "ours, exact", "ratio", 0.40),
    ("engine_exact_1", "ours, exact, Engine", "ratio", None),
    ("ours_prompt_level_freeze_after_16", "prompt-level, freeze_after=16", "ratio", None),
    ("ours_prompt_level", "ours, prompt-level", "ratio", 0.90),
]
AGENTS = [
    ("engine_4_agents_threads", "4 agents, 4 threads", 2.0),
    ("engine_4_agents_one_thread", "4 agents, 1 thread", 2.0),
    ("engine_4_agents_threads_prompt_level", "4 prompt-level agents, 4 threads", None),
]


def main() -> None:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/performance.json")
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/img/performance.png")
    data = json.loads(src.read_text(encoding="utf-8"))
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 3.6), gridspec_kw={"width_ratios": [5, 3]})
    rows = [r for r in ROWS if r[0] in data]
    values = [data[k][f] for k, _, f, _ in rows]
    if "paired" in data:  # measured in alternation with the base: no drift between them
        rows += [("paired", "exact, paired with the base", "exact_ratio", 0.40),
                 ("paired", "prompt-level, paired with the base", "prompt_level_ratio", 0.90)]
        values += [data["paired"]["exact_ratio"], data["paired"]["prompt_level_ratio"]]
    left.barh([label for _, label, _, _ in rows], values, color=["#bbb"] + ["#3b7dd8"] * (len(rows) - 1))
    for i, (_, _, _, target) in enumerate(rows):
        if target is not None:
            left.plot([target, target], [i - 0.4, i + 0.4], color="#d62728", lw=2)
    for i, v in enumerate(values):
        left.text(v + 0.01, i, f"{v:.2f}×", va="center", fontsize=8)
    left.axvline(1.0, color="black", lw=0.8, ls=":")
    left.set_xlim(0, 1.15)
    left.set_xlabel("decode tok/s ÷ base model (red: target)")
    agents = [a for a in AGENTS if a[0] in data]
    ratios = [data[k]["vs_one_agent"] for k, _, _ in agents]
    right.barh([label for _, label, _ in agents], ratios, color="#2ca02c")
    for i, (_, _, target) in enumerate(agents):
        if target is not None:
            right.plot([target, target], [i - 0.4, i + 0.4], color="#d62728", lw=2)
    for i, v in enumerate(ratios):
        right.text(v + 0.03, i, f"{v:.2f}×", va="center", fontsize=8)
    right.set_xlim(0, 3.3)
    right.set_xlabel("aggregate tok/s ÷ one agent alone")
    fig.suptitle(f"X-LoRA decoding, {data.get('machine', '')}", fontsize=10)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    print(out)


if __name__ == "__main__":
    main()
