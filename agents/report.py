"""Run outputs, regenerated from the debate state and written atomically.

``transcript.jsonl`` (one record per turn), ``transcript.md``, ``summary.md`` and ``run.json``.
Because every file is rebuilt from the checkpointed state, a resumed run never duplicates or
loses a turn; because every write is temp-file + ``os.replace``, a killed run never leaves a half
file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from graphs._fileio import atomic_write_bytes

TURN_KEYS = ("debate_id", "turn", "round", "speaker", "role", "text", "tokens", "expert_scalings",
             "experts_active", "seconds", "started_at")
"""Keys of each ``transcript.jsonl`` record, in order."""


def atomic_write(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temp file in the same folder and ``os.replace``."""
    atomic_write_bytes(path, data.encode("utf-8") if isinstance(data, str) else data)


def transcript_jsonl(state: Mapping[str, Any]) -> str:
    """One JSON record per turn (keys :data:`TURN_KEYS`)."""
    lines = [json.dumps({k: t.get(k) for k in TURN_KEYS}, ensure_ascii=False) for t in state.get("turns", [])]
    return "".join(line + "\n" for line in lines)


def _experts(turn: Mapping[str, Any]) -> str:
    scalings = turn.get("expert_scalings") or {}
    active = turn.get("experts_active") or []
    if not active:
        return ""
    return " · experts: " + ", ".join(f"{name} {scalings.get(name, 0.0):.2f}" for name in active)


def transcript_md(state: Mapping[str, Any], title: str = "") -> str:
    """A readable transcript: the question, each turn by round, the judge's verdicts, the end reason."""
    out = [f"# {title or 'Debate'}", ""]
    question = state.get("question") or state.get("topic") or ""
    out += [f"**{'Question' if state.get('question') else 'Topic'}:** {question}", ""]
    verdicts = {v["round"]: v for v in state.get("verdicts", [])}
    current = None
    for t in state.get("turns", []):
        if t["role"] == "question":
            continue
        if t["round"] != current:
            if current in verdicts:
                out += _verdict_md(verdicts[current])
            current = t["round"]
            out += [f"## Round {current}", ""]
        out += [f"**{t['speaker']}** ({t['role']}, {t['tokens']} tokens{_experts(t)}):", "", t["text"], ""]
    if current in verdicts:
        out += _verdict_md(verdicts[current])
    if state.get("finished"):
        out += [f"_Debate ended: {state.get('stop_reason') or 'finished'}._", ""]
    else:
        out += ["_Debate in progress._", ""]
    return "\n".join(out)


def _verdict_md(v: Mapping[str, Any]) -> list[str]:
    return [f"> Judge after round {v['round']}: **{v['verdict'].upper()}** — {v['reason']}", ""]


def summary_md(state: Mapping[str, Any], title: str = "") -> str:
    """The three summary steps under their headings."""
    out = [f"# Summary: {title or 'Debate'}", ""]
    question = state.get("question") or state.get("topic") or ""
    out += [f"**Question:** {question}", ""]
    steps = state.get("summary", [])
    if not steps:
        out += ["_No summary yet._", ""]
    for step in steps:
        out += [f"## {step['heading']}", "", step["text"], ""]
    return "\n".join(out)


def write_outputs(out_dir: str | Path, state: Mapping[str, Any], title: str = "") -> None:
    """Rewrite the transcript files (and the summary once it has begun) from ``state``."""
    out_dir = Path(out_dir)
    atomic_write(out_dir / "transcript.jsonl", transcript_jsonl(state))
    atomic_write(out_dir / "transcript.md", transcript_md(state, title))
    if state.get("summary") or state.get("finished"):
        atomic_write(out_dir / "summary.md", summary_md(state, title))


def write_json(path: str | Path, data: Any) -> None:
    """Atomically write pretty JSON."""
    atomic_write(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
