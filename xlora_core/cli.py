"""CLI commands of the model side: ``experts train``, ``gate train``, ``eval`` (mounted by ``xlora-agents``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

console = Console(stderr=True)
experts_app = typer.Typer(help="Train LoRA experts (peft format).", no_args_is_help=True)
gate_app = typer.Typer(help="Train the X-LoRA gate over frozen experts.", no_args_is_help=True)


def _errors() -> tuple[tuple[type[Exception], ...], tuple[type[Exception], ...]]:
    """(bad-input errors -> exit 2, run-time failures -> exit 1), imported late: torch loads slowly."""
    from .config import XLoRAConfigError
    from .experts import ExpertError
    from .loading import ModelLoadError
    from .training.data import CorpusError

    return (CorpusError, ExpertError, XLoRAConfigError, ValueError), (ModelLoadError, OSError, RuntimeError)


def _classify(exc: Exception) -> typer.Exit:
    """Map an exception to a one-line error and exit code; re-raise anything unexpected."""
    user, runtime = _errors()
    if isinstance(exc, user):
        return _fail(exc, 2)
    if isinstance(exc, runtime):
        return _fail(exc, 1)
    raise exc


def _fail(exc: Exception, code: int) -> typer.Exit:
    """Print one clear line (no traceback) and return the exit to raise: 2 bad input, 1 runtime failure."""
    console.print(f"[bold red]error:[/] {escape(str(exc))}")
    return typer.Exit(code)


@experts_app.command("train")
def experts_train(
    corpus: Annotated[Path, typer.Argument(help="JSONL chat corpus (messages + domain per line)")],
    name: Annotated[str, typer.Option(help="expert name")],
    out: Annotated[Path, typer.Option(help="output folder (peft LoRA)")],
    base: Annotated[str, typer.Option(help="base model: default, a HF folder or a .gguf")] = "default",
    r: int = 8,
    alpha: float = 16.0,
    target_modules: Annotated[str, typer.Option(help="comma-separated module names")] = "q_proj,k_proj,v_proj,o_proj",
    epochs: int = 2,
    lr: float = 1e-3,
    batch_size: int = 8,
    max_len: int = 288,
    seed: int = 0,
) -> None:
    """Train one expert; resumes from its checkpoint when interrupted."""
    from .training.lora import ExpertTrainConfig, train_expert

    try:
        cfg = ExpertTrainConfig(name=name, r=r, alpha=alpha, target_modules=tuple(target_modules.split(",")),
                                epochs=epochs, lr=lr, batch_size=batch_size, max_len=max_len, seed=seed, base=base)
        from .training.data import load_corpus

        load_corpus(corpus)  # validate before loading any model
        report = train_expert(corpus, out, cfg)
    except Exception as exc:
        raise _classify(exc) from None
    console.print(f"expert [bold]{name}[/] -> {out} ({report['step']} steps, {report['seconds']:.0f} s)")


@gate_app.command("train")
def gate_train(
    experts: Annotated[list[Path], typer.Option("--experts", help="expert folders (name = folder name)")],
    data: Annotated[list[Path], typer.Option("--data", help="JSONL corpora; 'domain' labels supervise routing")],
    out: Annotated[Path, typer.Option(help="output X-LoRA folder")],
    base: str = "default",
    epochs: int = 1,
    lr: float = 1e-3,
    batch_size: int = 8,
    routing_weight: float = 1.0,
    entropy_weight: float = 0.0,
    balance_weight: float = 0.0,
    depth: int = 2,
    size: int = 64,
    layerwise: bool = False,
    seed: int = 0,
) -> None:
    """Train the gate (base and experts frozen); resumable."""
    from .config import XLoRAConfig
    from .model import XLoRAModel
    from .training.data import load_corpus
    from .training.gate import GateTrainConfig, train_gate

    try:
        examples = [e for path in data for e in load_corpus(path)]
        cfg = GateTrainConfig(epochs=epochs, lr=lr, batch_size=batch_size, routing_weight=routing_weight,
                              entropy_weight=entropy_weight, balance_weight=balance_weight, seed=seed)
        xcfg = XLoRAConfig(xlora_depth=depth, xlora_size=size, layerwise_scalings=layerwise)
        model = XLoRAModel.from_experts(base, {p.name: p for p in experts}, xcfg)
        report = train_gate(model, examples, out, cfg)
    except Exception as exc:
        raise _classify(exc) from None
    console.print(f"gate -> {out} ({report['step']} steps, {report['seconds']:.0f} s)")


def eval_command(
    model: Annotated[str, typer.Option(help="X-LoRA folder or 'default'")] = "default",
    corpora: Annotated[Path, typer.Option(help="folder with <domain>/heldout.jsonl")] = Path("corpora"),
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Held-out evaluation: expert vs base perplexity, routing accuracy, mixed-domain perplexity."""
    from .default import load_xlora
    from .training.data import load_corpus
    from .training.evaluate import evaluate

    try:
        xl, _ = load_xlora(model)
        heldout = {}
        for name in xl.expert_names:
            path = corpora / name / "heldout.jsonl"
            if path.exists():
                heldout[name] = load_corpus(path)
        if not heldout:
            raise ValueError(f"{corpora}: no <expert>/heldout.jsonl for experts {list(xl.expert_names)}")
        result = evaluate(xl, heldout)
    except Exception as exc:
        raise _classify(exc) from None
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    Console().print(results_table(result))


def results_table(result: dict) -> Table:
    table = Table(title="Held-out evaluation")
    for col in ("expert", "base ppl", "expert ppl", "reduction", "X-LoRA ppl", "routing acc"):
        table.add_column(col)
    for name, row in result["per_expert"].items():
        table.add_row(name, f"{row['base_ppl']:.2f}", f"{row['expert_ppl']:.2f}", f"{row['reduction']:.1%}",
                      f"{row['xlora_ppl']:.2f}", f"{result['routing']['per_domain'].get(name, 0):.0%}")
    mixed = result["mixed_ppl"]
    table.add_row("[bold]mixed[/]", f"{mixed['base']:.2f}", "best single: " + f"{min(v for k, v in mixed.items() if k not in ('base', 'xlora')):.2f}",
                  "", f"{mixed['xlora']:.2f}", f"{result['routing']['accuracy']:.0%}")
    return table
