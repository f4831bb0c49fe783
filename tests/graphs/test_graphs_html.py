"""Static and headless-Chromium checks of the interactive graph page and the run report."""

import re
from html import unescape

import pytest
from graphs_testutil import rendered_counts, run_chromium

from graphs import KnowledgeGraph, Provenance, Triple, render_graph_html, render_report_html
from graphs.html import script_json, vis_data, vis_js

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16
MARK = "xss-marker"


def payloads(server_url: str) -> list[str]:
    """Script payloads: each tries to add an element with id MARK, change the title and call the server."""
    act = (f"document.body.insertAdjacentHTML('beforeend','<i id={MARK}></i>');document.title='PWNED';"
           f"fetch('{server_url}/x');new Image().src='{server_url}/img'")
    return [f"<script>{act}</script>", f"</script><script>{act}</script>", f'"><img src=x onerror="{act}">',
            f"<svg onload=\"{act}\">", f"<a href=\"javascript:{act}\">href</a>", f"<iframe src=\"{server_url}/f\">",
            f"{{{{7*7}}}}<style>@import '{server_url}/css';</style>", f"<link rel=stylesheet href=\"{server_url}/l\">"]


def hostile_graph(server_url: str) -> KnowledgeGraph:
    p = payloads(server_url)
    triples = []
    for i, payload in enumerate(p):
        prov = Provenance(debate_id=payload, round=i, turn=i, speaker=payload, role=payload, evidence=payload,
                          span=(0, 3), source=payload, expert_scalings={payload: 0.5})
        triples.append(Triple(subject=f"{payload} s{i}", subject_type=payload, relation=payload,
                              relation_text=payload, object=f"{payload} o{i}", object_type=payload, provenance=prov))
    return KnowledgeGraph.from_triples(triples)


def assert_static_safe(html: str) -> None:
    """No external load in the markup; model text only escaped. The JSON data block is checked to hold no
    '<' at all (it is inert data, parsed with JSON.parse), then left out of the markup scan."""
    blocks = re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', html, re.S)
    assert blocks and all("<" not in b and ">" not in b for b in blocks)
    html = re.sub(r'(<script type="application/json"[^>]*>).*?(</script>)', r"\1\2", html, flags=re.S)
    assert not re.search(r"""(src|href|action|data)\s*=\s*["']?\s*(https?:|//|ftp:)""", html, re.I)
    assert html.count("<style") == 1 and html.count("<link") == 0 and html.count("<iframe") == 0
    assert "<script>document" not in html and "<img src=x" not in html and "<svg onload" not in html
    assert html.replace(vis_js(), "").count("<script") == 3  # data block, vis-network, our init script


def test_script_json_escapes_closers():
    out = script_json({"a": "</script><!-- & \u2028"})
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out


def test_static_page_is_self_contained(sample_triples):
    html = render_graph_html(KnowledgeGraph.from_triples(sample_triples), title="Silk")
    assert_static_safe(html)
    csp = unescape(re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1))
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-inline" not in csp.split(";")[1]
    data = vis_data(KnowledgeGraph.from_triples(sample_triples))
    assert len(data["nodes"]) == 6 and len(data["edges"]) == 5
    assert html == render_graph_html(KnowledgeGraph.from_triples(sample_triples), title="Silk")  # deterministic
    by_type = vis_data(KnowledgeGraph.from_triples(sample_triples), color_by="type")
    assert {item["label"].split()[0] for item in by_type["legend"]} == {"material", "property", "method",
                                                                        "protein", "structure"}


def test_static_hostile_page(counting_server):
    kg = hostile_graph(counting_server.url)
    html = render_graph_html(kg, title=payloads(counting_server.url)[1])
    assert_static_safe(html)
    report = render_report_html(title=payloads(counting_server.url)[0], question=payloads(counting_server.url)[2],
                                turns=[], summary="s", graph=kg, expert_names=[])
    assert_static_safe(report)


def test_report_rejects_non_png(sample_triples):
    with pytest.raises(ValueError, match="PNG"):
        render_report_html(title="t", question="q", turns=[], summary="", graph=KnowledgeGraph(),
                           expert_names=[], scalings_heatmap_png=b"GIF89a")


def _report(kg, server_url="http://127.0.0.1:9"):
    p = payloads(server_url)
    turns = [{"debate_id": "d", "turn": i, "round": i // 2, "speaker": payload, "role": payload, "text": payload,
              "expert_scalings": {"bio": 0.2 * (i % 4), payload: 0.3, "mech": float("nan")}}
             for i, payload in enumerate(p)]
    return render_report_html(title=p[0], question=p[1], turns=turns, summary=p[2] + "\nsecond line", graph=kg,
                              expert_names=["bio", "mech"], scalings_heatmap_png=PNG)


def test_report_structure(sample_triples):
    html = _report(KnowledgeGraph.from_triples(sample_triples))
    assert html.count('class="turn"') == 8 and html.count('class="bars"') == 8
    assert 'src="data:image/png;base64,' in html and "n/a" in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize("page", ["graph", "report"])
def test_browser_renders_counts_offline(tmp_path, sample_triples, page):
    kg = KnowledgeGraph.from_triples(sample_triples)
    html = render_graph_html(kg, title="Silk") if page == "graph" else _report(kg)
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    dom, requests = run_chromium(path)
    assert rendered_counts(dom) == (6, 5)
    assert requests == []


@pytest.mark.parametrize("page", ["graph", "report"])
@pytest.mark.parametrize("strip_csp", [False, True])
def test_browser_payloads_never_execute(tmp_path, counting_server, page, strip_csp):
    """Payloads in every model-written field stay inert: with the CSP, and (to test the escaping alone)
    with the CSP removed from a copy of the page."""
    kg = hostile_graph(counting_server.url)
    p = payloads(counting_server.url)
    html = render_graph_html(kg, title=p[1]) if page == "graph" else _report(kg, counting_server.url)
    if strip_csp:
        html, n = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
        assert n == 1
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    dom, requests = run_chromium(path)
    assert f'id="{MARK}"' not in dom
    assert "<title>PWNED</title>" not in dom and "<title>" in dom
    assert rendered_counts(dom) == (16, 8)
    assert counting_server.requests == [] and requests == []
    if page == "report":
        assert dom.count('class="turn-text"') == 8


def test_net_log_check_detects_requests(tmp_path, counting_server):
    """Control: the request checks used above do see a page that loads something."""
    path = tmp_path / "control.html"
    path.write_text(f'<!DOCTYPE html><html><body><img src="{counting_server.url}/control.png"></body></html>')
    _, requests = run_chromium(path)
    assert counting_server.requests == ["/control.png"]
    assert any(u.startswith(counting_server.url) for u in requests)
