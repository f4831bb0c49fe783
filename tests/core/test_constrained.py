"""Constrained JSON decoding through the engine: a random model still emits schema-valid JSON."""

import json

import pytest

from xlora_core.constrained import JSONConstraint
from xlora_core.engine import SamplingParams
from xlora_core.testing import tiny_engine

SCHEMA = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "maxLength": 6},
        "kind": {"enum": ["material", "protein"]},
        "n": {"type": "integer"},
    },
    "required": ["name", "kind", "n"],
    "additionalProperties": False,
}


@pytest.fixture(scope="module")
def engine():
    eng = tiny_engine(seed=4)
    yield eng
    eng.close()


def test_random_model_emits_valid_json_under_constraint(engine):
    constraint = JSONConstraint(engine.tokenizer)
    free = engine.generate("go", SamplingParams(max_new_tokens=40, temperature=1.0, seed=0))
    with pytest.raises(json.JSONDecodeError):
        json.loads(free.text)  # without the constraint the random model writes noise
    for seed in range(6):
        res = engine.generate("go", SamplingParams(max_new_tokens=80, temperature=1.0, seed=seed),
                              logits_processors=[constraint.processor(SCHEMA)])
        obj = json.loads(res.text)
        assert set(obj) == {"name", "kind", "n"} and obj["kind"] in {"material", "protein"}
        assert isinstance(obj["n"], int) and len(obj["name"]) <= 6
