"""Knowledge-graph extraction with the default X-LoRA over debate transcripts.

    python benchmarks/extraction.py runs/demo runs/ex_silk runs/ex_panel [--json FILE] [--free] [--workers 4]

For every model-written turn of each run's ``transcript.jsonl``: the extraction as the debate does
it (kg_extraction expert pinned, constrained JSON decoding; ``--free`` drops the constraint), and
whether the turn yielded at least one schema-valid triple. Prints the share of such turns and the
wall time; ``--compare-workers`` also times each run's extraction turn by turn (workers=1) against
``--workers`` turns at a time (batched by the engine).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from agents.models import ModelProvider
from graphs import extract_triples, load_transcript


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("runs", nargs="+", type=Path)
    ap.add_argument("--model", default="default")
    ap.add_argument("--free", action="store_true", help="no constrained decoding (parser + retries only)")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--workers", type=int, default=4, help="turns extracted at a time")
    ap.add_argument("--compare-workers", action="store_true", help="also time workers=1 on the same turns")
    args = ap.parse_args()
    provider = ModelProvider()
    generate, constrained = provider.make_generate(args.model)
    rows, t0, timing = [], time.perf_counter(), []
    schema_generate = None if args.free else constrained
    try:
        for run in args.runs:
            turns = [t for t in load_transcript(run / "transcript.jsonl") if t.get("role") != "question"]
            if args.compare_workers:
                t1 = time.perf_counter()
                alone = extract_triples(turns, generate, retries=2, json_schema_generate=schema_generate, workers=1)
                one = time.perf_counter() - t1
            t1 = time.perf_counter()
            result = extract_triples(turns, generate, retries=2, json_schema_generate=schema_generate,
                                     workers=args.workers)
            many = time.perf_counter() - t1
            if args.compare_workers:
                timing.append({"run": run.name, "turns": len(turns), "workers_1_s": round(one, 1),
                               f"workers_{args.workers}_s": round(many, 1), "speedup": round(one / many, 2),
                               "same_triples": alone.triples == result.triples})
                print(f"{run.name:12s} {len(turns)} turns: workers=1 {one:.1f} s, workers={args.workers} "
                      f"{many:.1f} s ({one / many:.2f}x), same triples: {alone.triples == result.triples}")
            for report in result.turn_reports:
                rows.append({"run": run.name, "turn": report.turn, "status": report.status,
                             "triples": report.n_triples, "attempts": report.attempts})
                print(f"{run.name:12s} turn {report.turn:2d}: {report.status:12s} {report.n_triples} triples")
    finally:
        provider.close()
    ok = sum(1 for r in rows if r["triples"] > 0)
    summary = {"turns": len(rows), "turns_with_triples": ok, "share": round(ok / max(len(rows), 1), 3),
               "triples": sum(r["triples"] for r in rows), "constrained": not args.free,
               "workers": args.workers, "seconds": round(time.perf_counter() - t0, 1), "timing": timing,
               "rows": rows}
    print(f"{ok}/{len(rows)} turns yielded schema-valid triples ({summary['share']:.0%}), "
          f"{summary['triples']} triples, {summary['seconds']} s")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n")


if __name__ == "__main__":
    main()
