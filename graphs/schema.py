"""Ontology (node types, relation vocabulary) and the Triple record with its provenance."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "NODE_TYPES",
    "RELATIONS",
    "STANCES",
    "Ontology",
    "Provenance",
    "Stance",
    "Triple",
    "DEFAULT_ONTOLOGY",
]

NODE_TYPES: tuple[str, ...] = (
    "material", "protein", "molecule", "structure", "property", "mechanism", "process", "method", "concept",
)
RELATIONS: tuple[str, ...] = (
    "is_a", "part_of", "made_of", "has_property", "causes", "increases", "decreases", "enables", "inhibits",
    "interacts_with", "measured_by", "used_for", "located_in", "related_to",
)
STANCES: tuple[str, ...] = ("asserted", "challenged", "conceded", "unknown")
Stance = Literal["asserted", "challenged", "conceded", "unknown"]


class Ontology(BaseModel):
    """Allowed node types and relation labels.

    ``fallback_type`` and ``fallback_relation`` are used for anything that cannot be mapped; both must be
    members of their vocabularies. ``relation_synonyms`` adds wording -> label pairs on top of the built-in
    synonym table (keys are matched after lower-casing and collapsing spaces/underscores).
    """

    model_config = ConfigDict(frozen=True)

    node_types: tuple[str, ...] = NODE_TYPES
    relations: tuple[str, ...] = RELATIONS
    fallback_type: str = "concept"
    fallback_relation: str = "related_to"
    relation_synonyms: dict[str, str] = Field(default_factory=dict)
    type_synonyms: dict[str, str] = Field(default_factory=dict)

    @field_validator("node_types", "relations")
    @classmethod
    def _non_empty_labels(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("vocabulary must not be empty")
        for label in value:
            if not isinstance(label, str) or not label.strip():
                raise ValueError(f"invalid label {label!r}")
        return tuple(dict.fromkeys(value))

    def model_post_init(self, __context: object) -> None:
        if self.fallback_type not in self.node_types:
            raise ValueError(f"fallback_type {self.fallback_type!r} is not in node_types")
        if self.fallback_relation not in self.relations:
            raise ValueError(f"fallback_relation {self.fallback_relation!r} is not in relations")
        for wording, label in self.relation_synonyms.items():
            if label not in self.relations:
                raise ValueError(f"relation_synonyms[{wording!r}] -> {label!r} is not in relations")
        for wording, label in self.type_synonyms.items():
            if label not in self.node_types:
                raise ValueError(f"type_synonyms[{wording!r}] -> {label!r} is not in node_types")


DEFAULT_ONTOLOGY = Ontology()


class Provenance(BaseModel):
    """Where a triple came from. All fields optional: plain-text extraction fills only a few."""

    model_config = ConfigDict(frozen=True)

    debate_id: str | None = None
    round: int | None = None
    turn: int | None = None
    speaker: str | None = None
    role: str | None = None
    span: tuple[int, int] | None = None
    evidence: str | None = None
    expert_scalings: dict[str, float] | None = None
    source: str | None = None


class Triple(BaseModel):
    """One (subject, relation, object) statement.

    ``relation`` is the normalised vocabulary label, ``relation_text`` the model's original wording.
    ``subject_surface``/``object_surface`` hold the names before entity resolution renamed them (None when
    unchanged), so resolution can be reverted.
    """

    model_config = ConfigDict(frozen=True)

    subject: str = Field(min_length=1)
    subject_type: str = "concept"
    relation: str = Field(min_length=1)
    relation_text: str = ""
    object: str = Field(min_length=1)
    object_type: str = "concept"
    stance: Stance = "unknown"
    provenance: Provenance = Field(default_factory=Provenance)
    subject_surface: str | None = None
    object_surface: str | None = None

    def key(self) -> tuple[str, str, str]:
        """(subject, relation, object): identity of the statement, ignoring provenance."""
        return (self.subject, self.relation, self.object)
