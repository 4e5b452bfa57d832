"""Structure-aware parsers for statute markdown (第X条) and treaty markdown (### Article N).

Both produce one :class:`~corpus.schema.Passage` per article. Articles that are long and have
several paragraphs (款) are additionally emitted paragraph by paragraph, keeping the article's
identity, so a question about one 款 of a long article can match it directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.numerals import CN_NUM_CHARS, cn_to_int
from corpus.schema import NEVER, DocType, Passage, Role, SourceDocument, ymd

#: An article whose text is at least this long and has >= 2 paragraphs also gets paragraph passages.
LONG_ARTICLE_CHARS = 180

_NUM = rf"[{CN_NUM_CHARS}0-9０-９]+"
ARTICLE_RE = re.compile(rf"^第({_NUM})条(?:之({_NUM}))?(?:[ \u3000\t]+(.*))?$")
# "第一百二十八 条侦查人员…": a header broken by a space inside it.
BROKEN_ARTICLE_RE = re.compile(rf"^第\s*({_NUM})[ \u3000\t]+条")
STRUCT_RE = re.compile(rf"^第({_NUM})(分编|编|章|节)[ \u3000\t]*(.*)$")
ITEM_RE = re.compile(rf"^[（(]({_NUM})[）)]|^[{CN_NUM_CHARS}]+、")
TREATY_ARTICLE_RE = re.compile(r"^Article\s+(\d+)\s*$", re.IGNORECASE)
TREATY_STRUCT_RE = re.compile(r"^(Chapter|Section|Part)\s+([IVXLC\d]+)\s*$", re.IGNORECASE)
TREATY_PARA_RE = re.compile(r"^(\d+)\.\s+")
MD_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")

_LEVELS = {"编": 0, "分编": 1, "章": 2, "节": 3}
#: Headings of parts that define conduct and its penalty (刑法 第二编 分则, 治安管理处罚法 第三章
#: 违反治安管理的行为和处罚, the 法律责任 chapter of most statutes).
OFFENCE_HEADING_RE = re.compile(r"分则|法律责任|罚则|行为和处罚")


def article_role(doc: SourceDocument, path: list[str]) -> Role:
    """Role of an article from its text's kind and its place in the structure."""
    if doc.procedural:
        return Role.PROCEDURE
    if any(OFFENCE_HEADING_RE.search(h) for h in path):
        return Role.OFFENCE
    return Role.GENERAL


class ParseError(ValueError):
    """A source file is malformed; names the file and the line."""

    def __init__(self, source: str, line: int, message: str) -> None:
        super().__init__(f"{source}:{line}: {message}")
        self.source = source
        self.line = line
        self.message = message


@dataclass
class _Article:
    number: int
    sub: int
    heading_text: str
    line: int
    path: list[str]
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)


def _clean_heading(text: str) -> str:
    """``第一章　总　　则`` -> ``第一章 总则``: drop the spacing typesetters put inside short titles."""
    text = text.replace("\u3000", " ").strip()
    m = STRUCT_RE.match(text)
    if m:
        title = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", m.group(3).strip())
        return f"第{m.group(1)}{m.group(2)} {title}".strip()
    return re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", text)


def _clean_text(text: str) -> str:
    text = MD_LINK_RE.sub(r"\1", text)
    text = text.replace("*", "")
    return re.sub(r"[ \t\u3000]+$", "", text.strip())


def _strip_front_matter(lines: list[str]) -> int:
    """Index of the first line after a YAML front-matter block (0 when there is none)."""
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                return i + 1
    return 0


def _group_paragraphs(lines: list[str]) -> list[str]:
    """Join item lines ((一)(二)…, 一、二、…) to the paragraph (款) that introduces them."""
    paragraphs: list[str] = []
    for line in lines:
        if paragraphs and ITEM_RE.match(line):
            paragraphs[-1] = f"{paragraphs[-1]}\n{line}"
        else:
            paragraphs.append(line)
    return paragraphs


def _expected_next(prev: _Article | None, number: int, sub: int) -> bool:
    if prev is None:
        return sub == 0
    if sub == 0:
        return number == prev.number + 1
    return number == prev.number and sub == prev.sub + 1


def _passages(doc: SourceDocument, articles: list[_Article]) -> list[Passage]:
    out: list[Passage] = []
    base = {
        "source": doc.source,
        "doc_type": doc.doc_type,
        "law": doc.law,
        "short": doc.short,
        "version": doc.version,
        "lang": doc.lang,
        "effective": ymd(doc.effective),
        "superseded_on": ymd(doc.superseded_on) or NEVER,
        "superseded_by": doc.superseded_by,
    }
    for art in articles:
        paragraphs = _group_paragraphs(art.paragraphs)
        text = "\n".join(paragraphs)
        common = {
            **base,
            "path": art.path,
            "article": art.heading_text,
            "article_no": art.number,
            "article_sub": art.sub,
            "heading": art.title,
            "role": article_role(doc, art.path),
            "paragraphs": paragraphs,
            "line": art.line,
        }
        out.append(Passage(**common, text=text, paragraph=None))
        if len(paragraphs) >= 2 and len(text) >= LONG_ARTICLE_CHARS:
            for i, para in enumerate(paragraphs, start=1):
                out.append(Passage(**common, text=para, paragraph=i))
    return out


def parse_statute(text: str, doc: SourceDocument) -> list[Passage]:
    """Parse a Chinese statute in markdown into article (and paragraph) passages.

    Raises :class:`ParseError` on a broken article header, an article number out of sequence,
    an empty article, or a file with no articles at all.
    """
    lines = text.splitlines()
    start = _strip_front_matter(lines)
    # A book of a law published in several files (民法典 合同编) heads every article's path.
    book = doc.part if doc.part and doc.part != "附则" else None
    path: list[str | None] = [book, None, None, None]
    articles: list[_Article] = []
    current: _Article | None = None
    for idx in range(start, len(lines)):
        lineno = idx + 1
        line = lines[idx].strip().lstrip("\ufeff")
        if not line or line.startswith("<!--"):
            continue
        if line.startswith("#"):
            heading = _clean_heading(line.lstrip("#").strip())
            m = STRUCT_RE.match(heading)
            if m:
                level = _LEVELS[m.group(2)]
                path[level] = heading
                for lower in range(level + 1, len(path)):
                    path[lower] = None
            elif heading in {"附则", "附 则"}:
                path = [None, None, heading, None]
            elif book is not None and heading in {book, book.removesuffix("编")}:
                path = [book, None, None, None]
            else:
                # A title, 目录, or an appendix (刑法's 附件一): not part of any article.
                path = [book, None, None, None] if articles else path
            if current is not None:
                articles.append(current)
                current = None
            continue
        if BROKEN_ARTICLE_RE.match(line):
            raise ParseError(doc.source, lineno, f"broken article header (space inside it): {line[:40]!r}")
        m = ARTICLE_RE.match(line)
        if m and (m.group(3) is not None or line.endswith("条")):
            number = cn_to_int(m.group(1))
            sub = cn_to_int(m.group(2)) if m.group(2) else 0
            if current is not None:
                articles.append(current)
            prev = articles[-1] if articles else None
            if not _expected_next(prev, number, sub):
                after = "the start of the file" if prev is None else prev.heading_text
                raise ParseError(doc.source, lineno, f"article {line.split()[0][:20]!r} out of sequence after {after}")
            heading_text = f"第{m.group(1)}条" + (f"之{m.group(2)}" if m.group(2) else "")
            current = _Article(number, sub, heading_text, lineno, [p for p in path if p])
            if m.group(3):
                current.paragraphs.append(_clean_text(m.group(3)))
            continue
        if current is not None:
            current.paragraphs.append(_clean_text(line))
    if current is not None:
        articles.append(current)
    if not articles:
        raise ParseError(doc.source, 1, "no article headers (第X条) found")
    for art in articles:
        if not any(p.strip() for p in art.paragraphs):
            raise ParseError(doc.source, art.line, f"article {art.heading_text} has no text")
    return _passages(doc, articles)


def parse_treaty(text: str, doc: SourceDocument) -> list[Passage]:
    """Parse a treaty in markdown (``### Article N`` + ``#### Title``, numbered paragraphs)."""
    lines = text.splitlines()
    articles: list[_Article] = []
    current: _Article | None = None
    path: list[str] = []
    pending_struct: str | None = None
    in_final_act = False
    for idx, raw in enumerate(lines):
        lineno = idx + 1
        line = raw.strip()
        if not line or line.startswith("<!--"):
            continue
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            heading = _clean_text(line.lstrip("#"))
            heading = re.sub(r"\s+", " ", heading)
            if level == 3:
                if current is not None:
                    articles.append(current)
                    current = None
                am = TREATY_ARTICLE_RE.match(heading)
                sm = TREATY_STRUCT_RE.match(heading)
                if am and not in_final_act:
                    number = int(am.group(1))
                    prev = articles[-1] if articles else None
                    if (prev is None and number != 1) or (prev is not None and number != prev.number + 1):
                        after = "the start of the file" if prev is None else prev.heading_text
                        raise ParseError(doc.source, lineno, f"{heading!r} out of sequence after {after}")
                    current = _Article(number, 0, f"Article {number}", lineno, list(path))
                    pending_struct = None
                elif sm:
                    pending_struct = f"{sm.group(1).title()} {sm.group(2)}"
                    kind = sm.group(1).lower()
                    path = [pending_struct] if kind in {"chapter", "part"} else [*path[:1], pending_struct]
                elif heading.lower().startswith("article"):
                    raise ParseError(doc.source, lineno, f"broken article header {heading!r}")
                continue
            if level >= 4:
                if "final act" in heading.lower():
                    in_final_act = True
                    if current is not None:
                        articles.append(current)
                        current = None
                elif current is not None and current.title is None and not current.paragraphs:
                    current.title = heading
                elif pending_struct is not None:
                    path[-1] = f"{pending_struct} {heading}"
                    pending_struct = None
            continue
        if current is None:
            continue
        line = _clean_text(line)
        if current.paragraphs and not TREATY_PARA_RE.match(line):
            current.paragraphs[-1] = f"{current.paragraphs[-1]}\n{line}"
        else:
            current.paragraphs.append(line)
    if current is not None:
        articles.append(current)
    if not articles:
        raise ParseError(doc.source, 1, "no '### Article N' headers found")
    for art in articles:
        if not art.paragraphs:
            raise ParseError(doc.source, art.line, f"{art.heading_text} has no text")
    return _passages(doc, articles)


def detect_format(text: str) -> str:
    """``"treaty"`` when the file uses ``### Article N`` headers, else ``"statute"``."""
    for line in text.splitlines()[:400]:
        if line.startswith("### Article"):
            return "treaty"
    return "statute"


def parse_document(text: str, doc: SourceDocument) -> list[Passage]:
    """Dispatch on the document type (treaty vs statute)."""
    if doc.doc_type is DocType.TREATY or detect_format(text) == "treaty":
        return parse_treaty(text, doc)
    return parse_statute(text, doc)
