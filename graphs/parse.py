"""Tolerant, pure parser for the model's extraction reply. Never raises; never evaluates anything.

Accepts the trained format ``{"triples": [...]}`` and common near misses: code fences, prose around the
JSON, a bare list, trailing commas, GraphReasoning-style ``node_1/node_2/edge`` keys, ``[s, r, o]`` lists,
and truncated output (complete triple objects are salvaged).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from graphs.normalize import clean_text, normalize_relation, normalize_type
from graphs.schema import DEFAULT_ONTOLOGY, Ontology, Triple

__all__ = ["ParseResult", "parse_triples"]

MAX_REPLY_CHARS = 50_000
MAX_SALVAGE_STARTS = 2_000
_FENCE = re.compile(r"```(?:json|JSON)?\s*(.*?)(?:```|$)", re.DOTALL)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")

_SUBJECT_KEYS = ("subject", "subj", "head", "source", "node_1", "node1", "from", "s", "entity_1", "entity1")
_OBJECT_KEYS = ("object", "obj", "tail", "target", "node_2", "node2", "to", "o", "entity_2", "entity2")
_RELATION_KEYS = ("relation", "predicate", "edge", "rel", "relationship", "p", "verb", "label", "relation_text")
_SUBJECT_TYPE_KEYS = ("subject_type", "head_type", "source_type", "node_1_type", "type_1", "subject_label")
_OBJECT_TYPE_KEYS = ("object_type", "tail_type", "target_type", "node_2_type", "type_2", "object_label")
_LIST_KEYS = ("triples", "triplets", "edges", "relations", "relationships", "facts", "graph", "kg")


@dataclass(frozen=True)
class ParseResult:
    """``parsed`` is False when no JSON structure holding triples was found (worth a retry)."""

    triples: tuple[Triple, ...] = ()
    parsed: bool = False
    reason: str = ""
    skipped: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)


def _decode(text: str) -> tuple[Any, bool]:
    """Return (value, found). Tries the whole text, then without trailing commas, then the first
    JSON container (a list, or an object holding a triples list) that starts at a '{' or '['."""
    for candidate in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            return json.loads(candidate), True
        except (ValueError, RecursionError):
            pass
    decoder = json.JSONDecoder()
    starts = [m.start() for m in re.finditer(r"[\[{]", text)][:50]
    for start in starts:
        for candidate in (text[start:], _TRAILING_COMMA.sub(r"\1", text[start:])):
            try:
                value, _ = decoder.raw_decode(candidate)
            except (ValueError, RecursionError):
                continue
            if isinstance(value, list) or (isinstance(value, dict) and _items(value) is not None
                                           and _lookup(value, _SUBJECT_KEYS) is None):
                return value, True
    return None, False


def _salvage(text: str) -> list[Any]:
    """Complete JSON objects found anywhere in (possibly truncated) text that look like triples."""
    decoder = json.JSONDecoder()
    found: list[Any] = []
    pos = 0
    tries = 0
    while tries < MAX_SALVAGE_STARTS:
        start = text.find("{", pos)
        if start < 0:
            break
        tries += 1
        try:
            value, end = decoder.raw_decode(text, start)
        except (ValueError, RecursionError):
            pos = start + 1
            continue
        if isinstance(value, dict) and _lookup(value, _SUBJECT_KEYS) is not None:
            found.append(value)
            pos = end
        else:
            pos = start + 1
    return found


def _items(value: Any) -> list[Any] | None:
    """The list of candidate triples inside a decoded value, or None if it holds none."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        lowered = {str(k).strip().lower(): v for k, v in value.items()}
        for key in _LIST_KEYS:
            inner = lowered.get(key)
            if isinstance(inner, list):
                return inner
            if isinstance(inner, dict) and key in ("graph", "kg"):
                return _items(inner)
        if _lookup(value, _SUBJECT_KEYS) is not None:
            return [value]
    return None


def _lookup(item: dict[Any, Any], keys: tuple[str, ...]) -> Any:
    lowered = {str(k).strip().lower(): v for k, v in item.items()}
    for key in keys:
        if key in lowered:
            return lowered[key]
    return None


def _to_triple(item: Any, ontology: Ontology) -> Triple | str:
    """A validated Triple, or the reason the item was rejected."""
    if isinstance(item, dict):
        subject, relation, obj = (_lookup(item, k) for k in (_SUBJECT_KEYS, _RELATION_KEYS, _OBJECT_KEYS))
        subject_type, object_type = _lookup(item, _SUBJECT_TYPE_KEYS), _lookup(item, _OBJECT_TYPE_KEYS)
    elif isinstance(item, list) and len(item) in (3, 5):
        if len(item) == 3:
            subject, relation, obj = item
            subject_type = object_type = None
        else:
            subject, subject_type, relation, obj, object_type = item
    else:
        return "item is not an object"
    subject_name, object_name = clean_text(subject), clean_text(obj)
    relation_text = clean_text(relation)
    if not subject_name:
        return "missing subject"
    if not object_name:
        return "missing object"
    if not relation_text:
        return "missing relation"
    if subject_name.lower() == object_name.lower():
        return "subject equals object"
    return Triple(
        subject=subject_name,
        subject_type=normalize_type(subject_type, ontology),
        relation=normalize_relation(relation_text, ontology),
        relation_text=relation_text,
        object=object_name,
        object_type=normalize_type(object_type, ontology),
    )


def parse_triples(text: object, ontology: Ontology = DEFAULT_ONTOLOGY) -> ParseResult:
    """Parse a model reply into validated triples. Pure; never raises."""
    if not isinstance(text, str):
        return ParseResult(reason=f"reply is {type(text).__name__}, not text")
    notes: list[str] = []
    if len(text) > MAX_REPLY_CHARS:
        text = text[:MAX_REPLY_CHARS]
        notes.append(f"reply cut to {MAX_REPLY_CHARS} characters")
    body = text.strip()
    if not body:
        return ParseResult(reason="empty reply", notes=tuple(notes))
    fenced = _FENCE.search(body)
    if fenced and fenced.group(1).strip():
        body = fenced.group(1).strip()
    value, found = _decode(body)
    items = _items(value) if found else None
    if items is None:
        salvaged = _salvage(body)
        if not salvaged:
            reason = "reply is not JSON" if not found else "JSON holds no 'triples' list"
            return ParseResult(reason=reason, notes=tuple(notes))
        items = salvaged
        notes.append(f"salvaged {len(salvaged)} objects from invalid or truncated JSON")
    triples: list[Triple] = []
    rejected: dict[str, int] = {}
    seen: set[tuple[str, str, str]] = set()
    for item in items:
        result = _to_triple(item, ontology)
        if isinstance(result, str):
            rejected[result] = rejected.get(result, 0) + 1
            continue
        key = (result.subject.lower(), result.relation_text.lower(), result.object.lower())
        if key not in seen:
            seen.add(key)
            triples.append(result)
    skipped = sum(rejected.values())
    if rejected:
        notes.append("skipped " + ", ".join(f"{n} x {why}" for why, n in sorted(rejected.items())))
    if not triples and items:
        return ParseResult(parsed=False, reason="no valid triple: " + notes[-1], skipped=skipped,
                           notes=tuple(notes))
    reason = "" if triples else "model returned no triples"
    return ParseResult(triples=tuple(triples), parsed=True, reason=reason, skipped=skipped, notes=tuple(notes))
