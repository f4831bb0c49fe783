"""The debate graph with fake deterministic models: order, rounds, judge, summary, streaming, custom roles."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from langgraph.checkpoint.memory import InMemorySaver

from agents.fake import FakeDebateModel
from agents.prompts import SUMMARY_STEPS, find_repetition, parse_verdict, similarity
from agents.roles import ExpertSteering, Role, builtin_role
from agents.workflow import Debate, DebateWorkflow


def run(debate: Debate, model: Any, **kw: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    wf = DebateWorkflow(debate, model, **kw)
    app = wf.compile(checkpointer=InMemorySaver())
    config = {"configurable": {"thread_id": "t"}, "recursion_limit": wf.recursion_limit()}
    events = [part["data"] for part in app.stream(wf.initial_state("d1"), config, stream_mode=["updates", "custom"],
                                                  version="v2") if part["type"] == "custom"]
    return dict(app.get_state(config).values), events


def speakers(state: dict[str, Any]) -> list[tuple[int, str]]:
    return [(t["round"], t["speaker"]) for t in state["turns"]]


def test_question_opens_and_rounds_alternate(fake: FakeDebateModel) -> None:
    state, _ = run(Debate(question="How can I use AAAAAIIAAAA?", rounds=3), fake)
    assert speakers(state) == [(1, "user"), (1, "biologist"), (2, "engineer"), (2, "biologist"),
                               (3, "engineer"), (3, "biologist")]
    assert [t["turn"] for t in state["turns"]] == list(range(6))
    assert state["turns"][0]["role"] == "question" and state["turns"][0]["text"] == "How can I use AAAAAIIAAAA?"
    assert all(t["text"].endswith("?") for t in state["turns"] if t["role"] == "asker")
    assert state["finished"] is True and state["stop_reason"] == "completed 3 rounds"


def test_topic_only_lets_the_first_speaker_open(fake: FakeDebateModel) -> None:
    state, _ = run(Debate(topic="spider silk toughness", rounds=2), fake)
    assert speakers(state) == [(1, "engineer"), (1, "biologist"), (2, "engineer"), (2, "biologist")]
    assert state["turns"][0]["text"].endswith("?")
    assert "spider silk toughness" in fake.calls[0]["messages"][-1][1]


def test_one_round(fake: FakeDebateModel) -> None:
    state, _ = run(Debate(question="Q?", rounds=1), fake)
    assert speakers(state) == [(1, "user"), (1, "biologist")]
    assert len(state["summary"]) == 3


def test_recursion_limit_is_sized_to_the_debate(fake: FakeDebateModel) -> None:
    wf = DebateWorkflow(Debate(question="Q?", rounds=4, judge=builtin_role("judge")), fake)
    assert 2 * 4 < wf.recursion_limit() < 60


def test_summary_has_three_steps_and_takeaway_names_the_question(fake: FakeDebateModel) -> None:
    state, _ = run(Debate(question="What is AAAAAIIAAAA for?", rounds=1), fake)
    assert [s["key"] for s in state["summary"]] == [k for k, _, _ in SUMMARY_STEPS]
    last_prompt = fake.calls[-1]["messages"][-1][1]
    assert "What is AAAAAIIAAAA for?" in last_prompt.split("Most important")[-1]
    assert "Summary of key points:" in last_prompt and "Salient insights:" in last_prompt


def test_no_summary(fake: FakeDebateModel) -> None:
    state, _ = run(Debate(question="Q?", rounds=1, summarizer=None), fake)
    assert state["summary"] == [] and state["finished"]


def test_judge_stops_the_debate(scripted) -> None:
    model = scripted(judge=["CONTINUE still new", "STOP: the answers converged"],
                     answerer=["alpha beta gamma delta {n}", "epsilon zeta eta theta {n}", "iota kappa lambda mu {n}"])
    state, events = run(Debate(question="Q?", rounds=5, judge=builtin_role("judge")), model)
    assert max(t["round"] for t in state["turns"]) == 2
    assert [v["verdict"] for v in state["verdicts"]] == ["continue", "stop"]
    assert "converged" in state["stop_reason"]
    assert len(state["summary"]) == 3
    assert [e["verdict"] for e in events if e["event"] == "verdict"] == ["continue", "stop"]


def test_judge_continue_runs_all_rounds_and_no_judge_after_last(scripted) -> None:
    model = scripted(judge=["CONTINUE"], answerer=[f"answer number {i} {{n}}" for i in range(9)])
    state, _ = run(Debate(question="Q?", rounds=3, judge=builtin_role("judge")), model)
    assert max(t["round"] for t in state["turns"]) == 3
    assert [v["round"] for v in state["verdicts"]] == [1, 2]


def test_repetition_stops_without_asking_the_judge(scripted) -> None:
    model = scripted(judge=["CONTINUE"], answerer=["the very same answer about silk"])
    state, _ = run(Debate(question="Q?", rounds=4, judge=builtin_role("judge")), model)
    assert max(t["round"] for t in state["turns"]) == 2
    assert state["verdicts"][-1]["verdict"] == "stop" and "repeated" in state["stop_reason"]
    assert next(model.counters["judge"]) == 1  # asked after round 1 only; round 2 stopped on repetition


def test_asker_that_forgets_to_ask_gets_one_stricter_retry(scripted) -> None:
    model = scripted(asker=["I would like to discuss silk", "Why is silk tough? And more"])
    state, events = run(Debate(question="Q?", rounds=2), model)
    assert state["turns"][2]["text"] == "Why is silk tough?"
    assert [e["speaker"] for e in events if e["event"] == "retry"] == ["engineer"]


def test_streaming_events_match_the_turns(fake: FakeDebateModel) -> None:
    state, events = run(Debate(question="Q?", rounds=2), fake)
    kinds = [e["event"] for e in events]
    assert kinds[0] == "turn_end"  # the given question
    texts: dict[int, str] = {}
    current = None
    for e in events:
        if e["event"] == "turn_start":
            current = e["turn"]
            texts[current] = ""
            assert "speaker" in e and "steering" in e
        elif e["event"] == "token":
            texts[current] += e["text"]
        elif e["event"] == "turn_end" and e["turn"]["turn"] is not None:
            assert texts.get(e["turn"]["turn"], e["turn"]["text"]).strip() == e["turn"]["text"]
    assert kinds.count("turn_start") == 3 + 3  # three debate turns and three summary steps


def test_turn_records_are_json_plain_and_complete(fake: FakeDebateModel) -> None:
    import json

    state, _ = run(Debate(question="Q?", rounds=2), fake)
    for t in state["turns"][1:]:
        assert json.loads(json.dumps(t)) == t
        assert t["tokens"] == len(t["text"].split())
        assert set(t["expert_scalings"]) == {"biology", "mechanics"}
        assert t["experts_active"][0] == max(t["expert_scalings"], key=t["expert_scalings"].get)
        assert t["seconds"] >= 0 and t["started_at"].startswith("20")


def test_custom_panel_order_window_and_steering(fake: FakeDebateModel) -> None:
    roles = {
        "moderator": builtin_role("asker", name="moderator"),
        "chemist": builtin_role("answerer", name="chemist", experts=ExpertSteering(bias={"biology": 2.0})),
        "physicist": builtin_role("answerer", name="physicist", experts=ExpertSteering(pin={"mechanics": 1.0})),
        "devil": Role(name="devil", kind="devils_advocate", system_prompt="You disagree.",
                      instruction="Attack the claim of {last_speaker} in round {round}.", max_tokens=20, window=2),
    }
    debate = Debate(question="Why is silk tough?", rounds=2, roles=roles,
                    order=("moderator", "chemist", "physicist", "devil"))
    state, _ = run(debate, fake)
    assert speakers(state) == [(1, "user"), (1, "chemist"), (1, "physicist"), (1, "devil"),
                               (2, "moderator"), (2, "chemist"), (2, "physicist"), (2, "devil")]
    by_call = {c["messages"][0][1][:20]: c for c in fake.calls}
    assert any(c.get("steering") == {"bias": {"biology": 2.0}, "pin": None} for c in fake.calls)
    assert any(c.get("steering") == {"bias": {}, "pin": {"mechanics": 1.0}} for c in fake.calls)
    assert by_call  # every role went to the one model
    devil_last = [c for c in fake.calls if c["messages"][0][1] == "You disagree."][-1]
    prompt = devil_last["messages"][-1][1]
    assert "Attack the claim of physicist in round 2." in prompt
    assert "last 2 turns" in prompt and prompt.count("(answerer):") == 2  # window of two turns
    assert "moderator (asker)" not in prompt and "Original question: Why is silk tough?" in prompt
    assert state["turns"][3]["role"] == "devils_advocate"


def test_all_roles_share_one_model_object(fake: FakeDebateModel) -> None:
    debate = Debate(question="Q?", rounds=2, judge=builtin_role("judge"))
    wf = DebateWorkflow(debate, fake)
    assert {id(wf.model_for(r)) for r in debate.all_roles()} == {id(fake)}
    run(debate, fake)
    assert len(fake.calls) == 3 + 1 + 3  # turns, one judge call, summary steps — all on the one instance


def test_role_backed_by_another_langchain_model(fake: FakeDebateModel) -> None:
    other = GenericFakeChatModel(messages=iter([AIMessage(content="Is it the beta sheets?")] * 5))
    roles = {"engineer": builtin_role("asker", name="engineer", chat_model=other),
             "biologist": builtin_role("answerer", name="biologist")}
    state, _ = run(Debate(question="Q?", rounds=2, roles=roles), fake)
    assert state["turns"][2]["text"] == "Is it the beta sheets?"
    assert state["turns"][2]["tokens"] > 0
    assert all("max_tokens" in c for c in fake.calls)  # xlora options only where accepted


def test_user_nodes_run_after_every_turn(fake: FakeDebateModel) -> None:
    def count_words(state: dict[str, Any]) -> dict[str, Any]:
        last = state["turns"][-1]
        return {"notes": {f"words_{last['turn']}": len(last["text"].split())}}

    state, _ = run(Debate(question="Q?", rounds=2), fake, after_turn=[("count_words", count_words)])
    assert set(state["notes"]) == {"words_1", "words_2", "words_3"}


def test_extract_step_gets_the_final_transcript(fake: FakeDebateModel) -> None:
    seen: list[int] = []

    def extract(state: dict[str, Any]) -> dict[str, Any]:
        seen.append(len(state["turns"]))
        return {"triples": 0}

    state, events = run(Debate(question="Q?", rounds=2), fake, extract=extract)
    assert seen == [4] * len(seen) and state["graph"] == {"triples": 0}
    assert any(e["event"] == "extract_start" for e in events)


@pytest.mark.parametrize("kwargs, message", [
    ({}, "question or a topic"),
    ({"question": "Q", "rounds": 0}, "rounds"),
    ({"question": "Q", "order": ("engineer", "nobody")}, "nobody"),
    ({"question": "Q", "order": ()}, "order"),
])
def test_debate_rejects_bad_settings(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Debate(**kwargs)


def test_role_rejects_unknown_placeholders_and_renders_literally() -> None:
    with pytest.raises(ValueError, match="unknown placeholder"):
        builtin_role("asker", instruction="Ask about {__class__}")
    role = builtin_role("asker", instruction="Q for {name} on {question}; keep {0} and {{x}}")
    assert role.render(question="{last_turn}") == "Q for asker on {last_turn}; keep {0} and {{x}}"


def test_verdict_parsing_and_similarity() -> None:
    assert parse_verdict("STOP\nThey agree.") == ("stop", "They agree")
    assert parse_verdict("I think we should continue: more to say")[0] == "continue"
    assert parse_verdict("gibberish")[0] == "continue"
    assert similarity("a b c d e", "a b c d e") == 1.0 and similarity("a b c d", "w x y z") == 0.0
    turns = [{"turn": 1, "round": 1, "speaker": "x", "text": "same words here again"},
             {"turn": 2, "round": 2, "speaker": "x", "text": "same words here again"}]
    assert "repeated turn 1" in find_repetition(turns, 0.9)
