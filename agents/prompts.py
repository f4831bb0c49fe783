"""Turning the debate so far into chat messages for one role's turn (pure functions, no model)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from agents.roles import Role, render_template

RETRY_QUESTION = "Your reply must be ONE question that starts with How, Why, What or Which and ends with '?'."
OPENING_INSTRUCTION = "Ask ONE opening question about this topic: {topic}. Reply with the question only."

SUMMARY_STEPS: tuple[tuple[str, str, str], ...] = (
    ("key_points", "Summary of key points", "Summarize the key points of the debate above."),
    ("insights", "Salient insights", "List the salient insights of the debate above as bullet points."),
    (
        "takeaway",
        "Most important takeaway",
        "State the single most important takeaway of the debate above, and explain how it answers "
        "the original question: {question}",
    ),
)
"""The three summary steps: (key, heading, instruction)."""

_VERDICT_RE = re.compile(r"\b(STOP|CONTINUE)\b", re.IGNORECASE)


def format_turns(turns: Sequence[dict[str, Any]]) -> str:
    """The transcript as plain lines ``speaker (role): text``."""
    return "\n\n".join(f"{t['speaker']} ({t['role']}): {t['text']}" for t in turns)


def context_messages(
    role: Role,
    *,
    question: str,
    topic: str,
    turns: Sequence[dict[str, Any]],
    instruction: str,
) -> list[dict[str, str]]:
    """System prompt + one user message: the original question, the visible debate, the instruction.

    The role sees the last ``role.window`` turns (all when ``None``); the opening question is always
    shown separately, so a short window never loses it.
    """
    visible = list(turns) if role.window is None else list(turns)[-role.window :]
    parts = []
    if question:
        parts.append(f"Original question: {question}")
    elif topic:
        parts.append(f"Topic: {topic}")
    debate = [t for t in visible if t.get("role") != "question"]
    if debate:
        hidden = len(turns) - len(visible)
        header = "Debate so far" + (f" (last {len(visible)} turns)" if hidden > 0 else "") + ":"
        parts.append(header + "\n" + format_turns(debate))
    parts.append(instruction)
    messages = [{"role": "system", "content": role.system_prompt}] if role.system_prompt else []
    messages.append({"role": "user", "content": "\n\n".join(parts)})
    return messages


def fill(role: Role, template: str, *, question: str, topic: str, turns: Sequence[dict[str, Any]],
         round_: int, rounds: int) -> str:
    """Fill an instruction's placeholders from the debate state."""
    last = turns[-1] if turns else None
    return render_template(
        template,
        name=role.name,
        question=question or topic,
        topic=topic or question,
        last_turn=last["text"] if last else "",
        last_speaker=last["speaker"] if last else "",
        round=round_,
        rounds=rounds,
    )


def parse_verdict(text: str) -> tuple[str, str]:
    """Read a judge's reply: ``("stop" | "continue", reason)``; unreadable replies mean continue."""
    match = _VERDICT_RE.search(text)
    verdict = match.group(1).lower() if match else "continue"
    reason = text[match.end():] if match else text
    return verdict, reason.strip(" \n:.-—") or text.strip()


def _shingles(text: str, n: int = 3) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    if len(words) < n:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of word trigrams (1.0 for identical texts)."""
    sa, sb = _shingles(a), _shingles(b)
    if not sa or not sb:
        return 1.0 if a.strip().lower() == b.strip().lower() else 0.0
    return len(sa & sb) / len(sa | sb)


def find_repetition(turns: Sequence[dict[str, Any]], threshold: float) -> str | None:
    """A reason when a turn of the last round repeats an earlier turn of the same speaker."""
    if not turns:
        return None
    last_round = turns[-1]["round"]
    for t in (t for t in turns if t["round"] == last_round):
        for earlier in turns:
            if earlier["round"] >= last_round or earlier["speaker"] != t["speaker"]:
                continue
            if similarity(t["text"], earlier["text"]) >= threshold:
                return f"{t['speaker']} repeated turn {earlier['turn']} in turn {t['turn']}"
    return None


def trim_to_question(text: str) -> str:
    """Keep text up to and including its first question mark (the whole text when there is none)."""
    cut = text.find("?")
    return text[: cut + 1] if cut >= 0 else text
