"""Text and debate turns -> triples through a caller-supplied generate callable (no model imported here)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from graphs.errors import GraphInputError
from graphs.parse import parse_triples
from graphs.prompt import extraction_messages, triples_json_schema
from graphs.provenance import detect_stance, find_evidence_span, split_passages
from graphs.schema import DEFAULT_ONTOLOGY, Ontology, Provenance, Triple

__all__ = ["Generate", "JsonSchemaGenerate", "TurnReport", "ExtractionResult", "extract_triples",
           "extract_from_text", "RETRY_MESSAGE"]

Generate = Callable[[list[dict[str, str]]], str]
JsonSchemaGenerate = Callable[[list[dict[str, str]], dict[str, Any]], str]
Status = Literal["ok", "empty", "unparseable"]

RETRY_MESSAGE = ("That reply could not be used ({reason}). Reply again with JSON only, exactly as "
                 '{{"triples": [{{"subject": ..., "subject_type": ..., "relation": ..., "object": ..., '
                 '"object_type": ...}}]}}.')
MAX_ECHO_CHARS = 2_000


@dataclass(frozen=True)
class TurnReport:
    """What extraction did with one turn (or one plain text). ``status``: ok (>= 1 triple), empty (the
    model answered validly with nothing, or the turn had no text), unparseable (no usable reply)."""

    turn: int
    n_triples: int
    attempts: int
    status: Status
    reason: str = ""
    debate_id: str | None = None
    speaker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ExtractionResult:
    triples: list[Triple] = field(default_factory=list)
    turn_reports: list[TurnReport] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Number of turns per status."""
        out = {"ok": 0, "empty": 0, "unparseable": 0}
        for report in self.turn_reports:
            out[report.status] += 1
        return out


def _field(turn: Mapping[str, Any], name: str, kind: type, index: int) -> Any:
    value = turn.get(name)
    if value is None:
        return None
    if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise GraphInputError(f"must be an integer, got {value!r:.60}", source=f"turn {index}", field=name)
    if kind is str and not isinstance(value, str):
        raise GraphInputError(f"must be a string, got {type(value).__name__}", source=f"turn {index}",
                              field=name)
    return value


def _scalings(turn: Mapping[str, Any], index: int) -> dict[str, float] | None:
    value = turn.get("expert_scalings")
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise GraphInputError("must map expert names to numbers", source=f"turn {index}", field="expert_scalings")
    out: dict[str, float] = {}
    for name, number in value.items():
        if isinstance(number, bool) or not isinstance(number, (int, float)) or not math.isfinite(number):
            raise GraphInputError(f"expert {str(name)[:60]!r} has non-numeric scaling {number!r:.40}",
                                  source=f"turn {index}", field="expert_scalings")
        out[str(name)] = float(number)
    return out


def _ask(passage: str, generate: Generate, json_schema_generate: JsonSchemaGenerate | None,
         schema: dict[str, Any], retries: int, ontology: Ontology) -> tuple[list[Triple], int, Status, str]:
    base = extraction_messages(passage)
    messages = base
    reason = ""
    for attempt in range(1, retries + 2):
        reply = json_schema_generate(messages, schema) if json_schema_generate else generate(messages)
        result = parse_triples(reply, ontology)
        if result.parsed:
            status: Status = "ok" if result.triples else "empty"
            return list(result.triples), attempt, status, result.reason or "; ".join(result.notes)
        reason = result.reason
        echo = reply[:MAX_ECHO_CHARS] if isinstance(reply, str) else ""
        messages = [*base, {"role": "assistant", "content": echo},
                    {"role": "user", "content": RETRY_MESSAGE.format(reason=reason)}]
    return [], retries + 1, "unparseable", reason


def _extract_one(index: int, text: str, base: Provenance, generate: Generate,
                 json_schema_generate: JsonSchemaGenerate | None, schema: dict[str, Any], retries: int,
                 ontology: Ontology, max_chars: int) -> tuple[list[Triple], TurnReport]:
    def report(n: int, attempts: int, status: Status, reason: str) -> TurnReport:
        return TurnReport(turn=index, n_triples=n, attempts=attempts, status=status, reason=reason,
                          debate_id=base.debate_id, speaker=base.speaker)

    if not text.strip():
        return [], report(0, 0, "empty", "turn has no text")
    triples: list[Triple] = []
    attempts = 0
    problems: list[str] = []
    statuses: list[Status] = []
    pieces = split_passages(text, max_chars)
    for number, (_, passage) in enumerate(pieces, 1):
        found, used, status, reason = _ask(passage, generate, json_schema_generate, schema, retries, ontology)
        attempts += used
        statuses.append(status)
        if reason:
            problems.append(reason if len(pieces) == 1 else f"passage {number}/{len(pieces)}: {reason}")
        for triple in found:
            span = find_evidence_span(text, triple.subject, triple.object)
            evidence = text[span[0]:span[1]] if span else None
            provenance = base.model_copy(update={"span": span, "evidence": evidence})
            triples.append(triple.model_copy(update={"provenance": provenance, "stance": detect_stance(evidence)}))
    if triples:
        status_all: Status = "ok"
    elif "empty" in statuses:
        status_all = "empty"
    else:
        status_all = "unparseable"
    return triples, report(len(triples), attempts, status_all, "; ".join(problems))


def extract_triples(turns: Iterable[Mapping[str, Any]], generate: Generate, *,
                    ontology: Ontology = DEFAULT_ONTOLOGY, retries: int = 2,
                    json_schema_generate: JsonSchemaGenerate | None = None,
                    max_chars: int = 4_000, workers: int = 1) -> ExtractionResult:
    """Extract triples from debate turns (dicts from ``transcript.jsonl``), one report per turn.

    Each triple gets provenance (debate id, round, turn, speaker, role, evidence span in the turn text,
    the turn's expert scalings) and a stance. Long turns are split into passages of ``max_chars``.
    ``json_schema_generate(messages, schema)``, when given, is used instead of ``generate`` so the caller
    can constrain decoding to :func:`graphs.prompt.triples_json_schema`. Exceptions raised by the
    generate callables propagate (a model failure is not a parse failure). Raises GraphInputError for a
    malformed turn, naming the turn and field; every turn is checked before the first model call.

    ``workers > 1`` extracts that many turns at a time from as many threads (the generate callables
    must be thread-safe; a batching engine such as xlora_core's then decodes them together). Results
    and reports keep the turns' order whatever the number of workers.
    """
    if retries < 0:
        raise ValueError("retries must be >= 0")
    if workers < 1:
        raise ValueError("workers must be >= 1")
    schema = triples_json_schema(ontology)
    jobs: list[tuple[int, str, Provenance]] = []
    for position, turn in enumerate(turns):
        if not isinstance(turn, Mapping):
            raise GraphInputError(f"must be an object, got {type(turn).__name__}", source=f"turn {position}")
        index = _field(turn, "turn", int, position)
        index = position if index is None else index
        text = turn.get("text")
        if text is None:
            text = ""
        if not isinstance(text, str):
            raise GraphInputError(f"must be a string, got {type(text).__name__}", source=f"turn {index}",
                                  field="text")
        base = Provenance(debate_id=_field(turn, "debate_id", str, index), round=_field(turn, "round", int, index),
                          turn=index, speaker=_field(turn, "speaker", str, index),
                          role=_field(turn, "role", str, index), expert_scalings=_scalings(turn, index))
        jobs.append((index, text, base))

    def run(job: tuple[int, str, Provenance]) -> tuple[list[Triple], TurnReport]:
        return _extract_one(*job, generate, json_schema_generate, schema, retries, ontology, max_chars)

    if workers > 1 and len(jobs) > 1:
        with ThreadPoolExecutor(max_workers=min(workers, len(jobs)), thread_name_prefix="extract") as pool:
            outcomes = list(pool.map(run, jobs))
    else:
        outcomes = [run(job) for job in jobs]
    result = ExtractionResult()
    for triples, report in outcomes:
        result.triples.extend(triples)
        result.turn_reports.append(report)
    return result


def extract_from_text(text: str, generate: Generate, *, source: str | None = None,
                      ontology: Ontology = DEFAULT_ONTOLOGY, retries: int = 2,
                      json_schema_generate: JsonSchemaGenerate | None = None,
                      max_chars: int = 4_000) -> ExtractionResult:
    """Extract triples from plain text (split into passages); one report for the whole text (turn 0)."""
    if not isinstance(text, str):
        raise GraphInputError(f"text must be a string, got {type(text).__name__}", source=source)
    if retries < 0:
        raise ValueError("retries must be >= 0")
    triples, report = _extract_one(0, text, Provenance(source=source), generate, json_schema_generate,
                                   triples_json_schema(ontology), retries, ontology, max_chars)
    return ExtractionResult(triples=triples, turn_reports=[report])
