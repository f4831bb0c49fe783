"""Training loops on the tiny random model: loss goes down, only intended parameters change, resume."""

import json

import pytest
import torch
from safetensors.torch import load_file

from xlora_core import XLoRAModel
from xlora_core.testing import tiny_llama, tiny_tokenizer, tiny_xlora
from xlora_core.training.data import CorpusError, load_corpus
from xlora_core.training.evaluate import evaluate
from xlora_core.training.gate import GateTrainConfig, train_gate
from xlora_core.training.lora import ExpertTrainConfig, train_expert

torch.set_num_threads(1)


def write_corpus(path, domain, n=16, answer="abab"):
    with path.open("w") as f:
        for i in range(n):
            msgs = [{"role": "user", "content": f"q{i % 5} {domain}"}, {"role": "assistant", "content": answer * 3}]
            f.write(json.dumps({"messages": msgs, "domain": domain}) + "\n")
    return path


def cfg(**kw):
    base = dict(name="t", r=8, alpha=16, target_modules=("q_proj", "v_proj", "up_proj", "down_proj"), dropout=0.0, epochs=6, lr=5e-2, batch_size=4, max_len=64, seed=0,
                checkpoint_every=2)
    return ExpertTrainConfig(**(base | kw))


def test_expert_training_lowers_loss_and_touches_only_lora(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", "d")
    tok = tiny_tokenizer()
    model = tiny_llama(vocab_size=len(tok), init_range=0.3)  # a wide lm_head can express confident outputs
    before = {k: v.clone() for k, v in model.state_dict().items()}
    report = train_expert(corpus, tmp_path / "exp", cfg(), model=model, tokenizer=tok, progress=False)
    losses = report["losses"]
    assert report["finished"] and len(losses) == 24
    assert sum(losses[-3:]) / 3 < 0.7 * sum(losses[:3]) / 3
    after = model.state_dict()
    assert set(after) == set(before)  # LoRA layers were unloaded again
    assert all(torch.equal(before[k], after[k]) for k in before)  # the base stayed frozen
    saved = load_file(str(tmp_path / "exp" / "adapter_model.safetensors"))
    assert saved and all("lora_" in k for k in saved)
    assert not (tmp_path / ".exp.checkpoint").exists()
    xl = XLoRAModel.from_experts(tiny_llama(vocab_size=len(tok)), {"t": tmp_path / "exp"})
    assert xl.expert_names == ("t",)


def test_expert_training_resumes_where_it_stopped(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", "d")
    tok = tiny_tokenizer()
    full = train_expert(corpus, tmp_path / "full", cfg(), model=tiny_llama(vocab_size=len(tok)), tokenizer=tok,
                        progress=False)
    part = train_expert(corpus, tmp_path / "res", cfg(), model=tiny_llama(vocab_size=len(tok)), tokenizer=tok,
                        progress=False, max_steps=5)
    assert not part["finished"] and (tmp_path / ".res.checkpoint" / "state.json").exists()
    done = train_expert(corpus, tmp_path / "res", cfg(), model=tiny_llama(vocab_size=len(tok)), tokenizer=tok,
                        progress=False)
    assert done["finished"] and done["step"] == full["step"]
    assert done["losses"] == pytest.approx(full["losses"], abs=1e-3)
    a = load_file(str(tmp_path / "full" / "adapter_model.safetensors"))
    b = load_file(str(tmp_path / "res" / "adapter_model.safetensors"))
    assert all(torch.allclose(a[k], b[k], atol=1e-5) for k in a)


def test_resume_refuses_other_config(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", "d")
    tok = tiny_tokenizer()
    train_expert(corpus, tmp_path / "x", cfg(), model=tiny_llama(vocab_size=len(tok)), tokenizer=tok,
                 progress=False, max_steps=2)
    with pytest.raises(ValueError, match="another config"):
        train_expert(corpus, tmp_path / "x", cfg(lr=0.5), model=tiny_llama(vocab_size=len(tok)), tokenizer=tok,
                     progress=False)


def gate_examples(tmp_path):
    return (load_corpus(write_corpus(tmp_path / "a.jsonl", "expert_0", answer="xy"))
            + load_corpus(write_corpus(tmp_path / "b.jsonl", "expert_1", answer="zw")))


def test_gate_training_changes_only_the_gate_and_learns_routing(tmp_path):
    model, _ = tiny_xlora(seed=1, n_experts=2, xlora_dropout_p=0.0)
    before = {n: p.detach().clone() for n, p in model.named_parameters()}
    gcfg = GateTrainConfig(epochs=8, lr=1e-1, batch_size=8, routing_weight=1.0, max_len=64, checkpoint_every=100)
    report = train_gate(model, gate_examples(tmp_path), tmp_path / "xl", gcfg, progress=False)
    changed = {n for n, p in model.named_parameters() if not torch.equal(p, before[n])}
    assert changed and all(n.startswith("gate.") for n in changed)
    routing = [p["routing"] for p in report["parts"]]
    assert routing[-1] < 0.5 * routing[0]
    restored = XLoRAModel.from_pretrained(tmp_path / "xl", base=tiny_llama(seed=1, vocab_size=len(model.tokenizer)))
    ids = torch.tensor([[5, 6, 7, 8]])
    assert torch.allclose(restored(ids).scalings, model(ids).scalings, atol=1e-6)


def test_gate_training_resumes(tmp_path):
    ex = gate_examples(tmp_path)
    gcfg = GateTrainConfig(epochs=2, lr=1e-2, batch_size=8, max_len=64, checkpoint_every=100)
    m1, _ = tiny_xlora(seed=2, n_experts=2, xlora_dropout_p=0.0)
    full = train_gate(m1, ex, tmp_path / "full", gcfg, progress=False)
    m2, _ = tiny_xlora(seed=2, n_experts=2, xlora_dropout_p=0.0)
    part = train_gate(m2, ex, tmp_path / "res", gcfg, progress=False, max_steps=2)
    assert not part["finished"]
    m3, _ = tiny_xlora(seed=2, n_experts=2, xlora_dropout_p=0.0)
    done = train_gate(m3, ex, tmp_path / "res", gcfg, progress=False)
    assert done["losses"] == pytest.approx(full["losses"], abs=1e-4)
    for (n, p), (_, q) in zip(m1.gate.named_parameters(), m3.gate.named_parameters()):
        assert torch.allclose(p, q, atol=1e-5), n


@pytest.mark.parametrize(
    "line,match",
    [("{bad json", r"c\.jsonl:2: invalid JSON"), ('{"messages": []}', r"c\.jsonl:2: field 'messages'"),
     ('{"messages": [{"role": "user", "content": "q"}]}', "last message must be a non-empty assistant"),
     ('{"messages": [{"role": "robot", "content": "q"}]}', r"messages\[0\] needs 'role'"), ("[1, 2]", "JSON object")],
)
def test_bad_corpus_line_is_named(tmp_path, line, match):
    good = json.dumps({"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]})
    path = tmp_path / "c.jsonl"
    path.write_text(good + "\n" + line + "\n")
    with pytest.raises(CorpusError, match=match):
        load_corpus(path)


def test_evaluate_reports_every_target(tmp_path):
    model, _ = tiny_xlora(seed=3, n_experts=2)
    ex = gate_examples(tmp_path)
    result = evaluate(model, {"expert_0": ex[:4], "expert_1": ex[-4:]})
    assert set(result["per_expert"]) == {"expert_0", "expert_1"}
    assert set(result["mixed_ppl"]) == {"base", "expert_0", "expert_1", "xlora"}
    assert 0.0 <= result["routing"]["accuracy"] <= 1.0
    assert all(v > 1.0 for v in result["mixed_ppl"].values())
