"""Case uploads (annotator page, ``POST /v1/cases``): the files go through the ingest pipeline
exactly as ``jingzhi ingest`` takes them (de-identification of every file the manifest does not
list, quarantine, labelling, the same types and per-file size limit), and the per-file result says
what became of each.

Uploaded bytes are written to one fixed private folder under the data dir (``data/uploads``, 0700)
only for the pipeline to read them, and removed as soon as it is done (the de-identified passages
are what is kept). Because the folder is fixed, a file's source id is the pipeline's own
:meth:`IngestPipeline.source_of` naming, ``local/<digest of the folder>/<de-identified name>``, and
uploading a file of the same name again is a re-ingest of that file (unchanged passages keep their
human labels). One upload at a time: the services' ingest lock (so an upload never writes into a
store that ``jingzhi ingest --recreate`` is replacing) and a file lock in the folder (several
server processes over one data dir).
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.pipeline import IngestPipeline
from ingest.readers import MAX_FILE_BYTES

log = logging.getLogger(__name__)
#: Case file types (the CLI's, without taboo-note TOML).
UPLOAD_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".docx", ".pdf", ".jsonl"})
_SAFE = re.compile(r"[^\w.\-\u4e00-\u9fff]+")
_LOCK_FILE = ".upload.lock"


class UploadError(ValueError):
    """The upload as a whole was refused (no files, too many, duplicate names)."""


class UploadBusyError(RuntimeError):
    """Another upload or ingest holds the lock; nothing was written (the API answers 409)."""


@dataclass(frozen=True)
class UploadFile:
    """One uploaded file."""

    name: str
    data: bytes


def safe_name(name: str) -> str:
    """The file name an upload is written under (no folders, no odd characters); the source id is
    the pipeline's de-identified form of it."""
    base = Path(name.replace("\\", "/")).name
    cleaned = _SAFE.sub("_", base).strip("._")
    return cleaned[:120] or "upload"


class CaseUploads:
    """Runs uploaded case files through the ingest pipeline."""

    def __init__(
        self,
        folder: Path,
        pipeline: Callable[[], IngestPipeline],
        item_ids: Callable[[str], list[str]],
        on_stored: Callable[[], None] | None = None,
        max_files: int = 20,
        lock: threading.Lock | None = None,
        wait_seconds: float = 30.0,
    ) -> None:
        self.folder = folder
        self.pipeline = pipeline
        #: Queue ids of a stored source's passages (for the per-file result).
        self.item_ids = item_ids
        #: Called after new passages were stored (the API refreshes what the searcher derives).
        self.on_stored = on_stored
        self.max_files = max_files
        #: Held for the whole upload: the services' ingest lock (one ingest at a time).
        self.lock = lock or threading.Lock()
        #: How long an upload waits for another ingest before it is refused as busy.
        self.wait_seconds = wait_seconds

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[None]:
        """The upload folder to this upload alone: the in-process lock, then the folder's file lock."""
        if not self.lock.acquire(timeout=self.wait_seconds):
            raise UploadBusyError("another ingest or upload is running; try again when it has finished")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.folder.chmod(0o700)
            with open(self.folder / _LOCK_FILE, "a+b") as handle:
                deadline = time.monotonic() + self.wait_seconds
                while True:
                    try:
                        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if time.monotonic() > deadline:
                            raise UploadBusyError(
                                "another process is ingesting an upload into this data directory; try again"
                            ) from None
                        time.sleep(0.2)
                try:
                    yield
                finally:
                    fcntl.flock(handle, fcntl.LOCK_UN)
        finally:
            self.lock.release()

    def _clear(self) -> None:
        """Remove every uploaded file left in the folder (raw bytes are never kept)."""
        for path in self.folder.iterdir():
            if path.name != _LOCK_FILE and path.is_file():
                path.unlink(missing_ok=True)

    def ingest(self, files: Sequence[UploadFile]) -> list[dict[str, Any]]:
        """One result per file: ``stored`` (with its source and queue items), ``quarantined`` or
        ``rejected``, each with the reason."""
        if not files:
            raise UploadError("no files in the upload (use the form field 'files')")
        if len(files) > self.max_files:
            raise UploadError(f"{len(files)} files in one upload; the limit is {self.max_files}")
        names = [safe_name(f.name) for f in files]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise UploadError(f"two files named {dupes[0]!r} in one upload")
        with self._exclusive():
            self._clear()  # a crash of an earlier upload may have left bytes behind
            try:
                results = self._run(files, names)
            finally:
                self._clear()
        if any(r.get("status") == "stored" for r in results) and self.on_stored is not None:
            self.on_stored()
        return results

    def _run(self, files: Sequence[UploadFile], names: list[str]) -> list[dict[str, Any]]:
        pipeline = self.pipeline()
        results: dict[str, dict[str, Any]] = {}
        by_source: dict[str, str] = {}
        paths: list[Path] = []
        for f, name in zip(files, names, strict=True):
            path = self.folder / name
            source = pipeline.source_of(path)
            results[name] = {"file": f.name, "source": source}
            problem = self._check(name, f.data)
            if problem is not None:
                results[name].update(status="rejected", reason=problem)
                continue
            path.write_bytes(f.data)
            by_source[source] = name
            paths.append(path)
        if not paths:
            return [results[n] for n in names]
        report = pipeline.run(paths)
        for status, problems in (("quarantined", report.quarantined), ("rejected", report.skipped)):
            for prob in problems:
                ours = by_source.get(prob.path)
                if ours is None:  # not one of ours: the pipeline names files by source_of
                    log.warning("upload: a problem with an unknown source %s", prob.path)
                    continue
                results[ours].update(status=status, reason=prob.message)
        for path in paths:
            r = results[path.name]
            if "status" not in r:
                items = self.item_ids(r["source"])
                r.update(status="stored", passages=len(items), items=items)
        log.info(
            "upload: %d files, %d stored, %d embedded, redacted %s",
            len(files),
            sum(1 for r in results.values() if r.get("status") == "stored"),
            report.embedded,
            report.redacted,
        )
        return [results[n] for n in names]

    @staticmethod
    def _check(name: str, data: bytes) -> str | None:
        suffix = Path(name).suffix.lower()
        if suffix not in UPLOAD_SUFFIXES:
            return f"unsupported file type {suffix or '(none)'!r}: upload {', '.join(sorted(UPLOAD_SUFFIXES))}"
        if len(data) > MAX_FILE_BYTES:
            return f"file is {len(data)} bytes, above the {MAX_FILE_BYTES}-byte limit"
        if not data:
            return "file is empty"
        return None
