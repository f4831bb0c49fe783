"""Per-request expert steering: bias the gate toward named experts, or pin their scalings."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import torch


class SteeringError(ValueError):
    """Steering names an unknown expert or gives a bad value."""


@dataclass(frozen=True)
class Steering:
    """Steering of one request; never global state.

    Attributes:
        bias: expert name -> value added to the gate's logits before the softmax (e.g. +2.0 favours
            that expert, -inf switches it off).
        pin: expert name -> fixed scaling; the gate is bypassed and unnamed experts get 0.
    """

    bias: Mapping[str, float] = field(default_factory=dict)
    pin: Mapping[str, float] | None = None

    def check(self, expert_names: Sequence[str]) -> None:
        for kind, values in (("bias", self.bias), ("pin", self.pin or {})):
            for name, value in values.items():
                if name not in expert_names:
                    raise SteeringError(f"steering {kind}: unknown expert '{name}' (experts: {list(expert_names)})")
                if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
                    raise SteeringError(f"steering {kind}['{name}']: expected a number, got {value!r}")

    def bias_vector(self, expert_names: Sequence[str]) -> torch.Tensor:
        return torch.tensor([float(self.bias.get(n, 0.0)) for n in expert_names])

    def pin_vector(self, expert_names: Sequence[str]) -> torch.Tensor | None:
        if self.pin is None:
            return None
        return torch.tensor([float(self.pin.get(n, 0.0)) for n in expert_names])


def steering_tensors(
    steerings: Sequence[Steering | None], expert_names: Sequence[str]
) -> tuple[torch.Tensor | None, torch.Tensor | None]:
    """Batch steering -> (bias (b, K) or None, pin (b, K) with NaN rows for unpinned, or None)."""
    k = len(expert_names)
    if k == 0 or all(s is None for s in steerings):
        return None, None
    bias = torch.zeros(len(steerings), k)
    pin = torch.full((len(steerings), k), float("nan"))
    any_bias = any_pin = False
    for i, s in enumerate(steerings):
        if s is None:
            continue
        s.check(expert_names)
        if s.bias:
            bias[i] = s.bias_vector(expert_names)
            any_bias = True
        vec = s.pin_vector(expert_names)
        if vec is not None:
            pin[i] = vec
            any_pin = True
    return (bias if any_bias else None), (pin if any_pin else None)
