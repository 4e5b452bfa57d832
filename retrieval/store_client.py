"""The store on a Qdrant server or cluster, through qdrant-client (also its local mode, which the
tests use to stand in for a server: no Qdrant server binary can run here).

The collection name the application uses is an alias (``jingzhi``) of a physical collection
(``jingzhi-<stamp>``). ``rebuild()`` fills a new physical collection while searches keep reading
the alias, then moves the alias in one ``update_collection_aliases`` call and drops the old
collection: re-indexing without downtime. A collection created before aliases (a plain
``jingzhi``) is used as it is and replaced by an alias on its first rebuild.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from qdrant_client import QdrantClient
from qdrant_client import models as qm

from retrieval.engine import DENSE, LEXICAL, XLING, Candidate, CandidateQuery, Condition, HasId, IsNull, Match, Range
from retrieval.store import (
    INDEXED_FIELDS,
    NotAStoreError,
    PointData,
    QdrantStore,
    StoreConfig,
    StoredPoint,
    StoreError,
    check_meta,
)

log = logging.getLogger(__name__)

#: How long a server-side point count is trusted as the store's generation.
GENERATION_TTL_S = 5.0


def client_filter(must: Sequence[Condition]) -> qm.Filter | None:
    """The qdrant-client filter for engine-neutral conditions."""
    if not must:
        return None
    out: list[qm.Condition] = []
    for c in must:
        if isinstance(c, Match):
            out.append(qm.FieldCondition(key=c.key, match=qm.MatchAny(any=list(c.values))))
        elif isinstance(c, Range):
            out.append(qm.FieldCondition(key=c.key, range=qm.Range(lte=c.lte, gt=c.gt)))
        elif isinstance(c, IsNull):
            out.append(qm.IsNullCondition(is_null=qm.PayloadField(key=c.key)))
        elif isinstance(c, HasId):
            out.append(qm.HasIdCondition(has_id=list(c.ids)))
        else:  # pragma: no cover - the union is closed
            raise TypeError(f"unknown condition {c!r}")
    return qm.Filter(must=out)


class ClientStore(QdrantStore):
    """Jingzhi passages in a Qdrant server collection (or qdrant-client local mode)."""

    def __init__(self, config: StoreConfig, client: QdrantClient | None = None, physical: str | None = None) -> None:
        super().__init__(config)
        self._client = client
        self._owns_client = client is None
        #: Set for a rebuild target: the physical collection it writes, not the alias.
        self._bare = physical
        self._physical: str | None = physical
        self._writes = 0
        self._gen_cache: tuple[float, object] | None = None
        self._gen_lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------------
    @property
    def location(self) -> str:
        """The URL (or the local-mode path)."""
        return str(self.config.url or self.config.local_path)

    @property
    def is_embedded(self) -> bool:
        """False: a server (or its local-mode stand-in)."""
        return False

    @property
    def name(self) -> str:
        """What reads and writes address: the alias, or a rebuild target's physical collection."""
        return self._bare or self.config.collection

    @property
    def physical(self) -> str | None:
        """The physical collection behind the alias."""
        return self._physical

    @property
    def client(self) -> QdrantClient:
        """The open qdrant-client (opens on first use)."""
        if self._client is None:
            self.open()
        assert self._client is not None
        return self._client

    def open(self) -> None:
        """Connect and make sure the collection (behind its alias) exists."""
        if self._client is not None and (self._physical is not None or self._bare):
            return
        cfg = self.config
        if self._client is None:
            try:
                if cfg.url:
                    self._client = QdrantClient(url=cfg.url, api_key=cfg.api_key, timeout=int(cfg.timeout))
                elif cfg.local_path == ":memory:":
                    self._client = QdrantClient(location=":memory:")
                else:
                    self._client = QdrantClient(path=str(cfg.local_path))
            except (RuntimeError, ValueError, OSError) as exc:
                raise StoreError(f"cannot open Qdrant at {self.location}: {exc}") from exc
        try:
            self._ensure_collection()
        except StoreError:
            self.close()
            raise
        except Exception as exc:
            self.close()
            raise StoreError(f"cannot use Qdrant at {self.location}: {exc}") from exc

    def close(self) -> None:
        """Release the client."""
        if self._client is not None and self._owns_client:
            try:
                self._client.close()
            finally:
                self._client = None
                self._physical = None

    def _aliases(self) -> dict[str, str]:
        assert self._client is not None
        return {a.alias_name: a.collection_name for a in self._client.get_aliases().aliases}

    def _ensure_collection(self) -> None:
        assert self._client is not None
        name = self.config.collection
        aliases = self._aliases()
        if name in aliases:
            self._physical = aliases[name]
        elif self._client.collection_exists(name):
            self._physical = name  # created before aliases were used
        else:
            physical = self._new_name()
            self._create(physical)
            self._client.update_collection_aliases(
                change_aliases_operations=[
                    qm.CreateAliasOperation(create_alias=qm.CreateAlias(collection_name=physical, alias_name=name))
                ]
            )
            self._physical = physical
            log.info("created collection %s (alias %s) at %s", physical, name, self.location)
            return
        meta = self._client.get_collection(self._physical).config.metadata
        if not meta:
            raise NotAStoreError(f"collection {self._physical!r} at {self.location} was not created by Jingzhi")
        check_meta(dict(meta), self.config, f"{self.location} ({self._physical})")

    def _new_name(self) -> str:
        return f"{self.config.collection}-{time.strftime('%Y%m%dT%H%M%S')}-{int(time.time() * 1000) % 1000:03d}"

    def _create(self, physical: str) -> None:
        assert self._client is not None
        cfg = self.config
        quant = (
            qm.ScalarQuantization(
                scalar=qm.ScalarQuantizationConfig(type=qm.ScalarType.INT8, quantile=0.99, always_ram=True)
            )
            if cfg.quantization == "int8"
            else None
        )
        vectors = {
            DENSE: qm.VectorParams(size=cfg.dim, distance=qm.Distance.COSINE, on_disk=cfg.vectors_on_disk or None)
        }
        if cfg.has_xling and cfg.xling_dim is not None:
            vectors[XLING] = qm.VectorParams(
                size=cfg.xling_dim, distance=qm.Distance.COSINE, on_disk=cfg.vectors_on_disk or None
            )
        self._client.create_collection(
            collection_name=physical,
            vectors_config=vectors,
            sparse_vectors_config={LEXICAL: qm.SparseVectorParams(modifier=qm.Modifier.IDF)},
            hnsw_config=qm.HnswConfigDiff(
                m=cfg.hnsw_m, ef_construct=cfg.hnsw_ef_construct, full_scan_threshold=cfg.full_scan_threshold_kb
            ),
            optimizers_config=qm.OptimizersConfigDiff(indexing_threshold=cfg.indexing_threshold_kb),
            quantization_config=quant,
            shard_number=cfg.shard_number,
            replication_factor=cfg.replication_factor,
            write_consistency_factor=cfg.write_consistency_factor,
            metadata=cfg.expected_meta(),
        )
        if self.config.kind == "server":  # local mode has no payload indexes (it scans)
            schemas = {"keyword": qm.PayloadSchemaType.KEYWORD, "integer": qm.PayloadSchemaType.INTEGER}
            for field_name, kind in INDEXED_FIELDS.items():
                self._client.create_payload_index(
                    physical, field_name=field_name, field_schema=schemas[kind], wait=True
                )

    def generation(self) -> object:
        """The physical collection, this process's writes and the server's point count (the count
        is re-read at most every few seconds, so another process's writes are noticed too)."""
        now = time.monotonic()
        with self._gen_lock:
            if self._gen_cache is None or now - self._gen_cache[0] > GENERATION_TTL_S:
                count = self.client.count(self.name, exact=True).count
                self._gen_cache = (now, count)
            return (self._physical, self._writes, self._gen_cache[1])

    def _end_write(self) -> None:
        self._writes += 1
        with self._gen_lock:
            self._gen_cache = None

    @contextmanager
    def rebuild(self) -> Iterator[QdrantStore]:
        """Fill a new physical collection, then move the alias to it in one call."""
        client = self.client
        name = self.config.collection
        physical = self._new_name()
        self._create(physical)
        target = ClientStore(self.config, client=client, physical=physical)
        try:
            yield target
        except BaseException:
            client.delete_collection(physical)
            raise
        old = self._physical
        aliases = self._aliases()
        ops: list[Any] = []
        if name in aliases:
            ops.append(qm.DeleteAliasOperation(delete_alias=qm.DeleteAlias(alias_name=name)))
        elif client.collection_exists(name):
            # A plain collection of that name (made before aliases) must go before the alias can
            # take its name: the only moment without data, once.
            log.warning("replacing the plain collection %s by an alias (one-time migration)", name)
            client.delete_collection(name)
            old = None
        ops.append(qm.CreateAliasOperation(create_alias=qm.CreateAlias(collection_name=physical, alias_name=name)))
        client.update_collection_aliases(change_aliases_operations=ops)
        with self._rw.write():
            self._physical = physical
        if old and old != physical:
            client.delete_collection(old)
        log.info("alias %s now points to %s (was %s)", name, physical, old)

    # -- primitives ----------------------------------------------------------------------------
    def _upsert(self, points: Sequence[PointData]) -> None:
        self.client.upsert(
            self.name,
            points=[qm.PointStruct(id=p.id, vector=_client_vectors(p), payload=p.payload) for p in points],
            wait=True,
        )

    def _delete(self, ids: Sequence[str]) -> None:
        self.client.delete(self.name, points_selector=qm.PointIdsList(points=list(ids)), wait=True)

    def _set_payload(self, ids: Sequence[str], payload: dict[str, Any]) -> None:
        self.client.set_payload(self.name, payload=payload, points=list(ids), wait=True)

    def _count(self, must: Sequence[Condition]) -> int:
        return int(self.client.count(self.name, count_filter=client_filter(must), exact=True).count)

    def _scroll(
        self, must: Sequence[Condition], offset: Any, limit: int, fields: Sequence[str] | None, with_vectors: bool
    ) -> tuple[list[StoredPoint], Any]:
        records, nxt = self.client.scroll(
            self.name,
            scroll_filter=client_filter(must),
            limit=limit,
            offset=offset,
            with_payload=list(fields) if fields else True,
            with_vectors=with_vectors,
        )
        return [_stored(r.id, r.payload, r.vector if with_vectors else None) for r in records], nxt

    def _retrieve(self, ids: Sequence[str]) -> list[StoredPoint]:
        return [
            _stored(r.id, r.payload, None) for r in self.client.retrieve(self.name, ids=list(ids), with_payload=True)
        ]

    def _params(self, q: CandidateQuery) -> qm.SearchParams:
        cfg = self.config
        quant = (
            qm.QuantizationSearchParams(rescore=True, oversampling=cfg.oversampling)
            if cfg.quantization != "none" and q.using != LEXICAL
            else None
        )
        return qm.SearchParams(hnsw_ef=cfg.hnsw_ef, exact=q.exact, quantization=quant)

    def _query(self, queries: Sequence[CandidateQuery], fields: Sequence[str]) -> list[list[Candidate]]:
        requests = []
        for q in queries:
            if q.using != LEXICAL:
                assert q.dense is not None
                query: Any = list(q.dense)
            else:
                assert q.sparse is not None
                query = qm.SparseVector(indices=list(q.sparse[0]), values=list(q.sparse[1]))
            requests.append(
                qm.QueryRequest(
                    query=query,
                    using=q.using,
                    filter=client_filter(q.must),
                    limit=q.limit,
                    with_payload=list(fields) if fields else False,
                    params=self._params(q),
                )
            )
        responses = self.client.query_batch_points(self.name, requests=requests)
        return [[Candidate(str(p.id), float(p.score), dict(p.payload or {})) for p in r.points] for r in responses]

    def _lexical_top(self, term: int) -> tuple[float, float] | None:
        res = self.client.query_points(
            self.name,
            query=qm.SparseVector(indices=[term], values=[1.0]),
            using=LEXICAL,
            limit=1,
            with_vectors=[LEXICAL],
        )
        if not res.points:
            return None
        vec = res.points[0].vector
        sparse = vec.get(LEXICAL) if isinstance(vec, dict) else None
        if not isinstance(sparse, qm.SparseVector):
            return None
        weights = dict(zip(sparse.indices, sparse.values, strict=True))
        return float(res.points[0].score), float(weights.get(term, 0.0))

    def _distinct(self, key: str) -> list[str]:
        res = self.client.facet(self.name, key=key, limit=1_000_000, exact=True)
        return [str(h.value) for h in res.hits if h.count > 0]


def _client_vectors(p: PointData) -> dict[str, Any]:
    out: dict[str, Any] = {DENSE: p.dense, LEXICAL: qm.SparseVector(indices=p.sparse[0], values=p.sparse[1])}
    if p.xling is not None:
        out[XLING] = p.xling
    return out


def _stored(pid: Any, payload: dict[str, Any] | None, vector: Any) -> StoredPoint:
    dense = sparse = xling = None
    if isinstance(vector, dict):
        d = vector.get(DENSE)
        dense = [float(x) for x in d] if d is not None else None
        x = vector.get(XLING)
        xling = [float(v) for v in x] if isinstance(x, list) else None
        s = vector.get(LEXICAL)
        if s is not None:
            sparse = ([int(i) for i in s.indices], [float(v) for v in s.values])
    return StoredPoint(id=str(pid), payload=dict(payload or {}), dense=dense, sparse=sparse, xling=xling)
