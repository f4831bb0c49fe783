"""Decode speed of X-LoRA, measured side by side in one run on the same experts and gate.

    python benchmarks/decode.py [--new-tokens 128] [--prompt-tokens 128] [--experts 4] [--json FILE]

Rows: the base model (HF generate, KV cache), peft's XLoraModel (its generate forces the cache
off), ours exact (dual KV cache), ours exact with the expert products left out (the most that
skipping dropped top-k experts could ever save), ours prompt-level (scalings frozen after the
prompt, and after the prompt + 16 exact tokens), and 4 concurrent agents through the Engine
(aggregate; in 4 threads and from one thread) vs one agent alone; then the base, exact and
prompt-level measured in alternation (drift-free ratios). Also prefill latency, warm load time of
the default X-LoRA, and peak RSS. Greedy decoding, no EOS stop (fixed lengths).
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import tempfile
import threading
import time
from pathlib import Path

import torch


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn, repeats: int = 1) -> float:
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="default")
    ap.add_argument("--new-tokens", type=int, default=128)
    ap.add_argument("--prompt-tokens", type=int, default=128)
    ap.add_argument("--experts", type=int, default=4)
    ap.add_argument("--peft-tokens", type=int, default=32, help="peft is slow: fewer tokens (it only gets slower)")
    ap.add_argument("--device", default=None)
    ap.add_argument("--dtype", default=None)
    ap.add_argument("--skip-peft", action="store_true")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()

    from peft import XLoraConfig, get_peft_model

    from xlora_core import XLoRAModel, load_base
    from xlora_core.engine import Engine, SamplingParams
    from xlora_core.layers import XLoRALinear
    from xlora_core.testing import write_random_expert

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    results: dict = {"machine": f"{platform.machine()} {cpu}, {torch.get_num_threads()} threads, "
                                f"torch {torch.__version__}",
                     "config": vars(args) | {"json": str(args.json)}}
    base, tok = load_base(args.model, device=args.device, dtype=args.dtype)
    dev = base.device
    tmp = Path(tempfile.mkdtemp(prefix="bench-experts-"))
    experts = {str(i): write_random_expert(base, tmp / str(i), seed=i + 1, r=8, alpha=16, std=0.02)
               for i in range(args.experts)}
    gen = torch.Generator().manual_seed(0)
    prompt = torch.randint(100, 20000, (1, args.prompt_tokens), generator=gen).to(dev)
    n = args.new_tokens
    greedy = dict(do_sample=False, eos_token_id=None, pad_token_id=tok.pad_token_id)

    def tok_s(fn, new: int | None = None) -> float:
        """Tokens per second of ``fn`` (best of 3 after a warm-up); ``fn`` may return its token count."""
        fn()  # warm-up
        best, count = float("inf"), new
        for _ in range(3):
            t = time.perf_counter()
            got = fn()
            best = min(best, time.perf_counter() - t)
            count = got if isinstance(got, int) else new
        return count / best

    base_tps = tok_s(lambda: base.generate(prompt, max_new_tokens=n, min_new_tokens=n, **greedy), n)
    results["base"] = {"tok_s": round(base_tps, 2), "ratio": 1.0}
    print(f"base                 {base_tps:7.2f} tok/s", flush=True)

    # peft's X-LoRA on its own copy of the base; our model is converted from it (same experts and gate).
    pbase, _ = load_base(args.model, device=args.device, dtype=args.dtype)
    pbase.config.use_cache = False
    pcfg = XLoraConfig(task_type="CAUSAL_LM", hidden_size=pbase.config.hidden_size,
                       adapters={k: str(v) for k, v in experts.items()}, xlora_depth=2, xlora_size=64)
    torch.manual_seed(0)
    peft_model = get_peft_model(pbase, pcfg).eval()
    ours = XLoRAModel.from_peft(peft_model, tokenizer=tok)
    if not args.skip_peft:
        m = args.peft_tokens
        with torch.no_grad():
            peft_tps = tok_s(lambda: peft_model.generate(input_ids=prompt, max_new_tokens=m, min_new_tokens=m,
                                                         **greedy), m)
        results["peft_xlora"] = {"tok_s": round(peft_tps, 2), "ratio": round(peft_tps / base_tps, 3),
                                 "new_tokens": m}
        print(f"peft XLoraModel      {peft_tps:7.2f} tok/s  ({peft_tps / base_tps:.3f}x base, {m} tokens)", flush=True)
    peft_model = pbase = None  # free the memory before measuring ours

    exact_tps = tok_s(lambda: ours.generate(prompt, max_new_tokens=n, **greedy), n)
    results["ours_exact"] = {"tok_s": round(exact_tps, 2), "ratio": round(exact_tps / base_tps, 3)}
    if "peft_xlora" in results:
        results["ours_exact"]["vs_peft"] = round(exact_tps / results["peft_xlora"]["tok_s"], 2)
    print(f"ours exact           {exact_tps:7.2f} tok/s  ({exact_tps / base_tps:.3f}x base)", flush=True)

    plain_forward = XLoRALinear.forward
    XLoRALinear.forward = lambda self, x: self.base_layer(x)  # the gate still runs; no expert products
    try:
        no_experts = tok_s(lambda: ours.generate(prompt, max_new_tokens=n, **greedy), n)
    finally:
        XLoRALinear.forward = plain_forward
    results["ours_exact_without_expert_products"] = {"tok_s": round(no_experts, 2),
                                                     "ratio": round(no_experts / base_tps, 3)}
    print(f"  without experts    {no_experts:7.2f} tok/s  ({no_experts / base_tps:.3f}x base: the bound for top-k "
          "skipping)", flush=True)

    ids = prompt[0].tolist()
    text_prompt = tok.decode(ids)
    with Engine(ours, tok, max_batch_size=8) as engine:
        params = SamplingParams(max_new_tokens=n)

        def one(mode: str, freeze_after: int = 0) -> int:
            return engine.submit(text_prompt, params, scalings_mode=mode,
                                 freeze_after=freeze_after).result().completion_tokens

        engine_exact = tok_s(lambda: one("token"))
        prompt_tps = tok_s(lambda: one("prompt"))
        prompt16_tps = tok_s(lambda: one("prompt", 16))
        results["engine_exact_1"] = {"tok_s": round(engine_exact, 2), "ratio": round(engine_exact / base_tps, 3)}
        results["ours_prompt_level"] = {"tok_s": round(prompt_tps, 2), "ratio": round(prompt_tps / base_tps, 3)}
        results["ours_prompt_level_freeze_after_16"] = {"tok_s": round(prompt16_tps, 2),
                                                        "ratio": round(prompt16_tps / base_tps, 3)}
        print(f"engine exact, 1      {engine_exact:7.2f} tok/s  ({engine_exact / base_tps:.3f}x base)", flush=True)
        print(f"ours prompt-level    {prompt_tps:7.2f} tok/s  ({prompt_tps / base_tps:.3f}x base)", flush=True)
        print(f"  freeze after 16    {prompt16_tps:7.2f} tok/s  ({prompt16_tps / base_tps:.3f}x base)", flush=True)

        def four(mode: str = "token") -> int:
            outs: list = [None] * 4
            def work(i: int) -> None:
                outs[i] = engine.generate(f"{text_prompt} agent {i}", params, scalings_mode=mode)
            threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            return sum(o.completion_tokens for o in outs)

        def four_one_thread() -> int:
            reqs = [engine.submit(f"{text_prompt} agent {i}", params) for i in range(4)]
            return sum(r.result().completion_tokens for r in reqs)

        for key, fn, label, alone in (
                ("engine_4_agents_threads", four, "4 agents, 4 threads", engine_exact),
                ("engine_4_agents_one_thread", four_one_thread, "4 agents, 1 thread ", engine_exact),
                ("engine_4_agents_threads_prompt_level", lambda: four("prompt"), "4 agents, 4 threads, prompt-level",
                 prompt_tps)):
            agg = tok_s(fn)
            results[key] = {"aggregate_tok_s": round(agg, 2), "vs_one_agent": round(agg / alone, 2)}
            print(f"engine {label} {agg:7.2f} tok/s aggregate ({agg / alone:.2f}x one agent)", flush=True)

        # Paired: the base and both X-LoRA modes (through the engine) in alternation, best of 3 each, so
        # that the machine's drift over the minutes of this run does not enter the ratios.
        def base_run() -> int:
            base.generate(prompt, max_new_tokens=n, min_new_tokens=n, **greedy)
            return n

        paired = {"base": base_run, "exact": lambda: one("token"), "prompt_level": lambda: one("prompt")}
        best = dict.fromkeys(paired, 0.0)
        for _ in range(3):
            for key, fn in paired.items():
                t = time.perf_counter()
                count = fn()
                best[key] = max(best[key], count / (time.perf_counter() - t))
        results["paired"] = {"base_tok_s": round(best["base"], 2),
                             "exact_ratio": round(best["exact"] / best["base"], 3),
                             "prompt_level_ratio": round(best["prompt_level"] / best["base"], 3)}
        print(f"paired: base {best['base']:.2f} tok/s; exact {best['exact'] / best['base']:.3f}x, "
              f"prompt-level {best['prompt_level'] / best['base']:.3f}x", flush=True)

    again = tok_s(lambda: base.generate(prompt, max_new_tokens=n, min_new_tokens=n, **greedy), n)
    results["base_again"] = {"tok_s": round(again, 2)}
    print(f"base, measured again {again:7.2f} tok/s (ratios above use the first; compare for drift)")
    with torch.no_grad():
        pre_base = timed(lambda: base(prompt), 3)
        pre_ours = timed(lambda: ours(prompt, logits_to_keep=1), 3)
    results["prefill_ms"] = {"base": round(pre_base * 1000, 1), "ours": round(pre_ours * 1000, 1)}
    print(f"prefill {args.prompt_tokens} tokens: base {pre_base * 1000:.0f} ms, ours {pre_ours * 1000:.0f} ms")

    try:
        from xlora_core.default import load_xlora

        load_xlora("default")  # make sure the cache is warm
        warm = timed(lambda: load_xlora("default"), 2)
        results["warm_load_default_s"] = round(warm, 2)
        print(f"warm load of the default X-LoRA: {warm:.2f} s")
    except Exception as exc:  # the shipped default may be absent in a partial checkout
        results["warm_load_default_s"] = f"unavailable: {exc}"
    results["peak_rss_mb"] = round(rss_mb(), 1)
    print(f"peak RSS {results['peak_rss_mb']:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
