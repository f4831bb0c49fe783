"""Roles of a debate: who speaks, with which prompt, budget, sampling and expert steering.

A :class:`Role` is plain configuration. It holds no model: every role of a debate talks to the one
shared chat model, unless ``chat_model`` names another LangChain chat model for that role alone.
Expert steering (``experts``) travels with each of the role's requests; it is never global state.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

ROLE_KINDS = ("asker", "answerer", "judge", "summarizer")
"""Built-in role kinds. Custom roles may use any other kind name (it is recorded in the transcript)."""

PLACEHOLDERS = ("question", "topic", "last_turn", "last_speaker", "round", "rounds", "name")
"""Names that instructions may use as ``{name}``; nothing else is substituted, nothing is evaluated."""

_PLACEHOLDER_RE = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})")  # ``{{x}}`` stays literal


def _frozen(mapping: Mapping[str, float] | None) -> Mapping[str, float] | None:
    if mapping is None:
        return None
    return MappingProxyType({str(k): float(v) for k, v in mapping.items()})


@dataclass(frozen=True)
class Sampling:
    """Sampling settings of a role's turns (``temperature == 0`` means greedy decoding)."""

    temperature: float = 0.0
    top_p: float = 1.0
    top_k: int = 0
    repetition_penalty: float = 1.0
    seed: int | None = None


@dataclass(frozen=True)
class ExpertSteering:
    """Per-request steering of the X-LoRA gate.

    ``bias`` adds a value to the gate's logit of each named expert before the softmax; ``pin``
    bypasses the gate and fixes the scaling of each named expert (others get 0).
    """

    bias: Mapping[str, float] = field(default_factory=dict)
    pin: Mapping[str, float] | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "bias", _frozen(self.bias) or MappingProxyType({}))
        object.__setattr__(self, "pin", _frozen(self.pin))

    @property
    def is_empty(self) -> bool:
        """True when the role leaves the gate alone."""
        return not self.bias and self.pin is None

    def expert_names(self) -> set[str]:
        """Every expert this steering names."""
        return set(self.bias) | set(self.pin or {})

    def as_dict(self) -> dict[str, Any]:
        """JSON-plain form (``{"bias": {...}, "pin": {...} | None}``)."""
        return {"bias": dict(self.bias), "pin": None if self.pin is None else dict(self.pin)}


@dataclass(frozen=True)
class Role:
    """One participant of a debate.

    Attributes:
        name: the instance name, shown as the speaker (e.g. ``"engineer"``).
        kind: what the role does: ``asker``, ``answerer``, ``judge``, ``summarizer`` or a custom kind.
        system_prompt: the role's system message.
        instruction: the request appended after the debate so far; may use :data:`PLACEHOLDERS`.
        max_tokens: token budget of one turn.
        sampling: sampling settings.
        experts: expert steering applied to this role's requests only.
        window: how many of the latest turns the role sees (``None``: the whole debate).
        single_question: keep the turn to one question (stop at the first ``?``).
        chat_model: optional LangChain chat model backing this role instead of the shared model.
    """

    name: str
    kind: str
    system_prompt: str
    instruction: str
    max_tokens: int = 128
    sampling: Sampling = field(default_factory=Sampling)
    experts: ExpertSteering = field(default_factory=ExpertSteering)
    window: int | None = None
    single_question: bool = False
    chat_model: Any = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.name or not self.name.strip():
            raise ValueError("a role needs a non-empty name")
        if self.max_tokens < 1:
            raise ValueError(f"role {self.name!r}: max_tokens must be at least 1")
        if self.window is not None and self.window < 1:
            raise ValueError(f"role {self.name!r}: window must be at least 1 (or None for all turns)")
        check_template(self.instruction)

    def with_(self, **changes: Any) -> Role:
        """A copy with some fields changed (``Role`` is immutable)."""
        return replace(self, **changes)

    def render(self, **values: Any) -> str:
        """The instruction with its placeholders filled in (plain substitution, never evaluation)."""
        return render_template(self.instruction, name=self.name, **values)


def check_template(template: str) -> None:
    """Raise ``ValueError`` when ``template`` uses a placeholder outside :data:`PLACEHOLDERS`."""
    for match in _PLACEHOLDER_RE.finditer(template):
        if match.group(1) not in PLACEHOLDERS:
            allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            raise ValueError(f"unknown placeholder {match.group(0)} (allowed: {allowed})")


def render_template(template: str, **values: Any) -> str:
    """Replace ``{name}`` for known names in ``values``; any other text is left exactly as written."""

    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        return str(values[key]) if key in values and values[key] is not None else match.group(0)

    return _PLACEHOLDER_RE.sub(fill, template)


ASKER_SYSTEM = (
    "You are a critical engineer. You test every claim for hidden assumptions, missing mechanisms "
    "and weak evidence, and you push the discussion toward what can be measured or built."
)
ASKER_INSTRUCTION = (
    "Reply with ONE new probing question that challenges the last answer. "
    "Do not repeat an earlier question. Reply with the question only, ending with '?'."
)
ANSWERER_SYSTEM = (
    "You are a biologist with deep knowledge of proteins, their mechanics and biological materials. "
    "Your answers are brief, accurate and creative."
)
ANSWERER_INSTRUCTION = "Answer the last question briefly, accurately and creatively."
JUDGE_SYSTEM = "You are an impartial judge of a scientific debate."
JUDGE_INSTRUCTION = (
    "Has the debate converged, or does it repeat itself? On the first line write STOP if it has "
    "converged or repeats, otherwise CONTINUE. Then give one short reason."
)
SUMMARIZER_SYSTEM = "You summarize scientific debates faithfully and concisely."
SUMMARIZER_INSTRUCTION = "Summarize the debate."


def builtin_role(kind: str, name: str | None = None, **changes: Any) -> Role:
    """A built-in role (``asker``, ``answerer``, ``judge`` or ``summarizer``), optionally adjusted.

    >>> builtin_role("asker", name="engineer", max_tokens=32).kind
    'asker'
    """
    defaults: dict[str, dict[str, Any]] = {
        "asker": dict(
            system_prompt=ASKER_SYSTEM, instruction=ASKER_INSTRUCTION, max_tokens=48, single_question=True
        ),
        "answerer": dict(system_prompt=ANSWERER_SYSTEM, instruction=ANSWERER_INSTRUCTION, max_tokens=128),
        "judge": dict(system_prompt=JUDGE_SYSTEM, instruction=JUDGE_INSTRUCTION, max_tokens=32),
        "summarizer": dict(system_prompt=SUMMARIZER_SYSTEM, instruction=SUMMARIZER_INSTRUCTION, max_tokens=128),
    }
    if kind not in defaults:
        raise ValueError(f"unknown built-in role {kind!r} (choose from {', '.join(ROLE_KINDS)})")
    return Role(name=name or kind, kind=kind, **{**defaults[kind], **changes})
