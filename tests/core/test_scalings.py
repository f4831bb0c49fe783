"""Scalings log, summaries and heatmaps."""

import torch

from xlora_core.scalings import (
    ScalingsLog,
    active_experts,
    per_layer,
    per_token,
    plot_layer_heatmap,
    plot_token_heatmap,
    summarize,
)


def test_log_is_bounded_and_latest_is_kept():
    log = ScalingsLog(max_entries=3)
    log.enabled = True
    for i in range(5):
        log.record(torch.full((1, 2, 4, 3), float(i)))
    entries = log.entries()
    assert len(entries) == 3 and [float(e[0, 0, 0, 0]) for e in entries] == [2.0, 3.0, 4.0]
    assert float(log.latest()[0, 0, 0, 0]) == 4.0
    log.clear()
    assert log.entries() == [] and log.latest() is not None


def test_model_records_latest_scalings(make_model):
    model = make_model()
    ids = torch.tensor([[3, 4, 5]])
    out = model(ids)
    assert torch.equal(model.get_latest_scalings(), out.scalings.detach())


def test_summaries():
    s = torch.zeros(1, 4, 6, 2)
    s[..., 0] = 0.75
    s[..., 1] = 0.25
    assert summarize(s, ["a", "b"]) == {"a": 0.75, "b": 0.25}
    assert per_token(s).shape == (4, 2) and per_layer(s).shape == (6, 2)
    assert active_experts({"a": 0.1, "b": 0.7, "c": 0.2}, top=2) == ["b", "c"]


def test_heatmaps_write_png(tmp_path):
    tok = plot_token_heatmap(torch.rand(5, 3), list("abcde"), ["x", "y", "z"], path=str(tmp_path / "t.png"))
    lay = plot_layer_heatmap(torch.rand(12, 3), ["x", "y", "z"], path=str(tmp_path / "l.png"))
    for name in ("t.png", "l.png"):
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert tok.axes[0].get_title() and lay.axes[0].get_title()
