"""Curated practical Q&A entries: written by trainers and annotators, reviewed before they are
served, then embedded, searched and cited like any passage (document type ``qa``, source
:data:`QA_SOURCE`, article ``问答N``).

Every cited article must exist (else 422 naming it). Serving is a publish step: the reviewed
entries whose cited articles are all in force today become the passages of :data:`QA_SOURCE`
(through :meth:`IngestPipeline.store_passages`, which embeds only new or changed entries); an
entry citing an article no longer in force is flagged, with the article named, and not served.
Any write re-publishes, and so does :meth:`QaBook.publish` on its own (``jingzhi`` after a new
law took effect).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import BaseModel, Field, field_validator
from sqlmodel import Session, col, select

from api.db import Database, NotFoundError
from api.workbench.models import QaEntry, now
from corpus.schema import DocType, Label, Passage, Provenance
from ingest.cases import ALWAYS
from ingest.pipeline import IngestPipeline
from retrieval.filters import SearchFilters
from retrieval.store import QdrantStore

log = logging.getLogger(__name__)
#: The source of every served Q&A passage.
QA_SOURCE = "qa/curated"
QA_TITLE = "实务问答"


class QaError(ValueError):
    """An entry was refused; ``value`` is the offending value (the 422 names it)."""

    def __init__(self, message: str, value: object = None) -> None:
        super().__init__(message)
        self.value = value


class QaInput(BaseModel):
    """What a writer sends (and one line of the JSON Lines import)."""

    question: str = Field(min_length=1, max_length=2000)
    answer: str = Field(min_length=1, max_length=8000)
    articles: list[str] = Field(min_length=1, max_length=20, description="source#article the answer rests on")
    district: str | None = Field(default=None, max_length=40)

    @field_validator("question", "answer")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("must not be blank")
        return v.strip()


def entry_json(e: QaEntry) -> dict[str, Any]:
    """An entry as the API and the export show it."""
    return {
        "id": e.id,
        "question": e.question,
        "answer": e.answer,
        "articles": json.loads(e.articles),
        "district": e.district,
        "status": e.status,
        "flag_reason": e.flag_reason,
        "author": e.author,
        "reviewed_by": e.reviewed_by,
        "created_at": e.created_at.isoformat(),
        "updated_at": e.updated_at.isoformat(),
    }


def qa_passage(e: QaEntry) -> Passage:
    """The passage a reviewed entry is served as."""
    assert e.id is not None
    articles = json.loads(e.articles)
    return Passage(
        source=QA_SOURCE,
        doc_type=DocType.QA,
        law=QA_TITLE,
        short=QA_TITLE,
        version="",
        effective=ALWAYS,
        path=[QA_TITLE],
        article=f"问答{e.id}",
        article_no=e.id,
        text=f"问：{e.question}\n答：{e.answer}",
        paragraphs=[f"问：{e.question}", f"答：{e.answer}"],
        labels=[
            Label(kind="legal_clause", value=a, confidence=1.0, provenance=Provenance.HUMAN, annotator=e.author)
            for a in articles
        ],
        district=e.district,
    )


class QaBook:
    """Curated Q&A entries in the database, and their served passages in the store."""

    def __init__(
        self,
        db: Database,
        store: QdrantStore,
        pipeline: Callable[[], IngestPipeline],
        on_published: Callable[[], None] | None = None,
    ) -> None:
        self.db = db
        self.store = store
        self.pipeline = pipeline
        #: Called after the served passages changed (the API reloads the search's mirror).
        self.on_published = on_published
        self._lock = threading.Lock()

    def _check_exist(self, articles: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(articles))
        found = {
            str(p.payload["article_id"]) for p in self.store.find_articles(wanted, SearchFilters(in_force_only=False))
        }
        for a in wanted:
            if a not in found:
                raise QaError(f"article {a!r} does not exist in the corpus (source#article)", a)

    def _in_force(self, articles: list[str]) -> set[str]:
        return {str(p.payload["article_id"]) for p in self.store.find_articles(articles, SearchFilters())}

    def entries(self, status: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Entries, newest change first."""
        query = select(QaEntry)
        if status:
            query = query.where(QaEntry.status == status)
        query = query.order_by(col(QaEntry.updated_at).desc(), col(QaEntry.id).desc()).offset(offset).limit(limit)
        with Session(self.db.engine) as session:
            return [entry_json(e) for e in session.exec(query)]

    def get(self, entry_id: int) -> dict[str, Any]:
        """One entry (NotFoundError when none)."""
        with Session(self.db.engine) as session:
            e = session.get(QaEntry, entry_id)
            if e is None:
                raise NotFoundError(f"no Q&A entry {entry_id}")
            return entry_json(e)

    def create(self, body: QaInput, author: str) -> dict[str, Any]:
        """A new draft entry (not served until reviewed)."""
        self._check_exist(body.articles)
        with Session(self.db.engine) as session:
            e = QaEntry(
                question=body.question,
                answer=body.answer,
                articles=json.dumps(list(dict.fromkeys(body.articles)), ensure_ascii=False),
                district=body.district,
                author=author,
            )
            session.add(e)
            session.commit()
            session.refresh(e)
            return entry_json(e)

    def update(self, entry_id: int, body: QaInput, user: str) -> dict[str, Any]:
        """Edit an entry: it is a draft again (and no longer served) until reviewed again."""
        self._check_exist(body.articles)
        with self._lock, Session(self.db.engine) as session:
            e = session.get(QaEntry, entry_id)
            if e is None:
                raise NotFoundError(f"no Q&A entry {entry_id}")
            was_served = e.status == "reviewed"
            e.question, e.answer, e.district = body.question, body.answer, body.district
            e.articles = json.dumps(list(dict.fromkeys(body.articles)), ensure_ascii=False)
            e.status, e.flag_reason, e.reviewed_by, e.updated_at = "draft", "", None, now()
            session.add(e)
            session.commit()
            session.refresh(e)
            out = entry_json(e)
        log.info("%s edited Q&A entry %s", user, entry_id)
        if was_served:
            self.publish()
        return out

    def review(self, entry_id: int, reviewer: str, approve: bool = True) -> dict[str, Any]:
        """Approve an entry for serving (flagged instead when a cited article is not in force), or
        send it back to draft; then publish."""
        with self._lock, Session(self.db.engine) as session:
            e = session.get(QaEntry, entry_id)
            if e is None:
                raise NotFoundError(f"no Q&A entry {entry_id}")
            e.status = "reviewed" if approve else "draft"
            e.reviewed_by = reviewer if approve else None
            e.flag_reason = ""
            e.updated_at = now()
            session.add(e)
            session.commit()
        self.publish()
        return self.get(entry_id)

    def publish(self) -> dict[str, int]:
        """Serve exactly the reviewed entries whose cited articles are all in force; flag the rest."""
        with self._lock:
            passages: list[Passage] = []
            flagged = 0
            with Session(self.db.engine) as session:
                rows = list(session.exec(select(QaEntry).where(col(QaEntry.status).in_(["reviewed", "flagged"]))))
                for e in rows:
                    articles = json.loads(e.articles)
                    in_force = self._in_force(articles)
                    missing = [a for a in articles if a not in in_force]
                    if missing:
                        e.status = "flagged"
                        e.flag_reason = f"cited articles not in force: {', '.join(missing)}"
                        flagged += 1
                    else:
                        e.status, e.flag_reason = "reviewed", ""
                        passages.append(qa_passage(e))
                    session.add(e)
                session.commit()
            report = self.pipeline().store_passages(QA_SOURCE, passages)
        log.info("published %d curated Q&A entries (%d flagged, %d embedded)", len(passages), flagged, report.embedded)
        if self.on_published is not None:
            self.on_published()
        return {"served": len(passages), "flagged": flagged, "embedded": report.embedded}

    def import_jsonl(self, text: str, author: str) -> list[dict[str, Any]]:
        """Import entries (one :class:`QaInput` JSON object a line) as drafts: every line is
        checked first, and nothing is imported when one is bad (the error names its line)."""
        bodies: list[QaInput] = []
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                body = QaInput.model_validate_json(line)
            except ValueError as exc:
                raise QaError(f"line {n}: {exc}", n) from None
            try:
                self._check_exist(body.articles)
            except QaError as exc:
                raise QaError(f"line {n}: {exc}", exc.value) from None
            bodies.append(body)
        if not bodies:
            raise QaError("no entries in the file", None)
        return [self.create(b, author) for b in bodies]

    def export_jsonl(self) -> str:
        """Every entry as JSON Lines (importable again: the fields of :class:`QaInput` plus state)."""
        with Session(self.db.engine) as session:
            rows = list(session.exec(select(QaEntry).order_by(col(QaEntry.id))))
        return "".join(json.dumps(entry_json(e), ensure_ascii=False) + "\n" for e in rows)
