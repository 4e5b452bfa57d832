"""Hybrid search: explicit references first, then dense + lexical results fused by weighted RRF,
folded from paragraph points to articles.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from corpus.districts import DistrictProfile
from corpus.schema import NEVER, DocType, Role, SearchHit
from retrieval.embedders import Embedder, Matrix
from retrieval.filters import SearchFilters
from retrieval.glossary import Glossary
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
    rrf_k: int = 30
    dense_weight: float = 1.0
    lexical_weight: float = 1.0
    #: Extra weight for articles of a law the question names ("依照刑法…").
    law_boost: float = 0.5
    #: Questions longer than this (a pasted case narrative) are also embedded piece by piece;
    #: each point keeps its best similarity over the pieces. 0 disables.
    split_chars: int = 0
    #: At most this many hits per source in the top k (explicit references exempt); 0 = no cap.
    per_source_cap: int = 0
    #: Weight of the conduct-and-penalty lane: the same dense and lexical searches restricted to
    #: articles that define conduct and its penalty, fused with the unrestricted ones. Procedure
    #: codes otherwise crowd out the offence provisions for narrative questions. 0 disables.
    offence_lane_weight: float = 0.5
    #: The lane's weight when the question does not ask about the consequence of conduct.
    offence_lane_weight_other: float = 0.1
    #: Also append the glossary's statutory terms to the text that is embedded (they always go
    #: into the lexical query).
    expand_dense: bool = True
    #: Extra weight for articles (and cases) tied to the officer's district's frequent case types:
    #: articles cited by past cases of those types, and those cases. Reorders; never filters.
    district_boost: float = 0.15


@dataclass(frozen=True)
class Renumbering:
    """An explicit reference whose number means another article in the superseded version."""

    law: str
    article: str
    old_version: str
    old_article_now: str | None  # where the old version's article of that number went


@dataclass
class SearchResult:
    """Ranked hits plus what the searcher understood of the question."""

    hits: list[SearchHit]
    analysis: QueryAnalysis
    timings_ms: dict[str, float] = field(default_factory=dict)
    renumbered: list[Renumbering] = field(default_factory=list)


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
        glossary: Glossary | None = None,
        district_prior: dict[str, set[str]] | None = None,
    ) -> None:
        self.backend = backend
        self.embedder = embedder
        self.lexical = lexical
        self.analyzer = analyzer
        self.config = config or SearchConfig()
        self.glossary = glossary
        #: case type -> article ids tied to it (cited by its cases, and the cases themselves)
        self.district_prior = district_prior or {}

    def search(
        self,
        question: str,
        k: int = 10,
        filters: SearchFilters | None = None,
        mode: Mode = "hybrid",
        use_references: bool = True,
        district: DistrictProfile | None = None,
    ) -> SearchResult:
        """Rank articles for ``question``; explicit references come first. A district profile
        lifts what its frequent case types rely on, without removing anything."""
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
        expansion = self.glossary.expansion(question) if self.glossary is not None else []
        analysis.expansion = expansion
        lexical_text = " ".join([question, *expansion])
        dense_text = lexical_text if cfg.expand_dense else question
        timings["analyze"] = (time.perf_counter() - t0) * 1000

        rankings: list[tuple[list[str], float]] = []
        best: dict[str, tuple[str, int | None, float]] = {}
        dense_best: dict[str, tuple[str, int | None, float]] = {}
        lexical_best: dict[str, tuple[str, int | None, float]] = {}
        matched: dict[str, set[str]] = {}
        lanes: list[tuple[SearchFilters, float]] = [(filters, 1.0)]
        lane_weight = cfg.offence_lane_weight if analysis.asks_consequence else cfg.offence_lane_weight_other
        if lane_weight > 0 and not filters.roles:
            lanes.append((filters.model_copy(update={"roles": [Role.OFFENCE]}), lane_weight))
        qvecs = None
        if mode in ("hybrid", "dense"):
            t = time.perf_counter()
            pieces = split_query(question, cfg.split_chars) if cfg.split_chars else []
            qvecs = self.embedder.embed_queries([dense_text, *pieces])
            timings["embed"] = (time.perf_counter() - t) * 1000
            t = time.perf_counter()
            for lane_filters, lane_weight in lanes:
                order, found = _fold(self._dense(qvecs, lane_filters), self.backend)
                rankings.append((order, lane_weight * (cfg.dense_weight if mode == "hybrid" else 1.0)))
                for aid in order:
                    matched.setdefault(aid, set()).add("dense")
                for a, v in found.items():
                    dense_best.setdefault(a, v)
            best.update(dense_best)
            timings["dense"] = (time.perf_counter() - t) * 1000
        if mode in ("hybrid", "lexical"):
            t = time.perf_counter()
            idx, vals = self.lexical.query_vector(lexical_text)
            for lane_filters, lane_weight in lanes:
                sparse = self.backend.search_sparse(idx, vals, lane_filters, cfg.candidates)
                order, found = _fold(sparse, self.backend)
                rankings.append((order, lane_weight * (cfg.lexical_weight if mode == "hybrid" else 1.0)))
                for aid in order:
                    matched.setdefault(aid, set()).add("lexical")
                for a, v in found.items():
                    lexical_best.setdefault(a, v)
            for a, v in lexical_best.items():
                best.setdefault(a, v)
            timings["lexical"] = (time.perf_counter() - t) * 1000
        qvec = qvecs[0] if qvecs is not None else None

        t = time.perf_counter()
        fused = rrf(rankings, cfg.rrf_k)
        if analysis.law_sources and cfg.law_boost > 0:
            named = set(analysis.law_sources)
            for aid in fused:
                if aid.split("#", 1)[0] in named:
                    fused[aid] *= 1.0 + cfg.law_boost
        if district is not None and cfg.district_boost > 0:
            favoured = set().union(*(self.district_prior.get(ct, set()) for ct in district.frequent_case_types))
            for aid in fused:
                if aid in favoured:
                    fused[aid] *= 1.0 + cfg.district_boost
        ranked = sorted(fused, key=lambda a: (-fused[a], a))

        # Explicit references go first, in the order the question cites them.
        ref_points: list[StoredPoint] = []
        renumbered: list[Renumbering] = []
        if use_references and analysis.refs:
            ref_points = self._resolve_refs(analysis.refs, filters, qvec, question)
            renumbered = self._renumbering(analysis.refs, ref_points)
        ref_ids = [str(p.payload["article_id"]) for p in ref_points]
        top_score = max(fused.values(), default=0.0)
        rest = [a for a in ranked if a not in set(ref_ids)]
        if cfg.per_source_cap:
            rest = cap_per_source(rest, cfg.per_source_cap, k)
        final_ids = (ref_ids + rest)[:k]

        points = {str(p.payload["article_id"]): p for p in ref_points}
        missing = [a for a in final_ids if a not in points]
        for p in self.backend.find_articles(missing, None):
            points[str(p.payload["article_id"])] = p
        today = filters.as_of_ymd()
        hits: list[SearchHit] = []
        for aid in final_ids:
            point = points.get(aid)
            if point is None:
                continue
            pl = point.payload
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
                    counterpart=pl.get("counterpart"),
                    counterpart_source=pl.get("counterpart_source"),
                    labels=pl.get("labels") or [],
                    district=pl.get("district"),
                    synthetic=bool(pl.get("synthetic", False)),
                    review_status=pl.get("review_status"),
                    basis=pl.get("basis"),
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
        return SearchResult(hits=hits, analysis=analysis, timings_ms=timings, renumbered=renumbered)

    def _dense(self, qvecs: Matrix, filters: SearchFilters) -> list[tuple[str, float]]:
        """Dense candidates; with several query vectors each point keeps its best similarity."""
        limit = self.config.candidates
        dense = self.backend.search_dense(qvecs[0], filters, limit)
        if len(qvecs) == 1:
            return dense
        merged = dict(dense)
        for vec in qvecs[1:]:
            for pid, score in self.backend.search_dense(vec, filters, limit):
                merged[pid] = max(score, merged.get(pid, -1.0))
        return sorted(merged.items(), key=lambda x: (-x[1], x[0]))[:limit]

    def _renumbering(self, refs: list[ArticleRef], resolved: list[StoredPoint]) -> list[Renumbering]:
        """For a reference resolved to the version in force of a law that also has a superseded
        version, say where the superseded version's article of the same number went."""
        out: list[Renumbering] = []
        by_id = {str(p.payload["article_id"]): p for p in resolved}
        for ref in refs:
            if len(ref.sources) < 2 or ref.include_superseded:
                continue
            current = [by_id[a] for a in ref.article_ids if a in by_id]
            if not current:
                continue
            pl = current[0].payload
            old_sources = [s for s in ref.sources if s != pl["source"]]
            old = self.backend.find_articles(
                [f"{s}#{ref.article}" for s in old_sources], SearchFilters(in_force_only=False)
            )
            for p in old:
                if p.payload.get("superseded_by") != pl["source"]:
                    continue  # another book of the same law (民法典 物权编), not an earlier version
                if p.payload.get("counterpart") == ref.article:
                    continue  # same number, same article: nothing moved
                out.append(
                    Renumbering(
                        law=str(pl.get("short", pl["law"])),
                        article=ref.article,
                        old_version=str(p.payload.get("version", "")),
                        old_article_now=p.payload.get("counterpart"),
                    )
                )
        return out

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


_PIECE_END = re.compile(r"(?<=[。！？!?；;\n])")


def split_query(question: str, threshold: int, target: int = 120) -> list[str]:
    """Pieces of ~``target`` characters (whole sentences) of a question longer than ``threshold``."""
    if len(question) <= threshold:
        return []
    pieces: list[str] = []
    current = ""
    for sentence in _PIECE_END.split(question):
        if current and len(current) + len(sentence) > target:
            pieces.append(current)
            current = ""
        current += sentence
    if current.strip():
        pieces.append(current)
    return [p.strip() for p in pieces if len(p.strip()) >= 10] if len(pieces) > 1 else []


def cap_per_source(ranked: list[str], cap: int, k: int) -> list[str]:
    """Reorder so that the first ``k`` hold at most ``cap`` articles of any one source."""
    head: list[str] = []
    tail: list[str] = []
    counts: dict[str, int] = {}
    for aid in ranked:
        src = aid.split("#", 1)[0]
        if len(head) < k and counts.get(src, 0) < cap:
            head.append(aid)
            counts[src] = counts.get(src, 0) + 1
        else:
            tail.append(aid)
    return head + tail


def _today() -> int:
    from datetime import date

    d = date.today()
    return d.year * 10000 + d.month * 100 + d.day


def district_prior_from(payloads: Sequence[dict[str, object]]) -> dict[str, set[str]]:
    """case type -> articles cited by cases of that type, and those cases' passages."""
    prior: dict[str, set[str]] = {}
    for pl in payloads:
        if pl.get("doc_type") != "case":
            continue
        for ct in pl.get("case_types") or []:  # type: ignore[attr-defined]
            bucket = prior.setdefault(str(ct), set())
            bucket.update(str(a) for a in pl.get("legal_clauses") or [])  # type: ignore[attr-defined]
            bucket.add(str(pl["article_id"]))
    return prior
