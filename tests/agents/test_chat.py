"""XLoRAChatModel over a tiny real engine: invoke, stream, batch, bind, token ids, steering, one shared model."""

from __future__ import annotations

import gc
import tracemalloc

import pytest
from langchain_core.messages import HumanMessage, SystemMessage

from agents.chat import XLoRAChatModel, to_chat_dicts, to_steering
from agents.models import ModelProvider
from agents.roles import ExpertSteering

testing = pytest.importorskip("xlora_core.testing")


@pytest.fixture(scope="module")
def engine():
    engine = testing.tiny_engine(seed=0, n_experts=2)
    yield engine
    engine.close()


@pytest.fixture
def chat(engine) -> XLoRAChatModel:
    return XLoRAChatModel(engine=engine, max_tokens=6)


def test_invoke_returns_text_scalings_and_usage(chat, engine) -> None:
    reply = chat.invoke([SystemMessage("be brief"), HumanMessage("hello")])
    assert isinstance(reply.content, str)
    meta = reply.response_metadata
    assert set(meta["expert_scalings"]) == set(engine.expert_names)
    assert abs(sum(meta["expert_scalings"].values()) - 1.0) < 1e-3
    assert meta["finish_reason"] in ("eos", "stop", "length")
    assert 1 <= reply.usage_metadata["output_tokens"] <= 6 and reply.usage_metadata["input_tokens"] > 0


def test_stream_concatenates_to_the_invoke_text(chat) -> None:
    chunks = list(chat.stream("tell me", max_tokens=8))
    streamed = "".join(str(c.content) for c in chunks)
    assert streamed == chat.invoke("tell me", max_tokens=8).content  # greedy: same text
    merged = chunks[0]
    for c in chunks[1:]:
        merged = merged + c
    assert "expert_scalings" in merged.response_metadata and merged.usage_metadata["output_tokens"] <= 8


def test_batch_and_bind(chat) -> None:
    replies = chat.batch(["a", "b", "c"], max_tokens=4)
    assert len(replies) == 3 and all(r.usage_metadata["output_tokens"] <= 4 for r in replies)
    bound = chat.bind(max_tokens=3, steering={"bias": {"expert_0": 8.0}})
    steered = bound.invoke("x").response_metadata["expert_scalings"]
    free = chat.invoke("x", max_tokens=3).response_metadata["expert_scalings"]
    assert steered["expert_0"] > max(0.8, free["expert_0"] + 0.2)  # a strong bias dominates the gate


def test_pin_steering_is_per_request(chat) -> None:
    pinned = chat.invoke("x", steering=ExpertSteering(pin={"expert_1": 1.0})).response_metadata["expert_scalings"]
    assert pinned["expert_1"] == pytest.approx(1.0) and pinned["expert_0"] == pytest.approx(0.0)
    free = chat.invoke("x").response_metadata["expert_scalings"]
    assert free["expert_1"] < 0.99  # the pin did not stick to the model


def test_token_ids_use_our_tokenizer(chat, engine) -> None:
    assert chat.get_token_ids("hello world") == engine.encode("hello world")
    assert chat.get_num_tokens("hello world") == len(engine.encode("hello world")) > 0


def test_bad_options_and_messages_are_rejected(chat) -> None:
    with pytest.raises(TypeError, match="unknown options"):
        chat.invoke("x", temprature=0.5)
    with pytest.raises(ValueError, match="unknown expert"):
        chat.invoke("x", steering={"bias": {"nope": 1.0}})
    with pytest.raises(ValueError, match="'bias' and 'pin'"):
        to_steering({"bais": {}})
    assert to_chat_dicts([HumanMessage(content=[{"type": "text", "text": "a"}, "b"])]) == [
        {"role": "user", "content": "ab"}]


def test_one_engine_however_many_agents(engine) -> None:
    provider = ModelProvider(loader=lambda spec, **kw: engine)
    shared = provider.chat_model("default")
    assert provider.chat_model("default") is shared and provider.engine("default") is engine
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    handles = [XLoRAChatModel(engine=provider.engine("default"), steering={"bias": {"expert_0": float(i)}})
               for i in range(50)]
    gc.collect()
    grown = sum(s.size_diff for s in tracemalloc.take_snapshot().compare_to(before, "filename"))
    tracemalloc.stop()
    assert all(h.engine is engine for h in handles)
    assert grown < 2_000_000  # 50 agents cost handles, not models (the tiny model alone is larger)


def test_scalings_mode_and_freeze_after_reach_the_engine(chat, engine) -> None:
    from xlora_core.engine import SamplingParams

    messages = [{"role": "user", "content": "hello"}]
    for k in (0, 3):
        direct = engine.generate(messages, SamplingParams(max_new_tokens=10), scalings_mode="prompt", freeze_after=k)
        reply = chat.invoke("hello", max_tokens=10, scalings_mode="prompt", freeze_after=k)
        assert reply.content == direct.text
        assert reply.response_metadata["expert_scalings"] == pytest.approx(direct.mean_scalings, abs=1e-5)
