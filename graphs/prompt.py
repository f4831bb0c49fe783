"""The model-facing extraction format: prompt, chat messages and the JSON schema for constrained decoding.

A LoRA expert is trained on exactly this format: do not change the wording.
"""

from __future__ import annotations

from typing import Any

from graphs.schema import DEFAULT_ONTOLOGY, Ontology

__all__ = ["EXTRACTION_PROMPT", "extraction_prompt", "extraction_messages", "triples_json_schema"]

# str.format template with the single field {passage}; literal braces are doubled.
EXTRACTION_PROMPT = (
    "Extract knowledge-graph triples from the passage. Reply with JSON only, as "
    '{{"triples": [{{"subject": ..., "subject_type": ..., "relation": ..., "object": ..., '
    '"object_type": ...}}]}}.\n\nPassage:\n{passage}'
)


def extraction_prompt(passage: str) -> str:
    """The exact user message for one passage (``EXTRACTION_PROMPT.format(passage=passage)``)."""
    return EXTRACTION_PROMPT.format(passage=passage)


def extraction_messages(passage: str) -> list[dict[str, str]]:
    """The chat sent to the model: ONE user message."""
    return [{"role": "user", "content": extraction_prompt(passage)}]


def triples_json_schema(ontology: Ontology = DEFAULT_ONTOLOGY, *, max_triples: int = 32) -> dict[str, Any]:
    """JSON schema of the reply format, with enums for the types and relations, for constrained decoding."""
    name = {"type": "string", "minLength": 1, "maxLength": 200}
    node_type = {"type": "string", "enum": list(ontology.node_types)}
    triple = {
        "type": "object",
        "properties": {
            "subject": name,
            "subject_type": node_type,
            "relation": {"type": "string", "enum": list(ontology.relations)},
            "object": name,
            "object_type": node_type,
        },
        "required": ["subject", "subject_type", "relation", "object", "object_type"],
        "additionalProperties": False,
    }
    return {
        "type": "object",
        "properties": {"triples": {"type": "array", "items": triple, "maxItems": max_triples}},
        "required": ["triples"],
        "additionalProperties": False,
    }
