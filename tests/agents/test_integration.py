"""One short debate on the real default model (run with ``pytest -m integration``)."""

from __future__ import annotations

import json
import os

import pytest

from agents.models import ModelProvider
from agents.runner import start_run
from agents.script import check_debate_file

pytestmark = pytest.mark.integration

DEBATE = {
    "title": "Integration",
    "question": "I have identified this amino acid sequence: AAAAAIIAAAA. How can I use it?",
    "rounds": 2,
    "model": os.environ.get("XLORA_AGENTS_TEST_MODEL", "default"),
    "roles": {"engineer": {"kind": "asker", "max_tokens": 32}, "biologist": {"kind": "answerer", "max_tokens": 40}},
    "order": ["engineer", "biologist"],
    "summary": False,
    "outputs": {"graph": False},
}


def test_two_round_debate_on_the_default_model(tmp_path) -> None:
    loaded = []

    def loader(spec, **kw):
        from xlora_core.engine import load_engine

        engine = load_engine(spec, **kw)
        loaded.append(engine)
        calls = []
        submit = engine.submit

        def counting_submit(*args, **kwargs):
            calls.append(kwargs.get("sampling"))
            return submit(*args, **kwargs)

        engine.submit, engine.calls = counting_submit, calls
        return engine

    provider = ModelProvider(loader=loader)
    try:
        spec = check_debate_file(DEBATE, "integration")
        run = start_run(spec, tmp_path / "run", provider, source="integration")  # the default is shipped
        state = run.run().state
    finally:
        provider.close()
    turns = state["turns"]
    assert [(t["round"], t["role"]) for t in turns] == [(1, "question"), (1, "answerer"), (2, "asker"), (2, "answerer")]
    assert all(t["text"].strip() for t in turns)
    asker = [t for t in turns if t["role"] == "asker"]
    assert all(t["text"].rstrip().endswith("?") for t in asker), asker
    # Both roles used the one model: one engine loaded, every model turn went through it.
    assert len(loaded) == 1 and 3 <= len(loaded[0].calls) <= 4  # 3 turns (+1 if the asker needed its retry)
    assert run.workflow.model_for(run.debate.roles["engineer"]) is run.workflow.model_for(run.debate.roles["biologist"])
    names = set(loaded[0].expert_names)
    for t in turns[1:]:
        assert 0 < t["tokens"] <= 40 and set(t["expert_scalings"]) == names
    records = [json.loads(line) for line in (tmp_path / "run" / "transcript.jsonl").read_text().splitlines()]
    assert [r["text"] for r in records] == [t["text"] for t in turns]
