"""Build the protein_mechanics expert corpus (train.jsonl, heldout.jsonl) and validate it.

Run: /work/main/.venv/bin/python make_corpus.py
Examples live in part1.py .. part4.py as (user, assistant) tuples:
  part1 secondary structure and sequence tendencies
  part2 force spectroscopy, Bell-Evans, energy landscapes, polymer elasticity
  part3 specific proteins and natural protein materials
  part4 steered MD / modelling, design and materials, critical follow-ups
Files are written only if every check passes.
"""
import json
import os
import re
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import part1, part2, part3, part4  # noqa: E402

DOMAIN = "protein_mechanics"
N_TRAIN, N_HELDOUT = 200, 50
MIN_WORDS, MAX_WORDS = 40, 100
PARTS = [part1, part2, part3, part4]

TRAIN = [ex for p in PARTS for ex in p.TRAIN]
HELDOUT = [ex for p in PARTS for ex in p.HELDOUT]

STOP = set("a an the of in on and or to is are what why how does do for with by as at it its this that be can you your i my from than into vs versus".split())


def words(text):
    return text.split()


def keyset(text, stop=False):
    toks = re.findall(r"[a-z0-9]+", text.lower())
    return {t for t in toks if not (stop and t in STOP)}


def jaccard(a, b):
    return len(a & b) / max(1, len(a | b))


def validate():
    errors = []
    if len(TRAIN) != N_TRAIN:
        errors.append(f"train count {len(TRAIN)} != {N_TRAIN}")
    if len(HELDOUT) != N_HELDOUT:
        errors.append(f"heldout count {len(HELDOUT)} != {N_HELDOUT}")
    allex = [("train", q, a) for q, a in TRAIN] + [("heldout", q, a) for q, a in HELDOUT]
    seen_q, seen_a = {}, {}
    for split, q, a in allex:
        if not isinstance(q, str) or not isinstance(a, str) or not q.strip() or not a.strip():
            errors.append(f"[{split}] empty or non-string item: {q!r}")
            continue
        nq = " ".join(q.lower().split())
        na = " ".join(a.lower().split())
        if nq in seen_q:
            errors.append(f"duplicate prompt ({seen_q[nq]} / {split}): {q}")
        seen_q[nq] = split
        if na in seen_a:
            errors.append(f"duplicate answer: {a[:60]}")
        seen_a[na] = split
        n = len(words(a))
        if not MIN_WORDS <= n <= MAX_WORDS:
            errors.append(f"[{split}] answer length {n} out of range: {q}")
        if re.search(r"(\*\*|^#|^\s*[-*] |`|\n)", a, flags=re.M):
            errors.append(f"[{split}] markdown/newline in answer: {q}")
    # near-duplicate prompts / answers
    qs = [(s, q, keyset(q, stop=True)) for s, q, _ in allex]
    ans = [(s, q, keyset(a)) for s, q, a in allex]
    for i in range(len(allex)):
        for j in range(i + 1, len(allex)):
            if jaccard(qs[i][2], qs[j][2]) >= 0.8:
                errors.append(f"near-duplicate prompts: {qs[i][1]} | {qs[j][1]}")
            if jaccard(ans[i][2], ans[j][2]) >= 0.7:
                errors.append(f"near-duplicate answers: {ans[i][1]} | {ans[j][1]}")
    return errors


def record(q, a):
    return {"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": a}],
            "domain": DOMAIN}


def write(path, items):
    with open(path, "w", encoding="utf-8") as f:
        for q, a in items:
            f.write(json.dumps(record(q, a), ensure_ascii=False) + "\n")


def check_file(path, expected):
    prompts = []
    lengths = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    assert len(lines) == expected, f"{path}: {len(lines)} lines, expected {expected}"
    for ln in lines:
        obj = json.loads(ln)
        assert obj["domain"] == DOMAIN
        msgs = obj["messages"]
        assert [m["role"] for m in msgs] == ["user", "assistant"]
        prompts.append(msgs[0]["content"])
        lengths.append(len(words(msgs[1]["content"])))
    assert len(set(prompts)) == len(prompts), f"{path}: duplicate prompts"
    return prompts, lengths


def stats(name, lengths):
    return (f"{name}: n={len(lengths)} words min={min(lengths)} max={max(lengths)} "
            f"mean={statistics.mean(lengths):.1f} median={statistics.median(lengths):.0f}")


def main():
    errors = validate()
    if errors:
        print(f"{len(errors)} validation error(s); nothing written:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    tr_path = os.path.join(HERE, "train.jsonl")
    ho_path = os.path.join(HERE, "heldout.jsonl")
    write(tr_path, TRAIN)
    write(ho_path, HELDOUT)
    tr_p, tr_l = check_file(tr_path, N_TRAIN)
    ho_p, ho_l = check_file(ho_path, N_HELDOUT)
    overlap = set(p.lower() for p in tr_p) & set(p.lower() for p in ho_p)
    assert not overlap, f"prompts shared between splits: {overlap}"
    print("OK: all lines parse, counts exact, no duplicate or cross-split prompts")
    print(stats("train", tr_l))
    print(stats("heldout", ho_l))
    for i, p in enumerate(PARTS, 1):
        print(f"  part{i}: train={len(p.TRAIN)} heldout={len(p.HELDOUT)}")


if __name__ == "__main__":
    main()
