"""Shared fixtures of the agents tests: fake chat models, debate files, a CLI runner."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import Field
from typer.testing import CliRunner

from agents.fake import FakeDebateModel


class ScriptedModel(BaseChatModel):
    """Replies from a per-speaker script (speaker = the role named in the system prompt's marker).

    ``replies[kind]`` is a list of texts used in turn; the marker is the role kind found in the
    instruction (judge prompts contain STOP/CONTINUE, questions are asked with stop=["?"]).
    """

    replies: dict[str, list[str]] = Field(default_factory=dict)
    counters: dict[str, Any] = Field(default_factory=dict)
    accepts_xlora_options: bool = True

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def _kind(self, messages: list[BaseMessage], stop: list[str] | None) -> str:
        text = str(messages[-1].content)
        if "STOP" in text and "CONTINUE" in text:
            return "judge"
        if stop and "?" in stop:
            return "asker"
        if "summar" in str(messages[0].content).lower():
            return "summarizer"
        return "answerer"

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        kind = self._kind(messages, stop)
        counter = self.counters.setdefault(kind, itertools.count())
        options = self.replies.get(kind) or [f"{kind} says something new {{n}}."]
        text = options[min(next(counter), len(options) - 1)].replace("{n}", str(len(str(messages))))
        reason = "eos"
        for s in stop or ():  # like the engine: cut at a stop string, leave it out, report "stop"
            if s in text:
                text, reason = text[: text.index(s)], "stop"
        for word in text.split(" "):
            yield ChatGenerationChunk(message=AIMessageChunk(content=word + " "))
        yield ChatGenerationChunk(message=AIMessageChunk(content="", response_metadata={"finish_reason": reason}))

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        from langchain_core.messages import AIMessage

        text = "".join(str(c.message.content) for c in self._stream(messages, stop, **kwargs))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])


@pytest.fixture
def fake() -> FakeDebateModel:
    return FakeDebateModel()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def write_file(tmp_path: Path):
    def write(name: str, text: str | bytes) -> Path:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return write


SIMPLE_DEBATE = """\
title: Test debate
question: "How can I use AAAAAIIAAAA?"
rounds: 2
model: "fake:echo"
judge: false
"""


@pytest.fixture
def scripted():
    """Factory of :class:`ScriptedModel` (``scripted(judge=[...], answerer=[...])``)."""

    def make(**replies: list[str]) -> ScriptedModel:
        return ScriptedModel(replies=replies)

    return make
