"""Relational tables of the workbench (made by migration 0003).

* :class:`LabelChange`: one row per saved label change (who, when, before, after, note); never
  updated, so the history is complete and two concurrent saves are both kept, in order.
* :class:`HumanLabelState`: the labels people set on a passage now, for the content they reviewed
  (what a re-ingest re-applies and what the queue compares with the stored content).
* :class:`QaEntry`: a curated question-and-answer entry and its review state.
* :class:`FeedbackItem`: an officer's 👍/👎 on an answer, and its promotion into a golden set.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Text
from sqlmodel import Field, SQLModel


def now() -> datetime:
    """The current time (UTC)."""
    return datetime.now(UTC)


class LabelChange(SQLModel, table=True):
    """One saved change of a passage's labels (JSON lists of ``{kind, value, ...}``)."""

    id: int | None = Field(default=None, primary_key=True)
    item: str = Field(max_length=32, index=True)
    article_id: str = Field(max_length=500)
    username: str = Field(max_length=64)
    at: datetime = Field(default_factory=now)
    kinds: str = Field(max_length=200)
    before: str = Field(sa_type=Text)
    after: str = Field(sa_type=Text)
    note: str = Field(default="", max_length=1000)
    content_hash: str = Field(max_length=64)


class HumanLabelState(SQLModel, table=True):
    """The human labels of one passage now."""

    item: str = Field(primary_key=True, max_length=32)
    article_id: str = Field(max_length=500, index=True)
    content_hash: str = Field(max_length=64)
    kinds: str = Field(max_length=200)
    labels: str = Field(sa_type=Text)
    #: The machine labels the passage had before the first human change (a second annotator is
    #: shown these, not the first one's choice).
    machine: str = Field(sa_type=Text)
    updated_by: str = Field(max_length=64)
    updated_at: datetime = Field(default_factory=now)


class QaEntry(SQLModel, table=True):
    """A curated practical Q&A entry (``articles``: JSON list of ``source#article``)."""

    id: int | None = Field(default=None, primary_key=True)
    question: str = Field(max_length=2000)
    answer: str = Field(max_length=8000)
    articles: str = Field(sa_type=Text)
    district: str | None = Field(default=None, max_length=40)
    #: draft (written or edited, not served), reviewed (served), flagged (a cited article is not in force)
    status: str = Field(default="draft", max_length=20)
    flag_reason: str = Field(default="", max_length=1000)
    author: str = Field(max_length=64)
    reviewed_by: str | None = Field(default=None, max_length=64)
    created_at: datetime = Field(default_factory=now)
    updated_at: datetime = Field(default_factory=now)


class FeedbackItem(SQLModel, table=True):
    """An officer's vote on an answer (question and comment de-identified before they are kept)."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=now)
    username: str = Field(max_length=64)
    question: str = Field(max_length=4000)
    answer: str = Field(max_length=16000)
    citations: str = Field(sa_type=Text)
    vote: int
    comment: str = Field(default="", max_length=2000)
    #: new, promoted or dismissed
    status: str = Field(default="new", max_length=20, index=True)
    golden_set: str | None = Field(default=None, max_length=64)
    gold_articles: str | None = Field(default=None, sa_type=Text)
    promoted_by: str | None = Field(default=None, max_length=64)
    promoted_at: datetime | None = None
