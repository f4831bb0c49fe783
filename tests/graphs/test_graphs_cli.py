import json
import subprocess
import sys

from graphs_testutil import fake_reply
from typer.testing import CliRunner

from graphs import load_graph
from graphs.cli import app

runner = CliRunner()


def write_csv(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("subject,relation,object,subject_type\nspider silk,improves,toughness,material\n"
                    "toughness,is measured by,tensile test,property\n")
    return path


def test_export_all_formats_and_path(tmp_path):
    src = write_csv(tmp_path)
    out = {k: tmp_path / f"o.{k}" for k in ("html", "graphml", "json", "csv")}
    res = runner.invoke(app, ["export", str(src), "-o", str(out["html"]), "--graphml", str(out["graphml"]),
                              "--json", str(out["json"]), "--csv", str(out["csv"]), "--color-by", "type"])
    assert res.exit_code == 0, res.output
    assert all(p.stat().st_size > 0 for p in out.values())
    res = runner.invoke(app, ["path", str(out["json"]), "Spider Silk", "tensile test"])
    assert res.exit_code == 0 and "spider silk --[increases]--> toughness" in res.output
    res = runner.invoke(app, ["path", str(out["json"]), "spider", "x"])
    assert res.exit_code == 2 and "no concept named 'spider'" in res.output and "Traceback" not in res.output


def test_merge(tmp_path):
    a = tmp_path / "a.jsonl"
    a.write_text('{"subject": "Spider Silk", "relation": "has", "object": "toughness", "debate_id": "d1"}\n')
    b = tmp_path / "b.jsonl"
    b.write_text('{"subject": "spider silk", "relation": "has", "object": "strength", "debate_id": "d2"}\n')
    res = runner.invoke(app, ["merge", str(a), str(b), "-o", str(tmp_path / "m.json")])
    assert res.exit_code == 0, res.output
    kg = load_graph(tmp_path / "m.json")
    log = kg.graph.graph["merge_log"]
    assert kg.graph.number_of_nodes() == 3 and {log[0]["alias"], log[0]["canonical"]} == {"Spider Silk", "spider silk"}


def test_bad_input_exit_2_and_no_partial_output(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"subject": "a", "relation": "r", "object": "b"}\n{oops\n')
    out = tmp_path / "o.html"
    res = runner.invoke(app, ["export", str(bad), "-o", str(out)])
    assert res.exit_code == 2 and "bad.jsonl:2" in res.output and not out.exists()
    assert runner.invoke(app, ["export", str(bad)]).exit_code == 2
    assert runner.invoke(app, ["export", str(tmp_path / "none.csv"), "-o", str(out)]).exit_code == 2


def test_extract_needs_backend_and_uses_factory(tmp_path):
    transcript = tmp_path / "transcript.jsonl"
    turns = [{"debate_id": "d", "turn": 0, "round": 0, "speaker": "A", "role": "pro", "text": "Silk improves toughness."},
             {"debate_id": "d", "turn": 1, "round": 0, "speaker": "B", "role": "con", "text": "No."}]
    transcript.write_text("\n".join(json.dumps(t) for t in turns) + "\n")
    out = tmp_path / "g.json"
    res = runner.invoke(app, ["extract", str(transcript), "-o", str(out)])
    assert res.exit_code == 1 and "graph extract needs a model backend" in res.output and not out.exists()
    replies = iter([fake_reply(("silk", "material", "improves", "toughness", "property")), '{"triples": []}'])
    models = []

    def make_generate(model):
        models.append(model)
        return (lambda messages: next(replies)), None

    res = runner.invoke(app, ["extract", str(transcript), "-o", str(out), "--model", "m1"],
                        obj={"make_generate": make_generate})
    assert res.exit_code == 0, res.output
    assert models == ["m1"] and "ok 1, empty 1" in res.output
    kg = load_graph(out)
    assert [t.key() for t in kg.triples()] == [("silk", "increases", "toughness")]
    assert [r["status"] for r in kg.graph.graph["extraction"]] == ["ok", "empty"]


def test_runtime_failure_exit_1(tmp_path):
    transcript = tmp_path / "transcript.jsonl"
    transcript.write_text('{"turn": 0, "text": "x"}\n')

    def make_generate(model):
        raise RuntimeError("no such model")

    res = runner.invoke(app, ["extract", str(transcript), "-o", str(tmp_path / "g.json")],
                        obj={"make_generate": make_generate})
    assert res.exit_code == 1 and "no such model" in res.output


def test_graphs_imports_neither_agents_nor_model_code():
    code = ("import sys, graphs, graphs.cli, graphs.report; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('agents', 'xlora_core', 'torch', 'transformers')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
