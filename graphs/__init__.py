"""Knowledge graphs from debates: ontology, extraction, resolution, analysis, offline HTML and reports.

Imports neither ``agents`` nor ``xlora_core``: extraction takes a ``generate`` callable.
"""

from graphs.errors import GraphInputError
from graphs.export import (
    from_graphml,
    from_json_data,
    graphml_text,
    to_json,
    to_json_data,
    triples_csv,
    write_csv,
    write_graphml,
    write_html,
    write_json,
)
from graphs.extract import ExtractionResult, Generate, TurnReport, extract_from_text, extract_triples
from graphs.graph import KnowledgeGraph, PathStep
from graphs.html import render_graph_html
from graphs.io import load_graph, load_transcript, load_triples
from graphs.parse import ParseResult, parse_triples
from graphs.prompt import EXTRACTION_PROMPT, extraction_messages, extraction_prompt, triples_json_schema
from graphs.report import render_report_html
from graphs.resolve import MergeRecord, Resolution, load_local_embedder, normalize_name, resolve_entities
from graphs.schema import NODE_TYPES, RELATIONS, Ontology, Provenance, Triple

__all__ = [
    "EXTRACTION_PROMPT", "NODE_TYPES", "RELATIONS", "ExtractionResult", "Generate", "GraphInputError",
    "KnowledgeGraph", "MergeRecord", "Ontology", "ParseResult", "PathStep", "Provenance", "Resolution",
    "Triple", "TurnReport", "extract_from_text", "extract_triples", "extraction_messages", "extraction_prompt",
    "from_graphml", "from_json_data", "graphml_text", "load_graph", "load_local_embedder", "load_transcript",
    "load_triples", "normalize_name", "parse_triples", "render_graph_html", "render_report_html",
    "resolve_entities", "to_json", "to_json_data", "triples_csv", "triples_json_schema", "write_csv",
    "write_graphml", "write_html", "write_json",
]
