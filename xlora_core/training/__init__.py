"""Training of LoRA experts and of the X-LoRA gate, and evaluation on held-out data."""

from .data import ChatExample, CorpusError, load_corpus
from .lora import train_expert

__all__ = ["ChatExample", "CorpusError", "load_corpus", "train_expert"]
