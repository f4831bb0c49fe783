"""The debate command end to end on the fake model: outputs, contract keys, resume, refusals."""

from __future__ import annotations

import json
from pathlib import Path

from agents.cli import app
from agents.report import TURN_KEYS

DEBATE = """\
title: CLI test
question: "How can I use AAAAAIIAAAA?"
rounds: 2
model: "fake:echo"
judge: true
"""


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_debate_writes_every_output(runner, write_file, tmp_path) -> None:
    out = tmp_path / "run"
    result = runner.invoke(app, ["debate", str(write_file("d.yaml", DEBATE)), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "biologist" in result.output and "experts:" in result.output and "judge" in result.output
    names = {p.name for p in out.iterdir()}
    assert {"run.json", "checkpoints.sqlite", "transcript.jsonl", "transcript.md", "summary.md",
            "graph.json", "graph.html", "report.html"} <= names
    assert not [n for n in names if n.endswith(".tmp")]
    records = read_jsonl(out / "transcript.jsonl")
    assert [r["turn"] for r in records] == [0, 1, 2, 3]
    assert [(r["round"], r["speaker"], r["role"]) for r in records] == [
        (1, "user", "question"), (1, "biologist", "answerer"), (2, "engineer", "asker"), (2, "biologist", "answerer")]
    for r in records:
        assert list(r) == list(TURN_KEYS)
        assert isinstance(r["tokens"], int) and isinstance(r["expert_scalings"], dict)
        assert isinstance(r["seconds"], float) and isinstance(r["started_at"], str)
    assert len({r["debate_id"] for r in records}) == 1
    md = (out / "transcript.md").read_text()
    assert "## Round 2" in md and "Judge after round 1" in md and "Debate ended" in md
    summary = (out / "summary.md").read_text()
    for heading in ("Summary of key points", "Salient insights", "Most important takeaway"):
        assert f"## {heading}" in summary
    info = json.loads((out / "run.json").read_text())
    assert info["thread_id"] and info["config"]["rounds"] == 2 and info["config"]["model"] == "fake:echo"
    assert "<script" in (out / "report.html").read_text()


def test_resume_of_a_finished_run_changes_nothing(runner, write_file, tmp_path) -> None:
    out = tmp_path / "run"
    assert runner.invoke(app, ["debate", str(write_file("d.yaml", DEBATE)), "--out", str(out), "--quiet",
                               "--no-graph"]).exit_code == 0
    before = (out / "transcript.jsonl").read_text()
    result = runner.invoke(app, ["debate", "--resume", str(out)])
    assert result.exit_code == 0 and "already finished" in result.output
    assert (out / "transcript.jsonl").read_text() == before


def test_overrides_and_refusals(runner, write_file, tmp_path) -> None:
    path = write_file("d.yaml", DEBATE)
    out = tmp_path / "run"
    result = runner.invoke(app, ["debate", str(path), "--out", str(out), "--rounds", "1", "--seed", "5", "--quiet",
                                 "--no-graph"])
    assert result.exit_code == 0, result.output
    assert max(r["round"] for r in read_jsonl(out / "transcript.jsonl")) == 1
    assert json.loads((out / "run.json").read_text())["config"]["seed"] == 5
    again = runner.invoke(app, ["debate", str(path), "--out", str(out)])
    assert again.exit_code == 2 and "already holds a run" in again.output
    both = runner.invoke(app, ["debate", "--resume", str(out), "--rounds", "3"])
    assert both.exit_code == 2 and "--resume continues" in both.output
    assert runner.invoke(app, ["debate", "--resume", str(tmp_path / "nothing")]).exit_code == 2
    (tmp_path / "empty").mkdir()
    missing = runner.invoke(app, ["debate", "--resume", str(tmp_path / "empty")])
    assert missing.exit_code == 2 and "not a run folder" in missing.output
    (out / "run.json").write_text("{broken")
    broken = runner.invoke(app, ["debate", "--resume", str(out)])
    assert broken.exit_code == 2 and "run.json" in broken.output


def test_runtime_failure_exits_1_without_traceback(runner, write_file, tmp_path, monkeypatch) -> None:
    from agents.fake import FakeDebateModel

    def boom(self, *a, **k):
        raise RuntimeError("the model fell over")

    monkeypatch.setattr(FakeDebateModel, "_stream", boom)
    result = runner.invoke(app, ["debate", str(write_file("d.yaml", DEBATE)), "--out", str(tmp_path / "r")])
    assert result.exit_code == 1 and "the model fell over" in result.output and "Traceback" not in result.output


def test_root_provides_make_generate_lazily(runner) -> None:
    from agents.models import ModelProvider

    provider = ModelProvider()
    generate, json_generate = provider.make_generate("fake:echo")
    assert isinstance(generate([{"role": "user", "content": "extract"}]), str) and json_generate is None
    assert provider._engines == {}  # the fake needs no engine; nothing was loaded
    assert "graph" in runner.invoke(app, ["--help"]).output
