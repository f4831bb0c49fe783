"""Train the X-LoRA gate: base and experts frozen, next-token loss, optional routing supervision
(from the examples' domain labels) and optional entropy / load-balance terms. Resumable."""

from __future__ import annotations

import json
import math
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from tqdm.auto import tqdm

from ..gate import postprocess_scalings
from ..layers import mixing
from ..model import XLoRAModel
from .checkpoint import resume, save_checkpoint
from .data import ChatExample, batches, collate, encode


@dataclass
class GateTrainConfig:
    """Hyper-parameters of gate training (recorded in the checkpoint)."""

    epochs: int = 1
    lr: float = 1e-3
    batch_size: int = 8
    max_len: int = 288
    seed: int = 0
    lm_weight: float = 1.0  # next-token loss through the mixed model (0 = routing-only, no second pass)
    routing_weight: float = 1.0  # cross-entropy of the token-level gate logits vs the example's domain
    entropy_weight: float = 0.0  # + mean entropy of the scalings (sharper routing)
    balance_weight: float = 0.0  # + KL(mean expert usage || uniform)
    checkpoint_every: int = 10


def gate_losses(model: XLoRAModel, batch: dict[str, torch.Tensor], labels_k: torch.Tensor,
                cfg: GateTrainConfig) -> tuple[torch.Tensor, dict[str, float]]:
    """One forward with gradients to the gate; returns the total loss and its parts."""
    dev = model.device
    ids, mask, labels = (batch[k].to(dev) for k in ("input_ids", "attention_mask", "labels"))
    with torch.no_grad(), mixing(model._scaling_pass_dummy()):
        hidden = model._decoder_hidden(ids, mask, None, None)
    logits = model.gate.logits(hidden)  # (b, t, L, K)
    scalings = postprocess_scalings(logits, model.config)
    total, parts = logits.new_zeros(()), {}
    if cfg.lm_weight > 0:
        with mixing(scalings * model.config.global_scaling_weight):
            lm = model.base(input_ids=ids, attention_mask=mask, labels=labels).loss
        total, parts = cfg.lm_weight * lm, {"lm": lm.item()}
    valid = mask.bool()
    if cfg.routing_weight > 0 and (labels_k >= 0).any():
        tok_logits = logits.mean(dim=2)[valid] / model.config.softmax_temperature  # (n_tokens, K)
        tok_labels = labels_k.to(dev)[:, None].expand_as(mask)[valid]
        route = F.cross_entropy(tok_logits, tok_labels, ignore_index=-1)
        total = total + cfg.routing_weight * route
        parts["routing"] = route.item()
    probs = scalings.mean(dim=2)[valid]  # (n_tokens, K)
    if cfg.entropy_weight > 0:
        ent = -(probs.clamp_min(1e-9) * probs.clamp_min(1e-9).log()).sum(-1).mean()
        total = total + cfg.entropy_weight * ent
        parts["entropy"] = ent.item()
    if cfg.balance_weight > 0:
        usage = probs.mean(0) / probs.mean(0).sum()
        kl = (usage * (usage.clamp_min(1e-9) * usage.numel()).log()).sum()
        total = total + cfg.balance_weight * kl
        parts["balance"] = kl.item()
    return total, parts


def train_gate(
    model: XLoRAModel,
    examples: list[ChatExample],
    out: str | Path,
    cfg: GateTrainConfig = GateTrainConfig(),
    *,
    progress: bool = True,
    max_steps: int | None = None,
) -> dict[str, Any]:
    """Train ``model.gate`` on ``examples`` and save the whole X-LoRA into ``out``.

    Resumes from ``out``'s sibling checkpoint folder when present. ``max_steps`` stops early and keeps the
    checkpoint. Returns a report (losses, steps, seconds).
    """
    if model.gate is None:
        raise ValueError("the model has no experts, so there is no gate to train")
    out = Path(out)
    tok = model.tokenizer
    pad = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
    index = {n: i for i, n in enumerate(model.expert_names)}
    encoded = [encode(e, tok, cfg.max_len) for e in examples]
    domains = torch.tensor([index.get(e.domain or "", -1) for e in examples])
    torch.manual_seed(cfg.seed)
    model.train()
    params = {n: p for n, p in model.gate.named_parameters()}
    opt = torch.optim.AdamW(params.values(), lr=cfg.lr, weight_decay=0.0)
    total = math.ceil(len(encoded) / cfg.batch_size) * cfg.epochs
    ckpt = out.parent / f".{out.name}.gate-checkpoint"
    state: dict[str, Any] = {"step": 0, "losses": [], "parts": [], "seconds": 0.0,
                             "config": json.loads(json.dumps(asdict(cfg)))}
    state = resume(ckpt, params, opt, state)
    bar = tqdm(total=total, initial=state["step"], desc="gate", disable=not progress, unit="step")
    start, step = time.perf_counter(), 0
    for epoch in range(cfg.epochs):
        for idx in batches(len(encoded), cfg.batch_size, epoch, cfg.seed):
            step += 1
            if step <= state["step"]:
                continue
            batch = collate([encoded[i] for i in idx], pad)
            loss, parts = gate_losses(model, batch, domains[idx], cfg)
            loss.backward()
            opt.step()
            opt.zero_grad(set_to_none=True)
            state["step"] = step
            state["losses"].append(round(loss.item(), 4))
            state["parts"].append({k: round(v, 4) for k, v in parts.items()})
            bar.update(1)
            bar.set_postfix(loss=f"{loss.item():.3f}")
            if step % cfg.checkpoint_every == 0 or (max_steps is not None and step >= max_steps):
                state["seconds"] += time.perf_counter() - start
                start = time.perf_counter()
                save_checkpoint(ckpt, params, opt, state)
            if max_steps is not None and step >= max_steps:
                bar.close()
                model.eval()
                return {**state, "finished": False}
    bar.close()
    state["seconds"] += time.perf_counter() - start
    model.eval()
    model.save_pretrained(out)
    (out / "gate_train_report.json").write_text(json.dumps(
        {k: state[k] for k in ("step", "seconds", "config")} | {"first_loss": state["losses"][:1],
                                                               "last_losses": state["losses"][-5:]}, indent=2) + "\n")
    import shutil

    shutil.rmtree(ckpt, ignore_errors=True)
    return {**state, "finished": True}
