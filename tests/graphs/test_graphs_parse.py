import json
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphs import NODE_TYPES, RELATIONS, parse_triples
from graphs.parse import ParseResult
from graphs.schema import Triple

GOOD = ('{"triples": [{"subject": "spider silk", "subject_type": "material", "relation": "has_property", '
        '"object": "high toughness", "object_type": "property"}, {"subject": "beta sheets", "subject_type": '
        '"structure", "relation": "improves", "object": "strength", "object_type": "property"}]}')
HOSTILE = ["<script>alert(1)</script>", "</script><script>document.title='x'</script>", '"><img src=x onerror=alert(1)>',
           "{{7*7}}", "${7*7}", "__import__('os').system('id')", "\u202e\u0000\x1b[31m", "javascript:alert(1)",
           "'; DROP TABLE t; --", "=cmd|' /C calc'!A0", "\ud800", "💥" * 3, "a" * 500, "", " ", "null", "{", "]"]
KEYS = ["subject", "subject_type", "relation", "object", "object_type", "triples", "node_1", "node_2", "edge",
        "head", "tail", "predicate", "graph", "Subject", "RELATION"]

texts = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40))
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), texts)
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=5), st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=8)), inner,
                                                 max_size=4)), max_leaves=8)
triple_like = st.dictionaries(st.sampled_from(KEYS), st.one_of(texts, values), max_size=7)
documents = st.one_of(
    st.builds(lambda ts: {"triples": ts}, st.lists(st.one_of(triple_like, values), max_size=4)),
    st.lists(triple_like, max_size=4),
    values,
)


@st.composite
def replies(draw):
    kind = draw(st.integers(0, 4))
    if kind == 0:
        return draw(st.text(max_size=200))
    text = json.dumps(draw(documents), ensure_ascii=draw(st.booleans()))
    if kind == 1:  # truncated
        text = text[: draw(st.integers(0, len(text)))]
    elif kind == 2:  # wrapped in prose / fences
        text = draw(st.sampled_from(["Sure! ```json\n{}\n```", "Here: {} Hope it helps", "{}", "```{}"])).replace(
            "{}", text, 1)
    elif kind == 3:  # mutated valid output
        base = GOOD
        cut = draw(st.integers(0, len(base)))
        text = base[:cut] + draw(texts) + base[cut + draw(st.integers(0, 5)):]
    return text


def check(result: ParseResult) -> None:
    assert isinstance(result, ParseResult)
    if not result.parsed:
        assert result.triples == () and result.reason
    for t in result.triples:
        assert isinstance(t, Triple)
        Triple.model_validate(t.model_dump())
        for name in (t.subject, t.object, t.relation_text):
            assert name and name == name.strip() and len(name) <= 200
            assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in name)
        assert t.relation in RELATIONS
        assert t.subject_type in NODE_TYPES and t.object_type in NODE_TYPES
        assert t.subject.lower() != t.object.lower()


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(replies())
def test_parser_fuzz_never_raises_and_is_schema_valid(reply):
    check(parse_triples(reply))


def test_good_reply():
    result = parse_triples(GOOD)
    assert result.parsed and [t.key() for t in result.triples] == [
        ("spider silk", "has_property", "high toughness"), ("beta sheets", "increases", "strength")]
    assert result.triples[1].relation_text == "improves"


def test_near_misses():
    fenced = parse_triples("Sure:\n```json\n" + GOOD + "\n```")
    assert len(fenced.triples) == 2
    trailing = parse_triples('{"triples": [{"subject": "a", "relation": "causes", "object": "b"},]}')
    assert [t.key() for t in trailing.triples] == [("a", "causes", "b")]
    graphreasoning = parse_triples('[{"node_1": "x", "node_2": "y", "edge": "is made of"}]')
    assert graphreasoning.triples[0].key() == ("x", "made_of", "y")
    lists = parse_triples('{"triples": [["a", "inhibits", "b"], ["c", "material", "is a", "d", "concept"]]}')
    assert [t.key() for t in lists.triples] == [("a", "inhibits", "b"), ("c", "is_a", "d")]


def test_truncated_output_is_salvaged():
    result = parse_triples(GOOD[: GOOD.rindex("{") + 20])
    assert result.parsed and [t.subject for t in result.triples] == ["spider silk"]
    assert any("salvaged" in n for n in result.notes)


def test_reasons():
    assert parse_triples("").reason == "empty reply"
    assert parse_triples("I cannot do that").reason == "reply is not JSON"
    empty = parse_triples('{"triples": []}')
    assert empty.parsed and empty.triples == () and empty.reason == "model returned no triples"
    bad = parse_triples('{"triples": [{"subject": "", "relation": "x", "object": "y"}]}')
    assert not bad.parsed and "missing subject" in bad.reason
    assert not parse_triples(None).parsed
    assert not parse_triples("[" * 50_000).parsed


def test_no_evaluation_of_content():
    result = parse_triples('{"triples": [{"subject": "__import__(\'os\').system(\'x\')", "relation": "causes", '
                           '"object": "{{7*7}}"}]}')
    assert result.triples[0].subject == "__import__('os').system('x')" and result.triples[0].object == "{{7*7}}"
