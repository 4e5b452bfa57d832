"""The passage store: one Qdrant collection holding a dense vector, a lexical sparse vector and
the payload of every passage, on one of two engines behind one interface.

* :class:`~retrieval.store_edge.EdgeStore` (default): Qdrant's own segment engine in-process
  (``qdrant-edge-py``), on disk in the data directory. HNSW, payload indexes, sparse vectors with
  IDF, all in Rust; one process owns the directory (a lock file names it).
* :class:`~retrieval.store_client.ClientStore`: a Qdrant server or cluster by URL through
  qdrant-client (production), or qdrant-client's local mode (tests stand it in for a server).

Both run the same :class:`~retrieval.engine.CandidateQuery` descriptions; the shared logic (point
building, article look-ups, the IDF cache, the write lock) lives here in :class:`QdrantStore`.
Use :func:`open_store` to get the right one for a :class:`StoreConfig`.
"""

from __future__ import annotations

import logging
import math
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from corpus.schema import Passage
from retrieval.embedders import Matrix
from retrieval.engine import Candidate, CandidateQuery, Condition, HasId, IsNull, Match
from retrieval.filters import SearchFilters

log = logging.getLogger(__name__)

#: Version of the stored layout (payload fields, vector names, marker file). 1 was qdrant-client's
#: local mode in ``data/qdrant``; 2 is the engine layout of this module.
SCHEMA_VERSION = 2
MARKER = "jingzhi-store.json"

#: Payload fields with an index in both engines (keyword match / integer range).
INDEXED_FIELDS: dict[str, Literal["keyword", "integer"]] = {
    "source": "keyword",
    "article": "keyword",
    "article_id": "keyword",
    "doc_type": "keyword",
    "short": "keyword",
    "role": "keyword",
    "case_types": "keyword",
    "taboo_categories": "keyword",
    "legal_clauses": "keyword",
    "nationalities": "keyword",
    "effective": "integer",
    "superseded_on": "integer",
}

#: Payload fields a candidate carries back to the searcher (enough to fold paragraphs into articles).
CANDIDATE_FIELDS = ("article_id", "paragraph")


class StoreError(RuntimeError):
    """Base class for store problems; messages name the path, URL or collection."""


class NotAStoreError(StoreError):
    """The configured directory exists but is not a Jingzhi store."""


class LegacyStoreError(NotAStoreError):
    """A store written by an older layout that cannot be migrated as it is."""


class StoreLockedError(StoreError):
    """Another process holds the embedded store open."""

    def __init__(self, message: str, pid: int | None = None) -> None:
        super().__init__(message)
        self.pid = pid


class StoreMismatchError(StoreError):
    """The store was built with a different embedder or lexical recipe."""


class StoreCorruptedError(StoreError):
    """Stored data cannot be read back whole (a damaged or missing segment); never rebuilt silently."""


@dataclass(frozen=True)
class StoreConfig:
    """Where the store lives, what it must contain, and the engine's index settings.

    Exactly one of ``path`` (embedded engine directory), ``url`` (Qdrant server or cluster) or
    ``local_path`` (qdrant-client local mode: a directory or ``":memory:"``; tests) is set.
    """

    collection: str
    dim: int
    embedder: str
    lexical: str
    #: The cross-lingual embedder's identity and size (None: the store has no cross-lingual vector).
    xling_embedder: str | None = None
    xling_dim: int | None = None
    path: Path | None = None
    url: str | None = None
    local_path: str | None = None
    api_key: str | None = None
    timeout: float = 10.0
    #: Only for a server/cluster: shards and replicas when the collection is created.
    shard_number: int | None = None
    replication_factor: int | None = None
    write_consistency_factor: int | None = None
    #: HNSW graph: edges per node, build-time candidates, search-time candidates.
    hnsw_m: int = 16
    hnsw_ef_construct: int = 100
    hnsw_ef: int = 256
    #: Below this many KB of vectors a segment (or a filtered subset) is scanned exactly.
    full_scan_threshold_kb: int = 10_000
    #: Segments smaller than this (KB of vectors) get no HNSW graph (Qdrant's default).
    indexing_threshold_kb: int = 10_000
    #: ``int8``: scalar quantization of the dense vectors (kept in RAM; originals may go to disk),
    #: searched with rescoring on the originals.
    quantization: Literal["none", "int8"] = "none"
    #: Keep the original dense vectors on disk (memory-mapped) instead of in RAM.
    vectors_on_disk: bool = False
    #: Quantized search: candidates fetched per result before rescoring.
    oversampling: float = 2.0

    @property
    def kind(self) -> Literal["edge", "server", "local"]:
        """Which engine this configuration selects."""
        chosen = [k for k, v in (("edge", self.path), ("server", self.url), ("local", self.local_path)) if v]
        if len(chosen) != 1:
            raise ValueError("exactly one of path= (embedded), url= (server) or local_path= (qdrant-client local mode)")
        return chosen[0]  # type: ignore[return-value]

    def expected_meta(self) -> dict[str, Any]:
        """What the store must have been built with."""
        return {
            "jingzhi_schema": SCHEMA_VERSION,
            "embedder": self.embedder,
            "dim": self.dim,
            "lexical": self.lexical,
            "xling_embedder": self.xling_embedder,
        }

    @property
    def has_xling(self) -> bool:
        """True when points carry the cross-lingual vector."""
        return self.xling_embedder is not None and self.xling_dim is not None


def check_meta(found: dict[str, Any], config: StoreConfig, where: str) -> None:
    """Refuse a store built with another embedder, lexical recipe or layout."""
    expected = config.expected_meta()
    for key in ("jingzhi_schema", "embedder", "dim", "lexical", "xling_embedder"):
        if found.get(key) != expected[key]:
            raise StoreMismatchError(
                f"store at {where} was built with {key}={found.get(key)!r} but {expected[key]!r} is "
                "configured; run `jingzhi ingest --recreate` to rebuild it"
            )


@dataclass
class StoredPoint:
    """A point as read back from the store."""

    id: str
    payload: dict[str, Any]
    dense: list[float] | None = None
    sparse: tuple[list[int], list[float]] | None = None
    xling: list[float] | None = None


@dataclass
class PointData:
    """A point to write: id, its vectors, payload."""

    id: str
    dense: list[float]
    sparse: tuple[list[int], list[float]]
    payload: dict[str, Any] = field(default_factory=dict)
    xling: list[float] | None = None


#: Label kinds flattened into payload lists for filtering.
LABEL_FIELDS = {
    "case_type": "case_types",
    "cultural_taboo": "taboo_categories",
    "legal_clause": "legal_clauses",
    "nationality": "nationalities",
}


def label_payload(labels: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The payload keys that hold a passage's labels (``labels`` and the flattened filter lists),
    for rewriting them in place with :meth:`QdrantStore.set_payload`."""
    out: dict[str, Any] = {"labels": list(labels)}
    for kind, key in LABEL_FIELDS.items():
        out[key] = list(dict.fromkeys(str(lb["value"]) for lb in labels if lb.get("kind") == kind))
    return out


def passage_payload(p: Passage) -> dict[str, Any]:
    """Payload stored with a passage's point (everything needed to cite it without another read)."""
    data = p.model_dump(mode="json")
    data["article_id"] = p.article_id
    data["content_hash"] = p.content_hash
    for kind, key in LABEL_FIELDS.items():
        data[key] = p.label_values(kind)
    return data


def bm25_idf(df: int, n: int) -> float:
    """Qdrant's IDF: ``ln((n - df + 0.5) / (df + 0.5) + 1)``."""
    return math.log((n - df + 0.5) / (df + 0.5) + 1)


class ReadWriteLock:
    """Many readers or one writer; the writer may re-enter (a file's write section holds it while
    the pipeline's upserts and deletes take it again)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer: int | None = None
        self._depth = 0

    @contextmanager
    def read(self) -> Iterator[None]:
        """Shared access (a no-op for the thread that holds the write lock)."""
        me = threading.get_ident()
        with self._cond:
            if self._writer == me:
                owned = True
            else:
                owned = False
                while self._writer is not None:
                    self._cond.wait()
                self._readers += 1
        try:
            yield
        finally:
            if not owned:
                with self._cond:
                    self._readers -= 1
                    self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[bool]:
        """Exclusive access; yields True for the outermost section of this thread."""
        me = threading.get_ident()
        with self._cond:
            if self._writer != me:
                while self._writer is not None or self._readers:
                    self._cond.wait()
                self._writer = me
            self._depth += 1
            outermost = self._depth == 1
        try:
            yield outermost
        finally:
            with self._cond:
                self._depth -= 1
                if self._depth == 0:
                    self._writer = None
                    self._cond.notify_all()


class QdrantStore(ABC):
    """Reads and writes Jingzhi passages in one Qdrant collection (either engine)."""

    def __init__(self, config: StoreConfig) -> None:
        self.config = config
        self._rw = ReadWriteLock()
        self._idf: dict[int, float] = {}
        self._idf_generation: object = None
        self._idf_lock = threading.Lock()

    # -- lifecycle (engine-specific) -----------------------------------------------------------
    @property
    @abstractmethod
    def location(self) -> str:
        """The path or URL, for messages."""

    @property
    @abstractmethod
    def is_embedded(self) -> bool:
        """True for the in-process engine."""

    @property
    def has_xling(self) -> bool:
        """True when points carry the cross-lingual vector."""
        return self.config.has_xling

    @property
    def engine(self) -> str:
        """Engine name for reports (``qdrant-edge``, ``qdrant-server``, ``qdrant-local``)."""
        return {"edge": "qdrant-edge", "server": "qdrant-server", "local": "qdrant-local"}[self.config.kind]

    @abstractmethod
    def open(self) -> None:
        """Open (or create) the store; idempotent."""

    @abstractmethod
    def close(self) -> None:
        """Release the store (and the embedded store's lock)."""

    def __enter__(self) -> QdrantStore:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @abstractmethod
    def generation(self) -> object:
        """A token that changes whenever the stored points change (cache key for derived data)."""

    @abstractmethod
    def rebuild(self) -> AbstractContextManager[QdrantStore]:
        """A new, empty store beside the live one; on a clean exit it replaces the live one in
        one step (an alias swap on a server, the active shard on the embedded engine). Searches
        read the old data until then; on an error the new store is dropped and the old one stays."""

    def optimize(self) -> bool:
        """Build indexes for what was written (embedded engine; a server does this itself)."""
        return False

    # -- engine primitives ----------------------------------------------------------------------
    @abstractmethod
    def _upsert(self, points: Sequence[PointData]) -> None: ...

    @abstractmethod
    def _delete(self, ids: Sequence[str]) -> None: ...

    @abstractmethod
    def _set_payload(self, ids: Sequence[str], payload: dict[str, Any]) -> None: ...

    @abstractmethod
    def _count(self, must: Sequence[Condition]) -> int: ...

    @abstractmethod
    def _scroll(
        self, must: Sequence[Condition], offset: Any, limit: int, fields: Sequence[str] | None, with_vectors: bool
    ) -> tuple[list[StoredPoint], Any]: ...

    @abstractmethod
    def _retrieve(self, ids: Sequence[str]) -> list[StoredPoint]: ...

    @abstractmethod
    def _query(self, queries: Sequence[CandidateQuery], fields: Sequence[str]) -> list[list[Candidate]]: ...

    @abstractmethod
    def _lexical_top(self, term: int) -> tuple[float, float] | None:
        """Score and stored weight of the best point holding ``term`` (None: no point has it)."""

    @abstractmethod
    def _distinct(self, key: str) -> list[str]:
        """Distinct values of a keyword payload field."""

    # -- writes ---------------------------------------------------------------------------------
    @contextmanager
    def writing(self) -> Iterator[None]:
        """An exclusive write section: searches in this process wait until it ends, so they see
        a file's points either all old or all new, never half-written."""
        with self._rw.write() as outermost:
            if outermost:
                self._begin_write()
            try:
                yield
            finally:
                if outermost:
                    self._end_write()

    def _begin_write(self) -> None:  # noqa: B027 - an optional hook
        """Hook: a write section starts (the embedded engine marks its marker file)."""

    def _end_write(self) -> None:  # noqa: B027 - an optional hook
        """Hook: a write section ended (the embedded engine flushes and records the count)."""

    def upsert(
        self,
        passages: Sequence[Passage],
        dense: Matrix,
        sparse: Sequence[tuple[list[int], list[float]]],
        xling: Matrix | None = None,
    ) -> None:
        """Write passages with their vectors (deterministic ids make this idempotent)."""
        if not (len(passages) == len(dense) == len(sparse)):
            raise ValueError("passages, dense and sparse must have the same length")
        if self.config.has_xling and (xling is None or len(xling) != len(passages)):
            raise ValueError("this store keeps cross-lingual vectors: pass one per passage")
        points = [
            PointData(
                id=p.point_id,
                dense=np.asarray(vec, dtype=np.float32).tolist(),
                sparse=(list(sp[0]), list(sp[1])),
                payload=passage_payload(p),
                xling=np.asarray(xling[i], dtype=np.float32).tolist()
                if self.config.has_xling and xling is not None
                else None,
            )
            for i, (p, vec, sp) in enumerate(zip(passages, dense, sparse, strict=True))
        ]
        self.upsert_points(points)

    def upsert_points(self, points: Sequence[PointData]) -> None:
        """Write prepared points."""
        if self.config.has_xling and any(p.xling is None for p in points):
            raise ValueError("this store keeps cross-lingual vectors: every point needs one")
        if points:
            with self.writing():
                self._upsert(points)

    def delete(self, ids: Sequence[str]) -> None:
        """Delete points by id."""
        if ids:
            with self.writing():
                self._delete(list(ids))

    def set_payload(self, ids: Sequence[str], payload: dict[str, Any]) -> None:
        """Overwrite payload keys on the given points."""
        if ids:
            with self.writing():
                self._set_payload(list(ids), payload)

    # -- reads ----------------------------------------------------------------------------------
    def count(self, must: Sequence[Condition] = ()) -> int:
        """Number of points (matching ``must``)."""
        with self._rw.read():
            return self._count(must)

    def scroll(
        self,
        must: Sequence[Condition] = (),
        with_vectors: bool = False,
        payload_fields: Sequence[str] | None = None,
        batch: int = 512,
    ) -> Iterator[StoredPoint]:
        """Iterate over all points matching ``must``."""
        offset: Any = None
        while True:
            with self._rw.read():
                points, offset = self._scroll(must, offset, batch, payload_fields, with_vectors)
            yield from points
            if offset is None:
                return

    def points_of_source(self, source: str) -> dict[str, dict[str, Any]]:
        """``{point id: payload}`` (identity fields only) of every point from one source file."""
        fields = ["article", "article_id", "paragraph", "content_hash"]
        return {p.id: p.payload for p in self.scroll([Match("source", (source,))], payload_fields=fields)}

    def whole_passages(
        self, doc_types: Sequence[str], payload_fields: Sequence[str] | None = None
    ) -> Iterator[StoredPoint]:
        """Whole-passage points (not paragraph points) of the given document types, e.g. every
        case and cultural note for the annotation queue."""
        must: list[Condition] = [Match("doc_type", tuple(str(d) for d in doc_types)), IsNull("paragraph")]
        return self.scroll(must, payload_fields=payload_fields)

    def points_of_article(self, article_id: str) -> list[StoredPoint]:
        """Every point (the whole passage and its paragraphs) of one ``source#article`` identity:
        the points a label change rewrites with :meth:`set_payload`."""
        return list(self.scroll([Match("article_id", (article_id,))]))

    def sources(self) -> set[str]:
        """Every source that has points in the store."""
        with self._rw.read():
            return set(self._distinct("source"))

    def retrieve(self, ids: Sequence[str]) -> list[StoredPoint]:
        """Points by id (missing ids are skipped), in the order asked."""
        if not ids:
            return []
        with self._rw.read():
            found = {p.id: p for p in self._retrieve(list(ids))}
        return [found[i] for i in ids if i in found]

    def candidates(
        self, queries: Sequence[CandidateQuery], fields: Sequence[str] = CANDIDATE_FIELDS
    ) -> list[list[Candidate]]:
        """Run candidate queries as one engine batch; one ranked list per query (best first)."""
        live = [q for q in queries if not q.empty]
        with self._rw.read():
            results = iter(self._query(live, fields) if live else [])
        return [[] if q.empty else next(results) for q in queries]

    def search_dense(
        self,
        vector: Sequence[float],
        filters: SearchFilters | None,
        limit: int,
        ids: Sequence[str] | None = None,
        using: Literal["dense", "xling"] = "dense",
    ) -> list[tuple[str, float]]:
        """Top ``limit`` points by cosine similarity of one dense vector (optionally among ``ids``)."""
        must = list(filters.conditions() if filters else [])
        if ids is not None:
            must.append(HasId(tuple(ids)))
        query = CandidateQuery.nearest(vector, must, limit, exact=ids is not None, using=using)
        [hits] = self.candidates([query], fields=())
        return [(c.id, c.score) for c in hits]

    def search_sparse(
        self, indices: Sequence[int], values: Sequence[float], filters: SearchFilters | None, limit: int
    ) -> list[tuple[str, float]]:
        """Top ``limit`` points by BM25 (TF in the stored vector, IDF applied by the engine)."""
        must = filters.conditions() if filters else []
        [hits] = self.candidates([CandidateQuery.lexical(indices, values, must, limit)], fields=())
        return [(c.id, c.score) for c in hits]

    def find_articles(self, article_ids: Sequence[str], filters: SearchFilters | None) -> list[StoredPoint]:
        """Whole-article points (not paragraph points) for ``source#article`` identities, in the
        order asked."""
        if not article_ids:
            return []
        must: list[Condition] = [Match("article_id", tuple(article_ids)), IsNull("paragraph")]
        must += filters.conditions() if filters else []
        points = list(self.scroll(must))
        order = {a: i for i, a in enumerate(article_ids)}
        return sorted(points, key=lambda p: order.get(str(p.payload.get("article_id")), len(order)))

    def find_by_article_heading(self, heading: str, filters: SearchFilters | None) -> list[StoredPoint]:
        """Whole-article points with a given heading (``第三百五十七条``) in any source."""
        must: list[Condition] = [Match("article", (heading,)), IsNull("paragraph")]
        must += filters.conditions() if filters else []
        return sorted(self.scroll(must), key=lambda p: str(p.payload.get("article_id")))

    # -- lexical statistics ---------------------------------------------------------------------
    def idf(self, term: int) -> float:
        """The engine's IDF of a lexical term over the whole collection, as BM25 search applies it.

        Read from the engine (the score of a one-term query divided by the stored term weight of
        the best point), cached until the store's generation changes. A term no point holds gets
        the largest IDF (df = 0).
        """
        generation = self.generation()
        with self._idf_lock:
            if generation != self._idf_generation:
                self._idf.clear()
                self._idf_generation = generation
            cached = self._idf.get(term)
        if cached is not None:
            return cached
        with self._rw.read():
            top = self._lexical_top(term)
            value = bm25_idf(0, self._count(())) if top is None or top[1] == 0 else top[0] / top[1]
        with self._idf_lock:
            if self._idf_generation == generation:
                self._idf[term] = value
        return value


def open_store(config: StoreConfig) -> QdrantStore:
    """The store for ``config`` (not yet opened)."""
    kind = config.kind
    if kind == "edge":
        from retrieval.store_edge import EdgeStore

        return EdgeStore(config)
    from retrieval.store_client import ClientStore

    return ClientStore(config)
