"""Cached generation for XLoRAModel with Hugging Face generate arguments.

Each new token costs one single-token scaling pass and one single-token real pass, each with its
own KV cache. Greedy and sampled decoding, logits processors, stopping criteria, streamers.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import torch
from transformers import (
    GenerationConfig,
    LogitsProcessorList,
    MinPLogitsWarper,
    NoRepeatNGramLogitsProcessor,
    RepetitionPenaltyLogitsProcessor,
    StoppingCriteriaList,
    TemperatureLogitsWarper,
    TopKLogitsWarper,
    TopPLogitsWarper,
)

from .steering import Steering

if TYPE_CHECKING:
    from .model import XLoRAModel


@dataclass
class XLoRAGenerateOutput:
    """What ``generate(..., return_dict_in_generate=True)`` returns."""

    sequences: torch.Tensor  # (batch, prompt + new)
    token_scalings: torch.Tensor | None  # (batch, new, n_modules, K): scalings that produced each new token
    prompt_scalings: torch.Tensor | None  # (batch, prompt, n_modules, K)


def resolve_generation_config(base_config: GenerationConfig | None, generation_config, kwargs) -> GenerationConfig:
    """Merge a GenerationConfig and keyword arguments; unknown arguments raise TypeError."""
    gc = copy.deepcopy(generation_config or base_config or GenerationConfig())
    unused = gc.update(**kwargs)
    if unused:
        raise TypeError(f"generate() got unsupported argument(s): {sorted(unused)}")
    if (gc.num_beams or 1) > 1 or (gc.num_return_sequences or 1) > 1:
        raise NotImplementedError("XLoRAModel.generate supports greedy and sampled decoding (num_beams=1, one sequence)")
    return gc


def build_processors(gc: GenerationConfig, extra: list | None = None) -> LogitsProcessorList:
    """Logits processors in Hugging Face order: penalties, user processors, then sampling warpers."""
    procs = LogitsProcessorList()
    if gc.repetition_penalty is not None and gc.repetition_penalty != 1.0:
        procs.append(RepetitionPenaltyLogitsProcessor(penalty=gc.repetition_penalty))
    if gc.no_repeat_ngram_size:
        procs.append(NoRepeatNGramLogitsProcessor(gc.no_repeat_ngram_size))
    if extra:
        procs.extend(extra)
    if gc.do_sample:
        if gc.temperature is not None and gc.temperature != 1.0:
            procs.append(TemperatureLogitsWarper(gc.temperature))
        if gc.top_k:
            procs.append(TopKLogitsWarper(top_k=gc.top_k))
        if gc.top_p is not None and gc.top_p < 1.0:
            procs.append(TopPLogitsWarper(top_p=gc.top_p))
        if gc.min_p:
            procs.append(MinPLogitsWarper(min_p=gc.min_p))
    return procs


def pick_next(scores: torch.Tensor, do_sample: bool, generator: torch.Generator | None = None) -> torch.Tensor:
    """Greedy argmax, or a sample from softmax(scores)."""
    if not do_sample:
        return scores.argmax(dim=-1)
    probs = torch.softmax(scores.float(), dim=-1)
    return torch.multinomial(probs, 1, generator=generator).squeeze(-1)


def eos_ids(gc: GenerationConfig) -> list[int]:
    eos = gc.eos_token_id
    if eos is None:
        return []
    return [int(eos)] if isinstance(eos, int) else [int(e) for e in eos]


@torch.no_grad()
def generate(
    model: XLoRAModel,
    input_ids: torch.Tensor,
    attention_mask: torch.Tensor | None = None,
    *,
    generation_config: GenerationConfig | None = None,
    logits_processor: list | None = None,
    stopping_criteria: list | None = None,
    streamer: Any = None,
    steering: Steering | list[Steering | None] | None = None,
    generator: torch.Generator | None = None,
    return_dict_in_generate: bool = False,
    use_cache: bool = True,
    **kwargs: Any,
) -> torch.Tensor | XLoRAGenerateOutput:
    """Generate with the dual KV cache (or, with ``use_cache=False``, the uncached reference that
    re-runs both passes over the whole sequence each step; same results, much slower).

    Accepts GenerationConfig fields as keyword arguments (max_new_tokens, do_sample, temperature,
    top_k, top_p, min_p, repetition_penalty, no_repeat_ngram_size, eos_token_id, pad_token_id, ...),
    plus ``logits_processor``, ``stopping_criteria``, ``streamer``, per-request ``steering`` and a
    ``generator`` for seeded sampling. Returns the sequences, or an :class:`XLoRAGenerateOutput`.
    """
    gc = resolve_generation_config(getattr(model.base, "generation_config", None), generation_config, kwargs)
    device = model.device
    input_ids = input_ids.to(device)
    if attention_mask is None:
        attention_mask = torch.ones_like(input_ids)
    attention_mask = attention_mask.to(device)
    b, prompt_len = input_ids.shape
    max_new = gc.max_new_tokens if gc.max_new_tokens is not None else max(gc.max_length - prompt_len, 0)
    procs = build_processors(gc, logits_processor)
    stops = StoppingCriteriaList(stopping_criteria or [])
    eos = torch.tensor(eos_ids(gc), device=device, dtype=torch.long)
    pad = gc.pad_token_id if gc.pad_token_id is not None else (int(eos[0]) if len(eos) else 0)

    cache = model.new_cache() if use_cache else None
    seqs, mask = input_ids, attention_mask
    finished = torch.zeros(b, dtype=torch.bool, device=device)
    scalings: list[torch.Tensor] = []
    if streamer is not None:
        streamer.put(input_ids.cpu())
    step_ids = input_ids
    for _ in range(max_new):
        out = model(
            step_ids if use_cache else seqs, attention_mask=mask, cache=cache, steering=steering, logits_to_keep=1
        )
        if out.scalings is not None:
            scalings.append(out.scalings if use_cache or not scalings else out.scalings[:, -1:])
        scores = procs(seqs, out.logits[:, -1, :].float())
        nxt = pick_next(scores, gc.do_sample, generator)
        nxt = torch.where(finished, torch.full_like(nxt, pad), nxt)
        seqs = torch.cat([seqs, nxt[:, None]], dim=1)
        mask = torch.cat([mask, (~finished).long()[:, None]], dim=1)
        if streamer is not None:
            streamer.put(nxt.cpu())
        if len(eos):
            finished |= torch.isin(nxt, eos)
        if len(stops):
            finished |= stops(seqs, scores).to(device)
        if finished.all():
            break
        step_ids = nxt[:, None]
    if streamer is not None:
        streamer.end()
    if not return_dict_in_generate:
        return seqs
    if not scalings:
        return XLoRAGenerateOutput(seqs, None, None)
    full = torch.cat(scalings, dim=1)  # scalings of every position fed to the model
    return XLoRAGenerateOutput(seqs, full[:, prompt_len - 1 :], full[:, :prompt_len])
