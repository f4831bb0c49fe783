"""A custom panel in Python: two answerers, a devil's advocate, a judge, and a user node.

Run it on the fake model (instant, no torch) or on the shipped X-LoRA model::

    python examples/custom_panel.py                 # fake:echo
    python examples/custom_panel.py default         # the real default model (a few minutes on CPU)

Every role shares one model; each role's expert steering travels with its own requests.
"""

from __future__ import annotations

import sys
from typing import Any

from langgraph.checkpoint.memory import InMemorySaver

from agents import Debate, DebateWorkflow, ExpertSteering, ModelProvider, Role, builtin_role


def panel(model_names: tuple[str, ...]) -> Debate:
    """The panel: steering toward experts only when the model has them."""
    bias = {model_names[0]: 1.5} if model_names else {}
    roles = {
        "moderator": builtin_role("asker", name="moderator", max_tokens=40),
        "chemist": builtin_role(
            "answerer", name="chemist", max_tokens=64,
            system_prompt="You are a protein chemist. Your answers are brief, accurate and creative.",
            experts=ExpertSteering(bias=bias),
        ),
        "engineer": builtin_role(
            "answerer", name="engineer", max_tokens=64, window=3,
            system_prompt="You are a materials engineer who thinks in stiffness, strength and toughness.",
        ),
        "devil": Role(
            name="devil", kind="devils_advocate", max_tokens=48,
            system_prompt="You are a sceptical reviewer.",
            instruction="{last_speaker} just said: \"{last_turn}\". Attack its weakest claim in two sentences.",
        ),
    }
    return Debate(
        title="Custom panel",
        question="Could the peptide AAAAAIIAAAA be a building block for a tough material?",
        rounds=2,
        roles=roles,
        order=("moderator", "chemist", "engineer", "devil"),
        judge=builtin_role("judge"),
        summarizer=builtin_role("summarizer", max_tokens=64),
        seed=0,
    )


def word_count(state: dict[str, Any]) -> dict[str, Any]:
    """A user node: runs after every turn and keeps notes in the (JSON-plain) state."""
    last = state["turns"][-1]
    return {"notes": {f"turn_{last['turn']}_words": len(last["text"].split())}}


def main(spec: str = "fake:echo") -> None:
    provider = ModelProvider()
    try:
        model = provider.chat_model(spec)  # the one shared model
        debate = panel(tuple(getattr(model, "expert_names", ())))
        workflow = DebateWorkflow(debate, model, after_turn=[("word_count", word_count)])
        app = workflow.compile(checkpointer=InMemorySaver())
        config = {"configurable": {"thread_id": "panel"}, "recursion_limit": workflow.recursion_limit()}
        for part in app.stream(workflow.initial_state("panel"), config, stream_mode=["custom"], version="v2"):
            event = part["data"]
            if event["event"] == "turn_start":
                print(f"\n[{event['speaker']} / {event['role']}] ", end="", flush=True)
            elif event["event"] == "token":
                print(event["text"], end="", flush=True)
            elif event["event"] == "verdict":
                print(f"\n[judge] {event['verdict']}: {event['reason']}")
        state = app.get_state(config).values
        print(f"\n\n{len(state['turns'])} turns; ended: {state['stop_reason']}")
        print("notes:", state["notes"])
    finally:
        provider.close()


if __name__ == "__main__":
    main(*sys.argv[1:2])
