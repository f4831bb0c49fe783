"""The debate as a LangGraph ``StateGraph``.

    open -> turn -> turn -> ... (each role of ``order`` once per round)
              \\-> judge? (after each round but the last) -> stop? -> summarize
              \\-> after the last round ------------------------------> summarize x3 -> extract? -> finish

State is JSON-plain (turn records are dicts); the chat model lives outside it, in the workflow
object. Every node emits its progress through LangGraph's stream writer (``custom`` stream mode):
``turn_start``, ``token``, ``turn_end`` and ``verdict`` events.
"""

from __future__ import annotations

import operator
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Annotated, Any, TypedDict

from langchain_core.language_models import BaseChatModel, BaseLanguageModel
from langgraph.config import get_stream_writer
from langgraph.graph import END, START, StateGraph

from agents.prompts import (
    OPENING_INSTRUCTION,
    RETRY_QUESTION,
    SUMMARY_STEPS,
    context_messages,
    fill,
    find_repetition,
    parse_verdict,
    trim_to_question,
)
from agents.roles import Role, builtin_role

NodeFn = Callable[[dict[str, Any]], dict[str, Any]]


def _merge(left: dict[str, Any] | None, right: dict[str, Any] | None) -> dict[str, Any]:
    return {**(left or {}), **(right or {})}


class DebateState(TypedDict, total=False):
    """Checkpointed state of one debate (JSON-plain)."""

    debate_id: str
    question: str
    topic: str
    round: int  # round of the next turn (1-based)
    slot: int  # index in ``order`` of the next turn
    turns: Annotated[list[dict[str, Any]], operator.add]
    verdicts: Annotated[list[dict[str, Any]], operator.add]
    summary: Annotated[list[dict[str, Any]], operator.add]
    stop_reason: str | None
    graph: dict[str, Any] | None
    notes: Annotated[dict[str, Any], _merge]  # free space for user nodes
    finished: bool


def default_roles() -> dict[str, Role]:
    """The paper's pair: a critical engineer asking, a biologist answering."""
    return {"engineer": builtin_role("asker", name="engineer"), "biologist": builtin_role("answerer", name="biologist")}


@dataclass(frozen=True)
class Debate:
    """What to debate and who speaks when.

    A given ``question`` is turn 0 (speaker ``user``) and takes the place of the first speaker's turn
    in round 1; with only a ``topic``, the first speaker opens with a question about it.
    """

    question: str = ""
    topic: str = ""
    rounds: int = 3
    roles: Mapping[str, Role] = field(default_factory=default_roles)
    order: tuple[str, ...] = ("engineer", "biologist")
    judge: Role | None = None
    summarizer: Role | None = field(default_factory=lambda: builtin_role("summarizer"))
    repeat_threshold: float = 0.9
    seed: int | None = None
    title: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "order", tuple(self.order))
        if not (self.question.strip() or self.topic.strip()):
            raise ValueError("a debate needs a question or a topic")
        if self.rounds < 1:
            raise ValueError("rounds must be at least 1")
        if not self.order:
            raise ValueError("order must name at least one role")
        for name in self.order:
            if name not in self.roles:
                raise ValueError(f"order names unknown role {name!r} (roles: {', '.join(self.roles)})")
        for key, role in self.roles.items():
            if role.name != key:
                raise ValueError(f"role {key!r} is named {role.name!r}: the key and the name must match")

    def all_roles(self) -> list[Role]:
        """Every role that may speak, the judge and summarizer included."""
        extra = [r for r in (self.judge, self.summarizer) if r is not None]
        return [*self.roles.values(), *extra]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def active_experts(scalings: Mapping[str, float], top: int = 2) -> list[str]:
    """The (at most ``top``) experts with the largest mean scaling, largest first."""
    ranked = sorted(scalings.items(), key=lambda kv: (-kv[1], kv[0]))
    return [name for name, value in ranked[:top] if value > 0]


class DebateWorkflow:
    """Builds and runs the debate graph for one :class:`Debate` over one shared chat model.

    Args:
        debate: the debate.
        model: the shared chat model (every role without its own ``chat_model`` uses it).
        after_turn: extra ``(name, node)`` pairs run in order after every turn; a node gets the
            state and returns a JSON-plain update (for example into ``notes``).
        extract: optional knowledge-graph step; gets the final state, returns a JSON-plain dict
            stored as ``state["graph"]``.
    """

    def __init__(
        self,
        debate: Debate,
        model: BaseChatModel,
        *,
        after_turn: Sequence[tuple[str, NodeFn]] = (),
        extract: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    ) -> None:
        self.debate = debate
        self.model = model
        self.after_turn = tuple(after_turn)
        self.extract = extract

    # ------------------------------------------------------------------ the flowchart
    def build(self) -> StateGraph:
        """The uncompiled graph (add your own nodes and edges before compiling, if you like)."""
        g = StateGraph(DebateState)
        g.add_node("open", self.open_debate)
        g.add_node("turn", self.take_turn)
        g.add_node("judge", self.judge_round)
        g.add_node("summarize", self.summarize)
        g.add_node("extract", self.extract_graph)
        g.add_node("finish", self.finish)

        g.add_edge(START, "open")
        g.add_conditional_edges("open", self.next_turn_or_judge, ["turn", "judge", "summarize", "extract", "finish"])
        last = "turn"
        for name, node in self.after_turn:  # user nodes run after every turn
            g.add_node(name, node)
            g.add_edge(last, name)
            last = name
        g.add_conditional_edges(last, self.next_turn_or_judge, ["turn", "judge", "summarize", "extract", "finish"])
        g.add_conditional_edges("judge", self.continue_or_stop, ["turn", "summarize", "extract", "finish"])
        g.add_conditional_edges("summarize", self.next_summary_step, ["summarize", "extract", "finish"])
        g.add_edge("extract", "finish")
        g.add_edge("finish", END)
        return g

    def compile(self, checkpointer: Any = None) -> Any:
        """The compiled graph, checkpointed when a checkpointer is given."""
        return self.build().compile(checkpointer=checkpointer)

    def recursion_limit(self) -> int:
        """Super-steps a full debate needs, plus a margin (LangGraph's default is far too large)."""
        d = self.debate
        turns = d.rounds * len(d.order)
        return 1 + turns * (1 + len(self.after_turn)) + d.rounds + len(SUMMARY_STEPS) + 2 + 10

    def initial_state(self, debate_id: str) -> DebateState:
        """The input of a new run."""
        return {
            "debate_id": debate_id, "question": self.debate.question.strip(), "topic": self.debate.topic.strip(),
            "round": 1, "slot": 0, "turns": [], "verdicts": [], "summary": [], "stop_reason": None,
            "graph": None, "notes": {}, "finished": False,
        }

    # ------------------------------------------------------------------ routers
    def _after_debate(self) -> str:
        if self.debate.summarizer is not None:
            return "summarize"
        return "extract" if self.extract else "finish"

    def next_turn_or_judge(self, state: DebateState) -> str:
        """Next speaker of this round, else the judge, else the next round, else the summary."""
        if state["slot"] != 0:
            return "turn"
        if state["round"] - 1 >= self.debate.rounds:
            return self._after_debate()
        return "judge" if self.debate.judge is not None else "turn"

    def continue_or_stop(self, state: DebateState) -> str:
        """After the judge: stop (to the summary) or go on with the next round."""
        return self._after_debate() if state.get("stop_reason") else "turn"

    def next_summary_step(self, state: DebateState) -> str:
        """Three summary steps, then the knowledge graph (if any), then finish."""
        if len(state.get("summary", [])) < len(SUMMARY_STEPS):
            return "summarize"
        return "extract" if self.extract else "finish"

    # ------------------------------------------------------------------ nodes
    def open_debate(self, state: DebateState) -> dict[str, Any]:
        """Record a given opening question as turn 0; it fills the first speaker's slot of round 1."""
        if not state["question"]:
            return {}
        turn = {
            "debate_id": state["debate_id"], "turn": 0, "round": 1, "speaker": "user", "role": "question",
            "text": state["question"], "tokens": self._count_tokens(self.model, state["question"]),
            "expert_scalings": {}, "experts_active": [], "seconds": 0.0, "started_at": _now(),
        }
        get_stream_writer()({"event": "turn_end", "turn": turn})
        return {"turns": [turn], **self._advance(1, 0)}

    def take_turn(self, state: DebateState) -> dict[str, Any]:
        """The next speaker of ``order`` speaks once."""
        d, turns = self.debate, state["turns"]
        role = d.roles[d.order[state["slot"]]]
        opening = not turns and not state["question"]
        template = OPENING_INSTRUCTION if opening else role.instruction
        instruction = fill(role, template, question=state["question"], topic=state["topic"], turns=turns,
                           round_=state["round"], rounds=d.rounds)
        messages = context_messages(role, question=state["question"], topic=state["topic"], turns=turns,
                                    instruction=instruction)
        single = role.single_question or opening
        turn = self._speak(role, messages, state, round_=state["round"], index=len(turns), single_question=single)
        if single and "?" not in turn["text"]:  # one retry, stricter, when a small model forgot to ask
            messages[-1]["content"] += "\n\n" + RETRY_QUESTION
            get_stream_writer()({"event": "retry", "speaker": role.name, "reason": "the reply was not a question"})
            turn = self._speak(role, messages, state, round_=state["round"], index=len(turns), single_question=True)
        return {"turns": [turn], **self._advance(state["round"], state["slot"])}

    def judge_round(self, state: DebateState) -> dict[str, Any]:
        """Stop when a speaker repeats itself, or when the judge says the debate has converged."""
        judge, finished_round = self.debate.judge, state["round"] - 1
        assert judge is not None
        repeated = find_repetition(state["turns"], self.debate.repeat_threshold)
        if repeated:
            verdict = {"round": finished_round, "verdict": "stop", "reason": repeated, "text": "", "seconds": 0.0}
        else:
            instruction = fill(judge, judge.instruction, question=state["question"], topic=state["topic"],
                               turns=state["turns"], round_=finished_round, rounds=self.debate.rounds)
            messages = context_messages(judge, question=state["question"], topic=state["topic"],
                                        turns=state["turns"], instruction=instruction)
            said = self._speak(judge, messages, state, round_=finished_round, index=None)
            decision, reason = parse_verdict(said["text"])
            verdict = {"round": finished_round, "verdict": decision, "reason": reason, "text": said["text"],
                       "seconds": said["seconds"]}
        get_stream_writer()({"event": "verdict", **verdict})
        stop = f"judge stopped after round {finished_round}: {verdict['reason']}" if verdict["verdict"] == "stop" else None
        return {"verdicts": [verdict], "stop_reason": stop}

    def summarize(self, state: DebateState) -> dict[str, Any]:
        """One of the three summary steps (key points, insights, takeaway)."""
        role = self.debate.summarizer
        assert role is not None
        done = state.get("summary", [])
        key, heading, template = SUMMARY_STEPS[len(done)]
        earlier = "".join(f"{s['heading']}:\n{s['text']}\n\n" for s in done)
        instruction = earlier + fill(role, template, question=state["question"], topic=state["topic"],
                                     turns=state["turns"], round_=state["round"], rounds=self.debate.rounds)
        messages = context_messages(role, question=state["question"], topic=state["topic"],
                                    turns=state["turns"], instruction=instruction)
        said = self._speak(role, messages, state, round_=0, index=None, label=heading)
        return {"summary": [{"key": key, "heading": heading, "text": said["text"], "tokens": said["tokens"],
                             "expert_scalings": said["expert_scalings"], "seconds": said["seconds"]}]}

    def extract_graph(self, state: DebateState) -> dict[str, Any]:
        """Hand the transcript to the knowledge-graph step."""
        assert self.extract is not None
        get_stream_writer()({"event": "extract_start", "turns": len(state["turns"])})
        return {"graph": self.extract(dict(state))}

    def finish(self, state: DebateState) -> dict[str, Any]:
        """Mark the run finished (``get_state().next == ()`` alone is not proof of that)."""
        return {"finished": True, "stop_reason": state.get("stop_reason") or f"completed {self.debate.rounds} rounds"}

    # ------------------------------------------------------------------ helpers
    def _advance(self, round_: int, slot: int) -> dict[str, int]:
        slot += 1
        if slot >= len(self.debate.order):
            return {"round": round_ + 1, "slot": 0}
        return {"round": round_, "slot": slot}

    def model_for(self, role: Role) -> BaseChatModel:
        """The role's own chat model, or the shared one."""
        return role.chat_model if role.chat_model is not None else self.model

    def _options(self, role: Role, model: Any, index: int | None) -> dict[str, Any]:
        if not getattr(model, "accepts_xlora_options", False):
            return {}
        s = role.sampling
        seed = s.seed
        if seed is None and self.debate.seed is not None:
            seed = self.debate.seed + (index or 0)
        opts: dict[str, Any] = {"max_tokens": role.max_tokens, "temperature": s.temperature, "top_p": s.top_p,
                                "top_k": s.top_k, "repetition_penalty": s.repetition_penalty, "seed": seed}
        if not role.experts.is_empty:
            opts["steering"] = role.experts.as_dict()
        return opts

    @staticmethod
    def _count_tokens(model: Any, text: str) -> int:
        """The model's own token count; a word count when it has none (langchain's GPT-2 fallback
        would try to download a tokenizer)."""
        own = getattr(model, "custom_get_token_ids", None) or (
            type(model).get_token_ids is not BaseLanguageModel.get_token_ids and model.get_token_ids)
        if own:
            try:
                return len(own(text))
            except Exception:  # noqa: BLE001 - fall back to words below
                pass
        return len(text.split())

    def _speak(self, role: Role, messages: list[dict[str, str]], state: DebateState, *, round_: int,
               index: int | None, single_question: bool = False, label: str | None = None) -> dict[str, Any]:
        """One streamed model call; returns the turn record (JSON-plain)."""
        write = get_stream_writer()
        model = self.model_for(role)
        started, t0 = _now(), time.perf_counter()
        write({"event": "turn_start", "speaker": role.name, "role": role.kind, "round": round_, "turn": index,
               "label": label, "steering": role.experts.as_dict()})
        reply = None
        stop = ["?"] if single_question else None
        for chunk in model.stream(messages, stop=stop, **self._options(role, model, index)):
            if chunk.content:
                write({"event": "token", "speaker": role.name, "text": chunk.content})
            reply = chunk if reply is None else reply + chunk
        text = str(reply.content).strip() if reply is not None else ""
        meta = dict(reply.response_metadata) if reply is not None else {}
        if single_question:
            text = trim_to_question(text)
            if "?" not in text and meta.get("finish_reason") == "stop":
                text += "?"  # the engine stopped on "?" and left it out
        usage = getattr(reply, "usage_metadata", None) or {}
        tokens = int(usage.get("output_tokens") or self._count_tokens(model, text))
        scalings = {str(k): float(v) for k, v in (meta.get("expert_scalings") or {}).items()}
        turn = {
            "debate_id": state["debate_id"], "turn": index, "round": round_, "speaker": role.name,
            "role": role.kind, "text": text, "tokens": tokens, "expert_scalings": scalings,
            "experts_active": active_experts(scalings), "seconds": round(time.perf_counter() - t0, 3),
            "started_at": started,
        }
        write({"event": "turn_end", "turn": turn, "label": label})
        return turn
