"""Officers' feedback on answers (👍/👎 with an optional comment), the evaluators' feedback queue,
and promotion of an item into a golden set with gold articles.

The question, answer and comment are de-identified before they are kept (the same engine as the
audit log's questions). A promoted item becomes a :class:`eval.datasets.GoldItem` of split
``field`` (held apart from every tuning choice, see eval/runner.py ``HELDOUT_SPLITS``);
``jingzhi eval export-golden`` writes them to ``eval/data/<set>.jsonl``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlmodel import Session, col, select

from api.db import Database, NotFoundError
from api.workbench.models import FeedbackItem, now
from eval.datasets import GoldArticle, GoldItem, load_items
from retrieval.filters import SearchFilters
from retrieval.store import QdrantStore

SET_NAME = re.compile(r"^[a-z][a-z0-9_]{0,40}$")
#: The golden set promoted items go to unless the evaluator names another.
DEFAULT_SET = "field_feedback"


class FeedbackError(ValueError):
    """Feedback or a promotion was refused; ``value`` is the offending value."""

    def __init__(self, message: str, value: object = None) -> None:
        super().__init__(message)
        self.value = value


class CitationIn(BaseModel):
    """A citation of the answer as the page shows it."""

    n: int = Field(ge=0, le=100)
    article_id: str = Field(default="", max_length=500)
    label: str = Field(default="", max_length=300)


class FeedbackInput(BaseModel):
    """``POST /v1/feedback`` body."""

    question: str = Field(min_length=1, max_length=2000)
    answer: str = Field(default="", max_length=16000)
    citations: list[CitationIn] = Field(default_factory=list, max_length=30)
    vote: Literal["up", "down"]
    comment: str = Field(default="", max_length=2000)


class PromoteInput(BaseModel):
    """``POST /v1/feedback/{id}/promote`` body."""

    gold_articles: list[str] = Field(default_factory=list, max_length=20, description="source#article")
    answerable: bool = True
    golden_set: str = Field(default=DEFAULT_SET, max_length=41)
    must_mention: list[str] = Field(default_factory=list, max_length=10)


def _json(f: FeedbackItem) -> dict[str, Any]:
    return {
        "id": f.id,
        "at": f.at.isoformat(),
        "who": f.username,
        "question": f.question,
        "answer": f.answer,
        "citations": json.loads(f.citations),
        "vote": "up" if f.vote > 0 else "down",
        "comment": f.comment,
        "status": f.status,
        "golden_set": f.golden_set,
        "gold_articles": json.loads(f.gold_articles) if f.gold_articles else [],
        "promoted_by": f.promoted_by,
    }


class FeedbackBook:
    """Feedback rows and promotion to golden items."""

    def __init__(self, db: Database, store: QdrantStore, deidentify: Callable[[str], str]) -> None:
        self.db = db
        self.store = store
        self.deidentify = deidentify

    def add(self, body: FeedbackInput, user: str) -> dict[str, Any]:
        """Keep one vote (de-identified)."""
        with Session(self.db.engine) as session:
            row = FeedbackItem(
                username=user,
                question=self.deidentify(body.question)[:4000],
                answer=self.deidentify(body.answer)[:16000] if body.answer else "",
                citations=json.dumps([c.model_dump() for c in body.citations], ensure_ascii=False),
                vote=1 if body.vote == "up" else -1,
                comment=self.deidentify(body.comment)[:2000] if body.comment else "",
            )
            session.add(row)
            session.commit()
            session.refresh(row)
            return _json(row)

    def queue(self, status: str | None = "new", vote: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Feedback, 👎 first then newest first."""
        query = select(FeedbackItem)
        if status:
            query = query.where(FeedbackItem.status == status)
        if vote:
            query = query.where(FeedbackItem.vote == (1 if vote == "up" else -1))
        query = query.order_by(col(FeedbackItem.vote), col(FeedbackItem.id).desc()).limit(limit)
        with Session(self.db.engine) as session:
            return [_json(f) for f in session.exec(query)]

    def promote(self, item: int, body: PromoteInput, user: str) -> dict[str, Any]:
        """Make an item a golden question of ``body.golden_set`` with its gold articles."""
        if not SET_NAME.fullmatch(body.golden_set):
            raise FeedbackError(
                f"golden set name {body.golden_set!r} must be lower-case letters, digits, '_'", body.golden_set
            )
        if body.answerable and not body.gold_articles:
            raise FeedbackError("an answerable golden question needs at least one gold article", [])
        wanted = list(dict.fromkeys(body.gold_articles))
        found = {
            str(p.payload["article_id"]) for p in self.store.find_articles(wanted, SearchFilters(in_force_only=False))
        }
        for a in wanted:
            if a not in found:
                raise FeedbackError(f"gold article {a!r} does not exist in the corpus (source#article)", a)
        with Session(self.db.engine) as session:
            row = session.get(FeedbackItem, item)
            if row is None:
                raise NotFoundError(f"no feedback item {item}")
            row.status, row.golden_set, row.promoted_by, row.promoted_at = "promoted", body.golden_set, user, now()
            row.gold_articles = json.dumps(
                {"articles": wanted, "answerable": body.answerable, "must_mention": body.must_mention},
                ensure_ascii=False,
            )
            session.add(row)
            session.commit()
            session.refresh(row)
            return _json(row)

    def dismiss(self, item: int, user: str) -> dict[str, Any]:
        """Take an item off the queue without promoting it."""
        with Session(self.db.engine) as session:
            row = session.get(FeedbackItem, item)
            if row is None:
                raise NotFoundError(f"no feedback item {item}")
            row.status, row.promoted_by = "dismissed", user
            session.add(row)
            session.commit()
            session.refresh(row)
            return _json(row)


def golden_items(db: Database) -> dict[str, list[GoldItem]]:
    """Promoted feedback items as golden questions, per set."""
    out: dict[str, list[GoldItem]] = {}
    with Session(db.engine) as session:
        rows = session.exec(
            select(FeedbackItem).where(FeedbackItem.status == "promoted").order_by(col(FeedbackItem.id))
        )
        for r in rows:
            meta = json.loads(r.gold_articles or "{}")
            gold = []
            for a in meta.get("articles", []):
                source, _, article = a.partition("#")
                gold.append(GoldArticle(article=article, corpus_file=source, exists_in_corpus=True))
            out.setdefault(r.golden_set or DEFAULT_SET, []).append(
                GoldItem(
                    id=f"field-{r.id:05d}",
                    question=r.question,
                    gold_articles=gold,
                    must_mention=list(meta.get("must_mention", [])),
                    answerable=bool(meta.get("answerable", True)),
                    tags={"split": "field", "feedback": "up" if r.vote > 0 else "down", "lang": "zh"},
                    source="officer feedback",
                )
            )
    return out


def export_golden(items: dict[str, list[GoldItem]], directory: Path) -> dict[str, int]:
    """Write each set to ``directory/<set>.jsonl``, keeping items already there (by id; the
    database's version wins), sorted by id; returns items per file."""
    directory.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    for name, new in items.items():
        path = directory / f"{name}.jsonl"
        merged = {i.id: i for i in (load_items(path) if path.exists() else [])}
        merged.update({i.id: i for i in new})
        lines = [merged[k].model_dump_json(exclude_defaults=True) for k in sorted(merged)]
        tmp = path.with_suffix(".jsonl.tmp")
        tmp.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        tmp.replace(path)
        written[str(path)] = len(lines)
    return written
