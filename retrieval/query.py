"""Query analysis: language, explicit article references, law mentions and version hints.

Explicit references ("出境入境管理法第四十一条", "《治安管理处罚法》第五十一条", "第357条",
"VCCR Article 5", "维也纳领事关系公约第五条", "статья 36 Венской конвенции о консульских
сношениях") are resolved to article identities, so the cited article is returned first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.manifest import Manifest
from corpus.numerals import CN_NUM_CHARS, article_heading, cn_to_int

_NUM = rf"[{CN_NUM_CHARS}0-9０-９]+"
ZH_ARTICLE_RE = re.compile(rf"第\s*({_NUM})\s*条(?:\s*之\s*({_NUM}))?")
FOREIGN_ARTICLE_RES = (
    re.compile(r"\b(?:article|art\.?)\s*(\d{1,3})\b", re.IGNORECASE),
    re.compile(r"\b(\d{1,3})\s*(?:st|nd|rd|th)?\s+article\b", re.IGNORECASE),
    re.compile(r"(?:стать[яиеюй]|ст\.)\s*(\d{1,3})", re.IGNORECASE),
    re.compile(r"(?:المادة|مادة|للمادة|بالمادة)\s*\(?\s*(\d{1,3}|[٠-٩]{1,3})"),
)
# Treaty names in the languages officers paste; consular first (the VCCR is the common case).
TREATY_NAME_RES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"vccr|consular relations|консульск|القنصلية|领事关系公约", re.IGNORECASE), "VCCR"),
    (re.compile(r"vcdr|diplomatic relations|дипломатическ|الدبلوماسية|外交关系公约", re.IGNORECASE), "VCDR"),
)
OLD_VERSION_RE = re.compile(r"旧版|旧法|修订前|修改前|原《|原来的|老版")
NEW_VERSION_RE = re.compile(r"新版|新法|修订后|修改后|现行")
YEAR_RE = re.compile(r"((?:19|20)\d\d)\s*年?")
#: "该法第十五条": a reference back to the law named last.
THE_SAME_LAW_RE = re.compile(r"(?:该法|同法|该条例|该规定|该公约|上述法律)[》」\s的]*$")
#: The question asks what happens to someone for their conduct (penalty, liability, offence).
CONSEQUENCE_RE = re.compile(
    r"处罚|惩罚|罚款|罚金|处理|怎么办|怎么判|判刑|判处|几年|罪|违法|违反|刑事责任|法律责任|后果|会怎么样|拘留几|"
    r"penalt|punish|\bfines?\b|crime|offen[cs]e|liab|sentence|наказ|штраф|преступ|ответственн|عقوب|غرامة|جريمة|جناية",
    re.IGNORECASE,
)
#: A question this long is a pasted case narrative: the conduct it describes is what matters.
NARRATIVE_CHARS = 100

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def detect_language(text: str) -> str:
    """Language of a question: ``zh``, ``ru``, ``ar``, ``en`` or another langdetect code.

    Script counts come first: langdetect misreads short Chinese (as ko) and mixed Chinese/English
    (as en). A question with a real share of CJK characters is Chinese.
    """
    cjk = len(_CJK.findall(text))
    cyr = len(_CYRILLIC.findall(text))
    ara = len(_ARABIC.findall(text))
    lat = len(_LATIN.findall(text))
    letters = cjk + cyr + ara + lat
    if letters == 0:
        return "zh"
    # One CJK character carries about as much as a 3-letter word.
    weighted = {"zh": cjk * 3, "ru": cyr, "ar": ara, "latin": lat}
    best = max(weighted, key=lambda k: weighted[k])
    if best != "latin":
        return best
    try:
        from langdetect import DetectorFactory, detect

        DetectorFactory.seed = 0
        code = str(detect(text))
    except Exception:
        return "en"
    return code if code in {"en", "fr", "es", "de", "it", "pt", "nl", "tr", "id", "vi"} else "en"


@dataclass(frozen=True)
class ArticleRef:
    """An explicit article reference found in a question."""

    text: str
    article: str
    sources: tuple[str, ...] = ()
    include_superseded: bool = False
    start: int = 0

    @property
    def article_ids(self) -> list[str]:
        """``source#article`` for every candidate source (empty when no law was named)."""
        return [f"{s}#{self.article}" for s in self.sources]


@dataclass
class QueryAnalysis:
    """What the searcher needs to know about a question."""

    text: str
    lang: str
    refs: list[ArticleRef] = field(default_factory=list)
    law_sources: list[str] = field(default_factory=list)
    wants_superseded: bool = False
    #: Statutory terms the glossary added to the query.
    expansion: list[str] = field(default_factory=list)
    #: The question asks about the consequence of conduct, or narrates a case.
    asks_consequence: bool = False


class QueryAnalyzer:
    """Finds references and law mentions using the manifest's names for each text."""

    def __init__(self, manifest: Manifest) -> None:
        self.manifest = manifest
        table = manifest.alias_table()
        # Longest names first, so 刑事诉讼法解释 wins over 刑事诉讼法 and 刑事诉讼法 over 刑法.
        self._names = sorted(table, key=len, reverse=True)
        self._table = table
        self._name_re = re.compile("|".join(re.escape(n) for n in self._names))
        self._treaty_source = {
            doc.short: doc.source for doc in manifest.sources.values() if doc.source.startswith("treaties/")
        }

    def _mentions(self, text: str) -> list[tuple[int, int, list[str]]]:
        out: list[tuple[int, int, list[str]]] = []
        pos = 0
        while True:
            m = self._name_re.search(text, pos)
            if m is None:
                return out
            name = m.group(0)
            # "刑法" inside "刑法修正案" or "行政法" inside another word is still the law; but a
            # name must not be the tail of a longer word such as "民刑法" — accept as found.
            out.append((m.start(), m.end(), list(self._table[name])))
            pos = m.end()

    def _pick_version(self, sources: list[str], text: str, near: int) -> tuple[tuple[str, ...], bool]:
        """Choose among versions of one law: an explicit year or 旧版/修订前 wins, else all
        (the searcher keeps the one in force)."""
        if len(sources) == 1:
            return tuple(sources), False
        window = text[max(0, near - 30) : near + 10]
        docs = [self.manifest.sources[s] for s in sources]
        for m in YEAR_RE.finditer(window):
            year = m.group(1)
            hits = [
                d.source for d in docs if d.version.startswith(year) or (d.effective and str(d.effective.year) == year)
            ]
            if hits:
                superseded = any(self.manifest.sources[h].superseded_by for h in hits)
                return tuple(hits), superseded
        if OLD_VERSION_RE.search(window):
            old = [d.source for d in docs if d.superseded_by]
            if old:
                return tuple(old), True
        return tuple(sources), False

    def analyze(self, text: str) -> QueryAnalysis:
        """Analyse one question."""
        lang = detect_language(text)
        mentions = self._mentions(text)
        refs: list[ArticleRef] = []
        wants_old = bool(OLD_VERSION_RE.search(text))
        last_sources: tuple[str, ...] = ()
        last_end = -1
        for m in ZH_ARTICLE_RE.finditer(text):
            try:
                number = cn_to_int(m.group(1))
                sub = cn_to_int(m.group(2)) if m.group(2) else 0
            except ValueError:
                continue
            if not 0 < number < 10000:
                continue
            # The law named closest before this reference (within a short gap: 《》, 的, spaces).
            owner: list[str] | None = None
            for start, end, sources in mentions:
                if end <= m.start() and re.fullmatch(r"[》」\s的之中]*", text[end : m.start()] or ""):
                    owner = sources
                    _ = start
            include_old = False
            if owner is not None:
                chosen, include_old = self._pick_version(owner, text, m.start())
            elif last_sources and re.fullmatch(r"[、，,和及与或\s]*", text[last_end : m.start()]):
                chosen = last_sources  # "第六十二条、第六十三条": the list continues the same law
            elif THE_SAME_LAW_RE.search(text[max(0, m.start() - 8) : m.start()]):
                # "依据该法第十五条": the law named last before this reference.
                before = [srcs for _, end, srcs in mentions if end <= m.start()]
                chosen, include_old = self._pick_version(before[-1], text, m.start()) if before else ((), False)
            else:
                chosen = ()
            treaty = bool(chosen) and all(s.startswith("treaties/") for s in chosen)
            heading = f"Article {number}" if treaty else article_heading(number, sub)
            refs.append(ArticleRef(m.group(0), heading, chosen, include_old, m.start()))
            last_sources, last_end = chosen, m.end()
        refs.extend(self._foreign_refs(text))
        law_sources: list[str] = []
        for _, _, sources in mentions:
            for s in sources:
                if s not in law_sources:
                    law_sources.append(s)
        return QueryAnalysis(
            text=text,
            lang=lang,
            refs=refs,
            law_sources=law_sources,
            wants_superseded=wants_old,
            asks_consequence=bool(CONSEQUENCE_RE.search(text)) or len(text) >= NARRATIVE_CHARS,
        )

    def _foreign_refs(self, text: str) -> list[ArticleRef]:
        treaties = [code for rx, code in TREATY_NAME_RES if rx.search(text)]
        sources = tuple(self._treaty_source[c] for c in treaties if c in self._treaty_source)
        refs: list[ArticleRef] = []
        seen: set[int] = set()
        for rx in FOREIGN_ARTICLE_RES:
            for m in rx.finditer(text):
                number = int(m.group(1).translate(_ARABIC_INDIC))
                if number in seen or not 0 < number < 200:
                    continue
                seen.add(number)
                refs.append(ArticleRef(m.group(0), f"Article {number}", sources, False, m.start()))
        return sorted(refs, key=lambda r: r.start)
