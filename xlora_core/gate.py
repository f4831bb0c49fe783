"""The X-LoRA gate ("classifier"): hidden states of the scaling pass -> expert scalings.

Output shape: (batch, seq, n_modules, n_experts), where n_modules counts adapted modules
(e.g. 30 blocks x 4 projections = 120), as in the paper and peft.
"""

from __future__ import annotations

import torch
from torch import nn

from .config import XLoRAConfig


class XLoRAGate(nn.Module):
    """MLP over the last hidden state, then softmax (with temperature), top-k and steering."""

    def __init__(self, config: XLoRAConfig, n_experts: int, n_modules: int) -> None:
        super().__init__()
        if config.hidden_size is None:
            raise ValueError("XLoRAConfig.hidden_size must be set before building the gate")
        self.config = config
        self.n_experts = n_experts
        self.n_modules = n_modules
        out = n_experts * (n_modules if config.layerwise_scalings else 1)
        layers: list[nn.Module] = []
        width = config.hidden_size
        for _ in range(config.xlora_depth - 1):
            layers.append(nn.Linear(width, config.xlora_size, bias=True))
            if config.enable_relu_and_dropout:
                layers.append(nn.ReLU())
                if config.xlora_dropout_p > 0:
                    layers.append(nn.Dropout(p=config.xlora_dropout_p))
            width = config.xlora_size
        layers.append(nn.Linear(width, out, bias=True))
        self.layers = nn.Sequential(*layers)

    def logits(self, hidden: torch.Tensor) -> torch.Tensor:
        """Raw gate logits, shape (batch, seq, n_modules, n_experts)."""
        b, t, _ = hidden.shape
        out = self.layers(hidden.to(self.layers[0].weight.dtype))
        if self.config.layerwise_scalings:
            return out.reshape(b, t, self.n_modules, self.n_experts)
        return out.reshape(b, t, 1, self.n_experts).expand(b, t, self.n_modules, self.n_experts)

    def forward(self, hidden: torch.Tensor, bias: torch.Tensor | None = None) -> torch.Tensor:
        """Scalings for hidden states (batch, seq, hidden).

        ``bias`` (batch, n_experts) is added to the logits before the softmax: per-request steering.
        """
        logits = self.logits(hidden)
        if bias is not None:
            logits = logits + bias.to(logits.dtype)[:, None, None, :]
        return postprocess_scalings(logits, self.config)


def postprocess_scalings(logits: torch.Tensor, config: XLoRAConfig) -> torch.Tensor:
    """Softmax with temperature, then top-k masking, then the optional softmax over the top-k."""
    scalings = logits
    if config.enable_softmax:
        scalings = torch.softmax(scalings / config.softmax_temperature, dim=-1)
    k = config.top_k_lora
    if k is not None and k < scalings.shape[-1]:
        top = torch.topk(scalings, k=k, dim=-1).indices
        keep = torch.zeros_like(scalings, dtype=torch.bool).scatter_(-1, top, True)
        if config.enable_softmax_topk:
            scalings = torch.softmax(scalings.masked_fill(~keep, float("-inf")), dim=-1)
        else:
            scalings = scalings * keep.to(scalings.dtype)
    elif k is not None and config.enable_softmax_topk:
        scalings = torch.softmax(scalings, dim=-1)
    return scalings
