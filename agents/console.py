"""Rich terminal output of a running debate: each turn streamed with its speaker and active experts."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape


def _experts(turn: dict[str, Any]) -> str:
    scalings = turn.get("expert_scalings") or {}
    return ", ".join(f"{name} {scalings.get(name, 0.0):.2f}" for name in turn.get("experts_active") or [])


class DebatePrinter:
    """Event sink for :meth:`agents.runner.DebateRun.run` (model text is printed as plain text)."""

    def __init__(self, console: Console, *, quiet: bool = False) -> None:
        self.console, self.quiet = console, quiet
        self._open = False

    def __call__(self, event: dict[str, Any]) -> None:
        handler = getattr(self, "_on_" + str(event.get("event")), None)
        if handler is not None and not self.quiet:
            handler(event)

    def _on_resumed(self, event: dict[str, Any]) -> None:
        self.console.print(f"[yellow]resuming after {event['turns']} recorded turn(s)[/]")

    def _on_turn_start(self, event: dict[str, Any]) -> None:
        steering = event.get("steering") or {}
        steer = ", ".join(f"{k}{v:+.1f}" for k, v in (steering.get("bias") or {}).items())
        if steering.get("pin"):
            steer = (steer + "; " if steer else "") + "pinned " + ", ".join(
                f"{k}={v:.2f}" for k, v in steering["pin"].items())
        where = escape(event["label"]) if event.get("label") else f"round {event['round']}"
        head = f"[bold cyan]{escape(event['speaker'])}[/] [dim]({escape(event['role'])}, {where})[/]"
        if steer:
            head += f" [dim]steering: {escape(steer)}[/]"
        self.console.print(head)
        self._open = True

    def _on_token(self, event: dict[str, Any]) -> None:
        self.console.out(event["text"], end="", highlight=False)
        self.console.file.flush()

    def _on_turn_end(self, event: dict[str, Any]) -> None:
        turn = event["turn"]
        if turn["role"] == "question":
            self.console.print(f"[bold]Question:[/] {escape(turn['text'])}\n")
            return
        if self._open:
            self.console.out("")
            self._open = False
        experts = _experts(turn)
        tail = f"{turn['tokens']} tokens · {turn['seconds']:.1f}s" + (f" · experts: {experts}" if experts else "")
        self.console.print(f"[dim]  {escape(tail)}[/]\n")

    def _on_retry(self, event: dict[str, Any]) -> None:
        self.console.print(f"[yellow]  {escape(event['speaker'])}: {escape(event['reason'])}; asking once more[/]")

    def _on_verdict(self, event: dict[str, Any]) -> None:
        color = "red" if event["verdict"] == "stop" else "green"
        self.console.print(f"[bold]judge[/] after round {event['round']}: [{color}]{event['verdict'].upper()}[/] "
                           f"— {escape(event['reason'])}\n")

    def _on_extract_start(self, event: dict[str, Any]) -> None:
        self.console.print(f"[dim]extracting a knowledge graph from {event['turns']} turns…[/]")

    def _on_already_finished(self, event: dict[str, Any]) -> None:
        self.console.print("[yellow]this run had already finished; outputs rewritten from its checkpoint[/]")
