"""``xlora-agents graph ...`` commands: extract, export, merge, path.

The root CLI mounts ``app`` and provides ``ctx.obj["make_generate"]``: a callable
``make_generate(model: str) -> (generate, json_schema_generate_or_None)`` used by ``extract``.
Errors print one red line naming the culprit: exit 2 for bad input, 1 for runtime failures.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.text import Text

from graphs._fileio import atomic_write_text
from graphs.errors import GraphInputError
from graphs.export import FORMAT, graphml_text, to_json, triples_csv
from graphs.extract import extract_triples
from graphs.graph import KnowledgeGraph
from graphs.html import render_graph_html
from graphs.io import load_graph, load_transcript, load_triples

__all__ = ["app"]

app = typer.Typer(name="graph", help="Knowledge graphs: extract, export, merge, path.", no_args_is_help=True,
                  pretty_exceptions_enable=False, add_completion=False)


def _err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _fail(message: str, code: int) -> None:
    _err().print(Text.assemble(("error: ", "bold red"), (" ".join(message.split()), "red")))
    raise typer.Exit(code)


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except typer.Exit:
        raise
    except GraphInputError as exc:
        _fail(str(exc), 2)
    except OSError as exc:
        _fail(f"{exc.filename or ''}: {exc.strerror or exc}".strip(": "), 1)
    except Exception as exc:  # noqa: BLE001 - the CLI reports any runtime failure in one line
        _fail(f"{type(exc).__name__}: {exc}", 1)


def _load_any(path: Path, resolve: bool) -> KnowledgeGraph:
    """Our graph JSON as is; any other triples file (JSON, JSONL, CSV) built into a graph."""
    kg = None
    if path.suffix.lower() == ".json":
        try:
            head = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            head = None
        if isinstance(head, dict) and head.get("format") == FORMAT:
            kg = load_graph(path)
    if kg is None:
        kg = KnowledgeGraph.from_triples(load_triples(path))
    return kg.resolved()[0] if resolve else kg


def _write_all(outputs: dict[Path, str]) -> None:
    """Write every output only after all of them rendered, each atomically."""
    for path, text in outputs.items():
        atomic_write_text(path, text)


@app.command()
def extract(
    ctx: typer.Context,
    transcript: Annotated[Path, typer.Argument(help="transcript.jsonl written by a debate")],
    output: Annotated[Path, typer.Option("-o", "--output", help="graph JSON to write")],
    model: Annotated[str, typer.Option(help="model name passed to the backend")] = "default",
    retries: Annotated[int, typer.Option(min=0, max=10, help="re-asks per turn after an unusable reply")] = 2,
    resolve: Annotated[bool, typer.Option(help="merge spellings of the same entity")] = True,
    workers: Annotated[int, typer.Option(min=1, max=64, help="turns extracted at a time (batched by the engine)")] = 4,
) -> None:
    """Extract triples from a debate transcript with the model and write graph JSON."""
    with _errors():
        turns = load_transcript(transcript)
        make_generate = (ctx.obj or {}).get("make_generate") if isinstance(ctx.obj, dict) else None
        if make_generate is None:
            raise RuntimeError("graph extract needs a model backend (run it as `xlora-agents graph extract`)")
        generate, json_schema_generate = make_generate(model)
        result = extract_triples(turns, generate, retries=retries, json_schema_generate=json_schema_generate,
                                 workers=workers)
        kg = KnowledgeGraph.from_triples(result.triples)
        merges: list[Any] = []
        if resolve:
            kg, resolution = kg.resolved()
            merges = [vars(r) for r in resolution.log]
        kg.graph.graph["extraction"] = [r.to_dict() for r in result.turn_reports]
        kg.graph.graph["merge_log"] = merges
        atomic_write_text(output, to_json(kg))
        counts = result.counts()
        _err().print(Text(f"{len(result.triples)} triples from {len(result.turn_reports)} turns "
                          f"(ok {counts['ok']}, empty {counts['empty']}, unparseable {counts['unparseable']}) "
                          f"-> {output}"))


@app.command()
def export(
    triples: Annotated[Path, typer.Argument(help="graph JSON, or triples as JSON, JSONL or CSV")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="interactive HTML")] = None,
    graphml: Annotated[Path | None, typer.Option("--graphml", help="GraphML file")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="graph JSON (node-link)")] = None,
    csv_out: Annotated[Path | None, typer.Option("--csv", help="CSV of triples")] = None,
    color_by: Annotated[str, typer.Option(help="community or type")] = "community",
    title: Annotated[str, typer.Option(help="page heading")] = "Knowledge graph",
    resolve: Annotated[bool, typer.Option(help="merge spellings of the same entity first")] = False,
) -> None:
    """Export triples or a graph to HTML, GraphML, JSON and/or CSV."""
    with _errors():
        if not any((output, graphml, json_out, csv_out)):
            raise GraphInputError("give at least one of -o OUT.html, --graphml, --json, --csv", field="output")
        if color_by not in ("community", "type"):
            raise GraphInputError("must be 'community' or 'type'", field="--color-by")
        kg = _load_any(triples, resolve)
        outputs: dict[Path, str] = {}
        if output:
            outputs[output] = render_graph_html(kg, title=title, color_by=color_by)  # type: ignore[arg-type]
        if graphml:
            outputs[graphml] = graphml_text(kg)
        if json_out:
            outputs[json_out] = to_json(kg)
        if csv_out:
            outputs[csv_out] = triples_csv(kg)
        _write_all(outputs)
        _err().print(Text(f"{kg.graph.number_of_nodes()} nodes, {kg.graph.number_of_edges()} triples -> "
                          + ", ".join(str(p) for p in outputs)))


@app.command()
def merge(
    inputs: Annotated[list[Path], typer.Argument(help="graph JSON files (or triples files) to merge")],
    output: Annotated[Path, typer.Option("-o", "--output", help="merged graph JSON")],
    resolve: Annotated[bool, typer.Option(help="merge spellings of the same entity")] = True,
) -> None:
    """Merge graphs from several debates into one graph JSON."""
    with _errors():
        graphs = [_load_any(path, resolve=False) for path in inputs]
        merged = graphs[0].merge(*graphs[1:])
        n_merges = 0
        if resolve:
            merged, resolution = merged.resolved()
            n_merges = len(resolution.log)
            merged.graph.graph["merge_log"] = [vars(r) for r in resolution.log]
        atomic_write_text(output, to_json(merged))
        _err().print(Text(f"{len(inputs)} graphs -> {merged.graph.number_of_nodes()} nodes, "
                          f"{merged.graph.number_of_edges()} triples, {n_merges} names merged -> {output}"))


def _node(kg: KnowledgeGraph, name: str, source: Path) -> str:
    found = kg.find_node(name)
    if found is None:
        close = difflib.get_close_matches(name, list(kg.graph.nodes), n=3)
        hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
        raise GraphInputError(f"no concept named {name!r}{hint}", source=str(source))
    return found


@app.command()
def path(
    graph: Annotated[Path, typer.Argument(help="graph JSON")],
    source: Annotated[str, typer.Argument(help="start concept")],
    target: Annotated[str, typer.Argument(help="end concept")],
    all_paths: Annotated[bool, typer.Option("--all", help="list simple paths, shortest first")] = False,
    max_hops: Annotated[int, typer.Option(min=1, max=12)] = 4,
    limit: Annotated[int, typer.Option(min=1, max=100)] = 10,
) -> None:
    """Print the path(s) between two concepts with the relation labels along the way."""
    with _errors():
        kg = _load_any(graph, resolve=False)
        a, b = _node(kg, source, graph), _node(kg, target, graph)
        paths = kg.simple_paths(a, b, max_hops=max_hops, limit=limit) if all_paths else [
            p for p in [kg.shortest_path(a, b)] if p is not None]
        if not paths:
            _fail(f"no path between {a!r} and {b!r}", 1)
        out = Console(highlight=False, soft_wrap=True)
        for number, steps in enumerate(paths, 1):
            out.print(Text(f"path {number} ({len(steps)} hops):" if all_paths else f"{len(steps)} hops:"))
            for step in steps:
                out.print(Text("  " + step.describe()))
