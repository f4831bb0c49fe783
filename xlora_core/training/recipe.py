"""The recipe that built the shipped default X-LoRA (see docs/training.md).

    python -m xlora_core.training.recipe experts   # train the five experts (resumable, skips finished)
    python -m xlora_core.training.recipe gate      # train the gate over them, save into xlora_core/default
    python -m xlora_core.training.recipe eval      # held-out evaluation -> docs/eval.json
    python -m xlora_core.training.recipe figures   # scalings heatmaps -> docs/img/

Run from the repository root. Each step is resumable and records its timing.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import torch

DOMAINS = ("protein_mechanics", "bioinspired_materials", "chemistry", "quantitative", "kg_extraction")
ORDER = ("chemistry", "quantitative", "bioinspired_materials", "kg_extraction", "protein_mechanics")
CORPORA = Path("corpora")
WORK = Path("runs/train")
DEFAULT_OUT = Path("xlora_core/default")


def experts() -> None:
    from ..loading import load_base
    from .lora import ExpertTrainConfig, train_expert

    model, tok = load_base("default")
    for name in ORDER:
        out = WORK / "experts" / name
        if (out / "adapter_model.safetensors").exists():
            print(f"{name}: done already", flush=True)
            continue
        corpus = CORPORA / name / "train.jsonl"
        while not corpus.exists():  # corpora may still be being written
            print(f"waiting for {corpus}", flush=True)
            time.sleep(30)
        cfg = ExpertTrainConfig(name=name, epochs=1, lr=2e-3, batch_size=8, max_len=288, seed=0)
        report = train_expert(corpus, out, cfg, model=model, tokenizer=tok, progress=True)
        print(f"{name}: {report['step']} steps, {report['seconds']:.0f} s, loss {report['losses'][0]} -> "
              f"{sum(report['losses'][-5:]) / 5:.3f}", flush=True)


if __name__ == "__main__":
    torch.manual_seed(0)
    step = sys.argv[1] if len(sys.argv) > 1 else ""
    if step == "experts":
        experts()
    elif step == "gate":
        from .recipe_gate import gate

        gate()
    elif step == "figures":
        from .recipe_gate import figures

        print(figures())
    elif step == "eval":
        from .recipe_gate import evaluate_default

        print(json.dumps(evaluate_default(), indent=2))
    else:
        sys.exit(__doc__)
