"""Reading LoRA experts in peft's folder format (adapter_config.json + adapter_model.safetensors).

Only safetensors are read; nothing is unpickled. Every mismatch with the base model raises
:class:`ExpertError` naming the expert and the problem.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import torch
from safetensors.torch import load_file
from torch import nn

CONFIG_NAME = "adapter_config.json"
WEIGHTS_NAME = "adapter_model.safetensors"
_KEY = re.compile(r"^(?:base_model\.model\.)?(?P<module>.+)\.lora_(?P<ab>[AB])(?:\.[^.]+)?\.weight$")


class ExpertError(ValueError):
    """An expert cannot be used with this base model; the message names the expert."""


@dataclass
class LoRAExpert:
    """One LoRA expert: per-module (A, B, scale) in the base model's module names."""

    name: str
    modules: dict[str, tuple[torch.Tensor, torch.Tensor, float]]
    config: dict
    path: Path | None = None

    @property
    def rank(self) -> int:
        return max(a.shape[0] for a, _, _ in self.modules.values())


def read_expert(name: str, path: str | Path) -> LoRAExpert:
    """Read a peft LoRA folder. Raises ExpertError on a missing file, bad JSON or bad weights."""
    folder = Path(path)
    cfg_path, w_path = folder / CONFIG_NAME, folder / WEIGHTS_NAME
    if not folder.is_dir():
        raise ExpertError(f"expert '{name}': {folder} is not a folder")
    if not cfg_path.is_file():
        raise ExpertError(f"expert '{name}': {cfg_path} is missing")
    if not w_path.is_file():
        pickled = [p.name for p in folder.glob("*.bin")]
        hint = f" (found {pickled}: pickled weights are never loaded; convert them to safetensors)" if pickled else ""
        raise ExpertError(f"expert '{name}': {w_path} is missing{hint}")
    try:
        config = json.loads(cfg_path.read_text())
    except (OSError, json.JSONDecodeError) as exc:
        raise ExpertError(f"expert '{name}': {cfg_path} is not valid JSON: {exc}") from None
    if not isinstance(config, dict):
        raise ExpertError(f"expert '{name}': {cfg_path} must hold a JSON object")
    if config.get("peft_type", "LORA") != "LORA":
        raise ExpertError(f"expert '{name}': peft_type is {config.get('peft_type')!r}, expected 'LORA'")
    if config.get("use_dora"):
        raise ExpertError(f"expert '{name}': DoRA experts are not supported")
    try:
        tensors = load_file(str(w_path))
    except Exception as exc:  # safetensors raises several types on corrupt files
        raise ExpertError(f"expert '{name}': cannot read {w_path}: {exc}") from None
    pairs: dict[str, dict[str, torch.Tensor]] = {}
    for key, value in tensors.items():
        m = _KEY.match(key)
        if m is None:
            continue  # e.g. modules_to_save or bias tensors: not part of the LoRA product
        pairs.setdefault(m["module"], {})[m["ab"]] = value
    if not pairs:
        raise ExpertError(f"expert '{name}': {w_path} holds no LoRA weights (keys like '*.lora_A.weight')")
    r_default = int(config.get("r", 8))
    alpha_default = float(config.get("lora_alpha", r_default))
    modules = {}
    for module, ab in sorted(pairs.items()):
        if set(ab) != {"A", "B"}:
            raise ExpertError(f"expert '{name}': module {module} has lora_{'A' if 'A' in ab else 'B'} only")
        a, b = ab["A"].float(), ab["B"].float()
        r = a.shape[0]
        if b.shape[1] != r:
            raise ExpertError(f"expert '{name}': module {module}: lora_A rank {r} != lora_B rank {b.shape[1]}")
        alpha = _pattern_value(config.get("alpha_pattern") or {}, module, alpha_default)
        scale = alpha / math.sqrt(r) if config.get("use_rslora") else alpha / r
        modules[module] = (a, b, scale)
    return LoRAExpert(name=name, modules=modules, config=config, path=folder)


def _pattern_value(pattern: dict, module: str, default: float) -> float:
    for key, value in pattern.items():
        if module == key or module.endswith("." + key) or re.fullmatch(key, module):
            return float(value)
    return default


def check_expert(expert: LoRAExpert, base: nn.Module, base_id: str | None = None) -> None:
    """Check that every module of the expert exists in the base and the shapes fit."""
    named = dict(base.named_modules())
    trained_on = expert.config.get("base_model_name_or_path")
    hint = f" (the expert was trained on {trained_on!r}; is this the same base model?)" if trained_on else ""
    for module, (a, b, _) in expert.modules.items():
        target = named.get(module)
        if target is None:
            raise ExpertError(f"expert '{expert.name}': target module {module} does not exist in the base model{hint}")
        linear = getattr(target, "base_layer", target)
        if not isinstance(linear, nn.Linear):
            raise ExpertError(
                f"expert '{expert.name}': target module {module} is a {type(linear).__name__}, "
                "only nn.Linear modules can be adapted"
            )
        if a.shape[1] != linear.in_features or b.shape[0] != linear.out_features:
            raise ExpertError(
                f"expert '{expert.name}': module {module}: LoRA shapes A{tuple(a.shape)} B{tuple(b.shape)} do not fit "
                f"a Linear({linear.in_features} -> {linear.out_features}){hint}"
            )


def stack_experts(experts: list[LoRAExpert], module: str, in_f: int, out_f: int) -> tuple[torch.Tensor, ...]:
    """Stack the experts' A and B for one module, padding ranks; missing experts get zeros."""
    k = len(experts)
    r = max(e.rank for e in experts)
    a_all = torch.zeros(k * r, in_f)
    b_all = torch.zeros(out_f, k * r)
    scale = torch.zeros(k)
    for i, e in enumerate(experts):
        if module not in e.modules:
            continue
        a, b, s = e.modules[module]
        a_all[i * r : i * r + a.shape[0]] = a
        b_all[:, i * r : i * r + b.shape[1]] = b
        scale[i] = s
    return a_all, b_all, scale
