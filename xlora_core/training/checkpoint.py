"""Resumable training checkpoints in safetensors + JSON (nothing pickled)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file, save_file


def save_checkpoint(folder: Path, params: dict[str, torch.Tensor], optimizer: torch.optim.Optimizer,
                    state: dict[str, Any]) -> None:
    """Atomically write trainable weights, optimizer state and progress into ``folder``."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".ckpt-", dir=folder.parent))
    opt = optimizer.state_dict()
    tensors, scalars = {}, {}
    for idx, st in opt["state"].items():
        for key, value in st.items():
            if torch.is_tensor(value) and value.dim() > 0:
                tensors[f"{idx}.{key}"] = value.detach().cpu().contiguous()
            else:
                scalars[f"{idx}.{key}"] = float(value)
    save_file({k: v.detach().cpu().contiguous() for k, v in params.items()}, str(tmp / "weights.safetensors"))
    if tensors:
        save_file(tensors, str(tmp / "optimizer.safetensors"))
    meta = {"state": state, "optimizer_scalars": scalars, "param_groups": opt["param_groups"]}
    (tmp / "state.json").write_text(json.dumps(meta, indent=1))
    if folder.exists():
        shutil.rmtree(folder)
    os.replace(tmp, folder)


def load_checkpoint(folder: Path, optimizer: torch.optim.Optimizer) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
    """Read weights and progress, and restore the optimizer's state in place."""
    meta = json.loads((folder / "state.json").read_text())
    weights = load_file(str(folder / "weights.safetensors"))
    tensors = load_file(str(folder / "optimizer.safetensors")) if (folder / "optimizer.safetensors").exists() else {}
    state: dict[int, dict[str, Any]] = {}
    for key, value in tensors.items():
        idx, name = key.split(".", 1)
        state.setdefault(int(idx), {})[name] = value
    for key, value in meta["optimizer_scalars"].items():
        idx, name = key.split(".", 1)
        state.setdefault(int(idx), {})[name] = torch.tensor(value)
    optimizer.load_state_dict({"state": state, "param_groups": meta["param_groups"]})
    return weights, meta["state"]


def resume(folder: Path, params: dict[str, torch.Tensor], optimizer: torch.optim.Optimizer,
           state: dict[str, Any]) -> dict[str, Any]:
    """Continue from ``folder`` when it holds a checkpoint made with the same config, else keep ``state``.

    Copies the saved weights into ``params`` and restores the optimizer; returns the saved progress.
    """
    if not (folder / "state.json").exists():
        return state
    weights, saved = load_checkpoint(folder, optimizer)
    if saved["config"] != state["config"]:
        raise ValueError(f"{folder}: checkpoint was made with another config; delete it to start over")
    with torch.no_grad():
        for name, p in params.items():
            p.copy_(weights[name])
    return saved
