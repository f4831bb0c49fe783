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


def test_no_self_loops_keeps_an_object_string_open_while_it_copies_the_subject():
    import torch

    from agents.models import NoSelfLoops
    from xlora_core.testing import tiny_tokenizer

    tok = tiny_tokenizer()
    guard = NoSelfLoops(tok).for_prompt(2)
    quote = tok.convert_tokens_to_ids('"')
    head = '{"triples": [{"subject": "silk", "subject_type": "material", "relation": "is_a", "object": "'

    def scores_after(text):
        ids = torch.tensor([[0, 0] + tok(text, add_special_tokens=False)["input_ids"]])
        return guard(ids, torch.zeros(1, len(tok)))

    assert scores_after(head + "silk")[0, quote] == float("-inf")  # would close "silk" -> "silk"
    assert scores_after(head + "silk")[0, tok.convert_tokens_to_ids("s")] == 0.0
    assert scores_after(head + "sil")[0, quote] == 0.0  # not equal (yet)
    assert scores_after(head + "bone")[0, quote] == 0.0
    only_quote = torch.full((1, len(tok)), float("-inf"))
    only_quote[0, quote] = 0.0
    ids = torch.tensor([[0, 0] + tok(head + "silk", add_special_tokens=False)["input_ids"]])
    assert guard(ids, only_quote)[0, quote] == 0.0  # never bans every allowed token
