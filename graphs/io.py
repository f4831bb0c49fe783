"""Read user files: our graph JSON, triples as JSON / JSONL / CSV, and debate transcripts (JSONL)."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from graphs.errors import GraphInputError
from graphs.export import FORMAT, from_json_data
from graphs.graph import KnowledgeGraph
from graphs.normalize import clean_text, normalize_relation, normalize_type
from graphs.schema import DEFAULT_ONTOLOGY, Ontology, Provenance, Triple

__all__ = ["load_graph", "load_triples", "load_transcript", "triple_from_record"]

_FORMULA_GUARD = ("'=", "'+", "'-", "'@", "'\t", "'\r")
_PROVENANCE_FIELDS = ("debate_id", "round", "turn", "speaker", "role", "evidence", "source")


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise GraphInputError("file not found", source=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise GraphInputError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", source=str(path)) from exc
    except OSError as exc:
        raise GraphInputError(exc.strerror or str(exc), source=str(path)) from exc


def _json(text: str, source: str, line: int | None = None) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        where = getattr(exc, "lineno", None)
        raise GraphInputError(f"invalid JSON: {getattr(exc, 'msg', exc)}", source=source,
                              line=line if line is not None else where) from exc


def load_graph(path: str | os.PathLike[str]) -> KnowledgeGraph:
    """Load a graph written by :func:`graphs.export.write_json`."""
    p = Path(path)
    return from_json_data(_json(_read_text(p), str(p)), source=str(p))


def _int_or_none(value: Any, source: str, line: int | None, name: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError) as exc:
        raise GraphInputError(f"must be an integer, got {value!r:.40}", source=source, line=line,
                              field=name) from exc


def _unguard(value: Any) -> Any:
    return value[1:] if isinstance(value, str) and value.startswith(_FORMULA_GUARD) else value


def triple_from_record(record: Any, ontology: Ontology = DEFAULT_ONTOLOGY, *, source: str = "<input>",
                       line: int | None = None) -> Triple:
    """Build a Triple from a dict with subject, relation, object and optional types/provenance columns."""
    if not isinstance(record, dict):
        raise GraphInputError(f"a triple must be an object, got {type(record).__name__}", source=source, line=line)
    record = {str(k).strip().lower(): _unguard(v) for k, v in record.items() if k is not None}
    names = {}
    for name in ("subject", "relation", "object"):
        names[name] = clean_text(record.get(name))
        if not names[name]:
            raise GraphInputError("is missing or empty", source=source, line=line, field=name)
    original = clean_text(record.get("relation_text")) or names["relation"]
    prov: dict[str, Any] = {k: record.get(k) for k in _PROVENANCE_FIELDS if record.get(k) not in (None, "")}
    for name in ("round", "turn"):
        if name in prov:
            prov[name] = _int_or_none(prov[name], source, line, name)
    start = _int_or_none(record.get("span_start"), source, line, "span_start")
    end = _int_or_none(record.get("span_end"), source, line, "span_end")
    if start is not None and end is not None:
        prov["span"] = (start, end)
    scalings = record.get("expert_scalings")
    if isinstance(scalings, str) and scalings.strip():
        scalings = _json(scalings, source, line)
    if scalings not in (None, ""):
        prov["expert_scalings"] = scalings
    stance = record.get("stance") or "unknown"
    try:
        return Triple(subject=names["subject"], object=names["object"],
                      relation=normalize_relation(original, ontology), relation_text=original,
                      subject_type=normalize_type(record.get("subject_type"), ontology),
                      object_type=normalize_type(record.get("object_type"), ontology),
                      stance=stance, provenance=Provenance(**{k: v for k, v in prov.items() if v is not None}),
                      subject_surface=clean_text(record.get("subject_surface")) or None,
                      object_surface=clean_text(record.get("object_surface")) or None)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(x) for x in err.get("loc", ())) or None
        raise GraphInputError(err.get("msg", "invalid value"), source=source, line=line, field=field) from exc


def load_triples(path: str | os.PathLike[str], ontology: Ontology = DEFAULT_ONTOLOGY) -> list[Triple]:
    """Triples from our graph JSON, a JSON list / ``{"triples": [...]}``, a JSONL file (one triple per line)
    or a CSV with a header holding subject, relation, object (optional types and provenance columns)."""
    p = Path(path)
    text = _read_text(p)
    src = str(p)
    suffix = p.suffix.lower()
    if suffix == ".csv":
        reader = csv.DictReader(text.splitlines())
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        missing = [c for c in ("subject", "relation", "object") if c not in header]
        if missing:
            raise GraphInputError(f"CSV header lacks column(s) {', '.join(missing)}", source=src, line=1)
        return [triple_from_record(row, ontology, source=src, line=n) for n, row in enumerate(reader, 2)]
    if suffix == ".jsonl":
        out = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                out.append(triple_from_record(_json(line, src, n), ontology, source=src, line=n))
        return out
    data = _json(text, src)
    if isinstance(data, dict) and data.get("format") == FORMAT:
        return from_json_data(data, source=src).triples()
    items = data.get("triples") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise GraphInputError("expected a list of triples or {\"triples\": [...]}", source=src, field="triples")
    return [triple_from_record(item, ontology, source=f"{src} triple {i}") for i, item in enumerate(items)]


def load_transcript(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Turns of a debate ``transcript.jsonl`` (one JSON object per line; blank lines ignored)."""
    p = Path(path)
    turns = []
    for n, line in enumerate(_read_text(p).splitlines(), 1):
        if not line.strip():
            continue
        turn = _json(line, str(p), n)
        if not isinstance(turn, dict):
            raise GraphInputError("each line must be a JSON object", source=str(p), line=n)
        if not isinstance(turn.get("text", ""), str):
            raise GraphInputError("must be a string", source=str(p), line=n, field="text")
        turns.append(turn)
    return turns
