"""Three-minute scene lessons ("某国习俗禁忌速记"): cultural notes, key legal points with citations
and key phrases for a nationality and a case type, in at most ~600 Chinese characters."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from answer.extractive import ExtractiveAnswerer
from answer.sop import COUNTRY_LANG, LANGS, LibraryStep, Phrase, load_library
from corpus.countries import CountryNames
from corpus.districts import DistrictProfile
from corpus.schema import DocType, SearchHit
from corpus.schema.taxonomy import CASE_TYPES
from retrieval.filters import SearchFilters
from retrieval.search import HybridSearcher

MAX_CHARS = 600
_CJK = re.compile(r"[\u4e00-\u9fff]")


class LessonPoint(BaseModel):
    """A line of the card; ``n`` points to a citation when the line rests on one."""

    text: str
    n: int | None = None


class LessonCitation(BaseModel):
    """Where a legal point or a note comes from."""

    n: int
    source: str
    article: str
    short: str
    quote: str
    doc_type: DocType
    review_status: str | None = None


class Lesson(BaseModel):
    """A scene card an officer reads in about three minutes."""

    title: str
    nationality: str | None = None
    case_type: str | None = None
    district: str | None = None
    culture: list[LessonPoint] = Field(default_factory=list)
    law: list[LessonPoint] = Field(default_factory=list)
    phrases: list[Phrase] = Field(default_factory=list)
    citations: list[LessonCitation] = Field(default_factory=list)
    chinese_chars: int = 0
    minutes: float = 0.0


def chinese_chars(text: str) -> int:
    """Number of CJK characters (what "600 字" counts)."""
    return len(_CJK.findall(text))


class LessonBuilder:
    """Builds lesson cards from cultural notes, the law and the step library's phrases."""

    def __init__(
        self,
        searcher: HybridSearcher,
        countries: CountryNames,
        zh_names: dict[str, str] | None = None,
        library: list[LibraryStep] | None = None,
    ) -> None:
        self.searcher = searcher
        self.countries = countries
        self.library = library if library is not None else load_library()
        self.quoter = ExtractiveAnswerer(searcher, with_context=False)
        # factbook name -> Chinese name, for titles
        self.zh_names = zh_names or countries.primary_zh

    def build(
        self,
        nationality: str | None = None,
        case_type: str | None = None,
        district: DistrictProfile | None = None,
    ) -> Lesson:
        """A card for a nationality and a case type (either may be None; the district fills gaps)."""
        known_types = {c.name: c for c in CASE_TYPES}
        if case_type is not None and case_type not in known_types:
            raise ValueError(f"unknown case type {case_type!r}; known: {', '.join(known_types)}")
        if nationality is not None and nationality not in set(self.countries.zh.values()) | set(
            self.countries.en.values()
        ):
            raise ValueError(f"unknown nationality {nationality!r} (use the English country name, e.g. Russia)")
        if case_type is None and district and district.frequent_case_types:
            case_type = district.frequent_case_types[0]
        topic = known_types[case_type].description if case_type else "外国人 涉外警务 现场处置"
        country_zh = self.zh_names.get(nationality or "", nationality or "")
        # The title never pairs a nationality with a case type: the case type names the card, the
        # nationality only the cultural notes the officer asked for.
        lesson = Lesson(
            title=f"{case_type or '涉外警务'} 现场速记{f'（文化提示：{country_zh}）' if nationality else ''}",
            nationality=nationality,
            case_type=case_type,
            district=district.id if district else None,
        )
        # Cultural notes: with a nationality chosen by the officer, only that nationality's notes
        # (filtered in the store); without one, only notes about no particular nationality.
        if nationality:
            flt = SearchFilters(doc_types=[DocType.TABOO], nationalities=[nationality])
            hits = self.searcher.search(f"{country_zh} {topic}", k=8, filters=flt).hits
            chosen = [h for h in hits if nationality in [lb.value for lb in h.labels if lb.kind == "nationality"]]
        else:
            hits = self.searcher.search(topic, k=8, filters=SearchFilters(doc_types=[DocType.TABOO])).hits
            chosen = [h for h in hits if not [lb for lb in h.labels if lb.kind == "nationality"]]
        for hit in chosen[:2]:
            n = len(lesson.citations) + 1
            lesson.citations.append(
                LessonCitation(
                    n=n,
                    source=hit.source,
                    article=hit.article,
                    short=hit.short,
                    quote=hit.text.split("\n")[0],
                    doc_type=hit.doc_type,
                    review_status=hit.review_status,
                )
            )
            lesson.culture.append(LessonPoint(text=f"{hit.short}：{hit.text.split(chr(10))[0]}", n=n))
        # Key legal points: the curated legal basis of the step library's steps for this case type
        # (checked articles), else a search.
        legal: list[SearchHit] = []
        keywords = known_types[case_type].keywords if case_type else ()
        tagged = [s for s in self.library if case_type and case_type in s.case_types]
        # Steps about the case type itself (醉酒 → 保护性约束至酒醒) before generic ones (到场制止).
        tagged.sort(key=lambda st: -sum(k in f"{st.title}{st.why}" for k in keywords))
        for step in tagged:
            for ref in step.basis:
                found = self.searcher.search(ref, k=1).hits
                if (
                    found
                    and "reference" in found[0].matched_by
                    and all(found[0].article_id != h.article_id for h in legal)
                ):
                    legal.append(found[0])
            if len(legal) >= 2:
                break
        if len(legal) < 2:
            legal += [
                h for h in self.searcher.search(topic, k=2).hits if all(h.article_id != x.article_id for x in legal)
            ]
        for hit in legal[:2]:
            n = len(lesson.citations) + 1
            quote = self.quoter.quote(hit, topic)
            lesson.citations.append(
                LessonCitation(
                    n=n, source=hit.source, article=hit.article, short=hit.short, quote=quote, doc_type=hit.doc_type
                )
            )
            lesson.law.append(LessonPoint(text=f"《{hit.short}》{hit.article}：{quote}", n=n))
        # Phrases from library steps for the case type, in the nationality's (or district's) language.
        lang = COUNTRY_LANG.get(nationality or "") or (
            district.languages[0] if district and district.languages else "en"
        )
        lang = lang if lang in LANGS else "en"
        steps = [s for s in self.library if case_type in s.case_types] + [s for s in self.library if not s.case_types]
        for step in steps:
            for p in step.phrases:
                if len(lesson.phrases) < 3 and p.get("zh") and all(x.zh != p["zh"] for x in lesson.phrases):
                    lesson.phrases.append(Phrase(zh=p["zh"], foreign=p.get(lang), lang=lang if p.get(lang) else None))
        return fit(lesson)


def card_text(lesson: Lesson) -> str:
    """The card as read: title, points and phrases."""
    parts = [
        lesson.title,
        *(p.text for p in lesson.culture),
        *(p.text for p in lesson.law),
        *(p.zh for p in lesson.phrases),
    ]
    return "\n".join(parts)


def fit(lesson: Lesson, limit: int = MAX_CHARS) -> Lesson:
    """Shorten the longest points until the card has at most ``limit`` Chinese characters."""
    while chinese_chars(card_text(lesson)) > limit:
        points = lesson.culture + lesson.law
        longest = max(points, key=lambda p: chinese_chars(p.text))
        if chinese_chars(longest.text) <= 40:
            if lesson.culture and len(lesson.culture) > 1:
                lesson.culture.pop()
            elif len(lesson.law) > 1:
                lesson.law.pop()
            else:
                break
            continue
        cut = max(40, int(len(longest.text) * 0.8))
        longest.text = longest.text[:cut].rstrip("，、；") + "……"
    n = chinese_chars(card_text(lesson))
    lesson.chinese_chars = n
    lesson.minutes = round(n / 250 + 0.5, 1)  # ~250 characters a minute, plus the phrases aloud
    return lesson
