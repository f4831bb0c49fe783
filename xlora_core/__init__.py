"""xlora_core: X-LoRA (mixture of LoRA experts) over Hugging Face causal LMs.

Quick start::

    from xlora_core import load_xlora, Engine
    model, tokenizer = load_xlora("default")          # SmolLM2-135M + the shipped experts and gate
    engine = Engine(model, tokenizer)                   # the one shared model of a process
    print(engine.generate([{"role": "user", "content": "Why is spider silk tough?"}]).text)
"""

from .config import XLoRAConfig, XLoRAConfigError
from .experts import ExpertError, LoRAExpert, read_expert
from .gate import XLoRAGate
from .layers import XLoRALinear, mixing
from .loading import ModelLoadError, load_base, pick_device, pick_dtype
from .model import XLoRACache, XLoRAModel, XLoRAOutput
from .steering import Steering, SteeringError
from .threads import release_thread_pool

__all__ = [
    "Engine",
    "ExpertError",
    "GenerationResult",
    "LoRAExpert",
    "ModelLoadError",
    "SamplingParams",
    "Steering",
    "SteeringError",
    "XLoRACache",
    "XLoRAConfig",
    "XLoRAConfigError",
    "XLoRAGate",
    "XLoRALinear",
    "XLoRAModel",
    "XLoRAOutput",
    "load_base",
    "load_engine",
    "load_xlora",
    "mixing",
    "pick_device",
    "pick_dtype",
    "read_expert",
    "release_thread_pool",
]


def __getattr__(name: str):  # lazy: the engine and default loader pull in threading/tokenizer code
    if name in {"Engine", "SamplingParams", "GenerationResult", "Request", "load_engine"}:
        from . import engine

        return getattr(engine, name)
    if name == "load_xlora":
        from .default import load_xlora

        return load_xlora
    raise AttributeError(name)
