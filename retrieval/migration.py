"""Migration of a store written by the older layout: qdrant-client's local mode in
``$DATA_DIR/qdrant`` with a ``jingzhi-store.json`` marker (store schema 1).

The payload and vectors of that layout (``dense``, ``lexical`` and, when configured, the
cross-lingual ``xling``) are the ones the engine layout stores, so its points are copied as they
are (no re-embedding). A legacy store built with another embedder or lexical
recipe, or one the marker does not describe, is refused with how to rebuild. The old directory
is renamed ``qdrant.migrated`` (kept, never deleted) once the copy is active, so it happens once.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

from retrieval.store import MARKER, LegacyStoreError, PointData, QdrantStore, StoreLockedError

log = logging.getLogger(__name__)

LEGACY_SCHEMA = 1
MIGRATED_SUFFIX = ".migrated"


def is_legacy_store(path: Path) -> bool:
    """True when ``path`` holds a store of the older layout."""
    return (path / MARKER).is_file() and (path / "meta.json").is_file()


def _rebuild_hint(path: Path) -> str:
    return (
        f"move {path} aside (or delete it) and run `jingzhi ingest` to rebuild the store from the "
        "bundled corpus and shipped vectors, then re-ingest your own files"
    )


def migrate_legacy(legacy: Path, target: QdrantStore, progress: Callable[[int, int, str], None] | None = None) -> int:
    """Copy every point of the legacy store at ``legacy`` into ``target``; returns the count."""
    from qdrant_client import QdrantClient
    from qdrant_client.http.models import SparseVector

    try:
        described = json.loads((legacy / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LegacyStoreError(f"{legacy / MARKER} is unreadable ({exc}); {_rebuild_hint(legacy)}") from exc
    cfg = target.config
    meta = described.get(cfg.collection) if isinstance(described, dict) else None
    if not isinstance(meta, dict):
        raise LegacyStoreError(
            f"the older store at {legacy} has no collection {cfg.collection!r}; {_rebuild_hint(legacy)}"
        )
    for key, want in (
        ("jingzhi_schema", LEGACY_SCHEMA),
        ("embedder", cfg.embedder),
        ("dim", cfg.dim),
        ("lexical", cfg.lexical),
        ("xling_embedder", cfg.xling_embedder),
    ):
        if meta.get(key) != want:
            raise LegacyStoreError(
                f"the older store at {legacy} was built with {key}={meta.get(key)!r}, not {want!r}: it "
                f"cannot be migrated; {_rebuild_hint(legacy)}"
            )
    try:
        client = QdrantClient(path=str(legacy))
    except RuntimeError as exc:
        if "already accessed" in str(exc):
            raise StoreLockedError(
                f"the older store at {legacy} is open in another process (an older `jingzhi serve`?); "
                "stop it, then run the command again to migrate"
            ) from exc
        raise LegacyStoreError(f"cannot read the older store at {legacy}: {exc}; {_rebuild_hint(legacy)}") from exc
    try:
        if not client.collection_exists(cfg.collection):
            raise LegacyStoreError(
                f"the older store at {legacy} has no collection {cfg.collection!r}; {_rebuild_hint(legacy)}"
            )
        total = int(client.count(cfg.collection, exact=True).count)
        log.warning("migrating %d points from the older store %s to %s", total, legacy, target.location)
        done = 0
        offset = None
        with target.writing():
            while True:
                records, offset = client.scroll(
                    cfg.collection, limit=512, offset=offset, with_payload=True, with_vectors=True
                )
                points = []
                for r in records:
                    vec = r.vector if isinstance(r.vector, dict) else {}
                    dense, sparse, xling = vec.get("dense"), vec.get("lexical"), vec.get("xling")
                    if not isinstance(dense, list) or not isinstance(sparse, SparseVector):  # pragma: no cover
                        raise LegacyStoreError(
                            f"point {r.id} of the older store at {legacy} has no dense/lexical vectors; "
                            f"{_rebuild_hint(legacy)}"
                        )
                    if cfg.has_xling and not isinstance(xling, list):  # pragma: no cover
                        raise LegacyStoreError(
                            f"point {r.id} of the older store at {legacy} has no cross-lingual vector; "
                            f"{_rebuild_hint(legacy)}"
                        )
                    points.append(
                        PointData(
                            id=str(r.id),
                            dense=[float(x) for x in dense],  # type: ignore[arg-type]
                            sparse=(list(sparse.indices), list(sparse.values)),
                            payload=dict(r.payload or {}),
                            xling=[float(x) for x in xling] if cfg.has_xling and isinstance(xling, list) else None,  # type: ignore[arg-type]
                        )
                    )
                target.upsert_points(points)
                done += len(points)
                if progress:
                    progress(done, total, "migrating")
                if offset is None:
                    break
    finally:
        client.close()
    if target.count() < total:
        raise LegacyStoreError(
            f"migration of {legacy} copied {target.count()} of {total} points; {_rebuild_hint(legacy)}"
        )
    return done


def retire_legacy(legacy: Path) -> Path:
    """Rename a migrated legacy store so it is not migrated again (it is kept, not deleted)."""
    kept = legacy.with_name(legacy.name + MIGRATED_SUFFIX)
    legacy.rename(kept)
    log.warning("the older store is kept at %s (remove it when satisfied)", kept)
    return kept
