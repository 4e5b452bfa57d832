"""Golden question sets: one JSONL format for the dev set, the police-scenario set and the
unanswerable set (see docs/evaluation.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

DATA_DIR = Path(__file__).resolve().parent / "data"


class GoldArticle(BaseModel):
    """A gold article: the source file and the article heading."""

    law: str = ""
    article: str
    corpus_file: str | None = None
    exists_in_corpus: bool = True

    @property
    def article_id(self) -> str | None:
        """``source#article`` when the article is in the corpus."""
        if not self.exists_in_corpus or not self.corpus_file:
            return None
        return f"{self.corpus_file}#{self.article}"


class GoldItem(BaseModel):
    """One evaluation question."""

    id: str
    question: str
    answer: str = ""
    gold_articles: list[GoldArticle] = Field(default_factory=list)
    must_mention: list[str] = Field(default_factory=list)
    answerable: bool = True
    tags: dict[str, Any] = Field(default_factory=dict)
    task: str = ""
    source: str = ""

    @property
    def gold_ids(self) -> set[str]:
        """Article identities of the gold articles present in the corpus."""
        return {a for g in self.gold_articles if (a := g.article_id)}


class DatasetError(ValueError):
    """A golden-set file is malformed (names file and line)."""


def load_items(path: Path) -> list[GoldItem]:
    """Read a JSONL golden set; every line must be a valid item."""
    items: list[GoldItem] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DatasetError(f"cannot read dataset {path}: {exc}") from exc
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw: dict[str, Any] = json.loads(line)
            items.append(GoldItem.model_validate(raw))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise DatasetError(f"{path}:{n}: invalid item: {exc}") from exc
    return items


#: The golden sets `jingzhi eval` runs by default: (file, keep only items whose gold is in the corpus).
#: Items of their test/holdout splits are aggregated apart (EvalRun.splits["heldout"]).
DEFAULT_SETS: tuple[tuple[str, bool], ...] = (
    ("legal_dev.jsonl", True),
    ("police_scenarios.jsonl", False),
    ("police_unseen.jsonl", False),
    ("multilingual.jsonl", False),
    ("stard.jsonl", False),
    ("unanswerable.jsonl", False),
    ("out_of_corpus.jsonl", False),
)


def default_sets(limit: int | None = None) -> list[tuple[str, list[GoldItem]]]:
    """The default golden sets, each cut to its first ``limit`` items (a fast subset)."""
    sets = []
    for name, gold_only in DEFAULT_SETS:
        items = load_items(DATA_DIR / name)
        if gold_only:
            items = [i for i in items if i.gold_ids]
        sets.append((Path(name).stem, items[:limit] if limit else items))
    return sets
