"""Engine: the ONE shared model of a process.

Callers from any thread ``submit`` requests. Whoever waits for a result drives the model for all
requests in flight, one thread at a time: waiting requests are admitted into the running batch
(left padding, both KV caches), decoded together with per-request sampling, stop strings, token
budgets, expert steering and logits processors; text deltas stream to each request; cancellation
is honoured; finished rows leave the batch at once.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import torch
from transformers import GenerationConfig

from .generation import build_processors
from .model import XLoRACache, XLoRAModel, positions_from_mask
from .scalings import summarize
from .steering import Steering, steering_tensors
from .threads import release_thread_pool

Messages = Sequence[dict[str, str]]
_DONE = object()


@dataclass(frozen=True)
class SamplingParams:
    """Per-request decoding settings. ``temperature=0`` means greedy."""

    max_new_tokens: int = 256
    temperature: float = 0.0
    top_p: float = 1.0
    top_k: int = 0
    repetition_penalty: float = 1.0
    seed: int | None = None
    stop: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.max_new_tokens < 1:
            raise ValueError(f"max_new_tokens must be >= 1, got {self.max_new_tokens}")
        if self.temperature < 0:
            raise ValueError(f"temperature must be >= 0, got {self.temperature}")
        if not 0 < self.top_p <= 1:
            raise ValueError(f"top_p must be in (0, 1], got {self.top_p}")
        if self.repetition_penalty <= 0:
            raise ValueError(f"repetition_penalty must be > 0, got {self.repetition_penalty}")

    def generation_config(self) -> GenerationConfig:
        return GenerationConfig(
            do_sample=self.temperature > 0,
            temperature=self.temperature if self.temperature > 0 else 1.0,
            top_p=self.top_p,
            top_k=self.top_k or None,
            repetition_penalty=self.repetition_penalty,
        )


@dataclass
class GenerationResult:
    """The outcome of one request."""

    text: str
    token_ids: list[int]
    prompt_tokens: int
    completion_tokens: int
    finish_reason: Literal["eos", "stop", "length", "cancelled"]
    expert_names: tuple[str, ...]
    mean_scalings: dict[str, float]
    token_scalings: list[list[float]]
    seconds: float


class Request:
    """Handle of a submitted request: iterate for text deltas, ``result()`` for the outcome."""

    def __init__(self, prompt_ids: list[int], sampling: SamplingParams, steering: Steering | None,
                 logits_processors: list | None, mode: str, freeze_after: int = 0) -> None:
        self.prompt_ids = prompt_ids
        self.sampling = sampling
        self.steering = steering
        self.mode = mode
        self.freeze_after = freeze_after  # prompt mode: generated tokens decoded exactly before freezing
        self.processors = build_processors(sampling.generation_config(), logits_processors)
        self.generator = torch.Generator().manual_seed(sampling.seed) if sampling.seed is not None else None
        self.generated: list[int] = []
        self.token_scalings: list[list[float]] = []
        self.frozen: torch.Tensor | None = None  # (n_modules, K) in prompt-level mode
        self.scalings_sum: torch.Tensor | None = None  # (n_modules, K) summed until frozen
        self.scalings_count = 0
        self.text = ""
        self.sent = 0
        self.started = time.perf_counter()
        self._deltas: queue.Queue = queue.Queue()
        self._done = threading.Event()
        self._cancel = threading.Event()
        self._result: GenerationResult | None = None
        self._error: BaseException | None = None
        self._signal = threading.Event()  # wakes the waiting caller: finished, new text, or the lead is free
        self._streaming = False  # a caller iterates: signal every text delta
        self._drive: Any = lambda request: False  # set by Engine.submit

    def __iter__(self) -> Iterator[str]:
        self._streaming = True
        while True:
            try:
                item = self._deltas.get_nowait()
            except queue.Empty:
                self._wait(0.05)
                continue
            if item is _DONE:
                break
            yield item
        if self._error is not None:
            raise self._error

    def result(self, timeout: float | None = None) -> GenerationResult:
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._done.is_set():
            left = 0.05 if deadline is None else min(0.05, deadline - time.monotonic())
            if left <= 0:
                raise TimeoutError("request not finished")
            self._wait(left)
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result

    def _wait(self, timeout: float) -> None:
        """Drive the engine one step if no other thread does, else sleep until signalled."""
        if not self._drive(self):
            self._signal.wait(timeout)
            self._signal.clear()  # state is re-checked by the caller's loop, so no signal is lost

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def _finish(self, result: GenerationResult | None, error: BaseException | None = None) -> None:
        self._result, self._error = result, error
        self._deltas.put(_DONE)
        self._done.set()
        self._signal.set()


@dataclass
class _Batch:
    """Requests decoded together: their KV caches, attention mask and steering, row by row."""

    requests: list[Request]
    cache: Any
    mask: torch.Tensor
    steering: list[Steering | None] = field(default_factory=list)
    frozen: bool = False  # scalings frozen for every row: no scaling pass, no scaling cache
    folded: dict[int, torch.Tensor] | None = None  # one frozen row: its scalings folded into the weights


def _mergeable(cache: Any) -> bool:
    caches = [c for c in (cache.main, cache.scaling) if c is not None]
    return all(hasattr(c, "layers") and all(hasattr(layer, "keys") and not getattr(layer, "is_sliding", False)
                                            for layer in c.layers) for c in caches)


def _left_pad(t: torch.Tensor, width: int, dim: int) -> torch.Tensor:
    missing = width - t.shape[dim]
    if missing == 0:
        return t
    shape = list(t.shape)
    shape[dim] = missing
    return torch.cat([t.new_zeros(shape), t], dim=dim)


def _merge(host: _Batch, fresh: _Batch) -> None:
    """Append ``fresh``'s rows to ``host``: left-pad the shorter KV caches and masks to one length."""
    width = max(host.mask.shape[1], fresh.mask.shape[1])
    for a, b in ((host.cache.main, fresh.cache.main), (host.cache.scaling, fresh.cache.scaling)):
        if a is None:
            continue
        for la, lb in zip(a.layers, b.layers, strict=True):
            la.keys = torch.cat([_left_pad(la.keys, width, 2), _left_pad(lb.keys, width, 2)], dim=0)
            la.values = torch.cat([_left_pad(la.values, width, 2), _left_pad(lb.values, width, 2)], dim=0)
    host.mask = torch.cat([_left_pad(host.mask, width, 1), _left_pad(fresh.mask, width, 1)], dim=0)
    host.requests += fresh.requests
    host.steering += fresh.steering
    host.folded = None  # several rows now: per-row scalings go back to the low-rank path


class Engine:
    """The one shared model of a process; thread-safe.

    Args:
        model: an :class:`XLoRAModel` (or a plain HF causal LM, wrapped with no experts).
        tokenizer: its tokenizer (needs a chat template for message prompts).
        max_batch_size: most requests decoded together.
        max_pending: most requests waiting to start; ``submit`` beyond that first helps drive the
            engine (or waits) until there is room. With ``max_batch_size`` and the model's context
            length (prompts longer than it are refused, generation stops at it), this bounds memory.
        fold_single: decode a lone request with frozen scalings (prompt-level mode or pinned experts)
            with the scalings folded into per-sequence weights: the base model's cost per token.
    """

    def __init__(self, model: Any, tokenizer: Any, *, max_batch_size: int = 8, max_pending: int = 256,
                 fold_single: bool = True) -> None:
        if not isinstance(model, XLoRAModel):
            model = XLoRAModel(model, [], tokenizer=tokenizer)
        if max_batch_size < 1 or max_pending < 1:
            raise ValueError(f"max_batch_size and max_pending must be >= 1, got {max_batch_size}, {max_pending}")
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.max_batch_size = max_batch_size
        self.max_pending = max_pending
        self.context_length: int | None = getattr(model.base.config, "max_position_embeddings", None)
        self.fold_single = fold_single  # a lone prompt-level/pinned request decodes with folded weights
        self.expert_names: tuple[str, ...] = model.expert_names
        self.model_name = str(model.base_id or getattr(model.base.config, "_name_or_path", "model"))
        self.eos_ids = self._eos_ids()
        self.pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else self.eos_ids[0]
        self._pending: queue.Queue[Request] = queue.Queue()
        self._running: list[_Batch] = []  # touched only by the thread that holds self._lead
        self._lead = threading.Lock()  # held by the caller thread that drives the model right now
        self._closed = False
        release_thread_pool()  # this thread loaded the model; its idle OpenMP pool would slow other threads

    # ------------------------------------------------------------------ public API
    def submit(
        self,
        messages: Messages | str,
        sampling: SamplingParams = SamplingParams(),
        steering: Steering | None = None,
        logits_processors: list | None = None,
        scalings_mode: Literal["token", "prompt"] = "token",
        freeze_after: int = 0,
    ) -> Request:
        """Queue a request.

        Args:
            messages: chat dicts (the chat template is applied) or a raw prompt string.
            sampling: decoding settings.
            steering: per-request expert steering (bias or pin).
            logits_processors: HF logits processors (e.g. constrained JSON decoding).
            scalings_mode: ``"token"`` (exact X-LoRA: the gate runs for every token) or ``"prompt"``
                (the scalings are averaged over the prompt, then frozen: about the base model's speed).
            freeze_after: prompt mode only: the first ``freeze_after`` generated tokens are decoded
                exactly and their scalings join the prompt's average before it freezes.
        """
        if self._closed:
            raise RuntimeError("engine is closed")
        if steering is not None:
            steering.check(self.expert_names)
        if scalings_mode not in ("token", "prompt"):
            raise ValueError(f"scalings_mode must be 'token' or 'prompt', got {scalings_mode!r}")
        if freeze_after < 0:
            raise ValueError(f"freeze_after must be >= 0, got {freeze_after}")
        ids = self.encode_prompt(messages)
        if self.context_length is not None and len(ids) >= self.context_length:
            raise ValueError(f"the prompt has {len(ids)} tokens; the model's context is {self.context_length} tokens")
        request = Request(ids, sampling, steering, logits_processors, scalings_mode,
                          freeze_after if scalings_mode == "prompt" else 0)
        request._drive = self._drive
        while self._pending.qsize() >= self.max_pending:  # full: help drive until there is room
            if not self._drive(request):
                time.sleep(0.005)
        self._pending.put(request)
        return request

    def generate(self, messages: Messages | str, sampling: SamplingParams = SamplingParams(),
                 steering: Steering | None = None, logits_processors: list | None = None,
                 scalings_mode: Literal["token", "prompt"] = "token", freeze_after: int = 0) -> GenerationResult:
        """Submit and wait for the result (arguments as in :meth:`submit`)."""
        return self.submit(messages, sampling, steering, logits_processors, scalings_mode, freeze_after).result()

    def stream(self, messages: Messages | str, sampling: SamplingParams = SamplingParams(),
               steering: Steering | None = None) -> Iterator[str]:
        """Submit and yield text deltas as they come."""
        yield from self.submit(messages, sampling, steering)

    def encode_prompt(self, messages: Messages | str) -> list[int]:
        if isinstance(messages, str):
            return self.encode(messages)
        for i, m in enumerate(messages):
            if not isinstance(m, dict) or "role" not in m or "content" not in m:
                raise ValueError(f"message {i} must be a dict with 'role' and 'content', got {m!r}")
        text = self.tokenizer.apply_chat_template(list(messages), tokenize=False, add_generation_prompt=True)
        return self.encode(text)

    def encode(self, text: str) -> list[int]:
        return list(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def count_tokens(self, text: str) -> int:
        return len(self.encode(text))

    def close(self) -> None:
        """Finish the queued and running requests, then refuse new ones."""
        self._closed = True
        with self._lead:
            while not self._pending.empty() or self._running:
                self._work_once()

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ worker
    def _eos_ids(self) -> list[int]:
        ids = {self.tokenizer.eos_token_id}
        gen_eos = getattr(self.model.base.generation_config, "eos_token_id", None)
        ids.update(gen_eos if isinstance(gen_eos, list) else [gen_eos])
        return sorted(int(i) for i in ids if i is not None)

    def _drive(self, mine: Request) -> bool:
        """Advance every request in flight by one step from the calling thread, if no other thread
        is driving; return whether it did.

        There is no engine thread: a caller waiting for its result drives the shared model for every
        request in flight, and keeps the lead until its own request is done (the other callers sleep
        until their request finishes, streams text, or the lead is handed over). One driver at a
        time keeps PyTorch's thread pool and the GIL with one thread; a single-threaded program (a
        debate) never hands its work to another thread.
        """
        if not self._lead.acquire(blocking=False):
            return False
        try:
            self._work_once()
        finally:
            leaving = mine.done
            if leaving:  # an idle pool would slow whichever thread drives next (xlora_core.threads)
                release_thread_pool()
            self._lead.release()
            if leaving:
                self._hand_over()
        return True

    def _hand_over(self) -> None:
        """The driver is leaving: wake every other waiting caller so that one of them drives."""
        with self._pending.mutex:
            waiting = list(self._pending.queue)
        for r in waiting + [r for b in list(self._running) for r in b.requests]:
            r._signal.set()

    def _work_once(self) -> None:
        """Admit waiting requests (prefill, then join a running batch), then step every running batch."""
        room = self.max_batch_size - sum(len(b.requests) for b in self._running)
        new: list[Request] = []
        while len(new) < room:
            try:
                new.append(self._pending.get_nowait())
            except queue.Empty:
                break
        for group in self._groups(new):
            try:
                fresh = self._prefill(group)
            except BaseException as exc:  # never leave a caller waiting
                self._fail(group, exc)
                continue
            if not fresh.requests:
                continue
            host = next((b for b in self._running if b.frozen == fresh.frozen), None)
            if host is not None and _mergeable(host.cache) and _mergeable(fresh.cache):
                _merge(host, fresh)
            else:
                self._running.append(fresh)
        if new:
            return  # the new rows already got their first token; step everyone on the next call
        for batch in list(self._running):
            try:
                self._step(batch)
            except BaseException as exc:
                self._fail(batch.requests, exc)
                batch.requests = []
            if not batch.requests:
                self._running.remove(batch)

    def _is_frozen(self, r: Request) -> bool:
        """Scalings fixed from now on (prompt-level mode once frozen, or pinned experts)."""
        if self.model.gate is None:
            return False
        if r.steering is not None and r.steering.pin:
            return True
        return r.mode == "prompt" and (r.frozen is not None or r.freeze_after == 0)

    def _groups(self, requests: list[Request]) -> list[list[Request]]:
        """Split new requests into those with frozen scalings and those that need the scaling pass."""
        frozen = [r for r in requests if self._is_frozen(r)]
        exact = [r for r in requests if not self._is_frozen(r)]
        return [g for g in (exact, frozen) if g]

    @staticmethod
    def _fail(requests: list[Request], exc: BaseException) -> None:
        for r in requests:
            if not r.done:
                r._finish(None, exc)

    @torch.no_grad()
    def _prefill(self, requests: list[Request]) -> _Batch:
        """Run the prompts of new requests as one left-padded batch and pick their first tokens."""
        model, device = self.model, self.model.device
        width = max(len(r.prompt_ids) for r in requests)
        ids = torch.full((len(requests), width), self.pad_id, dtype=torch.long)
        mask = torch.zeros((len(requests), width), dtype=torch.long)
        for i, r in enumerate(requests):
            ids[i, width - len(r.prompt_ids):] = torch.tensor(r.prompt_ids)
            mask[i, width - len(r.prompt_ids):] = 1
        ids, mask = ids.to(device), mask.to(device)
        frozen = all(self._is_frozen(r) for r in requests)
        batch = _Batch(requests, model.new_cache(with_scaling_pass=not frozen), mask, [r.steering for r in requests],
                       frozen)
        scalings = None
        if model.gate is not None:
            bias, pin = steering_tensors(batch.steering, self.expert_names)
            pos = positions_from_mask(mask, width)
            scalings = model.compute_scalings(ids, mask, pos, batch.cache.scaling, bias, pin)
            for i, r in enumerate(requests):
                if r.mode == "prompt" and r.frozen is None:
                    r.scalings_sum = scalings[i, mask[i].bool()].sum(dim=0)
                    r.scalings_count = int(mask[i].sum())
                    if r.freeze_after == 0:
                        self._freeze(r)
        if frozen and len(requests) == 1 and self.fold_single:
            batch.folded = model.fold_scalings(self._frozen_for(requests[0]))
        main_only = XLoRACache(scaling=None, main=batch.cache.main)  # the scaling cache is already fed
        out = model(ids, attention_mask=mask, cache=main_only, scalings=scalings, logits_to_keep=1)
        self._advance(batch, out.logits[:, -1, :].float(), out.scalings)
        return batch

    @torch.no_grad()
    def _step(self, batch: _Batch) -> None:
        """Feed every row its last token and pick the next one."""
        model = self.model
        step = torch.tensor([[r.generated[-1]] for r in batch.requests], device=model.device)
        batch.mask = torch.cat([batch.mask, torch.ones_like(batch.mask[:, :1])], dim=1)
        frozen_now = None
        if batch.frozen:  # also with folded weights: the scalings are still logged per token
            frozen_now = torch.stack([self._frozen_for(r) for r in batch.requests])[:, None]
        out = model(step, attention_mask=batch.mask, cache=batch.cache, steering=batch.steering,
                    scalings=None if batch.folded is not None else frozen_now, logits_to_keep=1,
                    folded=batch.folded)
        if not batch.frozen and out.scalings is not None:
            for i, r in enumerate(batch.requests):
                if r.mode == "prompt" and r.frozen is None and r.scalings_sum is not None:
                    r.scalings_sum += out.scalings[i, -1]  # the scalings of the token just fed
                    r.scalings_count += 1
                    if r.scalings_count - len(r.prompt_ids) >= r.freeze_after:
                        self._freeze(r)
        self._advance(batch, out.logits[:, -1, :].float(), frozen_now if batch.frozen else out.scalings)
        if not batch.frozen and any(r.frozen is not None for r in batch.requests):
            self._migrate_frozen(batch)

    @staticmethod
    def _freeze(r: Request) -> None:
        assert r.scalings_sum is not None
        r.frozen = r.scalings_sum / r.scalings_count
        r.scalings_sum = None

    def _migrate_frozen(self, batch: _Batch) -> None:
        """Move rows whose prompt-level scalings just froze from an exact batch to a frozen one
        (their main KV cache rows move; the scaling cache is no longer needed)."""
        if not _mergeable(batch.cache):
            return  # such caches cannot be split: these rows keep decoding exactly
        move = [i for i, r in enumerate(batch.requests) if r.frozen is not None]
        keep = [i for i in range(len(batch.requests)) if i not in move]
        device = batch.mask.device
        idx = torch.tensor(move, dtype=torch.long, device=device)
        cache = self.model.new_cache(with_scaling_pass=False)
        for layer_idx, layer in enumerate(batch.cache.main.layers):
            cache.main.update(layer.keys[idx], layer.values[idx], layer_idx)
        fresh = _Batch([batch.requests[i] for i in move], cache, batch.mask[idx],
                       [batch.steering[i] for i in move], frozen=True)
        self._select(batch, keep)  # an emptied batch leaves self._running in _work_once
        host = next((b for b in self._running if b.frozen), None)
        if host is not None and _mergeable(host.cache):
            _merge(host, fresh)
        else:
            if len(fresh.requests) == 1 and self.fold_single:
                fresh.folded = self.model.fold_scalings(self._frozen_for(fresh.requests[0]))
            self._running.append(fresh)

    def _frozen_for(self, r: Request) -> torch.Tensor:
        if r.frozen is not None:
            return r.frozen
        pin = r.steering.pin_vector(self.expert_names).to(self.model.device, self.model.dtype)
        return pin[None, :].expand(self.model.n_modules, -1)

    def _advance(self, batch: _Batch, logits: torch.Tensor, scalings: torch.Tensor | None) -> None:
        keep: list[int] = []
        for i, r in enumerate(batch.requests):
            scores = logits[i : i + 1]
            if r.processors:  # most requests have none: skip building the sequence tensor
                seq = torch.tensor([r.prompt_ids + r.generated], device=logits.device)
                scores = r.processors(seq, scores)
            if r.sampling.temperature > 0:
                probs = torch.softmax(scores.float(), dim=-1).cpu()
                token = int(torch.multinomial(probs, 1, generator=r.generator)[0, 0])
            else:
                token = int(scores.argmax(dim=-1)[0])
            if scalings is not None:
                r.token_scalings.append([round(float(v), 5) for v in scalings[i, -1].float().mean(dim=0)])
            reason = self._accept(r, token)
            if reason is None:
                keep.append(i)
            else:
                self._complete(r, reason)
        if len(keep) < len(batch.requests):
            self._select(batch, keep)

    @staticmethod
    def _select(batch: _Batch, keep: list[int]) -> None:
        """Keep only these rows of a batch (its caches, mask and steering)."""
        idx = torch.tensor(keep, dtype=torch.long, device=batch.mask.device)
        for c in (batch.cache.main, batch.cache.scaling):
            if c is not None and keep:
                c.batch_select_indices(idx)
        batch.requests = [batch.requests[i] for i in keep]
        batch.steering = [batch.steering[i] for i in keep]
        batch.mask = batch.mask[idx] if keep else batch.mask[:0]

    def _accept(self, r: Request, token: int) -> str | None:
        """Add a token; return a finish reason or None."""
        if r.cancelled:
            return "cancelled"
        if token in self.eos_ids:
            return "eos"
        r.generated.append(token)
        text = self.tokenizer.decode(r.generated, skip_special_tokens=True)
        for s in r.sampling.stop:
            at = text.find(s)
            if at != -1:
                r.text = text[:at]
                return "stop"
        r.text = text
        hold = max((len(s) - 1 for s in r.sampling.stop), default=0)
        safe = len(text) - hold
        if text.endswith("\ufffd"):
            safe = min(safe, len(text) - 1)
        if safe > r.sent:
            r._deltas.put(text[r.sent:safe])
            r.sent = safe
            if r._streaming:
                r._signal.set()
        if len(r.generated) >= r.sampling.max_new_tokens:
            return "length"
        if self.context_length is not None and len(r.prompt_ids) + len(r.generated) >= self.context_length:
            return "length"  # the model's context is full
        return None

    def _complete(self, r: Request, reason: str) -> None:
        if len(r.text) > r.sent:
            r._deltas.put(r.text[r.sent:])
            r.sent = len(r.text)
        n = len(r.token_scalings)
        mean = {name: round(sum(t[k] for t in r.token_scalings) / n, 6) for k, name in enumerate(self.expert_names)} \
            if n else summarize(None, self.expert_names)
        r._finish(GenerationResult(
            text=r.text,
            token_ids=list(r.generated),
            prompt_tokens=len(r.prompt_ids),
            completion_tokens=len(r.generated),
            finish_reason=reason,  # type: ignore[arg-type]
            expert_names=self.expert_names,
            mean_scalings=mean,
            token_scalings=r.token_scalings,
            seconds=round(time.perf_counter() - r.started, 4),
        ))


def load_engine(model: str = "default", *, device: str | None = None, dtype: str | None = None,
                max_batch_size: int = 8) -> Engine:
    """An Engine over "default" (the shipped X-LoRA), an X-LoRA folder, or a base model path/.gguf."""
    from .default import load_xlora

    xlora, tokenizer = load_xlora(model, device=device, dtype=dtype)
    return Engine(xlora, tokenizer, max_batch_size=max_batch_size)
