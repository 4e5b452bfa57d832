"""Prompts as versioned files with declared inputs (``llm/prompts/<name>.v<version>.toml``)."""

from __future__ import annotations

import string
import tomllib
from pathlib import Path

PROMPT_DIR = Path(__file__).resolve().parent / "prompts"


class PromptError(ValueError):
    """A prompt file is missing, malformed, or does not declare the inputs it uses."""


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
