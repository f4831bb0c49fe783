"""Debate files: valid examples load; malformed files give one clear error, exit code 2, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from agents.cli import app
from agents.roles import ExpertSteering
from agents.script import DebateFileError, check_debate_file, load_debate_file

EXAMPLES = sorted((Path(__file__).parents[2] / "examples" / "debates").glob("*.*"))

BASE = 'question: "How can I use AAAAAIIAAAA?"\nmodel: "fake:echo"\n'

# (file name, content, fragments the one error line must contain)
BAD_FILES = [
    ("syntax.yaml", BASE + "rounds: [2\n", ["syntax.yaml", "line 4", "invalid YAML"]),
    ("type.yaml", BASE + "rounds: two\n", ["field 'rounds'", "line 3", "valid integer", "'two'"]),
    ("bool.yaml", BASE + "rounds: true\n", ["field 'rounds'", "valid integer"]),
    ("zero.yaml", BASE + "rounds: 0\n", ["field 'rounds'", "greater than or equal to 1"]),
    ("noquestion.yaml", 'model: "fake:echo"\nrounds: 2\n', ["question", "topic"]),
    ("blankquestion.yaml", 'question: "   "\n', ["field 'question'", "give a 'question'"]),
    ("unknownkey.yaml", BASE + "rouds: 2\n", ["field 'rouds'", "unknown key 'rouds'", "line 3"]),
    ("unknownrole.yaml", BASE + "order: [engineer, nobody]\n", ["field 'order[1]'", "unknown role 'nobody'"]),
    ("unknownkind.yaml", BASE + "roles:\n  x: wizard\n", ["field 'roles.x.kind'", "unknown role kind 'wizard'"]),
    ("halfcustom.yaml", BASE + "roles:\n  devil:\n    kind: devil\n    system_prompt: You disagree.\n",
     ["field 'roles.devil.kind'", "instruction", "line 5"]),
    ("negbudget.yaml", BASE + "roles:\n  a:\n    kind: answerer\n    max_tokens: -5\n",
     ["field 'roles.a.max_tokens'", "line 6", "greater than or equal to 1"]),
    ("temperature.yaml", BASE + "sampling:\n  temperature: hot\n", ["field 'sampling.temperature'", "valid number"]),
    ("rolekey.yaml", BASE + "roles:\n  asker: {kind: asker, colour: red}\n",
     ["field 'roles.asker.colour'", "unknown key 'colour'"]),
    ("list.yaml", "- question: hi\n", ["top level must be a mapping"]),
    ("empty.yaml", "", ["file is empty"]),
    ("comments.yaml", "# nothing here\n", ["file is empty"]),
    ("duplicate.yaml", BASE + "rounds: 2\nrounds: 3\n", ["duplicate key 'rounds'", "line 4"]),
    ("placeholder.yaml", BASE + "roles:\n  a:\n    kind: asker\n    instruction: 'Ask about {__class__}'\n",
     ["field 'roles.a.instruction'", "unknown placeholder {__class__}"]),
    ("badpin.yaml", BASE + "experts:\n  pin: {biology: -1}\n", ["field 'experts.pin.biology'", "greater than"]),
    ("username.yaml", BASE + "roles:\n  user: answerer\n", ["field 'roles.user'", "reserved"]),
    ("emptyorder.yaml", BASE + "order: []\n", ["field 'order'", "at least 1"]),
    ("budgetkey.yaml", BASE + "max_tokens: {wizard: 3}\n", ["field 'max_tokens.wizard'", "wizard"]),
    ("judgekind.yaml", BASE + "judge: {kind: asker}\n", ["field 'judge.kind'", "must be 'judge'"]),
    ("twodocs.yaml", BASE + "---\nrounds: 2\n", ["invalid YAML", "single document"]),
    ("steering.yaml", BASE + "experts:\n  bias: {nonexistent: 1.0}\n", ["unknown expert", "nonexistent"]),
    ("toml.toml", 'question = "Q"\nrounds = \n', ["toml.toml", "invalid TOML", "line 2"]),
    ("tomltype.toml", 'question = "Q"\nmodel = "fake:echo"\n[roles.a]\nkind = "answerer"\nmax_tokens = "many"\n',
     ["field 'roles.a.max_tokens'", "line 5", "valid integer"]),
    ("notes.txt", BASE, ["unsupported file type '.txt'"]),
    ("latin1.yaml", b"question: caf\xe9\n", ["not UTF-8"]),
    ("badmodel.yaml", 'question: Q\nmodel: "fake:nope"\n', ["unknown fake model"]),
]


@pytest.mark.parametrize("name, content, fragments", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_debate_file_exits_2_with_one_clear_error(name, content, fragments, runner, write_file, tmp_path):
    path = write_file(name, content)
    out = tmp_path / "out"
    result = runner.invoke(app, ["debate", str(path), "--out", str(out), "--quiet"])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), result.output
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    assert "Traceback" not in result.output
    assert not out.exists()  # nothing written, not even a folder


def test_missing_file_and_folder(runner, tmp_path) -> None:
    for target, message in ((tmp_path / "nope.yaml", "file not found"), (tmp_path, "unsupported file type")):
        result = runner.invoke(app, ["debate", str(target), "--out", str(tmp_path / "o")])
        assert result.exit_code == 2 and message in result.output
    folder = tmp_path / "dir.yaml"
    folder.mkdir()
    result = runner.invoke(app, ["debate", str(folder)])
    assert result.exit_code == 2 and "is a folder" in result.output


def test_bad_command_line_options_exit_2(runner, write_file, tmp_path) -> None:
    path = write_file("ok.yaml", BASE)
    assert runner.invoke(app, ["debate", str(path), "--rounds", "0"]).exit_code == 2
    assert runner.invoke(app, ["debate"]).exit_code == 2
    result = runner.invoke(app, ["debate", str(path), "--model", "fake:echo:lots", "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "bad delay" in result.output and not (tmp_path / "o").exists()


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_examples_are_valid(path: Path) -> None:
    spec = load_debate_file(path)
    debate = spec.to_debate()
    assert debate.rounds >= 1 and debate.order


def test_at_least_three_examples() -> None:
    assert len(EXAMPLES) >= 3


def test_file_fields_reach_the_roles(write_file) -> None:
    path = write_file("full.yaml", """\
title: Panel
topic: spider silk toughness
rounds: 3
seed: 7
max_tokens: {answerer: 40, judge: 20}
sampling: {temperature: 0.7, top_p: 0.9}
experts: {bias: {mechanics: 1.5}}
roles:
  host: asker
  a:
    kind: answerer
    window: 3
    experts: {pin: {biology: 1.0}}
  b:
    kind: answerer
    max_tokens: 60
    sampling: {temperature: 0.0}
  devil:
    kind: devils_advocate
    system_prompt: You argue the opposite.
    instruction: "Challenge {last_speaker}: {last_turn}"
order: [host, a, b, devil]
judge: {repeat_threshold: 0.8}
summary: {max_tokens: 50}
""")
    debate = load_debate_file(path).to_debate()
    assert debate.order == ("host", "a", "b", "devil") and debate.topic == "spider silk toughness"
    a, b, devil = debate.roles["a"], debate.roles["b"], debate.roles["devil"]
    assert a.max_tokens == 40 and a.window == 3 and a.experts == ExpertSteering(pin={"biology": 1.0})
    assert b.max_tokens == 60 and b.sampling.temperature == 0.0 and b.experts.bias == {"mechanics": 1.5}
    assert a.sampling.temperature == 0.7 and a.sampling.top_p == 0.9
    assert devil.kind == "devils_advocate" and devil.max_tokens == 128
    assert debate.judge.max_tokens == 20 and debate.repeat_threshold == 0.8
    assert debate.summarizer.max_tokens == 50 and debate.seed == 7


def test_resolved_config_round_trips(write_file) -> None:
    spec = load_debate_file(write_file("r.yaml", BASE + "judge: true\nsummary: false\n"))
    again = check_debate_file(spec.resolved(), "run.json")
    assert again == spec and again.judge is not None and again.summary is None


def test_error_has_structured_fields(write_file) -> None:
    with pytest.raises(DebateFileError) as info:
        load_debate_file(write_file("e.yaml", BASE + "rounds: 0\n"))
    assert info.value.field == "rounds" and info.value.line == 3 and info.value.file.endswith("e.yaml")
