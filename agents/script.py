"""Scripted debates: a YAML or TOML file -> a validated :class:`DebateFile` -> a :class:`Debate`.

Every problem is reported as one :class:`DebateFileError` naming the file, the field and, where the
format allows, the line. Unknown keys are rejected; values are never coerced between types; text
is data (instructions may only use the placeholders in :data:`agents.roles.PLACEHOLDERS`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from agents.roles import ROLE_KINDS, ExpertSteering, Role, Sampling, builtin_role, check_template
from agents.workflow import Debate

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

MAX_FILE_BYTES = 1_000_000
_NAME = r"^[A-Za-z][A-Za-z0-9_-]{0,39}$"


class DebateFileError(ValueError):
    """A debate file (or its resolved copy in ``run.json``) is unreadable or invalid."""

    def __init__(self, file: str | Path, message: str, *, field: str | None = None, line: int | None = None):
        self.file, self.message, self.field, self.line = str(file), message, field, line
        where = self.file + (f", line {line}" if line else "") + (f", field '{field}'" if field else "")
        super().__init__(f"{where}: {message}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class SamplingSpec(_Strict):
    """Sampling settings (``temperature: 0`` is greedy)."""

    temperature: float = Field(0.0, ge=0, le=5)
    top_p: float = Field(1.0, gt=0, le=1)
    top_k: int = Field(0, ge=0)
    repetition_penalty: float = Field(1.0, gt=0, le=5)
    seed: int | None = None


class ExpertsSpec(_Strict):
    """Expert steering: ``bias`` adds to the gate's logits, ``pin`` fixes scalings (gate bypassed)."""

    bias: dict[str, Annotated[float, Field(ge=-50, le=50)]] = {}
    pin: dict[str, Annotated[float, Field(ge=0, le=10)]] | None = None


def _role_shorthand(value: Any) -> Any:
    """``biologist: answerer`` means ``biologist: {kind: answerer}``; ``judge: true`` means defaults."""
    if isinstance(value, str):
        return {"kind": value}
    if value is True:
        return {}
    return value


class RoleSpec(_Strict):
    """A role: a built-in kind with some fields changed, or a custom kind defined in full."""

    kind: str | None = Field(None, pattern=_NAME)
    system_prompt: str | None = Field(None, max_length=8000)
    instruction: str | None = Field(None, min_length=1, max_length=8000)
    max_tokens: int | None = Field(None, ge=1, le=4096)
    window: int | None = Field(None, ge=1)
    single_question: bool | None = None
    sampling: SamplingSpec | None = None
    experts: ExpertsSpec | None = None


class JudgeSpec(RoleSpec):
    """The judge, plus its repetition rule."""

    repeat_threshold: float = Field(0.9, gt=0, le=1)


class OutputsSpec(_Strict):
    """Where and what to write."""

    dir: str | None = Field(None, min_length=1)
    graph: bool = True


RoleField = Annotated[RoleSpec, BeforeValidator(_role_shorthand)]


class DebateFile(_Strict):
    """The whole debate file. See docs/debates.md for every field."""

    title: str = Field("", max_length=200)
    question: str | None = Field(None, max_length=4000)
    topic: str | None = Field(None, max_length=4000)
    rounds: int = Field(3, ge=1, le=50)
    roles: dict[Annotated[str, Field(pattern=_NAME)], RoleField] | None = None
    order: list[str] | None = Field(None, min_length=1, max_length=20)
    judge: Annotated[JudgeSpec | None, BeforeValidator(lambda v: None if v is False else _role_shorthand(v))] = None
    summary: Annotated[RoleSpec | None, BeforeValidator(lambda v: None if v is False else _role_shorthand(v))] = (
        RoleSpec()
    )
    max_tokens: dict[str, Annotated[int, Field(ge=1, le=4096)]] = {}
    sampling: SamplingSpec = SamplingSpec()
    experts: ExpertsSpec | None = None
    seed: int | None = 0
    model: str = Field("default", min_length=1)
    device: str | None = None
    dtype: str | None = None
    outputs: OutputsSpec = OutputsSpec()

    def resolved(self) -> dict[str, Any]:
        """JSON-plain form, as stored in ``run.json``."""
        return self.model_dump(mode="json")

    def to_debate(self) -> Debate:
        """Build the :class:`Debate` (the file must have passed :func:`check_debate_file`)."""
        specs = self.roles or {"engineer": RoleSpec(kind="asker"), "biologist": RoleSpec(kind="answerer")}
        roles = {name: self._role(name, spec, spec.kind or name) for name, spec in specs.items()}
        judge = self._role("judge", self.judge, "judge") if self.judge is not None else None
        summarizer = self._role("summarizer", self.summary, "summarizer") if self.summary is not None else None
        return Debate(
            question=self.question or "", topic=self.topic or "", rounds=self.rounds, roles=roles,
            order=tuple(self.order or roles), judge=judge, summarizer=summarizer,
            repeat_threshold=self.judge.repeat_threshold if self.judge is not None else 0.9,
            seed=self.seed, title=self.title,
        )

    def _role(self, name: str, spec: RoleSpec, kind: str) -> Role:
        changes: dict[str, Any] = {}
        for key in ("system_prompt", "instruction", "window", "single_question"):
            if getattr(spec, key) is not None:
                changes[key] = getattr(spec, key)
        budget = spec.max_tokens or self.max_tokens.get(name) or self.max_tokens.get(kind)
        if budget:
            changes["max_tokens"] = budget
        sampling = spec.sampling or self.sampling
        changes["sampling"] = Sampling(**sampling.model_dump())
        experts = spec.experts or self.experts
        if experts is not None:
            changes["experts"] = ExpertSteering(bias=experts.bias, pin=experts.pin)
        if kind in ROLE_KINDS:
            return builtin_role(kind, name=name, **changes)
        return Role(name=name, kind=kind, **changes)


# ---------------------------------------------------------------------------- reading files


class _UniqueKeyLoader(yaml.SafeLoader):
    """Safe YAML loader that refuses duplicate keys (PyYAML silently keeps the last one)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, str) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _yaml_lines(node: yaml.Node | None, path: tuple[Any, ...] = (), out: dict | None = None) -> dict:
    out = {} if out is None else out
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            sub = (*path, key_node.value)
            out[sub] = key_node.start_mark.line + 1
            _yaml_lines(value_node, sub, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            out[(*path, i)] = item.start_mark.line + 1
            _yaml_lines(item, (*path, i), out)
    return out


def _toml_lines(text: str) -> dict:
    """Approximate ``path -> line`` for TOML keys (tables, dotted keys, first key of inline tables)."""
    out: dict[tuple[Any, ...], int] = {}
    table: tuple[str, ...] = ()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        header = re.match(r"^\[\[?\s*([^\]]+?)\s*\]\]?", line)
        if header:
            table = tuple(p.strip().strip("\"'") for p in header.group(1).split("."))
            out.setdefault(table, number)
            continue
        key = re.match(r"^([A-Za-z0-9_.\"' -]+?)\s*=\s*(.*)$", line)
        if key:
            path = (*table, *(p.strip().strip("\"'") for p in key.group(1).split(".")))
            out.setdefault(path, number)
            for inner in re.finditer(r"([A-Za-z0-9_-]+)\s*=", key.group(2)):
                out.setdefault((*path, inner.group(1)), number)
    return out


def _read(path: Path) -> str:
    try:
        if path.is_dir():
            raise DebateFileError(path, "is a folder, not a debate file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DebateFileError(path, f"file is too large ({size} bytes; at most {MAX_FILE_BYTES})")
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise DebateFileError(path, "file not found") from None
    except PermissionError:
        raise DebateFileError(path, "file is not readable (permission denied)") from None
    except UnicodeDecodeError as e:
        raise DebateFileError(path, f"file is not UTF-8 text (byte {e.start})") from None
    except OSError as e:
        raise DebateFileError(path, f"cannot read file: {e.strerror or e}") from None


def _parse(text: str, name: str, fmt: str) -> tuple[Any, dict]:
    if fmt == "toml":
        try:
            return tomllib.loads(text), _toml_lines(text)
        except tomllib.TOMLDecodeError as e:
            line = re.search(r"line (\d+)", str(e))
            raise DebateFileError(name, f"invalid TOML: {e}", line=int(line.group(1)) if line else None) from None
    loader = _UniqueKeyLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
        return data, _yaml_lines(node)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problem = " ".join(p for p in (e.context, e.problem) if p)
        raise DebateFileError(name, f"invalid YAML: {problem}", line=mark.line + 1 if mark else None) from None
    except yaml.YAMLError as e:
        raise DebateFileError(name, f"invalid YAML: {e}") from None
    finally:
        loader.dispose()


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _line_for(lines: dict, loc: tuple[Any, ...]) -> int | None:
    for end in range(len(loc), 0, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def _describe(err: dict[str, Any]) -> str:
    kind, msg = err["type"], err["msg"]
    if kind == "extra_forbidden":
        return f"unknown key '{err['loc'][-1]}'"
    if kind == "missing":
        return "missing required field"
    if kind.endswith("_type") or kind.endswith("_parsing"):
        got = repr(err.get("input"))
        return f"{msg} (got {got[:60]}{'...' if len(got) > 60 else ''})"
    return msg


def check_debate_file(data: Any, name: str, lines: dict | None = None) -> DebateFile:
    """Validate parsed data: the schema first, then the rules that tie fields together."""
    lines = lines or {}

    def fail(message: str, *loc: Any) -> DebateFileError:
        return DebateFileError(name, message, field=_dotted(loc) or None, line=_line_for(lines, loc))

    if data is None:
        raise DebateFileError(name, "file is empty")
    if not isinstance(data, dict):
        raise DebateFileError(name, f"the top level must be a mapping of fields, not a {type(data).__name__}")
    try:
        spec = DebateFile.model_validate(data)
    except ValidationError as e:
        errors = e.errors(include_url=False)
        first = errors[0]
        more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
        loc = tuple(p for p in first["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        raise fail(_describe(first) + more, *loc) from None

    if not (spec.question or "").strip() and not (spec.topic or "").strip():
        raise fail("give a 'question' (the opening question) or a 'topic'", *(("question",) if "question" in data else ()))
    roles = spec.roles or {"engineer": RoleSpec(kind="asker"), "biologist": RoleSpec(kind="answerer")}
    if spec.roles is not None and not roles:
        raise fail("define at least one role", "roles")
    for name_, role in roles.items():
        kind = role.kind or name_
        if name_ == "user":
            raise fail("'user' is reserved for the opening question; choose another role name", "roles", name_)
        if kind not in ROLE_KINDS and (role.system_prompt is None or role.instruction is None):
            raise fail(f"unknown role kind '{kind}': use one of {', '.join(ROLE_KINDS)}, or define a custom "
                       "role in full (system_prompt and instruction)", "roles", name_,
                       *(("kind",) if role.kind else ()))
        if role.instruction is not None:
            try:
                check_template(role.instruction)
            except ValueError as e:
                raise fail(str(e), "roles", name_, "instruction") from None
    for i, name_ in enumerate(spec.order or []):
        if name_ not in roles:
            raise fail(f"unknown role '{name_}' (defined roles: {', '.join(roles)})", "order", i)
    kinds = {r.kind or n for n, r in roles.items()} | set(roles) | {"judge", "summarizer"}
    for key in spec.max_tokens:
        if key not in kinds:
            raise fail(f"no role or role kind is named '{key}'", "max_tokens", key)
    for key, kind in (("judge", "judge"), ("summary", "summarizer")):
        extra = getattr(spec, key)
        if extra is not None and extra.kind not in (None, kind):
            raise fail(f"must be '{kind}' (or left out), not '{extra.kind}'", key, "kind")
        if extra is not None and extra.instruction is not None:
            try:
                check_template(extra.instruction)
            except ValueError as e:
                raise fail(str(e), key, "instruction") from None
    try:
        spec.to_debate()
    except ValueError as e:
        raise DebateFileError(name, str(e)) from None
    return spec


def load_debate_file(path: str | Path) -> DebateFile:
    """Read and validate a ``.yaml``/``.yml``/``.toml`` debate file; raises :class:`DebateFileError`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".yaml", ".yml", ".toml"):
        raise DebateFileError(path, f"unsupported file type '{suffix or '(none)'}': use .yaml, .yml or .toml")
    text = _read(path)
    data, lines = _parse(text, str(path), "toml" if suffix == ".toml" else "yaml")
    return check_debate_file(data, str(path), lines)
