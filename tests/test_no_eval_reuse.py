"""Tests do not reuse evaluation items: no string in a test module is (or contains, or is contained
in) a question of a golden set, so a test passing never stands in for a measured figure."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parent.parent
_NOISE = re.compile(r"[\s？?。.!！,，、：:；;“”\"'()（）]")


def _norm(text: str) -> str:
    return _NOISE.sub("", text).lower()


def eval_questions() -> list[tuple[str, str]]:
    out = []
    for path in sorted((ROOT / "eval" / "data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                question = json.loads(line).get("question")
                if isinstance(question, str):
                    out.append((path.name, _norm(question)))
    return out


def test_no_test_string_is_an_evaluation_question() -> None:
    questions = eval_questions()
    assert len(questions) > 500  # the sets are there
    clashes = []
    for module in sorted((ROOT / "tests").glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            text = _norm(node.value)
            if len(text) < 8:
                continue
            for name, q in questions:
                if text == q or (len(text) >= 12 and text in q) or (len(q) >= 12 and q in text):
                    clashes.append(f"{module.name}:{node.lineno} reuses a question of {name}: {node.value[:40]!r}")
                    break
    assert not clashes, "\n".join(clashes)
