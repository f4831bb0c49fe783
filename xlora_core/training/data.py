"""Chat corpora in JSONL: one ``{"messages": [...], "domain": "..."}`` object per line."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

ROLES = {"system", "user", "assistant"}


class CorpusError(ValueError):
    """A corpus line is malformed; the message names the file and line."""


@dataclass(frozen=True)
class ChatExample:
    messages: tuple[dict[str, str], ...]
    domain: str | None
    source: str  # "file:line"


def load_corpus(path: str | Path) -> list[ChatExample]:
    """Read and validate a JSONL chat corpus; errors name the file and line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: cannot read corpus: {exc}") from None
    examples = []
    for no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{no}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{where}: invalid JSON: {exc.msg}") from None
        examples.append(_validate(obj, where))
    if not examples:
        raise CorpusError(f"{path}: corpus is empty")
    return examples


def _validate(obj: Any, where: str) -> ChatExample:
    if not isinstance(obj, dict):
        raise CorpusError(f"{where}: expected a JSON object")
    msgs = obj.get("messages")
    if not isinstance(msgs, list) or not msgs:
        raise CorpusError(f"{where}: field 'messages' must be a non-empty list")
    for i, m in enumerate(msgs):
        if not isinstance(m, dict) or m.get("role") not in ROLES or not isinstance(m.get("content"), str):
            raise CorpusError(f"{where}: messages[{i}] needs 'role' in {sorted(ROLES)} and a string 'content'")
    if msgs[-1]["role"] != "assistant" or not msgs[-1]["content"].strip():
        raise CorpusError(f"{where}: the last message must be a non-empty assistant answer")
    domain = obj.get("domain")
    if domain is not None and not isinstance(domain, str):
        raise CorpusError(f"{where}: field 'domain' must be a string")
    return ChatExample(tuple(msgs), domain, where)


def encode(example: ChatExample, tokenizer: Any, max_len: int = 384) -> tuple[list[int], list[int], int]:
    """Token ids, labels (-100 outside the answer) and the prompt length."""
    prompt = tokenizer.apply_chat_template(list(example.messages[:-1]), tokenize=False, add_generation_prompt=True)
    full = tokenizer.apply_chat_template(list(example.messages), tokenize=False)
    p_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    f_ids = tokenizer(full, add_special_tokens=False)["input_ids"][:max_len]
    n_prompt = min(len(p_ids), len(f_ids) - 1)
    labels = [-100] * n_prompt + f_ids[n_prompt:]
    return f_ids, labels, n_prompt


def collate(encoded: Sequence[tuple[list[int], list[int], int]], pad_id: int) -> dict[str, torch.Tensor]:
    """Right-padded batch: input_ids, attention_mask, labels, prompt_len."""
    width = max(len(ids) for ids, _, _ in encoded)
    n = len(encoded)
    ids = torch.full((n, width), pad_id, dtype=torch.long)
    labels = torch.full((n, width), -100, dtype=torch.long)
    mask = torch.zeros((n, width), dtype=torch.long)
    for i, (x, y, _) in enumerate(encoded):
        ids[i, : len(x)] = torch.tensor(x)
        labels[i, : len(y)] = torch.tensor(y)
        mask[i, : len(x)] = 1
    prompt_len = torch.tensor([p for _, _, p in encoded])
    return {"input_ids": ids, "attention_mask": mask, "labels": labels, "prompt_len": prompt_len}


def batches(n: int, batch_size: int, epoch: int, seed: int) -> Iterator[list[int]]:
    """Deterministic shuffled index batches for one epoch (so resume can skip exactly)."""
    order = list(range(n))
    random.Random(seed * 1000 + epoch).shuffle(order)
    for i in range(0, n, batch_size):
        yield order[i : i + batch_size]
