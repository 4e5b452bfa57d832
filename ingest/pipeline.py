"""Ingest: read source files, de-identify every file the manifest does not list, parse, label, diff
against the store, embed what is new, upsert, drop what is gone.

Point ids are deterministic (source + article + paragraph + derived fields + content hash), so
re-running is idempotent, a killed run resumes where it stopped (points already written are not
embedded again), and a changed file re-embeds only its changed articles.

Fail closed: only the statutes and treaties of the bundled manifest (corpus/data/manifest.toml)
skip de-identification. Every other file — whatever it looks like, "第X条" lines included — is
de-identified whole before anything else happens to its text, its file and folder names too, and
is stored as case material, never as law. A file that cannot be read or analysed (encoding, size,
parser error, the per-file time limit, nesting that raises RecursionError) or in which the full
analyzer still finds something after redaction is quarantined: a record with the reason (and the
type and position of residual findings, never a value) and nothing of the file stored.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from corpus import CORPUS_ROOT
from corpus.manifest import Manifest
from corpus.schema import DocType, Label, Passage, Provenance, SourceDocument
from corpus.versions import align
from guardrails.pii import DeidentificationError, Deidentifier, RedactionReport
from ingest.cases import case_from_record, case_passages, note_passage, parse_case_text, parse_taboo_notes
from ingest.labeller import Labeller
from ingest.parsers import ParseError, parse_document
from ingest.readers import SUPPORTED_SUFFIXES, ReadError, read_source
from retrieval.embedders import CachedEmbedder, Embedder, Matrix
from retrieval.lexical import LexicalAnalyzer
from retrieval.store import QdrantStore

log = logging.getLogger(__name__)

#: Bundled sources ingested by ``jingzhi ingest`` with no path.
DEFAULT_TARGETS = (
    "laws_cn",
    "laws_cn_pack2",
    "treaties",
    "cases",
    "cases_cail2018_foreign_related.jsonl",
    "culture/taboo_notes.toml",
)

ProgressFn = Callable[[int, int, str], None]


@dataclass
class FileProblem:
    """A file that was skipped or quarantined, with the reason (and line, for parse errors).

    ``path`` is the file's de-identified source id for files the manifest does not list (a case
    file's name may hold a person's name); ``reason`` is a short code (``encoding``, ``size``,
    ``empty``, ``unreadable``, ``parser``, ``timeout``, ``recursion``, ``residual``, ``recognizer``).
    """

    path: str
    message: str
    line: int | None = None
    reason: str = ""

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
    quarantined: list[FileProblem] = field(default_factory=list)
    redacted: dict[str, int] = field(default_factory=dict)
    #: Sources written or checked by this run (in the order parsed).
    sources: list[str] = field(default_factory=list)
    #: Passages whose human labels were re-applied (their content is the one people reviewed).
    human_labels_kept: int = 0
    #: Passages with human labels whose content changed: machine labels again, back in the queue.
    requeued: int = 0

    @property
    def ok(self) -> bool:
        """True when no file was skipped or quarantined."""
        return not self.skipped and not self.quarantined


# One embedded batch of a plan: its passages, dense, sparse and cross-lingual vectors.
_Embedded = tuple[list[Passage], Matrix, list[tuple[list[int], list[float]]], Matrix | None]


@dataclass
class _Plan:
    source: str
    passages: list[Passage]
    existing: dict[str, dict[str, object]]
    to_write: list[Passage]
    stale: list[str]


@dataclass(frozen=True)
class HumanLabels:
    """The labels people set on one passage (api/workbench/labels.py keeps them), for the content
    they reviewed (``content_hash`` of the passage, see :attr:`Passage.content_hash`)."""

    content_hash: str
    kinds: frozenset[str]
    labels: tuple[Label, ...]

    def apply(self, passage: Passage) -> Passage:
        """The passage with the labels of the reviewed kinds replaced by the human ones."""
        kept = [lb for lb in passage.labels if lb.kind not in self.kinds]
        return passage.model_copy(update={"labels": [*kept, *self.labels]})


class HumanLabelSource(Protocol):
    """Where ingest finds the labels people set (so a re-ingest never loses them)."""

    def human_labels(self, article_ids: Sequence[str]) -> dict[str, HumanLabels]:
        """``article_id`` -> the human labels of that passage, for those that have any."""
        ...


def case_document(source: str, title: str) -> SourceDocument:
    """Source metadata of a case file (cases are not versioned: always "in force")."""
    return SourceDocument(source=source, doc_type=DocType.CASE, law=title, short=title[:60], effective=date(1900, 1, 1))


def _safe_id(rid: str) -> str:
    return re.sub(r"[#\s]+", "-", rid)[:60]


def source_id(path: Path, corpus_root: Path) -> str:
    """Path relative to the corpus root, else ``local/<name>`` (the raw id; see :meth:`IngestPipeline.source_of`)."""
    try:
        return path.resolve().relative_to(corpus_root.resolve()).as_posix()
    except ValueError:
        return f"local/{path.name}"


def _digest(value: str, n: int = 10) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:n]


def read_reason(message: str) -> str:
    """A short reason code for a read failure (for quarantine records and the summary)."""
    text = message.lower()
    for key, code in (
        ("utf-8", "encoding"),
        ("gb18030", "encoding"),
        ("binary", "encoding"),
        ("byte limit", "size"),
        ("empty", "empty"),
        ("no text", "no-text"),
        ("ocr", "no-text"),
        ("encrypted", "encrypted"),
        ("not json", "parser"),
        ("not valid toml", "parser"),
        ("not a readable", "parser"),
    ):
        if key in text:
            return code
    return "unreadable"


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
        deidentifier: Deidentifier | None = None,
        labeller: Labeller | None = None,
        reports_dir: Path | None = None,
        xling: Embedder | CachedEmbedder | None = None,
        human_labels: HumanLabelSource | None = None,
    ) -> None:
        """``deidentifier`` de-identifies every file the manifest does not list (its time limit is
        the per-file limit); quarantine and redaction reports go under ``reports_dir``."""
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        if store.has_xling and xling is None:
            raise ValueError(f"the store at {store.location} keeps cross-lingual vectors: an xling embedder is needed")
        self.store = store
        self.embedder = embedder
        #: The cross-lingual embedder, when the store keeps its vectors.
        self.xling = xling if store.has_xling else None
        self.lexical = lexical
        self.manifest = manifest
        self.corpus_root = corpus_root
        self.batch_size = batch_size
        self.deidentifier = deidentifier or Deidentifier()
        self.labeller = labeller
        self.reports_dir = reports_dir
        #: Human labels re-applied to unchanged passages (None: machine labels only).
        self.human_labels = human_labels
        #: the directory a file was found under (its source id is relative to it outside the corpus)
        self._roots: dict[Path, Path] = {}
        self._id_cache: dict[str, str] = {}

    def is_listed(self, path: Path) -> bool:
        """True for a bundled statute or treaty: a file inside the corpus root that the manifest lists."""
        return self.manifest.get(source_id(path, self.corpus_root)) is not None and self._inside_corpus(path)

    def _inside_corpus(self, path: Path) -> bool:
        try:
            path.resolve().relative_to(self.corpus_root.resolve())
        except ValueError:
            return False
        return True

    def _deid_component(self, part: str) -> str:
        """A file or folder name with personal data replaced; a changed name gets a digest of the
        original so two names that redact alike ("张伟.md", "张强.md") stay two sources."""
        if part not in self._id_cache:
            stem, dot, suffix = part.rpartition(".") if "." in part else (part, "", "")
            readable = stem.replace("_", " ").replace("-", " ")
            try:
                redacted = self.deidentifier.deidentify(readable)
            except Exception:  # never let a name through because a recognizer failed
                redacted = "[文件名]"
            if redacted == readable:
                self._id_cache[part] = part
            else:
                clean = re.sub(r"[\s/#]+", "_", redacted).strip("_") or "file"
                self._id_cache[part] = f"{clean}-{_digest(part, 8)}{dot}{suffix}"
        return self._id_cache[part]

    def source_of(self, path: Path, root: Path | None = None) -> str:
        """Evidence ``source`` of a file.

        A manifest statute or treaty keeps its path relative to the corpus root. Any other file
        inside the corpus keeps its folders, with every name de-identified. A file outside the
        corpus becomes ``local/<digest of the folder it was found in>/<de-identified relative
        path>``, so two files of one name in different folders never share a source id.
        """
        if self.is_listed(path):
            return source_id(path, self.corpus_root)
        if self._inside_corpus(path):
            rel = Path(source_id(path, self.corpus_root))
            return "/".join(self._deid_component(part) for part in rel.parts)
        base = root if root is not None and root.is_dir() else path.parent
        try:
            rel = path.resolve().relative_to(base.resolve())
        except ValueError:
            rel = Path(path.name)
        folder = _digest(str(base.resolve()))
        return "local/" + folder + "/" + "/".join(self._deid_component(part) for part in rel.parts)

    def collect(self, paths: Sequence[Path]) -> tuple[list[Path], list[FileProblem], list[Path]]:
        """Expand directories; returns (files, problems, directories scanned)."""
        files: list[Path] = []
        problems: list[FileProblem] = []
        dirs: list[Path] = []
        for p in paths:
            if p.is_dir():
                dirs.append(p)
                for f in sorted(p.rglob("*")):
                    if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES:
                        files.append(f)
                        self._roots[f] = p
            elif p.is_file():
                if p.suffix.lower() not in SUPPORTED_SUFFIXES:
                    problems.append(
                        FileProblem(self.source_of(p), f"unsupported file type {p.suffix!r}", reason="type")
                    )
                else:
                    files.append(p)
            else:
                problems.append(FileProblem(self.source_of(p), "no such file or directory", reason="missing"))
        return files, problems, dirs

    def _parse(self, path: Path, report: IngestReport) -> tuple[SourceDocument, list[Passage]] | None:
        """Manifest statutes and treaties are parsed as law; every other file is de-identified
        whole, whatever it looks like, and stored as case material (never as law). A file that
        cannot be read or analysed is quarantined with its reason; nothing of it is stored."""
        source = self.source_of(path, self._roots.get(path))
        listed = self.manifest.get(source) if self.is_listed(path) else None
        try:
            read = read_source(path)
            if listed is not None:
                return listed, parse_document(read.text, listed)
            if read.format == "toml":
                return self._notes(source, read.text, report)
            if read.format == "jsonl":
                return self._case_records(source, read.records, report)
            return self._case_file(source, path, read.text, report)
        except ParseError as exc:
            # Only manifest texts are parsed as law: their text is public, the message may quote it.
            report.skipped.append(FileProblem(source, exc.message, exc.line, reason="parser"))
        except DeidentificationError as exc:
            self._quarantine(report, source, exc.reason, str(exc), exc.findings)
        except ReadError as exc:
            if listed is not None:
                report.skipped.append(FileProblem(source, str(exc), reason=read_reason(str(exc))))
            else:
                self._quarantine(report, source, read_reason(str(exc)), str(exc))
        except RecursionError:
            self._quarantine(report, source, "recursion", "nested too deeply to read or analyse")
        except (OSError, ValueError) as exc:
            if listed is not None:
                report.skipped.append(FileProblem(source, str(exc), reason="unreadable"))
            else:
                # Messages of other errors may quote the text: keep only their kind.
                self._quarantine(report, source, "parser", f"could not be parsed ({type(exc).__name__})")
        return None

    def _quarantine(
        self,
        report: IngestReport,
        source: str,
        reason: str,
        message: str,
        findings: Sequence[tuple[str, int, int]] = (),
    ) -> None:
        """Record a quarantined file: reason and, for residual findings, type and position only."""
        message = message.removeprefix(f"{source}: ")
        report.quarantined.append(FileProblem(source, f"quarantined ({reason}): {message}", reason=reason))
        record: dict[str, Any] = {"source": source, "reason": reason, "detail": message}
        if findings:
            record["findings"] = [{"type": t, "start": s, "end": e} for t, s, e in findings]
        self._write_json("quarantine", source, record)

    def _redact(self, text: str, source: str, report: IngestReport) -> tuple[str, RedactionReport]:
        redacted, rr = self.deidentifier.redact(text, source)
        for kind, n in rr.counts.items():
            report.redacted[kind] = report.redacted.get(kind, 0) + n
        return redacted, rr

    def _labels_for(self, text: str) -> list[Label]:
        return self.labeller.label_case(text) if self.labeller is not None else []

    def _case_file(
        self, source: str, path: Path, text: str, report: IngestReport
    ) -> tuple[SourceDocument, list[Passage]]:
        redacted, rr = self._redact(text, source, report)
        case = parse_case_text(redacted, fallback_title=Path(source).stem)
        if not case.sections:
            raise ValueError("no case text found")
        passages = case_passages(case, source, self._labels_for(case.full_text))
        self._write_json("redaction", source, rr.to_json())
        return case_document(source, case.title), passages

    def _case_records(
        self, source: str, records: list[dict[str, Any]], report: IngestReport
    ) -> tuple[SourceDocument, list[Passage]]:
        passages: list[Passage] = []
        totals = RedactionReport(source=source)
        for n, record in enumerate(records, start=1):
            # A record id may be anything the exporting system chose: it is de-identified too.
            rid = self._deid_component(str(record.get("id") or f"record-{n}"))
            # Each record is its own document: pseudonyms restart, and so does the report.
            redacted_record, rr = self._redact_record(record, f"{source}#{rid}", report)
            for kind, count in rr.counts.items():
                totals.counts[kind] = totals.counts.get(kind, 0) + count
            try:
                case = case_from_record(redacted_record, fallback_title=f"{Path(source).stem} {rid}")
            except ValueError as exc:
                raise ReadError(f"record {n}: not a case record ({exc})") from None
            passages.extend(case_passages(case, source, self._labels_for(case.full_text), record_id=_safe_id(rid)))
        self._write_json("redaction", source, totals.to_json())
        title = Path(source).stem
        return case_document(source, title), passages

    def _redact_record(
        self, record: dict[str, Any], doc_id: str, report: IngestReport
    ) -> tuple[dict[str, Any], RedactionReport]:
        # Redact the record's text fields as one document (consistent pseudonyms across them).
        keys: list[tuple[str, str | None]] = []
        parts: list[str] = []
        for key in ("title", "facts"):
            if isinstance(record.get(key), str):
                keys.append((key, None))
                parts.append(record[key])
        sections = record.get("sections")
        if isinstance(sections, dict):
            for name, value in sections.items():
                keys.append(("sections", str(name)))
                parts.append(str(value))
        sep = "\n\u241e\n"  # a separator no recognizer matches across
        redacted, rr = self._redact(sep.join(parts), doc_id, report)
        pieces = redacted.split(sep)
        if len(pieces) != len(parts):
            raise DeidentificationError(f"{doc_id}: record fields could not be separated after redaction")
        out = {k: v for k, v in record.items() if k not in ("title", "facts", "sections", "labels")}
        new_sections: dict[str, str] = {}
        for (key, name), piece in zip(keys, pieces, strict=True):
            if name is None:
                out[key] = piece
            else:
                new_sections[name] = piece
        if new_sections:
            out["sections"] = new_sections
        return out, rr

    def _notes(self, source: str, text: str, report: IngestReport) -> tuple[SourceDocument, list[Passage]]:
        # Notes are not manifest texts: the whole file is de-identified first, like a case file.
        text, rr = self._redact(text, source, report)
        self._write_json("redaction", source, rr.to_json())
        _, notes = parse_taboo_notes(text)
        passages: list[Passage] = []
        for i, note in enumerate(notes, start=1):
            labels = [
                Label(kind="cultural_taboo", value=note.category, confidence=1.0, provenance=Provenance.ANNOTATOR)
            ]
            labels += [
                Label(kind="nationality", value=c, confidence=1.0, provenance=Provenance.ANNOTATOR)
                for c in note.countries
            ]
            passages.append(note_passage(note, source, i, labels))
        doc = SourceDocument(
            source=source,
            doc_type=DocType.TABOO,
            law="文化习俗与禁忌提示",
            short="文化提示",
            effective=date(1900, 1, 1),
            note="curated notes; review status per note",
        )
        return doc, passages

    def _write_json(self, folder: str, source: str, data: dict[str, Any]) -> None:
        if self.reports_dir is None:
            return
        # The digest keeps two sources whose names slug alike ("a/x.md", "a_x.md") apart.
        name = re.sub(r"[^\w.-]+", "_", source)[:120] + "-" + _digest(source, 8) + ".json"
        target = self.reports_dir / folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")

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
        targets = list(paths) if paths else [self.corpus_root / d for d in DEFAULT_TARGETS]
        files, problems, dirs = self.collect(targets)
        report.skipped.extend(problems)
        parsed: dict[str, tuple[SourceDocument, list[Passage]]] = {}
        for f in files:
            result = self._parse(f, report)
            if result is not None:
                parsed[result[0].source] = result
        self._link_versions(parsed)
        self._apply_human_labels(parsed, report)
        report.sources = list(parsed)
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
                # Embed the whole file first, then write it in one exclusive section: searches
                # in this process see the file's points all old or all new, never half-written.
                def step(n: int, source: str = plan.source) -> None:
                    nonlocal done
                    done += n
                    if progress:
                        progress(done, total, source)

                self._write_plan(plan, self._embed_plan(plan, step), report)
            report.removed += self._remove_vanished(dirs, {p.source for p in plans}, report)
        finally:
            hits = self._flush_caches()
            if isinstance(self.embedder, CachedEmbedder):
                report.cache_hits = hits - cache_hits0
        report.seconds = time.perf_counter() - t0
        return report

    def _apply_human_labels(
        self, parsed: dict[str, tuple[SourceDocument, list[Passage]]], report: IngestReport
    ) -> None:
        """Re-apply the labels people set to passages whose content is the one they reviewed; a
        passage whose content changed keeps its new machine labels (and is back in the queue)."""
        if self.human_labels is None:
            return
        ids = [p.article_id for _, passages in parsed.values() for p in passages if p.paragraph is None]
        found = self.human_labels.human_labels(ids) if ids else {}
        if not found:
            return
        keep: set[str] = set()
        for _, passages in parsed.values():
            for p in passages:
                human = found.get(p.article_id)
                if human is None or p.paragraph is not None:
                    continue
                if human.content_hash != p.content_hash:
                    report.requeued += 1
                    log.info("%s changed since its labels were reviewed: back in the annotation queue", p.article_id)
                    continue
                keep.add(p.article_id)
                report.human_labels_kept += 1
        for _, passages in parsed.values():
            for i, p in enumerate(passages):
                if p.article_id in keep:  # the whole passage and its paragraph points alike
                    passages[i] = found[p.article_id].apply(p)

    def store_passages(self, source: str, passages: Sequence[Passage]) -> IngestReport:
        """Make ``source`` hold exactly ``passages`` (embedding only new or changed ones, then
        deleting its other points): how passages written outside files, such as curated Q&A
        entries, are stored with the same diff as a file; no passages removes the source."""
        t0 = time.perf_counter()
        report = IngestReport(files=1, passages=len(passages), sources=[source])
        plan = self._plan(source, list(passages), report)
        try:
            self._write_plan(plan, self._embed_plan(plan), report)  # all old or all new, as in run()
        finally:
            self._flush_caches()
        report.seconds = time.perf_counter() - t0
        return report

    def _embed_plan(self, plan: _Plan, step: Callable[[int], None] | None = None) -> list[_Embedded]:
        """Every vector of the plan's passages to write, batch by batch, before anything is written."""
        out: list[_Embedded] = []
        for i in range(0, len(plan.to_write), self.batch_size):
            batch = plan.to_write[i : i + self.batch_size]
            texts = [p.embed_text() for p in batch]
            dense = self.embedder.embed_passages(texts)
            xling = self.xling.embed_passages(texts) if self.xling is not None else None
            out.append((batch, dense, [self.lexical.doc_vector(t) for t in texts], xling))
            if step is not None:
                step(len(batch))
        return out

    def _write_plan(self, plan: _Plan, vectors: list[_Embedded], report: IngestReport) -> None:
        """Write a source's new points and then delete its stale ones in one exclusive section: a
        kill in between leaves extra points that the next run removes, never a gap."""
        with self.store.writing():
            for batch, dense, sparse, xling in vectors:
                self.store.upsert(batch, dense, sparse, xling)
                report.embedded += len(batch)
            self.store.delete(plan.stale)

    def _flush_caches(self) -> int:
        """Persist the embedding caches; returns the dense cache's hit count so far."""
        hits = 0
        if isinstance(self.embedder, CachedEmbedder):
            self.embedder.flush()
            hits = self.embedder.hits
        if isinstance(self.xling, CachedEmbedder):
            self.xling.flush()
        return hits

    def _dir_prefix(self, directory: Path) -> str:
        """The source-id prefix of files found under a scanned directory."""
        if self._inside_corpus(directory):
            rel = Path(source_id(directory, self.corpus_root))
            parts = [] if str(rel) in ("", ".") else [self._deid_component(p) for p in rel.parts]
            return "/".join(parts) + "/" if parts else ""
        return "local/" + _digest(str(directory.resolve())) + "/"

    def _remove_vanished(self, dirs: list[Path], seen: set[str], report: IngestReport) -> int:
        """Delete stored sources under a scanned directory that this run did not produce (their file is
        gone: every file under the directory was collected, and skipped or quarantined ones are kept)."""
        if not dirs:
            return 0
        prefixes = [self._dir_prefix(d) for d in dirs]
        skipped = {p.path for p in [*report.skipped, *report.quarantined]}
        removed = 0
        for source in self.store.sources():
            if source in seen or source in skipped or not any(source.startswith(px) for px in prefixes):
                continue
            points = self.store.points_of_source(source)
            removed += sum(1 for pl in points.values() if pl.get("paragraph") is None)
            self.store.delete(list(points))
            log.info("removed %s: its file is gone", source)
        return removed
