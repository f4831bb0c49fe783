"""Helpers and fixtures for the graphs tests (uniquely named so it never collides with other packages)."""

from __future__ import annotations

import http.server
import json
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from graphs.schema import Provenance, Triple

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Chromium's own background services show up in its net log even with background networking disabled.
BROWSER_SERVICE_HOSTS = re.compile(r"^https?://([a-z0-9-]+\.)*(google\.com|googleapis\.com|gstatic\.com)(/|:|$)")


@pytest.fixture
def sample_triples() -> list[Triple]:
    prov = Provenance(debate_id="d1", round=0, turn=0, speaker="Alice", role="proponent", span=(0, 20),
                      evidence="Spider silk is tough", expert_scalings={"bio": 0.6, "mech": 0.4})
    return [
        Triple(subject="spider silk", subject_type="material", relation="has_property", relation_text="has",
               object="toughness", object_type="property", stance="asserted", provenance=prov),
        Triple(subject="toughness", subject_type="property", relation="measured_by",
               relation_text="is measured by", object="tensile test", object_type="method"),
        Triple(subject="keratin", subject_type="protein", relation="has_property", relation_text="shows",
               object="toughness", object_type="property", stance="challenged"),
        Triple(subject="beta sheet", subject_type="structure", relation="increases", relation_text="improves",
               object="toughness", object_type="property"),
        Triple(subject="spider silk", subject_type="material", relation="made_of", relation_text="is made of",
               object="spidroin", object_type="protein"),
    ]


class CountingServer:
    """A localhost HTTP server counting every request it gets (the only reachable target in tests)."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                owner.requests.append(self.path)
                self.send_response(204)
                self.end_headers()

            do_POST = do_GET  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> CountingServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def counting_server() -> Iterator[CountingServer]:
    with CountingServer() as server:
        yield server


def run_chromium(page: Path, *, budget_ms: int = 4000) -> tuple[str, list[str]]:
    """Load ``page`` headless; return (DOM after scripts ran, URLs of network requests from the net log
    other than Chromium's own background services)."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium); browser tests skipped")
    with tempfile.TemporaryDirectory() as profile:
        netlog = Path(profile) / "netlog.json"
        cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-default-apps", "--mute-audio", f"--user-data-dir={profile}/p",
               f"--virtual-time-budget={budget_ms}", f"--log-net-log={netlog}", "--dump-dom", page.as_uri()]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=False)
        assert proc.returncode == 0, proc.stderr[-2000:]
        log = netlog.read_text(encoding="utf-8", errors="replace") if netlog.exists() else ""
    urls = set(re.findall(r'"url":"((?:https?|wss?|ftp)://[^"]*)"', log))
    return proc.stdout, sorted(u for u in urls if not BROWSER_SERVICE_HOSTS.match(u))


def rendered_counts(dom: str, dom_id: str = "kg-graph") -> tuple[int, int]:
    tag = re.search(r'<div[^>]*id="' + dom_id + r'"[^>]*>', dom)
    assert tag, "graph container missing"
    nodes = re.search(r'data-rendered-nodes="(\d+)"', tag.group(0))
    edges = re.search(r'data-rendered-edges="(\d+)"', tag.group(0))
    assert nodes and edges, "the page script did not run: " + tag.group(0)
    return int(nodes.group(1)), int(edges.group(1))


def fake_reply(*triples: tuple[str, str, str, str, str]) -> str:
    return json.dumps({"triples": [dict(zip(("subject", "subject_type", "relation", "object", "object_type"), t,
                                            strict=True)) for t in triples]})
