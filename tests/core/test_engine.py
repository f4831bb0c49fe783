"""The shared Engine: batching, per-request settings, threads, streaming, prompt-level mode."""

import threading

import pytest
import torch

from xlora_core import Steering
from xlora_core.engine import Engine, SamplingParams
from xlora_core.testing import tiny_xlora


@pytest.fixture(scope="module")
def model_tok():
    return tiny_xlora(seed=0, n_experts=3)


@pytest.fixture
def engine(model_tok):
    model, tok = model_tok
    eng = Engine(model, tok, max_batch_size=8)
    yield eng
    eng.close()


def greedy_reference(model, tok, prompt: str, n: int, steering=None) -> list[int]:
    ids = torch.tensor([tok(prompt, add_special_tokens=False)["input_ids"]])
    out = model.generate(ids, max_new_tokens=n, do_sample=False, eos_token_id=None, steering=steering, use_cache=False)
    return out[0, ids.shape[1]:].tolist()


PROMPTS = ["a", "spider silk", "The quick brown fox jumps", "xyz 123", "protein", "nacre is", "??", "bonds"]


def test_batched_equals_unbatched_greedy(engine, model_tok):
    model, tok = model_tok
    params = SamplingParams(max_new_tokens=12)
    reqs = [engine.submit(p, params) for p in PROMPTS]  # queued together -> decoded as one batch
    for p, r in zip(PROMPTS, reqs):
        res = r.result(timeout=60)
        expected = greedy_reference(model, tok, p, 12)
        assert res.token_ids == expected[: len(res.token_ids)], p
        assert res.finish_reason in {"length", "eos"}


def test_eight_threads_with_different_steering_get_sequential_results(engine, model_tok):
    names = engine.expert_names
    steer = [None, Steering(bias={names[0]: 4.0}), Steering(pin={names[1]: 1.0}), Steering(bias={names[2]: -5.0}),
             Steering(pin={names[0]: 0.5, names[2]: 0.5}), None, Steering(bias={names[1]: 2.0}), Steering()]
    params = SamplingParams(max_new_tokens=10)
    sequential = [engine.generate(p, params, steering=s) for p, s in zip(PROMPTS, steer)]
    got: dict[int, object] = {}
    barrier = threading.Barrier(8)

    def work(i):
        barrier.wait()
        got[i] = engine.generate(PROMPTS[i], params, steering=steer[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i in range(8):
        assert got[i].token_ids == sequential[i].token_ids, i
        assert got[i].mean_scalings == pytest.approx(sequential[i].mean_scalings, abs=1e-4), i
    assert sequential[2].mean_scalings[names[1]] == pytest.approx(1.0)


def test_steering_moves_scalings(engine):
    free = engine.generate("spider silk", SamplingParams(max_new_tokens=8))
    name = min(free.mean_scalings, key=free.mean_scalings.get)  # the least used expert
    pushed = engine.generate("spider silk", SamplingParams(max_new_tokens=8), steering=Steering(bias={name: 6.0}))
    assert pushed.mean_scalings[name] > free.mean_scalings[name] + 0.3
    with pytest.raises(ValueError, match="unknown expert 'nope'"):
        engine.submit("x", steering=Steering(bias={"nope": 1.0}))


def test_stream_deltas_and_stop_strings(engine):
    full = engine.generate("The quick brown fox jumps", SamplingParams(max_new_tokens=20))
    assert len(full.text) >= 6
    stop = full.text[3:5]
    req = engine.submit("The quick brown fox jumps", SamplingParams(max_new_tokens=20, stop=(stop,)))
    streamed = "".join(req)
    res = req.result()
    assert res.finish_reason == "stop"
    assert res.text == full.text[: full.text.find(stop)]
    assert streamed == res.text and stop not in streamed


def test_cancel(engine):
    req = engine.submit("a", SamplingParams(max_new_tokens=400))
    next(iter(req))
    req.cancel()
    res = req.result(timeout=60)
    assert res.finish_reason == "cancelled" and res.completion_tokens < 400


def test_seeded_sampling_reproducible(engine):
    p = SamplingParams(max_new_tokens=16, temperature=1.2, top_p=0.9, seed=7)
    a, b = engine.generate("nacre is", p), engine.generate("nacre is", p)
    c = engine.generate("nacre is", SamplingParams(max_new_tokens=16, temperature=1.2, top_p=0.9, seed=8))
    assert a.token_ids == b.token_ids and a.token_ids != c.token_ids


def test_prompt_level_mode_equals_frozen_reference(engine, model_tok):
    model, tok = model_tok
    prompt, n = "spider silk", 10
    res = engine.generate(prompt, SamplingParams(max_new_tokens=n), scalings_mode="prompt")
    ids = torch.tensor([tok(prompt, add_special_tokens=False)["input_ids"]])
    with torch.no_grad():
        prompt_scalings = model(ids).scalings
        frozen = prompt_scalings[0].mean(dim=0)
        seq = ids
        for _ in range(len(res.token_ids)):
            extra = frozen[None, None].expand(1, seq.shape[1] - ids.shape[1], -1, -1)
            full = torch.cat([prompt_scalings, extra], dim=1)
            nxt = model(seq, scalings=full).logits[0, -1].argmax()
            seq = torch.cat([seq, nxt.view(1, 1)], dim=1)
    assert res.token_ids == seq[0, ids.shape[1]:].tolist()


def test_messages_validation(engine):
    with pytest.raises(ValueError, match="message 0"):
        engine.submit([{"content": "no role"}])
    with pytest.raises(ValueError, match="max_new_tokens"):
        SamplingParams(max_new_tokens=0)


def test_plain_model_engine_has_no_experts(model_tok):
    from xlora_core.testing import tiny_llama, tiny_tokenizer

    tok = tiny_tokenizer()
    with Engine(tiny_llama(vocab_size=len(tok)), tok) as eng:
        res = eng.generate([{"role": "user", "content": "hi"}], SamplingParams(max_new_tokens=5))
    assert eng.expert_names == () and res.mean_scalings == {} and res.completion_tokens <= 5


def test_request_joins_a_running_batch(engine, model_tok):
    model, tok = model_tok
    long_params, short_params = SamplingParams(max_new_tokens=150), SamplingParams(max_new_tokens=6)
    expected_long = engine.generate("The quick brown fox jumps", long_params).token_ids
    expected_short = engine.generate("nacre is", short_params).token_ids
    long_req = engine.submit("The quick brown fox jumps", long_params)
    it = iter(long_req)
    for _ in range(3):
        next(it)  # the long request is decoding now
    short_req = engine.submit("nacre is", short_params)
    short = short_req.result(timeout=60)
    assert not long_req.done  # it joined the running batch instead of waiting for it to finish
    assert short.token_ids == expected_short
    assert long_req.result(timeout=60).token_ids == expected_long


def test_prompt_and_token_mode_requests_run_side_by_side(engine):
    a = SamplingParams(max_new_tokens=40)
    exp_token = engine.generate("spider silk", a).token_ids
    exp_prompt = engine.generate("spider silk", a, scalings_mode="prompt").token_ids
    r1 = engine.submit("spider silk", a)
    r2 = engine.submit("spider silk", a, scalings_mode="prompt")
    assert r1.result(timeout=60).token_ids == exp_token
    assert r2.result(timeout=60).token_ids == exp_prompt


def test_folded_single_request_logs_the_same_scalings_as_a_batch(engine):
    params = SamplingParams(max_new_tokens=12)
    alone = engine.generate("spider silk", params, scalings_mode="prompt")  # one row: folded weights
    pair = [engine.submit("spider silk", params, scalings_mode="prompt") for _ in range(2)]  # low-rank path
    for r in pair:
        res = r.result(timeout=60)
        assert res.token_ids == alone.token_ids
        assert len(res.token_scalings) == len(alone.token_scalings) == len(alone.token_ids) + (
            alone.finish_reason == "eos")
        assert res.mean_scalings == pytest.approx(alone.mean_scalings, abs=1e-5)


def frozen_after_reference(model, tok, prompt: str, k: int, n: int) -> list[int]:
    """Exact decoding while the first k generated tokens are fed, then the scalings frozen at the
    mean over the prompt and those k tokens (uncached, no folding)."""
    ids = torch.tensor([tok(prompt, add_special_tokens=False)["input_ids"]])
    p = ids.shape[1]
    head = greedy_reference(model, tok, prompt, k + 1)
    seq = torch.cat([ids, torch.tensor([head])], dim=1)
    with torch.no_grad():
        exact = model(seq[:, : p + k]).scalings
        frozen = exact[0].mean(dim=0)
        while seq.shape[1] - p < n:
            extra = frozen[None, None].expand(1, seq.shape[1] - p - k, -1, -1)
            nxt = model(seq, scalings=torch.cat([exact, extra], dim=1)).logits[0, -1].argmax()
            seq = torch.cat([seq, nxt.view(1, 1)], dim=1)
    return seq[0, p:].tolist()


@pytest.mark.parametrize("k", [1, 4])
def test_prompt_level_freeze_after_k_tokens_equals_reference(engine, model_tok, k):
    model, tok = model_tok
    res = engine.generate("spider silk", SamplingParams(max_new_tokens=12), scalings_mode="prompt", freeze_after=k)
    expected = frozen_after_reference(model, tok, "spider silk", k, 12)
    assert res.token_ids == expected[: len(res.token_ids)]
    # the first k + 1 tokens were picked with exact scalings, the rest with the frozen ones
    logged = torch.tensor(res.token_scalings)
    assert len(logged) >= k + 3
    assert torch.allclose(logged[k + 1], logged[-1], atol=1e-5)
    assert not torch.allclose(logged[0], logged[1], atol=1e-5)


def test_freeze_after_rows_leave_a_running_batch_and_join_the_frozen_one(engine, model_tok):
    params = SamplingParams(max_new_tokens=14)
    jobs = [("spider silk", "token", 0), ("nacre is", "prompt", 2), ("The quick brown fox jumps", "prompt", 5),
            ("bonds", "prompt", 0), ("protein", "prompt", 2)]
    expected = [engine.generate(p, params, scalings_mode=m, freeze_after=k) for p, m, k in jobs]
    reqs = [engine.submit(p, params, scalings_mode=m, freeze_after=k) for p, m, k in jobs]
    for (p, _, _), r, e in zip(jobs, reqs, expected):
        res = r.result(timeout=60)
        assert res.token_ids == e.token_ids, p
        assert res.mean_scalings == pytest.approx(e.mean_scalings, abs=1e-5)


def test_freeze_after_is_validated(engine):
    with pytest.raises(ValueError, match="freeze_after"):
        engine.submit("a", scalings_mode="prompt", freeze_after=-1)


def test_context_length_bounds_prompts_and_generation(model_tok):
    model, tok = model_tok
    limit = model.base.config.max_position_embeddings
    with Engine(model, tok) as eng:
        assert eng.context_length == limit
        with pytest.raises(ValueError, match=f"context is {limit} tokens"):
            eng.submit(" ".join(["a"] * (limit + 10)))
        long_prompt = eng.encode(" ".join(["a"] * (limit + 10)))[: limit - 5]
        res = eng.generate(tok.decode(long_prompt), SamplingParams(max_new_tokens=50))
    assert res.prompt_tokens + res.completion_tokens <= limit
    assert res.finish_reason in {"length", "eos"}


def test_a_full_queue_makes_submit_drive_until_there_is_room(model_tok):
    model, tok = model_tok
    params = SamplingParams(max_new_tokens=6)
    with Engine(model, tok, max_batch_size=2, max_pending=2) as eng:
        expected = [eng.generate(p, params).token_ids for p in PROMPTS]
        reqs = [eng.submit(p, params) for p in PROMPTS]  # 8 submits, never more than 2 waiting
        assert eng._pending.qsize() <= 2
        assert [r.result(timeout=60).token_ids for r in reqs] == expected
    with pytest.raises(ValueError, match="max_pending"):
        Engine(model, tok, max_pending=0)
