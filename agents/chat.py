"""A LangChain chat model over the shared X-LoRA :class:`~xlora_core.engine.Engine`.

Any LangChain or LangGraph app can use our model through it: ``invoke``, ``stream``, ``batch``
(concurrent requests are batched by the engine) and ``bind`` all work. Sampling and expert steering
are passed per call (or bound), never set globally::

    chat = XLoRAChatModel(engine=engine)
    chat.invoke("Why is spider silk tough?", max_tokens=64, steering={"bias": {"mechanics": 2.0}})

Every reply carries ``response_metadata["expert_scalings"]`` (the mean gate scaling of each expert
over the generated tokens), ``finish_reason`` and ``usage_metadata`` with real token counts.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import ConfigDict, Field

from agents.roles import ExpertSteering

_ROLE_OF = {"system": "system", "human": "user", "ai": "assistant", "chat": "user"}
_SAMPLING_KEYS = ("max_tokens", "temperature", "top_p", "top_k", "repetition_penalty", "seed")


def message_text(message: BaseMessage) -> str:
    """The text of a message, whether its content is a string or a list of content blocks."""
    content = message.content
    if isinstance(content, str):
        return content
    parts = []
    for block in content:
        if isinstance(block, str):
            parts.append(block)
        elif isinstance(block, dict) and block.get("type") == "text":
            parts.append(str(block.get("text", "")))
    return "".join(parts)


def to_chat_dicts(messages: list[BaseMessage]) -> list[dict[str, str]]:
    """LangChain messages -> ``{"role", "content"}`` dicts for the engine's chat template."""
    out = []
    for m in messages:
        role = _ROLE_OF.get(m.type)
        if role is None:
            raise ValueError(f"XLoRAChatModel cannot send a {m.type!r} message (no tool calling)")
        out.append({"role": role, "content": message_text(m)})
    return out


def to_steering(value: Any) -> Any:
    """``None`` | ``Steering`` | :class:`ExpertSteering` | ``{"bias": {...}, "pin": {...}}`` -> engine Steering."""
    from xlora_core.engine import Steering

    if value is None or isinstance(value, Steering):
        return value
    if isinstance(value, ExpertSteering):
        return None if value.is_empty else Steering(bias=dict(value.bias), pin=value.pin and dict(value.pin))
    if isinstance(value, Mapping):
        unknown = set(value) - {"bias", "pin"}
        if unknown:
            raise ValueError(f"steering accepts 'bias' and 'pin', not {sorted(unknown)}")
        pin = value.get("pin")
        return Steering(bias=dict(value.get("bias") or {}), pin=None if pin is None else dict(pin))
    raise TypeError(f"cannot use {type(value).__name__} as expert steering")


class XLoRAChatModel(BaseChatModel):
    """LangChain ``BaseChatModel`` backed by the process's one shared X-LoRA engine.

    Instances are cheap handles: many of them (one per role, say) share one engine and one model.
    Per-call keyword options: ``max_tokens``, ``temperature``, ``top_p``, ``top_k``,
    ``repetition_penalty``, ``seed``, ``steering``, ``logits_processors``, ``scalings_mode`` and
    ``freeze_after`` (prompt mode: generated tokens decoded exactly before the scalings freeze);
    ``stop`` as usual (the stop string is left out of the reply, as LangChain expects).
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    engine: Any = Field(exclude=True, repr=False)
    """The shared :class:`xlora_core.engine.Engine` (never copied)."""
    max_tokens: int = 256
    temperature: float = 0.0
    top_p: float = 1.0
    top_k: int = 0
    repetition_penalty: float = 1.0
    seed: int | None = None
    steering: dict[str, Any] | None = None
    """Default steering of this handle, ``{"bias": {...}, "pin": {...}}``; a per-call value replaces it."""

    accepts_xlora_options: bool = True

    @property
    def _llm_type(self) -> str:
        return "xlora"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {
            "model_name": getattr(self.engine, "model_name", "?"),
            **{k: getattr(self, k) for k in _SAMPLING_KEYS},
            "steering": self.steering,
        }

    @property
    def expert_names(self) -> tuple[str, ...]:
        """Names of the engine's experts (empty for a plain base model)."""
        return tuple(getattr(self.engine, "expert_names", ()))

    def get_token_ids(self, text: str) -> list[int]:
        """Token ids from our own tokenizer (langchain's GPT-2 fallback is empty offline)."""
        return list(self.engine.encode(text))

    def _request_args(self, stop: list[str] | None, kwargs: dict[str, Any]) -> dict[str, Any]:
        from xlora_core.engine import SamplingParams

        unknown = set(kwargs) - set(_SAMPLING_KEYS) - {"steering", "logits_processors", "scalings_mode", "freeze_after"}
        if unknown:
            raise TypeError(f"XLoRAChatModel got unknown options {sorted(unknown)}")
        opts = {k: kwargs.get(k, getattr(self, k)) for k in _SAMPLING_KEYS}
        sampling = SamplingParams(
            max_new_tokens=int(opts["max_tokens"]),
            temperature=float(opts["temperature"]),
            top_p=float(opts["top_p"]),
            top_k=int(opts["top_k"]),
            repetition_penalty=float(opts["repetition_penalty"]),
            seed=opts["seed"],
            stop=tuple(stop or ()),
        )
        steering = to_steering(kwargs["steering"] if "steering" in kwargs else self.steering)
        args = {"sampling": sampling, "steering": steering, "logits_processors": kwargs.get("logits_processors")}
        if kwargs.get("scalings_mode"):
            args["scalings_mode"] = kwargs["scalings_mode"]  # "prompt": scalings frozen after the prompt (faster)
        if kwargs.get("freeze_after"):
            args["freeze_after"] = int(kwargs["freeze_after"])
        return args

    @staticmethod
    def _metadata(result: Any) -> tuple[dict[str, Any], dict[str, int]]:
        meta = {
            "finish_reason": result.finish_reason,
            "expert_scalings": {k: float(v) for k, v in result.mean_scalings.items()},
            "expert_names": list(result.expert_names),
            "seconds": float(result.seconds),
            "model_name": "xlora",
        }
        usage = {
            "input_tokens": int(result.prompt_tokens),
            "output_tokens": int(result.completion_tokens),
            "total_tokens": int(result.prompt_tokens + result.completion_tokens),
        }
        return meta, usage

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        result = self.engine.generate(to_chat_dicts(messages), **self._request_args(stop, kwargs))
        meta, usage = self._metadata(result)
        message = AIMessage(content=result.text, response_metadata=meta, usage_metadata=usage)
        return ChatResult(generations=[ChatGeneration(message=message, generation_info=None)])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        request = self.engine.submit(to_chat_dicts(messages), **self._request_args(stop, kwargs))
        done = False
        try:
            for delta in request:
                if not delta:
                    continue
                if run_manager:
                    run_manager.on_llm_new_token(delta)
                yield ChatGenerationChunk(message=AIMessageChunk(content=delta))
            meta, usage = self._metadata(request.result())
            done = True
            # Metadata only on the last chunk: langchain merges chunk metadata and would otherwise clash.
            yield ChatGenerationChunk(
                message=AIMessageChunk(content="", response_metadata=meta, usage_metadata=usage)
            )
        finally:
            if not done:
                request.cancel()
