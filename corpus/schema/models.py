"""Typed data model shared by ingest, retrieval, answering and the API.

Evidence identity is ``(source, article)``: ``source`` is the path relative to the corpus root
(``laws_cn/出境入境管理法_2012.md``), ``article`` the heading as written (``第七十八条``,
``第二百八十七条之二``, ``Article 36``).
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

#: Namespace for deterministic point ids (uuid5 of source, article, part and content hash).
POINT_NAMESPACE = uuid.UUID("6f0c1e52-8d1f-4b55-9a43-3f3f0c6a1a11")

#: Far-future day used when a text has not been superseded (kept as an int for range filters).
NEVER = 99991231

#: Version of the stored payload layout; bumping it rewrites every point on the next ingest.
PAYLOAD_SCHEMA = 4


class DocType(StrEnum):
    """Kind of source a passage comes from."""

    LAW = "law"
    TREATY = "treaty"
    CASE = "case"
    TABOO = "taboo"
    #: a curated practical question-and-answer entry (written by trainers/annotators, reviewed
    #: before it is served; see api/workbench/qa.py)
    QA = "qa"


class Role(StrEnum):
    """What an article does, from the text's structure (used for the conduct-and-penalty lane)."""

    OFFENCE = "offence"  # defines conduct and its penalty: 刑法分则, 违反治安管理的行为和处罚, 法律责任
    PROCEDURE = "procedure"  # articles of procedure codes
    GENERAL = "general"  # everything else


class Provenance(StrEnum):
    """Where a label came from."""

    RULE = "rule"
    EMBEDDING = "embedding"
    LLM = "llm"
    ANNOTATOR = "annotator"  # curated with the source (taboo notes)
    HUMAN = "human"  # set by a named person on the annotator page (``Label.annotator``)


def ymd(day: date | None) -> int | None:
    """Encode a date as an int ``YYYYMMDD`` (payload range filters work on numbers in every backend)."""
    return None if day is None else day.year * 10000 + day.month * 100 + day.day


def content_hash(text: str) -> str:
    """SHA-256 of a passage's text, hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class SourceDocument(BaseModel):
    """One source text (a statute version, a treaty, a case file) with its version metadata."""

    model_config = ConfigDict(frozen=True)

    source: str = Field(description="path relative to the corpus root")
    doc_type: DocType
    law: str = Field(description="full title, e.g. 中华人民共和国治安管理处罚法")
    short: str = Field(description="short title used in answers, e.g. 治安管理处罚法")
    aliases: tuple[str, ...] = ()
    kind: str = ""
    version: str = ""
    lang: str = "zh"
    promulgated: date | None = None
    effective: date | None = None
    superseded_by: str | None = None
    supersedes: str | None = None
    superseded_on: date | None = Field(
        default=None, description="day the successor version took effect (derived from the manifest)"
    )
    procedural: bool = Field(default=False, description="a procedure code (刑事诉讼法, 程序规定…)")
    part: str | None = Field(
        default=None,
        description="the book of a law published in several files (民法典 合同编); numbering runs across them",
    )
    note: str | None = None

    def in_force_on(self, day: date) -> bool:
        """True when this version governs conduct on ``day``."""
        if self.effective is not None and day < self.effective:
            return False
        return self.superseded_on is None or day < self.superseded_on


class Label(BaseModel):
    """A label on a passage with its confidence and provenance."""

    kind: Literal["case_type", "cultural_taboo", "legal_clause", "nationality", "region"]
    value: str = Field(max_length=200)
    confidence: float = Field(ge=0.0, le=1.0)
    provenance: Provenance
    annotator: str | None = Field(default=None, max_length=100, description="human labels: who set the label")
    role: Literal["suspect", "victim", "witness", "party"] | None = Field(
        default=None,
        description="nationality labels: the role of the person of that nationality in the case, so a "
        "victim's nationality is never counted as an offender's (the bias audit counts suspects only)",
    )


class Passage(BaseModel):
    """An article-level (or paragraph-level) unit of evidence, as stored in the vector store."""

    source: str
    doc_type: DocType
    law: str
    short: str
    version: str
    lang: str = "zh"
    effective: int | None = Field(default=None, description="YYYYMMDD the version took effect")
    superseded_on: int = Field(default=NEVER, description="YYYYMMDD a successor took effect")
    superseded_by: str | None = None
    path: list[str] = Field(default_factory=list, description="编/章/节 (or Chapter/Section) headings")
    article: str = Field(description="article heading as written: 第七十八条 / Article 36")
    article_no: int = Field(description="ordinal number of the article (之一 articles share it)")
    article_sub: int = Field(default=0, description="N of 之N, 0 for a plain article")
    heading: str | None = Field(default=None, description="treaty article title")
    role: Role = Role.GENERAL
    counterpart: str | None = Field(
        default=None,
        description="the matching article in the other version of this law (successor for a superseded text, "
        "predecessor for a current one)",
    )
    counterpart_source: str | None = None
    paragraph: int | None = Field(
        default=None, description="None for the whole article, else the 1-based paragraph number"
    )
    text: str = Field(description="the passage text (whole article, or one paragraph)")
    paragraphs: list[str] = Field(default_factory=list, description="all paragraphs of the article")
    line: int = Field(default=0, description="line of the article header in the source file")
    labels: list[Label] = Field(default_factory=list)
    district: str | None = Field(default=None, description="cases: the police district in the file's header")
    synthetic: bool = Field(default=False, description="cases: marked as synthetic data")
    review_status: str | None = Field(default=None, description="taboo notes: e.g. needs expert review")
    basis: str | None = Field(default=None, description="taboo notes: where the knowledge comes from")

    def label_values(self, kind: str) -> list[str]:
        """Values of one label kind, without repeats."""
        return list(dict.fromkeys(lb.value for lb in self.labels if lb.kind == kind))

    @property
    def article_id(self) -> str:
        """``source#article``: the identity shared by an article and its paragraph passages."""
        return f"{self.source}#{self.article}"

    @property
    def content_hash(self) -> str:
        """Hash over what is embedded and shown, so any textual change yields a new point."""
        return content_hash(self.embed_text())

    @property
    def point_id(self) -> str:
        """Deterministic point id: uuid5(schema, source, article, paragraph, role, content hash).

        The payload schema version and the derived role are part of it, so a change to either
        rewrites the point (its vector still comes from the cache: vectors are keyed by text).
        """
        part = "" if self.paragraph is None else f"p{self.paragraph}"
        link = f"{self.counterpart_source}#{self.counterpart}" if self.counterpart else ""
        labels = sorted(f"{lb.kind}={lb.value}@{lb.provenance.value}:{lb.confidence:.2f}" for lb in self.labels)
        derived = "|".join(
            [link, self.role.value, self.district or "", self.review_status or "", str(self.synthetic), *labels]
        )
        key = f"v{PAYLOAD_SCHEMA}#{self.article_id}#{part}#{content_hash(derived)}#{self.content_hash}"
        return str(uuid.uuid5(POINT_NAMESPACE, key))

    def embed_text(self) -> str:
        """Text given to the embedders: title, structure and article, then the passage text.

        The law's short title and the chapter path carry meaning the bare article text lacks
        (刑法 articles rarely name the law; a 节 heading names the offence family).
        """
        head = " ".join([self.short, *self.path[-2:], self.article, self.heading or ""]).strip()
        return f"{head}\n{self.text}"


class Citation(BaseModel):
    """A numbered citation shown under an answer; ``n`` matches the ``[n]`` markers in the text."""

    n: int = Field(ge=1)
    source: str
    article: str
    law: str
    short: str = ""
    version: str = ""
    doc_type: DocType = DocType.LAW
    in_force: bool = True
    superseded_by: str | None = None
    effective: int | None = None
    path: list[str] = Field(default_factory=list)
    heading: str | None = None
    paragraph: int | None = None
    review_status: str | None = Field(default=None, description="taboo notes: e.g. needs expert review")
    synthetic: bool = Field(default=False, description="cases: synthetic data")
    quote: str = Field(description="the clause the answer rests on")
    text: str = Field(description="the full article text, for the expandable citation")


class SearchHit(BaseModel):
    """One ranked article in a search result (paragraph points are folded into their article)."""

    rank: int = Field(ge=1)
    score: float
    source: str
    article: str
    law: str
    short: str
    version: str
    doc_type: DocType
    in_force: bool
    superseded_by: str | None = None
    effective: int | None = None
    path: list[str] = Field(default_factory=list)
    heading: str | None = None
    counterpart: str | None = Field(default=None, description="matching article in the other version")
    counterpart_source: str | None = None
    labels: list[Label] = Field(default_factory=list)
    district: str | None = None
    synthetic: bool = False
    review_status: str | None = None
    basis: str | None = None
    text: str = Field(description="full article text")
    paragraph: int | None = Field(default=None, description="best-matching paragraph, if one matched")
    paragraphs: list[str] = Field(default_factory=list)
    matched_by: list[str] = Field(
        default_factory=list, description="which retrievers found it: reference, dense, lexical"
    )
    dense_score: float | None = Field(default=None, description="cosine similarity of the best point")
    lexical_score: float | None = Field(default=None, description="BM25 score of the best point")
    relevance: float | None = Field(
        default=None, description="calibrated probability that the article addresses the question (1 for references)"
    )

    @property
    def article_id(self) -> str:
        """``source#article``."""
        return f"{self.source}#{self.article}"


class RemovedSentence(BaseModel):
    """A sentence of the model's draft that the citation verifier did not let through."""

    sentence: str
    reason: Literal["no-citation", "invalid-citation", "wrong-language", "unsupported"]


class VerificationReport(BaseModel):
    """How many of the model's sentences survived citation verification."""

    sentences: int = Field(ge=0, description="sentences in the model's draft")
    kept: int = Field(ge=0, description="sentences shown, each with a supporting citation")
    removed: list[RemovedSentence] = Field(default_factory=list)


class Answer(BaseModel):
    """What ``jingzhi ask --json`` prints and ``POST /v1/ask`` returns."""

    answer: str
    citations: list[Citation] = Field(default_factory=list)
    abstained: bool
    mode: Literal["extractive", "llm", "extractive-fallback"]
    lang: str
    notices: list[str] = Field(default_factory=list, description="e.g. superseded text, LLM unavailable")
    verification: VerificationReport | None = Field(default=None, description="LLM answers only")
    model: str | None = Field(default=None, description="LLM that drafted the answer")
    prompt: str | None = Field(default=None, description="prompt name and version, e.g. answer@v1")
    missing_law: str | None = Field(
        default=None, description="abstentions: the kind of law the question needs and the corpus lacks (税收法律)"
    )
    missing_laws: list[str] = Field(default_factory=list, description="abstentions: statutes of that kind")
