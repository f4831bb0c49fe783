"""The graph step's model backend: constrained decoding always yields schema-valid triples JSON."""

import json

from agents.models import ModelProvider, compact_schema
from graphs import extract_triples
from graphs.prompt import triples_json_schema
from xlora_core.testing import tiny_engine


def test_compact_schema_tightens_bounds_only():
    schema = triples_json_schema(max_triples=32)
    small = compact_schema(schema)
    assert small["properties"]["triples"]["maxItems"] == 6
    assert small["properties"]["triples"]["items"]["properties"]["subject"]["maxLength"] == 48
    assert small["properties"]["triples"]["items"]["properties"]["relation"] == \
        schema["properties"]["triples"]["items"]["properties"]["relation"]
    assert schema["properties"]["triples"]["maxItems"] == 32  # the original is untouched


def test_random_model_with_constraint_gives_valid_triples_for_every_turn():
    provider = ModelProvider(loader=lambda spec, **kw: tiny_engine(seed=5, n_experts=2))
    try:
        generate, json_schema_generate = provider.make_generate("tiny")
        assert json_schema_generate is not None
        raw = json_schema_generate([{"role": "user", "content": "Passage: silk is tough."}], triples_json_schema())
        assert set(json.loads(raw)) == {"triples"}
        turns = [{"debate_id": "d", "turn": i, "round": 1, "speaker": "s", "role": "answerer",
                  "text": f"Spider silk {i} is tough because of beta sheets."} for i in range(2)]
        result = extract_triples(turns, generate, json_schema_generate=json_schema_generate, retries=0)
        assert [r.status for r in result.turn_reports].count("unparseable") == 0
    finally:
        provider.close()
