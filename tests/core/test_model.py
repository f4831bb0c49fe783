"""X-LoRA model: every config option, cached vs uncached, steering, threads, training."""

import threading

import pytest
import torch

from xlora_core import Steering, XLoRAConfig, XLoRAConfigError, XLoRAModel
from xlora_core.layers import mixing
from xlora_core.testing import tiny_llama

IDS = torch.tensor([[5, 17, 33, 8, 60, 41, 12, 9], [7, 7, 21, 55, 3, 90, 44, 18]])


def reference_forward(model: XLoRAModel, ids: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Uncached two-pass X-LoRA written out directly (no caches, no helpers)."""
    with torch.no_grad():
        hidden = model.base.get_decoder()(input_ids=ids).last_hidden_state
        scalings = model.gate(hidden)
        with mixing(scalings * model.config.global_scaling_weight):
            logits = model.base(input_ids=ids).logits
    return logits, scalings


OPTIONS = [
    {},
    {"layerwise_scalings": True},
    {"xlora_depth": 3, "xlora_size": 16},
    {"xlora_depth": 2, "xlora_size": 8, "enable_relu_and_dropout": False},
    {"enable_softmax": False},
    {"softmax_temperature": 0.3},
    {"top_k_lora": 1},
    {"top_k_lora": 2, "enable_softmax_topk": True, "enable_softmax": False},
    {"global_scaling_weight": 0.5},
]


@pytest.mark.parametrize("cfg", OPTIONS, ids=[str(o) for o in OPTIONS])
def test_options_shape_and_reference(make_model, cfg):
    model = make_model(**cfg)
    out = model(IDS)
    ref_logits, ref_scalings = reference_forward(model, IDS)
    assert out.scalings.shape == (2, IDS.shape[1], model.n_modules, 3)
    assert torch.allclose(out.logits, ref_logits, atol=1e-5)
    assert torch.allclose(out.scalings, ref_scalings, atol=1e-6)
    if cfg.get("top_k_lora"):
        assert ((out.scalings > 0).sum(-1) <= cfg["top_k_lora"]).all()
    if (cfg.get("enable_softmax", True) and not cfg.get("top_k_lora")) or cfg.get("enable_softmax_topk"):
        assert torch.allclose(out.scalings.sum(-1), torch.ones(()), atol=1e-5)
    if not cfg.get("layerwise_scalings"):
        assert torch.equal(out.scalings[:, :, :1].expand_as(out.scalings), out.scalings)
    else:
        assert not torch.allclose(out.scalings[:, :, 0], out.scalings[:, :, 1])


def test_experts_change_output_and_base_is_restored(make_model):
    model = make_model()
    base_logits = tiny_llama()(IDS).logits
    with torch.no_grad():
        mixed = model(IDS).logits
        with mixing(None):
            plain = model.base(IDS).logits
    assert torch.allclose(plain, base_logits, atol=1e-6)  # no context = the base model exactly
    assert (mixed - base_logits).abs().max() > 1e-3  # the experts do something


def test_temperature_sharpens(make_model):
    soft = make_model(softmax_temperature=5.0)(IDS).scalings
    sharp = make_model(softmax_temperature=0.2)(IDS).scalings
    assert sharp.max(-1).values.mean() > soft.max(-1).values.mean()


def test_scaling_pass_value_is_used(make_model):
    a = make_model(scaling_pass_value=0.0)(IDS).scalings
    b = make_model(scaling_pass_value=1.0)(IDS).scalings
    assert not torch.allclose(a, b)


@pytest.mark.parametrize("cfg", [{}, {"layerwise_scalings": True, "top_k_lora": 2}, {"scaling_pass_value": 0.5}])
def test_cached_equals_uncached(make_model, cfg):
    model = make_model(**cfg)
    ids = IDS[:1]
    cached = model.generate(ids, max_new_tokens=24, do_sample=False, eos_token_id=None, return_dict_in_generate=True)
    plain = model.generate(
        ids, max_new_tokens=24, do_sample=False, eos_token_id=None, use_cache=False, return_dict_in_generate=True
    )
    assert torch.equal(cached.sequences, plain.sequences)
    assert torch.allclose(cached.token_scalings, plain.token_scalings, atol=1e-5)
    full = model(cached.sequences)  # logits of the whole sequence at once
    cache = model.new_cache()
    step_logits = [model(ids, cache=cache).logits[:, -1]]
    for tok in cached.sequences[0, ids.shape[1] : -1]:
        step_logits.append(model(tok.view(1, 1), cache=cache).logits[:, -1])
    stepped = torch.stack(step_logits, dim=1)
    assert (stepped - full.logits[:, ids.shape[1] - 1 : -1]).abs().max() < 1e-4


def test_left_padded_batch_equals_single(make_model, tokenizer):
    model = make_model()
    short = torch.tensor([[11, 12, 13]])
    long = torch.tensor([[21, 22, 23, 24, 25, 26]])
    pad = torch.tensor([[0, 0, 0, 11, 12, 13], [21, 22, 23, 24, 25, 26]])
    mask = torch.tensor([[0, 0, 0, 1, 1, 1], [1] * 6])
    kw = dict(max_new_tokens=10, do_sample=False, eos_token_id=None)
    batched = model.generate(pad, attention_mask=mask, **kw)
    one = model.generate(short, **kw)
    two = model.generate(long, **kw)
    assert torch.equal(batched[0, 3:], one[0])
    assert torch.equal(batched[1], two[0])


def test_steering_bias_and_pin(make_model):
    model = make_model()
    free = model(IDS).scalings
    biased = model(IDS, steering=Steering(bias={"gamma": 5.0})).scalings
    assert biased[..., 2].mean() > free[..., 2].mean() + 0.2
    pinned = model(IDS, steering=[Steering(pin={"alpha": 1.0}), None])
    assert torch.allclose(pinned.scalings[0, ..., 0], torch.ones(()))
    assert torch.allclose(pinned.scalings[1], free[1])
    with pytest.raises(ValueError, match="unknown expert 'delta'"):
        model(IDS, steering=Steering(bias={"delta": 1.0}))


def test_threads_get_sequential_results(make_model):
    model = make_model()
    prompts = [torch.tensor([[3 + i, 40 + i, 7, 9 + 2 * i]]) for i in range(8)]
    steer = [Steering(bias={"alpha": 3.0}) if i % 2 else Steering(pin={"beta": 1.0}) for i in range(8)]
    kw = dict(max_new_tokens=12, do_sample=False, eos_token_id=None)
    expected = [model.generate(p, steering=s, **kw) for p, s in zip(prompts, steer)]
    results: dict[int, torch.Tensor] = {}
    barrier = threading.Barrier(8)

    def work(i):
        barrier.wait()
        for _ in range(2):
            results[i] = model.generate(prompts[i], steering=steer[i], **kw)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i in range(8):
        assert torch.equal(results[i], expected[i]), f"thread {i} differs"


def test_one_optimizer_step_changes_only_the_gate(make_model):
    model = make_model()
    model.train()
    before = {n: p.detach().clone() for n, p in model.named_parameters()}
    trainable = {n for n, p in model.named_parameters() if p.requires_grad}
    assert trainable and all(n.startswith("gate.") for n in trainable)
    opt = torch.optim.SGD(model.trainable_parameters(), lr=0.5)
    loss = model(IDS, labels=IDS).loss
    loss.backward()
    opt.step()
    changed = {n for n, p in model.named_parameters() if not torch.equal(p, before[n])}
    assert changed == trainable


def test_trainable_experts_get_gradients(make_model):
    model = make_model(use_trainable_adapters=True)
    model.train()
    model(IDS, labels=IDS).loss.backward()
    grads = {n for n, p in model.named_parameters() if p.grad is not None and p.grad.abs().sum() > 0}
    assert any("lora_A" in n for n in grads) and any(n.startswith("gate.") for n in grads)
    assert not any(n.startswith("base.") and "lora_" not in n for n in grads)


def test_generate_rejects_unknown_argument(make_model):
    with pytest.raises(TypeError, match="no_such_arg"):
        make_model().generate(IDS[:1], no_such_arg=3)


@pytest.mark.parametrize(
    "cfg,match",
    [({"xlora_depth": 0}, "xlora_depth"), ({"top_k_lora": 0}, "top_k_lora"),
     ({"enable_softmax_topk": True}, "enable_softmax_topk"), ({"softmax_temperature": 0}, "softmax_temperature")],
)
def test_bad_config(cfg, match):
    with pytest.raises(XLoRAConfigError, match=match):
        XLoRAConfig(**cfg)


def test_sampling_is_seeded(make_model):
    model = make_model()
    kw = dict(max_new_tokens=16, do_sample=True, temperature=1.5, top_k=20, eos_token_id=None)
    a = model.generate(IDS[:1], generator=torch.Generator().manual_seed(3), **kw)
    b = model.generate(IDS[:1], generator=torch.Generator().manual_seed(3), **kw)
    c = model.generate(IDS[:1], generator=torch.Generator().manual_seed(4), **kw)
    assert torch.equal(a, b) and not torch.equal(a, c)


def test_bfloat16_runs_and_cached_matches_uncached(make_model):
    """The GPU dtype (bf16) path, exercised on the CPU: same code, same cached/uncached agreement."""
    model = make_model().to(torch.bfloat16)
    assert model.dtype == torch.bfloat16 and model.gate.layers[0].weight.dtype == torch.bfloat16
    kw = dict(max_new_tokens=8, do_sample=False, eos_token_id=None)
    cached = model.generate(IDS[:1], **kw)
    plain = model.generate(IDS[:1], use_cache=False, **kw)
    assert torch.equal(cached, plain)
    assert model(IDS).scalings.dtype == torch.bfloat16


def test_device_and_dtype_choice():
    from xlora_core.loading import ModelLoadError, pick_device, pick_dtype

    assert pick_dtype(None, torch.device("cpu")) == torch.float32
    assert pick_dtype("bf16", torch.device("cpu")) == torch.bfloat16
    assert pick_device("cpu").type == "cpu"
    if not torch.cuda.is_available():
        assert pick_device(None).type in {"cpu", "mps"}
    with pytest.raises(ModelLoadError, match="unknown dtype 'fp8'"):
        pick_dtype("fp8", torch.device("cpu"))


def test_folded_weights_equal_the_low_rank_path(make_model):
    model = make_model(layerwise_scalings=True, global_scaling_weight=0.8)
    frozen = model(IDS[:1]).scalings[0].mean(dim=0)  # (n_modules, K): prompt-level scalings
    with torch.no_grad():
        low_rank = model(IDS[1:], scalings=frozen[None, None]).logits
        folded = model(IDS[1:], folded=model.fold_scalings(frozen)).logits
    assert (folded - low_rank).abs().max() < 1e-5
    assert (low_rank - model(IDS[1:]).logits).abs().max() > 1e-4  # frozen differs from token-level
