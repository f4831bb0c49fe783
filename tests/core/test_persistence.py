"""save/load round trip, peft interop (our oracle), bad experts."""

import json
import shutil

import pytest
import torch

from xlora_core import ExpertError, XLoRAConfig, XLoRAModel
from xlora_core.testing import tiny_llama, write_random_expert

IDS = torch.tensor([[5, 17, 33, 8, 60, 41, 12, 9]])


def test_save_load_roundtrip_after_move(make_model, tmp_path):
    model = make_model(layerwise_scalings=True, xlora_depth=2, xlora_size=8)
    folder = model.save_pretrained(tmp_path / "a" / "xl")
    moved = tmp_path / "elsewhere" / "copy"
    shutil.move(str(folder), str(moved))
    restored = XLoRAModel.from_pretrained(moved, base=tiny_llama())
    assert restored.expert_names == model.expert_names
    a, b = model(IDS), restored(IDS)
    assert torch.equal(a.logits, b.logits)
    assert torch.equal(a.scalings, b.scalings)
    files = sorted(p.relative_to(moved).as_posix() for p in moved.rglob("*") if p.is_file())
    assert "gate.safetensors" in files and "experts/gamma/adapter_model.safetensors" in files
    assert not any(f.endswith((".bin", ".pt", ".pkl")) for f in files)
    assert str(tmp_path) not in (moved / "xlora_config.json").read_text()  # no absolute paths


def test_save_replaces_existing_folder_atomically(make_model, tmp_path):
    model = make_model()
    target = tmp_path / "xl"
    model.save_pretrained(target)
    (target / "stale.txt").write_text("old")
    model.save_pretrained(target)
    assert not (target / "stale.txt").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["xl"]


def _peft_xlora(expert_dirs, **cfg):
    from peft import XLoraConfig, get_peft_model

    base = tiny_llama()
    base.config.use_cache = False
    config = XLoraConfig(
        task_type="CAUSAL_LM", hidden_size=base.config.hidden_size,
        # peft 0.21 needs adapter names "0".."K-1" (other names raise KeyError on the first forward)
        adapters={str(i): str(path) for i, path in enumerate(expert_dirs.values())}, **cfg,
    )
    torch.manual_seed(0)
    model = get_peft_model(base, config).eval()
    for p in model.base_model.internal_xlora_classifier.parameters():
        torch.nn.init.normal_(p, std=0.5)
    return model


@pytest.mark.parametrize(
    "cfg",
    [{}, {"layerwise_scalings": True}, {"xlora_depth": 2, "xlora_size": 16}, {"top_k_lora": 2},
     {"softmax_temperature": 0.5, "global_scaling_weight": 0.7}, {"scaling_pass_value": 0.3}],
    ids=str,
)
def test_from_peft_reproduces_logits(expert_dirs, cfg):
    peft_model = _peft_xlora(expert_dirs, **cfg)
    ids = torch.randint(3, 100, (2, 12), generator=torch.Generator().manual_seed(1))
    with torch.no_grad():
        expected = peft_model(input_ids=ids).logits
    ours = XLoRAModel.from_peft(peft_model)
    got = ours(ids).logits
    assert ours.expert_names == ("0", "1", "2")
    assert (got - expected).abs().max() <= 1e-4
    with torch.no_grad():
        peft_tokens = peft_model.generate(input_ids=ids[:1], max_new_tokens=10, do_sample=False, eos_token_id=None)
    our_tokens = ours.generate(ids[:1], max_new_tokens=10, do_sample=False, eos_token_id=None)
    assert torch.equal(peft_tokens, our_tokens)


def test_from_peft_leaves_peft_model_working(expert_dirs):
    peft_model = _peft_xlora(expert_dirs)
    ids = torch.randint(3, 100, (1, 6))
    with torch.no_grad():
        before = peft_model(input_ids=ids).logits
    XLoRAModel.from_peft(peft_model)
    with torch.no_grad():
        after = peft_model(input_ids=ids).logits
    assert torch.equal(before, after)


def _copy_expert(src, dst):
    shutil.copytree(src, dst)
    return dst


def test_expert_from_other_base_is_rejected(tmp_path):
    other = tiny_llama(hidden=48)
    path = write_random_expert(other, tmp_path / "wide", seed=1)
    with pytest.raises(ExpertError, match=r"expert 'wide'.*do not fit.*tiny-llama"):
        XLoRAModel.from_experts(tiny_llama(), {"wide": path})


def test_expert_with_missing_module_is_rejected(tmp_path):
    deep = tiny_llama(layers=3)
    path = write_random_expert(deep, tmp_path / "deep", seed=1)
    with pytest.raises(ExpertError, match=r"expert 'deep'.*layers\.2.*does not exist"):
        XLoRAModel.from_experts(tiny_llama(), {"deep": path})


def test_pickled_expert_is_refused(expert_dirs, tmp_path):
    bad = _copy_expert(expert_dirs["alpha"], tmp_path / "pickled")
    (bad / "adapter_model.safetensors").rename(bad / "adapter_model.bin")
    with pytest.raises(ExpertError, match="pickled weights are never loaded"):
        XLoRAModel.from_experts(tiny_llama(), {"pickled": bad})


@pytest.mark.parametrize(
    "mutate,match",
    [
        (lambda d: (d / "adapter_config.json").write_text("{not json"), "not valid JSON"),
        (lambda d: (d / "adapter_config.json").unlink(), "adapter_config.json is missing"),
        (lambda d: (d / "adapter_model.safetensors").write_bytes(b"garbage"), "cannot read"),
        (lambda d: (d / "adapter_config.json").write_text(json.dumps({"peft_type": "LORA", "use_dora": True})),
         "DoRA"),
        (lambda d: (d / "adapter_config.json").write_text(json.dumps({"peft_type": "IA3"})), "peft_type"),
    ],
    ids=["bad-json", "no-config", "corrupt-weights", "dora", "not-lora"],
)
def test_bad_expert_folder(expert_dirs, tmp_path, mutate, match):
    bad = _copy_expert(expert_dirs["alpha"], tmp_path / "bad")
    mutate(bad)
    with pytest.raises(ExpertError, match=rf"expert 'bad'.*{match}"):
        XLoRAModel.from_experts(tiny_llama(), {"bad": bad})


def test_config_expert_mismatch(expert_dirs):
    with pytest.raises(ExpertError, match="config lists experts"):
        XLoRAModel.from_experts(tiny_llama(), expert_dirs, XLoRAConfig(experts=["x", "y", "z"]))
