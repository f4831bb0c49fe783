"""Running a scripted debate into a run folder: start, resume, checkpoint, write outputs.

A run folder holds ``run.json`` (the resolved config and the thread id), ``checkpoints.sqlite``
(LangGraph's SQLite checkpointer, ``durability="sync"``), and the outputs rebuilt from the state
after every step. ``resume_run(folder)`` needs nothing else.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from langgraph.checkpoint.sqlite import SqliteSaver

from agents.models import ModelProvider
from agents.report import write_json, write_outputs
from agents.script import DebateFile, DebateFileError, check_debate_file
from agents.workflow import Debate, DebateWorkflow

RUN_FILE = "run.json"
CHECKPOINTS = "checkpoints.sqlite"
RUN_FORMAT = 1

Event = dict[str, Any]
EventSink = Callable[[Event], None]


class RunError(ValueError):
    """Bad input about a run folder or the model (the CLI exits with 2)."""


@dataclass
class RunResult:
    """What a finished (or already finished) run left behind."""

    out_dir: Path
    state: dict[str, Any]
    resumed: bool


def slug(text: str, fallback: str = "debate") -> str:
    """A short file-name-safe slug."""
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].strip("-")
    return s or fallback


def default_out_dir(spec: DebateFile) -> Path:
    """``runs/<title-or-question>-<UTC time>``."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    return Path("runs") / f"{slug(spec.title or spec.question or spec.topic or '')}-{stamp}"


def check_steering(debate: Debate, chat: Any, source: str) -> None:
    """Every expert a role steers toward must exist in the model."""
    names = tuple(getattr(chat, "expert_names", ()))
    for role in debate.all_roles():
        if role.chat_model is not None:
            continue
        unknown = sorted(role.experts.expert_names() - set(names))
        if unknown:
            have = ", ".join(names) if names else "none: it is a plain base model"
            raise DebateFileError(source, f"role '{role.name}' steers unknown expert(s) {unknown} "
                                          f"(the model's experts: {have})", field="experts")


def _read_run_file(out_dir: Path) -> dict[str, Any]:
    path = out_dir / RUN_FILE
    if not out_dir.is_dir():
        raise RunError(f"{out_dir}: no such run folder")
    try:
        import json

        info = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise RunError(f"{out_dir}: not a run folder (no {RUN_FILE})") from None
    except (OSError, ValueError) as e:
        raise RunError(f"{path}: unreadable run file ({e})") from None
    if not isinstance(info, dict) or info.get("format") != RUN_FORMAT or "thread_id" not in info:
        raise RunError(f"{path}: not a run file of this version (format {RUN_FORMAT} expected)")
    return info


class DebateRun:
    """One run folder: the spec, the workflow over the shared model, the checkpointer."""

    def __init__(self, out_dir: Path, spec: DebateFile, info: dict[str, Any], provider: ModelProvider,
                 *, source: str, graph: bool) -> None:
        self.out_dir, self.spec, self.info, self.provider = out_dir, spec, info, provider
        self.debate = spec.to_debate()
        self.chat = provider.chat_model(spec.model)
        check_steering(self.debate, self.chat, source)
        extract = None
        if graph:
            from agents.knowledge import make_extractor

            extract = make_extractor(out_dir, self.debate, lambda: provider.make_generate(spec.model))
        self.workflow = DebateWorkflow(self.debate, self.chat, extract=extract)

    @property
    def config(self) -> dict[str, Any]:
        """LangGraph run config: the thread id and a recursion limit sized to the debate."""
        return {"configurable": {"thread_id": self.info["thread_id"]},
                "recursion_limit": self.workflow.recursion_limit()}

    def run(self, on_event: EventSink | None = None) -> RunResult:
        """Run to the end from wherever the checkpoints stand; outputs are rewritten after every step."""
        emit = on_event or (lambda event: None)
        title = self.debate.title
        for stale in self.out_dir.glob(".*.tmp"):  # left by a write that a kill interrupted
            stale.unlink(missing_ok=True)
        with closing(sqlite3.connect(self.out_dir / CHECKPOINTS, check_same_thread=False)) as conn:
            app = self.workflow.compile(checkpointer=SqliteSaver(conn))
            state = dict(app.get_state(self.config).values)
            resumed = bool(state)
            if state.get("finished"):
                write_outputs(self.out_dir, state, title)
                emit({"event": "already_finished", "state": state})
                return RunResult(self.out_dir, state, resumed=True)
            if resumed:
                write_outputs(self.out_dir, state, title)  # catch up with the last checkpoint
                emit({"event": "resumed", "turns": len(state.get("turns", []))})
            start = None if resumed else self.workflow.initial_state(self.info["debate_id"])
            for part in app.stream(start, self.config, stream_mode=["updates", "custom"], version="v2",
                                   durability="sync"):
                if part["type"] == "custom":
                    emit(part["data"])
                else:
                    write_outputs(self.out_dir, app.get_state(self.config).values, title)
            state = dict(app.get_state(self.config).values)
        write_outputs(self.out_dir, state, title)
        emit({"event": "finished", "state": state})
        return RunResult(self.out_dir, state, resumed=resumed)


def start_run(spec: DebateFile, out_dir: str | Path, provider: ModelProvider, *, source: str,
              graph: bool | None = None) -> DebateRun:
    """Create a run folder for ``spec`` (refuses a folder that already holds a run).

    The model is loaded and the steering checked before anything is written.
    """
    out_dir = Path(out_dir)
    if (out_dir / RUN_FILE).exists():
        raise RunError(f"{out_dir} already holds a run: resume it with --resume {out_dir}, or pick another --out")
    if out_dir.exists() and not out_dir.is_dir():
        raise RunError(f"{out_dir} exists and is not a folder")
    debate_id = f"{slug(spec.title or spec.question or spec.topic or '')[:24]}-{uuid.uuid4().hex[:8]}"
    graph = spec.outputs.graph if graph is None else graph
    info = {"format": RUN_FORMAT, "thread_id": debate_id, "debate_id": debate_id, "source": source,
            "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "graph": graph,
            "config": spec.resolved()}
    run = DebateRun(out_dir, spec, info, provider, source=source, graph=graph)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_json(out_dir / RUN_FILE, info)
    return run


def resume_run(out_dir: str | Path, provider: ModelProvider, *, graph: bool | None = None) -> DebateRun:
    """Reopen a run folder from its ``run.json``."""
    out_dir = Path(out_dir)
    info = _read_run_file(out_dir)
    source = str(out_dir / RUN_FILE)
    spec = check_debate_file(info.get("config"), source + " (config)")
    return DebateRun(out_dir, spec, info, provider, source=source,
                     graph=bool(info.get("graph", True)) if graph is None else graph)


def apply_overrides(spec: DebateFile, source: str, **overrides: Any) -> DebateFile:
    """The spec with command-line overrides (``None`` values are ignored), validated again."""
    data = spec.resolved()
    for key, value in overrides.items():
        if value is not None:
            data[key] = value
    return check_debate_file(data, f"{source} (with command-line options)")
