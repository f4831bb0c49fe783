"""Crash safety: a debate killed with SIGKILL at many points, then resumed, ends exactly like an
uninterrupted run: no lost turn, no duplicated turn, no half-written file."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from agents.cli import app

DEBATE = """\
title: Crash test
question: "How can I use AAAAAIIAAAA?"
rounds: 3
model: "fake:echo:0.01"
judge: true
"""
VOLATILE = ("seconds", "started_at", "debate_id")


def _child(args: list[str]) -> None:  # runs in a forked process
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    try:
        app(args)
    finally:
        os._exit(0)


def _lines(path: Path) -> int:
    try:
        return len(path.read_text().splitlines())
    except FileNotFoundError:
        return 0


def _start_and_kill(args: list[str], ready: Callable[[], bool], extra: float) -> bool:
    """Run the CLI in a forked child; SIGKILL it ``extra`` seconds after ``ready()``. True if killed."""
    proc = multiprocessing.get_context("fork").Process(target=_child, args=(args,))
    proc.start()
    deadline = time.monotonic() + 30
    while not ready() and proc.is_alive() and time.monotonic() < deadline:
        time.sleep(0.003)
    time.sleep(extra)
    killed = proc.is_alive()
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.join(10)
    return killed


def comparable(out: Path) -> dict[str, object]:
    records = [json.loads(line) for line in (out / "transcript.jsonl").read_text().splitlines()]
    return {
        "turns": [{k: v for k, v in r.items() if k not in VOLATILE} for r in records],
        "md": (out / "transcript.md").read_text(),
        "summary": (out / "summary.md").read_text(),
        "graph": json.loads((out / "graph.json").read_text()),
    }


@pytest.fixture
def baseline(write_file, tmp_path):
    path = write_file("crash.yaml", DEBATE)
    out = tmp_path / "baseline"
    _start_and_kill(["debate", str(path), "--out", str(out), "--quiet"], lambda: False, 0)  # runs to the end
    assert json.loads((out / "run.json").read_text())
    return path, comparable(out)


def test_sigkill_at_many_points_then_resume_matches_uninterrupted(baseline, tmp_path) -> None:
    path, expected = baseline
    out = tmp_path / "killed"
    jsonl = out / "transcript.jsonl"
    # (when to kill: after N transcript lines exist / when the summary started, then wait a little to land mid-turn)
    points: list[tuple[Callable[[], bool], float]] = [
        (lambda: (out / "run.json").exists(), 0.0),          # right after the run folder appears
        (lambda: _lines(jsonl) >= 2, 0.03),                   # inside the asker's turn of round 2
        (lambda: _lines(jsonl) >= 3, 0.05),                   # inside the judge or round 3
        (lambda: _lines(jsonl) >= 4, 0.02),                   # inside round 3
        (lambda: _lines(jsonl) >= 6, 0.01),                   # inside the first summary step
        (lambda: (out / "summary.md").exists(), 0.06),        # inside a later summary step
        (lambda: (out / "summary.md").exists() and "takeaway" in (out / "summary.md").read_text().lower(), 0.0),
    ]
    kills = 0
    progress = []
    for i, (ready, extra) in enumerate(points):
        args = ["debate", str(path), "--out", str(out), "--quiet"] if i == 0 else ["debate", "--resume", str(out),
                                                                                   "--quiet"]
        kills += _start_and_kill(args, ready, extra)
        progress.append(_lines(jsonl))
        if jsonl.exists():  # whatever is on disk is whole, and never ahead of itself
            records = [json.loads(line) for line in jsonl.read_text().splitlines()]
            assert [r["turn"] for r in records] == list(range(len(records)))
    assert kills >= 5, progress
    assert len(set(progress)) >= 4, progress  # the kills landed at different points of the debate
    _start_and_kill(["debate", "--resume", str(out), "--quiet"], lambda: False, 0)
    assert comparable(out) == expected
    assert not list(out.glob(".*.tmp"))  # temp files of killed writes are swept on resume


@pytest.mark.slow
def test_sigkill_of_the_real_cli_process(baseline, tmp_path) -> None:
    path, expected = baseline
    out = tmp_path / "cli"
    exe = Path(sys.executable).with_name("xlora-agents")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "agents.cli"]
    proc = subprocess.Popen([*cmd, "debate", str(path), "--out", str(out), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _lines(out / "transcript.jsonl") < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(10) == -signal.SIGKILL
    done = subprocess.run([*cmd, "debate", "--resume", str(out), "--quiet"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert comparable(out) == expected
