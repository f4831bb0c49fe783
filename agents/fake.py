"""A deterministic fake chat model: fast tests and `--model fake:echo` runs without loading torch.

Its reply depends only on the prompt (a hash of the messages picks words), so a resumed debate
produces exactly the text an uninterrupted one would. It streams one word at a time, optionally
sleeping ``delay`` seconds per word so a test can kill a process in the middle of a turn.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Iterator, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import Field

_WORDS = (
    "alanine helix beta sheet hydrogen bond stiffness toughness silk fibre spider strain energy "
    "dissipation unfolding domain sequence residue hydrophobic packing amyloid crystal modulus "
    "hierarchy nanoconfinement shear stress strength elastic plastic collagen keratin motif "
    "repeat glycine isoleucine load rupture simulation experiment mutation stability"
).split()


class FakeDebateModel(BaseChatModel):
    """Deterministic, streaming fake of our X-LoRA chat model (accepts the same per-call options)."""

    delay: float = 0.0
    """Seconds to sleep before each streamed word."""
    expert_names: tuple[str, ...] = ("biology", "mechanics")
    max_tokens: int = 24
    calls: list[dict[str, Any]] = Field(default_factory=list, exclude=True, repr=False)
    """Every call's messages and options, for tests (this instance only)."""

    accepts_xlora_options: bool = True

    @property
    def _llm_type(self) -> str:
        return "fake-debate"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"delay": self.delay, "expert_names": self.expert_names}

    def get_token_ids(self, text: str) -> list[int]:
        """One token per whitespace-separated word."""
        return [int(hashlib.sha1(w.encode()).hexdigest()[:6], 16) for w in text.split()]

    def _reply(self, messages: Sequence[BaseMessage], stop: Sequence[str] | None, max_tokens: int) -> list[str]:
        prompt = "\n".join(f"{m.type}:{m.content}" for m in messages)
        rng = random.Random(hashlib.sha256(prompt.encode()).hexdigest())
        if "STOP" in prompt and "CONTINUE" in prompt and "judge" in prompt.lower():
            return ["CONTINUE", " the", " debate", " still", " opens", " new", " ground."][:max_tokens]
        n = min(max_tokens, rng.randint(4, 12))
        words = [rng.choice(_WORDS) for _ in range(n)]
        words[0] = words[0].capitalize()
        pieces = [words[0]] + [" " + w for w in words[1:]]
        if stop and "?" in stop:
            pieces[-1] += "?"
        else:
            pieces[-1] += "."
        return pieces

    def _scalings(self, text: str) -> dict[str, float]:
        rng = random.Random(text)
        raw = [rng.random() + 0.05 for _ in self.expert_names]
        return {name: round(v / sum(raw), 6) for name, v in zip(self.expert_names, raw)}

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        max_tokens = int(kwargs.get("max_tokens") or self.max_tokens)
        self.calls.append({"messages": [(m.type, m.content) for m in messages], "stop": stop, **kwargs})
        pieces = self._reply(messages, stop, max_tokens)
        for piece in pieces:
            if self.delay:
                time.sleep(self.delay)
            if run_manager:
                run_manager.on_llm_new_token(piece)
            yield ChatGenerationChunk(message=AIMessageChunk(content=piece))
        text = "".join(pieces)
        n_in = sum(len(str(m.content).split()) for m in messages)
        yield ChatGenerationChunk(
            message=AIMessageChunk(
                content="",
                response_metadata={
                    "finish_reason": "length" if len(pieces) >= max_tokens else "stop",
                    "expert_scalings": self._scalings(text),
                    "model_name": "fake",
                },
                usage_metadata={"input_tokens": n_in, "output_tokens": len(pieces),
                                "total_tokens": n_in + len(pieces)},
            )
        )

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        chunks = list(self._stream(messages, stop=stop, run_manager=None, **kwargs))
        final = chunks[-1].message
        text = "".join(str(c.message.content) for c in chunks)
        message = AIMessage(content=text, response_metadata=final.response_metadata,
                            usage_metadata=final.usage_metadata)
        return ChatResult(generations=[ChatGeneration(message=message)])
