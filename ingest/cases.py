"""Case files and cultural notes -> passages.

A case follows its own sections where it has them (案情 / 处置经过 / 结果 / 经验, written as
``## 案情``, ``【案情】``, ``一、案情`` or ``案情：``); one passage per section. Cultural taboo notes
(``taboo_notes.toml``) become one passage each. De-identification happens before this module
sees the text (see ingest/pipeline.py); labels are attached by the labeller.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from corpus.schema import DocType, Label, Passage

#: Canonical section names and the headings that introduce them.
SECTION_ALIASES = {
    "案情": ("案情", "基本案情", "案件经过", "案情简介", "简要案情"),
    "处置经过": ("处置经过", "处置过程", "处理经过", "处警经过", "处置情况"),
    "结果": ("结果", "处理结果", "处置结果", "案件结果"),
    "经验": ("经验", "经验教训", "工作启示", "启示", "案例评析", "经验做法"),
}
_ALIAS_TO_NAME = {alias: name for name, aliases in SECTION_ALIASES.items() for alias in aliases}
_ALIASES = "|".join(sorted(_ALIAS_TO_NAME, key=len, reverse=True))
SECTION_RE = re.compile(
    rf"^\s*(?:#{{1,6}}\s*)?(?:[一二三四五六七八九十]+[、.．]\s*|[0-9]+[、.．]\s*)?[【\[]?\s*({_ALIASES})\s*[】\]]?\s*[：:]?\s*(.*)$"
)
FIELD_RE = re.compile(r"^\s*([\u4e00-\u9fa5A-Za-z]{2,8})\s*[：:]\s*(.+)$")
TITLE_RE = re.compile(r"^\s*#\s*(?:标题\s*[：:]\s*)?(.+)$")
#: Cases are not versioned texts: they count as "in force" on every day.
ALWAYS = 19000101


@dataclass
class CaseDoc:
    """A parsed case: title, header fields and sections in order."""

    title: str
    fields: dict[str, str] = field(default_factory=dict)
    sections: list[tuple[str, str]] = field(default_factory=list)

    @property
    def synthetic(self) -> bool:
        """Marked as synthetic data in its header."""
        nature = self.fields.get("数据性质", "") + self.fields.get("synthetic", "")
        return "合成" in nature or "synthetic" in nature.lower() or nature.lower() == "true"

    @property
    def full_text(self) -> str:
        """Title and sections, for labelling the whole case."""
        return "\n".join([self.title, *(f"{n}：{t}" for n, t in self.sections)])


def parse_case_text(text: str, fallback_title: str) -> CaseDoc:
    """Split a case narrative into header fields and sections."""
    title = ""
    fields: dict[str, str] = {}
    sections: list[tuple[str, list[str]]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        sm = SECTION_RE.match(line)
        if sm:
            sections.append((_ALIAS_TO_NAME[sm.group(1)], [sm.group(2).strip()] if sm.group(2).strip() else []))
            continue
        if not sections:
            tm = TITLE_RE.match(line)
            if tm and not title:
                title = tm.group(1).strip()
                continue
            fm = FIELD_RE.match(line)
            if fm:
                key, value = fm.group(1), fm.group(2).strip()
                if key == "标题" and not title:
                    title = value
                else:
                    fields[key] = value
                continue
            if not title:
                title = line.lstrip("#").strip()
                continue
            sections.append(("正文", [line]))
            continue
        sections[-1][1].append(line)
    merged: list[tuple[str, str]] = []
    for name, lines in sections:
        body = "\n".join(lines).strip()
        if not body:
            continue
        if merged and merged[-1][0] == name:
            merged[-1] = (name, merged[-1][1] + "\n" + body)
        else:
            merged.append((name, body))
    return CaseDoc(title=title or fallback_title, fields=fields, sections=merged)


def case_from_record(record: dict[str, Any], fallback_title: str) -> CaseDoc:
    """A JSONL case record: ``{"title", "sections": {...}}`` or CAIL's ``{"facts"}``."""
    if isinstance(record.get("sections"), dict):
        fields = {k: str(v) for k, v in record.items() if k in ("district", "id") and v}
        if record.get("synthetic"):
            fields["数据性质"] = "合成案例（synthetic）"
        if record.get("district"):
            fields["辖区"] = str(record["district"])
        sections = [
            (_ALIAS_TO_NAME.get(str(k), str(k)), str(v).strip())
            for k, v in record["sections"].items()
            if str(v).strip()
        ]
        return CaseDoc(title=str(record.get("title") or fallback_title), fields=fields, sections=sections)
    if isinstance(record.get("facts"), str):
        facts = record["facts"].strip()
        return CaseDoc(title=fallback_title, fields={}, sections=[("案情", facts)] if facts else [])
    raise ValueError("a JSONL record needs 'sections' (case record) or 'facts' (CAIL record)")


def case_passages(doc: CaseDoc, source: str, labels: list[Label], record_id: str | None = None) -> list[Passage]:
    """One passage per section; the article identity is the section (``id·section`` in JSONL)."""
    out: list[Passage] = []
    for i, (name, body) in enumerate(doc.sections, start=1):
        article = f"{record_id}·{name}" if record_id else name
        if any(p.article == article for p in out):
            article = f"{article}{i}"
        out.append(
            Passage(
                source=source,
                doc_type=DocType.CASE,
                law=doc.title,
                short=doc.title[:60],
                version="",
                effective=ALWAYS,
                path=[doc.title],
                article=article,
                article_no=i,
                text=body,
                paragraphs=body.split("\n"),
                labels=labels,
                district=doc.fields.get("辖区"),
                synthetic=doc.synthetic,
            )
        )
    return out


@dataclass
class TabooNote:
    """One curated cultural note."""

    id: str
    title: str
    category: str
    groups: list[str]
    countries: list[str]
    situations: list[str]
    content: str
    phrases: list[dict[str, str]]
    basis: str
    review_status: str
    reviewer: str = ""


def parse_taboo_notes(text: str) -> tuple[str, list[TabooNote]]:
    """The notes file: ``(taxonomy_version, notes)``; raises ValueError naming a bad note."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"not valid TOML: {exc}") from None
    notes: list[TabooNote] = []
    required = ("id", "title", "category", "content", "basis", "review_status")
    for i, raw in enumerate(data.get("note", []), start=1):
        missing = [k for k in required if not raw.get(k)]
        if missing:
            raise ValueError(f"note #{i} ({raw.get('id', '?')}) lacks {', '.join(missing)}")
        notes.append(
            TabooNote(
                id=str(raw["id"]),
                title=str(raw["title"]),
                category=str(raw["category"]),
                groups=[str(g) for g in raw.get("groups", [])],
                countries=[str(c) for c in raw.get("countries", [])],
                situations=[str(s) for s in raw.get("situations", [])],
                content=str(raw["content"]).strip(),
                phrases=[{k: str(v) for k, v in p.items()} for p in raw.get("phrases", [])],
                basis=str(raw["basis"]),
                review_status=str(raw["review_status"]),
                reviewer=str(raw.get("reviewer", "")),
            )
        )
    if not notes:
        raise ValueError("no [[note]] entries")
    return str(data.get("taxonomy_version", "")), notes


def note_passage(note: TabooNote, source: str, number: int, labels: list[Label]) -> Passage:
    """A taboo note as a passage; situations and phrases are part of the searchable text."""
    lines = [note.content]
    if note.situations:
        lines.append("适用场景：" + "、".join(note.situations))
    for p in note.phrases:
        if p.get("zh") or p.get("foreign"):
            lines.append(f"用语：{p.get('zh', '')} / {p.get('foreign', '')}".strip(" /"))
    return Passage(
        source=source,
        doc_type=DocType.TABOO,
        law=note.title,
        short=note.title[:60],
        version="",
        effective=ALWAYS,
        path=[note.category, *note.groups[:2]],
        article=note.id,
        article_no=number,
        text="\n".join(lines),
        paragraphs=lines,
        labels=labels,
        review_status=note.review_status,
        basis=note.basis,
    )
