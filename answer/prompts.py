"""Typed inputs of the answer prompt (``llm/prompts/answer.v1.toml``) and its rendering."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from corpus.schema import SearchHit
from llm.prompts import Prompt

LANGUAGE_NAMES = {
    "zh": "简体中文 (Simplified Chinese)",
    "en": "English",
    "ru": "Russian (русский)",
    "ar": "Arabic (العربية)",
}
STYLES = {
    "short": "Keep the answer short: at most four sentences.",
    "steps": "Answer as short numbered steps an officer can follow.",
}


class EvidenceItem(BaseModel):
    """One numbered piece of evidence as the model sees it."""

    n: int = Field(ge=1)
    label: str = Field(max_length=200)
    text: str = Field(max_length=8000)


class AnswerPromptInput(BaseModel):
    """Typed inputs of the answer prompt."""

    question: str = Field(min_length=1, max_length=2000)
    evidence: list[EvidenceItem] = Field(min_length=1, max_length=10)
    lang: str = "zh"
    style: Literal["short", "steps"] = "short"

    @classmethod
    def from_hits(
        cls,
        question: str,
        hits: list[SearchHit],
        lang: str,
        style: Literal["short", "steps"] = "short",
        max_chars: int = 1200,
    ) -> AnswerPromptInput:
        """Number the hits 1..n with their law, version and article (texts cut at ``max_chars``)."""
        items = [
            EvidenceItem(n=i, label=f"《{h.short}》（{h.version}）{h.article}", text=h.text[:max_chars])
            for i, h in enumerate(hits, start=1)
        ]
        return cls(question=question, evidence=items, lang=lang, style=style)


def render_answer(prompt: Prompt, data: AnswerPromptInput) -> list[dict[str, str]]:
    """Chat messages for the answer prompt."""
    values = {
        "question": data.question,
        "evidence": "\n\n".join(f"[{e.n}] {e.label}\n{e.text}" for e in data.evidence),
        "language_name": LANGUAGE_NAMES.get(data.lang, "the language of the question"),
        "style": STYLES[data.style],
    }
    return prompt.render_values(values)
