"""Tiny random models, tokenizers and LoRA experts for fast tests and examples (no downloads)."""

from __future__ import annotations

import json
import string
from pathlib import Path

import torch
from safetensors.torch import save_file

CHAT_TEMPLATE = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def tiny_tokenizer():
    """A character-level fast tokenizer with a chat template (vocab ~100)."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    specials = ["<pad>", "<|im_start|>", "<|im_end|>", "<unk>"]
    chars = list(string.printable)
    vocab = {tok: i for i, tok in enumerate(specials + chars)}
    tok = Tokenizer(models.WordLevel(vocab=vocab, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Split("", behavior="isolated")
    tok.decoder = decoders.Fuse()
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        pad_token="<pad>",
        eos_token="<|im_end|>",
        bos_token="<|im_start|>",
        unk_token="<unk>",
    )
    fast.chat_template = CHAT_TEMPLATE
    return fast


def tiny_llama(seed: int = 0, vocab_size: int = 104, hidden: int = 32, layers: int = 2, init_range: float = 0.02):
    """A tiny random LlamaForCausalLM built from a config (fp32, eval mode)."""
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(seed)
    cfg = LlamaConfig(
        vocab_size=vocab_size,
        hidden_size=hidden,
        intermediate_size=hidden * 2,
        num_hidden_layers=layers,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=512,
        pad_token_id=0,
        eos_token_id=2,
        bos_token_id=1,
        tie_word_embeddings=False,
        initializer_range=init_range,
    )
    model = LlamaForCausalLM(cfg).eval()
    model.generation_config.pad_token_id = 0
    model.generation_config.eos_token_id = 2
    return model


def write_random_expert(
    model,
    folder: str | Path,
    *,
    seed: int,
    r: int = 4,
    alpha: float = 8.0,
    target_modules: tuple[str, ...] = ("q_proj", "k_proj", "v_proj", "o_proj"),
    std: float = 0.2,
) -> Path:
    """Write a random LoRA expert for ``model`` in peft's folder format (safetensors)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    gen = torch.Generator().manual_seed(seed)
    tensors = {}
    for name, module in model.named_modules():
        if name.split(".")[-1] in target_modules and isinstance(module, torch.nn.Linear):
            a = torch.randn(r, module.in_features, generator=gen) * std
            b = torch.randn(module.out_features, r, generator=gen) * std
            tensors[f"base_model.model.{name}.lora_A.weight"] = a.contiguous()
            tensors[f"base_model.model.{name}.lora_B.weight"] = b.contiguous()
    save_file(tensors, str(folder / "adapter_model.safetensors"))
    config = {
        "peft_type": "LORA",
        "r": r,
        "lora_alpha": alpha,
        "target_modules": list(target_modules),
        "lora_dropout": 0.0,
        "bias": "none",
        "task_type": "CAUSAL_LM",
        "base_model_name_or_path": "tiny-llama",
    }
    (folder / "adapter_config.json").write_text(json.dumps(config, indent=2))
    return folder


def tiny_xlora(seed: int = 0, n_experts: int = 2, folder: str | Path | None = None, **config):
    """A tiny random X-LoRA (tiny Llama + ``n_experts`` random experts + a random gate) and its tokenizer."""
    import tempfile

    from .config import XLoRAConfig
    from .model import XLoRAModel

    tok = tiny_tokenizer()
    base = tiny_llama(seed=seed, vocab_size=len(tok))
    root = Path(folder or tempfile.mkdtemp(prefix="tiny-experts-"))
    names = [f"expert_{i}" for i in range(n_experts)]
    experts = {n: write_random_expert(base, root / n, seed=seed * 100 + i + 1) for i, n in enumerate(names)}
    model = XLoRAModel.from_experts(base, experts, XLoRAConfig(**config), tokenizer=tok)
    if model.gate is not None:
        gen = torch.Generator().manual_seed(seed)
        for p in model.gate.parameters():
            p.data.normal_(0.0, 0.5, generator=gen)
    return model.eval(), tok


def tiny_engine(seed: int = 0, n_experts: int = 2, **engine_kwargs):
    """An Engine over :func:`tiny_xlora` (random text, real token counts and scalings)."""
    from .engine import Engine

    model, tok = tiny_xlora(seed=seed, n_experts=n_experts)
    return Engine(model, tok, **engine_kwargs)
