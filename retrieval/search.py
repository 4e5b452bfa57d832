"""Hybrid search: explicit references first, then dense + lexical results fused by weighted RRF,
folded from paragraph points to articles.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, Protocol

from corpus.districts import DistrictProfile
from corpus.schema import NEVER, DocType, Role, SearchHit, ymd
from retrieval.embedders import Embedder, Matrix
from retrieval.engine import XLING, Candidate, CandidateQuery, HasId
from retrieval.filters import SearchFilters
from retrieval.glossary import Glossary
from retrieval.lexical import LexicalAnalyzer
from retrieval.query import ArticleRef, QueryAnalysis, QueryAnalyzer
from retrieval.relevance import RelevanceScorer, Signals
from retrieval.store import StoredPoint

log = logging.getLogger(__name__)

Mode = Literal["hybrid", "dense", "lexical"]
MAX_K = 50


class SearchBackend(Protocol):
    """What the searcher needs from a store (either Qdrant engine, :mod:`retrieval.store`)."""

    def candidates(self, queries: Sequence[CandidateQuery]) -> list[list[Candidate]]:
        """Run candidate queries in the engine as one batch; each candidate carries its
        ``article_id`` and ``paragraph``."""
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
    #: The lane's weight when the question does not ask about the consequence of conduct (dev
    #: splits: any weight here costs civil questions more than it gains; docs/benchmarks.md).
    offence_lane_weight_other: float = 0.0
    #: Also append the glossary's statutory terms to the text that is embedded (they always go
    #: into the lexical query).
    expand_dense: bool = True
    #: Weight of the glossary's statutory terms in the lexical query (the question's own terms: 1).
    expansion_weight: float = 1.0
    #: Extra weight for articles (and cases) tied to the officer's district's frequent case types:
    #: articles cited by past cases of those types, and those cases. Reorders; never filters.
    district_boost: float = 0.15
    #: The searcher's relevance model (when given) scores every returned hit (``relevance``); with a
    #: depth > 0 it also reranks that many fused candidates by it. 0: the fused order stays (on the dev
    #: splits reranking raised MRR@10 by 0.02 and lowered Recall@10 by 0.007; docs/benchmarks.md).
    rerank_depth: int = 0
    #: Weight of the cross-lingual dense lane (multilingual USE), when the searcher has one. Chosen on
    #: the dev splits (docs/benchmarks.md); it carries most of the gain on en/ru/ar questions.
    xling_weight: float = 0.3


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
    #: Per-candidate retrieval signals (lane ranks, role), for the relevance model and calibration.
    signals: dict[str, Signals] = field(default_factory=dict)
    #: The question's dense vector (None in lexical mode), for checks that need it again.
    query_vector: Sequence[float] | None = None
    #: The closest passages of other document types asked for in the same call (``context=``):
    #: past cases and cultural notes to cite beside the law, found with the same query vector.
    context: dict[DocType, list[SearchHit]] = field(default_factory=dict)


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


def _fold(results: list[Candidate]) -> tuple[list[str], dict[str, tuple[str, int | None, float]]]:
    """Paragraph and article points -> article ids in first-seen order, with the best point
    (id, paragraph, score) of each article."""
    order: list[str] = []
    best: dict[str, tuple[str, int | None, float]] = {}
    for c in results:
        aid = c.payload.get("article_id")
        if aid is None:
            continue
        aid = str(aid)
        if aid not in best:
            best[aid] = (c.id, c.payload.get("paragraph"), c.score)
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
        district_prior: Mapping[str, set[str]] | None = None,
        relevance: RelevanceScorer | None = None,
        xling: Embedder | None = None,
        clock: Callable[[], date] = date.today,
    ) -> None:
        self.backend = backend
        #: The cross-lingual embedder of the store's ``xling`` vectors (None: no such lane).
        self.xling = xling
        self.embedder = embedder
        self.lexical = lexical
        self.analyzer = analyzer
        self.config = config or SearchConfig()
        self.glossary = glossary
        #: case type -> article ids tied to it (cited by its cases, and the cases themselves)
        self.district_prior: Mapping[str, set[str]] = district_prior or {}
        #: Today's date, read for every search: the in-force window is never cached.
        self.clock = clock
        #: Reranks the fused candidates and sets each hit's ``relevance`` (None: fused order).
        self.relevance = relevance

    def search(
        self,
        question: str,
        k: int = 10,
        filters: SearchFilters | None = None,
        mode: Mode = "hybrid",
        use_references: bool = True,
        district: DistrictProfile | None = None,
        context: Sequence[DocType] = (),
    ) -> SearchResult:
        """Rank articles for ``question``; explicit references come first. A district profile
        lifts what its frequent case types rely on, without removing anything. ``context`` asks
        for the closest passage of each of those document types too (one retrieval per question:
        the answerer composes from this result without searching again)."""
        if not 1 <= k <= MAX_K:
            raise ValueError(f"k must be between 1 and {MAX_K}, got {k}")
        question = question.strip()
        if not question:
            raise ValueError("question is empty")
        filters = filters or SearchFilters()
        if filters.in_force_only and filters.as_of is None:
            filters = filters.model_copy(update={"as_of": self.clock()})
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
        dense_rank: dict[str, int] = {}
        lexical_rank: dict[str, int] = {}
        xling_rank: dict[str, int] = {}
        lanes: list[tuple[SearchFilters, float]] = [(filters, 1.0)]
        lane_weight = cfg.offence_lane_weight if analysis.asks_consequence else cfg.offence_lane_weight_other
        if lane_weight > 0 and not filters.roles:
            lanes.append((filters.model_copy(update={"roles": [Role.OFFENCE]}), lane_weight))
        qvecs = None
        xvec = None
        idx: list[int] = []
        vals: list[float] = []
        if mode in ("hybrid", "dense"):
            t = time.perf_counter()
            pieces = split_query(question, cfg.split_chars) if cfg.split_chars else []
            qvecs = self.embedder.embed_queries([dense_text, *pieces])
            timings["embed"] = (time.perf_counter() - t) * 1000
            if self.xling is not None and cfg.xling_weight > 0:
                t_x = time.perf_counter()
                xvec = self.xling.embed_queries([question])[0]
                timings["embed_xling"] = (time.perf_counter() - t_x) * 1000
        if mode in ("hybrid", "lexical"):
            idx, vals = self.lexical.query_vector(question, " ".join(expansion), cfg.expansion_weight)
        t = time.perf_counter()
        dense_lists, xling_lists, sparse_lists = self._candidates(qvecs, xvec, idx, vals, [f for f, _ in lanes], mode)
        timings["engine"] = (time.perf_counter() - t) * 1000
        if mode in ("hybrid", "dense"):
            t = time.perf_counter()
            for lane, ((_, lane_weight), cands) in enumerate(zip(lanes, dense_lists, strict=True)):
                order, found = _fold(cands)
                if lane == 0:
                    dense_rank = {a: i for i, a in enumerate(order)}
                rankings.append((order, lane_weight * (cfg.dense_weight if mode == "hybrid" else 1.0)))
                for aid in order:
                    matched.setdefault(aid, set()).add("dense")
                for a, v in found.items():
                    dense_best.setdefault(a, v)
            for lane, ((_, lane_weight), cands) in enumerate(zip(lanes, xling_lists, strict=False)):
                order, found = _fold(cands)
                if lane == 0:
                    xling_rank = {a: i for i, a in enumerate(order)}
                rankings.append((order, lane_weight * cfg.xling_weight))
                for aid in order:
                    matched.setdefault(aid, set()).add("crosslingual")
                for a, v in found.items():
                    best.setdefault(a, v)
            best.update(dense_best)
            timings["dense"] = (time.perf_counter() - t) * 1000
        if mode in ("hybrid", "lexical"):
            t = time.perf_counter()
            for lane, ((_, lane_weight), cands) in enumerate(zip(lanes, sparse_lists, strict=True)):
                order, found = _fold(cands)
                if lane == 0:
                    lexical_rank = {a: i for i, a in enumerate(order)}
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
        ref_set = set(ref_ids)
        rest = [a for a in ranked if a not in ref_set]
        if cfg.per_source_cap:
            rest = cap_per_source(rest, cfg.per_source_cap, k)
        rerank = self.relevance is not None and cfg.rerank_depth > 0
        depth = max(k, cfg.rerank_depth) if rerank else k
        final_ids = (ref_ids + rest)[: len(ref_ids) + depth] if rerank else (ref_ids + rest)[:k]

        points = {str(p.payload["article_id"]): p for p in ref_points}
        missing = [a for a in final_ids if a not in points]
        for p in self.backend.find_articles(missing, None):
            points[str(p.payload["article_id"])] = p
        today = filters.as_of_ymd() or ymd(self.clock()) or NEVER
        signals = {
            aid: Signals(
                dense_rank.get(aid),
                lexical_rank.get(aid),
                str(points[aid].payload.get("role") or "general"),
                xling_rank.get(aid),
            )
            for aid in final_ids
            if aid in points
        }
        hits: list[SearchHit] = []
        for aid in final_ids:
            point = points.get(aid)
            if point is None:
                continue
            if aid in ref_set:
                score = top_score + 1.0 + (len(ref_ids) - ref_ids.index(aid)) * 1e-3
                how = ["reference", *sorted(matched.get(aid, ()))]
            else:
                score = fused[aid]
                how = sorted(matched.get(aid, ()))
            hits.append(
                _hit(
                    point.payload,
                    len(hits) + 1,
                    score,
                    how,
                    today,
                    best.get(aid),
                    dense_best.get(aid),
                    lexical_best.get(aid),
                )
            )
        if self.relevance is not None:
            hits = self._rerank(hits, analysis, signals, k, reorder=rerank)
        side: dict[DocType, list[SearchHit]] = {}
        if qvec is not None:
            for kind in context:
                side[kind] = self._closest(qvec, filters.model_copy(update={"doc_types": [kind]}), today)
        timings["fuse"] = (time.perf_counter() - t) * 1000
        timings["total"] = (time.perf_counter() - t0) * 1000
        return SearchResult(
            hits=hits,
            analysis=analysis,
            timings_ms=timings,
            renumbered=renumbered,
            signals=signals,
            query_vector=qvec,
            context=side,
        )

    def _closest(self, qvec: Sequence[float], filters: SearchFilters, today: int) -> list[SearchHit]:
        """The closest whole passage under ``filters`` by dense similarity (its best point)."""
        [cands] = self.backend.candidates([CandidateQuery.nearest(qvec, filters.conditions(), 10)])
        order, found = _fold(cands)
        if not order:
            return []
        points = self.backend.find_articles(order[:1], None)
        if not points:
            return []
        best = found[order[0]]
        return [_hit(points[0].payload, 1, best[2], ["dense"], today, best, best, None)]

    def _rerank(
        self, hits: list[SearchHit], analysis: QueryAnalysis, signals: dict[str, Signals], k: int, reorder: bool
    ) -> list[SearchHit]:
        """Score the hits with the relevance model; with ``reorder``, order the fused candidates by it
        (references stay first). Keeps ``k``."""
        assert self.relevance is not None
        scored = self.relevance.score(
            hits,
            analysis.text,
            analysis.expansion,
            analysis.lang,
            analysis.law_sources,
            signals,
            analysis.asks_consequence,
        )
        refs = [s for s in scored if "reference" in s.hit.matched_by]
        rest = [s for s in scored if "reference" not in s.hit.matched_by]
        if reorder:
            rest.sort(key=lambda s: (-s.probability, s.hit.rank))
        out: list[SearchHit] = []
        for s in [*refs, *rest][:k]:
            out.append(s.hit.model_copy(update={"rank": len(out) + 1, "relevance": round(s.probability, 6)}))
        return out

    def _candidates(
        self,
        qvecs: Matrix | None,
        xvec: Sequence[float] | None,
        idx: Sequence[int],
        vals: Sequence[float],
        lanes: Sequence[SearchFilters],
        mode: Mode,
    ) -> tuple[list[list[Candidate]], list[list[Candidate]], list[list[Candidate]]]:
        """Dense, cross-lingual and lexical candidates of every lane, from one engine batch. With
        several query vectors (a long question's pieces) each point keeps its best similarity."""
        limit = self.config.candidates
        queries: list[CandidateQuery] = []
        for lane in lanes:
            must = lane.conditions()
            if qvecs is not None:
                queries += [CandidateQuery.nearest(vec, must, limit) for vec in qvecs]
            if xvec is not None:
                queries.append(CandidateQuery.nearest(xvec, must, limit, using=XLING))
            if mode in ("hybrid", "lexical"):
                queries.append(CandidateQuery.lexical(idx, vals, must, limit))
        results = iter(self.backend.candidates(queries))
        dense_lists: list[list[Candidate]] = []
        xling_lists: list[list[Candidate]] = []
        sparse_lists: list[list[Candidate]] = []
        for _ in lanes:
            if qvecs is not None:
                merged: dict[str, Candidate] = {}
                for _vec in qvecs:
                    for c in next(results):
                        if c.id not in merged or c.score > merged[c.id].score:
                            merged[c.id] = c
                dense_lists.append(sorted(merged.values(), key=lambda c: (-c.score, c.id))[:limit])
            if xvec is not None:
                xling_lists.append(next(results))
            if mode in ("hybrid", "lexical"):
                sparse_lists.append(next(results))
        return dense_lists, xling_lists, sparse_lists

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
                    [order] = self.backend.candidates(
                        [CandidateQuery.nearest(vec, [HasId(tuple(p.id for p in found))], len(found), exact=True)]
                    )
                    rank = {c.id: i for i, c in enumerate(order)}
                    found.sort(key=lambda p: rank.get(p.id, len(rank)))
                    # A bare "第357条" names one article of some law; with ~80 texts several have
                    # it (刑法, 民法典, the procedure rules…): keep the five best-matching laws.
                    found = found[:5]
            for p in found:
                aid = str(p.payload["article_id"])
                if aid not in seen:
                    seen.add(aid)
                    out.append(p)
        return out


def _hit(
    pl: dict[str, Any],
    rank: int,
    score: float,
    how: list[str],
    today: int,
    best: tuple[str, int | None, float] | None,
    dense: tuple[str, int | None, float] | None,
    lexical: tuple[str, int | None, float] | None,
) -> SearchHit:
    """A search hit from a whole-article payload and what the retrievers found."""
    superseded_on = int(pl.get("superseded_on") or NEVER)
    return SearchHit(
        rank=rank,
        score=round(score, 6),
        source=pl["source"],
        article=pl["article"],
        law=pl["law"],
        short=pl.get("short", pl["law"]),
        version=pl.get("version", ""),
        doc_type=DocType(pl.get("doc_type", "law")),
        in_force=superseded_on > today,
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
        paragraph=best[1] if best else None,
        paragraphs=list(pl.get("paragraphs") or []),
        matched_by=how,
        dense_score=round(dense[2], 6) if dense else None,
        lexical_score=round(lexical[2], 6) if lexical else None,
    )


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
