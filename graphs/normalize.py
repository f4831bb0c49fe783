"""Pure normalisation of free text onto the ontology: relation wording -> label, type wording -> type."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from graphs.schema import DEFAULT_ONTOLOGY, Ontology

__all__ = ["clean_text", "normalize_relation", "normalize_type", "stem"]

MAX_NAME_CHARS = 200
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w\s]+")
_NEGATIONS = frozenset({"not", "no", "never", "cannot", "doesn't", "dont", "don't", "isn't", "without"})

# wording (any inflection; matched after stemming) -> relation label
_RELATION_PHRASES: dict[str, tuple[str, ...]] = {
    "is_a": ("is a", "is an", "are", "type of", "kind of", "instance of", "class of", "subclass of", "form of",
             "example of", "category of", "isa", "subtype of", "classified as"),
    "part_of": ("part of", "component of", "belong to", "constituent of", "member of", "subunit of",
                "element of", "piece of", "fragment of", "partof"),
    "made_of": ("made of", "made from", "composed of", "consist of", "comprise", "built from", "formed from",
                "formed of", "constructed from", "contain", "madeof", "composed from", "built of"),
    "has_property": ("has property", "has", "have", "exhibit", "show", "display", "possess", "characterized by",
                     "characterised by", "property", "feature", "has feature", "with", "hasproperty"),
    "causes": ("cause", "lead to", "led to", "result in", "produce", "induce", "trigger", "give rise to",
               "gave rise to", "drive", "generate", "responsible for", "because", "yield"),
    "increases": ("increase", "improve", "enhance", "raise", "boost", "strengthen", "promote", "amplify",
                  "augment", "elevate", "upregulate", "toughen", "stiffen", "higher", "more", "maximize"),
    "decreases": ("decrease", "reduce", "lower", "weaken", "diminish", "degrade", "impair", "downregulate",
                  "lessen", "soften", "minimize", "less"),
    "enables": ("enable", "allow", "permit", "facilitate", "support", "make possible", "underlie",
                "contribute to", "help"),
    "inhibits": ("inhibit", "prevent", "block", "suppress", "limit", "hinder", "restrict", "impede",
                 "stop", "resist"),
    "interacts_with": ("interact with", "bind", "bind to", "bond with", "react with", "couple with",
                       "form complex with", "crosslink", "cross link", "associate with physically", "interact"),
    "measured_by": ("measured by", "measured with", "measured using", "quantified by", "determined by",
                    "assessed by", "detected by", "observed by", "characterized using", "probed by",
                    "measured in", "tested by", "evaluated by"),
    "used_for": ("used for", "used in", "used as", "use for", "applied to", "applied in", "useful for",
                 "serve as", "application", "applied for", "employed for", "employed in", "for"),
    "located_in": ("located in", "found in", "occur in", "present in", "reside in", "located at", "in",
                   "within", "inside", "situated in", "expressed in"),
    "related_to": ("related to", "associated with", "linked to", "correlate with", "connected to",
                   "relate to", "relevant to", "depend on", "depends on", "affect", "influence"),
}

_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "material": ("material", "substance", "fiber", "fibre", "composite", "polymer", "silk", "tissue",
                 "biomaterial", "matter", "alloy", "ceramic", "metal"),
    "protein": ("protein", "enzyme", "peptide", "polypeptide", "collagen", "keratin", "spidroin", "antibody"),
    "molecule": ("molecule", "compound", "chemical", "ion", "molecular", "monomer", "amino acid", "residue",
                 "ligand", "drug", "atom"),
    "structure": ("structure", "architecture", "morphology", "motif", "domain", "fold", "conformation",
                  "geometry", "topology", "fibril", "network", "crystal", "sheet", "helix", "hierarchy"),
    "property": ("property", "characteristic", "attribute", "feature", "quantity", "parameter", "metric",
                 "strength", "toughness", "stiffness", "modulus", "value", "measure"),
    "mechanism": ("mechanism", "pathway", "mode", "principle", "interaction", "effect"),
    "process": ("process", "phenomenon", "reaction", "event", "transition", "deformation", "failure",
                "assembly", "synthesis", "folding", "growth", "activity"),
    "method": ("method", "technique", "assay", "experiment", "tool", "instrument", "model", "simulation",
               "approach", "procedure", "protocol", "algorithm", "test", "analysis", "microscopy",
               "spectroscopy"),
    "concept": ("concept", "idea", "theory", "entity", "thing", "notion", "topic", "other", "unknown"),
}


def clean_text(value: object, *, max_chars: int = MAX_NAME_CHARS) -> str:
    """Make a display string from untrusted input: str() it, drop control/format characters, collapse
    whitespace, strip surrounding quotes and spaces, cap the length. Returns "" for nothing usable."""
    if value is None or isinstance(value, (dict, list, tuple, set, bool)):
        return ""
    text = value if isinstance(value, str) else str(value)
    text = unicodedata.normalize("NFC", text[: max_chars * 4])
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs") else ch for ch in text)
    text = _SPACES.sub(" ", text).strip().strip("\"'`").strip()
    return text[:max_chars].strip()


def stem(word: str) -> str:
    """A deliberately small English stemmer for verbs/plurals: increases/increased/increasing -> increas."""
    w = word.lower()
    if w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    elif w.endswith(("ied", "ies")) and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
    elif w.endswith("es") and len(w) > 4:
        w = w[:-1]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        w = w[:-1]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


def _words(text: str) -> list[str]:
    text = text.lower().replace("_", " ").replace("-", " ")
    return _NON_WORD.sub(" ", text).split()


def _phrase_key(text: str) -> str:
    return " ".join(stem(w) for w in _words(text))


def _build_table(ontology: Ontology) -> dict[str, str]:
    return dict(_cached_table(ontology.relations, tuple(sorted(ontology.relation_synonyms.items()))))


@lru_cache(maxsize=32)
def _cached_table(relations: tuple[str, ...], synonyms: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    table: dict[str, str] = {}
    for label, phrases in _RELATION_PHRASES.items():
        if label in relations:
            for phrase in phrases:
                table.setdefault(_phrase_key(phrase), label)
    for label in relations:
        table[_phrase_key(label)] = label
        table[label.lower()] = label
    for wording, label in synonyms:
        table[_phrase_key(wording)] = label
    return tuple(table.items())


_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "can", "may", "might", "could",
                          "will", "would", "should", "does", "do", "did", "also", "often", "strongly",
                          "directly", "significantly", "greatly", "thereby", "which", "that", "to", "the"})


def normalize_relation(text: object, ontology: Ontology = DEFAULT_ONTOLOGY) -> str:
    """Map relation wording to the closest vocabulary label, else ``ontology.fallback_relation``.

    Exact labels win, then the synonym table on the whole stemmed phrase, then on the phrase without
    auxiliaries, then on its longest matching sub-phrase. Negated wording maps to the fallback.
    """
    raw = clean_text(text)
    if not raw:
        return ontology.fallback_relation
    if raw in ontology.relations:
        return raw
    words = _words(raw)
    if not words:
        return ontology.fallback_relation
    if any(w in _NEGATIONS for w in words) or any(w.endswith("n't") for w in raw.lower().split()):
        return ontology.fallback_relation
    table = _build_table(ontology)
    stems = [stem(w) for w in words]
    whole = " ".join(stems)
    if whole in table:
        return table[whole]
    core = [stem(w) for w in words if w not in _AUXILIARIES] or stems
    key = " ".join(core)
    if key in table:
        return table[key]
    for size in range(min(len(core), 4), 0, -1):
        for start in range(len(core) - size + 1):
            candidate = " ".join(core[start:start + size])
            if candidate in table:
                return table[candidate]
    return ontology.fallback_relation


def normalize_type(text: object, ontology: Ontology = DEFAULT_ONTOLOGY) -> str:
    """Map a node-type wording to a type of the ontology, else ``ontology.fallback_type``."""
    raw = clean_text(text, max_chars=80).lower()
    if not raw:
        return ontology.fallback_type
    if raw in ontology.node_types:
        return raw
    for wording, label in ontology.type_synonyms.items():
        if wording.lower() == raw:
            return label
    words = [stem(w) for w in _words(raw)]
    if not words:
        return ontology.fallback_type
    types_by_stem = {stem(t): t for t in ontology.node_types}
    for w in reversed(words):  # the head noun is usually last: "protein structure" -> structure
        if w in types_by_stem:
            return types_by_stem[w]
    for w in reversed(words):
        for label, synonyms in _TYPE_WORDS.items():
            if label in ontology.node_types and any(stem(s) == w for s in synonyms):
                return label
    return ontology.fallback_type
