"""The package layering (docs/architecture.md, "Dependencies"), enforced by reading every import
(module level and inside functions) of every project module with ``ast``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("corpus", "llm", "guardrails", "retrieval", "ingest", "answer", "training", "eval", "api")

#: package -> the project packages it may import (besides itself).
ALLOWED: dict[str, set[str]] = {
    "corpus": set(),
    "llm": set(),
    "guardrails": {"corpus"},
    "retrieval": {"corpus"},
    "ingest": {"corpus", "guardrails", "retrieval", "llm"},
    "answer": {"corpus", "guardrails", "retrieval", "llm", "ingest"},
    "training": {"corpus", "guardrails", "retrieval", "llm", "ingest", "answer"},
    "eval": {"corpus", "guardrails", "retrieval", "llm", "ingest", "answer"},
    "api": {"corpus", "guardrails", "retrieval", "llm", "ingest", "answer", "training", "eval"},
}


def imports_of(path: Path) -> list[tuple[str, list[str], int]]:
    """(module, imported names, line) for every import statement in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    out: list[tuple[str, list[str], int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(a.name, [], node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append((node.module, [a.name for a in node.names], node.lineno))
    return out


def project_modules() -> list[tuple[str, Path]]:
    return [(pkg, p) for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py")) if "data" not in p.parts]


def test_every_package_imports_only_the_layers_below_it() -> None:
    bad = []
    for pkg, path in project_modules():
        for module, _, line in imports_of(path):
            top = module.split(".")[0]
            if top in PACKAGES and top != pkg and top not in ALLOWED[pkg]:
                bad.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    assert not bad, "\n".join(bad)


def test_the_three_named_edges_are_gone() -> None:
    """ingest does not use the answer stage; country knowledge is corpus data; the citation check
    is handed its analyzers instead of importing the retrieval stage."""
    labeller = [m for m, _, _ in imports_of(ROOT / "ingest" / "labeller.py")]
    assert not [m for m in labeller if m.startswith("answer")], labeller
    for name in ("lesson.py", "sop.py"):
        for module, names, _ in imports_of(ROOT / "answer" / name):
            assert not (module.startswith("ingest") and "CountryNames" in names), name
    citations = [m for m, _, _ in imports_of(ROOT / "guardrails" / "citations.py")]
    assert not [m for m in citations if m.split(".")[0] in PACKAGES], citations


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    """The walker finds imports inside functions too (a lazy import is still a dependency)."""
    f = tmp_path / "m.py"
    f.write_text("def f():\n    from answer.llm import LLMAnswerer\n    import retrieval.store\n")
    assert [(m, n) for m, n, _ in imports_of(f)] == [("answer.llm", ["LLMAnswerer"]), ("retrieval.store", [])]
