"""XLoRAConfig: every option of the paper's (and peft's) X-LoRA, as a plain dataclass."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class XLoRAConfigError(ValueError):
    """A configuration value is invalid; the message names the field."""


@dataclass
class XLoRAConfig:
    """Configuration of an X-LoRA model (gate and mixing).

    Attributes:
        experts: expert names, in gate-output order (filled from the loaded experts when empty).
        hidden_size: input size of the gate (the base model's hidden size; filled automatically).
        xlora_depth: number of linear layers in the gate (1 = a single linear layer).
        xlora_size: hidden width of the gate when ``xlora_depth > 1``.
        xlora_dropout_p: dropout between gate layers (training only).
        enable_relu_and_dropout: put ReLU (and dropout) between gate layers.
        layerwise_scalings: one scaling per adapted module (True) or one per token broadcast to all.
        enable_softmax: softmax over experts (with ``softmax_temperature``).
        softmax_temperature: temperature of that softmax (lower = sharper routing).
        top_k_lora: keep only the k largest scalings per token and module (None = all experts).
        enable_softmax_topk: softmax over the kept top-k scalings only (needs ``top_k_lora``).
        scaling_pass_value: value every expert gets in the first ("scaling") pass; 0 = plain base model.
        global_scaling_weight: multiplies every expert's contribution in the second pass.
        use_trainable_adapters: let gradients reach the experts too (default: only the gate trains).
        target_modules: adapted module names (filled from the experts; informational).
    """

    experts: list[str] = field(default_factory=list)
    hidden_size: int | None = None
    xlora_depth: int = 1
    xlora_size: int = 2048
    xlora_dropout_p: float = 0.2
    enable_relu_and_dropout: bool = True
    layerwise_scalings: bool = False
    enable_softmax: bool = True
    softmax_temperature: float = 1.0
    top_k_lora: int | None = None
    enable_softmax_topk: bool = False
    scaling_pass_value: float = 0.0
    global_scaling_weight: float = 1.0
    use_trainable_adapters: bool = False
    target_modules: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Raise XLoRAConfigError naming the first invalid field."""
        if self.xlora_depth < 1:
            raise XLoRAConfigError(f"xlora_depth must be >= 1, got {self.xlora_depth}")
        if self.xlora_size < 1:
            raise XLoRAConfigError(f"xlora_size must be >= 1, got {self.xlora_size}")
        if not 0.0 <= self.xlora_dropout_p < 1.0:
            raise XLoRAConfigError(f"xlora_dropout_p must be in [0, 1), got {self.xlora_dropout_p}")
        if self.softmax_temperature <= 0:
            raise XLoRAConfigError(f"softmax_temperature must be > 0, got {self.softmax_temperature}")
        if self.top_k_lora is not None:
            if self.top_k_lora < 1:
                raise XLoRAConfigError(f"top_k_lora must be >= 1, got {self.top_k_lora}")
            if self.experts and self.top_k_lora > len(self.experts):
                raise XLoRAConfigError(
                    f"top_k_lora={self.top_k_lora} exceeds the number of experts ({len(self.experts)})"
                )
        if self.enable_softmax_topk and self.top_k_lora is None:
            raise XLoRAConfigError("enable_softmax_topk needs top_k_lora to be set")
        if len(set(self.experts)) != len(self.experts):
            raise XLoRAConfigError(f"expert names must be unique, got {self.experts}")

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, source: str = "config") -> XLoRAConfig:
        """Build from a dict, rejecting unknown keys (named in the error)."""
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise XLoRAConfigError(f"{source}: unknown field(s) {unknown}; known fields: {sorted(known)}")
        try:
            return cls(**data)
        except TypeError as exc:
            raise XLoRAConfigError(f"{source}: {exc}") from None

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=2) + "\n")

    @classmethod
    def load(cls, path: str | Path) -> XLoRAConfig:
        path = Path(path)
        try:
            data = json.loads(path.read_text())
        except (OSError, json.JSONDecodeError) as exc:
            raise XLoRAConfigError(f"{path}: cannot read X-LoRA config: {exc}") from None
        if not isinstance(data, dict):
            raise XLoRAConfigError(f"{path}: expected a JSON object")
        return cls.from_dict(data, source=str(path))
