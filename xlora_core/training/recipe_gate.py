"""Gate and evaluation steps of the default X-LoRA recipe (see recipe.py and docs/training.md)."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path
from typing import Any

from ..config import XLoRAConfig
from ..model import XLoRAModel
from .data import load_corpus
from .gate import GateTrainConfig, train_gate
from .recipe import CORPORA, DEFAULT_OUT, DOMAINS, WORK

GATE_CONFIG = XLoRAConfig(xlora_depth=2, xlora_size=64, xlora_dropout_p=0.1, layerwise_scalings=True)
LM_EXAMPLES_PER_DOMAIN = 32


def _model() -> XLoRAModel:
    experts = {name: WORK / "experts" / name for name in DOMAINS}
    return XLoRAModel.from_experts("default", experts, XLoRAConfig(**GATE_CONFIG.to_dict()))


def gate() -> None:
    model = _model()
    model.base_id = "default"
    train = [e for d in DOMAINS for e in load_corpus(CORPORA / d / "train.jsonl")]
    t0 = time.time()
    # Phase 1: routing supervision only (scaling pass + gate; cheap), all training examples.
    phase1 = GateTrainConfig(epochs=2, lr=3e-3, batch_size=16, lm_weight=0.0, routing_weight=1.0, seed=0)
    r1 = train_gate(model, train, WORK / "gate_phase1", phase1)
    # Phase 2: next-token loss through the mixed model + routing, on a balanced subset.
    rng = random.Random(0)
    subset = [e for d in DOMAINS for e in rng.sample(load_corpus(CORPORA / d / "train.jsonl"), LM_EXAMPLES_PER_DOMAIN)]
    phase2 = GateTrainConfig(epochs=1, lr=1e-3, batch_size=8, lm_weight=1.0, routing_weight=0.5, seed=1)
    r2 = train_gate(model, subset, DEFAULT_OUT, phase2)
    report = {"phase1": {k: r1[k] for k in ("step", "seconds")} | {"loss_first": r1["losses"][0],
                                                                   "loss_last": r1["losses"][-1]},
              "phase2": {k: r2[k] for k in ("step", "seconds")} | {"loss_first": r2["losses"][0],
                                                                   "loss_last": r2["losses"][-1]},
              "total_seconds": round(time.time() - t0, 1)}
    (DEFAULT_OUT / "gate_train_report.json").write_text(json.dumps(report, indent=2) + "\n")
    for name in DOMAINS:  # keep each expert's own training report beside it
        src = WORK / "experts" / name / "train_report.json"
        if src.exists():
            (DEFAULT_OUT / "experts" / name / "train_report.json").write_text(src.read_text())
    write_checksums(DEFAULT_OUT)
    print(json.dumps(report, indent=2))


def write_checksums(folder: Path) -> None:
    import hashlib

    sums = {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*.safetensors"))}
    (folder / "checksums.json").write_text(json.dumps(sums, indent=2) + "\n")


def evaluate_default(out: str | Path = "docs/eval.json") -> dict[str, Any]:
    from ..default import load_xlora
    from .evaluate import evaluate

    model, _ = load_xlora("default")
    heldout = {d: load_corpus(CORPORA / d / "heldout.jsonl") for d in DOMAINS}
    t0 = time.time()
    result = evaluate(model, heldout)
    result["seconds"] = round(time.time() - t0, 1)
    Path(out).write_text(json.dumps(result, indent=2) + "\n")
    return result


def figures(folder: str | Path = "docs/img") -> list[Path]:
    """Heatmaps for the docs: tokens x experts for one held-out prompt per domain, modules x experts."""
    import torch

    from ..default import load_xlora
    from ..scalings import per_layer, per_token, plot_layer_heatmap, plot_token_heatmap
    from .data import encode

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    model, tok = load_xlora("default")
    written, layer_rows = [], []
    for domain in DOMAINS:
        example = load_corpus(CORPORA / domain / "heldout.jsonl")[0]
        ids, _, n_prompt = encode(example, tok, 320)
        with torch.no_grad():
            s = model(torch.tensor([ids])).scalings[0]
        layer_rows.append(per_layer(s))
        answer = slice(n_prompt, min(len(ids), n_prompt + 28))
        tokens = [tok.decode([t]) for t in ids[answer]]
        path = folder / f"scalings_tokens_{domain}.png"
        fig = plot_token_heatmap(per_token(s[answer]), tokens, model.expert_names,
                                 title=f"{domain}: answer tokens x experts", path=str(path))
        written.append(path)
        import matplotlib.pyplot as plt

        plt.close(fig)
    path = folder / "scalings_layers.png"
    plot_layer_heatmap(torch.stack(layer_rows).mean(0), model.expert_names, path=str(path),
                       title="Mean scalings per adapted module (held-out examples)")
    written.append(path)
    return written
