"""The source manifest: version metadata for every bundled text (``corpus/data/manifest.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from corpus import CORPUS_ROOT
from corpus.schema import DocType, SourceDocument


class ManifestError(ValueError):
    """The manifest is malformed (names the key that is wrong)."""


@dataclass(frozen=True)
class Manifest:
    """Source metadata keyed by ``source`` (path relative to the corpus root)."""

    sources: dict[str, SourceDocument] = field(default_factory=dict)

    def get(self, source: str) -> SourceDocument | None:
        """Metadata for ``source``, or None when the manifest does not list it."""
        return self.sources.get(source)

    def versions_of(self, law: str) -> list[SourceDocument]:
        """All stored versions of one law (by full title), oldest first."""
        docs = [d for d in self.sources.values() if d.law == law]
        return sorted(docs, key=lambda d: d.effective or date.min)

    def alias_table(self) -> dict[str, list[str]]:
        """Every name a text is cited by (full, short, aliases) -> sources carrying that name."""
        table: dict[str, list[str]] = {}
        for doc in self.sources.values():
            names = {doc.law, doc.short, *doc.aliases}
            if doc.law.startswith("中华人民共和国"):
                names.add(doc.law.removeprefix("中华人民共和国"))
            for name in names:
                table.setdefault(name, []).append(doc.source)
        return table


def _as_date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    raise ManifestError(f"{where}: expected a TOML date, got {value!r}")


def load_manifest(path: Path | None = None) -> Manifest:
    """Read the manifest and derive ``superseded_on`` from each successor's effective date."""
    path = path or CORPUS_ROOT / "manifest.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ManifestError(f"cannot read manifest {path}: {exc}") from exc
    entries: dict[str, dict[str, Any]] = raw.get("sources", {})
    docs: dict[str, SourceDocument] = {}
    for source, entry in entries.items():
        where = f"{path.name} [sources.{source!r}]"
        if "law" not in entry:
            raise ManifestError(f"{where}: missing 'law'")
        docs[source] = SourceDocument(
            source=source,
            doc_type=DocType.TREATY if source.startswith("treaties/") else DocType.LAW,
            law=entry["law"],
            short=entry.get("short", entry["law"]),
            aliases=tuple(entry.get("aliases", ())),
            kind=entry.get("kind", ""),
            version=str(entry.get("version", "")),
            lang="en" if source.startswith("treaties/") else "zh",
            promulgated=_as_date(entry.get("promulgated"), where),
            effective=_as_date(entry.get("effective"), where),
            superseded_by=entry.get("superseded_by"),
            supersedes=entry.get("supersedes"),
            procedural=bool(entry.get("procedural", False)),
            part=entry.get("part"),
            note=entry.get("note"),
        )
    for source, doc in list(docs.items()):
        if doc.superseded_by is None:
            continue
        successor = docs.get(doc.superseded_by)
        if successor is None:
            raise ManifestError(f"{source}: superseded_by names unknown source {doc.superseded_by!r}")
        docs[source] = doc.model_copy(update={"superseded_on": successor.effective})
    return Manifest(sources=docs)
