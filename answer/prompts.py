"""Prompts as versioned files with typed inputs (``answer/prompts/*.toml``)."""

from __future__ import annotations

import string
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from corpus.schema import SearchHit

PROMPT_DIR = Path(__file__).resolve().parent / "prompts"

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


class PromptError(ValueError):
    """A prompt file is missing, malformed, or does not declare the inputs it uses."""


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


class Prompt:
    """A prompt file: system and user templates with declared inputs and a version."""

    def __init__(self, name: str = "answer", version: str = "1", directory: Path = PROMPT_DIR) -> None:
        path = directory / f"{name}.v{version}.toml"
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise PromptError(f"cannot read prompt {path}: {exc}") from exc
        if str(raw.get("version")) != version or raw.get("name") != name:
            raise PromptError(f"{path.name}: declares name={raw.get('name')!r} version={raw.get('version')!r}")
        self.name, self.version = name, version
        self.system = string.Template(raw["system"])
        self.user = string.Template(raw["user"])
        declared = set(raw.get("inputs", []))
        used = {
            m.group("named") or m.group("braced")
            for t in (self.system, self.user)
            for m in t.pattern.finditer(t.template)
            if m.group("named") or m.group("braced")
        }
        if used - declared:
            raise PromptError(f"{path.name}: uses undeclared inputs {sorted(used - declared)}")

    @property
    def id(self) -> str:
        """``answer@v1``."""
        return f"{self.name}@v{self.version}"

    def render_values(self, values: dict[str, str]) -> list[dict[str, str]]:
        """Chat messages from raw values (every declared input must be given)."""
        return [
            {"role": "system", "content": self.system.substitute(values)},
            {"role": "user", "content": self.user.substitute(values)},
        ]

    def render(self, data: AnswerPromptInput) -> list[dict[str, str]]:
        """Chat messages for the model."""
        values = {
            "question": data.question,
            "evidence": "\n\n".join(f"[{e.n}] {e.label}\n{e.text}" for e in data.evidence),
            "language_name": LANGUAGE_NAMES.get(data.lang, "the language of the question"),
            "style": STYLES[data.style],
        }
        return self.render_values(values)
