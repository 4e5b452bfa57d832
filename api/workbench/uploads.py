"""Case uploads (annotator page, ``POST /v1/cases``): the files go through the ingest pipeline
exactly as ``jingzhi ingest`` takes them (de-identification, quarantine, labelling, the same
types and per-file size limit), and the per-file result says what became of each.

Uploaded bytes are written to a private folder under the data dir only for the pipeline to read
them, and removed as soon as it is done (the de-identified passages are what is kept). A file that
reads as a statute or treaty is refused: uploads are case files, and only the case path
de-identifies.
"""

from __future__ import annotations

import logging
import re
import shutil
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.pipeline import IngestPipeline, source_kind
from ingest.readers import MAX_FILE_BYTES, ReadError, read_source

log = logging.getLogger(__name__)
#: Case file types (the CLI's, without taboo-note TOML).
UPLOAD_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".docx", ".pdf", ".jsonl"})
_SAFE = re.compile(r"[^\w.\-\u4e00-\u9fff]+")


class UploadError(ValueError):
    """The upload as a whole was refused (no files, too many, duplicate names)."""


@dataclass(frozen=True)
class UploadFile:
    """One uploaded file."""

    name: str
    data: bytes


def safe_name(name: str) -> str:
    """The file name an upload is stored under (no folders, no odd characters)."""
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
    ) -> None:
        self.folder = folder
        self.pipeline = pipeline
        #: Queue ids of a stored source's passages (for the per-file result).
        self.item_ids = item_ids
        #: Called after new passages were stored (the API reloads the search's mirror).
        self.on_stored = on_stored
        self.max_files = max_files

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
        work = self.folder / uuid.uuid4().hex
        work.mkdir(parents=True, exist_ok=False)
        work.chmod(0o700)
        results: dict[str, dict[str, Any]] = {}
        paths: list[Path] = []
        try:
            for f, name in zip(files, names, strict=True):
                results[name] = {"file": f.name, "source": f"local/{name}"}
                problem = self._check(name, f.data)
                path = work / name
                if problem is None:
                    path.write_bytes(f.data)
                    problem = self._check_kind(path)
                if problem is not None:
                    results[name].update(status="rejected", reason=problem)
                    continue
                paths.append(path)
            if paths:
                report = self.pipeline().run(paths)
                for prob in report.quarantined:
                    results[Path(prob.path).name].update(status="quarantined", reason=prob.message)
                for prob in report.skipped:
                    results[Path(prob.path).name].update(status="rejected", reason=prob.message)
                for p in paths:
                    r = results[p.name]
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
        finally:
            shutil.rmtree(work, ignore_errors=True)
        if any(r.get("status") == "stored" for r in results.values()) and self.on_stored is not None:
            self.on_stored()
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

    @staticmethod
    def _check_kind(path: Path) -> str | None:
        try:
            read = read_source(path)
        except (ReadError, OSError, ValueError) as exc:
            return str(exc)
        if read.format in ("text", "markdown", "docx", "pdf") or read.text:
            kind = source_kind(read.text)
            if kind != "case":
                return (
                    f"this file reads as a {kind} text, not a case file: "
                    "statutes and treaties are added with jingzhi ingest"
                )
        return None
