"""Knowledge-graph extraction with the default X-LoRA over debate transcripts.

    python benchmarks/extraction.py runs/demo runs/ex_silk runs/ex_panel [--json FILE] [--free]

For every model-written turn of each run's ``transcript.jsonl``: the extraction as the debate does
it (kg_extraction expert pinned, constrained JSON decoding; ``--free`` drops the constraint), and
whether the turn yielded at least one schema-valid triple. Prints the share of such turns.
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
    args = ap.parse_args()
    provider = ModelProvider()
    generate, constrained = provider.make_generate(args.model)
    rows, t0 = [], time.perf_counter()
    try:
        for run in args.runs:
            turns = [t for t in load_transcript(run / "transcript.jsonl") if t.get("role") != "question"]
            result = extract_triples(turns, generate, retries=2, json_schema_generate=None if args.free else constrained)
            for report in result.turn_reports:
                rows.append({"run": run.name, "turn": report.turn, "status": report.status,
                             "triples": report.n_triples, "attempts": report.attempts})
                print(f"{run.name:12s} turn {report.turn:2d}: {report.status:12s} {report.n_triples} triples")
    finally:
        provider.close()
    ok = sum(1 for r in rows if r["triples"] > 0)
    summary = {"turns": len(rows), "turns_with_triples": ok, "share": round(ok / max(len(rows), 1), 3),
               "triples": sum(r["triples"] for r in rows), "constrained": not args.free,
               "seconds": round(time.perf_counter() - t0, 1), "rows": rows}
    print(f"{ok}/{len(rows)} turns yielded schema-valid triples ({summary['share']:.0%}), "
          f"{summary['triples']} triples, {summary['seconds']} s")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n")


if __name__ == "__main__":
    main()
