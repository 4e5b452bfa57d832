"""Hybrid search: explicit references first, then dense + lexical results fused by weighted RRF,
folded from paragraph points to articles.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from corpus.schema import NEVER, DocType, SearchHit
from retrieval.embedders import Embedder
from retrieval.filters import SearchFilters
from retrieval.lexical import LexicalAnalyzer
from retrieval.query import ArticleRef, QueryAnalysis, QueryAnalyzer
from retrieval.store import StoredPoint

log = logging.getLogger(__name__)

Mode = Literal["hybrid", "dense", "lexical"]
MAX_K = 50


class SearchBackend(Protocol):
    """What the searcher needs from a store: Qdrant itself, or its in-memory mirror."""

    def search_dense(
        self, vector: Sequence[float], filters: SearchFilters | None, limit: int, ids: Sequence[str] | None = None
    ) -> list[tuple[str, float]]:
        """Top points by cosine similarity."""
        ...

    def search_sparse(
        self, indices: Sequence[int], values: Sequence[float], filters: SearchFilters | None, limit: int
    ) -> list[tuple[str, float]]:
        """Top points by BM25."""
        ...

    def retrieve(self, ids: Sequence[str]) -> list[StoredPoint]:
        """Payloads by id."""
        ...

    def find_articles(self, article_ids: Sequence[str], filters: SearchFilters | None) -> list[StoredPoint]:
        """Whole-article points by ``source#article``."""
        ...

    def find_by_article_heading(self, heading: str, filters: SearchFilters | None) -> list[StoredPoint]:
        """Whole-article points with one heading in any source."""
        ...


@dataclass(frozen=True)
class SearchConfig:
    """Fusion parameters (defaults chosen on the dev set; see docs/benchmarks.md)."""

    candidates: int = 100
    rrf_k: int = 60
    dense_weight: float = 1.0
    lexical_weight: float = 1.0
    #: Extra weight for articles of a law the question names ("依照刑法…").
    law_boost: float = 0.5


@dataclass
class SearchResult:
    """Ranked hits plus what the searcher understood of the question."""

    hits: list[SearchHit]
    analysis: QueryAnalysis
    timings_ms: dict[str, float] = field(default_factory=dict)


def rrf(rankings: Sequence[tuple[Sequence[str], float]], k: int) -> dict[str, float]:
    """Weighted reciprocal rank fusion, Qdrant's formula: ``w / (rank + w*(k-1))`` summed.

    With ``w = 1`` that is ``1 / (k + rank - 1)`` for 1-based ranks.
    """
    scores: dict[str, float] = {}
    for ranking, weight in rankings:
        if weight <= 0:
            continue
        for pos, key in enumerate(ranking):
            scores[key] = scores.get(key, 0.0) + 1.0 / ((pos + 1.0) / weight + k - 1.0)
    return scores


def _fold(
    results: list[tuple[str, float]], backend: SearchBackend
) -> tuple[list[str], dict[str, tuple[str, int | None, float]]]:
    """Paragraph and article points -> article ids in first-seen order, with the best point
    (id, paragraph, score) of each article."""
    payloads = {p.id: p.payload for p in backend.retrieve([pid for pid, _ in results])}
    order: list[str] = []
    best: dict[str, tuple[str, int | None, float]] = {}
    for pid, score in results:
        pl = payloads.get(pid)
        if pl is None:
            continue
        aid = str(pl["article_id"])
        if aid not in best:
            best[aid] = (pid, pl.get("paragraph"), score)
            order.append(aid)
    return order, best


class HybridSearcher:
    """Runs query analysis, dense and lexical retrieval and fusion over a :class:`SearchBackend`."""

    def __init__(
        self,
        backend: SearchBackend,
        embedder: Embedder,
        lexical: LexicalAnalyzer,
        analyzer: QueryAnalyzer,
        config: SearchConfig | None = None,
    ) -> None:
        self.backend = backend
        self.embedder = embedder
        self.lexical = lexical
        self.analyzer = analyzer
        self.config = config or SearchConfig()

    def search(
        self,
        question: str,
        k: int = 10,
        filters: SearchFilters | None = None,
        mode: Mode = "hybrid",
        use_references: bool = True,
    ) -> SearchResult:
        """Rank articles for ``question``; explicit references come first."""
        if not 1 <= k <= MAX_K:
            raise ValueError(f"k must be between 1 and {MAX_K}, got {k}")
        question = question.strip()
        if not question:
            raise ValueError("question is empty")
        filters = filters or SearchFilters()
        cfg = self.config
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        analysis = self.analyzer.analyze(question)
        timings["analyze"] = (time.perf_counter() - t0) * 1000

        rankings: list[tuple[list[str], float]] = []
        best: dict[str, tuple[str, int | None, float]] = {}
        dense_best: dict[str, tuple[str, int | None, float]] = {}
        lexical_best: dict[str, tuple[str, int | None, float]] = {}
        matched: dict[str, set[str]] = {}
        qvec = None
        if mode in ("hybrid", "dense"):
            t = time.perf_counter()
            qvec = self.embedder.embed_queries([question])[0]
            timings["embed"] = (time.perf_counter() - t) * 1000
            t = time.perf_counter()
            dense = self.backend.search_dense(qvec, filters, cfg.candidates)
            order, dense_best = _fold(dense, self.backend)
            timings["dense"] = (time.perf_counter() - t) * 1000
            rankings.append((order, cfg.dense_weight if mode == "hybrid" else 1.0))
            for aid in order:
                matched.setdefault(aid, set()).add("dense")
            best.update(dense_best)
        if mode in ("hybrid", "lexical"):
            t = time.perf_counter()
            idx, vals = self.lexical.query_vector(question)
            sparse = self.backend.search_sparse(idx, vals, filters, cfg.candidates)
            order, lexical_best = _fold(sparse, self.backend)
            timings["lexical"] = (time.perf_counter() - t) * 1000
            rankings.append((order, cfg.lexical_weight if mode == "hybrid" else 1.0))
            for aid in order:
                matched.setdefault(aid, set()).add("lexical")
            for a, v in lexical_best.items():
                best.setdefault(a, v)

        t = time.perf_counter()
        fused = rrf(rankings, cfg.rrf_k)
        if analysis.law_sources and cfg.law_boost > 0:
            named = set(analysis.law_sources)
            for aid in fused:
                if aid.split("#", 1)[0] in named:
                    fused[aid] *= 1.0 + cfg.law_boost
        ranked = sorted(fused, key=lambda a: (-fused[a], a))

        # Explicit references go first, in the order the question cites them.
        ref_points: list[StoredPoint] = []
        if use_references and analysis.refs:
            ref_points = self._resolve_refs(analysis.refs, filters, qvec, question)
        ref_ids = [str(p.payload["article_id"]) for p in ref_points]
        top_score = max(fused.values(), default=0.0)
        final_ids = ref_ids + [a for a in ranked if a not in set(ref_ids)]
        final_ids = final_ids[:k]

        points = {str(p.payload["article_id"]): p for p in ref_points}
        missing = [a for a in final_ids if a not in points]
        for p in self.backend.find_articles(missing, None):
            points[str(p.payload["article_id"])] = p
        today = filters.as_of_ymd()
        hits: list[SearchHit] = []
        for aid in final_ids:
            p = points.get(aid)
            if p is None:
                continue
            pl = p.payload
            if aid in ref_ids:
                score = top_score + 1.0 + (len(ref_ids) - ref_ids.index(aid)) * 1e-3
                how = ["reference", *sorted(matched.get(aid, ()))]
            else:
                score = fused[aid]
                how = sorted(matched.get(aid, ()))
            superseded_on = int(pl.get("superseded_on") or NEVER)
            in_force = superseded_on > (today or _today())
            hits.append(
                SearchHit(
                    rank=len(hits) + 1,
                    score=round(score, 6),
                    source=pl["source"],
                    article=pl["article"],
                    law=pl["law"],
                    short=pl.get("short", pl["law"]),
                    version=pl.get("version", ""),
                    doc_type=DocType(pl.get("doc_type", "law")),
                    in_force=in_force,
                    superseded_by=pl.get("superseded_by"),
                    effective=pl.get("effective"),
                    path=list(pl.get("path") or []),
                    heading=pl.get("heading"),
                    text=pl["text"],
                    paragraph=best[aid][1] if aid in best else None,
                    paragraphs=list(pl.get("paragraphs") or []),
                    matched_by=how,
                    dense_score=round(dense_best[aid][2], 6) if aid in dense_best else None,
                    lexical_score=round(lexical_best[aid][2], 6) if aid in lexical_best else None,
                )
            )
        timings["fuse"] = (time.perf_counter() - t) * 1000
        timings["total"] = (time.perf_counter() - t0) * 1000
        return SearchResult(hits=hits, analysis=analysis, timings_ms=timings)

    def _resolve_refs(
        self, refs: list[ArticleRef], filters: SearchFilters, qvec: Sequence[float] | None, question: str
    ) -> list[StoredPoint]:
        out: list[StoredPoint] = []
        seen: set[str] = set()
        for ref in refs:
            flt = filters.model_copy(update={"in_force_only": False}) if ref.include_superseded else filters
            if ref.sources:
                found = self.backend.find_articles(ref.article_ids, flt)
            else:
                found = self.backend.find_by_article_heading(ref.article, flt)
                if len(found) > 1:
                    vec = qvec if qvec is not None else self.embedder.embed_queries([question])[0]
                    order = self.backend.search_dense(vec, None, len(found), ids=[p.id for p in found])
                    rank = {pid: i for i, (pid, _) in enumerate(order)}
                    found.sort(key=lambda p: rank.get(p.id, len(rank)))
                    # A bare "第357条" names one article; keep the few best-matching laws only.
                    found = found[:3]
            for p in found:
                aid = str(p.payload["article_id"])
                if aid not in seen:
                    seen.add(aid)
                    out.append(p)
        return out


def _today() -> int:
    from datetime import date

    d = date.today()
    return d.year * 10000 + d.month * 100 + d.day
