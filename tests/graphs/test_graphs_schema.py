import pytest
from pydantic import ValidationError

from graphs import EXTRACTION_PROMPT, NODE_TYPES, RELATIONS, Ontology, extraction_prompt, triples_json_schema
from graphs.normalize import clean_text, normalize_relation, normalize_type
from graphs.prompt import extraction_messages

EXPECTED = ('Extract knowledge-graph triples from the passage. Reply with JSON only, as {"triples": [{"subject": ..., '
            '"subject_type": ..., "relation": ..., "object": ..., "object_type": ...}]}.\n\nPassage:\nSilk {x} is tough.')


def test_prompt_is_exact():
    assert extraction_prompt("Silk {x} is tough.") == EXPECTED
    assert EXTRACTION_PROMPT.format(passage="Silk {x} is tough.") == EXPECTED
    assert extraction_messages("p") == [{"role": "user", "content": extraction_prompt("p")}]


def test_default_vocabularies():
    assert NODE_TYPES == ("material", "protein", "molecule", "structure", "property", "mechanism", "process",
                          "method", "concept")
    assert RELATIONS[-1] == "related_to" and len(RELATIONS) == 14


@pytest.mark.parametrize("wording,label", [
    ("is made of", "made_of"), ("improves", "increases"), ("leads to", "causes"), ("has_property", "has_property"),
    ("strongly increases", "increases"), ("reduces", "decreases"), ("is a type of", "is_a"), ("binds to", "interacts_with"),
    ("is measured by", "measured_by"), ("is used for", "used_for"), ("found in", "located_in"), ("exhibits", "has_property"),
    ("results in", "causes"), ("prevents", "inhibits"), ("allows", "enables"), ("is part of", "part_of"),
    ("frobnicates", "related_to"), ("does not cause", "related_to"), ("", "related_to"), ("<script>", "related_to"),
])
def test_relation_normalisation(wording, label):
    assert normalize_relation(wording) == label


@pytest.mark.parametrize("wording,label", [
    ("Materials", "material"), ("enzyme", "protein"), ("protein structure", "structure"), ("X", "concept"),
    (None, "concept"), ("mechanical property", "property"), ("technique", "method"),
])
def test_type_normalisation(wording, label):
    assert normalize_type(wording) == label


def test_custom_ontology():
    onto = Ontology(node_types=("gene", "thing"), relations=("regulates", "other"), fallback_type="thing",
                    fallback_relation="other", relation_synonyms={"switches on": "regulates"})
    assert normalize_relation("switches on", onto) == "regulates"
    assert normalize_relation("improves", onto) == "other"
    assert normalize_type("gene", onto) == "gene" and normalize_type("protein", onto) == "thing"
    schema = triples_json_schema(onto)
    item = schema["properties"]["triples"]["items"]
    assert item["properties"]["relation"]["enum"] == ["regulates", "other"]
    assert item["properties"]["subject_type"]["enum"] == ["gene", "thing"]


def test_ontology_rejects_bad_fallback():
    with pytest.raises(ValidationError):
        Ontology(node_types=("a",), fallback_type="concept")
    with pytest.raises(ValidationError):
        Ontology(relation_synonyms={"x": "not_a_label"})


def test_clean_text():
    assert clean_text("  a\x00b\n\tc\u202e ") == "a b c"
    assert clean_text({"a": 1}) == "" and clean_text(None) == ""
    assert len(clean_text("x" * 1000)) == 200
