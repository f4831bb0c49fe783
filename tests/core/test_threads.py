"""release_thread_pool frees the calling thread's OpenMP workers (the engine's cross-thread speed)."""

import os
import threading

import pytest
import torch

from xlora_core.threads import _openmp_runtime, release_thread_pool

needs_pools = pytest.mark.skipif(
    not os.path.isdir("/proc/self/task") or (os.cpu_count() or 1) < 2 or _openmp_runtime() is None,
    reason="needs Linux, GNU libgomp (PyTorch's Linux wheels) and at least 2 CPUs")


def _os_threads() -> int:
    return len(os.listdir("/proc/self/task"))


def _in_new_thread(work) -> None:
    """Run ``work`` in a new thread, then restore the suite's intra-op thread count it may change."""
    threads = torch.get_num_threads()
    t = threading.Thread(target=work)
    try:
        t.start()
        t.join()
    finally:
        torch.set_num_threads(threads)


@needs_pools
def test_release_frees_the_worker_threads_of_the_calling_thread_only() -> None:
    x, w = torch.randn(64, 512), torch.randn(2048, 512)
    expected = x @ w.T
    seen: dict[str, object] = {}

    def work() -> None:
        torch.set_num_threads(2)  # the test suite runs with 1 intra-op thread: no pool without this
        before = _os_threads()
        torch.nn.functional.linear(x, w)  # this thread's pool starts
        seen["with_pool"] = _os_threads()
        seen["released"] = release_thread_pool()
        seen["after"] = _os_threads()
        seen["again"] = torch.nn.functional.linear(x, w)  # a new pool, same results
        seen["before"] = before

    _in_new_thread(work)
    assert seen["released"] is True
    assert seen["with_pool"] > seen["before"]  # the worker threads of this thread's pool
    assert seen["after"] < seen["with_pool"]
    assert torch.allclose(seen["again"], expected, atol=1e-4)
    main_pool = torch.nn.functional.linear(x, w)  # the main thread's pool was never touched
    assert torch.allclose(main_pool, expected, atol=1e-4)


def test_release_is_harmless_without_a_pool() -> None:
    release_thread_pool()
    assert isinstance(release_thread_pool(), bool)  # twice in a row: nothing left to free, no error


@needs_pools
def test_a_caller_that_drove_the_engine_leaves_no_idle_pool_behind() -> None:
    from xlora_core.engine import Engine, SamplingParams
    from xlora_core.testing import tiny_xlora

    model, tok = tiny_xlora(seed=0, n_experts=2)
    engine = Engine(model, tok)
    engine.generate("warm up", SamplingParams(max_new_tokens=2))  # one-time threads (tokenizer) start here
    seen: dict[str, int] = {}

    def agent() -> None:
        torch.set_num_threads(2)
        torch.nn.functional.linear(torch.randn(64, 512), torch.randn(2048, 512))  # this thread owns a pool
        seen["with_pool"] = _os_threads()
        engine.generate("spider silk", SamplingParams(max_new_tokens=4))  # drives, then hands over
        seen["after"] = _os_threads()

    try:
        _in_new_thread(agent)
    finally:
        engine.close()
    assert seen["after"] < seen["with_pool"]
