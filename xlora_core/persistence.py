"""save_pretrained / from_pretrained: one portable folder, written atomically.

Layout::

    folder/xlora_config.json          XLoRAConfig fields + format + base model id
    folder/gate.safetensors           the gate's weights
    folder/experts/<name>/adapter_config.json, adapter_model.safetensors   (peft LoRA format)

Expert paths are relative, so a moved or copied folder loads the same. Only safetensors are read.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch
from safetensors.torch import load_file, save_file

from .config import XLoRAConfig
from .experts import ExpertError, read_expert

if TYPE_CHECKING:
    from .model import XLoRAModel

FORMAT = "xlora-agents/1"
CONFIG_FILE = "xlora_config.json"
GATE_FILE = "gate.safetensors"


def expert_state(model: XLoRAModel, index: int) -> dict[str, torch.Tensor]:
    """Unstack expert ``index`` from the mixing layers into peft key names."""
    meta = model._expert_meta[index]
    tensors = {}
    for layer, name in zip(model.expert_modules(), _module_names(model)):
        rank = meta["ranks"].get(name)
        if rank is None:
            continue
        r = layer.rank
        a = layer.lora_A.detach()[index * r : index * r + rank]
        b = layer.lora_B.detach()[:, index * r : index * r + rank]
        tensors[f"base_model.model.{name}.lora_A.weight"] = a.float().cpu().contiguous()
        tensors[f"base_model.model.{name}.lora_B.weight"] = b.float().cpu().contiguous()
    return tensors


def _module_names(model: XLoRAModel) -> list[str]:
    from .layers import XLoRALinear

    found = [(m.index, n) for n, m in model.base.named_modules() if isinstance(m, XLoRALinear)]
    return [n for _, n in sorted(found)]


def write_expert(folder: Path, config: dict[str, Any], tensors: dict[str, torch.Tensor]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "adapter_config.json").write_text(json.dumps(config, indent=2) + "\n")
    save_file(tensors, str(folder / "adapter_model.safetensors"))


def save_xlora(model: XLoRAModel, folder: str | Path) -> Path:
    """Write the model's config, gate and experts into ``folder`` (replaced atomically)."""
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.tmp-", dir=folder.parent))
    try:
        data = model.config.to_dict()
        meta = {"format": FORMAT, "base_model": model.base_id}
        (tmp / CONFIG_FILE).write_text(json.dumps({**meta, **data}, indent=2) + "\n")
        if model.gate is not None:
            state = {k: v.detach().float().cpu().contiguous() for k, v in model.gate.state_dict().items()}
            save_file(state, str(tmp / GATE_FILE))
        for i, meta_e in enumerate(model._expert_meta):
            write_expert(tmp / "experts" / meta_e["name"], meta_e["config"], expert_state(model, i))
        for path in [tmp, *tmp.rglob("*")]:  # mkdtemp makes 0700: the saved folder is an ordinary one
            path.chmod(0o755 if path.is_dir() else 0o644)
        old = None
        if folder.exists():
            old = folder.with_name(f".{folder.name}.old-{os.getpid()}")
            os.replace(folder, old)
        os.replace(tmp, folder)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return folder


def read_config(folder: Path) -> tuple[XLoRAConfig, str | None]:
    path = folder / CONFIG_FILE
    if not path.is_file():
        raise ExpertError(f"{folder}: not an X-LoRA folder ({CONFIG_FILE} is missing)")
    try:
        data = json.loads(path.read_text())
    except json.JSONDecodeError as exc:
        raise ExpertError(f"{path}: invalid JSON: {exc}") from None
    fmt = data.pop("format", None)
    if fmt != FORMAT:
        raise ExpertError(f"{path}: unknown format {fmt!r} (expected {FORMAT!r})")
    base_id = data.pop("base_model", None)
    return XLoRAConfig.from_dict(data, source=str(path)), base_id


def load_xlora_folder(
    folder: str | Path,
    base: Any = None,
    *,
    tokenizer: Any = None,
    device: str | None = None,
    dtype: str | torch.dtype | None = None,
) -> XLoRAModel:
    """Rebuild an XLoRAModel from :func:`save_xlora`'s folder."""
    from .model import XLoRAModel

    folder = Path(folder)
    config, base_id = read_config(folder)
    if base is None or isinstance(base, str):
        from .loading import load_base

        base_id = base or base_id or "default"
        base, tokenizer = load_base(base_id, device=device, dtype=dtype)
    experts = [read_expert(name, folder / "experts" / name) for name in config.experts]
    model = XLoRAModel(base, experts, config, tokenizer=tokenizer, base_id=base_id)
    if model.gate is not None:
        gate_path = folder / GATE_FILE
        if not gate_path.is_file():
            raise ExpertError(f"{folder}: {GATE_FILE} is missing")
        state = load_file(str(gate_path))
        try:
            model.gate.load_state_dict({k: v.to(model.dtype) for k, v in state.items()})
        except RuntimeError as exc:
            raise ExpertError(f"{gate_path}: gate weights do not fit the config: {exc}") from None
    return model
