"""The shipped default X-LoRA: files, checksums, experts, routing on a clear prompt."""

import json

import pytest
import torch

from xlora_core import load_xlora
from xlora_core.default import DEFAULT_DIR, verify_checksums
from xlora_core.engine import Engine, SamplingParams

EXPERTS = ("protein_mechanics", "bioinspired_materials", "chemistry", "quantitative", "kg_extraction")


def test_shipped_files_match_recorded_checksums():
    recorded = verify_checksums()
    assert "gate.safetensors" in recorded
    assert {f"experts/{e}/adapter_model.safetensors" for e in EXPERTS} <= set(recorded)
    assert not list(DEFAULT_DIR.rglob("*.bin")) and not list(DEFAULT_DIR.rglob("*.pt"))


def test_checksum_mismatch_is_reported(tmp_path):
    import shutil

    from xlora_core import ModelLoadError

    copy = tmp_path / "default"
    shutil.copytree(DEFAULT_DIR, copy)
    data = bytearray((copy / "gate.safetensors").read_bytes())
    data[-1] ^= 0xFF
    (copy / "gate.safetensors").write_bytes(bytes(data))
    with pytest.raises(ModelLoadError, match="gate.safetensors: checksum mismatch"):
        verify_checksums(copy)


@pytest.mark.integration
def test_load_default_has_five_experts_and_routes():
    model, tok = load_xlora("default")
    assert model.expert_names == EXPERTS
    config = json.loads((DEFAULT_DIR / "xlora_config.json").read_text())
    assert config["layerwise_scalings"] is True and model.n_modules == 120
    prompt = tok.apply_chat_template(
        [{"role": "user", "content": "Balance the equation for the combustion of methane and name the bonds broken."}],
        tokenize=False, add_generation_prompt=True,
    )
    ids = torch.tensor([tok(prompt, add_special_tokens=False)["input_ids"]])
    with torch.no_grad():
        mean = model(ids).scalings[0].mean(dim=(0, 1))
    assert model.expert_names[int(mean.argmax())] == "chemistry"
    with Engine(model, tok) as engine:
        res = engine.generate([{"role": "user", "content": "What is nacre made of?"}], SamplingParams(max_new_tokens=8))
    assert res.completion_tokens >= 1 and set(res.mean_scalings) == set(EXPERTS)
