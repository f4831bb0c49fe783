"""``xlora-agents``: the root command line (typer + rich).

Exit codes: 0 done, 1 runtime failure, 2 bad input (a file, a field, an option), 130 interrupted.
Errors are one line naming the culprit; no traceback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape

from agents.console import DebatePrinter
from agents.models import ModelProvider, ModelSpecError
from agents.runner import RunError, apply_overrides, default_out_dir, resume_run, start_run
from agents.script import DebateFileError, load_debate_file
from graphs.cli import app as graph_app
from xlora_core.cli import eval_command, experts_app, gate_app

app = typer.Typer(
    name="xlora-agents",
    help="Adversarial multi-agent debates on one shared X-LoRA model, with knowledge-graph extraction.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

_INPUT_ERRORS: tuple[type[BaseException], ...] = (DebateFileError, RunError, ModelSpecError)
_LATE_INPUT_ERRORS = (("xlora_core.loading", "ModelLoadError"), ("xlora_core.steering", "SteeringError"),
                      ("graphs.errors", "GraphInputError"))


def _is_input_error(error: BaseException) -> bool:
    """Bad input, including error types of modules loaded only when a model was needed."""
    if isinstance(error, _INPUT_ERRORS):
        return True
    for module, name in _LATE_INPUT_ERRORS:
        cls = getattr(sys.modules.get(module), name, None)
        if isinstance(cls, type) and isinstance(error, cls):
            return True
    return False


def _fail(console: Console, error: BaseException) -> typer.Exit:
    if _is_input_error(error):
        console.print(f"[red]error:[/] {escape(str(error))}", soft_wrap=True)
        return typer.Exit(2)
    console.print(f"[red]error:[/] the debate failed: {escape(type(error).__name__)}: {escape(str(error))}",
                  soft_wrap=True)
    return typer.Exit(1)


@app.callback()
def root(ctx: typer.Context) -> None:
    """Adversarial multi-agent debates on one shared X-LoRA model."""
    provider = ModelProvider()  # loads nothing until a command asks for a model
    ctx.obj = {"provider": provider, "make_generate": provider.make_generate}
    ctx.call_on_close(provider.close)


@app.command()
def debate(
    file: Path | None = typer.Argument(None, help="Debate file (.yaml, .yml or .toml).", show_default=False),
    out: Path | None = typer.Option(None, "--out", help="Run folder (default: the file's outputs.dir, "
                                    "else runs/<title>-<time>)."),
    rounds: int | None = typer.Option(None, "--rounds", min=1, max=50, help="Override the number of rounds."),
    model: str | None = typer.Option(None, "--model", help="Override the model: 'default', a path, or fake:echo."),
    seed: int | None = typer.Option(None, "--seed", help="Override the seed."),
    resume: Path | None = typer.Option(None, "--resume", help="Resume the run in this folder."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the result."),
    no_graph: bool = typer.Option(False, "--no-graph", help="Skip knowledge-graph extraction."),
    device: str | None = typer.Option(None, "--device", help="cpu, cuda, mps… (default: best available)."),
    dtype: str | None = typer.Option(None, "--dtype", help="float32, bfloat16, float16 (default: per device)."),
) -> None:
    """Run a scripted debate, streaming each turn; write transcripts, summary and graph to a run folder."""
    console, errors = Console(highlight=False), Console(stderr=True, highlight=False)
    if (file is None) == (resume is None):
        errors.print("[red]error:[/] give a debate FILE, or --resume DIR (not both)", soft_wrap=True)
        raise typer.Exit(2)
    provider = ModelProvider(device=device, dtype=dtype)
    try:
        if resume is not None:
            if any(v is not None for v in (out, rounds, model, seed)):
                raise RunError("--resume continues a run as it was configured: drop --out/--rounds/--model/--seed")
            run = resume_run(resume, provider, graph=False if no_graph else None)
        else:
            assert file is not None
            spec = load_debate_file(file)
            spec = apply_overrides(spec, str(file), rounds=rounds, model=model, seed=seed)
            out_dir = out or (Path(spec.outputs.dir) if spec.outputs.dir else default_out_dir(spec))
            run = start_run(spec, out_dir, provider, source=str(file), graph=False if no_graph else None)
        if not quiet:
            console.print(f"[bold]{escape(run.debate.title or 'Debate')}[/] · model {escape(run.spec.model)} "
                          f"· {run.debate.rounds} round(s) · run folder {escape(str(run.out_dir))}\n")
        result = run.run(DebatePrinter(console, quiet=quiet))
    except KeyboardInterrupt:
        target = resume or (run.out_dir if "run" in locals() else None)
        errors.print(f"[yellow]interrupted[/]{f'; resume with --resume {target}' if target else ''}")
        raise typer.Exit(130) from None
    except Exception as error:  # noqa: BLE001 - one clear line, never a traceback
        raise _fail(errors, error) from None
    finally:
        provider.close()
    _print_result(console, result.state, result.out_dir)


def _print_result(console: Console, state: dict[str, Any], out_dir: Path) -> None:
    files = [p.name for p in sorted(out_dir.iterdir()) if p.is_file() and not p.name.startswith(".")]
    console.print(f"[green]done[/] · {escape(str(state.get('stop_reason') or ''))} · "
                  f"{len(state.get('turns', []))} turns · {escape(str(out_dir))}: {escape(', '.join(files))}")


app.add_typer(graph_app, name="graph")
app.add_typer(experts_app, name="experts")
app.add_typer(gate_app, name="gate")
app.command("eval")(eval_command)


def main() -> None:
    """Console-script entry point."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # nothing is ever downloaded
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no "Loading weights" bars between turns
    app()


if __name__ == "__main__":
    main()
