"""Scalings: a bounded, thread-safe log, per-expert summaries, and heatmap plots."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Sequence

import torch


class ScalingsLog:
    """Keeps the latest scalings and, when enabled, a bounded history (oldest dropped first)."""

    def __init__(self, max_entries: int = 256) -> None:
        self._lock = threading.Lock()
        self._latest: torch.Tensor | None = None
        self._log: deque[torch.Tensor] = deque(maxlen=max_entries)
        self.enabled = False

    def record(self, scalings: torch.Tensor) -> None:
        s = scalings.detach()
        with self._lock:
            self._latest = s
            if self.enabled:
                self._log.append(s.to("cpu", torch.float32))

    def latest(self) -> torch.Tensor | None:
        with self._lock:
            return self._latest

    def entries(self) -> list[torch.Tensor]:
        with self._lock:
            return list(self._log)

    def clear(self) -> None:
        with self._lock:
            self._log.clear()


def per_token(scalings: torch.Tensor) -> torch.Tensor:
    """(seq, n_modules, K) or (1, seq, n_modules, K) -> (seq, K): mean over adapted modules."""
    if scalings.dim() == 4:
        scalings = scalings[0]
    return scalings.float().mean(dim=1)


def per_layer(scalings: torch.Tensor) -> torch.Tensor:
    """(seq, n_modules, K) or (1, seq, n_modules, K) -> (n_modules, K): mean over tokens."""
    if scalings.dim() == 4:
        scalings = scalings[0]
    return scalings.float().mean(dim=0)


def summarize(scalings: torch.Tensor, expert_names: Sequence[str]) -> dict[str, float]:
    """Mean scaling per expert over all tokens and modules."""
    if scalings is None or scalings.numel() == 0:
        return {name: 0.0 for name in expert_names}
    flat = scalings.float().reshape(-1, scalings.shape[-1]).mean(dim=0)
    return {name: round(float(v), 6) for name, v in zip(expert_names, flat)}


def active_experts(mean: dict[str, float], top: int = 2) -> list[str]:
    """The ``top`` experts with the largest mean scalings."""
    return [name for name, _ in sorted(mean.items(), key=lambda kv: -kv[1])[:top]]


def plot_token_heatmap(
    token_scalings: torch.Tensor,
    tokens: Sequence[str],
    expert_names: Sequence[str],
    *,
    title: str = "Expert scalings per token",
    path: str | None = None,
):
    """Heatmap tokens x experts (token_scalings: (seq, K)). Returns the matplotlib Figure."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    data = token_scalings.float().cpu().numpy()
    fig, ax = plt.subplots(figsize=(max(4, 0.9 * len(expert_names) + 2), max(3, 0.22 * len(tokens) + 1)))
    im = ax.imshow(data, aspect="auto", cmap="viridis", vmin=0.0)
    ax.set_xticks(range(len(expert_names)), list(expert_names), rotation=35, ha="right")
    ax.set_yticks(range(len(tokens)), [repr(t)[1:-1][:18] for t in tokens], fontsize=7)
    ax.set_title(title)
    fig.colorbar(im, ax=ax, label="scaling")
    fig.tight_layout()
    if path:
        fig.savefig(path, dpi=120)
    return fig


def plot_layer_heatmap(
    layer_scalings: torch.Tensor,
    expert_names: Sequence[str],
    *,
    title: str = "Expert scalings per adapted module",
    path: str | None = None,
):
    """Heatmap adapted modules x experts (layer_scalings: (n_modules, K)). Returns the Figure."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    data = layer_scalings.float().cpu().numpy()
    fig, ax = plt.subplots(figsize=(max(4, 0.9 * len(expert_names) + 2), 6))
    im = ax.imshow(data, aspect="auto", cmap="magma", vmin=0.0)
    ax.set_xticks(range(len(expert_names)), list(expert_names), rotation=35, ha="right")
    ax.set_ylabel("adapted module index")
    ax.set_title(title)
    fig.colorbar(im, ax=ax, label="mean scaling")
    fig.tight_layout()
    if path:
        fig.savefig(path, dpi=120)
    return fig
