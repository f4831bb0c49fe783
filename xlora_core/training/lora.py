"""Train one LoRA expert (peft format) on a chat corpus: seeded, resumable, with a progress bar."""

from __future__ import annotations

import json
import math
import os
import shutil
import tempfile
import time
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import torch
from tqdm.auto import tqdm

from .checkpoint import resume, save_checkpoint
from .data import batches, collate, encode, load_corpus

DEFAULT_TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj")


@dataclass
class ExpertTrainConfig:
    """Hyper-parameters of expert training (recorded in the output folder)."""

    name: str
    r: int = 8
    alpha: float = 16.0
    dropout: float = 0.05
    target_modules: tuple[str, ...] = DEFAULT_TARGETS
    epochs: int = 2
    lr: float = 1e-3
    batch_size: int = 8
    max_len: int = 320
    seed: int = 0
    checkpoint_every: int = 10
    base: str = "default"
    extra: dict[str, Any] = field(default_factory=dict)


def _peft_model(base: torch.nn.Module, cfg: ExpertTrainConfig):
    from peft import LoraConfig, get_peft_model

    lcfg = LoraConfig(
        r=cfg.r, lora_alpha=cfg.alpha, lora_dropout=cfg.dropout, target_modules=list(cfg.target_modules),
        bias="none", task_type="CAUSAL_LM",
    )
    return get_peft_model(base, lcfg)


def train_expert(
    corpus: str | Path,
    out: str | Path,
    cfg: ExpertTrainConfig,
    *,
    model: Any = None,
    tokenizer: Any = None,
    progress: bool = True,
    max_steps: int | None = None,
) -> dict[str, Any]:
    """Train a LoRA expert on ``corpus`` and write it to ``out`` (peft folder, safetensors).

    Resumes from ``out/.checkpoint`` when present with the same config. ``model``/``tokenizer``
    default to ``load_base(cfg.base)``. ``max_steps`` stops early (the checkpoint stays, for resume).
    Returns a report (losses, steps, seconds).
    """
    out = Path(out)
    examples = load_corpus(corpus)
    if model is None:
        from ..loading import load_base

        model, tokenizer = load_base(cfg.base)
    torch.manual_seed(cfg.seed)
    peft_model = _peft_model(model, cfg)
    peft_model.train()
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    encoded = [encode(e, tokenizer, cfg.max_len) for e in examples]
    params = {n: p for n, p in peft_model.named_parameters() if p.requires_grad}
    opt = torch.optim.AdamW(params.values(), lr=cfg.lr, weight_decay=0.0)
    steps_per_epoch = math.ceil(len(encoded) / cfg.batch_size)
    total = steps_per_epoch * cfg.epochs
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 5) * max(0.05, 1 - s / total))
    ckpt = out.parent / f".{out.name}.checkpoint"
    state = {"step": 0, "losses": [], "seconds": 0.0, "config": json.loads(json.dumps(asdict(cfg)))}
    state = resume(ckpt, params, opt, state)
    with warnings.catch_warnings():  # fast-forward the schedule to where it stopped (no optimizer step)
        warnings.simplefilter("ignore", UserWarning)
        for _ in range(state["step"]):
            sched.step()
    bar = tqdm(total=total, initial=state["step"], desc=f"expert {cfg.name}", disable=not progress, unit="step")
    start = time.perf_counter()
    step = 0
    for epoch in range(cfg.epochs):
        for idx in batches(len(encoded), cfg.batch_size, epoch, cfg.seed):
            step += 1
            if step <= state["step"]:
                continue
            batch = collate([encoded[i] for i in idx], pad)
            loss = peft_model(
                input_ids=batch["input_ids"].to(model.device), attention_mask=batch["attention_mask"].to(model.device),
                labels=batch["labels"].to(model.device),
            ).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params.values(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            state["step"] = step
            state["losses"].append(round(loss.item(), 4))
            bar.update(1)
            bar.set_postfix(loss=f"{loss.item():.3f}")
            if step % cfg.checkpoint_every == 0 or step == total:
                state["seconds"] += time.perf_counter() - start
                start = time.perf_counter()
                save_checkpoint(ckpt, params, opt, state)
            if max_steps is not None and step >= max_steps:
                bar.close()
                state["seconds"] += time.perf_counter() - start
                save_checkpoint(ckpt, params, opt, state)
                return {**state, "finished": False}
    bar.close()
    state["seconds"] += time.perf_counter() - start
    _save_adapter(peft_model, out, cfg, state)
    shutil.rmtree(ckpt, ignore_errors=True)
    peft_model.unload()  # give the caller its base model back, without LoRA layers
    return {**state, "finished": True}


def _save_adapter(peft_model: Any, out: Path, cfg: ExpertTrainConfig, state: dict[str, Any]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    peft_model.save_pretrained(tmp, safe_serialization=True)
    conf = json.loads((tmp / "adapter_config.json").read_text())
    conf["base_model_name_or_path"] = cfg.base
    (tmp / "adapter_config.json").write_text(json.dumps(conf, indent=2) + "\n")
    report = {k: state[k] for k in ("step", "seconds", "config")}
    report["final_loss"] = sum(state["losses"][-5:]) / max(1, len(state["losses"][-5:]))
    report["first_loss"] = state["losses"][0] if state["losses"] else None
    (tmp / "train_report.json").write_text(json.dumps(report, indent=2) + "\n")
    if out.exists():
        shutil.rmtree(out)
    os.replace(tmp, out)
