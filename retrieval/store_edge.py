"""The embedded store: Qdrant's segment engine in-process (``qdrant-edge-py``), on disk.

Directory layout (``$DATA_DIR/store``)::

    jingzhi-store.json   what the store holds (schema, embedder, lexical recipe), the active
                         shard, the point count recorded after the last completed write
    .lock                held (flock) by the one process that has the store open; names its pid
    shard-<stamp>/       the active Qdrant edge shard (segments, WAL, payload indexes)

``rebuild()`` writes a second shard beside the active one and switches ``active`` in one atomic
rename of the marker file, so a re-index never leaves searches without data (the embedded
counterpart of a collection alias swap on a server).

Opening checks, in order: an older layout (qdrant-client's local mode) is refused with how to
migrate or rebuild; another process holding the lock is named by its pid; the shard must load
and hold the number of points recorded after the last write, else the store is reported as
corrupted (never silently rebuilt empty).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import shutil
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import qdrant_edge as qe

from retrieval.engine import DENSE, LEXICAL, XLING, Candidate, CandidateQuery, Condition, HasId, IsNull, Match, Range
from retrieval.store import (
    INDEXED_FIELDS,
    MARKER,
    SCHEMA_VERSION,
    LegacyStoreError,
    NotAStoreError,
    PointData,
    QdrantStore,
    StoreConfig,
    StoreCorruptedError,
    StoredPoint,
    StoreError,
    StoreLockedError,
    check_meta,
)

log = logging.getLogger(__name__)

LAYOUT = "qdrant-edge"
LOCK = ".lock"
REBUILD_HINT = (
    "rebuild it with `jingzhi ingest --recreate` (the bundled corpus re-ingests from the shipped "
    "vectors in seconds; re-ingest your own files after it)"
)


def edge_filter(must: Sequence[Condition]) -> qe.Filter | None:
    """The qdrant-edge filter for engine-neutral conditions."""
    if not must:
        return None
    out: list[Any] = []
    for c in must:
        if isinstance(c, Match):
            out.append(qe.FieldCondition(key=c.key, match=qe.MatchAny(any=list(c.values))))
        elif isinstance(c, Range):
            out.append(
                qe.FieldCondition(
                    key=c.key,
                    range=qe.RangeFloat(
                        lte=None if c.lte is None else float(c.lte), gt=None if c.gt is None else float(c.gt)
                    ),
                )
            )
        elif isinstance(c, IsNull):
            out.append(qe.IsNullCondition(key=c.key))
        elif isinstance(c, HasId):
            out.append(qe.HasIdCondition(point_ids=set(c.ids)))
        else:  # pragma: no cover - the union is closed
            raise TypeError(f"unknown condition {c!r}")
    return qe.Filter(must=out)


def _engine_call(what: str, where: Path, fn: Any, *args: Any) -> Any:
    """Call into the engine; its errors (and Rust panics, which are BaseExceptions) become a
    :class:`StoreCorruptedError` naming the store (a :class:`StoreError` when creating one)."""
    try:
        return fn(*args)
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as exc:
        if what == "create":
            raise StoreError(f"cannot create the embedded store in {where}: {exc}") from exc
        raise StoreCorruptedError(
            f"the embedded store {where} cannot be read ({what}: {type(exc).__name__}: {str(exc)[:300]}); "
            f"a segment file is damaged or missing. Nothing was changed; {REBUILD_HINT}"
        ) from exc


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class EdgeStore(QdrantStore):
    """Jingzhi passages in an embedded Qdrant edge shard."""

    def __init__(self, config: StoreConfig, shard_dir: Path | None = None) -> None:
        super().__init__(config)
        assert config.path is not None
        self.root = config.path
        #: A bare store (a rebuild target) has no lock or marker of its own.
        self._bare_dir = shard_dir
        self._shard: qe.EdgeShard | None = None
        self._lock: IO[str] | None = None
        self._marker: dict[str, Any] = {}
        self._writes = 0

    # -- lifecycle -------------------------------------------------------------------------
    @property
    def location(self) -> str:
        """The store directory."""
        return str(self.root)

    @property
    def is_embedded(self) -> bool:
        """Always True."""
        return True

    @property
    def shard(self) -> qe.EdgeShard:
        """The open shard (opens the store on first use)."""
        if self._shard is None:
            self.open()
        assert self._shard is not None
        return self._shard

    @property
    def shard_dir(self) -> Path:
        """Directory of the active shard."""
        if self._bare_dir is not None:
            return self._bare_dir
        return self.root / str(self._marker["active"])

    def open(self) -> None:
        """Open the store, creating it when the directory is new or empty."""
        if self._shard is not None:
            return
        if self._bare_dir is not None:
            self._shard = _engine_call(
                "create", self._bare_dir, qe.EdgeShard.create, str(self._bare_dir), self._edge_config()
            )
            self._create_indexes()
            return
        self._check_dir()
        self.root.mkdir(parents=True, exist_ok=True)
        self._acquire_lock()
        try:
            self._open_shard()
        except BaseException:
            self._release_lock()
            raise

    def close(self) -> None:
        """Flush and close the shard, release the lock."""
        if self._shard is not None:
            try:
                self._shard.flush()
                self._shard.close()
            finally:
                self._shard = None
        self._release_lock()

    def _check_dir(self) -> None:
        root = self.root
        if root.exists() and not root.is_dir():
            raise NotAStoreError(f"store path {root} is a file, not a directory")
        if not root.exists():
            return
        entries = {p.name for p in root.iterdir()} - {LOCK}
        if not entries:
            return
        marker = root / MARKER
        if (root / "meta.json").exists() or (root / "collection").is_dir():
            raise LegacyStoreError(
                f"{root} holds a store of the older layout (qdrant-client local mode); it is read only "
                "by migration: move it to $JINGZHI_DATA_DIR/qdrant and run `jingzhi ingest` (migrates "
                f"it), or remove it and {REBUILD_HINT}"
            )
        if not marker.exists():
            raise NotAStoreError(
                f"{root} is not empty and is not a Jingzhi store (no {MARKER}); point JINGZHI_DATA_DIR "
                "elsewhere or remove the directory"
            )
        try:
            data = json.loads(marker.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreCorruptedError(f"{marker} is unreadable ({exc}); {REBUILD_HINT}") from exc
        if not isinstance(data, dict) or data.get("layout") != LAYOUT:
            raise LegacyStoreError(
                f"{root} was written by another store layout ({marker} has no layout {LAYOUT!r}); "
                f"remove the directory and {REBUILD_HINT}"
            )
        if int(data.get("jingzhi_schema", 0)) > SCHEMA_VERSION:
            raise LegacyStoreError(
                f"{root} was written by a newer Jingzhi (store schema {data.get('jingzhi_schema')}, this "
                f"version reads {SCHEMA_VERSION}); upgrade, or remove the directory and {REBUILD_HINT}"
            )

    def _acquire_lock(self) -> None:
        path = self.root / LOCK
        fh = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the store's lifetime
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip()
            fh.close()
            pid = None
            with contextlib.suppress(ValueError, IndexError):
                pid = int(holder.split()[0])
            what = holder.split(" ", 1)[1] if pid is not None and " " in holder else "unknown command"
            alive = "" if pid is None or _pid_alive(pid) else " (not running any more: its lock is stale)"
            raise StoreLockedError(
                f"the embedded store {self.root} is in use by process {pid if pid is not None else '?'} "
                f"({what}){alive}. While `jingzhi serve` runs, ask/search/ingest go through it; "
                "otherwise wait for that process or stop it",
                pid=pid,
            ) from None
        fh.seek(0)
        fh.truncate()
        cmd = " ".join(os.path.basename(a) if i == 0 else a for i, a in enumerate(_argv()))
        fh.write(f"{os.getpid()} {cmd[:200]}\n")
        fh.flush()
        self._lock = fh

    def _release_lock(self) -> None:
        if self._lock is not None:
            with contextlib.suppress(OSError):
                self._lock.seek(0)
                self._lock.truncate()
                fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None

    def _edge_config(self) -> qe.EdgeConfig:
        cfg = self.config
        quant = (
            qe.ScalarQuantizationConfig(qe.ScalarType.Int8, quantile=0.99, always_ram=True)
            if cfg.quantization == "int8"
            else None
        )
        vectors = {
            DENSE: qe.EdgeVectorParams(
                size=cfg.dim, distance=qe.Distance.Cosine, on_disk=cfg.vectors_on_disk, quantization_config=quant
            )
        }
        if cfg.has_xling and cfg.xling_dim is not None:
            vectors[XLING] = qe.EdgeVectorParams(
                size=cfg.xling_dim, distance=qe.Distance.Cosine, on_disk=cfg.vectors_on_disk, quantization_config=quant
            )
        return qe.EdgeConfig(
            vectors=vectors,
            sparse_vectors={LEXICAL: qe.EdgeSparseVectorParams(modifier=qe.Modifier.Idf)},
            hnsw_config=qe.HnswIndexConfig(
                m=cfg.hnsw_m, ef_construct=cfg.hnsw_ef_construct, full_scan_threshold=cfg.full_scan_threshold_kb
            ),
            optimizers=qe.EdgeOptimizersConfig(indexing_threshold=cfg.indexing_threshold_kb),
        )

    def _create_indexes(self) -> None:
        assert self._shard is not None
        have = set(self._shard.info().payload_schema)
        kinds = {"keyword": qe.PayloadSchemaType.Keyword, "integer": qe.PayloadSchemaType.Integer}
        for name, kind in INDEXED_FIELDS.items():
            if name not in have:
                self._shard.update(qe.UpdateOperation.create_field_index(name, kinds[kind]))

    def _open_shard(self) -> None:
        marker_path = self.root / MARKER
        if not marker_path.exists():
            name = f"shard-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
            self._marker = {
                "layout": LAYOUT,
                **self.config.expected_meta(),
                "engine": f"qdrant-edge-py {_edge_version()}",
                "active": name,
                "points": 0,
                "writing": False,
            }
            self._shard = _engine_call(
                "create", self.root / name, qe.EdgeShard.create, str(self.root / name), self._edge_config()
            )
            self._create_indexes()
            self._write_marker()
            log.info("created embedded store %s", self.root)
            return
        self._marker = json.loads(marker_path.read_text(encoding="utf-8"))
        check_meta(self._marker, self.config, str(self.root))
        shard_dir = self.shard_dir
        if not shard_dir.is_dir():
            raise StoreCorruptedError(
                f"the embedded store {self.root} names shard {shard_dir.name} in {MARKER}, but that "
                f"directory is missing. Nothing was changed; {REBUILD_HINT}"
            )
        self._remove_abandoned(shard_dir.name)
        self._shard = _engine_call("load", shard_dir, qe.EdgeShard.load, str(shard_dir))
        try:
            found = int(_engine_call("count", shard_dir, self._shard.count, qe.CountRequest(exact=True)))
            recorded = int(self._marker.get("points", 0))
            if self._marker.get("writing"):
                log.warning(
                    "the last write to %s did not finish (the engine replayed its log): %d points, %d before it",
                    self.root,
                    found,
                    recorded,
                )
                self._marker.update(points=found, writing=False)
                self._write_marker()
            elif found != recorded:
                raise StoreCorruptedError(
                    f"the embedded store {self.root} holds {found} points but {recorded} were recorded "
                    f"after its last completed write: a segment of {shard_dir.name} is damaged or missing. "
                    f"Nothing was changed; {REBUILD_HINT}"
                )
            self._create_indexes()
        except BaseException:
            with contextlib.suppress(Exception):
                self._shard.close()
            self._shard = None
            raise

    def _remove_abandoned(self, active: str) -> None:
        """Shards left by a rebuild that never finished (the active one is untouched)."""
        for p in self.root.glob("shard-*"):
            if p.is_dir() and p.name != active:
                log.warning("removing %s: an unfinished rebuild (the active shard is %s)", p, active)
                shutil.rmtree(p, ignore_errors=True)

    def _write_marker(self) -> None:
        if self._bare_dir is not None:
            return
        path = self.root / MARKER
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._marker, ensure_ascii=False, indent=2), encoding="utf-8")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        tmp.replace(path)

    def generation(self) -> object:
        """Changes with every completed write and every rebuild swap."""
        return (self._marker.get("active"), self._writes)

    def _begin_write(self) -> None:
        if self._bare_dir is None and not self._marker.get("writing"):
            self._marker["writing"] = True
            self._write_marker()

    def _end_write(self) -> None:
        shard = self.shard
        shard.flush()
        self._writes += 1
        if self._bare_dir is None:
            self._marker.update(points=int(shard.count(qe.CountRequest(exact=True))), writing=False)
            self._write_marker()

    def optimize(self) -> bool:
        """Merge segments and build the HNSW graph and quantized vectors for what was written.

        The engine holds the interpreter while it works: call it after an ingest, not between
        searches (its duration is in docs/benchmarks.md).
        """
        with self._rw.write():
            changed = bool(self.shard.optimize())
            self.shard.flush()
        return changed

    @contextmanager
    def rebuild(self) -> Iterator[QdrantStore]:
        """A new shard beside the active one; on success it becomes the active shard."""
        self.open()
        name = f"shard-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{self._writes}"
        target = EdgeStore(self.config, shard_dir=self.root / name)
        target.open()
        try:
            yield target
            target.optimize()
        except BaseException:
            target.close()
            shutil.rmtree(self.root / name, ignore_errors=True)
            raise
        with self._rw.write():
            old_shard, old_dir = self._shard, self.shard_dir
            assert target._shard is not None
            self._shard, target._shard = target._shard, None
            points = int(self._shard.count(qe.CountRequest(exact=True)))
            self._marker.update(active=name, points=points, writing=False)
            self._write_marker()
            self._writes += 1
            if old_shard is not None:
                old_shard.close()
            shutil.rmtree(old_dir, ignore_errors=True)
        log.info("rebuilt embedded store %s: shard %s with %d points is active", self.root, name, points)

    # -- primitives ----------------------------------------------------------------------------
    def _upsert(self, points: Sequence[PointData]) -> None:
        self.shard.update(
            qe.UpdateOperation.upsert_points([qe.Point(p.id, _edge_vectors(p), p.payload) for p in points])
        )

    def _delete(self, ids: Sequence[str]) -> None:
        self.shard.update(qe.UpdateOperation.delete_points(list(ids)))

    def _set_payload(self, ids: Sequence[str], payload: dict[str, Any]) -> None:
        self.shard.update(qe.UpdateOperation.set_payload(list(ids), payload))

    def _count(self, must: Sequence[Condition]) -> int:
        return int(self.shard.count(qe.CountRequest(exact=True, filter=edge_filter(must))))

    def _scroll(
        self, must: Sequence[Condition], offset: Any, limit: int, fields: Sequence[str] | None, with_vectors: bool
    ) -> tuple[list[StoredPoint], Any]:
        records, nxt = self.shard.scroll(
            qe.ScrollRequest(
                offset=offset,
                limit=limit,
                filter=edge_filter(must),
                with_payload=list(fields) if fields else True,
                with_vector=with_vectors,
            )
        )
        return [_stored(r.id, r.payload, r.vector if with_vectors else None) for r in records], nxt

    def _retrieve(self, ids: Sequence[str]) -> list[StoredPoint]:
        return [_stored(r.id, r.payload, None) for r in self.shard.retrieve(list(ids), True, False)]

    def _params(self, q: CandidateQuery) -> qe.SearchParams:
        cfg = self.config
        quant = (
            qe.QuantizationSearchParams(rescore=True, oversampling=cfg.oversampling)
            if cfg.quantization != "none" and q.using != LEXICAL
            else None
        )
        return qe.SearchParams(hnsw_ef=cfg.hnsw_ef, exact=q.exact, quantization=quant)

    def _query(self, queries: Sequence[CandidateQuery], fields: Sequence[str]) -> list[list[Candidate]]:
        requests = []
        for q in queries:
            if q.using != LEXICAL:
                assert q.dense is not None
                vector: Any = list(q.dense)
            else:
                assert q.sparse is not None
                vector = qe.SparseVector(indices=list(q.sparse[0]), values=list(q.sparse[1]))
            requests.append(
                qe.QueryRequest(
                    limit=q.limit,
                    query=qe.Query.Nearest(vector, using=q.using),
                    filter=edge_filter(q.must),
                    with_payload=list(fields) if fields else False,
                    params=self._params(q),
                )
            )
        results = self.shard.query_batch(qe.QueryBatchRequest(requests))
        return [[Candidate(str(p.id), float(p.score), dict(p.payload or {})) for p in res] for res in results]

    def _lexical_top(self, term: int) -> tuple[float, float] | None:
        res = self.shard.query(
            qe.QueryRequest(
                limit=1,
                query=qe.Query.Nearest(qe.SparseVector(indices=[term], values=[1.0]), using=LEXICAL),
                with_vector=[LEXICAL],
            )
        )
        if not res:
            return None
        vec = res[0].vector
        sparse = vec.get(LEXICAL) if isinstance(vec, dict) else None
        if not isinstance(sparse, qe.SparseVector):
            return None
        weights = dict(zip(sparse.indices, sparse.values, strict=True))
        return float(res[0].score), float(weights.get(term, 0.0))

    def _distinct(self, key: str) -> list[str]:
        hits = self.shard.facet(qe.FacetRequest(key=key, limit=10_000_000, exact=True))
        # An exact facet also lists values whose points were all deleted (count 0).
        return [str(h.value) for h in hits if h.count > 0]

    def stats(self) -> dict[str, Any]:
        """Segments, points and indexes (for benchmarks and health checks)."""
        info = self.shard.info()
        return {
            "segments": info.segments_count,
            "points": info.points_count,
            "indexed_vectors": info.indexed_vectors_count,
            "payload_indexes": sorted(info.payload_schema),
        }


def _edge_vectors(p: PointData) -> dict[str, Any]:
    out: dict[str, Any] = {DENSE: p.dense, LEXICAL: qe.SparseVector(indices=p.sparse[0], values=p.sparse[1])}
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


def _argv() -> list[str]:
    import sys

    return list(sys.argv) or ["python"]


def _edge_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("qdrant-edge-py")
    except PackageNotFoundError:  # pragma: no cover - the package is a dependency
        return "unknown"


__all__ = ["EdgeStore", "StoreError", "edge_filter"]
