"""The Qdrant store: one collection holding a dense vector, a lexical sparse vector and the payload
of every passage. Embedded on disk (``path=``) by default; a server or cluster by URL.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from qdrant_client import QdrantClient
from qdrant_client import models as qm

from corpus.schema import Passage
from retrieval.embedders import Matrix
from retrieval.filters import SearchFilters

log = logging.getLogger(__name__)

DENSE = "dense"
#: The cross-lingual dense vector (multilingual USE), when the store is configured with one.
XLING = "xling"
LEXICAL = "lexical"
SCHEMA_VERSION = 1
MARKER = "jingzhi-store.json"

#: Payload fields that get an index on a Qdrant server (local mode ignores indexes).
INDEXED_FIELDS: dict[str, qm.PayloadSchemaType] = {
    "source": qm.PayloadSchemaType.KEYWORD,
    "article": qm.PayloadSchemaType.KEYWORD,
    "article_id": qm.PayloadSchemaType.KEYWORD,
    "doc_type": qm.PayloadSchemaType.KEYWORD,
    "short": qm.PayloadSchemaType.KEYWORD,
    "role": qm.PayloadSchemaType.KEYWORD,
    "case_types": qm.PayloadSchemaType.KEYWORD,
    "taboo_categories": qm.PayloadSchemaType.KEYWORD,
    "legal_clauses": qm.PayloadSchemaType.KEYWORD,
    "nationalities": qm.PayloadSchemaType.KEYWORD,
    "effective": qm.PayloadSchemaType.INTEGER,
    "superseded_on": qm.PayloadSchemaType.INTEGER,
}


class StoreError(RuntimeError):
    """Base class for store problems; messages name the path, URL or collection."""


class NotAStoreError(StoreError):
    """The configured directory exists but is not a Jingzhi store."""


class StoreLockedError(StoreError):
    """Another process holds the embedded store open."""


class StoreMismatchError(StoreError):
    """The store was built with a different embedder or lexical recipe."""


@dataclass(frozen=True)
class StoreConfig:
    """Where the store lives and what it must contain."""

    collection: str
    dim: int
    embedder: str
    lexical: str
    #: The cross-lingual embedder's identity and size (None: the store has no cross-lingual vector).
    xling_embedder: str | None = None
    xling_dim: int | None = None
    path: Path | None = None
    url: str | None = None
    api_key: str | None = None
    timeout: float = 10.0
    #: Only for a server/cluster: shards and replicas when the collection is created.
    shard_number: int | None = None
    replication_factor: int | None = None
    write_consistency_factor: int | None = None


@dataclass
class StoredPoint:
    """A point as read back from the store."""

    id: str
    payload: dict[str, Any]
    dense: list[float] | None = None
    sparse: tuple[list[int], list[float]] | None = None
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


class QdrantStore:
    """Reads and writes Jingzhi passages in one Qdrant collection."""

    def __init__(self, config: StoreConfig) -> None:
        if (config.path is None) == (config.url is None):
            raise ValueError("exactly one of path= (embedded) or url= (server) must be given")
        self.config = config
        self._client: QdrantClient | None = None

    # -- lifecycle -------------------------------------------------------------------------
    @property
    def location(self) -> str:
        """The path or URL, for messages."""
        return str(self.config.path) if self.config.path is not None else str(self.config.url)

    @property
    def is_embedded(self) -> bool:
        """True for the on-disk local mode."""
        return self.config.path is not None

    @property
    def client(self) -> QdrantClient:
        """The open qdrant-client (opens on first use)."""
        if self._client is None:
            self.open()
        assert self._client is not None
        return self._client

    def _check_embedded_dir(self, path: Path) -> None:
        if path.exists() and not path.is_dir():
            raise NotAStoreError(f"store path {path} is a file, not a directory")
        if not path.exists() or not any(path.iterdir()):
            return
        meta = path / "meta.json"
        marker = path / MARKER
        if not meta.exists() or not marker.exists():
            raise NotAStoreError(
                f"{path} is not empty and is not a Jingzhi store (no meta.json / {MARKER}); "
                "point JINGZHI_DATA_DIR elsewhere or remove the directory"
            )
        try:
            json.loads(meta.read_text(encoding="utf-8"))
            json.loads(marker.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise NotAStoreError(f"{path} holds an unreadable store description: {exc}") from exc

    def open(self) -> None:
        """Open the client, creating the collection when it does not exist yet."""
        if self._client is not None:
            return
        cfg = self.config
        if cfg.path is not None:
            self._check_embedded_dir(cfg.path)
            cfg.path.mkdir(parents=True, exist_ok=True)
            try:
                self._client = QdrantClient(path=str(cfg.path))
            except RuntimeError as exc:
                if "already accessed" in str(exc):
                    raise StoreLockedError(
                        f"the embedded store {cfg.path} is open in another process (a running "
                        "`jingzhi serve`?); stop it, or run Qdrant as a server for concurrent access"
                    ) from exc
                raise NotAStoreError(f"cannot open embedded store {cfg.path}: {exc}") from exc
            except (ValueError, KeyError, OSError) as exc:
                raise NotAStoreError(f"cannot open embedded store {cfg.path}: {exc}") from exc
        else:
            self._client = QdrantClient(url=cfg.url, api_key=cfg.api_key, timeout=int(cfg.timeout))
        try:
            self._ensure_collection()
        except StoreError:
            self.close()
            raise
        except Exception as exc:
            self.close()
            raise StoreError(f"cannot use Qdrant at {self.location}: {exc}") from exc

    def close(self) -> None:
        """Release the client (and the embedded store's lock)."""
        if self._client is not None:
            try:
                self._client.close()
            finally:
                self._client = None

    def __enter__(self) -> QdrantStore:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _expected_meta(self) -> dict[str, Any]:
        return {
            "jingzhi_schema": SCHEMA_VERSION,
            "embedder": self.config.embedder,
            "dim": self.config.dim,
            "lexical": self.config.lexical,
            "xling_embedder": self.config.xling_embedder,
        }

    @property
    def has_xling(self) -> bool:
        """True when points carry the cross-lingual vector."""
        return self.config.xling_embedder is not None and self.config.xling_dim is not None

    def _ensure_collection(self) -> None:
        assert self._client is not None
        cfg = self.config
        name = cfg.collection
        expected = self._expected_meta()
        if self._client.collection_exists(name):
            found = self._read_meta()
            if found is None:
                raise NotAStoreError(f"collection {name!r} at {self.location} was not created by Jingzhi")
            for key in ("jingzhi_schema", "embedder", "dim", "lexical", "xling_embedder"):
                if found.get(key) != expected[key]:
                    raise StoreMismatchError(
                        f"store at {self.location} was built with {key}={found.get(key)!r} but "
                        f"{expected[key]!r} is configured; run `jingzhi ingest --recreate` to rebuild it"
                    )
            return
        vectors = {DENSE: qm.VectorParams(size=cfg.dim, distance=qm.Distance.COSINE)}
        if cfg.xling_dim is not None and cfg.xling_embedder is not None:
            vectors[XLING] = qm.VectorParams(size=cfg.xling_dim, distance=qm.Distance.COSINE)
        self._client.create_collection(
            collection_name=name,
            vectors_config=vectors,
            sparse_vectors_config={LEXICAL: qm.SparseVectorParams(modifier=qm.Modifier.IDF)},
            shard_number=cfg.shard_number,
            replication_factor=cfg.replication_factor,
            write_consistency_factor=cfg.write_consistency_factor,
            metadata=expected,
        )
        if not self.is_embedded:
            for field, schema in INDEXED_FIELDS.items():
                self._client.create_payload_index(name, field_name=field, field_schema=schema)
        self._write_marker(expected)
        log.info("created collection %s at %s", name, self.location)

    def _read_meta(self) -> dict[str, Any] | None:
        assert self._client is not None
        info = self._client.get_collection(self.config.collection)
        meta = getattr(info.config, "metadata", None)
        if meta:
            return dict(meta)
        if self.config.path is not None and (self.config.path / MARKER).exists():
            data: dict[str, Any] = json.loads((self.config.path / MARKER).read_text(encoding="utf-8"))
            return data.get(self.config.collection)
        return None

    def _write_marker(self, meta: dict[str, Any]) -> None:
        if self.config.path is None:
            return
        marker = self.config.path / MARKER
        data = json.loads(marker.read_text(encoding="utf-8")) if marker.exists() else {}
        data[self.config.collection] = meta
        tmp = marker.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(marker)

    def recreate(self) -> None:
        """Drop and re-create the collection (explicit user action only)."""
        self.client.delete_collection(self.config.collection)
        self._ensure_collection()

    # -- writes ------------------------------------------------------------------------------
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
        if self.has_xling and (xling is None or len(xling) != len(passages)):
            raise ValueError("this store keeps cross-lingual vectors: pass one per passage")
        points = []
        for i, (p, vec, sp) in enumerate(zip(passages, dense, sparse, strict=True)):
            vector: dict[str, Any] = {
                DENSE: np.asarray(vec, dtype=np.float32).tolist(),
                LEXICAL: qm.SparseVector(indices=sp[0], values=sp[1]),
            }
            if self.has_xling and xling is not None:
                vector[XLING] = np.asarray(xling[i], dtype=np.float32).tolist()
            points.append(qm.PointStruct(id=p.point_id, vector=vector, payload=passage_payload(p)))
        if points:
            self.client.upsert(self.config.collection, points=points, wait=True)

    def delete(self, ids: Sequence[str]) -> None:
        """Delete points by id."""
        if ids:
            self.client.delete(self.config.collection, points_selector=qm.PointIdsList(points=list(ids)), wait=True)

    def set_payload(self, ids: Sequence[str], payload: dict[str, Any]) -> None:
        """Overwrite payload keys on the given points."""
        if ids:
            self.client.set_payload(self.config.collection, payload=payload, points=list(ids), wait=True)

    # -- reads -------------------------------------------------------------------------------
    def count(self) -> int:
        """Number of points."""
        return int(self.client.count(self.config.collection, exact=True).count)

    def scroll(
        self,
        flt: qm.Filter | None = None,
        with_vectors: bool = False,
        payload_fields: Sequence[str] | None = None,
        batch: int = 512,
    ) -> Iterator[StoredPoint]:
        """Iterate over all points matching ``flt``."""
        offset: Any = None
        with_payload: bool | list[str] = list(payload_fields) if payload_fields else True
        while True:
            records, offset = self.client.scroll(
                self.config.collection,
                scroll_filter=flt,
                limit=batch,
                offset=offset,
                with_payload=with_payload,
                with_vectors=with_vectors,
            )
            for r in records:
                yield _to_stored(r.id, r.payload, r.vector if with_vectors else None)
            if offset is None:
                return

    def points_of_source(self, source: str) -> dict[str, dict[str, Any]]:
        """``{point id: payload}`` (identity fields only) of every point from one source file."""
        flt = qm.Filter(must=[qm.FieldCondition(key="source", match=qm.MatchValue(value=source))])
        fields = ["article", "article_id", "paragraph", "content_hash"]
        return {p.id: p.payload for p in self.scroll(flt, payload_fields=fields)}

    def whole_passages(
        self, doc_types: Sequence[str], payload_fields: Sequence[str] | None = None
    ) -> Iterator[StoredPoint]:
        """Whole-passage points (not paragraph points) of the given document types, e.g. every
        case and cultural note for the annotation queue."""
        flt = qm.Filter(
            must=[
                qm.FieldCondition(key="doc_type", match=qm.MatchAny(any=list(doc_types))),
                qm.IsNullCondition(is_null=qm.PayloadField(key="paragraph")),
            ]
        )
        return self.scroll(flt, payload_fields=payload_fields)

    def points_of_article(self, article_id: str) -> list[StoredPoint]:
        """Every point (the whole passage and its paragraphs) of one ``source#article`` identity:
        the points a label change rewrites with :meth:`set_payload`."""
        flt = qm.Filter(must=[qm.FieldCondition(key="article_id", match=qm.MatchValue(value=article_id))])
        return list(self.scroll(flt))

    def sources(self) -> set[str]:
        """Every source that has points in the store."""
        return {str(p.payload["source"]) for p in self.scroll(payload_fields=["source"])}

    def retrieve(self, ids: Sequence[str]) -> list[StoredPoint]:
        """Points by id (missing ids are skipped), in the order asked."""
        if not ids:
            return []
        records = self.client.retrieve(self.config.collection, ids=list(ids), with_payload=True)
        by_id = {str(r.id): _to_stored(r.id, r.payload, None) for r in records}
        return [by_id[i] for i in ids if i in by_id]

    def search_dense(
        self,
        vector: Sequence[float],
        filters: SearchFilters | None,
        limit: int,
        ids: Sequence[str] | None = None,
        using: str = DENSE,
    ) -> list[tuple[str, float]]:
        """Top ``limit`` points by cosine similarity of the named vector ``using``."""
        flt = _with_ids(filters.to_qdrant() if filters else None, ids)
        res = self.client.query_points(
            self.config.collection,
            query=list(map(float, vector)),
            using=using,
            query_filter=flt,
            limit=limit,
            with_payload=False,
        )
        return [(str(p.id), float(p.score)) for p in res.points]

    def search_sparse(
        self, indices: Sequence[int], values: Sequence[float], filters: SearchFilters | None, limit: int
    ) -> list[tuple[str, float]]:
        """Top ``limit`` points by BM25 (TF in the stored vector, IDF applied by Qdrant)."""
        if not indices:
            return []
        res = self.client.query_points(
            self.config.collection,
            query=qm.SparseVector(indices=list(indices), values=list(values)),
            using=LEXICAL,
            query_filter=filters.to_qdrant() if filters else None,
            limit=limit,
            with_payload=False,
        )
        return [(str(p.id), float(p.score)) for p in res.points]

    def find_articles(self, article_ids: Sequence[str], filters: SearchFilters | None) -> list[StoredPoint]:
        """Whole-article points (not paragraph points) for ``source#article`` identities."""
        if not article_ids:
            return []
        must: list[qm.Condition] = [
            qm.FieldCondition(key="article_id", match=qm.MatchAny(any=list(article_ids))),
            qm.IsNullCondition(is_null=qm.PayloadField(key="paragraph")),
        ]
        base = filters.to_qdrant() if filters else None
        if base is not None and base.must:
            must.extend(base.must if isinstance(base.must, list) else [base.must])
        points = list(self.scroll(qm.Filter(must=must)))
        order = {a: i for i, a in enumerate(article_ids)}
        return sorted(points, key=lambda p: order.get(str(p.payload.get("article_id")), len(order)))

    def find_by_article_heading(self, heading: str, filters: SearchFilters | None) -> list[StoredPoint]:
        """Whole-article points with a given heading (``第三百五十七条``) in any source."""
        must: list[qm.Condition] = [
            qm.FieldCondition(key="article", match=qm.MatchValue(value=heading)),
            qm.IsNullCondition(is_null=qm.PayloadField(key="paragraph")),
        ]
        base = filters.to_qdrant() if filters else None
        if base is not None and base.must:
            must.extend(base.must if isinstance(base.must, list) else [base.must])
        return list(self.scroll(qm.Filter(must=must)))


def _with_ids(flt: qm.Filter | None, ids: Sequence[str] | None) -> qm.Filter | None:
    if ids is None:
        return flt
    cond = qm.HasIdCondition(has_id=list(ids))
    if flt is None:
        return qm.Filter(must=[cond])
    must = list(flt.must) if isinstance(flt.must, list) else ([flt.must] if flt.must else [])
    return qm.Filter(must=[*must, cond])


def _to_stored(pid: Any, payload: dict[str, Any] | None, vector: Any) -> StoredPoint:
    dense = sparse = None
    xling = None
    if isinstance(vector, dict):
        d = vector.get(DENSE)
        dense = list(d) if d is not None else None
        x = vector.get(XLING)
        xling = list(x) if x is not None else None
        s = vector.get(LEXICAL)
        if s is not None:
            sparse = (list(s.indices), list(s.values))
    return StoredPoint(id=str(pid), payload=dict(payload or {}), dense=dense, sparse=sparse, xling=xling)
