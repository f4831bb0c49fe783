"""XLoRAModel: a frozen causal LM + frozen LoRA experts + a gate that mixes them per token.

One forward = a *scaling pass* (the base model; experts at ``scaling_pass_value``) whose last
hidden state feeds the gate, then the *real pass* with the gate's scalings. Each pass keeps its
own KV cache (:class:`XLoRACache`), so cached decoding costs two single-token passes per token.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn
from transformers import DynamicCache

from .config import XLoRAConfig
from .experts import ExpertError, LoRAExpert, check_expert, read_expert, stack_experts
from .gate import XLoRAGate
from .layers import XLoRALinear, mixing, mixing_layers
from .scalings import ScalingsLog
from .steering import Steering, steering_tensors


@dataclass
class XLoRACache:
    """The two KV caches of cached X-LoRA decoding: scaling pass and real pass."""

    scaling: DynamicCache | None  # None when scalings are frozen (prompt-level mode, pinned experts)
    main: DynamicCache

    def get_seq_length(self) -> int:
        return self.main.get_seq_length()


@dataclass
class XLoRAOutput:
    """Output of :meth:`XLoRAModel.forward`."""

    logits: torch.Tensor
    scalings: torch.Tensor | None  # (batch, seq, n_modules, n_experts), before the global weight
    cache: XLoRACache | None = None
    loss: torch.Tensor | None = None


def _cache_kwarg(model: nn.Module) -> str:
    """transformers 5.2x calls the KV cache argument ``cache``; earlier releases ``past_key_values``."""
    params = inspect.signature(model.forward).parameters
    return "cache" if "cache" in params else "past_key_values"


def positions_from_mask(attention_mask: torch.Tensor, new_tokens: int) -> torch.Tensor:
    """Position ids of the last ``new_tokens`` columns of a (left-padded) attention mask."""
    pos = attention_mask.long().cumsum(-1) - 1
    return pos.clamp_(min=0)[:, -new_tokens:]


class XLoRAModel(nn.Module):
    """X-LoRA over a Hugging Face causal LM. Build with :meth:`from_experts`, :meth:`from_pretrained`
    or :meth:`from_peft`.

    Attributes:
        base: the base model, whose adapted nn.Linear modules are replaced by :class:`XLoRALinear`.
        gate: the classifier producing scalings (None when there are no experts).
        config: the :class:`XLoRAConfig`.
        expert_names: expert names in gate order.
        tokenizer: the base model's tokenizer, when known.
    """

    def __init__(
        self,
        base: nn.Module,
        experts: list[LoRAExpert],
        config: XLoRAConfig | None = None,
        *,
        tokenizer: Any = None,
        base_id: str | None = None,
    ) -> None:
        super().__init__()
        config = config or XLoRAConfig()
        names = [e.name for e in experts]
        if config.experts and config.experts != names:
            raise ExpertError(f"config lists experts {config.experts} but {names} were given")
        config.experts = names
        config.hidden_size = config.hidden_size or base.config.hidden_size
        config.validate()
        for e in experts:
            check_expert(e, base, base_id)
        for p in base.parameters():
            p.requires_grad_(False)
        self.base = base
        self.config = config
        self.expert_names: tuple[str, ...] = tuple(names)
        self.tokenizer = tokenizer
        self.base_id = base_id
        self._expert_meta = [
            {"name": e.name, "config": dict(e.config), "ranks": {m: t[0].shape[0] for m, t in e.modules.items()}}
            for e in experts
        ]
        self._install(experts)
        self.n_modules = len(mixing_layers(base))
        self.gate = XLoRAGate(config, len(names), self.n_modules) if names else None
        if self.gate is not None:
            self.gate.to(device=self.device, dtype=self.dtype)
        self._cache_kw = _cache_kwarg(base)
        self.scalings_log = ScalingsLog()
        self.eval()

    # ------------------------------------------------------------------ construction
    def _install(self, experts: list[LoRAExpert]) -> None:
        targets = sorted({m for e in experts for m in e.modules})
        named = dict(self.base.named_modules())
        order = {name: i for i, name in enumerate(named)}
        targets.sort(key=order.__getitem__)  # module order = peft's layer numbering
        self.config.target_modules = sorted({t.split(".")[-1] for t in targets})
        for index, name in enumerate(targets):
            linear = named[name]
            a, b, scale = stack_experts(experts, name, linear.in_features, linear.out_features)
            w = linear.weight
            layer = XLoRALinear(
                linear,
                a.to(w.device, w.dtype),
                b.to(w.device, w.dtype),
                scale.to(w.device),
                index,
                trainable=self.config.use_trainable_adapters,
            )
            parent_name, _, child = name.rpartition(".")
            setattr(named[parent_name] if parent_name else self.base, child, layer)

    @classmethod
    def from_experts(
        cls,
        base: nn.Module | str,
        experts: dict[str, str | Path] | list[str | Path],
        config: XLoRAConfig | None = None,
        *,
        tokenizer: Any = None,
        device: str | None = None,
        dtype: str | torch.dtype | None = None,
        **config_overrides: Any,
    ) -> XLoRAModel:
        """Build from a base model (object, "default", a folder or a .gguf) and peft LoRA folders.

        ``experts`` maps names to folders; a list of folders names each expert after its folder.
        """
        base_id = base if isinstance(base, str) else getattr(getattr(base, "config", None), "_name_or_path", None)
        if isinstance(base, str):
            from .loading import load_base

            base, tokenizer = load_base(base, device=device, dtype=dtype)
        if not isinstance(experts, dict):
            experts = {Path(p).name: p for p in experts}
        config = config or XLoRAConfig(**config_overrides)
        loaded = [read_expert(name, path) for name, path in experts.items()]
        return cls(base, loaded, config, tokenizer=tokenizer, base_id=base_id)

    # ------------------------------------------------------------------ properties
    @property
    def device(self) -> torch.device:
        return next(self.base.parameters()).device

    @property
    def dtype(self) -> torch.dtype:
        return next(self.base.parameters()).dtype

    @property
    def n_experts(self) -> int:
        return len(self.expert_names)

    def new_cache(self, with_scaling_pass: bool = True) -> XLoRACache:
        """Fresh, empty caches for cached decoding (no scaling cache when scalings will be frozen)."""
        cfg = self.base.config
        scaling = DynamicCache(config=cfg) if with_scaling_pass and self.gate is not None else None
        return XLoRACache(scaling=scaling, main=DynamicCache(config=cfg))

    # ------------------------------------------------------------------ the two passes
    def _decoder_hidden(self, input_ids, attention_mask, position_ids, cache) -> torch.Tensor:
        decoder = self.base.get_decoder() if hasattr(self.base, "get_decoder") else None
        kw = {self._cache_kw: cache, "use_cache": cache is not None}
        if decoder is not None:
            return decoder(
                input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids, **kw
            ).last_hidden_state
        out = self.base(
            input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids,
            output_hidden_states=True, **kw,
        )
        return out.hidden_states[-1]

    def compute_scalings(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        position_ids: torch.Tensor | None = None,
        cache: DynamicCache | None = None,
        bias: torch.Tensor | None = None,
        pin: torch.Tensor | None = None,
    ) -> torch.Tensor | None:
        """The scaling pass and the gate: scalings (batch, seq, n_modules, n_experts).

        ``bias`` (batch, K) is added to the gate logits; ``pin`` (batch, K) fixes the scalings of
        the rows that are not NaN. When every row is pinned the scaling pass is skipped, but the
        scaling cache is still fed so that later tokens can be unpinned.
        """
        if self.gate is None:
            return None
        b, t = input_ids.shape
        k = self.n_experts
        all_pinned = pin is not None and not torch.isnan(pin[:, 0]).any()
        if all_pinned and cache is None:
            return pin.to(self.device, self.dtype)[:, None, None, :].expand(b, t, self.n_modules, k)
        value = self.config.scaling_pass_value
        dummy = None
        if value != 0:
            dummy = torch.full((1, 1, 1, k), value * self.config.global_scaling_weight, device=self.device)
        with torch.no_grad(), mixing(dummy):
            hidden = self._decoder_hidden(input_ids, attention_mask, position_ids, cache)
        scalings = self.gate(hidden, None if bias is None else bias.to(self.device))
        if pin is not None:
            pin = pin.to(self.device, scalings.dtype)
            rows = ~torch.isnan(pin[:, 0])
            fixed = pin[:, None, None, :].expand_as(scalings)
            scalings = torch.where(rows[:, None, None, None], fixed, scalings)
        return scalings

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        position_ids: torch.Tensor | None = None,
        cache: XLoRACache | None = None,
        labels: torch.Tensor | None = None,
        steering: Steering | list[Steering | None] | None = None,
        scalings: torch.Tensor | None = None,
        logits_to_keep: int = 0,
        folded: dict[int, torch.Tensor] | None = None,
    ) -> XLoRAOutput:
        """Scaling pass, gate, then the real pass.

        Pass ``cache`` (from :meth:`new_cache`) for incremental decoding, ``labels`` for a
        next-token loss, ``steering`` (one per row or one for all), or ready ``scalings``
        (batch|1, seq|1, n_modules|1, K) to skip the gate (e.g. prompt-level scalings), or
        ``folded`` weights from :meth:`fold_scalings` (one sequence, scalings frozen).
        """
        if attention_mask is not None and position_ids is None:
            position_ids = positions_from_mask(attention_mask, input_ids.shape[1])
        if folded is not None:
            scalings = None  # already inside the weights
        elif scalings is None and self.gate is not None:
            steers = steering if isinstance(steering, list) else [steering] * input_ids.shape[0]
            bias, pin = steering_tensors(steers, self.expert_names)
            scalings = self.compute_scalings(
                input_ids, attention_mask, position_ids, None if cache is None else cache.scaling, bias, pin
            )
        elif scalings is not None and cache is not None and cache.scaling is not None and self.gate is not None:
            with torch.no_grad(), mixing(self._scaling_pass_dummy()):  # keep the scaling cache in step
                self._decoder_hidden(input_ids, attention_mask, position_ids, cache.scaling)
        kw = {self._cache_kw: None if cache is None else cache.main, "use_cache": cache is not None}
        mix = None if scalings is None else scalings * self.config.global_scaling_weight
        with mixing(mix, folded):
            out = self.base(
                input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids,
                labels=labels, logits_to_keep=logits_to_keep, **kw,
            )
        if scalings is not None:
            self.scalings_log.record(scalings)
        return XLoRAOutput(logits=out.logits, scalings=scalings, cache=cache, loss=out.loss)

    @torch.no_grad()
    def fold_scalings(self, scalings: torch.Tensor) -> dict[int, torch.Tensor]:
        """Weights with frozen scalings folded in, for decoding one sequence at the base model's cost.

        ``scalings``: (n_modules, K) or (K,), before the global weight. Costs one weight copy per
        adapted module (about 100 MB for SmolLM2 with q/k/v/o experts).
        """
        rows = (scalings * self.config.global_scaling_weight).reshape(-1, self.n_experts)
        per_module = rows.shape[0] > 1
        return {m.index: m.folded_weight(rows[m.index if per_module else 0]) for m in self.expert_modules()}

    def _scaling_pass_dummy(self) -> torch.Tensor | None:
        v = self.config.scaling_pass_value
        if v == 0:
            return None
        return torch.full((1, 1, 1, self.n_experts), v * self.config.global_scaling_weight, device=self.device)

    # ------------------------------------------------------------------ generation
    def generate(self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None, **kwargs: Any):
        """Cached generation; accepts Hugging Face generate arguments (see :func:`generation.generate`)."""
        from .generation import generate

        return generate(self, input_ids, attention_mask=attention_mask, **kwargs)

    # ------------------------------------------------------------------ scalings
    def get_latest_scalings(self) -> torch.Tensor | None:
        """Scalings of the most recent forward call (batch, seq, n_modules, n_experts)."""
        return self.scalings_log.latest()

    def trainable_parameters(self) -> list[nn.Parameter]:
        return [p for p in self.parameters() if p.requires_grad]

    # ------------------------------------------------------------------ save / load / interop
    def save_pretrained(self, folder: str | Path) -> Path:
        from .persistence import save_xlora

        return save_xlora(self, folder)

    @classmethod
    def from_pretrained(
        cls,
        folder: str | Path,
        base: nn.Module | str | None = None,
        *,
        tokenizer: Any = None,
        device: str | None = None,
        dtype: str | torch.dtype | None = None,
    ) -> XLoRAModel:
        """Load a folder written by :meth:`save_pretrained` onto ``base`` (object, name or path;
        default: the base recorded in the folder)."""
        from .persistence import load_xlora_folder

        return load_xlora_folder(folder, base, tokenizer=tokenizer, device=device, dtype=dtype)

    @classmethod
    def from_peft(cls, peft_model: nn.Module, *, tokenizer: Any = None) -> XLoRAModel:
        """Convert a live peft ``XLoraModel`` (or a PeftModel wrapping one); the peft model is untouched."""
        from .interop import from_peft

        return from_peft(peft_model, tokenizer=tokenizer)

    def expert_modules(self) -> list[XLoRALinear]:
        return mixing_layers(self.base)
