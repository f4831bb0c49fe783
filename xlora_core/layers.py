"""The mixing layer that replaces each adapted nn.Linear: base(x) + sum_k s_k * B_k A_k x.

Experts are stacked, so K experts cost two matrix products per module. Scalings are never
stored on the module: each forward call runs inside a :func:`mixing` context that carries them
(a ``contextvars.ContextVar``, so every thread and every call sees only its own scalings).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn


@dataclass(frozen=True)
class Mix:
    """Scalings for one forward call.

    ``scalings`` has shape (batch|1, seq|1, n_modules|1, n_experts) and already includes the
    global scaling weight. A size-1 dimension broadcasts (e.g. one scaling per sequence).
    """

    scalings: torch.Tensor | None
    folded: dict[int, torch.Tensor] | None = None  # module index -> weight with frozen scalings folded in

    def for_module(self, index: int) -> torch.Tensor:
        s = self.scalings
        return s[:, :, index if s.shape[2] > 1 else 0, :]


_CURRENT: ContextVar[Mix | None] = ContextVar("xlora_mix", default=None)


@contextlib.contextmanager
def mixing(scalings: torch.Tensor | None, folded: dict[int, torch.Tensor] | None = None) -> Iterator[None]:
    """Run the enclosed forward with these expert scalings (None = the plain base model), or with
    ``folded`` weights (from :meth:`XLoRALinear.folded_weight`) that already contain them."""
    mix = None if scalings is None and folded is None else Mix(scalings, folded)
    token = _CURRENT.set(mix)
    try:
        yield
    finally:
        _CURRENT.reset(token)


class XLoRALinear(nn.Module):
    """A frozen nn.Linear plus K stacked LoRA experts mixed by per-call scalings.

    Attributes:
        base_layer: the original linear layer (frozen).
        lora_A: (K * r, in_features) stacked down-projections (zero rows pad smaller ranks).
        lora_B: (out_features, K * r) stacked up-projections.
        expert_scale: (K,) each expert's LoRA scale (alpha / r, or alpha / sqrt(r) with rsLoRA).
        index: position of this module among all adapted modules (the gate's module axis).
    """

    def __init__(
        self,
        base_layer: nn.Linear,
        lora_A: torch.Tensor,
        lora_B: torch.Tensor,
        expert_scale: torch.Tensor,
        index: int,
        trainable: bool = False,
    ) -> None:
        super().__init__()
        self.base_layer = base_layer
        self.n_experts = int(expert_scale.numel())
        self.rank = lora_A.shape[0] // max(self.n_experts, 1)
        self.index = index
        self.lora_A = nn.Parameter(lora_A, requires_grad=trainable)
        self.lora_B = nn.Parameter(lora_B, requires_grad=trainable)
        self.register_buffer("expert_scale", expert_scale, persistent=False)

    @property
    def in_features(self) -> int:
        return self.base_layer.in_features

    @property
    def out_features(self) -> int:
        return self.base_layer.out_features

    @property
    def weight(self) -> torch.Tensor:  # some HF code reads .weight of projections
        return self.base_layer.weight

    def folded_weight(self, scalings: torch.Tensor) -> torch.Tensor:
        """The base weight with fixed expert scalings (K,) folded in: W + B diag(s * scale) A."""
        s = (scalings.to(self.lora_A.dtype) * self.expert_scale.to(self.lora_A.dtype)).repeat_interleave(self.rank)
        return self.base_layer.weight + (self.lora_B * s) @ self.lora_A

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        mix = _CURRENT.get()
        if mix is not None and mix.folded is not None:  # one matmul: scalings frozen and folded in
            return F.linear(x, mix.folded[self.index], self.base_layer.bias)
        out = self.base_layer(x)
        if mix is None or self.n_experts == 0:
            return out
        s = mix.for_module(self.index) * self.expert_scale.to(x.dtype)  # (b|1, t|1, K)
        h = F.linear(x, self.lora_A.to(x.dtype))  # (b, t, K*r)
        h = h.unflatten(-1, (self.n_experts, self.rank)) * s.unsqueeze(-1).to(h.dtype)
        return out + F.linear(h.flatten(-2), self.lora_B.to(x.dtype))

    def extra_repr(self) -> str:
        return f"index={self.index}, experts={self.n_experts}, rank={self.rank}"


def mixing_layers(model: nn.Module) -> list[XLoRALinear]:
    """All mixing layers of a model, in module order (= the gate's module axis)."""
    return sorted((m for m in model.modules() if isinstance(m, XLoRALinear)), key=lambda m: m.index)
