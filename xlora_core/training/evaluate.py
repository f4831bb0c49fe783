"""Held-out evaluation: perplexity per expert vs the base, routing accuracy, mixed-domain perplexity."""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import torch
import torch.nn.functional as F

from ..layers import mixing
from ..model import XLoRAModel
from .data import ChatExample, collate, encode


@torch.no_grad()
def example_nll(model: XLoRAModel, examples: list[ChatExample], condition: str, *, batch_size: int = 8,
                max_len: int = 320) -> list[tuple[float, int]]:
    """Summed answer-token NLL and token count per example.

    ``condition``: "base" (no experts), "xlora" (the gate), or an expert name (that expert alone, scaling 1).
    """
    tok = model.tokenizer
    pad = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
    results = []
    for i in range(0, len(examples), batch_size):
        enc = [encode(e, tok, max_len) for e in examples[i : i + batch_size]]
        b = collate(enc, pad)
        ids, mask, labels = (b[k].to(model.device) for k in ("input_ids", "attention_mask", "labels"))
        if condition == "base":
            with mixing(None):
                logits = model.base(input_ids=ids, attention_mask=mask).logits
        elif condition == "xlora":
            logits = model(ids, attention_mask=mask).logits
        else:
            k = model.expert_names.index(condition)
            onehot = torch.zeros(1, 1, 1, model.n_experts, device=model.device, dtype=model.dtype)
            onehot[..., k] = 1.0
            logits = model(ids, attention_mask=mask, scalings=onehot).logits
        shift_logits, shift_labels = logits[:, :-1].float(), labels[:, 1:]
        nll = F.cross_entropy(shift_logits.transpose(1, 2), shift_labels, ignore_index=-100, reduction="none")
        valid = shift_labels != -100
        for row in range(ids.shape[0]):
            results.append((float(nll[row][valid[row]].sum()), int(valid[row].sum())))
    return results


def perplexity(pairs: list[tuple[float, int]]) -> float:
    total = sum(n for _, n in pairs)
    return math.exp(sum(s for s, _ in pairs) / max(total, 1))


@torch.no_grad()
def routing(model: XLoRAModel, examples: list[ChatExample], *, max_len: int = 320) -> dict[str, Any]:
    """For each example, the expert with the largest mean scaling over its prompt tokens."""
    tok = model.tokenizer
    hits: dict[str, list[int]] = defaultdict(list)
    confusion: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for e in examples:
        ids, _, n_prompt = encode(e, tok, max_len)
        x = torch.tensor([ids[:n_prompt]], device=model.device)
        s = model(x).scalings[0].float().mean(dim=(0, 1))
        pred = model.expert_names[int(s.argmax())]
        hits[e.domain or "?"].append(int(pred == e.domain))
        confusion[e.domain or "?"][pred] += 1
    per = {d: sum(v) / len(v) for d, v in hits.items()}
    allv = [x for v in hits.values() for x in v]
    return {"accuracy": sum(allv) / len(allv), "per_domain": per,
            "confusion": {d: dict(c) for d, c in confusion.items()}}


def evaluate(model: XLoRAModel, heldout: dict[str, list[ChatExample]]) -> dict[str, Any]:
    """Everything the issue's targets ask for, on held-out splits keyed by domain (= expert name)."""
    conditions = ["base", *model.expert_names, "xlora"]
    nll: dict[str, dict[str, list[tuple[float, int]]]] = {c: {} for c in conditions}
    for domain, exs in heldout.items():
        for c in conditions:
            nll[c][domain] = example_nll(model, exs, c)
    per_expert = {}
    for name in model.expert_names:
        if name not in heldout:
            continue
        base_ppl, exp_ppl = perplexity(nll["base"][name]), perplexity(nll[name][name])
        per_expert[name] = {"base_ppl": round(base_ppl, 3), "expert_ppl": round(exp_ppl, 3),
                            "xlora_ppl": round(perplexity(nll["xlora"][name]), 3),
                            "reduction": round(1 - exp_ppl / base_ppl, 4)}
    mixed = {c: round(perplexity([p for d in heldout for p in nll[c][d]]), 3) for c in conditions}
    all_examples = [e for exs in heldout.values() for e in exs]
    return {"per_expert": per_expert, "mixed_ppl": mixed, "routing": routing(model, all_examples),
            "n_examples": {d: len(v) for d, v in heldout.items()}}
