"""Ingest: parse source files, diff against the store, embed what is new, upsert, drop what is gone.

Point ids are deterministic (source + article + paragraph + content hash), so re-running is
idempotent, a killed run resumes where it stopped (points already written are not embedded again),
and a changed file re-embeds only its changed articles.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from corpus import CORPUS_ROOT
from corpus.manifest import Manifest
from corpus.schema import DocType, Passage, SourceDocument
from corpus.versions import align
from ingest.parsers import ParseError, detect_format, parse_document
from retrieval.embedders import CachedEmbedder, Embedder
from retrieval.lexical import LexicalAnalyzer
from retrieval.store import QdrantStore

log = logging.getLogger(__name__)

#: Bundled folders ingested by ``jingzhi ingest`` with no path.
DEFAULT_DIRS = ("laws_cn", "treaties")
SUPPORTED_SUFFIXES = {".md", ".markdown", ".txt"}
MAX_FILE_BYTES = 20 * 1024 * 1024

ProgressFn = Callable[[int, int, str], None]


@dataclass
class FileProblem:
    """A file that was skipped, with the reason (and line, for parse errors)."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass
class IngestReport:
    """Summary printed at the end of ``jingzhi ingest``."""

    files: int = 0
    passages: int = 0
    articles: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    embedded: int = 0
    cache_hits: int = 0
    seconds: float = 0.0
    skipped: list[FileProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no file was skipped."""
        return not self.skipped


@dataclass
class _Plan:
    source: str
    passages: list[Passage]
    existing: dict[str, dict[str, object]]
    to_write: list[Passage]
    stale: list[str]


def source_id(path: Path, corpus_root: Path) -> str:
    """Evidence ``source`` of a file: its path relative to the corpus root, else ``local/<name>``."""
    try:
        return path.resolve().relative_to(corpus_root.resolve()).as_posix()
    except ValueError:
        return f"local/{path.name}"


def describe_unlisted(source: str, text: str) -> SourceDocument:
    """Metadata for a file the manifest does not list: title from its heading, no end date."""
    title = None
    for line in text.splitlines()[:40]:
        m = re.match(r'^\s*(?:#\s+|title:\s*"?)([^"#]+?)"?\s*$', line)
        if m and not line.startswith("##"):
            title = m.group(1).strip()
            break
    stem = Path(source).stem
    title = title or stem
    short = title.removeprefix("中华人民共和国")
    year = re.search(r"(19|20)\d\d", stem)
    treaty = detect_format(text) == "treaty"
    return SourceDocument(
        source=source,
        doc_type=DocType.TREATY if treaty else DocType.LAW,
        law=title,
        short=short,
        version=year.group(0) if year else "",
        lang="en" if treaty else "zh",
        # Unknown promulgation: treat as in force so it is searchable; say so in the note.
        effective=date(1900, 1, 1),
        note="not in the manifest: version dates unknown",
    )


class IngestPipeline:
    """Parses, diffs, embeds and upserts source files into a :class:`QdrantStore`."""

    def __init__(
        self,
        store: QdrantStore,
        embedder: Embedder | CachedEmbedder,
        lexical: LexicalAnalyzer,
        manifest: Manifest,
        corpus_root: Path = CORPUS_ROOT,
        batch_size: int = 64,
    ) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        self.store = store
        self.embedder = embedder
        self.lexical = lexical
        self.manifest = manifest
        self.corpus_root = corpus_root
        self.batch_size = batch_size

    def collect(self, paths: Sequence[Path]) -> tuple[list[Path], list[FileProblem], list[Path]]:
        """Expand directories; returns (files, problems, directories scanned)."""
        files: list[Path] = []
        problems: list[FileProblem] = []
        dirs: list[Path] = []
        for p in paths:
            if p.is_dir():
                dirs.append(p)
                files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix in SUPPORTED_SUFFIXES))
            elif p.is_file():
                if p.suffix not in SUPPORTED_SUFFIXES:
                    problems.append(FileProblem(str(p), f"unsupported file type {p.suffix!r}"))
                else:
                    files.append(p)
            else:
                problems.append(FileProblem(str(p), "no such file or directory"))
        return files, problems, dirs

    def _read(self, path: Path) -> str:
        size = path.stat().st_size
        if size == 0:
            raise ValueError("file is empty")
        if size > MAX_FILE_BYTES:
            raise ValueError(f"file is {size} bytes, above the {MAX_FILE_BYTES}-byte limit")
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc

    def _parse(self, path: Path, report: IngestReport) -> tuple[SourceDocument, list[Passage]] | None:
        source = source_id(path, self.corpus_root)
        try:
            text = self._read(path)
            doc = self.manifest.get(source) or describe_unlisted(source, text)
            return doc, parse_document(text, doc)
        except ParseError as exc:
            report.skipped.append(FileProblem(str(path), exc.message, exc.line))
        except (OSError, ValueError) as exc:
            report.skipped.append(FileProblem(str(path), str(exc)))
        return None

    def _partner(self, source: str, parsed: dict[str, tuple[SourceDocument, list[Passage]]]) -> list[Passage] | None:
        """Passages of another version, from this run or from the corpus on disk."""
        if source in parsed:
            return parsed[source][1]
        doc = self.manifest.get(source)
        path = self.corpus_root / source
        if doc is None or not path.is_file():
            return None
        try:
            return parse_document(path.read_text(encoding="utf-8"), doc)
        except (OSError, ValueError):
            return None

    def _link_versions(self, parsed: dict[str, tuple[SourceDocument, list[Passage]]]) -> None:
        """Give each article of a law stored in two versions its counterpart in the other one."""
        for _source, (doc, passages) in parsed.items():
            other = doc.superseded_by or doc.supersedes
            if other is None:
                continue
            partner = self._partner(other, parsed)
            if partner is None:
                continue
            if doc.superseded_by:
                mapping = align(passages, partner)
            else:
                reverse = align(partner, passages)
                mapping = {}
                for old_article, (new_article, score) in reverse.items():
                    if score > mapping.get(new_article, ("", -1.0))[1]:
                        mapping[new_article] = (old_article, score)
            for i, p in enumerate(passages):
                if p.article in mapping:
                    passages[i] = p.model_copy(
                        update={"counterpart": mapping[p.article][0], "counterpart_source": other}
                    )

    def _plan(self, source: str, passages: list[Passage], report: IngestReport) -> _Plan:
        existing = self.store.points_of_source(source)
        wanted = {p.point_id for p in passages}
        to_write = [p for p in passages if p.point_id not in existing]
        stale = [pid for pid in existing if pid not in wanted]
        old_articles = {str(pl["article_id"]): pid for pid, pl in existing.items() if pl.get("paragraph") is None}
        for p in passages:
            if p.paragraph is not None:
                continue
            report.articles += 1
            old = old_articles.get(p.article_id)
            if old is None:
                report.new += 1
            elif old == p.point_id:
                report.unchanged += 1
            else:
                report.changed += 1
        new_articles = {p.article_id for p in passages if p.paragraph is None}
        report.removed += sum(1 for a in old_articles if a not in new_articles)
        return _Plan(source, passages, existing, to_write, stale)

    def run(self, paths: Sequence[Path] | None = None, progress: ProgressFn | None = None) -> IngestReport:
        """Ingest files and directories (default: the bundled statutes and treaties)."""
        t0 = time.perf_counter()
        report = IngestReport()
        targets = list(paths) if paths else [self.corpus_root / d for d in DEFAULT_DIRS]
        files, problems, dirs = self.collect(targets)
        report.skipped.extend(problems)
        parsed: dict[str, tuple[SourceDocument, list[Passage]]] = {}
        for f in files:
            result = self._parse(f, report)
            if result is not None:
                parsed[result[0].source] = result
        self._link_versions(parsed)
        plans = [self._plan(source, passages, report) for source, (_, passages) in parsed.items()]
        report.files = len(plans)
        report.passages = sum(len(p.passages) for p in plans)
        total = sum(len(p.to_write) for p in plans)
        done = 0
        if progress:
            progress(0, total, "embedding")
        cache_hits0 = self.embedder.hits if isinstance(self.embedder, CachedEmbedder) else 0
        try:
            for plan in plans:
                for i in range(0, len(plan.to_write), self.batch_size):
                    batch = plan.to_write[i : i + self.batch_size]
                    texts = [p.embed_text() for p in batch]
                    dense = self.embedder.embed_passages(texts)
                    sparse = [self.lexical.doc_vector(t) for t in texts]
                    self.store.upsert(batch, dense, sparse)
                    done += len(batch)
                    report.embedded += len(batch)
                    if progress:
                        progress(done, total, plan.source)
                # Stale points go only after the file's new points are in: a kill in between
                # leaves extra points that the next run removes, never a gap.
                self.store.delete(plan.stale)
            report.removed += self._remove_vanished(dirs, {p.source for p in plans}, report)
        finally:
            if isinstance(self.embedder, CachedEmbedder):
                self.embedder.flush()
                report.cache_hits = self.embedder.hits - cache_hits0
        report.seconds = time.perf_counter() - t0
        return report

    def _remove_vanished(self, dirs: list[Path], seen: set[str], report: IngestReport) -> int:
        """Delete stored sources under a scanned directory whose file no longer exists."""
        if not dirs:
            return 0
        prefixes = [source_id(d, self.corpus_root).rstrip("/") + "/" for d in dirs]
        skipped = {source_id(Path(p.path), self.corpus_root) for p in report.skipped}
        removed = 0
        for source in self.store.sources():
            if source in seen or source in skipped or not any(source.startswith(px) for px in prefixes):
                continue
            if (self.corpus_root / source).exists():
                continue
            points = self.store.points_of_source(source)
            removed += sum(1 for pl in points.values() if pl.get("paragraph") is None)
            self.store.delete(list(points))
            log.info("removed %s: its file is gone", source)
        return removed
