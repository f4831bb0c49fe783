import json

import pytest
from graphs_testutil import fake_reply

from graphs import GraphInputError, extract_from_text, extract_triples, triples_json_schema
from graphs.extract import RETRY_MESSAGE

SILK = ("spider silk", "material", "improves", "toughness", "property")
TURNS = [
    {"debate_id": "d1", "turn": 0, "round": 0, "speaker": "Alice", "role": "proponent", "extra": 1,
     "text": "Hello. Spider silk has remarkable toughness. It is light.", "expert_scalings": {"bio": 0.7, "mech": 0.3}},
    {"debate_id": "d1", "turn": 1, "round": 0, "speaker": "Bob", "role": "critic",
     "text": "I disagree that spider silk improves toughness."},
    {"debate_id": "d1", "turn": 2, "round": 1, "speaker": "Alice", "role": "proponent",
     "text": "Fair point, I agree spider silk only improves toughness when wet."},
    {"debate_id": "d1", "turn": 3, "round": 1, "speaker": "Bob", "role": "critic", "text": "   "},
]


def test_provenance_span_and_stance():
    result = extract_triples(TURNS, lambda messages: fake_reply(SILK))
    assert [r.status for r in result.turn_reports] == ["ok", "ok", "ok", "empty"]
    assert result.turn_reports[3].reason == "turn has no text" and result.turn_reports[3].attempts == 0
    first = result.triples[0]
    assert first.relation == "increases" and first.relation_text == "improves"
    p = first.provenance
    assert (p.debate_id, p.round, p.turn, p.speaker, p.role) == ("d1", 0, 0, "Alice", "proponent")
    assert TURNS[0]["text"][p.span[0]:p.span[1]] == "Spider silk has remarkable toughness." == p.evidence
    assert p.expert_scalings == {"bio": 0.7, "mech": 0.3}
    assert [t.stance for t in result.triples] == ["asserted", "challenged", "conceded"]


def test_prompt_is_one_user_message_and_retries_on_garbage():
    calls = []
    replies = iter(["not json at all", fake_reply(SILK)])

    def generate(messages):
        calls.append(messages)
        return next(replies)

    result = extract_triples(TURNS[:1], generate)
    assert calls[0] == [{"role": "user", "content": calls[0][0]["content"]}]
    assert calls[0][0]["content"].endswith("Passage:\n" + TURNS[0]["text"])
    assert len(calls) == 2 and calls[1][1] == {"role": "assistant", "content": "not json at all"}
    assert calls[1][2]["content"] == RETRY_MESSAGE.format(reason="reply is not JSON")
    assert result.turn_reports[0].attempts == 2 and result.turn_reports[0].status == "ok"


def test_unparseable_turn_is_reported_not_dropped():
    result = extract_triples(TURNS[:2], lambda m: "```json\n{\"triples\": [", retries=1)
    assert [(r.turn, r.status, r.attempts) for r in result.turn_reports] == [(0, "unparseable", 2),
                                                                            (1, "unparseable", 2)]
    assert all(r.reason for r in result.turn_reports) and result.triples == []
    assert result.counts() == {"ok": 0, "empty": 0, "unparseable": 2}


def test_empty_answer_is_empty_status():
    result = extract_triples(TURNS[:1], lambda m: '{"triples": []}')
    assert result.turn_reports[0].status == "empty" and result.turn_reports[0].reason == "model returned no triples"


def test_json_schema_generate_is_preferred():
    seen = []

    def constrained(messages, schema):
        seen.append(schema)
        return fake_reply(SILK)

    def plain(messages):
        raise AssertionError("plain generate must not be used")

    result = extract_triples(TURNS[:1], plain, json_schema_generate=constrained)
    assert seen == [triples_json_schema()] and len(result.triples) == 1


def test_generate_errors_propagate():
    def broken(messages):
        raise RuntimeError("model crashed")

    with pytest.raises(RuntimeError, match="model crashed"):
        extract_triples(TURNS[:1], broken)


@pytest.mark.parametrize("turn,field", [
    ({"text": 3}, "text"), ({"text": "x", "round": "one"}, "round"),
    ({"text": "x", "expert_scalings": {"a": "high"}}, "expert_scalings"), ({"text": "x", "speaker": 5}, "speaker"),
])
def test_bad_turns_name_the_field(turn, field):
    with pytest.raises(GraphInputError, match=field):
        extract_triples([turn], lambda m: "{}")


def test_extract_from_text_splits_long_text():
    prompts = []

    def generate(messages):
        prompts.append(messages[0]["content"])
        return fake_reply(SILK)

    text = ("Spider silk improves toughness. " * 40).strip()
    result = extract_from_text(text, generate, source="paper.txt", max_chars=300)
    assert len(prompts) > 3 and all(len(p.split("Passage:\n", 1)[1]) <= 300 for p in prompts)
    assert len(result.turn_reports) == 1 and result.turn_reports[0].status == "ok"
    assert result.triples[0].provenance.source == "paper.txt"
    assert json.loads(json.dumps(result.turn_reports[0].to_dict()))["n_triples"] == len(result.triples)


def test_workers_extract_turns_concurrently_and_keep_their_order():
    import threading
    import time

    barrier = threading.Barrier(3, timeout=10)  # three turns with text must be in flight at once

    def generate(messages):
        barrier.wait()
        time.sleep(0.01)
        return fake_reply(SILK)

    together = extract_triples(TURNS, generate, workers=4)
    alone = extract_triples(TURNS, lambda messages: fake_reply(SILK))
    assert together.triples == alone.triples
    assert together.turn_reports == alone.turn_reports
    with pytest.raises(ValueError, match="workers"):
        extract_triples(TURNS, generate, workers=0)


def test_a_bad_turn_is_reported_before_any_model_call():
    calls = []
    with pytest.raises(GraphInputError, match="text"):
        extract_triples([TURNS[0], {"text": 3}], lambda m: calls.append(m) or fake_reply(SILK), workers=2)
    assert calls == []
