"""Events of a streamed answer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from corpus.schema import Answer


@dataclass
class AnswerEvent:
    """A draft token of an LLM answer, or the final (verified) answer."""

    kind: Literal["token", "answer"]
    text: str = ""
    answer: Answer | None = None
