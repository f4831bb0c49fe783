"""Model specs -> chat models, with one shared engine per model for the whole process.

A spec is ``"default"`` (the shipped X-LoRA), a path (an X-LoRA folder, an HF model folder or a
``.gguf`` file), or ``"fake:echo"`` / ``"fake:echo:DELAY"`` (the deterministic fake of
:mod:`agents.fake`, no torch needed; DELAY = seconds per streamed word).
Nothing is loaded until a model is asked for. The provider is an ordinary object (no module-level
cache): create one per process, pass it around, close it at the end.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

from langchain_core.language_models import BaseChatModel

from agents.chat import XLoRAChatModel
from agents.fake import FakeDebateModel

KG_EXPERT = "kg_extraction"


def compact_schema(schema: Any, max_items: int = 6, max_length: int = 48) -> Any:
    """A copy of a JSON schema with tighter ``maxItems``/``maxLength`` bounds: a small model writes short
    triples anyway, and the regex index of constrained decoding grows quickly with these bounds."""
    if isinstance(schema, list):
        return [compact_schema(v, max_items, max_length) for v in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: compact_schema(v, max_items, max_length) for k, v in schema.items()}
    if "maxItems" in out:
        out["maxItems"] = min(out["maxItems"], max_items)
    if "maxLength" in out:
        out["maxLength"] = min(out["maxLength"], max_length)
    return out


class NoSelfLoops:
    """A logits processor for triples JSON: while the model writes an ``object`` string that so far
    equals the same triple's ``subject``, the string may not close (a small model likes to copy the
    subject, and a triple from a thing to itself says nothing). Never bans every allowed token."""

    _OPEN_OBJECT = re.compile(r'"subject":\s*"([^"]*)"[^{}]*"object":\s*"([^"]*)$')

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self._quotes: Any = None

    def _quote_ids(self) -> Any:
        if self._quotes is None:
            import torch

            vocab = self.tokenizer.get_vocab()
            ids = [i for i in vocab.values() if '"' in self.tokenizer.decode([i])]
            self._quotes = torch.tensor(sorted(ids), dtype=torch.long)
        return self._quotes

    def for_prompt(self, prompt_len: int) -> Callable[[Any, Any], Any]:
        """The processor for one request whose prompt has ``prompt_len`` tokens."""
        quotes = self._quote_ids()

        def process(input_ids: Any, scores: Any) -> Any:
            text = self.tokenizer.decode(input_ids[0, prompt_len:], skip_special_tokens=True)
            m = self._OPEN_OBJECT.search(text)
            if m and m.group(2) and m.group(2).strip().lower() == m.group(1).strip().lower():
                banned = scores.clone()
                banned[:, quotes.to(scores.device)] = float("-inf")
                if bool(banned.isfinite().any()):
                    return banned
            return scores

        return process


class ModelSpecError(ValueError):
    """A model spec that names nothing usable (bad fake spec)."""


def parse_fake_spec(spec: str) -> float:
    """The per-word delay of a ``fake:echo[:DELAY]`` spec."""
    parts = spec.split(":")
    if parts[:2] != ["fake", "echo"] or len(parts) > 3:
        raise ModelSpecError(f"unknown fake model {spec!r} (use fake:echo or fake:echo:SECONDS)")
    try:
        delay = float(parts[2]) if len(parts) == 3 else 0.0
    except ValueError:
        raise ModelSpecError(f"bad delay in {spec!r}: expected seconds, e.g. fake:echo:0.01") from None
    if not 0 <= delay <= 10:
        raise ModelSpecError(f"bad delay in {spec!r}: must be between 0 and 10 seconds")
    return delay


class ModelProvider:
    """Creates chat models on demand; every chat model of one spec shares one engine (one model)."""

    def __init__(self, *, device: str | None = None, dtype: str | None = None,
                 loader: Callable[..., Any] | None = None) -> None:
        self.device, self.dtype = device, dtype
        self._loader = loader
        self._engines: dict[str, Any] = {}
        self._chats: dict[str, BaseChatModel] = {}
        self._lock = threading.Lock()

    def engine(self, spec: str) -> Any:
        """The shared :class:`xlora_core.engine.Engine` of ``spec`` (loaded on first use)."""
        with self._lock:
            if spec not in self._engines:
                loader = self._loader
                if loader is None:
                    from xlora_core.engine import load_engine

                    loader = load_engine
                self._engines[spec] = loader(spec, device=self.device, dtype=self.dtype)
            return self._engines[spec]

    def chat_model(self, spec: str) -> BaseChatModel:
        """The chat model of ``spec`` (the same object every time)."""
        if spec not in self._chats:
            if spec.startswith("fake:"):
                chat: BaseChatModel = FakeDebateModel(delay=parse_fake_spec(spec))
            else:
                chat = XLoRAChatModel(engine=self.engine(spec))
            self._chats[spec] = chat
        return self._chats[spec]

    def make_generate(self, spec: str) -> tuple[Callable[[list[dict[str, str]]], str], Any]:
        """``(generate, json_schema_generate or None)`` for knowledge-graph extraction.

        Generation is greedy and steered toward the ``kg_extraction`` expert when the model has one.
        """
        chat = self.chat_model(spec)
        options: dict[str, Any] = {"max_tokens": 256, "temperature": 0.0}
        if isinstance(chat, XLoRAChatModel):
            options["scalings_mode"] = "prompt"  # scalings are not needed here: freeze them after the prompt
        if KG_EXPERT in tuple(getattr(chat, "expert_names", ())):
            options["steering"] = {"bias": {}, "pin": {KG_EXPERT: 1.0}}

        def generate(messages: list[dict[str, str]]) -> str:
            return str(chat.invoke([(m["role"], m["content"]) for m in messages], **options).content)

        if not isinstance(chat, XLoRAChatModel):
            return generate, None
        return generate, self._json_schema_generate(chat, options)

    @staticmethod
    def _json_schema_generate(chat: XLoRAChatModel, options: dict[str, Any]) -> Callable[[list[dict], dict], str]:
        """Constrained decoding on the shared engine: the reply always matches the JSON schema."""
        from xlora_core.constrained import JSONConstraint
        from xlora_core.engine import SamplingParams
        from xlora_core.steering import Steering

        engine = chat.engine
        constraint = JSONConstraint(engine.tokenizer)
        steer = options.get("steering")
        steering = Steering(pin=steer["pin"]) if steer else None

        no_loops = NoSelfLoops(engine.tokenizer)

        def json_schema_generate(messages: list[dict[str, str]], schema: dict) -> str:
            processor = constraint.processor(compact_schema(schema))
            loop_guard = no_loops.for_prompt(len(engine.encode_prompt(messages)))
            # The first answer is greedy; a retry (the reply and the reason were appended) samples, seeded,
            # so that it does not repeat a greedy answer that failed (e.g. subject == object).
            retry = len(messages) > 1
            sampling = SamplingParams(max_new_tokens=options["max_tokens"], temperature=0.8 if retry else 0.0,
                                      seed=len(messages) if retry else None)
            result = engine.generate(messages, sampling, steering=steering, logits_processors=[processor, loop_guard],
                                     scalings_mode="prompt")
            return result.text

        return json_schema_generate

    def close(self) -> None:
        """Close every engine this provider loaded."""
        with self._lock:
            for engine in self._engines.values():
                close = getattr(engine, "close", None)
                if close:
                    close()
            self._engines.clear()
            self._chats.clear()
