"""Errors raised for bad user input (files, arguments, model text handed in by a caller)."""

from __future__ import annotations

__all__ = ["GraphInputError"]


class GraphInputError(ValueError):
    """Bad user input. The message names the culprit (file, line, field) so a CLI can print it and exit 2."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        where = ""
        if source is not None:
            where = str(source)
            if line is not None:
                where += f":{line}"
            where += ": "
        if field is not None:
            message = f"field {field!r}: {message}"
        super().__init__(where + message)
        self.source = source
        self.line = line
        self.field = field
