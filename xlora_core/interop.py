"""Interop with peft: convert a live peft X-LoRA model into an :class:`XLoRAModel`."""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

from .config import XLoRAConfig
from .experts import LoRAExpert


def _unwrap(peft_model: nn.Module) -> nn.Module:
    from peft.tuners.xlora.model import XLoraModel

    m = peft_model
    for _ in range(3):
        if isinstance(m, XLoraModel):
            return m
        m = getattr(m, "base_model", None)
    raise TypeError(f"expected a peft XLoraModel (or a PeftModel wrapping one), got {type(peft_model).__name__}")


def from_peft(peft_model: nn.Module, *, tokenizer: Any = None):
    """Copy base weights, experts and classifier out of peft's X-LoRA; the peft model is untouched."""
    from peft.tuners.lora import Linear as LoraLinear

    from .model import XLoRAModel

    xl = _unwrap(peft_model)
    pcfg = xl.xlora_config
    names = list(pcfg.adapters.keys())
    inner = xl.lora_model.model
    modules: list[dict[str, tuple[torch.Tensor, torch.Tensor, float]]] = [{} for _ in names]
    base_state = {}
    for key, value in inner.state_dict().items():
        if ".lora_" in key:
            continue
        base_state[key.replace(".base_layer.", ".")] = value
    for mod_name, mod in inner.named_modules():
        if not isinstance(mod, LoraLinear):
            continue
        for i in range(len(names)):
            adapter = str(i)
            if adapter not in mod.lora_A:
                continue
            a = mod.lora_A[adapter].weight.detach().float().cpu().clone()
            b = mod.lora_B[adapter].weight.detach().float().cpu().clone()
            modules[i][mod_name] = (a, b, float(mod.scaling[adapter]))
    base = type(inner)(inner.config)
    base.load_state_dict(base_state, strict=False)
    missing = [k for k in base.state_dict() if k not in base_state]
    if any("lm_head" not in k for k in missing):
        raise ValueError(f"from_peft: base weights missing after conversion: {missing[:5]}")
    base.to(device=next(inner.parameters()).device, dtype=next(inner.parameters()).dtype).eval()
    if hasattr(inner, "generation_config"):
        base.generation_config = inner.generation_config
    experts = [
        LoRAExpert(name=n, modules=modules[i], config={"peft_type": "LORA", "r": max(a.shape[0] for a, _, _ in
                   modules[i].values()), "base_model_name_or_path": inner.config._name_or_path})
        for i, n in enumerate(names)
    ]
    for e in experts:  # keep lora_alpha consistent with the observed scale when saved again
        any_scale = next(iter(e.modules.values()))[2]
        e.config["lora_alpha"] = any_scale * e.config["r"]
    config = XLoRAConfig(
        hidden_size=pcfg.hidden_size,
        xlora_depth=pcfg.xlora_depth,
        xlora_size=pcfg.xlora_size,
        xlora_dropout_p=pcfg.xlora_dropout_p,
        layerwise_scalings=pcfg.layerwise_scalings,
        enable_softmax=pcfg.enable_softmax,
        softmax_temperature=pcfg.softmax_temperature,
        top_k_lora=pcfg.top_k_lora,
        enable_softmax_topk=pcfg.enable_softmax_topk,
        scaling_pass_value=pcfg.scaling_pass_value,
        global_scaling_weight=pcfg.global_scaling_weight,
        use_trainable_adapters=pcfg.use_trainable_adapters,
    )
    model = XLoRAModel(base, experts, config, tokenizer=tokenizer, base_id=inner.config._name_or_path)
    src = [m for m in xl.internal_xlora_classifier.layers if isinstance(m, nn.Linear)]
    dst = [m for m in model.gate.layers if isinstance(m, nn.Linear)]
    for s, d in zip(src, dst, strict=True):
        d.weight.data.copy_(s.weight.data)
        d.bias.data.copy_(s.bias.data)
    return model
