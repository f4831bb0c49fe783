import pytest
import torch

from xlora_core import XLoRAConfig, XLoRAModel
from xlora_core.testing import tiny_llama, tiny_tokenizer, write_random_expert

torch.set_num_threads(1)


@pytest.fixture(scope="session")
def expert_dirs(tmp_path_factory):
    root = tmp_path_factory.mktemp("experts")
    base = tiny_llama()
    dirs = {}
    for i, name in enumerate(["alpha", "beta", "gamma"]):
        targets = ("q_proj", "k_proj", "v_proj", "o_proj") if i < 2 else ("q_proj", "v_proj", "down_proj")
        dirs[name] = write_random_expert(base, root / name, seed=i + 1, r=4 if i != 1 else 2, target_modules=targets)
    return dirs


@pytest.fixture
def make_model(expert_dirs):
    def make(seed: int = 0, **cfg):
        base = tiny_llama()
        torch.manual_seed(seed)
        model = XLoRAModel.from_experts(base, expert_dirs, XLoRAConfig(**cfg), tokenizer=tiny_tokenizer())
        if model.gate is not None:  # a random gate with visible routing differences
            for p in model.gate.parameters():
                torch.nn.init.normal_(p, std=0.5)
        return model.eval()

    return make


@pytest.fixture(scope="session")
def tokenizer():
    return tiny_tokenizer()
