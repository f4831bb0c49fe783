"""agents: adversarial multi-agent debates on one shared X-LoRA model, built on LangGraph.

Quick start::

    from agents import Debate, DebateWorkflow, ModelProvider
    provider = ModelProvider()
    model = provider.chat_model("default")            # or "fake:echo" for a deterministic fake
    workflow = DebateWorkflow(Debate(question="Why is spider silk tough?", rounds=2), model)
    state = workflow.compile().invoke(workflow.initial_state("d1"),
                                      {"recursion_limit": workflow.recursion_limit()})

Importing this package loads no torch model; models load when first asked for.
"""

from agents.chat import XLoRAChatModel
from agents.fake import FakeDebateModel
from agents.models import ModelProvider, ModelSpecError
from agents.roles import ROLE_KINDS, ExpertSteering, Role, Sampling, builtin_role
from agents.runner import DebateRun, RunError, RunResult, resume_run, start_run
from agents.script import DebateFile, DebateFileError, check_debate_file, load_debate_file
from agents.workflow import Debate, DebateState, DebateWorkflow

__all__ = [
    "ROLE_KINDS",
    "Debate",
    "DebateFile",
    "DebateFileError",
    "DebateRun",
    "DebateState",
    "DebateWorkflow",
    "ExpertSteering",
    "FakeDebateModel",
    "ModelProvider",
    "ModelSpecError",
    "Role",
    "RunError",
    "RunResult",
    "Sampling",
    "XLoRAChatModel",
    "builtin_role",
    "check_debate_file",
    "load_debate_file",
    "resume_run",
    "start_run",
]
