"""Constrained JSON decoding with outlines-core: a logits processor per request from a JSON schema.

    constraint = JSONConstraint(tokenizer)                   # builds the vocabulary index once
    proc = constraint.processor(schema)                      # a fresh (stateful) processor per request
    engine.generate(messages, sampling, logits_processors=[proc])

The regex index of each schema is cached, so the second request with the same schema is cheap.
"""

from __future__ import annotations

import json
import threading
from typing import Any


class JSONConstraint:
    """Builds outlines-core logits processors that force output to match a JSON schema."""

    def __init__(self, tokenizer: Any, whitespace_pattern: str | None = r"[ ]?") -> None:
        self.tokenizer = tokenizer
        self.whitespace_pattern = whitespace_pattern
        self._vocabulary = None
        self._indexes: dict[str, Any] = {}
        self._lock = threading.Lock()

    def _vocab(self):
        if self._vocabulary is None:
            from outlines.backends.outlines_core import OutlinesCoreBackend
            from outlines.models.transformers import TransformerTokenizer

            tok = TransformerTokenizer(self.tokenizer)
            self._vocabulary = OutlinesCoreBackend.create_outlines_core_vocabulary(
                tok.get_vocab() if hasattr(tok, "get_vocab") else self.tokenizer.get_vocab(),
                self.tokenizer.eos_token_id, self.tokenizer.eos_token, tok.convert_token_to_string,
            )
        return self._vocabulary

    def processor(self, schema: dict | str):
        """A new logits processor for one request (processors keep per-sequence state)."""
        from outlines.backends.outlines_core import OutlinesCoreLogitsProcessor
        from outlines_core import Index
        from outlines_core.json_schema import build_regex_from_schema

        key = schema if isinstance(schema, str) else json.dumps(schema)  # key order = the order written
        with self._lock:
            index = self._indexes.get(key)
            if index is None:
                regex = build_regex_from_schema(key, self.whitespace_pattern)
                index = Index(regex, self._vocab())
                self._indexes[key] = index
        return OutlinesCoreLogitsProcessor(index, "torch")
